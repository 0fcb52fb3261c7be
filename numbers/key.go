package numbers

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"github.com/cockroachdb/apd/v3"
)

// key returns the language-independent key of f (see Fact.Key). It is
// written into one buffer and made a string once: Key is made for every
// fact of every document, and the value, the unit and the joins were a
// string each. A date or a time is its ISO string, without a copy.
//
// It reads f through a pointer: Fact.Key has copied the fact once already,
// and a fact is large.
func key(f *Fact) string {
	if f.ISO != "" && (f.Kind == Date || f.Kind == Time || f.Kind == Range) {
		return f.ISO // what appendKey would copy
	}
	var buf [64]byte
	return string(appendKey(buf[:0], f))
}

// appendKey appends the key of f to b (see Fact.AppendKey).
func appendKey(b []byte, f *Fact) []byte {
	switch f.Kind {
	case Code:
		return appendNormCode(b, f.Text)
	case Date, Time:
		if f.ISO == "" {
			for i, c := range f.ISOChoices {
				if i > 0 {
					b = append(b, '|')
				}
				b = append(b, c...)
			}
			return b
		}
		return append(b, f.ISO...)
	case Ordinal:
		return appendCanon(append(b, '#'), &f.Value)
	case Range:
		if isDateRange(f) {
			return append(b, f.ISO...)
		}
		b = appendCanon(b, f.Low)
		b = appendCanon(append(b, ".."...), f.High)
		return appendUnitKey(b, f.Unit)
	case Percent, PercentPoint, PerMille:
		return append(appendCanon(b, &f.Value), f.Unit...)
	}
	return appendUnitKey(appendCanon(b, &f.Value), f.Unit)
}

// appendNormCode appends normCode(s) to b. A code of ASCII (nearly every
// one) is written here byte by byte, without the three strings normCode
// makes on the way (its fields, their join, the upper case); the rest is
// left to normCode. FuzzAppendNormCode compares the two.
func appendNormCode(b []byte, s string) []byte {
	start := len(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return append(b[:start], normCode(s)...)
		case c == ' ' || c >= '\t' && c <= '\r': // ASCII white space, as strings.Fields drops it
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	// a relay: "4x100m" = "4x100" = "4 x 100 m", as normCode has it
	c := b[start:]
	if x := bytes.IndexByte(c, 'X'); x > 0 && c[len(c)-1] == 'M' && digitsOnly(c[:x]) && digitsOnly(c[x+1:len(c)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// digitsOnly reports whether every byte of c is an ASCII digit.
func digitsOnly(c []byte) bool {
	for _, d := range c {
		if !isDigit(d) {
			return false
		}
	}
	return true
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
