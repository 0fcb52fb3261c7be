package document

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// xliffReader reads XLIFF 1.2 and 2.x: a source and a target Document
// with one paragraph per unit, matched by unit id.
type xliffReader struct{}

// inlineDropped are inline elements of XLIFF and TMX whose content is
// markup (native codes, placeholders), not text.
var inlineDropped = setOf("x", "bx", "ex", "ph", "bpt", "ept", "it", "ut", "sub", "sc", "ec", "sm", "em")

func (xliffReader) parse(data []byte, lim limits) ([]*Document, error) {
	data, pre, err := decodeXMLFile(data)
	if err != nil {
		return nil, err
	}
	w := newXMLWalker(bytes.NewReader(data), "", lim, pre)
	src := &Document{Format: FormatXLIFF, Segmented: true}
	tgt := &Document{Format: FormatXLIFF, Segmented: true}
	var srcLang, tgtLang string
	setLang := func(dst *string, v, what string) error {
		if v == "" {
			return nil
		}
		if *dst != "" && !strings.EqualFold(*dst, v) {
			return fail(ErrFormat, "the files inside mix %s languages %s and %s; split it", what, *dst, v)
		}
		*dst = v
		return nil
	}
	err = w.starts("xliff", "an XLIFF", func(s xml.StartElement) error {
		switch s.Name.Local {
		case "xliff":
			srcLang, tgtLang = attr(s, "srcLang"), attr(s, "trgLang")
		case "file":
			if err := setLang(&srcLang, attr(s, "source-language"), "source"); err != nil {
				return err
			}
			return setLang(&tgtLang, attr(s, "target-language"), "target")
		case "trans-unit", "unit":
			id := attr(s, "id")
			if id == "" {
				id = strconv.Itoa(len(src.Paragraphs) + 1)
			}
			st, tt, err := readUnit(w, s.Name.Local)
			if err != nil {
				return err
			}
			src.Paragraphs = append(src.Paragraphs, Paragraph{Text: st, ID: id})
			tgt.Paragraphs = append(tgt.Paragraphs, Paragraph{Text: tt, ID: id})
		case "header", "notes", "note", "skeleton", "metadata":
			return w.skip()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, x := range []struct {
		d    *Document
		lang string
	}{{src, srcLang}, {tgt, tgtLang}} {
		if x.d.Lang, err = xmlLang(x.lang); err != nil {
			return nil, err
		}
	}
	return []*Document{src, tgt}, nil
}

// xmlLang parses a declared language ("" gives language.Und).
func xmlLang(v string) (language.Tag, error) {
	if v == "" {
		return language.Und, nil
	}
	t, err := language.Parse(v)
	if err != nil {
		return language.Und, fail(ErrFormat, "the language %q is not a valid language tag", v)
	}
	return t, nil
}

// readUnit reads the rest of a trans-unit (1.2) or unit (2.x): the text
// of its source and target, segments joined, alternatives and notes left
// out.
func readUnit(w *xmlWalker, name string) (src, tgt string, err error) {
	var sb, tb strings.Builder
	for {
		tok, err := w.next()
		if err != nil {
			return "", "", err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == name {
				return collapseSpace(sb.String()), collapseSpace(tb.String()), nil
			}
		case xml.StartElement:
			switch t.Name.Local {
			case "source", "target":
				s, err := inlineXML(w)
				if err != nil {
					return "", "", err
				}
				b := &sb
				if t.Name.Local == "target" {
					b = &tb
				}
				joinSegment(b, s)
			case "segment", "ignorable": // 2.x: their source and target follow
			default: // alt-trans, seg-source, note, originalData, matches …
				if err := w.skip(); err != nil {
					return "", "", err
				}
			}
		}
	}
}

// joinSegment appends a segment's text, with a space between segments
// unless one is already there.
func joinSegment(b *strings.Builder, s string) {
	if b.Len() > 0 && s != "" && !strings.HasSuffix(b.String(), " ") && !strings.HasPrefix(s, " ") {
		b.WriteByte(' ')
	}
	b.WriteString(s)
}

// inlineXML returns the text of the element just started: the content of
// inline elements that wrap text (g, pc, mrk, hi) kept, code and
// placeholder elements dropped, <cp hex> turned into its character.
func inlineXML(w *xmlWalker) (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		tok, err := w.next()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if inlineDropped[t.Name.Local] {
				if err := w.skip(); err != nil {
					return "", err
				}
				continue
			}
			if t.Name.Local == "cp" {
				r, err := strconv.ParseUint(attr(t, "hex"), 16, 32)
				if err == nil && utf8.ValidRune(rune(r)) && !unicode.IsControl(rune(r)) {
					b.WriteRune(rune(r))
				} else {
					b.WriteByte(' ')
				}
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
	return b.String(), nil
}
