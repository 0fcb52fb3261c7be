// Package words reads numbers written out in words — cardinals, ordinals,
// fractions, multipliers and collective words such as "dozen" — in each
// language tally supports: en, de, nl, fr, es, it, pt, vi.
//
// Match reads at the start of a string and returns an exact decimal:
//
//	lang  input                          read as                        value  kind
//	en    "one hundred and five"         all                            105    Cardinal
//	en    "two million"                  "two" (scales are the caller's)  2     Cardinal
//	en    "two thirds"                   all                            0.666666666667 Fraction
//	de    "einhundertfünfundzwanzig"     all                            125    Cardinal
//	de    "dreiundzwanzigsten"           all                            23     Ordinal
//	de    "Zweifel"                      no match
//	fr    "quatre-vingt-dix-sept"        all                            97     Cardinal
//	es    "vigésimo tercero"             all                            23     Ordinal
//	it    "duemiladiciannove"            all                            2019   Cardinal
//	vi    "một trăm lẻ năm"              all                            105    Cardinal
//	en    "a house"                      "a"                            1      Cardinal, Weak
//	en    "one and a half"               all                            1.5    Cardinal
//
// Mixed numbers (one and a half, eineinhalb, anderhalf) are Cardinal; a
// number before a collective multiplies it (two dozen = 24, Collective).
//
// Each language is a table of words in its own file (en.go, de.go, …) in a
// small text format (see parseData), compiled on first use into a byte trie.
// Languages that write numbers as one word (de, nl, it) split each word into
// morphemes; a word that does not split completely is not a number. A small
// greedy grammar (parse.go) composes the entries, and the longest reading
// that ends at a word boundary wins. A failed match on an ordinary word
// stops at the trie root or after a few bytes and allocates nothing.
//
// A caller that tries Match at every word start can ask FilterFor(lang)
// first: its MayStart turns most words away on their first two bytes, and
// is never false where Match would find a number.
package words

// This file is the contract between numbers/words and numbers/. Add; do not rename.

import (
	"strconv"

	"github.com/cockroachdb/apd/v3"
)

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

// String returns the kind's name: "cardinal", "ordinal", ...
func (k Kind) String() string {
	switch k {
	case Cardinal:
		return "cardinal"
	case Ordinal:
		return "ordinal"
	case Fraction:
		return "fraction"
	case Multiplier:
		return "multiplier"
	case Collective:
		return "collective"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

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
