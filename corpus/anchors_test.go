package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/document"
	"github.com/tally-qa/tally/internal/masktest"
	"github.com/tally-qa/tally/numbers"
)

func TestAnchors(t *testing.T) {
	t.Parallel()
	de, en, vi := language.German, language.English, language.Vietnamese
	for _, c := range []struct {
		text string
		tag  language.Tag
		want []string // anchors other than facts ("f:")
	}{
		{"Die Provinz hat 4.000 Milliarden VND investiert.", de, []string{"n:provinz", "d:4000", "n:milliarden", "c:VND"}},
		{"The province invested 4,000 billion VND.", en, []string{"d:4000", "c:VND"}},
		{"Le revenu a atteint 83,79 millions.", language.French, []string{"d:8379"}},
		{"Es waren 43\u202f000 Menschen.", de, []string{"d:43000", "n:menschen"}},
		{"Es waren 43 000 Menschen.", de, []string{"d:43000", "n:menschen"}},
		{"Il y a 11 883 495 habitants (+49 312).", language.French, []string{"d:11883495", "d:49312"}},
		{"Im Jahr 2019 150 Menschen, 3 4567 und 12 345a.", de, []string{"n:jahr", "d:2019", "d:150", "n:menschen", "d:3", "d:4567", "d:12", "d:345"}},
		{"From 2021-2025 and 2019–2024, not 1.234 567.", en, []string{"d:2021", "d:2025", "d:2019", "d:2024", "d:1234", "d:567"}},
		{"Resolution No. 17-NQ/TU of Quảng Ninh.", en, []string{"n:no", "c:17-NQ/TU", "n:quang", "n:ninh"}},
		{"Tỉnh Quảng Ninh đạt 100%.", vi, []string{"n:quang", "n:ninh", "d:100"}},
		{"See https://www.Example.com/a/b. Thanks.", en, []string{"u:example.com/a/b"}},
		{"Write to info@example.org today.", en, []string{"u:info@example.org"}},
		{"The 15th Conference of UNESCO.", en, []string{"d:15", "n:conference", "c:UNESCO"}},
		{"Immediately after. Then Hanoi.", en, []string{"n:hanoi"}},
		{"An mp3 file, covid19 too.", en, nil},
		{"", en, nil},
	} {
		var got []string
		for _, a := range Anchors(c.text, c.tag) {
			if !strings.HasPrefix(a, "f:") {
				got = append(got, a)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Anchors(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestAnchorsAcrossLanguages: the same facts written in two languages give
// the same language-neutral anchors.
func TestAnchorsAcrossLanguages(t *testing.T) {
	t.Parallel()
	neutral := func(text string, tag language.Tag) []string {
		var out []string
		for _, a := range Anchors(text, tag) {
			if a[0] == 'd' || a[0] == 'c' || a[0] == 'u' {
				out = append(out, a)
			}
		}
		slices.Sort(out)
		return out
	}
	pairs := [][2]string{
		{"Von 2020 bis heute: 68 Resolutionen, mehr als 200 Dokumente, 43.000 Kader.",
			"From 2020 to present: 68 Resolutions, more than 200 documents, 43,000 cadres."},
		{"Nach Resolution Nr. 17-NQ/TU wurden 4.000 Milliarden VND bereitgestellt (100 %).",
			"Under Resolution No. 17-NQ/TU, 4,000 billion VND were allocated (100%)."},
	}
	for _, p := range pairs {
		a, b := neutral(p[0], language.German), neutral(p[1], language.English)
		if !slices.Equal(a, b) {
			t.Errorf("\n de %q\n en %q", a, b)
		}
	}
}

func TestHashAnchorNameBit(t *testing.T) {
	t.Parallel()
	var s anchorSet
	s.add(nsName, "hanoi")
	s.add(nsDigits, "2024")
	s.add(nsDigits, "2024")
	h := s.sorted()
	if len(h) != 2 {
		t.Fatalf("sorted() kept %d hashes, want 2 distinct", len(h))
	}
	var names int
	for _, x := range h {
		if x&nameBit != 0 {
			names++
		}
	}
	if names != 1 {
		t.Errorf("%d hashes carry the name bit, want 1", names)
	}
}

func FuzzAnchors(f *testing.F) {
	for _, s := range []string{
		"Die Provinz hat 4.000 Milliarden VND investiert.",
		"See https://example.com/a. Mail a@b.c",
		"17-NQ/TU Quảng Ninh 43\u202f000 100%",
		"\xff\xfe broken \x00 utf8 www.",
		"http://", "@", "Đ", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Anchors(text, language.German)
		b := Anchors(text, language.German)
		if !slices.Equal(a, b) {
			t.Fatal("not deterministic")
		}
		for _, x := range a {
			if len(x) < 3 || x[1] != ':' || !strings.ContainsRune("ufdcn", rune(x[0])) {
				t.Fatalf("malformed anchor %q", x)
			}
			if x[0] == 'n' && !utf8.ValidString(x) {
				t.Fatalf("name anchor %q is not UTF-8", x)
			}
		}
	})
}

func FuzzParseName(f *testing.F) {
	for _, s := range []string{"report.de.txt", "de/x.txt", "x/de.txt", "a_pt-BR.md", "000_ab.txt", "", "/", "..", "x.-de.txt"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rel string) {
		info, ok := ParseName(rel)
		info2, ok2 := ParseName(rel)
		if ok != ok2 || info != info2 {
			t.Fatal("not deterministic")
		}
		if !ok {
			return
		}
		if info.Lang == language.Und {
			t.Fatalf("ParseName(%q): ok with no language", rel)
		}
		if info.Key == "" || info.Key == "." {
			t.Fatalf("ParseName(%q): empty key", rel)
		}
	})
}

// TestNumberWordsWhereNumeralsAreFew reads a document's anchors as content
// grouping does: a number written in words, in a paragraph without digits,
// is an anchor of a document with few numerals, and not of one with many
// (whose numerals are anchors enough).
func TestNumberWordsWhereNumeralsAreFew(t *testing.T) {
	t.Parallel()
	spelled := "Zehn Jahre lang wurde gebaut, und zwölf Familien zogen ein."
	var want uint64
	for _, f := range numbers.Extract(spelled, language.German) {
		if f.Spelled && f.Value.String() == "12" {
			want = hashAnchor(nsFact, f.Key()) &^ nameBit
		}
	}
	if want == 0 {
		t.Fatalf("numbers.Extract reads no 12 in %q", spelled)
	}
	var many []string
	for i := range manyNumerals {
		many = append(many, fmt.Sprintf("%d", 1000+i*37))
	}
	for _, c := range []struct {
		name     string
		numerals string // the other paragraph
		want     bool   // whether "zwölf" is an anchor
	}{
		{"few numerals", "Im Jahr 2024 waren es 120 Wohnungen.", true},
		{"no numerals", "Die Stadt wächst.", true},
		{"many numerals", "Die Zahlen: " + strings.Join(many, ", ") + ".", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "bericht.de.txt")
			if err := os.WriteFile(p, []byte(c.numerals+"\n\n"+spelled+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			d := readOne(File{Path: p, Rel: "bericht.de.txt"}, standIns(ModeContent).withDefaults())
			if d.failed != nil {
				t.Fatal(d.failed)
			}
			if got := slices.Contains(d.anchors, want); got != c.want {
				t.Errorf("anchor for %q: %v, want %v", "zwölf", got, c.want)
			}
		})
	}
}

func TestReadsNumberWords(t *testing.T) {
	t.Parallel()
	paras := func(ss ...string) []document.Paragraph {
		var out []document.Paragraph
		for _, s := range ss {
			out = append(out, document.Paragraph{Text: s})
		}
		return out
	}
	short := strings.Repeat("1 ", manyNumerals-1)
	for _, c := range []struct {
		name  string
		paras []document.Paragraph
		want  bool
	}{
		{"none", paras("zehn Jahre"), true},
		{"one short of many", paras(short), true},
		{"many, across paragraphs", paras(short, "und 2"), false},
		{"a number with separators is several runs", paras(short[:len(short)-2], "1.234"), false},
		{"digits inside a run count once", paras(strings.Repeat("123456789", 20)), true},
	} {
		if got := readsNumberWords(c.paras); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// anchorSetSameAsAnchors checks that the hashes readOne collects (through
// anchorSet, the digits and names as bytes) are the hashes of the anchors
// scanAnchors gives as strings, in the same order.
func anchorSetSameAsAnchors(t *testing.T, text string, tag language.Tag) {
	t.Helper()
	var want []uint64
	scanAnchors(text, tag, true, func(ns byte, s string) { want = append(want, anchorHash(ns, s)) })
	var got anchorSet
	scanAnchorsTo(&got, text, tag, true, []byte("scratch"))
	if !slices.Equal(got.h, want) {
		t.Fatalf("%q (%s): anchorSet %x, want %x", text, tag, got.h, want)
	}
}

func TestAnchorSetSameAsAnchors(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Die Provinz Quảng Ninh hat 4.000 Milliarden VND investiert (17-NQ/TU).",
		"See https://www.example.com/a. Mail a@b.c. The 15th Conference of UNESCO, 43\u202f000 people.",
		"Tỉnh Quảng Ninh đạt 100%. Ông Nguyễn Văn A, ĐÀ NẴNG.", "",
	} {
		anchorSetSameAsAnchors(t, text, language.German)
		anchorSetSameAsAnchors(t, text, language.Vietnamese)
	}
}

func FuzzAnchorSetSameAsAnchors(f *testing.F) {
	for _, s := range []string{"Quảng Ninh 4.000 Mrd. VND", "a 15th Conference, 43\u202f000 x", "\xff\xfeAB 12 Éé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { anchorSetSameAsAnchors(t, text, language.English) })
}

// TestNeedsLook compares needsLook with byteClass, byte by byte: every
// byte value at every position of the word, among neighbours of each kind.
func TestNeedsLook(t *testing.T) {
	t.Parallel()
	look := func(b byte) bool {
		return b >= utf8.RuneSelf || b <= ' ' || byteClass[b]&(clSpace|clDigit|clUpper) != 0
	}
	masktest.Check(t, "needsLook", needsLook, look,
		'a', ' ', '0', 'Z', '.', 0x7F, 0x80, 0xFF, 0x20, 0x21, 0x2F, 0x3A, 0x40, 0x5B)
}
