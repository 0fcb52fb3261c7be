package numbers

import (
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
	if r.Exponent >= 0 && r.NumDigits()+int64(r.Exponent) <= 6 {
		return r.Text('f')
	}
	return r.String()
}
