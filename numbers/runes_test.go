package numbers

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/masktest"
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
	nonLetter := func(x byte) bool { return !(x >= 'a' && x <= 'z' || x >= 'A' && x <= 'Z') }
	masktest.Check(t, "nonLetters", nonLetters, nonLetter, 'a', 'Z', ' ', 0xff, '0')
}
