package numbers

import (
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// key returns the language-independent key of f (see Fact.Key). It is
// written into one buffer and made a string once: Key is made for every
// fact of every document, and the value, the unit and the joins were a
// string each.
//
// It reads f through a pointer: Fact.Key has copied the fact once already,
// and a fact is large.
func key(f *Fact) string {
	switch f.Kind {
	case Code:
		return normCode(f.Text)
	case Date, Time:
		if f.ISO == "" {
			return strings.Join(f.ISOChoices, "|")
		}
		return f.ISO
	}
	if f.Kind == Range && isDateRange(f) {
		return f.ISO
	}
	var buf [64]byte
	b := buf[:0]
	switch f.Kind {
	case Ordinal:
		b = appendCanon(append(b, '#'), &f.Value)
	case Range:
		b = appendCanon(b, f.Low)
		b = appendCanon(append(b, ".."...), f.High)
		b = appendUnitKey(b, f.Unit)
	case Percent, PercentPoint, PerMille:
		b = append(appendCanon(b, &f.Value), f.Unit...)
	default:
		b = appendUnitKey(appendCanon(b, &f.Value), f.Unit)
	}
	return string(b)
}

// appendUnitKey appends the unit's part of a key: " " and the unit, or
// nothing.
func appendUnitKey(b []byte, u string) []byte {
	if u == "" {
		return b
	}
	return append(append(b, ' '), u...)
}

// appendCanon appends d reduced to b: "2024", "83.79", "4E+12".
func appendCanon(b []byte, d *apd.Decimal) []byte {
	if d == nil {
		return b
	}
	if digits, exp, ok := reducedUint(d); ok {
		// d reduced on machine integers, without apd's Reduce copying
		// it first; zero is "0" whatever its sign, as Reduce writes it
		if c, ok := appendCanonUint(b, d.Negative && digits != 0, digits, exp); ok {
			return c
		}
	}
	var r apd.Decimal
	r.Reduce(d)
	if c, ok := appendCanonPlain(b, &r); ok {
		return c
	}
	return append(b, canonByApd(&r)...)
}

// canonByApd is appendCanon's answer for a reduced decimal, written by apd: plain
// up to six digits before the point, else apd's scientific string.
func canonByApd(r *apd.Decimal) string {
	if r.Exponent >= 0 && r.NumDigits()+int64(r.Exponent) <= 6 {
		return r.Text('f')
	}
	return r.String()
}

// appendCanonPlain appends canonByApd(r) to b for the reduced decimals
// nearly every fact has (a finite value whose coefficient fits a uint64
// and which apd writes without an exponent), by strconv: Key is made for
// every fact of every document, and apd's Text went through a big.Int (2%
// of the CPU of a figure-dense corpus). ok is false for the rest, left to
// apd.
func appendCanonPlain(b []byte, r *apd.Decimal) (_ []byte, ok bool) {
	if r.Form != apd.Finite || !r.Coeff.IsUint64() {
		return b, false
	}
	return appendCanonUint(b, r.Negative, r.Coeff.Uint64(), int(r.Exponent))
}

// appendCanonUint is appendCanonPlain of the reduced value with the sign
// neg, the coefficient coeff and the exponent e.
func appendCanonUint(b []byte, neg bool, coeff uint64, e int) (_ []byte, ok bool) {
	orig := len(b)
	if neg {
		b = append(b, '-')
	}
	start := len(b)
	b = strconv.AppendUint(b, coeff, 10)
	n := len(b) - start
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
		return b[:orig], false
	}
	return b, true
}
