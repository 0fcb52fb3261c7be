package numbers

import (
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/runes"
	"github.com/tally-qa/tally/numbers/words"
)

// This file holds the quick test made at every word start: most words of a
// text are not numbers, dates or ordinal words, and the scanner should
// spend a few nanoseconds on them, not a lookup in every table.

// buildWordStart fills the locale's word-start tables from its lexicons.
// A row holds the second bytes the lexicons' own first test (firstSet,
// then the bucket's second-byte set) lets through, so that a word turned
// away here is one every lexicon would turn away on its first two bytes.
func (l *Locale) buildWordStart() {
	for _, lx := range []*lexicon{l.months, l.ordPrefix, l.notNumbers, l.namedTimes} {
		if lx == nil {
			continue
		}
		for c := range 256 {
			b := lx.bucket(byte(c))
			switch {
			case len(b.keys) == 0:
			case b.second == nil: // a one-byte or folded non-ASCII key: any second byte
				l.addWordStart(byte(c), &anyByte)
			default:
				l.addWordStart(byte(c), (*byteSet)(b.second))
			}
		}
	}
	if l.DayWord != "" {
		l.dayFirst, _ = utf8.DecodeRuneInString(l.DayWord)
		c := l.DayWord[0]
		second := &anyByte
		if c < utf8.RuneSelf && len(l.DayWord) > 1 {
			// viDate compares the word with DayWord folding ASCII bytes
			// (hasWordAt) or lower-casing runes (lowerHasPrefix): an ASCII
			// second byte must fold to DayWord's, and any byte of a
			// multi-byte rune may lower-case to it
			second = new(byteSet)
			for b := 0; b < 256; b++ {
				if b >= utf8.RuneSelf || foldLower(byte(b)) == l.DayWord[1] {
					second.add(byte(b))
				}
			}
		}
		l.addWordStart(c, second)
		l.addWordStart(foldByte(c), second)
	}
	l.wordTriples = new(letterTriples)
	for _, lx := range []*lexicon{l.months, l.ordPrefix, l.notNumbers, l.namedTimes} {
		if lx == nil {
			continue
		}
		for c := range 256 {
			for _, e := range lx.bucket(byte(c)).keys {
				// lexKey.equal compares a key past ASCII with
				// strings.EqualFold when it folds
				l.wordTriples.addKey(e.k, e.fold && !e.ascii)
			}
		}
	}
	if l.DayWord != "" {
		// viDate folds ASCII bytes (hasWordAt) or lower-cases the text's
		// runes (lowerHasPrefix): an ASCII byte of the text stands for
		// the same byte of DayWord, in either case
		l.wordTriples.addKey(l.DayWord, false)
	}
	lang := l.Lang
	l.spell = sync.OnceValue(func() *words.Filter { return words.FilterFor(lang) })
	l.spellPairs = sync.OnceValue(func() *spellStarts { return newSpellStarts(l.spell(), &l.wordStart, l.wordTriples) })
}

// letterTriples is a set of three-byte starts of words whose first two
// bytes are ASCII letters and whose third is ASCII or missing, in any
// case: bit k of t[c0&31][c1&31] stands for a third byte that is the
// letter of c2&31 == k (1 to 26), and bit 0 for one that is no letter, or
// for the end of the text. Indexing by the low five bits saves the
// lower-casing: 'A' and 'a' are both 1.
type letterTriples [32][32]uint32

// anyThird is every class of third byte, as letterTriples numbers them.
const anyThird = 1<<27 - 1

// thirdClass returns the bit of the third byte at s[i] of a word (or of
// its end, i == len(s)) in a row of letterTriples, or 0 past ASCII.
func thirdClass(s string, i int) uint32 {
	if i == len(s) {
		return 1
	}
	switch c := s[i]; {
	case c >= utf8.RuneSelf:
		return 0
	case asciiLetter(c):
		return 1 << (c & 31)
	}
	return 1
}

// foldsToASCII reports whether strings.EqualFold takes some ASCII letter
// for r (as k for the Kelvin sign).
func foldsToASCII(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			return true
		}
	}
	return false
}

// addKey adds the starts of the words a lexicon key k may match, in
// either case: a key shorter than three bytes leaves the bytes past it
// free. A byte of k past ASCII matches no ASCII byte of the text, unless
// foldRunes says k is compared with strings.EqualFold and its rune there
// folds to ASCII (the Kelvin sign to k, ſ to s): then every byte from
// there on is free.
func (t *letterTriples) addKey(k string, foldRunes bool) {
	var class [3]uint32 // the bits each of the first three bytes may have
	for p := 0; p < 3; p++ {
		switch {
		case p >= len(k):
			class[p] = anyThird
		case k[p] >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRuneInString(k[p:]); !foldRunes || !foldsToASCII(r) {
				return // no ASCII text is equal to it
			}
			for ; p < 3; p++ {
				class[p] = anyThird
			}
		case asciiLetter(k[p]):
			class[p] = 1 << (k[p] & 31)
		default:
			class[p] = 1 // no letter: no row has it as its first or second byte
		}
	}
	// the rows of the letters in class[0] and class[1] (one each, but for
	// a short key or one that folds past ASCII): bit 0, no letter, has no
	// row
	for m0 := class[0] &^ 1; m0 != 0; m0 &= m0 - 1 {
		for m1 := class[1] &^ 1; m1 != 0; m1 &= m1 - 1 {
			t[bits.TrailingZeros32(m0)][bits.TrailingZeros32(m1)] |= class[2]
		}
	}
}

// spellStarts holds words.Filter's first test (MayStartPair) on the raw
// bytes at a word start, so that most words of prose are turned away by
// one look-up, without a call. The filter tests the first two bytes of the
// lower-cased word; here they are read from the text as written.
type spellStarts struct {
	// ascii[c0] has bit c1 set when a word that starts with the ASCII
	// letter c0 followed by the byte c1 may pass the filter. A c1 past
	// ASCII is the first byte of the next rune: its bit is set when some
	// rune that starts with c1 lower-cases to a first byte the filter lets
	// through after c0 (see lowerStarts.lead).
	ascii [128]byteSet
	// first has bit r set when a word that starts with the rune r (past
	// ASCII, below leadLimit) may pass the filter: the first two bytes of
	// a rune of two bytes or more, lower-cased, are the filter's two.
	first [leadLimit / 64]uint64
	// either[c0] is ascii[c0] with the row of the locale's wordStart
	// table: a word whose first two bytes are not in it is turned away by
	// both tableWordAt and maySpell (see plainWord).
	either [128]byteSet
	// triples refines either for a word of ASCII letters on its third
	// byte: the filter's MayStartTriple and the starts of the keys behind
	// tableWordAt (see Locale.wordTriples). Most words of prose that start
	// like a number word or a table's key ("the" like "three", "des" like
	// "deux") are turned away there.
	triples letterTriples
}

// newSpellStarts builds the table of the filter f and of the locale's
// word-start tables. A nil filter lets nothing through, and neither does
// the table.
func newSpellStarts(f *words.Filter, wordStart *[256]*byteSet, tables *letterTriples) *spellStarts {
	t, low := new(spellStarts), lowerStartsTable()
	// second['a'..'z'] is the set of the filter's second bytes after b0:
	// a rune past ASCII may pass after b0 when one of the first bytes it
	// lower-cases to is in it (a test on four words, not on 256 bytes)
	var second [128]byteSet
	for b0 := byte('a'); b0 <= 'z'; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			if f.MayStartPair(b0, byte(b1)) {
				second[b0].add(byte(b1))
			}
		}
	}
	for c0 := byte('A'); c0 <= 'z'; c0++ {
		if !asciiLetter(c0) {
			continue
		}
		b0 := c0 | 0x20
		for c1 := 0; c1 < 256; c1++ {
			var may bool
			switch {
			case asciiLetter(byte(c1)):
				may = second[b0].has(byte(c1) | 0x20)
			case c1 < utf8.RuneSelf:
				may = second[b0].has(0) // a one-letter word
			default:
				lead := &low.lead[c1]
				may = lead[0]&second[b0][0]|lead[1]&second[b0][1]|lead[2]&second[b0][2]|lead[3]&second[b0][3] != 0
			}
			if may {
				t.ascii[c0].add(byte(c1))
			}
		}
	}
	for c0 := range t.either {
		t.either[c0] = t.ascii[c0]
		if row := wordStart[c0]; row != nil {
			for k := range row {
				t.either[c0][k] |= row[k]
			}
		}
	}
	t.triples = *tables
	for c0 := byte('a'); c0 <= 'z'; c0++ {
		for c1 := byte('a'); c1 <= 'z'; c1++ {
			row := &t.triples[c0&31][c1&31]
			if f.MayStartTriple(c0, c1, 0) {
				*row |= 1
			}
			for c2 := byte('a'); c2 <= 'z'; c2++ {
				if f.MayStartTriple(c0, c1, c2) {
					*row |= 1 << (c2 & 31)
				}
			}
		}
	}
	for r := rune(utf8.RuneSelf); r < leadLimit; r++ {
		// a rune that lower-cases to ASCII, or is no letter, is left to
		// the filter
		if p := low.pair[r]; p[0] < utf8.RuneSelf || f.MayStartPair(p[0], p[1]) {
			t.first[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}

// lowerStarts describes what the filter reads of the runes below leadLimit
// (see lowerStartsTable).
type lowerStarts struct {
	// lead[c], for a byte c past ASCII that starts a rune's encoding, is
	// the set of first bytes the filter may read for a rune that starts
	// with c: the lower-cased rune's first byte when it continues a word,
	// else 0 (the word ends there, as it does at an invalid byte). A byte
	// that leads runes past leadLimit may stand for anything.
	lead [256]byteSet
	// pair[r] holds the first two bytes of the rune r lower-cased when it
	// is a letter or combining mark and its lower case is not ASCII; else
	// zero bytes.
	pair [leadLimit][2]byte
}

// lowerStartsTable is built once, for every language's spellStarts.
var lowerStartsTable = sync.OnceValue(func() *lowerStarts {
	t := new(lowerStarts)
	for c := utf8.RuneSelf; c < 256; c++ {
		t.lead[c].add(0)
	}
	var buf, low [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < leadLimit; r++ {
		// the test of words.lowerRune: a letter or a combining mark
		// continues a word, lower-cased
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			continue
		}
		utf8.EncodeRune(buf[:], r)
		utf8.EncodeRune(low[:], unicode.ToLower(r))
		t.lead[buf[0]].add(low[0])
		if low[0] >= utf8.RuneSelf {
			t.pair[r] = [2]byte{low[0], low[1]}
		}
	}
	for c := leadLimitByte; c < 256; c++ {
		t.lead[c] = anyByte
	}
	return t
})

// leadLimit is the first rune lowerStarts does not look at, and
// leadLimitByte its first byte: every rune that starts with a lower byte
// is below it (the Latin, Greek, Cyrillic and Vietnamese letters and the
// General Punctuation block).
const (
	leadLimit     = 0x3000
	leadLimitByte = 0xE3
)

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// plainWord reports, by a look-up or two, that the word at s.src[i] (no
// digit, no joiner after it) is none of what wordAt reads: maySpell is
// false there, the readers tableWordAt lets through find nothing, and it
// is no Roman numeral romanPeriod reads. wordAt then returns the word's
// end at once, as it would after asking each of them. The first look-up
// reads two bytes (either); a word of ASCII letters that passes it is
// looked up again on its third byte (triples).
func (s *scanner) plainWord(i int) bool {
	src := s.src
	c0 := src[i]
	if c0 >= utf8.RuneSelf || i+1 >= len(src) || s.pairs == nil ||
		(c0 == 'I' || c0 == 'V' || c0 == 'X') && len(s.loc.romanAfter) > 0 {
		return false
	}
	c1 := src[i+1]
	if !s.pairs.either[c0].has(c1) {
		return true
	}
	if !asciiLetter(c1) {
		return false
	}
	k := thirdClass(src, i+2)
	return k != 0 && s.pairs.triples[c0&31][c1&31]&k == 0
}

// maySpell is s.spell.MayStart(s.src[i:]), answered from s.pairs when the
// filter's first test fails on the word's first two bytes or first rune.
func (s *scanner) maySpell(i int) bool {
	if s.pairs != nil {
		if c0 := s.src[i]; c0 < utf8.RuneSelf {
			if i+1 < len(s.src) && !s.pairs.ascii[c0].has(s.src[i+1]) {
				return false
			}
		} else if r, _ := decodeAt(s.src, i); r < leadLimit && s.pairs.first[r>>6]&(1<<(r&63)) == 0 {
			return false
		}
	}
	return s.spell.MayStart(s.src[i:])
}

// anyByte is the set of every byte.
var anyByte = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// addWordStart adds the second bytes in set to the word-start row of c.
func (l *Locale) addWordStart(c byte, set *byteSet) {
	row := l.wordStart[c]
	if row == &anyByte {
		return
	}
	if set == &anyByte {
		l.wordStart[c] = &anyByte
		return
	}
	if row == nil {
		row = new(byteSet)
		l.wordStart[c] = row
	}
	for k := range row {
		row[k] |= set[k]
	}
}

// mayStartWord reports whether the word at s.src[i] may start a date with
// a month name, a phrase that is not a number, a spelled-out number, a date
// with a day word or an ordinal with a prefix word. False means wordAt
// would find none of them there.
func (s *scanner) mayStartWord(i int) bool {
	return s.tableWordAt(i) || s.maySpell(i)
}

// tableWordAt reports whether the word at s.src[i] may start what the
// locale's tables read at a word start: a month name (monthFirstDate), a
// phrase that is not a number, a day word (viDate) or an ordinal prefix
// word (prefixOrdinal). False means none of them matches there.
func (s *scanner) tableWordAt(i int) bool {
	c := s.src[i]
	if row := s.loc.wordStart[c]; row != nil && (i+1 == len(s.src) || row.has(s.src[i+1])) {
		return true
	}
	if s.loc.dayFirst != 0 && c >= utf8.RuneSelf {
		// viDate lower-cases the text before comparing with DayWord
		if r, _ := utf8.DecodeRuneInString(s.src[i:]); unicode.ToLower(r) == s.loc.dayFirst {
			return true
		}
	}
	return false
}

// lowerHasPrefix reports whether strings.ToLower(t) starts with p, without
// building the lower-case string.
func lowerHasPrefix(t, p string) bool {
	var buf [utf8.UTFMax]byte
	k := 0
	for _, r := range t { // an invalid byte reads as U+FFFD, as in strings.ToLower
		if k >= len(p) {
			return true
		}
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		m := min(n, len(p)-k)
		if string(buf[:m]) != p[k:k+m] {
			return false
		}
		k += m
	}
	return k >= len(p)
}

// wordRun returns the end of the run of letters and digits starting at i,
// as wordEnd, and whether it holds an ASCII digit; tokenEnd agrees with it
// unless a joiner follows.
func (s *scanner) wordRun(i int) (end int, digits bool) {
	src := s.src
	// most words are ASCII letters: skip them eight at a time, then read
	// the byte that stopped the run (a space, a digit, a non-ASCII letter)
	// one by one below
	for i+8 <= len(src) {
		if m := nonLetters(runes.Load8(src, i)); m != 0 {
			i += bits.TrailingZeros64(m) >> 3
			break
		}
		i += 8
	}
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			case c >= '0' && c <= '9':
				digits = true
			default:
				return i, digits
			}
			i++
			continue
		}
		r, w := decodeAt(src, i)
		if !isWordRune(r) {
			break
		}
		i += w // other scripts' digits count as letters, as in tokenEnd
	}
	return i, digits
}

// nonLetters returns x with the high bit of each byte set that is not an
// ASCII letter and every other bit clear. Each byte, lower-cased (| 0x20)
// and without its high bit, is at least 'a' when adding 0x80-'a' sets its
// high bit, and past 'z' when adding 0x80-'z'-1 does; neither sum carries
// into the next byte.
func nonLetters(x uint64) uint64 {
	const hi, low7 = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	l := (x | 0x2020202020202020) & low7
	atLeastA := (l + 0x1f1f1f1f1f1f1f1f) & hi
	pastZ := (l + 0x0505050505050505) & hi
	return ^(atLeastA &^ pastZ &^ x) & hi
}

// isJoiner reports whether c joins the parts of a code-like token (see
// tokenEnd).
func isJoiner(c byte) bool { return c == '-' || c == '/' || c == '.' || c == '_' }
