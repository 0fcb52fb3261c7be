package document

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/tally-qa/tally/internal/runes"
)

// toNFC is norm.NFC.String(s). Nearly every paragraph is in NFC already,
// and norm proves it rune by rune through its tables; toNFC first checks
// the runes against nfcInert, by table lookup, and calls norm only when one
// is not in it (a paragraph's NFC check was a fifth of reading a file).
func toNFC(s string) string {
	for k := runes.SkipASCII(s, 0); k < len(s); k = runes.SkipASCII(s, k) {
		r, size := runes.DecodeAt(s, k)
		if r >= nfcInertSize || !nfcInert[r] { // also invalid UTF-8: RuneError is above the table
			return norm.NFC.String(s)
		}
		k += size
	}
	return s
}

// nfcInertSize covers Latin, Greek, Cyrillic and Vietnamese (U+1EA0–U+1EF9),
// and the General Punctuation and currency blocks up to U+20FF: curly
// quotes, dashes, U+202F and € are in most press texts, and a paragraph
// with one of them was normalised by norm while it was past the table.
const nfcInertSize = runes.TableSize

// nfcInert marks the runes below nfcInertSize that NFC leaves as they are
// whatever stands around them: starters (combining class 0) that do not
// combine with a character before them (what BoundaryBefore says) and are
// NFC on their own. A text of ASCII and such runes is in NFC: no rune can
// be reordered or composed with its neighbour. Decided by norm itself,
// once.
var nfcInert = func() (t [nfcInertSize]bool) {
	for r := rune(utf8.RuneSelf); r < nfcInertSize; r++ {
		s := string(r)
		t[r] = norm.NFC.PropertiesString(s).BoundaryBefore() && norm.NFC.IsNormalString(s)
	}
	return t
}()
