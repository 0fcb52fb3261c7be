package numbers

import (
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// roundTripTags are the languages (and Portuguese variants) whose numbers
// must read back: what x/text or Format writes in a language, Extract reads
// in that language to the same value.
var roundTripTags = []string{"en", "de", "nl", "fr", "es", "it", "pt-BR", "pt-PT", "vi"}

// roundTripSeed fixes the random values so that every run tests the same
// strings.
const roundTripSeed = 20190805

// pow10 is 10^n as an int64, n ≤ 18.
func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// randomDecimal returns an exact value with up to digits integer digits
// and frac fraction digits, and its x/text rendering in p's language. The
// value is exact (apd); x/text takes it as float64, which is exact enough
// for ≤ 15 significant digits rounded to frac places by number.Scale.
func randomDecimal(rng *rand.Rand, p *message.Printer, digits, frac int) (apd.Decimal, string) {
	n := rng.Int63n(pow10(digits + frac))
	var v apd.Decimal
	v.SetFinite(n, -int32(frac))
	var s string
	if frac == 0 {
		s = p.Sprint(number.Decimal(n))
	} else {
		s = p.Sprint(number.Decimal(float64(n)/float64(pow10(frac)), number.Scale(frac)))
	}
	return v, s
}

// readBack extracts s in tag and checks it is one fact of value want that
// spans the whole string.
func readBack(t *testing.T, s string, tag language.Tag, want *apd.Decimal, unit string) {
	t.Helper()
	fs := Extract(s, tag)
	if len(fs) != 1 {
		var got []string
		for _, f := range fs {
			got = append(got, describe(f))
		}
		t.Errorf("%s: Extract(%q) = %q, want one fact of value %s", tag, s, got, want.Text('f'))
		return
	}
	f := fs[0]
	if f.Value.Cmp(want) != 0 {
		t.Errorf("%s: Extract(%q) = %s, want %s", tag, s, f.Value.Text('f'), want.Text('f'))
	}
	if f.Offset != 0 || f.End != len(s) {
		t.Errorf("%s: Extract(%q) spans %q, want the whole text", tag, s, f.Text)
	}
	if f.Unit != unit {
		t.Errorf("%s: Extract(%q) unit %q, want %q", tag, s, f.Unit, unit)
	}
}

// eachLanguage runs fn as a parallel subtest for every tag of
// roundTripTags, skipping (by name) a language numbers has no table for.
func eachLanguage(t *testing.T, fn func(t *testing.T, tag language.Tag)) {
	for _, code := range roundTripTags {
		tag := language.MustParse(code)
		t.Run(code, func(t *testing.T) {
			t.Parallel()
			if !Supported(tag) {
				t.Skipf("numbers has no table for %s yet", code)
			}
			fn(t, tag)
		})
	}
}

// TestRoundTripDigits: integers, decimals and large grouped values written
// by x/text in each language read back to the same value. French is also
// read with today's CLDR narrow no-break space in place of x/text's
// (CLDR 32) no-break space.
func TestRoundTripDigits(t *testing.T) {
	t.Parallel()
	eachLanguage(t, func(t *testing.T, tag language.Tag) {
		rng := rand.New(rand.NewSource(roundTripSeed))
		p := message.NewPrinter(tag)
		for i := 0; i < 600; i++ {
			var digits, frac int
			switch i % 3 {
			case 0: // integers, some grouped
				digits = 1 + rng.Intn(9)
			case 1: // decimals
				digits, frac = 1+rng.Intn(6), 1+rng.Intn(3)
			default: // large values with several groups
				digits, frac = 10+rng.Intn(4), rng.Intn(3) // ≤ 15 significant digits
			}
			v, s := randomDecimal(rng, p, digits, frac)
			readBack(t, s, tag, &v, "")
			if strings.ContainsRune(s, '\u00a0') {
				readBack(t, strings.ReplaceAll(s, "\u00a0", "\u202f"), tag, &v, "")
			}
		}
		for i := 0; i < 200; i++ { // percentages: "12,5 %", "12.5%"
			frac := rng.Intn(3)
			n := rng.Int63n(pow10(3 + frac))
			var v apd.Decimal
			v.SetFinite(n, -int32(frac))
			s := p.Sprint(number.Percent(float64(n)/float64(pow10(frac+2)), number.Scale(frac)))
			readBack(t, s, tag, &v, "%")
		}
	})
}

// TestRoundTripScaled: a fact with a scale word (and optionally a
// currency), written by Format in each language with the full and the
// abbreviated scale word, reads back to the same value, scale and unit.
func TestRoundTripScaled(t *testing.T) {
	t.Parallel()
	eachLanguage(t, func(t *testing.T, tag language.Tag) {
		l := localeFor(tag)
		var exps []int
		for e := range l.ScaleNames {
			exps = append(exps, e)
		}
		sort.Ints(exps)
		units := []string{"", "EUR", "USD", "VND"}
		rng := rand.New(rand.NewSource(roundTripSeed))
		for i := 0; i < 400; i++ {
			exp := exps[rng.Intn(len(exps))]
			var m apd.Decimal
			m.SetFinite(1+rng.Int63n(pow10(4)), -int32(rng.Intn(3)))
			kind, unit := Number, units[rng.Intn(len(units))]
			if unit != "" {
				kind = Money
			}
			scale := l.ScaleNames[exp].Many
			if i%2 == 1 {
				scale = "x." // Format then writes the table's abbreviation, if any
			}
			f := Fact{Kind: kind, Value: m, ScaleExp: exp, Scale: scale, Unit: unit}
			f.Value.Exponent += int32(exp)
			s := Format(f, tag)
			readBack(t, s, tag, &f.Value, unit)
			if fs := Extract(s, tag); len(fs) == 1 && fs[0].ScaleExp != exp {
				t.Errorf("%s: Extract(%q) scale 10^%d, want 10^%d", tag, s, fs[0].ScaleExp, exp)
			}
		}
	})
}
