package numbers

// This file holds the scanner's tests of bytes and runes: decoding, letter
// classes, and words or keys written at a position.

import (
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/runes"
)

// decodeAt returns the rune at s[i] and its width, as
// utf8.DecodeRuneInString(s[i:]) does: the scanner decodes a rune at every
// non-ASCII byte of a word it walks, and in Vietnamese, French or
// Portuguese prose that is most words (see runes.DecodeAt).
func decodeAt(s string, i int) (rune, int) { return runes.DecodeAt(s, i) }

// isLetter is unicode.IsLetter by table: the one internal/runes builds for
// every package, not a second one of its own.
func isLetter(r rune) bool { return runes.Letter.Has(r) }

// hasAt reports whether t is written at s[i:]. The first bytes are
// compared before the strings: most calls fail on them, without a call to
// compare memory.
func hasAt(s string, i int, t string) bool {
	return len(s)-i >= len(t) && (len(t) == 0 || s[i] == t[0]) && s[i:i+len(t)] == t
}

// lastRune returns the rune that ends at s[j] and its width, as
// utf8.DecodeLastRuneInString(s[:j]) does, reading an ASCII byte without
// the call: clauseHas walks back over the words of a clause a byte at a
// time.
func lastRune(s string, j int) (rune, int) {
	if c := s[j-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:j])
}

// wordIn returns the length of the first of words written as a whole word
// at s[i:], or 0: the tables' short lists of joining words ("and a half",
// "so với", "naar"…).
func wordIn(s string, i int, words []string) int {
	for _, w := range words {
		if hasWordAt(s, i, w) {
			return len(w)
		}
	}
	return 0
}

// hasWordAt reports whether the word w is at s[i:], followed by a boundary.
func hasWordAt(s string, i int, w string) bool {
	if len(s)-i < len(w) || !equalFoldASCII(s[i:i+len(w)], w) {
		return false
	}
	if i+len(w) < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i+len(w):])
		return !isWordRune(r)
	}
	return true
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if foldLower(a[i]) != foldLower(b[i]) {
			return false
		}
	}
	return true
}

func foldLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}
