package numbers

import "github.com/cockroachdb/apd/v3"

// This file keeps the significant digits of the values compared: Match
// compares every source fact of a link with every target fact, so each
// fact's digits are worked out once, and on machine integers when they fit.

// reduced is a fact's significant digits and exponent, and for a code its
// normalized text, each worked out once.
type reduced struct {
	coeff    string
	exp      int
	done     bool
	code     string // normCode of the fact's text
	codeDone bool
}

// normCode returns normCode(f.Text), from r when r already has it (f is
// the fact r keeps the digits of).
func (r *reduced) normCode(f *Fact) string {
	if r == nil {
		return normCode(f.Text)
	}
	if !r.codeDone {
		r.code, r.codeDone = normCode(f.Text), true
	}
	return r.code
}

// of returns the reduced digits of d, from r when r already has them.
func (r *reduced) of(d *apd.Decimal) (string, int) {
	if r == nil {
		return reducedDigits(d)
	}
	if !r.done {
		r.coeff, r.exp = reducedDigits(d)
		r.done = true
	}
	return r.coeff, r.exp
}

// reducedPair reports whether the values of a and b have the same
// significant digits, and the exponents of their last digits. Both are
// read on machine integers when they fit, as nearly all do: magnitude
// compares every source fact of a link with every target fact, and
// writing the digits was two fifths of Match's allocations.
func (c *comparer) reducedPair() (same bool, ea, eb int) {
	if x, xe, ok := reducedUint(&c.a.Value); ok {
		if y, ye, ok := reducedUint(&c.b.Value); ok {
			return x == y, xe, ye
		}
	}
	ca, ea := c.ra.of(&c.a.Value)
	cb, eb := c.rb.of(&c.b.Value)
	return ca == cb, ea, eb
}

// reducedUint is reducedDigits as a number: the significant digits of d
// and the exponent of the last one, and false when d is not finite or its
// coefficient does not fit a uint64. Two values' digits are the same
// string exactly when these numbers are equal.
func reducedUint(d *apd.Decimal) (digits uint64, exp int, ok bool) {
	if d.Form != apd.Finite || !d.Coeff.IsUint64() {
		return 0, 0, false
	}
	digits, exp = d.Coeff.Uint64(), int(d.Exponent)
	if digits == 0 {
		return 0, 0, true // apd's Reduce writes zero with the exponent 0
	}
	for digits%10 == 0 {
		digits /= 10
		exp++
	}
	return digits, exp, true
}
