package numbers

import (
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/apd/v3"
)

func decimalOf(t testing.TB, s string) *apd.Decimal {
	t.Helper()
	d, _, err := apd.NewFromString(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDigitChangeAndNear(t *testing.T) {
	tests := []struct {
		a, b      string
		one, swap bool
		near      bool
	}{
		{"1197", "1179", false, true, true},
		{"1197", "7191", false, false, false},
		{"1197", "1917", false, true, false},
		{"1.197", "1.917", false, true, false},
		{"83.79", "83.78", true, false, true},
		{"83.79", "8379", false, false, false},
		{"8E+3", "9000", true, false, false},
		{"2024", "2025", true, false, true},
		{"0", "0", false, false, true},
		{"0", "5", true, false, false},
		{"-5", "5", false, false, false},
		{"-0", "0", false, false, true},
		{"100", "91", false, false, true},
		{"100", "89", false, false, false},
		{"-100", "-91", false, false, true},
		{"12345", "12354", false, true, true},
		{"12345", "21345", false, true, false},
		{"12345", "12435", false, true, true},
		{"12345", "13245", false, true, true},
		{"12345", "12346", true, false, true},
		{"12345", "22346", false, false, false},
		{"4.5E+12", "4.6E+12", true, false, true},
		{"123456789012345678901234", "123456789012345678901235", true, false, true},
		{"1E+40", "2E+40", true, false, false},
		{"576460752303423487", "576460752303423478", false, true, true},
		{"0.000001", "0.000002", true, false, false},
	}
	for _, tt := range tests {
		a, b := decimalOf(t, tt.a), decimalOf(t, tt.b)
		one, swap := digitChange(a, b)
		if one != tt.one || swap != tt.swap {
			t.Errorf("digitChange(%s, %s) = %v, %v, want %v, %v", tt.a, tt.b, one, swap, tt.one, tt.swap)
		}
		if o, s := digitChangeIn(alignedDigits(a, b)); o != one || s != swap {
			t.Errorf("digitChangeIn(%s, %s) = %v, %v, digitChange says %v, %v", tt.a, tt.b, o, s, one, swap)
		}
		if got := near(a, b); got != tt.near || got != nearByApd(a, b) {
			t.Errorf("near(%s, %s) = %v, want %v (apd says %v)", tt.a, tt.b, got, tt.near, nearByApd(a, b))
		}
	}
}

// TestDigitChangeAgreesWithStrings compares the machine-integer answers with
// those on digit strings and apd arithmetic for random values, many of them
// a digit or two apart.
func TestDigitChangeAgreesWithStrings(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var a, b apd.Decimal
	for range 20000 {
		x := r.Int64N(1 << r.IntN(62))
		y := x
		switch r.IntN(4) {
		case 0:
			y = r.Int64N(1 << r.IntN(62))
		case 1:
			y = x + r.Int64N(20) - 10
		case 2:
			y = x ^ 1<<r.IntN(8)
		}
		a.SetFinite(x, int32(r.IntN(7)-3))
		b.SetFinite(y, int32(r.IntN(7)-3))
		a.Negative, b.Negative = r.IntN(8) == 0, r.IntN(8) == 0
		one, swap := digitChange(&a, &b)
		if o, s := digitChangeIn(alignedDigits(&a, &b)); o != one || s != swap {
			t.Fatalf("digitChange(%s, %s) = %v, %v, on strings %v, %v", &a, &b, one, swap, o, s)
		}
		if near(&a, &b) != nearByApd(&a, &b) {
			t.Fatalf("near(%s, %s) = %v, apd says %v", &a, &b, near(&a, &b), nearByApd(&a, &b))
		}
	}
}

// TestReducedUintAgreesWithDigits: reducedUint, on the values it reads,
// gives the exponent reducedDigits gives, and two values' digits are equal
// as numbers exactly when reducedDigits writes them alike.
func TestReducedUintAgreesWithDigits(t *testing.T) {
	values := []string{"0", "-0", "0E+3", "0.000", "5", "50", "5E+1", "0.5", "500.00", "-500", "83.79", "8379",
		"83790", "4E+12", "4000000000000", "1197", "11970", "18446744073709551615", "18446744073709551616",
		"184467440737095516150", "1.8446744073709551615", "100000000000000000000"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var d apd.Decimal
		d.SetFinite(r.Int64N(1<<r.IntN(62))*int64(pow10int(r.IntN(4))), int32(r.IntN(9)-4))
		values = append(values, d.String())
	}
	for _, x := range values {
		a := decimalOf(t, x)
		ca, ea := reducedDigits(a)
		ua, uaExp, ok := reducedUint(a)
		if ok && (uaExp != ea || strconvU(ua) != ca) {
			t.Fatalf("reducedUint(%s) = %d, %d; reducedDigits %s, %d", x, ua, uaExp, ca, ea)
		}
		if !ok && a.Coeff.IsUint64() {
			t.Fatalf("reducedUint(%s) declined a coefficient that fits", x)
		}
	}
	for k := range 3000 {
		x, y := values[k%len(values)], values[(k*7+k/len(values))%len(values)]
		c := comparer{a: &Fact{Value: *decimalOf(t, x)}, b: &Fact{Value: *decimalOf(t, y)}}
		same, ea, eb := c.reducedPair()
		ca, wea := reducedDigits(&c.a.Value)
		cb, web := reducedDigits(&c.b.Value)
		if same != (ca == cb) || ea != wea || eb != web {
			t.Fatalf("reducedPair(%s, %s) = %v, %d, %d; by digits %v, %d, %d", x, y, same, ea, eb, ca == cb, wea, web)
		}
	}
}

func strconvU(u uint64) string { return new(apd.BigInt).SetUint64(u).String() }

// digitChange is digitChangeAligned on values it aligns itself.
func digitChange(a, b *apd.Decimal) (one, swap bool) {
	x, y, ok := alignedUints(a, b)
	return digitChangeAligned(a, b, x, y, ok)
}

// near is nearAligned on values it aligns itself.
func near(a, b *apd.Decimal) bool {
	x, y, ok := alignedUints(a, b)
	return nearAligned(a, b, x, y, ok)
}
