// Package words reads numbers written out in words — cardinals, ordinals,
// fractions, multipliers and collective words such as "dozen" — in each
// language tally supports.
package words

// This file is the contract between numbers/words and numbers/. Add; do not rename.

import "github.com/cockroachdb/apd/v3"

// Kind says what sort of number word a Result is.
type Kind int

// The kinds of number word.
const (
	Cardinal   Kind = iota // zehn, twenty-three, quatre-vingt-dix
	Ordinal                // fünfzehnte, fifteenth, quinzième
	Fraction               // half, ein Drittel, un quart (Value is the fraction, rounded to 12 significant digits when not exact)
	Multiplier             // twice, doppelt, double
	Collective             // dozen, decade (Value is the count: 12, 10)
)

// Result is a spelled-out number read at the start of a string.
type Result struct {
	Value apd.Decimal
	Len   int  // bytes of the input consumed, ending at a word boundary
	Kind  Kind // cardinal, ordinal, ...
	// Weak is set when the words are as often not a number at all: "one of
	// the", "ein Mann", "un", "une", "a". The caller keeps a weak result only
	// where context makes it a number (a unit, a scale word, a comparison).
	Weak bool
}

// Match reads the longest spelled-out number at the start of s, in language
// lang (a base language code: "en", "de", "nl", "fr", "es", "it", "pt", "vi").
// s must start at a word boundary; case is ignored. ok is false when s does
// not start with a number word of lang.
//
// The longest reading wins and always ends at a word boundary: "tenant" and
// "Zweifel" are not numbers, "twenty-three" is 23, "two million" reads "two"
// only (scale words are the caller's). Unknown languages never match.
func Match(lang, s string) (r Result, ok bool) {
	i := langIndex(lang)
	if i < 0 || compiled[i] == nil {
		return Result{}, false
	}
	return match(compiled[i](), s)
}
