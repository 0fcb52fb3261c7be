package corpus

import (
	"testing"
	"unicode/utf8"
)

// TestFoldNameTable checks the premise of nameFoldTable: over ASCII and the
// table's runes, foldNameNFD of a pair is the concatenation of foldNameNFD
// of each; and foldName answers as foldNameNFD on every rune alone, before
// and after a table rune, and on texts that take the slow path.
func TestFoldNameTable(t *testing.T) {
	var rs []rune
	for r := rune(0); r < nameExtHi; r++ {
		if r < nameLatinHi || r >= nameExtLo {
			rs = append(rs, r)
		}
	}
	one := map[rune]string{}
	for _, r := range rs {
		one[r] = string(foldNameNFD(nil, string(r)))
	}
	if testing.Short() {
		rs = rs[:300]
	}
	var buf []byte
	for _, a := range rs {
		for _, b := range rs {
			buf = foldNameNFD(buf[:0], string([]rune{a, b}))
			if string(buf) != one[a]+one[b] {
				t.Fatalf("foldNameNFD(%q) = %q, want %q", string([]rune{a, b}), buf, one[a]+one[b])
			}
		}
	}
	check := func(s string) {
		t.Helper()
		got, want := foldName([]byte("x"), s), foldNameNFD([]byte("x"), s)
		if string(got) != string(want) {
			t.Fatalf("foldName(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		check(string(r))
		check("Ả" + string(r) + "ng")
		check(string(r) + "\u0301")
	}
	for _, s := range []string{"Quảng", "People's", "Đồng", "ĐÀ NẴNG", "Ærø", "İstanbul", "a\u0301b", "Ω1", "\xff", "x\xe1\xbb", "ǅemal", ""} {
		check(s)
	}
	if !utf8.ValidString(string(foldName(nil, "\xffAb"))) {
		t.Error("invalid UTF-8 kept")
	}
}
