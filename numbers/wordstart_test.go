package numbers

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/numbers/words"
)

// checkWordStarts checks mayStartWord's promise at every word start of
// text, in every table: where it is false, none of the readers wordAt would
// try finds anything.
func checkWordStarts(t *testing.T, text string) {
	t.Helper()
	for code, l := range registry {
		for i, r := range text {
			if !unicode.IsLetter(r) {
				continue
			}
			s := &scanner{src: text, orig: text, loc: l, tag: l.tag, spell: l.spell(), pairs: l.spellPairs()}
			// maySpell's tables stand for the filter, and plainWord's
			// for tableWordAt and maySpell
			if got, want := s.maySpell(i), l.spell().MayStart(text[i:]); got != want {
				t.Fatalf("%s at %d of %q: maySpell = %v, MayStart %v", code, i, text, got, want)
			}
			checkPlainWord(t, code, s, i)
			if s.mayStartWord(i) {
				continue
			}
			_, spelled := words.Match(l.Lang, text[i:])
			_, notNum := l.notNumbers.match(text, i)
			if e1, e2, e3 := s.monthFirstDate(i), s.viDate(i), s.prefixOrdinal(i); e1 != 0 || e2 != 0 || e3 != 0 || spelled || notNum != 0 {
				t.Fatalf("%s at %d of %q: mayStartWord is false, but month %d, day word %d, ordinal %d, spelled %v, not-a-number %d",
					code, i, text, e1, e2, e3, spelled, notNum)
			}
		}
	}
}

// checkPlainWord checks plainWord's promise at s.src[i]: where it is true,
// maySpell is false and none of the readers tableWordAt lets through finds
// anything. Where it answers on the first two bytes alone, tableWordAt is
// false too.
func checkPlainWord(t *testing.T, code string, s *scanner, i int) {
	t.Helper()
	if !s.plainWord(i) {
		return
	}
	text := s.src
	if s.maySpell(i) {
		t.Fatalf("%s at %d of %q: plainWord, but maySpell", code, i, text)
	}
	if i+1 < len(text) && !s.pairs.either[text[i]].has(text[i+1]) && s.tableWordAt(i) {
		t.Fatalf("%s at %d of %q: plainWord on two bytes, but tableWordAt", code, i, text)
	}
	if month, day, ord := s.monthFirstDate(i), s.viDate(i), s.prefixOrdinal(i); month != 0 || day != 0 || ord != 0 {
		t.Fatalf("%s at %d of %q: plainWord, but month %d, day word %d, ordinal %d", code, i, text, month, day, ord)
	}
	_, named := s.loc.namedTimes.match(text, i)
	_, notNum := s.loc.notNumbers.match(text, i)
	if named != 0 || notNum != 0 {
		t.Fatalf("%s at %d of %q: plainWord, but named time %d, not-a-number %d", code, i, text, named, notNum)
	}
}

// TestPlainWordTableKeys checks plainWord on the keys behind tableWordAt
// (months, ordinal prefixes, named times, phrases that are no number, the
// day word) and on the number words, as written, lower-cased, upper-cased
// and with a figure after them, and checks that it turns away common words
// on their third byte.
func TestPlainWordTableKeys(t *testing.T) {
	for code, l := range registry {
		var keys []string
		for _, lx := range []*lexicon{l.months, l.ordPrefix, l.notNumbers, l.namedTimes} {
			if lx == nil {
				continue
			}
			for _, b := range lx.buckets {
				for _, e := range b.keys {
					keys = append(keys, e.k)
				}
			}
		}
		if l.DayWord != "" {
			keys = append(keys, l.DayWord)
		}
		keys = append(keys, "three", "twenty", "deux", "drei", "dertig", "tres", "trois", "trente", "dreißig", "tám", "hai")
		for _, k := range keys {
			for _, w := range []string{k, strings.ToLower(k), strings.ToUpper(k)} {
				for _, after := range []string{"", " 5", " 12, 2024", " 2024", ".", " ngày 5"} {
					text := w + after
					s := &scanner{src: text, orig: text, loc: l, tag: l.tag, spell: l.spell(), pairs: l.spellPairs()}
					checkPlainWord(t, code, s, 0)
				}
			}
		}
	}
	for _, c := range []struct {
		lang, word string
		want       bool
	}{
		{"en", "the", true}, // "th" as in three
		{"en", "that", true},
		{"en", "three", false},
		{"en", "Formula", false}, // "Formula One" is no number
		{"fr", "des", true},      // "de" as in décembre, not "dé"
		{"fr", "dans", true},
		{"nl", "mensen", true}, // "me" as in mei
		{"nl", "mei", false},
		{"vi", "nghe", true}, // "ng" as in ngày
		{"vi", "ngày", false},
		{"de", "Zweifel", false}, // starts with zwei
	} {
		l := registry[c.lang]
		s := &scanner{src: c.word, orig: c.word, loc: l, tag: l.tag, spell: l.spell(), pairs: l.spellPairs()}
		if got := s.plainWord(0); got != c.want {
			t.Errorf("%s %q: plainWord = %v, want %v", c.lang, c.word, got, c.want)
		}
	}
}

// TestLetterTriplesAddKey checks the starts addKey adds for a key.
func TestLetterTriplesAddKey(t *testing.T) {
	for _, c := range []struct {
		key       string
		foldRunes bool
		word      string
		want      bool
	}{
		{"december", false, "dec", true},
		{"december", false, "DEC", true},
		{"december", false, "des", false},
		{"de een", false, "de", true}, // the end of the word stands for the space
		{"de een", false, "de,", true},
		{"de een", false, "den", false},
		{"à", false, "ab", false}, // no ASCII text starts a key past ASCII
		{"ab", false, "abc", true},
		{"a", false, "xyz", false},
		{"a", false, "ayz", true},
		{"tháng", true, "tha", false}, // á folds to no ASCII letter
		{"Kelvin", true, "kel", true},
		{"Kelvin", false, "kel", false},
		{"aſx", true, "asz", true}, // ſ folds to s: the bytes after it are free
		{"a-b", false, "abc", false},
	} {
		var tr letterTriples
		tr.addKey(c.key, c.foldRunes)
		w := c.word
		if got := tr[w[0]&31][w[1]&31]&thirdClass(w, 2) != 0; got != c.want {
			t.Errorf("addKey(%q, %v) on %q: %v, want %v", c.key, c.foldRunes, w, got, c.want)
		}
	}
}

// TestMayStartWordHidesNothing runs checkWordStarts on propertyTexts.
func TestMayStartWordHidesNothing(t *testing.T) {
	for _, text := range propertyTexts(t) {
		checkWordStarts(t, text)
	}
}

// TestMayStartWordSkips checks that ordinary words are turned away, which
// is the point of the test.
func TestMayStartWordSkips(t *testing.T) {
	for _, c := range []struct {
		lang, word string
		want       bool
	}{
		{"en", "government", false},
		{"en", "the", false},
		{"en", "August", true}, // a month
		{"en", "twenty", true},
		{"de", "Regierung", false},
		{"de", "zwanzig", true},
		{"vi", "chính", false}, // starts like chín (nine): the trie turns it away
		{"vi", "Ngày", true},   // the day word, upper case
		{"vi", "tháng", true},  // month words start with it
		{"vi", "thứ", true},    // ordinal prefix
		{"vi", "nhà", false},   // the day word's first byte, not its second
		{"es", "de", false},    // "de" starts no month (diciembre) on its second byte
	} {
		l := registry[c.lang]
		s := &scanner{src: c.word, orig: c.word, loc: l, tag: l.tag, spell: l.spell(), pairs: l.spellPairs()}
		if got := s.mayStartWord(0); got != c.want {
			t.Errorf("%s %q: mayStartWord = %v, want %v", c.lang, c.word, got, c.want)
		}
	}
}

// FuzzMayStartWord: on any text, mayStartWord hides nothing.
func FuzzMayStartWord(f *testing.F) {
	fuzzShort(f, []string{"NGÀY 5 tháng 8", "İki ngày", "thứ 15 August 5", "Tweede Kamer één van de", "ǅ \u212Aelvin"}, checkWordStarts)
}

// TestLowerHasPrefix compares lowerHasPrefix with strings.ToLower.
func TestLowerHasPrefix(t *testing.T) {
	for _, c := range []struct{ t, p string }{
		{"Ngày", "ngày"}, {"NGÀY", "ngày"}, {"ngà", "ngày"}, {"nga", "ngày"}, {"İ", "i"}, {"\xffabc", "\ufffd"},
		{"", "a"}, {"abc", ""}, {"ABC", "ab"}, {"Ωx", "ω"},
	} {
		want := strings.HasPrefix(strings.ToLower(c.t), c.p)
		if got := lowerHasPrefix(c.t, c.p); got != want {
			t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", c.t, c.p, got, want)
		}
	}
}

// FuzzLowerHasPrefix: lowerHasPrefix agrees with strings.ToLower.
func FuzzLowerHasPrefix(f *testing.F) {
	f.Add("NGÀY 5", "ngày")
	f.Add("İstanbul", "i̇s")
	f.Fuzz(func(t *testing.T, s, p string) {
		if want := strings.HasPrefix(strings.ToLower(s), p); lowerHasPrefix(s, p) != want {
			t.Fatalf("lowerHasPrefix(%q, %q) != %v", s, p, want)
		}
	})
}

// TestISOWriters compares the ISO writers with fmt, in and out of range.
func TestISOWriters(t *testing.T) {
	for _, v := range [][3]int{{2019, 8, 5}, {0, 1, 1}, {999, 12, 31}, {9999, 9, 9}, {10000, 10, 10}, {-5, 100, -1}} {
		y, m, d := v[0], v[1], v[2]
		for _, c := range [][2]string{
			{isoDate(y, m, d), fmt.Sprintf("%04d-%02d-%02d", y, m, d)},
			{isoMonthDay(m, d), fmt.Sprintf("--%02d-%02d", m, d)},
			{isoYearMonth(y, m), fmt.Sprintf("%04d-%02d", y, m)},
			{isoTime(m, d), fmt.Sprintf("%02d:%02d", m, d)},
		} {
			if c[0] != c[1] {
				t.Errorf("%v: got %q, want %q", v, c[0], c[1])
			}
		}
	}
}

// BenchmarkMayStartWord measures the test made at every word start, on
// the words of the English and Vietnamese benchmark texts.
func BenchmarkMayStartWord(b *testing.B) {
	for _, code := range []string{"en", "vi"} {
		text := strings.Join(benchParagraphs(b, code), " ")
		l := registry[code]
		s := &scanner{src: text, orig: text, loc: l, tag: l.tag, spell: l.spell(), pairs: l.spellPairs()}
		var starts []int
		for i, r := range text {
			if unicode.IsLetter(r) && (i == 0 || !wordRuneBefore(text, i)) {
				starts = append(starts, i)
			}
		}
		b.Run(code, func(b *testing.B) {
			b.ReportAllocs()
			for k := 0; b.Loop(); k++ {
				s.mayStartWord(starts[k%len(starts)])
			}
		})
	}
}

// TestWordRuneTable: the table answers as the Unicode tables do.
func TestWordRuneTable(t *testing.T) {
	for r := rune(0); r < wordRuneTableSize+256; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
		if r < 0x80 {
			want = r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
		}
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestMaySpellSameAsFilter compares maySpell with the filter it stands for
// on every two ASCII bytes, alone and before a third, in every table; then
// on an ASCII letter before every rune below leadLimit and a few past it,
// and on each of those runes at the start of a word; then on an ASCII
// letter before every byte past ASCII, which is an invalid encoding; and
// on two ASCII letters before every letter and some other ASCII bytes,
// which plainWord reads as a third. It checks plainWord as checkWordStarts does.
func TestMaySpellSameAsFilter(t *testing.T) {
	check := func(code string, l *Locale, text string) {
		t.Helper()
		s := &scanner{src: text, orig: text, loc: l, tag: l.tag, spell: l.spell(), pairs: l.spellPairs()}
		if got, want := s.maySpell(0), l.spell().MayStart(text); got != want {
			t.Fatalf("%s %q: maySpell = %v, MayStart %v", code, text, got, want)
		}
		checkPlainWord(t, code, s, 0)
	}
	var runesToTry []rune
	for r := rune(utf8.RuneSelf); r < leadLimit; r++ {
		runesToTry = append(runesToTry, r)
	}
	runesToTry = append(runesToTry, 0x3000, 0x4E00, 0xFB00, 0xFF21, 0x10400, 0x1D400, utf8.RuneError)
	for code, l := range registry {
		for c0 := 0; c0 < 128; c0++ {
			for c1 := 0; c1 < 128; c1++ {
				for _, rest := range []string{"", "e", "ree", "x"} {
					check(code, l, string([]byte{byte(c0), byte(c1)})+rest)
				}
			}
		}
		for _, c0 := range "abcdefghijklmnopqrstuvwxyzBDHMTV" {
			for _, c1 := range "abcdefghijklmnopqrstuvwxyzEHRW" {
				for _, c2 := range "abcdefghijklmnopqrstuvwxyzNT _-.'0\x00" {
					check(code, l, string(c0)+string(c1)+string(c2)+"ee")
				}
			}
		}
		for _, c0 := range "abcdefghijklmnopqrstuvwxyzBCDHKMNSTVY" {
			for _, r := range runesToTry {
				check(code, l, string(c0)+string(r)+"m")
			}
			for c1 := utf8.RuneSelf; c1 < 256; c1++ {
				check(code, l, string(c0)+string([]byte{byte(c1)})+"m")
			}
		}
		for _, r := range runesToTry {
			for _, rest := range []string{"", "t", "ột", "̀m"} {
				check(code, l, string(r)+rest)
			}
		}
	}
}

// TestSpellStartsPastASCII compares newSpellStarts' rows for a letter
// before a byte past ASCII with their definition, byte by byte: some first
// byte that a rune starting with c1 lower-cases to passes MayStartPair
// after the letter.
func TestSpellStartsPastASCII(t *testing.T) {
	low := lowerStartsTable()
	for code, l := range registry {
		f, pairs := l.spell(), l.spellPairs()
		for c0 := byte('A'); c0 <= 'z'; c0++ {
			if !asciiLetter(c0) {
				continue
			}
			for c1 := utf8.RuneSelf; c1 < 256; c1++ {
				want := false
				for b1 := 0; b1 < 256 && !want; b1++ {
					want = low.lead[c1].has(byte(b1)) && f.MayStartPair(c0|0x20, byte(b1))
				}
				if got := pairs.ascii[c0].has(byte(c1)); got != want {
					t.Fatalf("%s: %q before %#x: %v, want %v", code, c0, c1, got, want)
				}
			}
		}
	}
}
