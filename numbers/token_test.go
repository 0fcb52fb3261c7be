package numbers

import (
	"testing"
	"unicode/utf8"
)

// tokenEndByRunes is tokenEnd decoding every byte that is not an ASCII
// letter as a rune, as it was written before it read ASCII inline: the
// reference tokenEnd must agree with.
func tokenEndByRunes(src string, i int) (end int, letters, digits bool) {
	j := i
	for j < len(src) {
		if c := src[j]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			letters = true
			j++
			continue
		}
		r, w := decodeAt(src, j)
		if isWordRune(r) {
			if r >= '0' && r <= '9' {
				digits = true
			} else {
				letters = true
			}
			j += w
			continue
		}
		if (r == '-' || r == '/' || r == '.' || r == '_') && j+1 < len(src) {
			nr, _ := utf8.DecodeRuneInString(src[j+1:])
			if isWordRune(nr) {
				j++
				continue
			}
		}
		break
	}
	return j, letters, digits
}

// checkTokenEnd compares tokenEnd with tokenEndByRunes at every byte of
// text.
func checkTokenEnd(t *testing.T, text string) {
	t.Helper()
	s := &scanner{src: text}
	for i := range len(text) {
		e, l, d := s.tokenEnd(i)
		we, wl, wd := tokenEndByRunes(text, i)
		if e != we || l != wl || d != wd {
			t.Fatalf("tokenEnd(%q, %d) = %d, %v, %v; by runes %d, %v, %v", text, i, e, l, d, we, wl, wd)
		}
	}
}

// TestTokenEndAgreesWithRunes runs checkTokenEnd on tokens of every sort
// and on propertyTexts.
func TestTokenEndAgreesWithRunes(t *testing.T) {
	for _, text := range []string{
		"QL18", "QL-18", "17-NQ/TU", "1.2.3", "5_000", "a_b", "2019-2024", "5-", "5-.", "x/", "٣٤٥-٦", "Ω5-ü",
		"12\xff34", "\xe2\x80", "3–4", "4.000-Milliarden-Paket", "DT.550,", "1/2/3/", "ngày5", "_", "-",
	} {
		checkTokenEnd(t, text)
	}
	for _, text := range propertyTexts(t) {
		checkTokenEnd(t, text)
	}
}

// FuzzTokenEnd: on any text, tokenEnd agrees with tokenEndByRunes.
func FuzzTokenEnd(f *testing.F) {
	fuzzShort(f, []string{"QL-18 17-NQ/TU", "12\xff34 ٣٤٥-٦", "5_000/ü"}, checkTokenEnd)
}
