package document

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// toNFC must give norm's answer for every rune of its table, alone, after
// a letter and before a combining mark or a Hangul vowel.
func TestToNFCSameAsNorm(t *testing.T) {
	t.Parallel()
	for r := rune(0); r < nfcInertSize+0x100; r++ {
		for _, s := range []string{string(r), "a" + string(r), string(r) + "\u0301", string(r) + "\u0323\u0302",
			"\u1100" + string(r), string(r) + "\u1161", "ệ" + string(r) + "x", "e\u0301" + string(r)} {
			if got, want := toNFC(s), norm.NFC.String(s); got != want {
				t.Fatalf("toNFC(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "Quảng Ninh", "Quan\u0309g Ninh", "\xff\xfe", "Ω Å K"} {
		if got, want := toNFC(s), norm.NFC.String(s); got != want {
			t.Errorf("toNFC(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestToNFCLongASCII: a rune to normalise after, inside and before runs of
// ASCII of every length around the eight bytes toNFC steps over at once.
func TestToNFCLongASCII(t *testing.T) {
	t.Parallel()
	for n := 0; n < 40; n++ {
		a := strings.Repeat("x", n)
		for _, s := range []string{a + "e\u0301", "e\u0301" + a, a + "ä" + a + "\u212b" + a, a + "\xff" + a, a + "“" + a} {
			if got, want := toNFC(s), norm.NFC.String(s); got != want {
				t.Fatalf("toNFC(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
