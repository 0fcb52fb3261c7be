package numbers

import (
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// key returns the language-independent key of f (see Fact.Key).
func key(f Fact) string {
	switch f.Kind {
	case Code:
		return normCode(f.Text)
	case Date, Time:
		if f.ISO == "" {
			return strings.Join(f.ISOChoices, "|")
		}
		return f.ISO
	case Ordinal:
		return "#" + canon(&f.Value)
	case Range:
		if isDateRange(&f) {
			return f.ISO
		}
		return canon(f.Low) + ".." + canon(f.High) + unitKey(f.Unit)
	case Percent, PercentPoint, PerMille:
		return canon(&f.Value) + f.Unit
	}
	return canon(&f.Value) + unitKey(f.Unit)
}

func unitKey(u string) string {
	if u == "" {
		return ""
	}
	return " " + u
}

// canon writes d reduced: "2024", "83.79", "4E+12".
func canon(d *apd.Decimal) string {
	if d == nil {
		return ""
	}
	var r apd.Decimal
	r.Reduce(d)
	if s, ok := canonPlain(&r); ok {
		return s
	}
	return canonByApd(&r)
}

// canonByApd is canon's answer for a reduced decimal, written by apd: plain
// up to six digits before the point, else apd's scientific string.
func canonByApd(r *apd.Decimal) string {
	if r.Exponent >= 0 && r.NumDigits()+int64(r.Exponent) <= 6 {
		return r.Text('f')
	}
	return r.String()
}

// canonPlain is canonByApd for the reduced decimals nearly every fact has
// (a finite value whose coefficient fits a uint64 and which apd writes
// without an exponent), by strconv: Key is made for every fact of every
// document, and apd's Text went through a big.Int (2% of the CPU of a
// figure-dense corpus). ok is false for the rest, left to apd.
func canonPlain(r *apd.Decimal) (string, bool) {
	if r.Form != apd.Finite || !r.Coeff.IsUint64() {
		return "", false
	}
	var buf [48]byte
	b := buf[:0]
	if r.Negative {
		b = append(b, '-')
	}
	start := len(b)
	b = strconv.AppendUint(b, r.Coeff.Uint64(), 10)
	n, e := len(b)-start, int(r.Exponent)
	switch {
	case e >= 0 && n+e <= 6: // Text('f'): the digits, then e zeros
		for range e {
			b = append(b, '0')
		}
	case e == 0: // String(): the digits
	case e < 0 && n-1+e >= -6 && n > -e: // String(): a point among the digits
		point := start + n + e
		b = append(b, 0)
		copy(b[point+1:], b[point:])
		b[point] = '.'
	case e < 0 && n-1+e >= -6: // String(): "0.", zeros, the digits
		digits := string(b[start:])
		b = append(b[:start], '0', '.')
		for range -e - n {
			b = append(b, '0')
		}
		b = append(b, digits...)
	default: // an exponent: apd's
		return "", false
	}
	return string(b), true
}
