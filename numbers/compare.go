package numbers

import (
	"math"
	"strings"

	"github.com/cockroachdb/apd/v3"
	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/fold"
)

// class groups the kinds whose values can be compared directly.
func class(k Kind) string {
	switch k {
	case Number, Year, Money, Quantity:
		return "amount"
	case Percent:
		return "percent"
	case PercentPoint:
		return "point"
	case PerMille:
		return "permille"
	case Ordinal:
		return "ordinal"
	}
	return string(k)
}

// closeness values for the causes, highest first: Match pairs the closest.
const (
	closeSame       = 1.0
	closeAmbiguous  = 0.95
	closeSeparator  = 0.9
	closeScale      = 0.85
	closeQualifier  = 0.85
	closeDayMonth   = 0.8
	closeConverted  = 0.9 // a value converted to another unit, as rounded
	closeUnit       = 0.7
	closeKind       = 0.65
	closeRangeEnd   = 0.6
	closeTranspose  = 0.6
	closeDigit      = 0.55
	closeMagnitude  = 0.45
	closeValue      = 0.3
	closeNear       = 0.35
	closeUnrelated  = 0.05
	pairingMinimum  = 0.25
	ambiguousFactor = 1000
)

// decEqual reports whether x and y are the same number, as x.Cmp(y) == 0
// does. Match relates every fact of a link with every other, and apd's Cmp
// counts the digits of both coefficients each time (an eighth of Match);
// finite values whose coefficients fit a uint64, nearly all, are compared
// by scaling the one with the larger exponent instead.
func decEqual(x, y *apd.Decimal) bool {
	if x.Form != apd.Finite || y.Form != apd.Finite || !x.Coeff.IsUint64() || !y.Coeff.IsUint64() {
		return x.Cmp(y) == 0
	}
	cx, cy := x.Coeff.Uint64(), y.Coeff.Uint64()
	if cx == 0 || cy == 0 {
		return cx == cy // zero is zero whatever its sign and exponent
	}
	if x.Negative != y.Negative {
		return false
	}
	ex, ey := x.Exponent, y.Exponent
	if ex < ey {
		cx, cy, ex, ey = cy, cx, ey, ex
	}
	for ; ex > ey; ex-- {
		if cx > math.MaxUint64/10 {
			return false // cx scaled to ey's exponent is past any uint64, cy among them
		}
		cx *= 10
	}
	return cx == cy
}

// valueRel says how two values relate through their readings.
type valueRel int

const (
	relDiffer    valueRel = iota
	relEqual              // primary readings agree
	relAmbiguous          // agree only when the side that wrote a decimal is read as grouped
	relSeparator          // agree only when the side that wrote a grouping is read as a decimal
)

// relate compares the values of a and b with their alternative readings.
func relate(a, b *Fact) (valueRel, *Fact) {
	if decEqual(&a.Value, &b.Value) {
		return relEqual, nil
	}
	var sep *Fact
	for _, x := range []struct{ f, o *Fact }{{a, b}, {b, a}} {
		if x.f.Alt == nil || !decEqual(x.f.Alt, &x.o.Value) {
			continue
		}
		if x.f.Alt.Cmp(&x.f.Value) > 0 {
			return relAmbiguous, x.f // the decimal reading was primary
		}
		sep = x.f
	}
	if sep != nil {
		return relSeparator, sep
	}
	return relDiffer, nil
}

func compare(a, b Fact, at, bt language.Tag) Diagnosis {
	c := comparer{a: &a, b: &b, la: localeOrEnglish(at), lb: localeOrEnglish(bt), bt: bt}
	d := c.diagnose()
	if d.Cause != Same && d.Suggestion == "" {
		d.Suggestion = format(a, bt)
	}
	return d
}

func localeOrEnglish(t language.Tag) *Locale {
	if l := localeForScan(t); l != nil {
		return l
	}
	return english
}

type comparer struct {
	a, b   *Fact
	la, lb *Locale
	bt     language.Tag
	// quick skips writing messages: Match diagnoses every pair of facts in
	// a link to choose the pairing and writes the message only for the
	// pairs it keeps (most candidates are unrelated facts).
	quick bool
	// ra and rb, when set, keep the reduced digits of a and b for the next
	// comparison of the same fact (Match compares each with many others).
	ra, rb *reduced
}

func (c *comparer) diagnose() Diagnosis {
	a, b := c.a, c.b
	// The units are tested here first, as the two readings test them
	// first: Match diagnoses every pair of facts in a link, and calling
	// both for each, nearly always to find other units, was a third of
	// the instructions of diagnose itself and of the two.
	if (a.Unit == "GBP" || b.Unit == "GBP") && (weightInPounds(a, b) || weightInPounds(b, a)) {
		return c.poundsAsWeight()
	}
	if a.Unit == "°C" && b.Unit == "°C" {
		if d, ok := c.bareDegreesAsFahrenheit(); ok {
			return d
		}
	}
	switch {
	case a.Kind == Code || b.Kind == Code:
		return c.codes()
	case isDateRange(a) || isDateRange(b):
		return c.dateRanges()
	case a.Kind == Date || b.Kind == Date || a.Kind == Time || b.Kind == Time:
		if clockAsDuration(a, b) || clockAsDuration(b, a) {
			return Diagnosis{Cause: Same, Closeness: closeConverted}
		}
		return c.dates()
	case a.Kind == Range || b.Kind == Range:
		return c.ranges()
	}
	rel, odd := relate(a, b)
	sameClass := class(a.Kind) == class(b.Kind)
	unitsEqual := a.Unit == b.Unit || yearsUnstated(a.Unit, b.Unit)
	if rel == relEqual || rel == relAmbiguous {
		switch {
		case !sameClass:
			return c.diag(KindChanged, closeKind, "%s is %s, %s is %s: the same number, but not the same kind of figure.",
				c.sideA(), kindName(a.Kind), c.sideB(), kindName(b.Kind))
		case !unitsEqual && (a.Unit == "" || b.Unit == ""):
			d := c.diag(UnitChanged, closeUnit, "%s and %s have the same number; %s is written on one side only.",
				c.sideA(), c.sideB(), unitName(a.Unit+b.Unit))
			d.UnitUnstated = true
			return d
		case !unitsEqual:
			d := c.diag(UnitChanged, closeUnit, "%s and %s have the same number but a different unit (%s vs %s).",
				c.sideA(), c.sideB(), unitName(a.Unit), unitName(b.Unit))
			d.Suggestion = c.conversionSuggestion() // "" unless the units convert
			return d
		case !sameQualifier(a.Qualifier, b.Qualifier):
			return c.diag(QualifierChanged, closeQualifier, "%s says %s; %s says %s.",
				c.sideA(), qualified(a), c.sideB(), qualified(b))
		case rel == relAmbiguous:
			d := c.diag(Same, closeAmbiguous, "%s agrees with %s only if %q is read as %s, which is not how %s writes it.",
				c.sideA(), c.sideB(), numeralText(odd.Text), c.plain(odd.Alt), c.loc(odd).Name)
			d.Ambiguous = true
			return d
		}
		return Diagnosis{Cause: Same, Closeness: closeSame}
	}
	if sameClass && convertible(a.Unit, b.Unit) {
		return c.conversion()
	}
	if !sameClass || !unitsEqual && !(a.Unit == "" || b.Unit == "") {
		return c.diag(ValueChanged, closeUnrelated, "%s and %s differ.", c.sideA(), c.sideB())
	}
	if rel == relSeparator {
		return c.separator(odd)
	}
	return c.magnitude()
}

// yearsUnstated reports whether one unit is years and the other is not
// stated: an age or a span is often written with its unit in one language
// and without it in another ("aged 60" / "ab 60 Jahren", "under 18" /
// "minori di 18 anni"). An unstated unit is not a different unit.
func yearsUnstated(a, b string) bool {
	return a == "" && b == "year" || a == "year" && b == ""
}

// magnitude diagnoses two different values of comparable facts.
func (c *comparer) magnitude() Diagnosis {
	a, b := c.a, c.b
	unitPenalty := 0.0
	if a.Unit != b.Unit {
		unitPenalty = 0.2
	}
	same, ea, eb := c.reducedPair()
	if same && ea == eb && a.Value.Negative != b.Value.Negative {
		return c.diag(ValueChanged, closeDigit-unitPenalty, "%s; %s: the sign differs.", c.sideA(), c.sideB())
	}
	if same && (ea-eb)%3 == 0 {
		// look-alike words (billion/Billion), or other scale words that
		// alone make the whole difference (billion/nghìn tỷ)
		if a.ScaleExp != 0 && b.ScaleExp != 0 && a.ScaleExp != b.ScaleExp &&
			(falseFriends(a.Scale, b.Scale) || abs(ea-eb) == abs(a.ScaleExp-b.ScaleExp)) {
			return c.diag(ScaleFalseFriend, closeScale-unitPenalty,
				"%s; %s. %s %q is 10^%d, %s %q is 10^%d (%s).", c.sideA(), c.sideB(),
				c.la.Name, a.Scale, a.ScaleExp, c.lb.Name, b.Scale, b.ScaleExp, c.factor(&b.Value, &a.Value))
		}
		if abs(ea-eb) == 3 && (a.Alt != nil || b.Alt != nil || strings.ContainsAny(numeralText(a.Text)+numeralText(b.Text), ".,")) {
			return c.diag(SeparatorConfusion, closeSeparator-0.1-unitPenalty, "%s; %s: a separator was probably read the wrong way (%s).",
				c.sideA(), c.sideB(), c.factor(&b.Value, &a.Value))
		}
		return c.diag(ValueChanged, closeMagnitude-unitPenalty, "%s; %s: the same digits at another magnitude (%s).",
			c.sideA(), c.sideB(), c.factor(&b.Value, &a.Value))
	}
	// digitChangeAligned and nearAligned need the two values aligned: once is enough
	x, y, fit := alignedUints(&a.Value, &b.Value)
	if a.Qualifier == b.Qualifier {
		switch one, swap := digitChangeAligned(&a.Value, &b.Value, x, y, fit); {
		case one:
			return c.diag(DigitChanged, closeDigit-unitPenalty, "%s; %s: one digit differs.", c.sideA(), c.sideB())
		case swap:
			return c.diag(Transposition, closeTranspose-unitPenalty, "%s; %s: two digits are swapped.", c.sideA(), c.sideB())
		}
	}
	cl := closeValue
	if nearAligned(&a.Value, &b.Value, x, y, fit) {
		cl = closeNear
	}
	if a.Kind != b.Kind && !(a.Kind == Number && b.Kind == Year || a.Kind == Year && b.Kind == Number) {
		cl -= 0.1
	}
	return c.diag(ValueChanged, cl-unitPenalty, "%s; %s: the values differ.", c.sideA(), c.sideB())
}

// separator explains a value that a reader of odd's language reads 1000
// times too large or too small because of its separators.
func (c *comparer) separator(odd *Fact) Diagnosis {
	if c.quick { // the message below is most of the cost
		return Diagnosis{Cause: SeparatorConfusion, Closeness: closeSeparator}
	}
	other, lo, lother := c.b, c.la, c.lb
	if odd == c.b {
		other, lo, lother = c.a, c.lb, c.la
	}
	num := numeralText(odd.Text)
	var nv apd.Decimal
	nv.Set(&odd.Value)
	nv.Exponent -= int32(odd.ScaleExp)
	symbol := "decimal point"
	if strings.Contains(num, ",") {
		symbol = "decimal comma"
	}
	own := "decimal comma"
	if lo.decimal == "." {
		own = "decimal point"
	}
	spelled := ""
	if w := spellEnglish(&nv); w != "" {
		spelled = " (" + num + " = " + w + ")"
	}
	msg := sprintf("%q reads as %s in %s%s; the %s %q is %s. The %s has the %s where %s writes a %s (%s).",
		odd.Text, plain(&odd.Value), lo.Name, spelled, lother.Name, other.Text, plain(&other.Value),
		lo.Name, symbol, lo.Name, own, factor(&other.Value, &odd.Value))
	return Diagnosis{Cause: SeparatorConfusion, Closeness: closeSeparator, Message: msg}
}

func (c *comparer) codes() Diagnosis {
	a, b := c.a, c.b
	if a.Kind == Code && b.Kind == Code {
		// the same text is the same code without normalizing it (most agreeing codes)
		if a.Text == b.Text || c.ra.normCode(a) == c.rb.normCode(b) {
			return Diagnosis{Cause: Same, Closeness: closeSame}
		}
		if c.quick { // a.Text and b.Text as arguments cost an allocation each
			return Diagnosis{Cause: ValueChanged, Closeness: closeValue}
		}
		return c.diag(ValueChanged, closeValue, "the reference %q differs from %q.", a.Text, b.Text)
	}
	code, num := a, b
	if b.Kind == Code {
		code, num = b, a
	}
	if num.Kind == Number && wordNumberCode(code.Text, &num.Value) {
		return Diagnosis{Cause: Same, Closeness: closeSame} // "Phase-3-Studie" and "phase 3 trial"
	}
	return c.diag(KindChanged, closeUnrelated, "%s is a code, %s is not.", c.sideA(), c.sideB())
}

// wordNumberCode reports whether code is a word joined by a hyphen to the
// digits of v ("Phase-3" of German "Phase-3-Studie"): one way to write what
// another language writes as a word and a number ("phase 3").
func wordNumberCode(code string, v *apd.Decimal) bool {
	word, digits, ok := strings.Cut(code, "-")
	if !ok || digits == "" || !compoundTail(word) || digitRun(digits, 0) != len(digits) {
		return false
	}
	var d apd.Decimal
	if _, _, err := d.SetString(digits); err != nil {
		return false
	}
	return d.Cmp(v) == 0
}

func (c *comparer) dates() Diagnosis {
	a, b := c.a, c.b
	if a.Kind != b.Kind {
		if c.quick { // the names of the kinds below cost an allocation each
			return Diagnosis{Cause: KindChanged, Closeness: closeUnrelated}
		}
		return c.diag(KindChanged, closeUnrelated, "%s is %s, %s is %s.", c.sideA(), kindName(a.Kind), c.sideB(), kindName(b.Kind))
	}
	if a.Kind == Time && a.Unit != "" && b.Unit != "" && a.Unit != b.Unit {
		if d, ok := c.zoned(); ok {
			return d
		}
	}
	if a.ISO != "" && (a.ISO == b.ISO || a.Kind == Time && midnight(a.ISO) && midnight(b.ISO)) {
		return Diagnosis{Cause: Same, Closeness: closeSame}
	}
	for _, x := range [][2]*Fact{{a, b}, {b, a}} {
		if x[0].ISO == "" && x[1].ISO != "" {
			for _, ch := range x[0].ISOChoices {
				if ch == x[1].ISO {
					d := c.diag(Same, closeAmbiguous, "%s agrees with %s only if read as %s; the day/month order is not certain.",
						c.sideA(), c.sideB(), ch)
					d.Ambiguous = true
					return d
				}
			}
		}
	}
	if swapped(a.ISO, b.ISO) {
		return c.diag(DayMonthSwapped, closeDayMonth, "%s is %s, %s is %s: day and month are swapped.", c.sideA(), a.ISO, c.sideB(), b.ISO)
	}
	if a.Kind == Date && len(a.ISO) >= 4 && len(b.ISO) >= 4 && a.ISO[:4] == b.ISO[:4] {
		if c.quick { // the dates as arguments cost an allocation each
			return Diagnosis{Cause: ValueChanged, Closeness: closeNear}
		}
		return c.diag(ValueChanged, closeNear, "%s is %s, %s is %s.", c.sideA(), a.ISO, c.sideB(), b.ISO)
	}
	if c.quick {
		return Diagnosis{Cause: ValueChanged, Closeness: closeValue}
	}
	return c.diag(ValueChanged, closeValue, "%s is %s, %s is %s.", c.sideA(), isoOr(a), c.sideB(), isoOr(b))
}

// sameQualifier reports whether two qualifiers say the same: equal, or
// "nearly" and "about", which translators render by one another ("nearly
// 200" = "cerca de 200", "près de 200" = "about 200"), or "up to" and "at
// most" ("to a maximum of 8 weeks" = "tot maximaal 8 weken").
func sameQualifier(a, b Qualifier) bool {
	approx := func(q Qualifier) bool { return q == About || q == Nearly }
	ceiling := func(q Qualifier) bool { return q == UpTo || q == AtMost }
	return a == b || approx(a) && approx(b) || ceiling(a) && ceiling(b)
}

// midnight reports whether a time is midnight, written 00:00 or 24:00.
func midnight(iso string) bool { return iso == "00:00" || iso == "24:00" }

func (c *comparer) ranges() Diagnosis {
	a, b := c.a, c.b
	if a.Kind != b.Kind {
		r, x := a, b
		if b.Kind == Range {
			r, x = b, a
		}
		if r.Low.Cmp(&x.Value) == 0 || r.High.Cmp(&x.Value) == 0 {
			rs, xs := c.sideA(), c.sideB()
			if r == b {
				rs, xs = xs, rs
			}
			return c.diag(KindChanged, closeKind-0.2, "%s is a range, %s a single value.", rs, xs)
		}
		return c.diag(ValueChanged, closeUnrelated, "%s and %s differ.", c.sideA(), c.sideB())
	}
	if a.Low != nil && b.Low != nil && convertible(a.Unit, b.Unit) {
		return c.convertedRange()
	}
	lowEq, highEq := a.Low.Cmp(b.Low) == 0, a.High.Cmp(b.High) == 0
	switch {
	case lowEq && highEq && a.Unit != b.Unit && !yearsUnstated(a.Unit, b.Unit): // "between 30 and 50" = "entre 30 et 50 ans"
		return c.diag(UnitChanged, closeUnit, "%s and %s have the same ends but a different unit.", c.sideA(), c.sideB())
	case lowEq && highEq && !sameQualifier(a.Qualifier, b.Qualifier):
		return c.diag(QualifierChanged, closeQualifier, "%s says %s; %s says %s.", c.sideA(), qualified(a), c.sideB(), qualified(b))
	case lowEq && highEq:
		return Diagnosis{Cause: Same, Closeness: closeSame}
	case lowEq || highEq:
		return c.diag(RangeEndChanged, closeRangeEnd, "%s runs from %s to %s; %s from %s to %s.",
			c.sideA(), c.plain(a.Low), c.plain(a.High), c.sideB(), c.plain(b.Low), c.plain(b.High))
	}
	return c.diag(ValueChanged, closeValue, "%s and %s are different ranges.", c.sideA(), c.sideB())
}

// diag builds a Diagnosis with a formatted message.
func (c *comparer) diag(cause Cause, closeness float64, format string, args ...any) Diagnosis {
	if c.quick {
		return Diagnosis{Cause: cause, Closeness: closeness}
	}
	return Diagnosis{Cause: cause, Closeness: closeness, Message: sprintf(format, args...)}
}

func (c *comparer) loc(f *Fact) *Locale {
	if f == c.a {
		return c.la
	}
	return c.lb
}

// sideA and sideB name a fact as written, with its language and value.
// factor is factor(x, y) for a message, or "" when c writes none.
func (c *comparer) factor(x, y *apd.Decimal) string {
	if c.quick {
		return ""
	}
	return factor(x, y)
}

// plain is plain(d) for a message, or "" when c writes none.
func (c *comparer) plain(d *apd.Decimal) string {
	if c.quick {
		return ""
	}
	return plain(d)
}

func (c *comparer) sideA() string {
	if c.quick {
		return ""
	}
	return side(c.la, c.a)
}

func (c *comparer) sideB() string {
	if c.quick {
		return ""
	}
	return side(c.lb, c.b)
}

func side(l *Locale, f *Fact) string {
	switch f.Kind {
	case Code:
		return sprintf("the %s %q", l.Name, f.Text)
	case Date, Time:
		return sprintf("the %s %q (%s)", l.Name, f.Text, isoOr(f))
	case Range:
		if from, to, ok := f.DateRange(); ok {
			return sprintf("the %s %q (%s to %s)", l.Name, f.Text, from, to)
		}
		return sprintf("the %s %q (%s to %s)", l.Name, f.Text, plain(f.Low), plain(f.High))
	}
	return sprintf("the %s %q (%s)", l.Name, f.Text, plain(&f.Value))
}

func isoOr(f *Fact) string {
	if f.ISO != "" {
		return f.ISO
	}
	return strings.Join(f.ISOChoices, " or ")
}

// normCode is a reference as compared: without spaces, in capitals and
// without diacritics ("17/QD-UBND" for "17/QĐ-UBND").
func normCode(s string) string {
	c := fold.Marks(strings.ToUpper(strings.Join(strings.Fields(s), "")))
	// a relay: "4x100m" = "4x100" = "4 x 100 m"
	if x := strings.IndexByte(c, 'X'); x > 0 && strings.HasSuffix(c, "M") && digitRun(c, 0) == x &&
		digitRun(c, x+1) == len(c)-1 {
		c = c[:len(c)-1]
	}
	return c
}

// swapped reports whether two ISO dates differ only by day and month.
func swapped(x, y string) bool {
	if len(x) != 10 || len(y) != 10 || x[:4] != y[:4] {
		return false
	}
	return x[5:7] == y[8:10] && x[8:10] == y[5:7]
}

// falseFriends reports whether two scale words look alike across
// languages ("billion", "Billion", "billón", "biljoen").
func falseFriends(x, y string) bool {
	fx, fy := []rune(strings.ToLower(x)), []rune(strings.ToLower(y))
	n := 0
	for n < len(fx) && n < len(fy) && fx[n] == fy[n] {
		n++
	}
	return n >= 3
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// dateRanges compares two facts of which at least one is a range of dates.
func (c *comparer) dateRanges() Diagnosis {
	a, b := c.a, c.b
	fa, ta, oka := a.DateRange()
	fb, tb, okb := b.DateRange()
	switch {
	case oka && okb:
		switch {
		case fa == fb && ta == tb:
			return Diagnosis{Cause: Same, Closeness: closeSame}
		case fa == fb || ta == tb:
			return c.diag(RangeEndChanged, closeRangeEnd, "%s runs from %s to %s; %s from %s to %s.",
				c.sideA(), fa, ta, c.sideB(), fb, tb)
		case swapped(fa, fb) && swapped(ta, tb):
			return c.diag(DayMonthSwapped, closeDayMonth, "%s runs from %s to %s, %s from %s to %s: day and month are swapped.",
				c.sideA(), fa, ta, c.sideB(), fb, tb)
		}
		return c.diag(ValueChanged, closeValue, "%s and %s are different ranges of dates.", c.sideA(), c.sideB())
	case oka && b.Kind == Date && (b.ISO == fa || b.ISO == ta), okb && a.Kind == Date && (a.ISO == fb || a.ISO == tb):
		rs, xs := c.sideA(), c.sideB()
		if okb {
			rs, xs = xs, rs
		}
		return c.diag(KindChanged, closeKind-0.2, "%s is a range of dates, %s a single date.", rs, xs)
	}
	return c.diag(ValueChanged, closeUnrelated, "%s and %s differ.", c.sideA(), c.sideB())
}
