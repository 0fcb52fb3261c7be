package numbers

import (
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/apd/v3"
)

// canonPlain must write what apd writes (canonByApd) wherever it answers,
// and answer for the values facts have.
func TestCanonPlainSameAsApd(t *testing.T) {
	t.Parallel()
	check := func(d *apd.Decimal) {
		t.Helper()
		var r apd.Decimal
		r.Reduce(d)
		want := canonByApd(&r)
		if got, ok := canonPlain(&r); ok && got != want {
			t.Fatalf("canonPlain(%s) = %q, apd writes %q", d, got, want)
		}
	}
	for _, s := range []string{
		"0", "-0", "0.00", "1", "-1", "2024", "83.79", "83.790", "4E+12", "4000000000000",
		"123456", "1234567", "100000", "1000000", "0.000001", "0.0000001", "-0.5", "12.5E-3",
		"18446744073709551615", "18446744073709551616", "1.5E+3", "999999.9", "0.1234567",
	} {
		d, _, err := apd.NewFromString(s)
		if err != nil {
			t.Fatal(err)
		}
		check(d)
	}
	for _, c := range []struct {
		s  string
		ok bool
	}{{"2024", true}, {"83.79", true}, {"-0.5", true}, {"4E+12", false}, {"1234567", true}} {
		d, _, _ := apd.NewFromString(c.s)
		var r apd.Decimal
		r.Reduce(d)
		if _, ok := canonPlain(&r); ok != c.ok {
			t.Errorf("canonPlain(%s): ok %v, want %v", c.s, ok, c.ok)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		var d apd.Decimal
		coeff := rng.Uint64() >> rng.IntN(64)
		d.Coeff.SetUint64(coeff)
		d.Exponent = int32(rng.IntN(30) - 15)
		d.Negative = rng.IntN(2) == 0
		check(&d)
	}
}

func BenchmarkCanon(b *testing.B) {
	var ds []*apd.Decimal
	for _, s := range []string{"2024", "83.79", "4E+12", "1197", "0.4", "11883495", "-3.5"} {
		d, _, _ := apd.NewFromString(s)
		ds = append(ds, d)
	}
	b.ReportAllocs()
	for range b.N {
		for _, d := range ds {
			_ = canon(d)
		}
	}
}
