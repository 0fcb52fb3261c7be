package numbers

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/runes"
)

// TestLetterTable: isLetter answers as unicode.IsLetter.
func TestLetterTable(t *testing.T) {
	for r := rune(-1); r < wordRuneTableSize+256; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
	}
	for _, r := range []rune{utf8.RuneError, 0x10FFFF, 0x110000, 0x4E00} {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
	}
}

// TestNonLetters compares nonLetters with a byte-by-byte test on every byte
// in every lane.
func TestNonLetters(t *testing.T) {
	for c := 0; c < 256; c++ {
		for lane := 0; lane < 8; lane++ {
			for _, fill := range []byte{'a', 'Z', ' ', 0xff, '0'} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[lane] = byte(c)
				var want uint64
				for k, x := range b {
					if !(x >= 'a' && x <= 'z' || x >= 'A' && x <= 'Z') {
						want |= 0x80 << (8 * k)
					}
				}
				if got := nonLetters(runes.Load8(string(b[:]), 0)); got != want {
					t.Fatalf("nonLetters(%q) = %#x, want %#x", b, got, want)
				}
			}
		}
	}
}
