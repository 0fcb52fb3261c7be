// Package runes reads runes in the scanners' hot loops faster than the
// standard library does for the text tally reads most: Latin and
// Vietnamese letters, two or three bytes long in UTF-8, and the Unicode
// properties of the runes below U+2100 from tables.
package runes

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// DecodeAt returns the rune at s[i] (i < len(s)) and its width, as
// utf8.DecodeRuneInString(s[i:]) does, invalid bytes included.
// utf8.DecodeRuneInString is fast for ASCII only: DecodeAt reads the two-
// and three-byte forms inline.
func DecodeAt(s string, i int) (rune, int) {
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

// TableSize is the number of runes a Table answers from its bits: the
// Latin, Greek, Cyrillic and Vietnamese letters (U+1EA0–U+1EF9) and the
// General Punctuation block (U+2000–U+206F: dashes, quotation marks).
const TableSize = 0x2100

// Table is a predicate on runes with its answers below TableSize in a bit
// set (1 kB) and the predicate itself for the rest.
type Table struct {
	bits [TableSize / 64]uint64
	f    func(rune) bool
}

// NewTable returns f's table.
func NewTable(f func(rune) bool) *Table {
	t := &Table{f: f}
	for r := rune(0); r < TableSize; r++ {
		if f(r) {
			t.bits[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}

// Has reports f(r).
func (t *Table) Has(r rune) bool {
	if uint32(r) < TableSize {
		return t.bits[r>>6]&(1<<(r&63)) != 0
	}
	return t.f(r)
}

// SameFold reports whether r and t are the same letter in any case: the
// same orbit of unicode.SimpleFold (r == t included). Below TableSize the
// orbit is named by its least member, from a table; an orbit may reach
// past TableSize (k and the Kelvin sign), so a rune past it takes the
// orbit walk.
func SameFold(r, t rune) bool {
	if r == t {
		return true
	}
	if uint32(r) < TableSize && uint32(t) < TableSize {
		return foldLeast[r] == foldLeast[t]
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f == t {
			return true
		}
	}
	return false
}

// foldLeast holds the least rune of each rune's unicode.SimpleFold orbit
// (at most the rune itself, so below TableSize).
var foldLeast = func() (t [TableSize]uint16) {
	for r := rune(0); r < TableSize; r++ {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		t[r] = uint16(least)
	}
	return t
}()

// Shared tables of the unicode predicates the scanners test most, built
// once for every package that reads runes.
var (
	Space  = NewTable(unicode.IsSpace)  // unicode.IsSpace
	Upper  = NewTable(unicode.IsUpper)  // unicode.IsUpper
	Letter = NewTable(unicode.IsLetter) // unicode.IsLetter
	Latin  = NewTable(func(r rune) bool { return unicode.Is(unicode.Latin, r) })
)

// Load8 returns the eight bytes at s[i:], the first in the low byte (the
// compiler makes it one load): the word of a scanner's eight-bytes-at-a-
// time skip over plain text.
func Load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// SkipASCII returns the index of the first byte at or after i that is not
// ASCII (its high bit set), or len(s): eight bytes at a time, then to the
// byte.
func SkipASCII(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := Load8(s, i) & 0x8080808080808080; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return i
}
