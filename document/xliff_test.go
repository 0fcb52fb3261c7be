package document

import (
	"errors"
	"fmt"
	"html"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
)

const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a.txt" source-language="en" target-language="de" datatype="plaintext">
  <header><note>Kommentar 1</note></header>
  <body>
   <trans-unit id="t1">
    <source>From <g id="1">2020</g> to present, <x id="2"/>68 Resolutions</source>
    <seg-source><mrk mtype="seg" mid="1">From 2020 to present</mrk></seg-source>
    <target>Von <g id="1">2020</g> bis heute 68 Resolutionen</target>
    <alt-trans><source>alt 99</source><target>alt 99</target></alt-trans>
    <note>Hinweis 5</note>
   </trans-unit>
   <group id="g1">
    <trans-unit id="t2"><source>83.79<bpt id="3">&lt;b&gt;</bpt> million<ept id="3">&lt;/b&gt;</ept> VND<ph id="4">{0}</ph></source>
     <target>83,790 <mrk mtype="term">Millionen</mrk> VND</target></trans-unit>
    <trans-unit id="t3"><source>Untranslated 4,000</source><target/></trans-unit>
    <trans-unit id="t4"><source>No target at all</source></trans-unit>
   </group>
  </body>
 </file>
</xliff>`

const xliff20 = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="vi">
 <file id="f1">
  <notes><note>n 7</note></notes>
  <unit id="u1">
   <originalData><data id="d1">&lt;br/&gt;</data></originalData>
   <segment id="s1"><source>4,000 <pc id="1">billion</pc> VND.</source><target>4.000 <pc id="1">tỷ</pc> đồng.</target></segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment id="s2"><source>Up <ph id="2" dataRef="d1"/>43,000 people<cp hex="00A0"/>now.</source><target>43.000 người</target></segment>
  </unit>
  <group id="g"><unit id="u2"><segment><source>In a group: 15th</source><target>Trong nhóm: thứ 15</target></segment></unit></group>
 </file>
</xliff>`

func TestXLIFF(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src        string
		srcLang, tgtLang string
		wantSrc, wantTgt []string
		ids              []string
	}{
		{"1.2", xliff12, "en", "de",
			[]string{"From 2020 to present, 68 Resolutions", "83.79 million VND", "Untranslated 4,000", "No target at all"},
			[]string{"Von 2020 bis heute 68 Resolutionen", "83,790 Millionen VND", "", ""},
			[]string{"t1", "t2", "t3", "t4"}},
		{"2.0", xliff20, "en-US", "vi",
			[]string{"4,000 billion VND. Up 43,000 people\u00a0now.", "In a group: 15th"},
			[]string{"4.000 tỷ đồng. 43.000 người", "Trong nhóm: thứ 15"},
			[]string{"u1", "u2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			docs := mustRead(t, writeFile(t, "x.xlf", []byte(tc.src)), Options{})
			if len(docs) != 2 {
				t.Fatalf("got %d documents", len(docs))
			}
			for i, want := range [][]string{tc.wantSrc, tc.wantTgt} {
				d := docs[i]
				sameTexts(t, texts(d), want)
				lang := []string{tc.srcLang, tc.tgtLang}[i]
				if d.Lang != language.MustParse(lang) || d.LangSource != LangFile || !d.Segmented || d.Format != FormatXLIFF {
					t.Errorf("document %d: %v %s %v %s", i, d.Lang, d.LangSource, d.Segmented, d.Format)
				}
				for j, p := range d.Paragraphs {
					if p.ID != tc.ids[j] {
						t.Errorf("document %d paragraph %d: id %q, want %q", i, j, p.ID, tc.ids[j])
					}
				}
			}
		})
	}
}

func TestXLIFFUTF16AndMissingTargetLanguage(t *testing.T) {
	t.Parallel()
	lines := seedLines(t, "000")
	src := `<?xml version="1.0" encoding="UTF-16"?><xliff version="1.2"><file source-language="en"><body>` +
		`<trans-unit id="1"><source>Hello</source><target>` + html.EscapeString(lines[0]) + `</target></trans-unit></body></file></xliff>`
	b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(src))
	docs := mustRead(t, writeFile(t, "x.xliff", b), Options{})
	if docs[1].Lang != language.German || docs[1].LangSource != LangContent {
		t.Errorf("target: %v from %s", docs[1].Lang, docs[1].LangSource)
	}
	if docs[0].Paragraphs[0].Text != "Hello" || docs[0].LangSource != LangFile {
		t.Errorf("source: %+v", docs[0])
	}
}

func TestXMLBad(t *testing.T) {
	t.Parallel()
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>` +
		`<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>&lol2;</source></trans-unit></body></file></xliff>`
	tests := []struct {
		name, file, src string
		kind            error
		msg             string
	}{
		{"billion laughs", "x.xlf", laughs, ErrFormat, "declares entities"},
		{"external entity", "x.tmx", `<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx>&x;</tmx>`, ErrFormat, "declares entities"},
		{"undefined entity", "x.xlf", `<xliff><file source-language="en"><body><trans-unit id="1"><source>&x;</source></trans-unit></body></file></xliff>`, ErrFormat, "malformed XML"},
		{"truncated", "x.xlf", `<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>a`, ErrFormat, "malformed XML"},
		{"not xliff", "x.xlf", `<html><p>x</p></html>`, ErrFormat, "not an XLIFF file: the root element is <html>"},
		{"not tmx", "x.tmx", `<xliff/>`, ErrFormat, "not a TMX file"},
		{"deep", "x.tmx", "<tmx>" + strings.Repeat("<a>", 300) + strings.Repeat("</a>", 300) + "</tmx>", ErrFormat, "nested deeper"},
		{"mixed pairs", "x.xlf", `<xliff><file source-language="en" target-language="de"/><file source-language="en" target-language="fr"/></xliff>`, ErrFormat, "mix target languages de and fr"},
		{"bad tag", "x.xlf", `<xliff><file source-language="english!" target-language="de"><body><trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>`, ErrFormat, `"english!" is not a valid language tag`},
		{"unsupported", "x.xlf", `<xliff><file source-language="en" target-language="ja"><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>`, ErrLanguage, "declares ja, which tally does not read"},
		{"no units", "x.xlf", `<xliff><file source-language="en" target-language="de"><body/></file></xliff>`, ErrEmpty, "no text found in this xliff file"},
		{"tuv without lang", "x.tmx", `<tmx><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>`, ErrFormat, "tu 1: a tuv without xml:lang"},
		{"Latin-1 undeclared", "x.tmx", "<tmx><body><tu><tuv xml:lang=\"de\"><seg>Gr\xfc\xdfe</seg></tuv></tu></body></tmx>", ErrEncoding, "invalid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := writeFile(t, tc.file, []byte(tc.src))
			_, err := Read(p, Options{})
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

// toXLIFF12 writes the pair as XLIFF 1.2 units.
func toXLIFF12(src, tgt []string, srcLang, tgtLang string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"><file source-language="%s" target-language="%s" original="x"><body>`, srcLang, tgtLang)
	for i := range max(len(src), len(tgt)) {
		fmt.Fprintf(&b, "\n<trans-unit id=\"%d\"><source>%s</source><target>%s</target></trans-unit>", i+1, html.EscapeString(at(src, i)), html.EscapeString(at(tgt, i)))
	}
	b.WriteString("</body></file></xliff>\n")
	return []byte(b.String())
}

// toXLIFF20 writes the pair as XLIFF 2.0 units, the source cut into two
// segments after its first ". ".
func toXLIFF20(src, tgt []string, srcLang, tgtLang string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="%s" trgLang="%s"><file id="f">`, srcLang, tgtLang)
	for i := range max(len(src), len(tgt)) {
		s := html.EscapeString(at(src, i))
		if a, z, ok := strings.Cut(s, ". "); ok {
			s = a + ".</source></segment><segment><source>" + z
		}
		fmt.Fprintf(&b, "\n<unit id=\"u%d\"><segment><source>%s</source></segment><segment><target>%s</target></segment></unit>", i+1, s, html.EscapeString(at(tgt, i)))
	}
	b.WriteString("</file></xliff>\n")
	return []byte(b.String())
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

func TestXLIFFSeedPair(t *testing.T) {
	t.Parallel()
	en, de := seedLines(t, "001"), seedLines(t, "000")
	for _, data := range map[string][]byte{"1.2": toXLIFF12(en, de, "en", "de"), "2.0": toXLIFF20(en, de, "en", "de")} {
		docs := mustRead(t, writeFile(t, "pair.xlf", data), Options{})
		sameTexts(t, texts(docs[0]), en)
		sameTexts(t, texts(docs[1]), de)
	}
}

func FuzzXLIFF(f *testing.F) {
	f.Add([]byte(xliff12))
	f.Add([]byte(xliff20))
	f.Add([]byte(`<xliff><file><body><trans-unit><source><g><x/>1</g></source></trans-unit></body></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, xliffReader{}, data, false)
	})
}
