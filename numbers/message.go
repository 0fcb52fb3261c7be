package numbers

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// This file holds the helpers that write values into diagnosis messages:
// plain digit groups ("83 790 000"), English number words, factors.

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

var decCtx = apd.BaseContext.WithPrecision(60)

// plain writes d with spaces between groups of three digits and a point
// before decimals: 83 790 000, 83.79, for messages read in any language.
func plain(d *apd.Decimal) string {
	if d == nil {
		return ""
	}
	var r apd.Decimal
	r.Reduce(d)
	if r.Exponent > 0 {
		decCtx.Quantize(&r, &r, 0)
	}
	return groupDigits(r.Text('f'), " ", ".")
}

// groupDigits regroups a plain "-1234.5" with the given symbols.
func groupDigits(s, group, decimal string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i := range len(whole) {
		if i > 0 && (len(whole)-i)%3 == 0 && group != "" {
			b.WriteString(group)
		}
		b.WriteByte(whole[i])
	}
	if frac != "" {
		b.WriteString(decimal)
		b.WriteString(frac)
	}
	return b.String()
}

// numeralText returns the first numeral of text as written ("83.790" in
// "83.790 Millionen VND").
func numeralText(text string) string {
	i := strings.IndexAny(text, "0123456789")
	if i < 0 {
		return text
	}
	j := i
	for j < len(text) {
		if isDigit(text[j]) {
			j++
			continue
		}
		if w := spaceSep(text, j); (text[j] == '.' || text[j] == ',') && j+1 < len(text) && isDigit(text[j+1]) {
			j++
		} else if w > 0 && j+w < len(text) && isDigit(text[j+w]) {
			j += w
		} else {
			break
		}
	}
	return text[i:j]
}

// factor names the ratio of got to want when it is a power of ten: "×1000".
func factor(want, got *apd.Decimal) string {
	if want.IsZero() || got.IsZero() {
		return "another value"
	}
	var q apd.Decimal
	if _, err := decCtx.Quo(&q, got, want); err != nil {
		return "another value"
	}
	q.Reduce(&q)
	if coeffString(&q.Coeff) == "1" {
		if q.Exponent >= 0 {
			return "×1" + strings.Repeat("0", int(q.Exponent))
		}
		return "÷1" + strings.Repeat("0", int(-q.Exponent))
	}
	return "×" + q.Text('f')
}

// reducedDigits returns the significant digits of d and the exponent of
// the last one.
func reducedDigits(d *apd.Decimal) (string, int) {
	var r apd.Decimal
	r.Reduce(d)
	return coeffString(&r.Coeff), int(r.Exponent)
}

// coeffString is c.String(): by strconv when c fits in a uint64, as nearly
// every coefficient does, without apd's detour through a big.Int (a fifth
// of Match's time went to writing digits).
func coeffString(c *apd.BigInt) string {
	if c.IsUint64() {
		return strconv.FormatUint(c.Uint64(), 10)
	}
	return c.String()
}

// alignedDigits writes a and b with the same exponent, for digit-by-digit
// comparison.
func alignedDigits(a, b *apd.Decimal) (string, string) {
	e := min(a.Exponent, b.Exponent)
	var x, y apd.Decimal
	decCtx.Quantize(&x, a, e)
	decCtx.Quantize(&y, b, e)
	return coeffString(&x.Coeff), coeffString(&y.Coeff)
}

func kindName(k Kind) string {
	switch k {
	case PercentPoint:
		return "percentage points"
	case PerMille:
		return "per mille"
	case Number:
		return "a plain number"
	case Year:
		return "a year"
	case Ordinal:
		return "an ordinal"
	case Money:
		return "an amount of money"
	case Quantity:
		return "a quantity"
	case Percent:
		return "a percentage"
	}
	return "a " + string(k)
}

func unitName(u string) string {
	if u == "" {
		return "none"
	}
	return u
}

// qualified describes f's value with its qualifier in English.
func qualified(f *Fact) string {
	v := plain(&f.Value)
	if from, to, ok := f.DateRange(); ok {
		v = from + " to " + to
	} else if f.Kind == Range {
		v = plain(f.Low) + " to " + plain(f.High)
	}
	if q := english.QualOut[f.Qualifier]; q != "" {
		return q + " " + v
	}
	return "exactly " + v
}

var (
	smallWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// spellEnglish writes a whole number below a trillion in English words
// ("eighty-three thousand seven hundred and ninety"), or "" for others.
func spellEnglish(d *apd.Decimal) string {
	var r apd.Decimal
	r.Reduce(d)
	if r.Exponent < 0 || r.Negative {
		return ""
	}
	n, err := r.Int64()
	if err != nil || n >= 1e12 {
		return ""
	}
	if n == 0 {
		return "zero"
	}
	var parts []string
	for _, sc := range []struct {
		v    int64
		name string
	}{{1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}, {1, ""}} {
		if n >= sc.v {
			p := spellHundreds(int(n/sc.v), sc.v == 1 && len(parts) > 0)
			if sc.name != "" {
				p += " " + sc.name
			}
			parts = append(parts, p)
			n %= sc.v
		}
	}
	return strings.Join(parts, " ")
}

func spellHundreds(n int, and bool) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, smallWords[n/100]+" hundred")
		n %= 100
		and = true
	}
	if n > 0 {
		w := ""
		if n < 20 {
			w = smallWords[n]
		} else {
			w = tensWords[n/10]
			if n%10 != 0 {
				w += "-" + smallWords[n%10]
			}
		}
		if and {
			parts = append(parts, "and")
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}
