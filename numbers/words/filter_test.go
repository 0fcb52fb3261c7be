package words

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// trieKeys lists every key stored in l's trie.
func trieKeys(l *lang) []string {
	var out []string
	var walk func(n int32, prefix []byte)
	walk = func(n int32, prefix []byte) {
		if l.trie.nodes[n].e != nil {
			out = append(out, string(prefix))
		}
		for _, ed := range l.trie.nodes[n].edges {
			walk(ed.next, append(prefix, ed.b))
		}
	}
	for b := 0; b < 256; b++ {
		if n := l.trie.root[b]; n >= 0 {
			walk(n, []byte{byte(b)})
		}
	}
	return out
}

// TestFilterNeverHidesAMatch checks the filter's promise on every key of
// every language, in lower, title and upper case, and on the words of the
// benchmark sentences: wherever Match finds a number, MayStart is true.
func TestFilterNeverHidesAMatch(t *testing.T) {
	for _, lang := range allLangs {
		f := FilterFor(lang)
		if f == nil {
			t.Fatalf("%s: no filter", lang)
		}
		var inputs []string
		for _, k := range trieKeys(compiled[langIndex(lang)]()) {
			inputs = append(inputs, k, k+" x", strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
		}
		inputs = append(inputs, strings.Fields(benchText[lang])...)
		inputs = append(inputs, strings.Fields(missWords[lang])...)
		checked := 0
		for _, s := range inputs {
			if _, ok := Match(lang, s); ok {
				checked++
				if !f.MayStart(s) {
					t.Errorf("%s %q: Match finds a number but MayStart is false", lang, s)
				}
			}
		}
		if checked < 20 {
			t.Errorf("%s: only %d inputs matched; the test checks too little", lang, checked)
		}
	}
}

// TestFilterRejects checks that the filter turns away ordinary words on
// their first two bytes, which is what makes it worth calling.
func TestFilterRejects(t *testing.T) {
	for _, c := range []struct {
		lang, s string
		want    bool
	}{
		{"en", "government", false},
		{"en", "Provincial", false},
		{"en", "the", false}, // "th" starts three, thousand: the trie turns it away
		{"en", "twenty-three", true},
		{"en", "Twenty", true},
		{"en", "a", true}, // the article reads as one (weak)
		{"en", "x", false},
		{"en", "", false},
		{"en", "42", false},
		{"de", "Regierung", false},
		{"de", "Zweifel", true}, // starts with zwei: only Match turns it away
		{"fr", "de", false},
		{"de", "einhundert", true},
		{"de", "Übersicht", false},
		{"fr", "gouvernement", false},
		{"fr", "Quatre-vingts", true},
		{"nl", "regering", false},
		{"nl", "Drieëntwintig", true},
		{"es", "gobierno", false},
		{"es", "Veintitrés", true},
		{"vi", "người", false},
		{"vi", "Một", true},
		{"vi", "hai", true},
		{"xx", "one", false}, // unknown language: nil filter
	} {
		got := FilterFor(c.lang).MayStart(c.s)
		if got != c.want {
			t.Errorf("%s %q: MayStart = %v, want %v", c.lang, c.s, got, c.want)
		}
	}
}

// FuzzFilter checks the filter's promise on any input: MayStart is
// deterministic and never false where Match finds a number.
func FuzzFilter(f *testing.F) {
	for _, s := range []string{"twenty", "Zweifel", "ÉLEVEN", "hai mươi", "a", "İki", "Ωmega", "\xff", "ǅ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range allLangs {
			fl := FilterFor(lang)
			may := fl.MayStart(s)
			if may != fl.MayStart(s) {
				t.Fatalf("%s %q: not deterministic", lang, s)
			}
			if _, ok := Match(lang, s); ok && !may {
				t.Fatalf("%s %q: Match finds a number but MayStart is false", lang, s)
			}
		}
	})
}

// BenchmarkFilter measures the quick test on ordinary words, the common
// case at a word start.
func BenchmarkFilter(b *testing.B) {
	for _, lang := range allLangs {
		ws := strings.Fields(missWords[lang] + " " + benchText[lang])
		f := FilterFor(lang)
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				f.MayStart(ws[i%len(ws)])
			}
		})
	}
}

// TestFirstBytes compares firstBytes, with its ASCII fast path, with the
// bytes lowerRune gives rune by rune, on every string of one or two bytes,
// on two bytes before a third, and on three ASCII bytes.
func TestFirstBytes(t *testing.T) {
	slow := func(s string) (b0, b1, b2 byte, n int) {
		var buf [utf8.UTFMax]byte
		var lower []byte
		for i := 0; i < len(s) && len(lower) < 3; {
			b, size := lowerRune(s, i, &buf)
			if size == 0 {
				break
			}
			lower = append(lower, b...)
			i += size
		}
		n = min(len(lower), 3)
		lower = append(lower, 0, 0, 0)
		return lower[0], lower[1], lower[2], n
	}
	var inputs []string
	for a := 0; a < 256; a++ {
		inputs = append(inputs, string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			inputs = append(inputs, string([]byte{byte(a), byte(b)}), string([]byte{byte(a), byte(b)})+"é")
		}
	}
	for a := 0; a < 128; a++ {
		for b := 0; b < 128; b++ {
			for _, c := range []byte{'a', 'Z', ' ', '-', '@', '[', '`', '{', 0xC3} {
				inputs = append(inputs, string([]byte{byte(a), byte(b), c}), string([]byte{byte(a), byte(b), c, 'x'}))
			}
		}
	}
	inputs = append(inputs, "", "ǅx", "İki", "\u212Aelvin", "Ωmega", "một", "the", "THREE")
	for _, s := range inputs {
		a0, a1, a2, an := firstBytes(s)
		w0, w1, w2, wn := slow(s)
		if a0 != w0 || a1 != w1 || a2 != w2 || an != wn {
			t.Fatalf("firstBytes(%q) = %q %q %q %d, want %q %q %q %d", s, a0, a1, a2, an, w0, w1, w2, wn)
		}
	}
}

// TestLowerTable: lowerRune answers from the table as the Unicode tables
// do.
func TestLowerTable(t *testing.T) {
	var buf [utf8.UTFMax]byte
	for r := rune(0x80); r < lowerTableSize+256; r++ {
		s := string(r)
		b, size := lowerRune(s, 0, &buf)
		want := ""
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			want = string(unicode.ToLower(r))
		}
		if string(b) != want || (want != "") != (size == len(s)) {
			t.Fatalf("lowerRune(%U) = %q/%d, want %q", r, b, size, want)
		}
	}
}

// TestMayStartTriple compares MayStartTriple with MayStart on every word
// of two or three ASCII letters and on such a start before more letters,
// in every language: where MayStart is true, so is MayStartTriple.
func TestMayStartTriple(t *testing.T) {
	for _, lang := range allLangs {
		f := FilterFor(lang)
		passed := 0
		for b0 := byte('a'); b0 <= 'z'; b0++ {
			for b1 := byte('a'); b1 <= 'z'; b1++ {
				for _, b2 := range []byte("\x00abcdefghijklmnopqrstuvwxyz") {
					word := string([]byte{b0, b1})
					if b2 != 0 {
						word += string(b2)
					}
					may := f.MayStartTriple(b0, b1, b2)
					if may {
						passed++
					}
					inputs := []string{word, word + " x", word + "-", strings.ToUpper(word)}
					if b2 != 0 { // letters after a word of two would change its triple
						inputs = append(inputs, word+"e", word+"ee", word+"nty", word+"ção")
					}
					for _, s := range inputs {
						if f.MayStart(s) && !may {
							t.Fatalf("%s %q: MayStart is true, MayStartTriple(%q, %q, %q) false", lang, s, b0, b1, b2)
						}
						if _, ok := Match(lang, s); ok && !may {
							t.Fatalf("%s %q: Match finds a number, MayStartTriple(%q, %q, %q) false", lang, s, b0, b1, b2)
						}
					}
				}
			}
		}
		// the test is worth making only when most triples are turned away
		if passed > 26*26*27/4 {
			t.Errorf("%s: %d of %d triples pass", lang, passed, 26*26*27)
		}
	}
	var nilFilter *Filter
	if nilFilter.MayStartTriple('t', 'w', 'o') {
		t.Error("a nil filter lets a triple through")
	}
}
