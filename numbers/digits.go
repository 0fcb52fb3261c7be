package numbers

import "github.com/cockroachdb/apd/v3"

// Match diagnoses every source fact against every target fact of a link,
// and most of those pairs are two different counts that magnitude looks at
// digit by digit. The functions here answer its two questions (which
// digits differ; are the values within 10%) on machine integers when both
// values fit in one, as nearly all written figures do, and by apd's
// arithmetic and strings otherwise: the answers are the same either way.

// alignLimit bounds the coefficients aligned on machine integers: below it
// the sum of two of them times ten still fits in a uint64.
const alignLimit = 1 << 59

// alignedUints returns the coefficients of a and b written with the same
// exponent, the smaller of theirs (as alignedDigits writes them), and false
// when either is not a finite value or does not fit below alignLimit.
func alignedUints(a, b *apd.Decimal) (x, y uint64, ok bool) {
	if a.Form != apd.Finite || b.Form != apd.Finite || !a.Coeff.IsUint64() || !b.Coeff.IsUint64() {
		return 0, 0, false
	}
	e := min(a.Exponent, b.Exponent)
	if x, ok = scaleUint(a.Coeff.Uint64(), a.Exponent-e); !ok {
		return 0, 0, false
	}
	y, ok = scaleUint(b.Coeff.Uint64(), b.Exponent-e)
	return x, y, ok
}

// scaleUint returns c times 10^k, and false when that is not below
// alignLimit.
func scaleUint(c uint64, k int32) (uint64, bool) {
	if c >= alignLimit {
		return 0, false
	}
	for ; k > 0; k-- {
		if c >= alignLimit/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

// digitChangeAligned reports whether a and b, written with the same
// exponent and as many digits, differ in one digit only, or in two
// neighbouring digits that are swapped (1.197 and 1.917), given what
// alignedUints(a, b) returns: magnitude asks both this and nearAligned,
// which align the same values.
func digitChangeAligned(a, b *apd.Decimal, x, y uint64, ok bool) (one, swap bool) {
	if !ok {
		return digitChangeIn(alignedDigits(a, b))
	}
	if numDigits(x) != numDigits(y) {
		return false, false
	}
	// the positions are counted from the right, where alignedDigits's
	// strings count from the left: one difference, or two neighbours
	// swapped, is the same either way
	n, first, second := 0, 0, 0
	var xd, yd [2]uint64 // the digits at first and second
	for k := 0; x > 0 || y > 0; k++ {
		dx, dy := x%10, y%10
		x, y = x/10, y/10
		if dx == dy {
			continue
		}
		if n == 2 {
			return false, false
		}
		if n == 0 {
			first = k
		} else {
			second = k
		}
		xd[n], yd[n] = dx, dy
		n++
	}
	switch {
	case n == 1:
		return true, false
	case n == 2 && second == first+1 && xd[0] == yd[1] && xd[1] == yd[0]:
		return false, true
	}
	return false, false
}

// digitChangeIn is digitChangeAligned on the aligned digit strings of two values.
func digitChangeIn(da, db string) (one, swap bool) {
	if len(da) != len(db) {
		return false, false
	}
	var diff []int
	for i := range da {
		if da[i] != db[i] {
			diff = append(diff, i)
		}
	}
	switch {
	case len(diff) == 1:
		return true, false
	case len(diff) == 2 && diff[1] == diff[0]+1 && da[diff[0]] == db[diff[1]] && da[diff[1]] == db[diff[0]]:
		return false, true
	}
	return false, false
}

// numDigits returns the number of decimal digits of x (1 for 0).
func numDigits(x uint64) int {
	n := 1
	for x >= 10 {
		x /= 10
		n++
	}
	return n
}

// nearAligned reports whether a and b are within 10% of each other
// (|a-b| is at most |a|/10), given what alignedUints(a, b) returns.
func nearAligned(a, b *apd.Decimal, x, y uint64, ok bool) bool {
	if ok {
		diff := x + y // the signs differ: the distance is the sum
		if a.Negative == b.Negative {
			diff = max(x, y) - min(x, y)
		}
		return 10*diff <= x
	}
	return nearByApd(a, b)
}

// nearByApd is nearAligned by apd's arithmetic alone: for values that do not fit
// machine integers, and as the reference the tests hold near to.
func nearByApd(a, b *apd.Decimal) bool {
	var diff, lim apd.Decimal
	decCtx.Sub(&diff, a, b)
	diff.Abs(&diff)
	lim.Abs(a)
	lim.Exponent--
	return diff.Cmp(&lim) <= 0
}
