package document

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strconv"
)

// tmxReader reads a TMX translation memory: one Document per language,
// the header's source language first, one paragraph per tu.
type tmxReader struct{}

type tmxUnit struct {
	id   string
	segs map[string]string // by language tag
}

func (tmxReader) parse(data []byte, lim limits) ([]*Document, error) {
	data, pre, err := decodeXMLFile(data)
	if err != nil {
		return nil, err
	}
	w := newXMLWalker(bytes.NewReader(data), "", lim, pre)
	var (
		units   []tmxUnit
		langs   []string // in order of first appearance
		srcLang string
	)
	err = w.starts("tmx", "a TMX", func(s xml.StartElement) error {
		switch s.Name.Local {
		case "header":
			if v := attr(s, "srclang"); v != "" && v != "*all*" {
				t, err := xmlLang(v)
				if err != nil {
					return err
				}
				srcLang = t.String()
			}
			return w.skip()
		case "tu":
			u := tmxUnit{id: attr(s, "tuid"), segs: map[string]string{}}
			if u.id == "" {
				u.id = strconv.Itoa(len(units) + 1)
			}
			if err := readTU(w, &u, &langs); err != nil {
				return err
			}
			units = append(units, u)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	order := make([]string, 0, len(langs))
	for _, l := range langs {
		if l == srcLang {
			order = append([]string{l}, order...)
		} else {
			order = append(order, l)
		}
	}
	docs := make([]*Document, len(order))
	for i, l := range order {
		t, _ := xmlLang(l)
		d := &Document{Format: FormatTMX, Lang: t, Segmented: true, Paragraphs: make([]Paragraph, len(units))}
		for j, u := range units {
			d.Paragraphs[j] = Paragraph{Text: u.segs[l], ID: u.id}
		}
		docs[i] = d
	}
	return docs, nil
}

// readTU reads the rest of a tu: the seg of each tuv, by language; the
// first variant of a language wins. New languages are added to langs.
func readTU(w *xmlWalker, u *tmxUnit, langs *[]string) error {
	lang := ""
	for {
		tok, err := w.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "tu" {
				return nil
			}
		case xml.StartElement:
			switch t.Name.Local {
			case "tuv":
				v := langAttr(t)
				if v == "" {
					return fail(ErrFormat, "tu %s: a tuv without xml:lang", u.id)
				}
				tag, err := xmlLang(v)
				if err != nil {
					return err
				}
				lang = tag.String()
			case "seg":
				s, err := inlineXML(w)
				if err != nil {
					return err
				}
				if _, seen := u.segs[lang]; !seen && lang != "" {
					u.segs[lang] = collapseSpace(s)
					if !slices.Contains(*langs, lang) {
						*langs = append(*langs, lang)
					}
				}
			default: // prop, note
				if err := w.skip(); err != nil {
					return err
				}
			}
		}
	}
}
