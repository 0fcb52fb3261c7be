package document

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const tmxSample = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
 <header creationtool="x" srclang="en-US" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x">
  <prop type="x">99</prop>
 </header>
 <body>
  <tu tuid="a1">
   <prop type="client">7</prop>
   <tuv xml:lang="nl-NL"><seg>18,27 km lang</seg></tuv>
   <tuv xml:lang="en-US"><seg>18.27 km <bpt i="1">&lt;b&gt;</bpt>long<ept i="1">&lt;/b&gt;</ept></seg></tuv>
  </tu>
  <tu>
   <tuv lang="EN-US"><seg>From <hi>2020</hi> to <ph x="1">&lt;br/&gt;</ph>present</seg></tuv>
   <tuv xml:lang="de"><seg>Von 2020 bis heute</seg></tuv>
  </tu>
 </body>
</tmx>`

func TestTMX(t *testing.T) {
	t.Parallel()
	docs := mustRead(t, writeFile(t, "tm.tmx", []byte(tmxSample)), Options{})
	want := []struct {
		lang  string
		texts []string
	}{
		{"en-US", []string{"18.27 km long", "From 2020 to present"}},
		{"nl-NL", []string{"18,27 km lang", ""}},
		{"de", []string{"", "Von 2020 bis heute"}},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents", len(docs))
	}
	for i, w := range want {
		d := docs[i]
		if d.Lang != language.MustParse(w.lang) || d.LangSource != LangFile || !d.Segmented || d.Format != FormatTMX {
			t.Errorf("document %d: %v %s %v %s", i, d.Lang, d.LangSource, d.Segmented, d.Format)
		}
		sameTexts(t, texts(d), w.texts)
		if d.Paragraphs[0].ID != "a1" || d.Paragraphs[1].ID != "2" {
			t.Errorf("ids %q %q", d.Paragraphs[0].ID, d.Paragraphs[1].ID)
		}
	}
}

// toTMX writes the pair as a TMX memory, the target variant first.
func toTMX(src, tgt []string, srcLang, tgtLang string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><tmx version="1.4"><header srclang="%s"/><body>`, srcLang)
	for i := range max(len(src), len(tgt)) {
		fmt.Fprintf(&b, "\n<tu><tuv xml:lang=\"%s\"><seg>%s</seg></tuv><tuv xml:lang=\"%s\"><seg>%s</seg></tuv></tu>",
			tgtLang, html.EscapeString(at(tgt, i)), srcLang, html.EscapeString(at(src, i)))
	}
	b.WriteString("</body></tmx>\n")
	return []byte(b.String())
}

func TestTMXSeedPair(t *testing.T) {
	t.Parallel()
	en, de := seedLines(t, "001"), seedLines(t, "000")
	docs := mustRead(t, writeFile(t, "pair.tmx", toTMX(en, de, "en", "de")), Options{})
	if len(docs) != 2 || docs[0].Lang != language.English {
		t.Fatalf("got %d documents, first %v", len(docs), docs[0].Lang)
	}
	sameTexts(t, texts(docs[0]), en)
	sameTexts(t, texts(docs[1]), de)
}

func FuzzTMX(f *testing.F) {
	f.Add([]byte(tmxSample))
	f.Add([]byte(`<tmx><body><tu><tuv xml:lang="de"><seg>a<bpt>b</bpt></seg></tuv></tu></body></tmx>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, tmxReader{}, data, false)
	})
}
