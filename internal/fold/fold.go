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
