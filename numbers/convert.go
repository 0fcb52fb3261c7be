package numbers

import (
	"math"
	"slices"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// Translators convert units: an American "1,000 feet" is "305 Meter" in
// German, "95°F" is "35 °C", "2,460 mph" is "3.960 km/h". Such a pair agrees
// when the converted value, rounded as the other side rounds, is the value
// the other side writes.

// measure is a unit's dimension and its size in the dimension's base unit
// (metre, square metre, kilogram, cubic metre, metre per second, second).
type measure struct {
	dim  string
	size float64
}

// measures are the units whose values tally converts. Temperatures are
// apart (conversions): they have an offset.
var measures = map[string]measure{
	"mm": {"length", 0.001}, "cm": {"length", 0.01}, "m": {"length", 1}, "km": {"length", 1000},
	"in": {"length", 0.0254}, "ft": {"length", 0.3048}, "yd": {"length", 0.9144}, "mi": {"length", 1609.344},
	"m²": {"area", 1}, "km²": {"area", 1e6}, "ha": {"area", 1e4},
	"sq ft": {"area", 0.09290304}, "sq mi": {"area", 2589988.110336}, "acre": {"area", 4046.8564224},
	"mg": {"mass", 1e-6}, "g": {"mass", 0.001}, "kg": {"mass", 1}, "t": {"mass", 1000},
	"Mt": {"mass", 1e9}, "Gt": {"mass", 1e12},
	"oz": {"mass", 0.028349523125}, "lb": {"mass", 0.45359237},
	"ml": {"volume", 1e-6}, "l": {"volume", 0.001}, "hl": {"volume", 0.1}, "m³": {"volume", 1}, "km³": {"volume", 1e9},
	"gal":  {"volume", 0.003785411784},
	"km/h": {"speed", 1 / 3.6}, "mph": {"speed", 0.44704}, "kn": {"speed", 1852.0 / 3600},
	"cs": {"duration", 0.01}, "ds": {"duration", 0.1}, "s": {"duration", 1}, "min": {"duration", 60}, "h": {"duration", 3600}, "day": {"duration", 86400},
	"week": {"duration", 604800},
}

// Converts reports whether one of a and b writes the other's amount in
// another unit of the same dimension, rounded as it is written: "1,000
// feet" and "305 m", "45°C" and "113°F", "1.5°C" and "2.7°F" (a
// difference of temperatures); or the other's clock time in another time
// zone ("1 p.m. EDT" and "17:00 GMT"). A version that gives a figure in
// two units ("45°C (113°F)") has one of them too many for a version that
// gives one.
func Converts(a, b Fact) bool {
	if a.Kind == Time && b.Kind == Time && a.Unit != b.Unit && a.Unit != "" && b.Unit != "" {
		if isLocalTime(a.Unit) || isLocalTime(b.Unit) {
			return true // "10.30 Uhr Ortszeit (19.30 Uhr MESZ)": the text gives both
		}
		same, ok := sameInstant(a.ISO, a.Unit, b.ISO, b.Unit) // "1 p.m. EDT (17:00 GMT)"
		return ok && same
	}
	if class(a.Kind) != class(b.Kind) || !convertible(a.Unit, b.Unit) {
		return false
	}
	_, ab := convertedAgrees(&a, &b)
	_, ba := convertedAgrees(&b, &a)
	return ab || ba
}

// givenTwice returns, for each fact of fs, the other facts of fs that
// convert it (see Converts), or nil when no fact has such a sibling: most
// lists have no two amounts of one dimension in units tally converts (a
// length and an area do not convert), and cost one look at each fact.
func givenTwice(fs []Fact) [][]int {
	var seen [8]string
	dims, twice := seen[:0], false
	for i := range fs {
		if d := convertDim(&fs[i]); d != "" {
			if slices.Contains(dims, d) {
				twice = true
				break
			}
			dims = append(dims, d)
		}
	}
	if !twice {
		return nil
	}
	var out [][]int
	for i := range fs {
		for k := i + 1; k < len(fs); k++ {
			if Converts(fs[i], fs[k]) {
				if out == nil {
					out = make([][]int, len(fs))
				}
				out[i], out[k] = append(out[i], k), append(out[k], i)
			}
		}
	}
	return out
}

// convertDim returns what two facts must share for Converts to hold of
// them: "time" for a clock time in a time zone, else the dimension of the
// unit ("temperature" for °C and °F), and "" when f converts to nothing.
func convertDim(f *Fact) string {
	switch {
	case f.Unit == "":
		return ""
	case f.Kind == Time:
		return "time"
	case isTemperature(f.Unit):
		return "temperature"
	}
	return measures[f.Unit].dim
}

// dropSecondRenderings removes from cands the unequal pairings of a figure
// that its side gives twice ("45°C (113°F)", "7:48 a.m. EST (12:48 UTC)")
// when another rendering of it agrees with something on the other side:
// that rendering is the one compared, and this one is left over, to be a
// note (check/). When no rendering agrees, each is compared as any fact.
func dropSecondRenderings(cands []cand, src, tgt []Fact) []cand {
	st, tt := givenTwice(src), givenTwice(tgt)
	if st == nil && tt == nil {
		return cands
	}
	sameS, sameT := make([]bool, len(src)), make([]bool, len(tgt))
	for _, c := range cands {
		if c.same {
			sameS[c.i], sameT[c.j] = true, true
		}
	}
	agreesElsewhere := func(sib [][]int, same []bool, i int) bool {
		if sib == nil {
			return false
		}
		for _, k := range sib[i] {
			if same[k] {
				return true
			}
		}
		return false
	}
	out := cands[:0]
	for _, c := range cands {
		if !c.same && (agreesElsewhere(st, sameS, c.i) || agreesElsewhere(tt, sameT, c.j)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// weightInPounds reports whether p, read as pounds sterling from a word
// ("pounds", "Pfund", "livres", "pond"), is rather the weight that m, a
// mass, is: the word is both, and US texts mean the weight ("58,400
// pounds" = "26,5 tonnes"). A figure written with "£", "GBP" or
// "sterling" is money.
func weightInPounds(p, m *Fact) bool {
	if p.Unit != "GBP" || m.Kind != Quantity && m.Kind != Range || measures[m.Unit].dim != "mass" ||
		p.Kind == Range && m.Kind != Range {
		return false
	}
	t := strings.ToLower(p.Text)
	return !strings.Contains(t, "£") && !strings.Contains(t, "gbp") && !strings.Contains(t, "sterl")
}

// bareDegreesAsFahrenheit compares again, reading a temperature written
// with the bare word "degrees" as Fahrenheit, when read as Celsius it does
// not agree with a Celsius figure and read so it does: an American "88-degree
// heat" is "31 grados". ok is false when that reading does not apply or
// does not agree.
func (c *comparer) bareDegreesAsFahrenheit() (Diagnosis, bool) {
	a, b := c.a, c.b
	if a.Unit != "°C" || b.Unit != "°C" || a.Value.Cmp(&b.Value) == 0 || !bareDegrees(a) && !bareDegrees(b) {
		return Diagnosis{}, false
	}
	x, y := *a, *b
	if bareDegrees(a) {
		x.Unit = "°F"
	} else {
		y.Unit = "°F"
	}
	if d := c.rediagnose(&x, &y); d.Cause == Same {
		return d, true
	}
	return Diagnosis{}, false
}

// poundsAsWeight compares a and b with the pounds of either (see
// weightInPounds) read as a weight: "600 pounds of hardware" = "270 kilos".
func (c *comparer) poundsAsWeight() Diagnosis {
	x, y := *c.a, *c.b
	for _, f := range []*Fact{&x, &y} {
		if f.Unit == "GBP" {
			f.Unit = "lb"
			if f.Kind == Money {
				f.Kind = Quantity
			}
		}
	}
	return c.rediagnose(&x, &y)
}

// rediagnose compares x and y, copies of c's facts read another way, as c
// compares its own (the digits c keeps of its facts are not theirs).
func (c *comparer) rediagnose(x, y *Fact) Diagnosis {
	c2 := *c
	c2.a, c2.b, c2.ra, c2.rb = x, y, nil, nil
	return c2.diagnose()
}

// bareDegrees reports whether f is a temperature written with the English
// word "degree(s)" and no scale: Fahrenheit in an American text, Celsius
// elsewhere.
func bareDegrees(f *Fact) bool {
	t := strings.ToLower(f.Text)
	return f.Lang == "en" && strings.Contains(t, "degree") && !strings.Contains(t, "celsius") && !strings.Contains(t, "°")
}

// metric marks the metric units of measures; the others are US customary.
var metric = map[string]bool{
	"mm": true, "cm": true, "m": true, "km": true, "m²": true, "km²": true, "ha": true, "mg": true, "g": true,
	"kg": true, "t": true, "Mt": true, "Gt": true, "ml": true, "l": true, "hl": true, "m³": true, "km³": true, "km/h": true,
}

// convertible reports whether values in unit a can be converted to unit b
// (two different units of one dimension).
func convertible(a, b string) bool {
	if a == b {
		return false
	}
	if isTemperature(a) && isTemperature(b) {
		return true
	}
	ma, oka := measures[a]
	mb, okb := measures[b]
	return oka && okb && ma.dim == mb.dim
}

func isTemperature(u string) bool { return u == "°C" || u == "°F" }

// conversions returns v in unit from converted to unit to: one value, or
// for temperatures two, the reading of a temperature and of a difference of
// temperatures ("1.5 °C warmer" is "2.7 °F warmer", not 34.7 °F).
func conversions(v float64, from, to string) []float64 {
	if isTemperature(from) {
		if from == "°F" {
			return []float64{(v - 32) * 5 / 9, v * 5 / 9}
		}
		return []float64{v*9/5 + 32, v * 9 / 5}
	}
	return []float64{v * measures[from].size / measures[to].size}
}

// convertedAgrees reports whether b is a rounding of a converted to b's
// unit, and returns the converted value that agrees, or else the first. b
// is taken as rounded to its last significant digit (305 to the metre,
// 3.960 to ten km/h, 1,91 to the centimetre), but by no more than 5% (a
// round "1,000" is not anything from 500 to 1,500), and always with 1% of
// leeway for a translator who rounds a little more ("10 feet" = "3 m").
// A temperature, which has no natural zero, is taken as rounded by at most
// one degree.
func convertedAgrees(a, b *Fact) (float64, bool) {
	av, err := a.Value.Float64()
	if err != nil {
		return 0, false
	}
	bv, err := b.Value.Float64()
	if err != nil {
		return 0, false
	}
	half := roundingStep(&b.Value) / 2
	capped := 0.05
	if math.Abs(bv) < 10 {
		capped = 0.1 // "3 feet" = "1 Meter": a small figure rounded to a whole unit
	}
	tol := max(math.Abs(bv)*0.01, min(half, math.Abs(bv)*capped))
	if a.Qualifier != NoQualifier || b.Qualifier != NoQualifier {
		// "about 15 mph" = "environ 25 km/h" (24.1), "at least one gallon"
		// = "mindestens vier Liter" (3.8): a figure said to be rough is
		// rounded more
		tol = max(tol, math.Abs(bv)*0.06)
	}
	if isTemperature(b.Unit) {
		tol = min(half, 1)
		if b.Unit == "°C" && math.Abs(bv) >= 100 {
			tol = min(half, 5) // an oven's "350°F" is "180 °C"
		}
	}
	cs := conversions(av, a.Unit, b.Unit)
	for _, c := range cs {
		if math.Abs(c-bv) <= tol*(1+1e-9) {
			return c, true
		}
	}
	return cs[0], false
}

// roundingStep is the place value of d's last significant digit: 1 for
// 305, 10 for 3960, 0.01 for 1.91; five times that when the digit is a 5
// (5 for 155). Zeros that end a whole number are taken as rounding, not as
// digits.
func roundingStep(d *apd.Decimal) float64 {
	var r apd.Decimal
	r.Reduce(d)
	step := math.Pow(10, float64(r.Exponent))
	if r.Coeff.IsInt64() && r.Coeff.Int64()%10 == 5 && r.Coeff.Int64() > 5 {
		// "155 km", "15 km/h": rounded to the nearest five, as weather
		// services convert
		step *= 5
	}
	return step
}

// converted returns a fact that writes v in b's unit, rounded as b is
// rounded (but to at least three significant digits): the suggestion for a
// conversion that went wrong.
func converted(v float64, b *Fact) Fact {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return *b // beyond float64: nothing better to suggest
	}
	step := roundingStep(&b.Value)
	if isTemperature(b.Unit) {
		step = min(step, 1) // a temperature to the degree (or as the target writes it)
	} else if v != 0 {
		// three significant digits at least
		step = min(step, math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-2))
	}
	places := max(0, int(-math.Round(math.Log10(step))))
	f := Fact{Kind: b.Kind, Unit: b.Unit, Lang: b.Lang, Per: b.Per}
	f.Value.SetFloat64(math.Round(v/step) * step)
	var q apd.Decimal
	if _, err := apd.BaseContext.WithPrecision(34).Quantize(&q, &f.Value, int32(-places)); err == nil {
		f.Value.Reduce(&q)
	}
	return f
}

// conversion diagnoses two amounts in different units of one dimension.
func (c *comparer) conversion() Diagnosis {
	a, b := c.a, c.b
	v, ok := convertedAgrees(a, b)
	switch {
	case ok && (sameQualifier(a.Qualifier, b.Qualifier) || roundedBy(a.Qualifier, b.Qualifier)):
		return Diagnosis{Cause: Same, Closeness: closeConverted}
	case ok:
		return c.diag(QualifierChanged, closeQualifier, "%s says %s; %s says %s (converted from %s to %s).",
			c.sideA(), qualified(a), c.sideB(), qualified(b), a.Unit, b.Unit)
	}
	if c.quick {
		return Diagnosis{Cause: ValueChanged, Closeness: closeValue}
	}
	want := converted(v, b)
	d := c.diag(ValueChanged, closeValue, "the %s %q converts to %s %s; the %s %q is %s %s.",
		c.la.Name, a.Text, plain(&want.Value), b.Unit, c.lb.Name, b.Text, plain(&b.Value), b.Unit)
	d.Suggestion = format(want, c.bt)
	return d
}

// convertedRange diagnoses two ranges in different units of one
// dimension ("115°F to 118°F" = "von 46 bis 48 °C", "5 to 10 mph" = "8 bis
// 16 km/h"): each end converted as a single amount is.
func (c *comparer) convertedRange() Diagnosis {
	a, b := c.a, c.b
	end := func(r *Fact, v *apd.Decimal) Fact {
		return Fact{Kind: Quantity, Value: *v, Unit: r.Unit, Qualifier: r.Qualifier}
	}
	la, lb, ha, hb := end(a, a.Low), end(b, b.Low), end(a, a.High), end(b, b.High)
	lv, lok := convertedAgrees(&la, &lb)
	hv, hok := convertedAgrees(&ha, &hb)
	switch {
	case lok && hok && sameQualifier(a.Qualifier, b.Qualifier):
		return Diagnosis{Cause: Same, Closeness: closeConverted}
	case lok && hok:
		return c.diag(QualifierChanged, closeQualifier, "%s says %s; %s says %s (converted from %s to %s).",
			c.sideA(), qualified(a), c.sideB(), qualified(b), a.Unit, b.Unit)
	case c.quick:
		return Diagnosis{Cause: ValueChanged, Closeness: closeValue}
	}
	lw, hw := converted(lv, &lb), converted(hv, &hb)
	d := c.diag(ValueChanged, closeValue, "the %s %q converts to %s–%s %s; the %s %q is %s–%s %s.",
		c.la.Name, a.Text, plain(&lw.Value), plain(&hw.Value), b.Unit, c.lb.Name, b.Text, plain(b.Low), plain(b.High), b.Unit)
	want := *b
	want.Low, want.High, want.Qualifier, want.Text = &lw.Value, &hw.Value, a.Qualifier, ""
	want.Value = lw.Value
	d.Suggestion = format(want, c.bt)
	return d
}

// roundedBy reports whether two qualifiers differ only by a word of
// approximation, which a translator adds or drops with the rounding of a
// conversion ("about 12,400 miles" = "20.000 kilometer", "1,000 feet" =
// "rund 300 Meter").
func roundedBy(a, b Qualifier) bool {
	approx := func(q Qualifier) bool { return q == About || q == Nearly }
	return approx(a) && b == NoQualifier || a == NoQualifier && approx(b)
}

// conversionSuggestion returns a written in b's unit, converted and
// rounded as b is, in b's language, when the units belong to different
// systems (mph and km/h: the translator meant to convert); "" when they do
// not (km and m: a slip of the unit, fixed by writing a's) or c writes no
// messages.
func (c *comparer) conversionSuggestion() string {
	if c.quick || !convertible(c.a.Unit, c.b.Unit) || !isTemperature(c.a.Unit) && metric[c.a.Unit] == metric[c.b.Unit] {
		return ""
	}
	v, _ := convertedAgrees(c.a, c.b)
	return format(converted(v, c.b), c.bt)
}
