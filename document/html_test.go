package document

import (
	"html"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
)

func TestHTML(t *testing.T) {
	t.Parallel()
	src := `<!DOCTYPE html>
<html lang="de-DE">
<head><title>Titel 1</title><meta charset="utf-8"><style>p{x:1}</style></head>
<body>
<header><nav><a href="/">Start 2</a></nav>Seitenkopf 3</header>
<article>
<header><h1>Bericht   2024</h1></header>
<p>Das Einkommen: <b>83,79&nbsp;Mio.</b> VND<br>pro Kopf &amp; Jahr</p>
<p>Implizit eins
<p>Implizit zwei</p>
<ul><li>Punkt <em>eins</em><li><p>Absatz im Punkt</p>Rest</li></ul>
<table><tr><th>Jahr</th><td>4.000&#8239;t</td></tr></table>
<div>Freier Text 43.000</div>
<pre>  Vorformatiert
  12 345</pre>
<script>var x = 999;</script>
<noscript>Kein JS 5</noscript>
<aside>Werbung 6</aside>
<p hidden>Versteckt 7</p>
<figure><img src="a.png" alt="Bild 8"><figcaption>Abbildung 9</figcaption></figure>
<dl><dt>Begriff</dt><dd>Erkl&auml;rung</dd></dl>
<blockquote>Zitat 10</blockquote>
</article>
<footer>Impressum 11</footer>
</body></html>
`
	want := []Paragraph{
		{Text: "Bericht 2024", Line: 7, ID: "h1: Bericht 2024"},
		{Text: "Das Einkommen: 83,79\u00a0Mio. VND pro Kopf & Jahr", Line: 8},
		{Text: "Implizit eins", Line: 9},
		{Text: "Implizit zwei", Line: 10},
		{Text: "Punkt eins", Line: 11},
		{Text: "Absatz im Punkt", Line: 11},
		{Text: "Rest", Line: 11},
		{Text: "Jahr", Line: 12},
		{Text: "4.000\u202ft", Line: 12},
		{Text: "Freier Text 43.000", Line: 13},
		{Text: "Vorformatiert 12 345", Line: 14},
		{Text: "Abbildung 9", Line: 20},
		{Text: "Begriff", Line: 21},
		{Text: "Erklärung", Line: 21},
		{Text: "Zitat 10", Line: 22},
	}
	d := mustRead(t, writeFile(t, "page.html", []byte(src)), Options{})[0]
	if d.Format != FormatHTML || d.Lang != language.MustParse("de-DE") || d.LangSource != LangFile {
		t.Errorf("document %s %v %s", d.Format, d.Lang, d.LangSource)
	}
	sameParagraphs(t, d.Paragraphs, want)
}

func TestHTMLCharsets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data []byte
		want string // the first paragraph, or the error text
		ok   bool
	}{
		{"meta charset latin1", []byte("<meta charset=\"iso-8859-1\"><p>Gr\xfc\xdfe 83,79\xa0%</p>"), "Grüße 83,79\u00a0%", true},
		{"http-equiv windows-1252", []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x84Zitat\x93 \x80 5</p>"), "„Zitat“ € 5", true},
		{"undeclared UTF-8", []byte("<p>Thành phố 83,79</p>"), "Thành phố 83,79", true},
		{"UTF-16 BOM", utf16(t, "<p>Über 4.000</p>", unicode.LittleEndian), "Über 4.000", true},
		{"undeclared Latin-1 is refused", []byte("<p>Gr\xfc\xdfe</p>"), "invalid UTF-8 at byte 5", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := writeFile(t, "x.de.html", tc.data)
			docs, err := Read(p, Options{})
			if !tc.ok {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("error %v, want %q", err, tc.want)
				}
				asError(t, err, p)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := docs[0].Paragraphs[0].Text; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHTMLUnsupportedLangFallsBackToContent(t *testing.T) {
	t.Parallel()
	src := "<html lang=\"ja\"><p>" + strings.Join(seedLines(t, "001")[:2], "</p><p>") + "</p></html>"
	d := mustRead(t, writeFile(t, "x.html", []byte(src)), Options{})[0]
	if d.Lang != language.English || d.LangSource != LangContent {
		t.Errorf("got %v from %s", d.Lang, d.LangSource)
	}
}

// toHTML writes lines as an HTML page: a heading, then paragraphs.
func toHTML(lines []string, lang string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>x</title></head>\n<body>\n")
	b.WriteString("<nav><ul><li>Home</li><li>News</li></ul></nav>\n")
	for i, l := range lines {
		tag := "p"
		if i == 0 {
			tag = "h1"
		}
		b.WriteString("<" + tag + ">" + html.EscapeString(l) + "</" + tag + ">\n")
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

func TestHTMLSeedPair(t *testing.T) {
	t.Parallel()
	for prefix, lang := range map[string]string{"000": "de", "001": "en"} {
		lines := seedLines(t, prefix)
		d := mustRead(t, writeFile(t, prefix+".html", toHTML(lines, lang)), Options{})[0]
		sameTexts(t, texts(d), lines)
		if d.Lang != language.MustParse(lang) {
			t.Errorf("lang %v", d.Lang)
		}
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html lang=de><p>a<b>b</b><br>c<li>d<p>e</html>"))
	f.Add([]byte("<meta charset=latin1><p>\xfc</p><script>x</script><nav>y"))
	f.Add([]byte("<table><td>1<td>2<tr><th>3</table><pre>\n x\n</pre>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, htmlReader{}, data, true)
	})
}
