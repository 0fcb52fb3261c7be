package corpus

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/tally-qa/tally/internal/runes"
)

// foldName appends s lower-cased, without diacritics and without what is not
// a letter: "Quảng" → "quang", "People's" → "peoples", "Đồng" → "dong".
// It is foldNameNFD by table lookups for the runes names are written with
// in tally's languages, and foldNameNFD itself for any other text.
func foldName(buf []byte, s string) []byte {
	start := len(buf)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				buf = append(buf, c)
			case c >= 'A' && c <= 'Z':
				buf = append(buf, c+'a'-'A')
			}
			i++
			continue
		}
		r, n := runes.DecodeAt(s, i)
		switch {
		case r >= nameLatinLo && r < nameLatinHi:
			buf = append(buf, nameFoldTable[r-nameLatinLo]...)
		case r >= nameExtLo && r < nameExtHi:
			buf = append(buf, nameFoldTable[nameLatinHi-nameLatinLo+r-nameExtLo]...)
		default: // another script, a combining mark on its own, invalid UTF-8
			return foldNameNFD(buf[:start], s)
		}
		i += n
	}
	return buf
}

// foldNameNFD is foldName by its definition: decompose (NFD), drop the
// non-spacing marks, write đ and Đ as d, keep the letters lower-cased.
// Decomposing allocates, and names are folded for every capitalised word
// inside a sentence: a tenth of content grouping's token scan on German
// and Vietnamese articles.
func foldNameNFD(buf []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case r == 'đ' || r == 'Đ':
			buf = append(buf, 'd')
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// The Latin letters past ASCII that names in tally's languages are
// written with: Latin-1 Supplement and Latin Extended-A and -B
// (U+0080–U+024F), and Latin Extended Additional (U+1E00–U+1EFF,
// Vietnamese). As internal/fold relies on too, every rune there is a
// starter (canonical combining class 0) whose decomposition is itself plus
// non-spacing marks, so the NFD of a text made of ASCII and these runes is
// the concatenation of the runes' own decompositions, and foldNameNFD of
// the text the concatenation of foldNameNFD of each rune
// (TestFoldNameTable checks it on every pair). nameFoldTable holds those
// per-rune results, worked out by foldNameNFD itself once.
const (
	nameLatinLo, nameLatinHi = 0x80, 0x250
	nameExtLo, nameExtHi     = 0x1E00, 0x1F00
)

var nameFoldTable = func() []string {
	t := make([]string, 0, (nameLatinHi-nameLatinLo)+(nameExtHi-nameExtLo))
	for _, rng := range [][2]rune{{nameLatinLo, nameLatinHi}, {nameExtLo, nameExtHi}} {
		for r := rng[0]; r < rng[1]; r++ {
			t = append(t, string(foldNameNFD(nil, string(r))))
		}
	}
	return t
}()
