package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"sort"
	"strings"
)

// docxReader reads a Word document: the body, footnotes, endnotes,
// headers and footers, as displayed with tracked changes accepted.
type docxReader struct{}

const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// docxSkipped are w: elements whose content is not displayed text:
// tracked deletions and moves away, field instructions.
var docxSkipped = setOf("del", "delText", "moveFrom", "instrText", "delInstrText", "fldData")

func (docxReader) parse(data []byte, lim limits) ([]*Document, error) {
	if bytes.HasPrefix(data, signatures[2].magic) {
		return nil, fail(ErrFormat, "not a DOCX archive: it is an old .doc or a password-protected document; save it as .docx without a password")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fail(ErrFormat, "not a DOCX (ZIP) archive: %v", err)
	}
	if len(zr.File) > lim.maxEntries {
		return nil, fail(ErrFormat, "the archive has %d entries, more than the %d a Word document needs", len(zr.File), lim.maxEntries)
	}
	files := make(map[string]*zip.File, len(zr.File))
	var declared uint64
	for _, f := range zr.File {
		files[f.Name] = f
		declared += f.UncompressedSize64
	}
	if declared > uint64(lim.maxExpanded) {
		return nil, expandedTooMuch(lim)
	}
	budget := lim.maxExpanded
	main := "word/document.xml"
	if rels, ok := files["_rels/.rels"]; ok {
		if target, err := officeDocument(rels, lim, &budget); err != nil {
			return nil, err
		} else if target != "" {
			main = target
		}
	}
	if files[main] == nil {
		return nil, fail(ErrFormat, "the archive has no %s: not a Word document", main)
	}
	doc := &Document{Format: FormatDOCX}
	for _, part := range docxParts(main, files) {
		id := ""
		if part != main {
			id = strings.TrimSuffix(path.Base(part), ".xml")
		}
		err := readZipXML(files[part], lim, &budget, func(w *xmlWalker) error {
			return walkDocx(w, id, &doc.Paragraphs)
		})
		if err != nil {
			return nil, err
		}
	}
	return []*Document{doc}, nil
}

// docxParts lists the parts to read: the main one, then footnotes,
// endnotes, headers and footers in name order.
func docxParts(main string, files map[string]*zip.File) []string {
	dir := path.Dir(main)
	var extra []string
	for name := range files {
		if path.Dir(name) != dir || path.Ext(name) != ".xml" {
			continue
		}
		base := path.Base(name)
		for _, prefix := range []string{"footnotes", "endnotes", "header", "footer"} {
			if strings.HasPrefix(base, prefix) {
				extra = append(extra, name)
				break
			}
		}
	}
	rank := func(s string) int {
		for i, p := range []string{"footnotes", "endnotes", "header", "footer"} {
			if strings.HasPrefix(path.Base(s), p) {
				return i
			}
		}
		return 4
	}
	sort.Slice(extra, func(i, j int) bool {
		if ri, rj := rank(extra[i]), rank(extra[j]); ri != rj {
			return ri < rj
		}
		return extra[i] < extra[j]
	})
	return append([]string{main}, extra...)
}

func expandedTooMuch(lim limits) error {
	return fail(ErrTooLarge, "the archive expands to more than %s (10 times the size limit): a zip bomb?", ByteSize(lim.maxExpanded))
}

// readZipXML walks one archive member, charging what it decompresses to
// budget.
func readZipXML(f *zip.File, lim limits, budget *int64, walk func(*xmlWalker) error) error {
	rc, err := f.Open()
	if err != nil {
		return fail(ErrFormat, "%s: cannot open: %v", f.Name, err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: damagedReader{rc, f.Name}, N: *budget + 1}
	err = walk(newXMLWalker(lr, f.Name, lim, false))
	*budget = lr.N - 1
	if *budget < 0 {
		return expandedTooMuch(lim)
	}
	if err != nil {
		if errors.Is(err, ErrFormat) || errors.Is(err, ErrTooLarge) {
			return err
		}
		return fail(ErrFormat, "%s: %v", f.Name, err)
	}
	return nil
}

// damagedReader reads an archive member and turns a failure to inflate it
// (a size or checksum that does not match the header, truncated data) into
// a user-facing error, which the XML walker passes on as is.
type damagedReader struct {
	r    io.Reader
	name string
}

func (d damagedReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		err = fail(ErrFormat, "%s is damaged in the archive (%v)", d.name, err)
	}
	return n, err
}

// officeDocument returns the main part named by the package relations.
func officeDocument(rels *zip.File, lim limits, budget *int64) (string, error) {
	var target string
	err := readZipXML(rels, lim, budget, func(w *xmlWalker) error {
		return w.walk(func(tok xml.Token) error {
			if s, ok := tok.(xml.StartElement); ok && s.Name.Local == "Relationship" &&
				strings.HasSuffix(attr(s, "Type"), "/officeDocument") && target == "" {
				target = strings.TrimPrefix(path.Clean("/"+attr(s, "Target")), "/")
			}
			return nil
		})
	})
	return target, err
}

// walkDocx appends the paragraphs of one WordprocessingML part.
func walkDocx(w *xmlWalker, id string, out *[]Paragraph) error {
	var (
		open   []*strings.Builder // open w:p, innermost last (text boxes nest them)
		skip   int                // depth inside a skipped element
		fields []bool             // open complex fields: true while in their instructions
		inText bool
		inRun  bool
		hidden bool // the current run is hidden text (w:vanish)
	)
	write := func(s string) {
		if len(open) > 0 && !hidden && skip == 0 && (len(fields) == 0 || !fields[len(fields)-1]) {
			open[len(open)-1].WriteString(s)
		}
	}
	return w.walk(func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				return nil
			}
			if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
				skip = 1 // the same content again, for old readers
				return nil
			}
			if t.Name.Space != nsW && t.Name.Space != nsWStrict {
				return nil
			}
			switch l := t.Name.Local; l {
			case "p":
				open = append(open, &strings.Builder{})
			case "r":
				inRun, hidden = true, false
			case "vanish":
				if inRun && !isOff(attr(t, "val")) {
					hidden = true
				}
			case "t":
				inText = true
			case "tab", "ptab", "br", "cr":
				write(" ")
			case "noBreakHyphen":
				write("-")
			case "fldChar":
				switch attr(t, "fldCharType") {
				case "begin":
					fields = append(fields, true)
				case "separate":
					if len(fields) > 0 {
						fields[len(fields)-1] = false
					}
				case "end":
					if len(fields) > 0 {
						fields = fields[:len(fields)-1]
					}
				}
			default:
				if docxSkipped[l] {
					skip = 1
				}
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				return nil
			}
			if t.Name.Space != nsW && t.Name.Space != nsWStrict {
				return nil
			}
			switch t.Name.Local {
			case "p":
				if n := len(open); n > 0 {
					if s := collapseSpace(open[n-1].String()); s != "" {
						*out = append(*out, Paragraph{Text: s, ID: id})
					}
					open = open[:n-1]
				}
			case "r":
				inRun, hidden = false, false
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				write(string(t))
			}
		}
		return nil
	})
}

// isOff reports whether an OOXML boolean attribute value is false.
func isOff(v string) bool { return v == "0" || v == "false" || v == "off" }
