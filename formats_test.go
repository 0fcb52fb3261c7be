package main

// End-to-end tests of every input format through the real CLI: the seed
// pair is converted to each format in the test, checked with run, and must
// give the same findings as the plain-text pair; hostile files must fail
// alone, with one line naming them, and never stop a batch.

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tally-qa/tally/report"
)

// layout says where each paragraph of a seed article landed in a converted
// file, so that a finding on seed paragraph i can be expected at
// para[i] (1-based), line[i] (0: the format has no lines) and unit[i]
// ("" : no unit id).
type layout struct {
	para []int
	line []int
	unit []string
}

// at returns the paragraph, line and unit of the 1-based seed paragraph p
// (0: none on that side).
func (l layout) at(p int) (para, line int, unit string) {
	if p <= 0 || p > len(l.para) {
		return 0, 0, ""
	}
	return l.para[p-1], l.line[p-1], l.unit[p-1]
}

// article is one language version of the seed article.
type article struct {
	lang  string   // "en" or "de"
	paras []string // one paragraph per line of the seed file
	title string   // a heading for formats that have one; no numbers in it
}

// seedArticles reads the seed pair: 001 is English, 000 German.
func seedArticles(t testing.TB) (en, de article) {
	t.Helper()
	read := func(prefix string) []string {
		m, err := filepath.Glob(filepath.Join("testdata", "seeds", prefix+"_*.txt"))
		if err != nil || len(m) != 1 {
			t.Fatalf("seed %s: %v %v", prefix, m, err)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
		return out
	}
	return article{"en", read("001"), "Quang Ninh: the key that opens the road to development"},
		article{"de", read("000"), "Quang Ninh: der Schlüssel, der den Weg zur Entwicklung öffnet"}
}

// writeTestFile writes data to dir/name and returns the path.
func writeTestFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// newLayout starts a layout for n paragraphs.
func newLayout(n int) layout {
	return layout{para: make([]int, n), line: make([]int, n), unit: make([]string, n)}
}

// writer builds a monolingual file of one article inside dir and returns
// its path and where the paragraphs went.
type writer func(t testing.TB, dir string, a article) (string, layout)

// writeText writes one paragraph a line, as the seeds are.
func writeText(t testing.TB, dir string, a article) (string, layout) {
	l := newLayout(len(a.paras))
	for i := range a.paras {
		l.para[i], l.line[i] = i+1, i+1
	}
	return writeTestFile(t, dir, "text/article."+a.lang+".txt", []byte(strings.Join(a.paras, "\n")+"\n")), l
}

// writeTitledText writes the title on the first line, then the paragraphs:
// the text counterpart of a file with a heading.
func writeTitledText(t testing.TB, dir string, a article) (string, layout) {
	l := newLayout(len(a.paras))
	for i := range a.paras {
		l.para[i], l.line[i] = i+2, i+2
	}
	data := a.title + "\n" + strings.Join(a.paras, "\n") + "\n"
	return writeTestFile(t, dir, "text/titled."+a.lang+".txt", []byte(data)), l
}

// lineBuilder builds a text file line by line and knows the line it is on.
type lineBuilder struct{ strings.Builder }

// add writes s (which may hold line breaks) and a line break.
func (b *lineBuilder) add(s string) {
	b.WriteString(s)
	b.WriteByte('\n')
}

// next is the 1-based number of the line add writes next.
func (b *lineBuilder) next() int { return strings.Count(b.String(), "\n") + 1 }

// mdEscaper escapes what Markdown would read as markup; & becomes an entity
// the reader must resolve.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "`", "\\`", "|", `\|`, "&", "&amp;")

// wrapMarkdown wraps escaped text at about width columns, the way editors
// do, never starting a line with something Markdown reads as a block start
// (a digit, a bullet, a heading or setext marker).
func wrapMarkdown(s string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && len(cur)+1+len(w) > width && !strings.ContainsAny(w[:1], "0123456789-+*#=>|") {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

// writeMarkdown writes a heading, then each paragraph wrapped at 72
// columns with its first word in bold, and a fenced code block whose
// numbers differ between the languages (it must be left out).
func writeMarkdown(t testing.TB, dir string, a article) (string, layout) {
	l := newLayout(len(a.paras))
	var b lineBuilder
	add := b.add
	add("# " + mdEscaper.Replace(a.title))
	add("")
	for i, p := range a.paras {
		l.para[i], l.line[i] = i+2, b.next() // the heading is paragraph 1
		first, rest, _ := strings.Cut(p, " ")
		text := "**" + mdEscaper.Replace(first) + "**"
		if rest != "" {
			text += " " + mdEscaper.Replace(rest)
		}
		for _, w := range wrapMarkdown(text, 72) {
			add(w)
		}
		add("")
		if i == 1 {
			add("```text")
			add(map[string]string{"en": "budget = 4,000 billion VND; households = 1,197",
				"de": "Haushalt = 9.999 Milliarden VND; Haushalte = 7.777"}[a.lang])
			add("```")
			add("")
		}
	}
	return writeTestFile(t, dir, "md/article."+a.lang+".md", []byte(b.String())), l
}

// htmlNumbers are how a CMS writes some of the seed numbers: no-break and
// narrow no-break spaces, as entities, inside and after numbers. Each must
// occur in the seed text (the test fails otherwise).
var htmlNumbers = map[string][][2]string{
	"en": {{"43,000 cadres", "43&#8239;000 cadres"}, {"4,000 billion", "4,000&nbsp;billion"}},
	"de": {{"43.000 Kader", "43&#x202F;000 Kader"}, {"4.000 Milliarden", "4.000&nbsp;Milliarden"},
		{"100 %", "100&nbsp;%"}, {"1.197 Haushalte", "1&#8239;197 Haushalte"}},
}

// decoys are numbers put where a reader must not look (boilerplate,
// deleted or hidden text, markup); they differ between the languages, so
// reading any of them gives a finding.
var decoys = map[string][4]string{"en": {"88", "1,234,567", "77", "8,888"}, "de": {"99", "7.654.321", "66", "1.111"}}

// writeHTML writes a page: head, navigation, a page header and footer,
// an aside and scripts full of numbers that must be ignored, and the
// article as an h1 and p elements, with the language in <html lang>.
func writeHTML(t testing.TB, dir string, a article) (string, layout) {
	l := newLayout(len(a.paras))
	var b lineBuilder
	add := b.add
	add("<!DOCTYPE html>")
	add(`<html lang="` + a.lang + `">`)
	d := decoys[a.lang]
	add("<head><meta charset=\"utf-8\"><title>Nr. " + d[1] + "</title>\n<style>p { margin: 0 0 1.5em }</style>\n<script>var views = " + d[3] + ";</script></head>")
	add("<body>")
	add(`<nav><ul><li><a href="/">Home</a></li><li><a href="/archive">` + d[0] + ` Artikel</a></li></ul></nav>`)
	add(`<header><p>Zeitung Nr. ` + d[2] + ` · ` + d[1] + ` Leser</p></header>`)
	add("<main><article>")
	add("<h1>" + html.EscapeString(a.title) + "</h1>")
	used := map[string]bool{}
	for i, p := range a.paras {
		l.para[i], l.line[i] = i+2, b.next() // the h1 is paragraph 1
		s := html.EscapeString(p)
		for _, r := range htmlNumbers[a.lang] {
			if strings.Contains(s, r[0]) {
				s = strings.ReplaceAll(s, r[0], r[1])
				used[r[0]] = true
			}
		}
		if i%2 == 1 { // long paragraphs wrapped over two lines, as editors save them
			if k := strings.Index(s, ". "); k > 0 {
				s = s[:k+1] + "\n  " + s[k+2:]
			}
		}
		add("<p>" + s + "</p>")
	}
	for _, r := range htmlNumbers[a.lang] {
		if !used[r[0]] {
			t.Fatalf("writeHTML: %q is not in the %s seed", r[0], a.lang)
		}
	}
	add("</article>")
	add(`<aside><p>Meistgelesen: ` + d[2] + ` Artikel</p></aside>`)
	add(`<div role="navigation">Seite ` + d[0] + `</div><p hidden>Entwurf ` + d[3] + `</p><p aria-hidden="true">` + d[1] + `</p>`)
	add("</main>")
	add(`<footer><p>© ` + d[2] + ` Seiten</p></footer>`)
	add(`<script>document.write("` + d[3] + `");</script>`)
	add("</body></html>")
	return writeTestFile(t, dir, "html/"+map[string]string{"en": "page", "de": "seite"}[a.lang]+".html", []byte(b.String())), l
}

// wordRuns splits a paragraph into run texts the way Word does after
// edits: inside numbers, two characters after a digit-group separator
// ("83.7" + "90 Millionen") and in the middle of plain digit strings
// ("20" + "19").
var splitPoint = regexp.MustCompile(`\d[.,]\d|\d{4}`)

func wordRuns(s string) []string {
	var runs []string
	last := 0
	for _, m := range splitPoint.FindAllStringIndex(s, -1) {
		cut := m[0] + 2
		if s[m[0]+1] == '.' || s[m[0]+1] == ',' {
			cut = m[0] + 3
		}
		if cut > last && cut < len(s) {
			runs = append(runs, s[last:cut])
			last = cut
		}
	}
	return append(runs, s[last:])
}

// xmlText escapes s for XML character data.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

// writeDOCX writes a Word document as Word saves one ([Content_Types].xml,
// the package and document relations, styles, core properties) whose body
// holds a title, then the paragraphs with runs split inside numbers,
// alternately bold, one run inside a tracked insertion, a tracked deletion,
// a hidden run and a field code (all with numbers that must be ignored),
// and the third paragraph inside a table cell.
func writeDOCX(t testing.TB, dir string, a article) (string, layout) {
	l := newLayout(len(a.paras))
	d := decoys[a.lang]
	var body strings.Builder
	body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>` + xmlText(a.title) + `</w:t></w:r></w:p>`)
	for i, p := range a.paras {
		l.para[i] = i + 2 // the title is paragraph 1; DOCX has no lines
		var para strings.Builder
		para.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>`)
		runs := wordRuns(p)
		for j, r := range runs {
			run := `<w:r><w:t xml:space="preserve">` + xmlText(r) + `</w:t></w:r>`
			if j%2 == 1 {
				run = `<w:r><w:rPr><w:b/><w:lang w:val="en-US"/></w:rPr><w:t xml:space="preserve">` + xmlText(r) + `</w:t></w:r>`
			}
			switch {
			case j == 0 && len(runs) > 1:
				run = `<w:ins w:id="` + fmt.Sprint(100+i) + `" w:author="Editor" w:date="2025-03-01T10:00:00Z">` + run + `</w:ins>`
			case j == len(runs)-1 && i%3 == 0:
				run = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.com/` + d[0] + `" </w:instrText></w:r>` +
					`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + run + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
			}
			para.WriteString(run)
			if j == 0 {
				para.WriteString(`<w:del w:id="` + fmt.Sprint(200+i) + `" w:author="Editor" w:date="2025-03-01T10:00:00Z"><w:r><w:delText xml:space="preserve">(` + d[3] + ` Millionen, ` + d[2] + ` %) </w:delText></w:r></w:del>`)
				para.WriteString(`<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">[Entwurf ` + d[1] + `] </w:t></w:r>`)
			}
		}
		para.WriteString(`</w:p>`)
		if i == 2 {
			body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>` +
				para.String() + `</w:tc></w:tr></w:tbl>`)
			continue
		}
		body.WriteString(para.String())
	}
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Report 2024: 83.79 million</dc:title><cp:revision>17</cp:revision></cp:coreProperties>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
			body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
	}
	var files []zipPart
	for _, p := range parts {
		files = append(files, zipPart{name: p.name, data: []byte(p.data)})
	}
	name := map[string]string{"en": "report", "de": "bericht"}[a.lang] + ".docx"
	return writeTestFile(t, dir, "docx/"+name, buildZip(t, files)), l
}

// zipPart is one member of an archive built by buildZip; a non-zero
// claimSize overrides the uncompressed size written in the headers (a
// lying archive).
type zipPart struct {
	name      string
	data      []byte
	claimSize uint64
}

// buildZip returns a deflated ZIP archive of parts.
func buildZip(t testing.TB, parts []zipPart) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.claimSize == 0 {
			w, err := zw.Create(p.name)
			must(t, err)
			_, err = w.Write(p.data)
			must(t, err)
			continue
		}
		var raw bytes.Buffer
		fw, err := flate.NewWriter(&raw, flate.BestCompression)
		must(t, err)
		_, err = fw.Write(p.data)
		must(t, err)
		must(t, fw.Close())
		w, err := zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(p.data),
			CompressedSize64: uint64(raw.Len()), UncompressedSize64: p.claimSize})
		must(t, err)
		_, err = w.Write(raw.Bytes())
		must(t, err)
	}
	must(t, zw.Close())
	return buf.Bytes()
}

// must fails the test on an error.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// bilingualWriter builds one bilingual file of both articles, English
// source and German target, one unit per paragraph.
type bilingualWriter func(t testing.TB, dir string, en, de article) (string, layout)

// unitID names the unit of the 0-based paragraph i.
func unitID(i int) string { return fmt.Sprintf("para-%02d", i+1) }

func unitLayout(n int) layout {
	l := newLayout(n)
	for i := range l.para {
		l.para[i], l.unit[i] = i+1, unitID(i)
	}
	return l
}

// firstSentence splits s after its first sentence (". "), or returns s
// and "".
func firstSentence(s string) (string, string) {
	if k := strings.Index(s, ". "); k > 0 {
		return s[:k+1], s[k+2:]
	}
	return s, ""
}

// writeXLIFF12 writes XLIFF 1.2: the units in two groups, each with inline
// codes (x, g, ph), a note and an alt-trans whose numbers must be ignored.
func writeXLIFF12(t testing.TB, dir string, en, de article) (string, layout) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article.html" source-language="en" target-language="de" datatype="html">
    <header><note>Job 4711: 12.000 Wörter, due 2025-03-31</note></header>
    <body>
      <group id="first-half">
`)
	for i := range en.paras {
		if i == len(en.paras)/2 {
			b.WriteString("      </group>\n")
		}
		sf, sr := firstSentence(en.paras[i])
		tf, tr := firstSentence(de.paras[i])
		fmt.Fprintf(&b, `        <trans-unit id="%s" resname="p%d">
          <source><x id="b%d"/><g id="g%d">%s</g> %s<ph id="ph%d">&lt;span data-n="42"&gt;</ph></source>
          <target state="translated"><x id="b%d"/><g id="g%d">%s</g> %s<ph id="ph%d">&lt;span data-n="24"&gt;</ph></target>
          <alt-trans match-quality="71"><target xml:lang="de">Eine ältere Fassung mit 9.999 Millionen.</target></alt-trans>
          <note from="reviewer">checked 3 times, 66 %% sure</note>
        </trans-unit>
`, unitID(i), i+1, i, i, xmlText(sf), xmlText(sr), i, i, i, xmlText(tf), xmlText(tr), i)
	}
	b.WriteString("    </body>\n  </file>\n</xliff>\n")
	return writeTestFile(t, dir, "xliff/article12.xlf", []byte(b.String())), unitLayout(len(en.paras))
}

// writeXLIFF20 writes XLIFF 2.0: each unit as two segments (first sentence,
// rest) with notes, original data and placeholders that must be ignored.
func writeXLIFF20(t testing.TB, dir string, en, de article) (string, layout) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="de-DE">
  <file id="f1" original="article.html">
    <notes><note id="n0">Auftrag 4711 vom 1.2.2025</note></notes>
`)
	for i := range en.paras {
		sf, sr := firstSentence(en.paras[i])
		tf, tr := firstSentence(de.paras[i])
		fmt.Fprintf(&b, `    <unit id="%s">
      <notes><note>Seite %d, Zeile 77</note></notes>
      <originalData><data id="d1">&lt;b class="n-1234"&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
      <segment id="s1" state="translated"><source><pc id="1" dataRefStart="d1" dataRefEnd="d2">%s</pc></source><target><pc id="1" dataRefStart="d1" dataRefEnd="d2">%s</pc></target></segment>
`, unitID(i), i+1, xmlText(sf), xmlText(tf))
		if sr != "" || tr != "" {
			fmt.Fprintf(&b, `      <ignorable><source> </source></ignorable>
      <segment id="s2"><source>%s<ph id="2" dataRef="d1"/></source><target>%s<ph id="2" dataRef="d1"/></target></segment>
`, xmlText(sr), xmlText(tr))
		}
		b.WriteString("    </unit>\n")
	}
	b.WriteString("  </file>\n</xliff>\n")
	return writeTestFile(t, dir, "xliff/article20.xliff", []byte(b.String())), unitLayout(len(en.paras))
}

// writeTMX writes TMX 1.4 with language tags in mixed case and regions,
// props, notes and inline codes (bpt, ept, ph) that must be ignored.
func writeTMX(t testing.TB, dir string, en, de article) (string, layout) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="tally-test" creationtoolversion="1.0" segtype="paragraph" o-tmf="none" adminlang="en" srclang="EN-US" datatype="plaintext">
    <prop type="x-budget">9.999 Millionen</prop>
  </header>
  <body>
`)
	for i := range en.paras {
		first, rest, _ := strings.Cut(de.paras[i], " ")
		fmt.Fprintf(&b, `    <tu tuid="%s" creationdate="20250301T100000Z">
      <prop type="x-page">%d</prop>
      <note>66 %% reviewed</note>
      <tuv xml:lang="en-US"><seg>%s<ph x="1">&lt;br n="3"/&gt;</ph></seg></tuv>
      <tuv xml:lang="de-de"><seg><bpt i="1">&lt;b size="14"&gt;</bpt>%s<ept i="1">&lt;/b&gt;</ept> %s</seg></tuv>
    </tu>
`, unitID(i), 100+i, xmlText(en.paras[i]), xmlText(first), xmlText(rest))
	}
	b.WriteString("  </body>\n</tmx>\n")
	return writeTestFile(t, dir, "tmx/article.tmx", []byte(b.String())), unitLayout(len(en.paras))
}

// checkJSON runs tally check --format json with args and decodes the
// report; it fails the test unless the exit code is want.
func checkJSON(t testing.TB, want int, args ...string) (report.JSONReport, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"tally", "check", "--format", "json"}, args...), &out, &errOut)
	if code != want {
		t.Fatalf("tally check %s: exit %d, want %d\nstderr:\n%s\nstdout:\n%s", strings.Join(args, " "), code, want, errOut.String(), out.String())
	}
	var r report.JSONReport
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("tally check %s: decoding the JSON report: %v", strings.Join(args, " "), err)
	}
	return r, errOut.String()
}

// textFindings checks the seed pair as plain text: the reference every
// other format must match.
func textFindings(t testing.TB, dir string, en, de article) []report.JSONFinding {
	t.Helper()
	enPath, _ := writeText(t, dir, en)
	dePath, _ := writeText(t, dir, de)
	r, _ := checkJSON(t, exitFindings, enPath, dePath)
	// What the seed README says the pair holds: two errors, nothing at warning.
	if r.Totals.Errors != 2 || r.Totals.Warnings != 0 || len(r.Findings) != 2 {
		t.Fatalf("the text pair gives %d errors, %d warnings, %d findings; want 2, 0, 2: %+v",
			r.Totals.Errors, r.Totals.Warnings, len(r.Findings), r.Findings)
	}
	return r.Findings
}

// findingView is the part of a finding that must not depend on the format.
type findingView struct {
	Severity, Kind, Cause                string
	SourceParagraph, TargetParagraph     int
	SourceLine, TargetLine               int
	SourceUnit, TargetUnit               string
	SourceText, TargetText               string
	SourceValue, TargetValue, Suggestion string
	SourceLang, TargetLang               string
}

func view(f report.JSONFinding) findingView {
	return findingView{
		Severity: f.Severity.String(), Kind: f.Kind, Cause: f.Cause,
		SourceParagraph: f.SourceParagraph, TargetParagraph: f.TargetParagraph,
		SourceLine: f.SourceLine, TargetLine: f.TargetLine,
		SourceUnit: f.SourceUnit, TargetUnit: f.TargetUnit,
		SourceText: f.SourceText, TargetText: f.TargetText,
		SourceValue: f.SourceValue, TargetValue: f.TargetValue, Suggestion: f.Suggestion,
		SourceLang: baseLang(f.SourceLang), TargetLang: baseLang(f.TargetLang),
	}
}

// baseLang drops the region: TMX and XLIFF declare en-US and de-DE.
func baseLang(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return base
}

// expectFindings maps the text pair's findings onto the layouts of a
// converted source and target.
func expectFindings(ref []report.JSONFinding, src, tgt layout) []findingView {
	out := make([]findingView, len(ref))
	for i, f := range ref {
		v := view(f)
		v.SourceParagraph, v.SourceLine, v.SourceUnit = src.at(f.SourceParagraph)
		v.TargetParagraph, v.TargetLine, v.TargetUnit = tgt.at(f.TargetParagraph)
		out[i] = v
	}
	return out
}

// sameFindings fails unless got holds exactly the findings want, in order.
func sameFindings(t testing.TB, got []report.JSONFinding, want []findingView) {
	t.Helper()
	if len(got) != len(want) {
		for _, f := range got {
			t.Logf("got: %s %s ¶%d→¶%d %q / %q: %s", f.Severity, f.Kind, f.SourceParagraph, f.TargetParagraph, f.SourceText, f.TargetText, f.Message)
		}
		t.Fatalf("%d findings, want %d: %+v", len(got), len(want), want)
	}
	for i := range want {
		if g := view(got[i]); g != want[i] {
			t.Errorf("finding %d:\n got %+v\nwant %+v\nmessage: %s", i, g, want[i], got[i].Message)
		}
	}
}

// monoFormat is a monolingual format: how to write a file, and how tally
// learns its language.
type monoFormat struct {
	name       string
	write      writer
	langSource string
}

var (
	textFormat     = monoFormat{"text", writeText, "name"}         // article.en.txt
	titledFormat   = monoFormat{"text", writeTitledText, "name"}   // titled.en.txt
	markdownFormat = monoFormat{"markdown", writeMarkdown, "name"} // article.en.md
	htmlFormat     = monoFormat{"html", writeHTML, "file"}         // page.html, <html lang="en">
	docxFormat     = monoFormat{"docx", writeDOCX, "content"}      // report.docx
)

// TestFormatsSeedPair converts the seed pair to every format and checks
// that tally reports exactly what it reports for the plain-text pair: the
// same findings, on the same paragraphs (moved by what the format adds,
// such as a heading), with the lines and unit ids of the converted file.
func TestFormatsSeedPair(t *testing.T) {
	t.Parallel()
	en, de := seedArticles(t)
	ref := textFindings(t, t.TempDir(), en, de)

	pairs := []struct {
		name     string
		src, tgt monoFormat
	}{
		{"text", textFormat, textFormat},
		{"markdown", markdownFormat, markdownFormat},
		{"html", htmlFormat, htmlFormat},
		{"docx", docxFormat, docxFormat},
		{"docx en, html de", docxFormat, htmlFormat},
		{"markdown en, text de", markdownFormat, titledFormat},
	}
	for _, tc := range pairs {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			srcPath, srcLay := tc.src.write(t, dir, en)
			tgtPath, tgtLay := tc.tgt.write(t, dir, de)
			// The German file first: the source is picked by language.
			r, stderr := checkJSON(t, exitFindings, tgtPath, srcPath)
			if stderr != "" {
				t.Errorf("stderr: %s", stderr)
			}
			sameFindings(t, r.Findings, expectFindings(ref, srcLay, tgtLay))
			if len(r.Sets) != 1 || len(r.Sets[0].Files) != 2 {
				t.Fatalf("sets: %+v", r.Sets)
			}
			for i, want := range []struct {
				path, lang, how string
			}{{srcPath, "en", tc.src.langSource}, {tgtPath, "de", tc.tgt.langSource}} {
				f := r.Sets[0].Files[i]
				if f.Path != want.path || f.Lang != want.lang || f.LangSource != want.how || f.Source != (i == 0) {
					t.Errorf("file %d = %+v, want %s (%s from %s)", i, f, want.path, want.lang, want.how)
				}
			}
		})
	}

	bilingual := []struct {
		name  string
		write bilingualWriter
	}{
		{"xliff 1.2", writeXLIFF12},
		{"xliff 2.0", writeXLIFF20},
		{"tmx", writeTMX},
	}
	for _, tc := range bilingual {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path, lay := tc.write(t, t.TempDir(), en, de)
			r, stderr := checkJSON(t, exitFindings, path) // one file is a set
			if stderr != "" {
				t.Errorf("stderr: %s", stderr)
			}
			sameFindings(t, r.Findings, expectFindings(ref, lay, lay))
			for _, f := range r.Findings {
				if f.SourceUnit == "" || f.TargetUnit == "" || f.SourceFile != path || f.TargetFile != path {
					t.Errorf("finding without its unit or file: %+v", f)
				}
			}
			if len(r.Sets) != 1 || len(r.Sets[0].Pairs) != 1 || r.Sets[0].Pairs[0].Links != len(en.paras) {
				t.Errorf("want one pair linked unit by unit (%d links): %+v", len(en.paras), r.Sets)
			}
		})
	}
}

// billionLaughs is an XML prolog whose entities expand to a billion "lol"s.
const billionLaughs = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
`

// wordNS opens a WordprocessingML document element.
const wordNS = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`

// hostileMaxSize is the --max-size of the hostile tests: 100 KB, so that
// archives expanding past 10 × that (1 MB) are refused, and a zip bomb
// stays a few KB on disk.
const hostileMaxSize = "100000"

// hostile is a file tally must refuse: exit 2, one line on stderr naming
// the file and saying what is wrong.
type hostile struct {
	name  string
	write func(t testing.TB, dir string) string // returns the path
	alone bool                                  // checked alone (a bilingual file), else with a good English file
	why   string                                // regexp for the reason
}

var hostiles = []hostile{
	{"malformed XLIFF", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "broken.xlf", []byte(`<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>4,000 billion VND</source><target>4.000 Milliarden VND</source></trans-unit>
</body></file></xliff>`))
	}, true, `malformed XML`},
	{"truncated TMX", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "cut.tmx", []byte(`<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>4,000 billion VND</seg></tuv>`))
	}, true, `malformed XML|ends inside an element`},
	{"XLIFF with a billion laughs", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "laughs.xlf", []byte(billionLaughs+`<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>&lol9; 4,000</source><target>&lol9; 4.000</target></trans-unit></body></file></xliff>`))
	}, true, `declares entities`},
	{"TMX with a billion laughs", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "laughs.tmx", []byte(billionLaughs+`<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>&lol9; 4,000</seg></tuv><tuv xml:lang="de"><seg>&lol9; 4.000</seg></tuv></tu></body></tmx>`))
	}, true, `declares entities`},
	{"DOCX without word/document.xml", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "nodoc.de.docx", buildZip(t, []zipPart{
			{name: "[Content_Types].xml", data: []byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)},
			{name: "_rels/.rels", data: []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)},
			{name: "word/styles.xml", data: []byte(`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`)},
		}))
	}, false, `no word/document\.xml`},
	{"DOCX zip bomb", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "bomb.de.docx", buildZip(t, []zipPart{{name: "word/document.xml", data: zeroDocument(3 << 20)}}))
	}, false, `zip bomb`},
	{"DOCX zip bomb that hides its size", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "liar.de.docx", buildZip(t, []zipPart{{name: "word/document.xml", data: zeroDocument(3 << 20), claimSize: 4096}}))
	}, false, `document\.xml is damaged`},
	{"DOCX with a billion laughs", func(t testing.TB, dir string) string {
		return writeTestFile(t, dir, "laughs.de.docx", buildZip(t, []zipPart{{name: "word/document.xml",
			data: []byte(billionLaughs + wordNS + `<w:body><w:p><w:r><w:t>&lol9; 4.000</w:t></w:r></w:p></w:body></w:document>`)}}))
	}, false, `declares entities`},
}

// zeroDocument is a document.xml of about n bytes, nearly all of them "0"
// in one run: a few KB once deflated.
func zeroDocument(n int) []byte {
	head := wordNS + `<w:body><w:p><w:r><w:t>`
	tail := `</w:t></w:r></w:p></w:body></w:document>`
	return []byte(head + strings.Repeat("0", n) + tail)
}

// goodEnglish is a small English version to pair a hostile German file with.
func goodEnglish(t testing.TB, dir string) string {
	return writeTestFile(t, dir, "good.en.txt", []byte("The province allocated more than 4,000 billion VND in the 2021-2025 period.\n"))
}

// TestFormatsHostileInput checks that each hostile file is refused alone:
// exit 2, nothing on stdout, and exactly one line on stderr that names the
// file and the problem.
func TestFormatsHostileInput(t *testing.T) {
	t.Parallel()
	for _, h := range hostiles {
		t.Run(h.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := h.write(t, dir)
			if fi, err := os.Stat(path); err != nil || fi.Size() > 64<<10 {
				t.Fatalf("the hostile file should be small on disk: %v %v", fi.Size(), err)
			}
			args := []string{"tally", "check", "--max-size", hostileMaxSize, path}
			if !h.alone {
				args = append(args, goodEnglish(t, dir))
			}
			var out, errOut bytes.Buffer
			if code := run(args, &out, &errOut); code != exitTrouble {
				t.Fatalf("exit %d, want %d; stderr: %s", code, exitTrouble, errOut.String())
			}
			if out.Len() != 0 {
				t.Errorf("stdout should be empty:\n%s", out.String())
			}
			lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "tally: "+path+": ") {
				t.Fatalf("stderr should be one line naming %s:\n%s", path, errOut.String())
			}
			if !regexp.MustCompile(h.why).MatchString(lines[0]) {
				t.Errorf("stderr %q does not say %q", lines[0], h.why)
			}
			t.Log(lines[0])
		})
	}
}

// TestFormatsBatchWithHostileFiles checks a folder holding the seed pair as
// Markdown and every hostile file: the pair is still checked and reported
// with its findings, each hostile file is listed as failed with one line on
// stderr, and the exit code is 2.
func TestFormatsBatchWithHostileFiles(t *testing.T) {
	t.Parallel()
	en, de := seedArticles(t)
	ref := textFindings(t, t.TempDir(), en, de)
	dir := t.TempDir()
	_, srcLay := writeMarkdown(t, dir, en)
	_, tgtLay := writeMarkdown(t, dir, de)
	var bad []string
	for _, h := range hostiles {
		bad = append(bad, h.write(t, filepath.Join(dir, "incoming")))
	}
	r, stderr := checkJSON(t, exitTrouble, "--max-size", hostileMaxSize, "--jobs", "2", dir)
	sameFindings(t, r.Findings, expectFindings(ref, srcLay, tgtLay))
	if len(r.Sets) != 1 || r.Sets[0].Counts.Errors != 2 {
		t.Errorf("want the Markdown pair as one set with 2 errors: %+v", r.Sets)
	}
	failed := map[string]string{}
	for _, p := range r.Failed {
		failed[p.Path] = p.Reason
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	for _, p := range bad {
		if _, ok := failed[p]; !ok {
			t.Errorf("%s is not listed as failed: %+v", p, r.Failed)
		}
		n := 0
		for _, l := range lines {
			if strings.HasPrefix(l, "tally: "+p+": ") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("stderr names %s %d times, want once:\n%s", p, n, stderr)
		}
	}
	if len(lines) != len(bad) || len(r.Failed) != len(bad) {
		t.Errorf("%d lines on stderr and %d failed files, want %d each:\n%s", len(lines), len(r.Failed), len(bad), stderr)
	}
}
