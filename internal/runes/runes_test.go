package runes

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestDecodeAt compares DecodeAt with utf8.DecodeRuneInString on every
// sequence of up to three bytes that starts with a non-ASCII byte, alone
// and before more text, and on every ASCII byte.
func TestDecodeAt(t *testing.T) {
	check := func(s string) {
		r, w := DecodeAt(s, 0)
		wr, ww := utf8.DecodeRuneInString(s)
		if r != wr || w != ww {
			t.Fatalf("DecodeAt(%q) = %U/%d, want %U/%d", s, r, w, wr, ww)
		}
	}
	var b [4]byte
	for c0 := 0; c0 < 0x100; c0++ {
		b[0] = byte(c0)
		check(string(b[:1]))
		if c0 < utf8.RuneSelf {
			continue
		}
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
	if r, w := DecodeAt("ab\u1ec7", 2); r != 'ệ' || w != 3 {
		t.Errorf("DecodeAt at 2 = %U/%d", r, w)
	}
}

// TestTable: a table answers as its predicate, in and past its bits.
func TestTable(t *testing.T) {
	for _, f := range []func(rune) bool{unicode.IsLetter, unicode.IsUpper, unicode.IsPunct} {
		tab := NewTable(f)
		for r := rune(-2); r < TableSize+512; r++ {
			if tab.Has(r) != f(r) {
				t.Fatalf("Has(%U) = %v", r, tab.Has(r))
			}
		}
		for _, r := range []rune{utf8.RuneError, 0x4E00, 0x10FFFF, 0x110000, -1 << 31} {
			if tab.Has(r) != f(r) {
				t.Fatalf("Has(%U) = %v", r, tab.Has(r))
			}
		}
	}
}

// TestSameFold compares SameFold with the walk of unicode.SimpleFold's
// orbit on every pair of runes in an orbit with a rune below TableSize,
// and on neighbours.
func TestSameFold(t *testing.T) {
	walk := func(r, u rune) bool {
		if r == u {
			return true
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f == u {
				return true
			}
		}
		return false
	}
	for r := rune(0); r < TableSize+64; r++ {
		others := []rune{r + 1, r - 1, r + 32, r - 32, 0x212A, 0x212B, 0x2126, 0x1E9E, 0x10400}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			others = append(others, f)
		}
		for _, u := range others {
			if SameFold(r, u) != walk(r, u) || SameFold(u, r) != walk(u, r) {
				t.Fatalf("SameFold(%U, %U) = %v, want %v", r, u, SameFold(r, u), walk(r, u))
			}
		}
	}
}

// TestSharedTables: the shared tables answer as their predicates.
func TestSharedTables(t *testing.T) {
	for name, c := range map[string]struct {
		tab *Table
		f   func(rune) bool
	}{
		"Space":  {Space, unicode.IsSpace},
		"Upper":  {Upper, unicode.IsUpper},
		"Letter": {Letter, unicode.IsLetter},
		"Latin":  {Latin, func(r rune) bool { return unicode.Is(unicode.Latin, r) }},
	} {
		for r := rune(-2); r < TableSize+512; r++ {
			if c.tab.Has(r) != c.f(r) {
				t.Fatalf("%s.Has(%U) = %v", name, r, c.tab.Has(r))
			}
		}
		for _, r := range []rune{utf8.RuneError, 0x3000, 0x4E00, 0x10FFFF, 0x110000} {
			if c.tab.Has(r) != c.f(r) {
				t.Fatalf("%s.Has(%U) = %v", name, r, c.tab.Has(r))
			}
		}
	}
}

// SkipASCII must stop at the first byte with its high bit set, wherever it
// is in an eight-byte word, or at the end.
func TestSkipASCII(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		s    string
		from int
		want int
	}{
		{"", 0, 0},
		{"abc", 0, 3},
		{"abcdefghijklmnop", 0, 16},
		{"abcdefghijklmnop", 5, 16},
		{"é", 0, 0},
		{"abcdefgé", 0, 7},
		{"abcdefghé", 0, 8},
		{"abcdefghijklmnoé", 0, 15},
		{"abcdefghijklmnopqé", 0, 17},
		{"aébcdefghijk", 1, 1},
		{"aébcdefghijk", 2, 2}, // the second byte of é has its high bit set
		{"aébcdefghijk", 3, 13},
		{"abc\x80", 0, 3},
	} {
		if got := SkipASCII(c.s, c.from); got != c.want {
			t.Errorf("SkipASCII(%q, %d) = %d, want %d", c.s, c.from, got, c.want)
		}
	}
}
