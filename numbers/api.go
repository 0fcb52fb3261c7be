package numbers

// This file is the contract between numbers/ and the rest of tally
// (check/, align/, corpus grouping). Add to it; do not rename.

import (
	"github.com/cockroachdb/apd/v3"
	"golang.org/x/text/language"
)

// Kind says what sort of numeric fact a Fact is.
type Kind string

// The kinds of numeric fact.
const (
	Number       Kind = "number"           // a plain count or amount: 68, 43.000, zehn, 4 Billionen
	Percent      Kind = "percent"          // 100 %, 83.79 percent
	PercentPoint Kind = "percentage_point" // 2 percentage points, 2 Prozentpunkte
	PerMille     Kind = "permille"         // 5 ‰, 5 Promille
	Money        Kind = "money"            // 4.000 Milliarden VND, $5, 3 Euro
	Quantity     Kind = "quantity"         // a number with a unit: 18,27 km, 5 ha
	Ordinal      Kind = "ordinal"          // 15th, 15., fünfzehnte
	Year         Kind = "year"             // 2019 standing alone as a year
	Date         Kind = "date"             // August 5, 2019; 5. August 2019; 05.08.2019
	Time         Kind = "time"             // 14:30, 2 p.m.
	Range        Kind = "range"            // 2019-2024, 2019 bis 2024 (Low and High set); a range of dates: March 3-5, 2025 (ISO set, see DateRange)
	Code         Kind = "code"             // 17-NQ/TU, DT.550: compared verbatim
)

// Qualifier is the canonical form of a word that bounds or blurs a value:
// "more than 200", "mehr als 200".
type Qualifier string

// The qualifiers, whatever the language they were written in.
const (
	NoQualifier Qualifier = ""
	MoreThan    Qualifier = "more_than"
	AtLeast     Qualifier = "at_least"
	LessThan    Qualifier = "less_than"
	AtMost      Qualifier = "at_most"
	About       Qualifier = "about"
	Nearly      Qualifier = "nearly"
	UpTo        Qualifier = "up_to"
)

// Fact is one numeric fact read from a paragraph in the paragraph's language.
// Values are exact decimals (apd), never float64: "83,79 Millionen" has
// Value 83790000 (coefficient 8379, exponent 4).
type Fact struct {
	Kind      Kind         // what sort of fact
	Text      string       // the span as written, e.g. "83.790 Millionen VND"
	Offset    int          // byte offset of Text in the paragraph
	End       int          // byte offset just past Text
	Value     apd.Decimal  // the value with the scale applied; for a Range, Low; for a Date, see ISO
	Alt       *apd.Decimal // the other reading when the separators are ambiguous or non-standard (nil if none)
	Low, High *apd.Decimal // the two ends of a Range
	ISO       string       // ISO 8601 form of a Date ("2019-08-05") or Time ("14:30"); for a range of dates the interval "2025-03-03/2025-03-05" (Low, High nil)
	Unit      string       // canonical unit or currency: "VND", "USD", "EUR", "km", "%" ...
	Scale     string       // the scale word as written: "Millionen", "billion", "Mrd."
	Qualifier Qualifier    // more than, about, ...
	Spelled   bool         // written in words ("zehn", "ten")
	Notes     []string     // reading remarks, e.g. "English separators in German text"

	// ScaleExp is the power of ten of Scale (9 for "Milliarden"), 0 without
	// a scale word. Format mirrors it.
	ScaleExp int
	// ISOChoices holds both readings of a numeric date whose day/month order
	// the language does not fix (English "05/08/2019"); ISO is then "".
	ISOChoices []string
	// Lang is the base language the fact was read in ("de").
	Lang string
	// Per is what the figure is counted per when a slash follows its unit:
	// "person/year" in "83.79 million VND/person/year". It is kept for
	// display and not compared.
	Per string
}

// DateRange returns the first and last day of a range of dates ("from
// March 3 to 5, 2025", "du 3 au 5 mars 2025") in ISO form ("2025-03-03",
// "2025-03-05"; without a year "--03-03"), and false for any other fact.
// Such a fact has Kind Range, ISO set to the interval "from/to" and Low,
// High nil; Key is the interval. A year written once belongs to both days.
func (f Fact) DateRange() (from, to string, ok bool) { return dateRange(&f) }

// Extract returns every numeric fact in text read in the conventions of tag,
// ordered by Offset. It never fails: what cannot be read is not a fact.
func Extract(text string, tag language.Tag) []Fact { return extract(text, tag) }

// Supported reports whether numbers has tables for tag's language.
func Supported(tag language.Tag) bool { return localeFor(tag) != nil }

// Languages lists the languages numbers can read, as base tags.
func Languages() []language.Tag { return languages() }

// Cause names why two facts that should agree do not.
type Cause string

// The causes Compare can name.
const (
	Same               Cause = ""                  // they agree
	SeparatorConfusion Cause = "separator"         // 83.790 read as 83790 where 83.79 was meant (x1000 or /1000)
	ScaleFalseFriend   Cause = "scale_word"        // billion (10^9) rendered as Billion (10^12)
	DigitChanged       Cause = "digit_changed"     // 1.197 vs 1.179
	Transposition      Cause = "transposition"     // 1.197 vs 1.917
	UnitChanged        Cause = "unit_changed"      // same number, other unit or currency
	QualifierChanged   Cause = "qualifier_changed" // more than 200 vs 200
	RangeEndChanged    Cause = "range_end"         // 2019-2024 vs 2019-2025
	DayMonthSwapped    Cause = "day_month_swapped" // 05/08 vs 08/05
	KindChanged        Cause = "kind_changed"      // 15 vs 15th, 5 % vs 5 percentage points
	ValueChanged       Cause = "value_changed"     // any other difference
	Unpaired           Cause = "unpaired"          // Match found no counterpart on the other side
)

// Diagnosis is the verdict of Compare on two facts.
type Diagnosis struct {
	Cause      Cause   // Same when the facts agree
	Closeness  float64 // 0..1: how likely src and tgt are meant to be the same fact (1 = equal)
	Message    string  // why, in plain words, naming both sides as written and their values
	Suggestion string  // src written the way tgt's language writes it ("83,79 Millionen VND")
	Ambiguous  bool    // agreement or difference rests on a doubtful reading (Alt)
	// UnitUnstated marks a UnitChanged where one side writes no unit at
	// all: the same number, its currency or unit left to the context
	// ("€1.18bn" = "1,18 mld" after "1,26 miliardi di euro").
	UnitUnstated bool
}

// Compare compares a source fact with a target fact, each read in its own
// language.
func Compare(src, tgt Fact, srcTag, tgtTag language.Tag) Diagnosis {
	return compare(src, tgt, srcTag, tgtTag)
}

// Pair is one element of Match's answer: a source fact, a target fact, or
// both (index -1 for a side without a fact).
type Pair struct {
	Src, Tgt  int
	Diagnosis Diagnosis
}

// Match pairs the facts of two lists that describe the same thing: equal
// values first, then the closest unequal ones (whose Diagnosis says why they
// differ). Every fact of both lists is in exactly one Pair.
func Match(src, tgt []Fact, srcTag, tgtTag language.Tag) []Pair {
	return match(src, tgt, srcTag, tgtTag)
}

// AppendMatch appends Match's pairs of src and tgt to dst and returns the
// extended slice. The pairs are Match's, in Match's order, with one
// difference: the Diagnosis of an unpaired fact holds only its Cause
// (Unpaired), not the Message and Suggestion Match writes. It is for a
// caller that reads of an unpaired fact only that it is unpaired, and that
// reuses dst from call to call: check matches the facts of every link of
// every pair, and Match's answer was an allocation of each.
func AppendMatch(dst []Pair, src, tgt []Fact, srcTag, tgtTag language.Tag) []Pair {
	return appendMatch(dst, src, tgt, srcTag, tgtTag, false)
}

// Format writes f the way tag's language writes it, for suggestions:
// Format(<83.79 million VND>, de) == "83,79 Millionen VND".
func Format(f Fact, tag language.Tag) string { return format(f, tag) }

// Key is a canonical, language-independent key of f's value (and unit), for
// alignment anchors and corpus grouping: "4000 billion" and "4.000 Milliarden"
// have the same Key.
func (f Fact) Key() string { return key(&f) }

// AppendKey appends f's Key to dst and returns the extended buffer, for a
// caller that makes the keys of many facts and would rather not have a
// string for each (check's alignment anchors). It takes f by pointer, unlike
// Key: a Fact is large, and AppendKey is meant for facts in a slice.
func (f *Fact) AppendKey(dst []byte) []byte { return appendKey(dst, f) }
