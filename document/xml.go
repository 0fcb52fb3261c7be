package document

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// xmlWalker reads XML tokens with the guards hostile files need: no
// DOCTYPE entity declarations (billion laughs), a cap on nesting depth and
// on the number of tokens. Its errors are user-facing and name the part.
type xmlWalker struct {
	d      *xml.Decoder
	part   string // "" for a whole file, else the archive member
	depth  int
	tokens int
	lim    limits
}

// newXMLWalker reads r. predecoded says r is already UTF-8 whatever the
// XML declaration says (a BOM was honoured before).
func newXMLWalker(r io.Reader, part string, lim limits, predecoded bool) *xmlWalker {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if predecoded {
			return in, nil
		}
		return charset.NewReaderLabel(label, in)
	}
	return &xmlWalker{d: d, part: part, lim: lim}
}

// next returns the next token; io.EOF at the end of the document.
func (w *xmlWalker) next() (xml.Token, error) {
	tok, err := w.d.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			if w.depth > 0 {
				return nil, w.fail("the XML ends inside an element")
			}
			return nil, io.EOF
		}
		var p *problem
		if errors.As(err, &p) { // the reader's own user-facing error (a damaged archive)
			return nil, err
		}
		return nil, w.fail("malformed XML: %v", err)
	}
	if w.tokens++; w.tokens > w.lim.maxTokens {
		return nil, w.fail("more than %d XML tokens", w.lim.maxTokens)
	}
	switch t := tok.(type) {
	case xml.StartElement:
		if w.depth++; w.depth > w.lim.maxDepth {
			return nil, w.fail("XML nested deeper than %d elements", w.lim.maxDepth)
		}
	case xml.EndElement:
		w.depth--
	case xml.Directive:
		if bytes.Contains(t, []byte("ENTITY")) {
			return nil, w.fail("the XML declares entities in its DOCTYPE; tally refuses them (they can expand without bound)")
		}
	}
	return tok, nil
}

// walk calls fn with every token up to the end of the document.
func (w *xmlWalker) walk(fn func(xml.Token) error) error {
	for {
		tok, err := w.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// starts calls fn with every start element not consumed by fn itself,
// the root first, after checking that the root is <root>; format names
// the file type in the error.
func (w *xmlWalker) starts(root, format string, fn func(xml.StartElement) error) error {
	seen := false
	err := w.walk(func(tok xml.Token) error {
		s, ok := tok.(xml.StartElement)
		if !ok {
			return nil
		}
		if !seen && s.Name.Local != root {
			return fail(ErrFormat, "not %s file: the root element is <%s>", format, s.Name.Local)
		}
		seen = true
		return fn(s)
	})
	if err == nil && !seen {
		err = fail(ErrFormat, "not %s file: no elements", format)
	}
	return err
}

// skip consumes the rest of the element whose start was just read.
func (w *xmlWalker) skip() error {
	for depth := 1; depth > 0; {
		tok, err := w.next()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

func (w *xmlWalker) fail(format string, args ...any) error {
	if w.part != "" {
		format = w.part + ": " + format
	}
	return fail(ErrFormat, format, args...)
}

// attr returns the value of the attribute with the local name local.
func attr(s xml.StartElement, local string) string {
	for _, a := range s.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// langAttr returns xml:lang, else lang (TMX 1.1).
func langAttr(s xml.StartElement) string {
	for _, a := range s.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == "http://www.w3.org/XML/1998/namespace" || a.Name.Space == "xml") {
			return a.Value
		}
	}
	return attr(s, "lang")
}

// decodeXMLFile prepares a whole XML file (XLIFF, TMX): a BOM is honoured
// and removed; a file without one must be UTF-8 unless its declaration
// names another encoding. predecoded says the bytes are now UTF-8.
func decodeXMLFile(data []byte) (out []byte, predecoded bool, err error) {
	if bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		s, err := decodeNonEmpty(data)
		return []byte(s), true, err
	}
	if err := checkBinary(data); err != nil {
		return nil, false, err
	}
	if label := xmlEncoding(data); label != "" && label != "utf-8" && label != "utf8" {
		return data, false, nil // the decoder converts through CharsetReader
	}
	s, err := decodeNonEmpty(data)
	return []byte(s), true, err
}

// xmlEncoding returns the lower-case encoding of the XML declaration.
func xmlEncoding(data []byte) string {
	head := data[:min(len(data), 200)]
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(head[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " =")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	rest = rest[1:]
	if j := strings.IndexByte(rest, q); j >= 0 {
		return strings.ToLower(rest[:j])
	}
	return ""
}
