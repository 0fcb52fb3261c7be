package numbers

import (
	"math/rand/v2"
	"strings"
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
		// canon reduces on machine integers what fits them
		if got := canon(d); got != want {
			t.Fatalf("canon(%s) = %q, apd writes %q", d, got, want)
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

// keyByParts is key as it was written before it used one buffer: a string
// for each part, joined.
func keyByParts(f Fact) string {
	switch f.Kind {
	case Code:
		return normCode(f.Text)
	case Date, Time:
		if f.ISO == "" {
			return strings.Join(f.ISOChoices, "|")
		}
		return f.ISO
	case Ordinal:
		return "#" + canonOf(&f.Value)
	case Range:
		if isDateRange(&f) {
			return f.ISO
		}
		return canonOf(f.Low) + ".." + canonOf(f.High) + unitKeyOf(f.Unit)
	case Percent, PercentPoint, PerMille:
		return canonOf(&f.Value) + f.Unit
	}
	return canonOf(&f.Value) + unitKeyOf(f.Unit)
}

func unitKeyOf(u string) string {
	if u == "" {
		return ""
	}
	return " " + u
}

// canonOf is canon by apd alone.
func canonOf(d *apd.Decimal) string {
	if d == nil {
		return ""
	}
	var r apd.Decimal
	r.Reduce(d)
	return canonByApd(&r)
}

// TestKeyByParts: key, written into one buffer, is the key joined from its
// parts, for every kind, with and without units, on values plain and not.
func TestKeyByParts(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 8))
	kinds := []Kind{Number, Percent, PercentPoint, PerMille, Money, Quantity, Ordinal, Year, Range, Code, Date, Time}
	units := []string{"", "%", "USD", "km", "year", "VND"}
	codes := []string{"QL-18", "17-NQ/TU", "dt.550", "4x100m", "4 x 100 m", "4X100M", "x100m", "4xm", "4x1a0m", "Đ-5", "qđ 12", "a\u00a0b", "", " ", "m"}
	dec := func() *apd.Decimal {
		d := new(apd.Decimal)
		if rng.IntN(20) == 0 {
			d.Coeff.SetString("123456789012345678901234567890", 10)
		} else {
			d.Coeff.SetUint64(rng.Uint64() >> rng.IntN(64))
		}
		d.Exponent = int32(rng.IntN(30) - 15)
		d.Negative = rng.IntN(3) == 0
		return d
	}
	for range 50000 {
		f := Fact{Kind: kinds[rng.IntN(len(kinds))], Unit: units[rng.IntN(len(units))], Text: codes[rng.IntN(len(codes))], ISO: "2019-08-05"}
		f.Value = *dec()
		if f.Kind == Range {
			switch rng.IntN(4) {
			case 0: // a range of dates: no ends, the interval
				f.ISO = "2025-03-03/2025-03-05"
			case 1:
				f.Low = dec()
			default:
				f.Low, f.High = dec(), dec()
			}
		}
		if got, want := key(&f), keyByParts(f); got != want {
			t.Fatalf("key(%+v) = %q, by parts %q", f, got, want)
		}
		if got, want := string(f.AppendKey([]byte("k:"))), "k:"+keyByParts(f); got != want {
			t.Fatalf("AppendKey(%+v) = %q, by parts %q", f, got, want)
		}
	}
	two := &Fact{Kind: Date, ISOChoices: []string{"2019-08-05", "2019-05-08"}}
	if got, want := key(two), "2019-08-05|2019-05-08"; got != want {
		t.Errorf("key of two readings = %q, want %q", got, want)
	}
	if got, want := string(two.AppendKey(nil)), "2019-08-05|2019-05-08"; got != want {
		t.Errorf("AppendKey of two readings = %q, want %q", got, want)
	}
}

// TestAppendNormCode: the key of a code written byte by byte for ASCII is
// normCode's, and text past ASCII is normCode's too.
func TestAppendNormCode(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{"QL-18", "QL-18"},
		{"17-nq/tu", "17-NQ/TU"},
		{"4x100m", "4X100"},
		{"4 x 100 m", "4X100"},
		{"4\tx\n100\vm", "4X100"},
		{"x100m", "X100M"},
		{"4xm", "4X"},
		{"4x1a0m", "4X1A0M"},
		{"4x100m2", "4X100M2"},
		{"qđ 12", "QD12"},
		{"4\u00a0x 100m", "4X100"},
		{"", ""},
		{" ", ""},
	} {
		if got := string(appendNormCode([]byte("k:"), c.in)); got != "k:"+c.want {
			t.Errorf("appendNormCode(%q) = %q, want %q", c.in, got, "k:"+c.want)
		}
		if got := normCode(c.in); got != c.want {
			t.Errorf("normCode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzAppendNormCode compares appendNormCode with normCode on any text.
func FuzzAppendNormCode(f *testing.F) {
	for _, s := range []string{"QL-18", "4 x 100 m", "4x100m", "qđ 12", "\t\v", "4\u00a0x100m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendNormCode([]byte("k:"), s)), "k:"+normCode(s); got != want {
			t.Errorf("appendNormCode(%q) = %q, normCode %q", s, got, want)
		}
	})
}

// TestDecEqualSameAsCmp: decEqual answers as apd's Cmp does, on values
// equal in other writings (a coefficient scaled, its exponent lowered),
// zeros of either sign, values past a uint64, and not finite ones.
func TestDecEqualSameAsCmp(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(9, 10))
	dec := func() apd.Decimal {
		var d apd.Decimal
		switch rng.IntN(30) {
		case 0:
			d.Coeff.SetString("123456789012345678901234567890", 10)
		case 1:
			d.Form = apd.Infinite
		case 2:
			d.Form = apd.NaN
		case 3: // zero
		default:
			d.Coeff.SetUint64(rng.Uint64() >> (rng.IntN(8) * 8))
		}
		d.Exponent = int32(rng.IntN(40) - 20)
		d.Negative = rng.IntN(3) == 0
		return d
	}
	for range 300000 {
		x, y := dec(), dec()
		if rng.IntN(2) == 0 {
			// y: x written with k more zeros, or with a neighbouring coefficient
			y = x
			y.Coeff.Set(&x.Coeff)
			k := rng.IntN(22)
			var p apd.BigInt
			p.Exp(apd.NewBigInt(10), apd.NewBigInt(int64(k)), nil)
			y.Coeff.Mul(&y.Coeff, &p)
			y.Exponent -= int32(k)
			switch rng.IntN(4) {
			case 0:
				y.Coeff.Add(&y.Coeff, apd.NewBigInt(1))
			case 1:
				y.Negative = !y.Negative
			}
		}
		if got, want := decEqual(&x, &y), x.Cmp(&y) == 0; got != want {
			t.Fatalf("decEqual(%s, %s) = %v, Cmp says %v", &x, &y, got, want)
		}
	}
}

// canon is appendCanon as a string.
func canon(d *apd.Decimal) string {
	var buf [48]byte
	return string(appendCanon(buf[:0], d))
}

// canonPlain is appendCanonPlain as a string.
func canonPlain(r *apd.Decimal) (string, bool) {
	var buf [48]byte
	b, ok := appendCanonPlain(buf[:0], r)
	return string(b), ok
}
