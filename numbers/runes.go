package numbers

import (
	"unicode"
	"unicode/utf8"
)

// The scanner decodes a rune at every non-ASCII byte of a word it walks,
// and in Vietnamese, French or Portuguese prose that is most words.
// utf8.DecodeRuneInString is fast for ASCII only: decodeAt below reads the
// two- and three-byte forms that Latin and Vietnamese letters take inline.

// decodeAt returns the rune at s[i] and its width,
// as utf8.DecodeRuneInString(s[i:]) does, invalid bytes included.
func decodeAt(s string, i int) (rune, int) {
	c0 := s[i]
	switch {
	case c0 >= 0xC2 && c0 <= 0xDF: // two bytes: U+0080–U+07FF
		if i+1 < len(s) {
			if c1 := s[i+1]; c1&0xC0 == 0x80 {
				return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
			}
		}
	case c0 >= 0xE1 && c0 <= 0xEC || c0 >= 0xEE: // three bytes, U+1000–U+CFFF and U+E000–U+FFFF
		// E0 (overlong forms), ED (surrogates) and the four-byte leads
		// F0–F4 have rules of their own: left to the library
		if c0 <= 0xEF && i+2 < len(s) {
			if c1, c2 := s[i+1], s[i+2]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isLetter is unicode.IsLetter with a table for the runes below
// wordRuneTableSize.
func isLetter(r rune) bool {
	if r >= 0 && r < wordRuneTableSize {
		return letterTable[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r)
}

// letterTable has bit r set when rune r < wordRuneTableSize is a letter.
var letterTable = func() (t [wordRuneTableSize / 64]uint64) {
	for r := rune(0); r < wordRuneTableSize; r++ {
		if unicode.IsLetter(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()
