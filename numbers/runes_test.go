package numbers

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestDecodeAt compares decodeAt with utf8.DecodeRuneInString on every
// sequence of up to three bytes that starts with a non-ASCII byte, alone
// and before more text.
func TestDecodeAt(t *testing.T) {
	check := func(s string) {
		r, w := decodeAt(s, 0)
		wr, ww := utf8.DecodeRuneInString(s)
		if r != wr || w != ww {
			t.Fatalf("decodeAt(%q) = %U/%d, want %U/%d", s, r, w, wr, ww)
		}
	}
	var b [4]byte
	for c0 := 0x80; c0 < 0x100; c0++ {
		b[0] = byte(c0)
		check(string(b[:1]))
		for c1 := 0; c1 < 0x100; c1++ {
			b[1] = byte(c1)
			check(string(b[:2]))
			for c2 := 0; c2 < 0x100; c2++ {
				b[2] = byte(c2)
				check(string(b[:3]))
				b[3] = 'x'
				check(string(b[:4]))
			}
		}
	}
}

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
				if got := nonLetters(load8(string(b[:]), 0)); got != want {
					t.Fatalf("nonLetters(%q) = %#x, want %#x", b, got, want)
				}
			}
		}
	}
}
