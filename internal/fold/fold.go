// Package fold removes diacritics so that a name or reference written with
// them ("Quảng Ninh", "17/QĐ-UBND") meets the same one written without
// ("Quang Ninh", "17/QD-UBND"), as translations into English write them.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Marks returns s without combining marks, with đ and Đ written d and D
// (they do not decompose). Case is kept; ASCII text is returned as is.
func Marks(s string) string {
	ascii := true
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	if out, ok := latinMarks(s); ok {
		return out
	}
	return slowMarks(s)
}

// slowMarks is Marks by the definition: decompose (NFD), drop the
// non-spacing marks, write đ and Đ as d and D.
func slowMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// The Latin letters that names and codes in tally's languages are written
// with: Latin-1 Supplement and Latin Extended-A and -B (U+0080–U+024F), and
// Latin Extended Additional (U+1E00–U+1EFF, Vietnamese). Every rune there
// is a starter (canonical combining class 0) whose decomposition is itself
// plus non-spacing marks, so the NFD of a text made of ASCII and these runes
// is the concatenation of the runes' own decompositions, and slowMarks of
// the text is the concatenation of slowMarks of each rune. latinTable holds
// those per-rune results, worked out by slowMarks itself once.
const (
	latinLo, latinHi = 0x80, 0x250
	extLo, extHi     = 0x1E00, 0x1F00
)

var latinTable = func() []string {
	t := make([]string, (latinHi-latinLo)+(extHi-extLo))
	for r := rune(latinLo); r < latinHi; r++ {
		t[r-latinLo] = slowMarks(string(r))
	}
	for r := rune(extLo); r < extHi; r++ {
		t[latinHi-latinLo+r-extLo] = slowMarks(string(r))
	}
	return t
}()

// latinMarks is Marks by table lookups for a text of ASCII and the Latin
// runes of latinTable (false for any other text: a combining mark written
// on its own, another script, invalid UTF-8). It costs a tenth of the
// normalisation it saves, and names are folded for every pair of
// capitalised words of every paragraph.
func latinMarks(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for k := 0; k < len(s); {
		c := s[k]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		switch {
		case r >= latinLo && r < latinHi:
			b.WriteString(latinTable[r-latinLo])
		case r >= extLo && r < extHi:
			b.WriteString(latinTable[latinHi-latinLo+r-extLo])
		default:
			return "", false
		}
		k += size
	}
	return b.String(), true
}
