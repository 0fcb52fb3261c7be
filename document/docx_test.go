package document

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"html"
	"slices"
	"strings"
	"testing"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

// buildZip returns a ZIP archive of the named parts, in name order.
func buildZip(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// buildDocx returns a minimal Word document whose body holds the given
// WordprocessingML, plus extra parts.
func buildDocx(t testing.TB, body string, extra map[string]string) []byte {
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`,
	}
	for k, v := range extra {
		parts[k] = v
	}
	return buildZip(t, parts)
}

// wordRuns writes s as a paragraph split into runs of at most n bytes
// (at rune boundaries), the way Word splits text by editing history.
func wordRuns(s string, n int) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>")
	r := []rune(s)
	for len(r) > 0 {
		k := min(n, len(r))
		fmt.Fprintf(&b, `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, html.EscapeString(string(r[:k])))
		r = r[k:]
	}
	b.WriteString("</w:p>")
	return b.String()
}

func TestDOCX(t *testing.T) {
	t.Parallel()
	body := `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Bericht</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>Einkommen 83,</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>790</w:t></w:r><w:r><w:tab/><w:t>Mio.</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">Es sind </w:t></w:r><w:del w:id="1"><w:r><w:delText>42</w:delText></w:r></w:del>` +
		`<w:ins w:id="2"><w:r><w:t>43</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> Menschen.</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">Seite </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r><w:instrText xml:space="preserve"> PAGE \* MERGEFORMAT 99 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		`<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:fldSimple w:instr="NUMPAGES"><w:r><w:t xml:space="preserve"> von 9</w:t></w:r></w:fldSimple></w:p>` +
		`<w:p><w:r><w:t>Sichtbar</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>Versteckt 5</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5.287</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:t>Außen</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>` +
		`<w:p><w:r><w:t>Im Textfeld 68</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Im Textfeld 68</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>` +
		`</mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> weiter</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>Zeile</w:t><w:br/><w:t>umbrochen</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r><w:moveFrom><w:r><w:t>weg</w:t></w:r></w:moveFrom></w:p>` +
		`<w:p/>`
	foot := `<?xml version="1.0"?><w:footnotes ` + wordNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:r><w:t>Quelle: Amt 2024</w:t></w:r></w:p></w:footnote></w:footnotes>`
	head := `<?xml version="1.0"?><w:hdr ` + wordNS + `><w:p><w:r><w:t>Kopfzeile</w:t></w:r></w:p></w:hdr>`
	data := buildDocx(t, body, map[string]string{"word/footnotes.xml": foot, "word/header1.xml": head})
	d := mustRead(t, writeFile(t, "x.de.docx", data), Options{})[0]
	want := []Paragraph{
		{Text: "Bericht"},
		{Text: "Einkommen 83,790 Mio."},
		{Text: "Es sind 43 Menschen."},
		{Text: "Seite 7 von 9"},
		{Text: "Sichtbar"},
		{Text: "2019"},
		{Text: "5.287"},
		{Text: "Im Textfeld 68"},
		{Text: "Außen weiter"},
		{Text: "Zeile umbrochen-x"},
		{Text: "Quelle: Amt 2024", ID: "footnotes"},
		{Text: "Kopfzeile", ID: "header1"},
	}
	sameParagraphs(t, d.Paragraphs, want)
	if d.Format != FormatDOCX {
		t.Errorf("format %q", d.Format)
	}
}

// badChecksumZip returns an archive of one stored member whose header
// carries a wrong CRC-32: reading it to the end fails.
func badChecksumZip(t testing.TB, name, data string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, CRC32: 12345,
		CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(len(data))})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDOCXBad(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("<w:r>", 300) + strings.Repeat("</w:r>", 300)
	bomb := strings.Repeat("<w:p><w:r><w:t>0000000000</w:t></w:r></w:p>", 30000) // 1.3 MB, compresses to a few KB
	many := map[string]string{"word/document.xml": "<w:document " + wordNS + "/>"}
	for i := range 1200 {
		many[fmt.Sprintf("x/%d", i)] = ""
	}
	tests := []struct {
		name string
		data []byte
		opt  Options
		kind error
		msg  string
	}{
		{"not a zip", []byte("PK\x03\x04 broken"), Options{}, ErrFormat, "not a DOCX (ZIP) archive"},
		{"OLE", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest"), Options{}, ErrFormat, "password-protected"},
		{"no document part", buildZip(t, map[string]string{"a.txt": "x"}), Options{}, ErrFormat, "no word/document.xml"},
		{"malformed XML", buildDocx(t, "<w:p><w:r>", nil), Options{}, ErrFormat, "word/document.xml: malformed XML"},
		{"too deep", buildDocx(t, deep, nil), Options{}, ErrFormat, "nested deeper than 256"},
		{"entities", buildZip(t, map[string]string{"word/document.xml": `<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>`}), Options{}, ErrFormat, "declares entities"},
		{"zip bomb", buildDocx(t, bomb, nil), Options{MaxSize: 100 << 10}, ErrTooLarge, "zip bomb"},
		{"too many entries", buildZip(t, many), Options{}, ErrFormat, "1201 entries"},
		{"no text", buildDocx(t, "<w:p/>", nil), Options{}, ErrEmpty, "no text found in this docx file"},
		{"damaged member", badChecksumZip(t, "word/document.xml", "<w:document "+wordNS+"><w:body><w:p><w:r><w:t>4.000</w:t></w:r></w:p></w:body></w:document>"),
			Options{}, ErrFormat, "word/document.xml is damaged in the archive (zip: checksum error)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := writeFile(t, "bad.de.docx", tc.data)
			_, err := Read(p, tc.opt)
			if err == nil {
				t.Fatal("no error")
			}
			asError(t, err, p)
			if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q, want %v saying %q", err, tc.kind, tc.msg)
			}
		})
	}
}

func TestDOCXSeedPair(t *testing.T) {
	t.Parallel()
	for i, prefix := range []string{"000", "001"} {
		lines := seedLines(t, prefix)
		var body strings.Builder
		for _, l := range lines {
			body.WriteString(wordRuns(l, 7+i*5))
		}
		d := mustRead(t, writeFile(t, prefix+".docx", buildDocx(t, body.String(), nil)), Options{})[0]
		sameTexts(t, texts(d), lines)
	}
}

func FuzzDOCX(f *testing.F) {
	f.Add(buildDocx(f, `<w:p><w:r><w:t>a</w:t><w:tab/></w:r><w:del><w:r><w:delText>b</w:delText></w:r></w:del></w:p>`, nil))
	f.Add(buildZip(f, map[string]string{"word/document.xml": "<x>"}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, docxReader{}, data, true)
	})
}
