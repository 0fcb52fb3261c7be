package numbers

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cockroachdb/apd/v3"
	"golang.org/x/text/language"
)

// symbols are a tag's decimal and group separators, probed once with x/text.
type symbols struct{ decimal, group string }

var symbolCache sync.Map // tag string → symbols

func symbolsFor(tag language.Tag) symbols {
	k := tag.String()
	if v, ok := symbolCache.Load(k); ok {
		return v.(symbols)
	}
	d, g := probeSymbols(tag)
	s := symbols{d, g}
	symbolCache.Store(k, s)
	return s
}

func format(f Fact, tag language.Tag) string {
	l := localeOrEnglish(tag)
	sy := symbolsFor(tag)
	var out string
	switch f.Kind {
	case Code:
		return f.Text
	case Date:
		return formatDate(f, l)
	case Time:
		if f.ISO == "" {
			return f.Text
		}
		return f.ISO
	case Year:
		return f.Value.Text('f')
	case Ordinal:
		var r apd.Decimal
		r.Reduce(&f.Value)
		if r.Exponent < 0 {
			return f.Text
		}
		return l.OrdFormat(r.Text('f'))
	case Range:
		if isDateRange(&f) {
			return formatDateRange(f, l)
		}
		if f.Unit == "" && f.ScaleExp == 0 && isYearValue(f.Low) && isYearValue(f.High) {
			return f.Low.Text('f') + l.RangeOut + f.High.Text('f')
		}
		lo, _ := mantissa(f, f.Low, l, sy)
		hi, w := mantissa(f, f.High, l, sy)
		out = withUnit(f, joinScale(lo+l.RangeOut+hi, w), l, true)
	default:
		out = withUnit(f, amount(f, &f.Value, l, sy), l, false)
	}
	if q := l.QualOut[f.Qualifier]; q != "" {
		out = q + " " + out
	}
	return out
}

// amount writes v (already scaled) as the mantissa of f's scale word in
// the target language, followed by that word: "83,79 Millionen".
func amount(f Fact, v *apd.Decimal, l *Locale, sy symbols) string {
	d, w := mantissa(f, v, l, sy)
	return joinScale(d, w)
}

// mantissa splits v into digits and the target language's scale word.
func mantissa(f Fact, v *apd.Decimal, l *Locale, sy symbols) (string, string) {
	if f.ScaleExp != 0 {
		if name, ok := l.ScaleNames[f.ScaleExp]; ok {
			var m apd.Decimal
			m.Set(v)
			m.Exponent -= int32(f.ScaleExp)
			word := name.Many
			if m.Cmp(apd.New(1, 0)) == 0 || l.ScaleOneBelow2 && m.Cmp(apd.New(2, 0)) < 0 {
				word = name.One
			}
			if abbr, ok := scaleAbbr(f, l); ok {
				word = abbr
			}
			return digitsOf(&m, sy), word
		}
	}
	return digitsOf(v, sy), ""
}

// scaleAbbr returns the abbreviation Format writes for f's scale in l, if
// the source abbreviated and l has one. An abbreviation that is also a
// unit ("m") serves only next to a currency.
func scaleAbbr(f Fact, l *Locale) (string, bool) {
	abbr, ok := l.ScaleAbbr[f.ScaleExp]
	if !ok || !isAbbrev(f.Scale) || l.Scales[abbr].MoneyOnly && !isCurrency(l, f.Unit) {
		return "", false
	}
	return abbr, true
}

// joinScale writes digits and a scale word: "83,79 Millionen", "2.5m".
func joinScale(d, w string) string {
	switch {
	case w == "":
		return d
	case len(w) <= 2 && !strings.Contains(w, "."):
		return d + w
	}
	return d + " " + w
}

// isAbbrev reports whether a scale word as written is an abbreviation.
func isAbbrev(s string) bool { return strings.HasSuffix(s, ".") || len([]rune(s)) <= 3 }

// digitsOf writes d's exact digits with the tag's symbols: no float64.
func digitsOf(d *apd.Decimal, sy symbols) string {
	var r apd.Decimal
	r.Set(d)
	if r.Exponent > 0 {
		decCtx.Quantize(&r, &r, 0)
	}
	return groupDigits(r.Text('f'), sy.group, sy.decimal)
}

// withUnit adds the percent sign, currency or unit to a written amount.
func withUnit(f Fact, s string, l *Locale, rng bool) string {
	switch {
	case f.Kind == Percent || rng && f.Unit == "%":
		return sprintf(l.PercentOut, s)
	case f.Kind == PercentPoint || f.Unit == "pp":
		return s + " " + firstOr(l.Points, "pp")
	case f.Kind == PerMille || f.Unit == "‰":
		return s + " ‰"
	case f.Unit == "":
		return s
	case f.Kind == Money || rng && isCurrency(l, f.Unit):
		if p, ok := l.CurScaled[f.Unit]; ok && f.ScaleExp != 0 && hasScaleName(f, l) {
			return sprintf(p, s) // "1,2 milliard d’euros"
		}
		if p, ok := l.CurFormat[f.Unit]; ok {
			if strings.HasPrefix(p, "%s ") {
				s = scaleJoined(f, s, l)
			}
			return sprintf(p, s)
		}
		return scaleJoined(f, s, l) + " " + f.Unit
	}
	return scaleJoined(f, s, l) + " " + unitWord(l, f.Unit)
}

// hasScaleName reports whether Format writes f's scale as a full word in l
// (not an abbreviation, not digits alone).
func hasScaleName(f Fact, l *Locale) bool {
	if _, ok := l.ScaleNames[f.ScaleExp]; !ok {
		return false
	}
	_, abbr := scaleAbbr(f, l)
	return !abbr
}

// scaleJoined adds the language's first ScaleJoin word after an amount
// written with a scale word: "2,5 millones" → "2,5 millones de" (euros).
func scaleJoined(f Fact, s string, l *Locale) string {
	if f.ScaleExp == 0 || len(l.ScaleJoin) == 0 {
		return s
	}
	if _, ok := l.ScaleNames[f.ScaleExp]; !ok {
		return s
	}
	return s + " " + l.ScaleJoin[0]
}

func firstOr(xs []string, d string) string {
	if len(xs) > 0 {
		return xs[0]
	}
	return d
}

func isCurrency(l *Locale, code string) bool {
	for _, v := range l.Currencies {
		if v == code {
			return true
		}
	}
	return false
}

// unitWord picks the word the target language uses for a canonical unit.
func unitWord(l *Locale, unit string) string {
	if l.Units[unit] == unit {
		return unit
	}
	var cands []string
	for k, v := range l.Units {
		if v == unit {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		return unit
	}
	sort.Strings(cands)
	return cands[0]
}

// formatDate writes a date with the language's long pattern.
func formatDate(f Fact, l *Locale) string {
	iso := f.ISO
	var d [3]int
	switch {
	case len(iso) == 7 && iso[4] == '-' && iso[0] != '-': // 2019-08 (not --08-05)
		d[0], _ = strconv.Atoi(iso[:4])
		d[1], _ = strconv.Atoi(iso[5:7])
	default:
		var ok bool
		if d, ok = parseISODay(iso); !ok {
			return f.Text
		}
	}
	if d[1] < 1 || d[1] > 12 {
		return f.Text
	}
	if d[2] == 0 {
		// the month-and-year tail of the pattern: "{m} de {y}", "{m} {y}"
		month := l.MonthNames[d[1]-1]
		if i := strings.Index(l.DateFormat, "{m}"); i >= 0 && !strings.Contains(l.DateFormat[i:], "{d}") {
			return strings.NewReplacer("{m}", month, "{y}", strconv.Itoa(d[0])).Replace(l.DateFormat[i:])
		}
		return month + " " + strconv.Itoa(d[0])
	}
	return longDate(l, d[0], d[1], dayWord(l, d[2]))
}

// dayWord writes day d of a long date: "5", French "1er".
func dayWord(l *Locale, d int) string {
	if d == 1 && l.FirstDay != "" {
		return l.FirstDay // "1er septembre"
	}
	return strconv.Itoa(d)
}

// longDate fills the language's long date pattern with the year y (0 for
// none), the month m and the day as written.
func longDate(l *Locale, y, m int, day string) string {
	out := strings.NewReplacer("{d}", day, "{m}", l.MonthNames[m-1]).Replace(l.DateFormat)
	if y == 0 {
		out = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.ReplaceAll(out, "{y}", "")), ","))
		for _, j := range l.DateJoin { // "5 de agosto de" → "5 de agosto"
			out = strings.TrimSpace(strings.TrimSuffix(out, " "+j))
		}
		return out
	}
	return strings.ReplaceAll(out, "{y}", strconv.Itoa(y))
}

// formatDateRange writes a range of dates with the language's long
// pattern: "March 3–5, 2025", "3.–5. März 2025", "3–5 mars 2025"; across
// months "March 30 – April 2, 2025".
func formatDateRange(f Fact, l *Locale) string {
	from, to, _ := f.DateRange()
	a, oka := parseISODay(from)
	b, okb := parseISODay(to)
	if !oka || !okb || a[1] > 12 || b[1] > 12 {
		return f.Text
	}
	if a[0] == b[0] && a[1] == b[1] {
		dot := ""
		if strings.Contains(l.DateFormat, "{d}.") {
			dot = "." // German "3.–5. März"
		}
		return longDate(l, b[0], b[1], dayWord(l, a[2])+dot+l.RangeOut+strconv.Itoa(b[2]))
	}
	ya := a[0]
	if ya == b[0] {
		ya = 0 // the year once, at the end
	}
	return longDate(l, ya, a[1], dayWord(l, a[2])) + " " + l.RangeOut + " " + longDate(l, b[0], b[1], dayWord(l, b[2]))
}

// isYearValue reports whether d is a whole number from 1000 to 2100.
func isYearValue(d *apd.Decimal) bool {
	if d == nil {
		return false
	}
	var r apd.Decimal
	r.Reduce(d)
	y, err := r.Int64()
	return err == nil && r.Exponent >= 0 && y >= 1000 && y <= 2100
}
