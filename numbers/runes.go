package numbers

import (
	"unicode"

	"github.com/tally-qa/tally/internal/runes"
)

// decodeAt returns the rune at s[i] and its width, as
// utf8.DecodeRuneInString(s[i:]) does: the scanner decodes a rune at every
// non-ASCII byte of a word it walks, and in Vietnamese, French or
// Portuguese prose that is most words (see runes.DecodeAt).
func decodeAt(s string, i int) (rune, int) { return runes.DecodeAt(s, i) }

// isLetter is unicode.IsLetter by table.
func isLetter(r rune) bool { return letters.Has(r) }

var letters = runes.NewTable(unicode.IsLetter)
