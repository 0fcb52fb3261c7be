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
		for c := range lx.first {
			b := &lx.first[c]
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
	lang := l.Lang
	l.spell = sync.OnceValue(func() *words.Filter { return words.FilterFor(lang) })
	l.spellPairs = sync.OnceValue(func() *asciiPairs {
		f, pairs := l.spell(), new(asciiPairs)
		for c0 := byte('A'); c0 <= 'z'; c0++ {
			for c1 := byte('A'); c1 <= 'z'; c1++ {
				if asciiLetter(c0) && asciiLetter(c1) && f.MayStartPair(c0|0x20, c1|0x20) {
					pairs[c0][c1>>6] |= 1 << (c1 & 63)
				}
			}
		}
		return pairs
	})
}

// asciiPairs has bit c1 of row c0 set when a word that starts with the
// ASCII letters c0 c1 may be a spelled-out number (words.Filter's first
// test, on the raw bytes: most words of Latin-script prose are turned away
// by one look-up, without a call).
type asciiPairs [128][2]uint64

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// maySpell is s.spell.MayStart(s.src[i:]), answered from s.pairs when the
// word starts with two ASCII letters and the filter's first test fails.
func (s *scanner) maySpell(i int) bool {
	if i+1 < len(s.src) && s.pairs != nil {
		if c0, c1 := s.src[i], s.src[i+1]; asciiLetter(c0) && asciiLetter(c1) && s.pairs[c0][c1>>6]&(1<<(c1&63)) == 0 {
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
