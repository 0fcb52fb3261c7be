package words

import (
	"testing"

	"github.com/cockroachdb/apd/v3"
)

// tc is one row of a language table: the input, the prefix that must be read
// ("" for no match), its value, kind and weakness.
type tc struct {
	in   string
	text string
	val  string
	kind Kind
	weak bool
}

// no is a false-alarm row: in must not match at all.
func no(in string) tc { return tc{in: in} }

// runTable checks each row of a language table.
func runTable(t *testing.T, lang string, cases []tc) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			t.Parallel()
			r, ok := Match(lang, c.in)
			if c.text == "" {
				if ok {
					t.Fatalf("Match(%q, %q) = %q (%s), want no match", lang, c.in, c.in[:r.Len], r.Value.Text('f'))
				}
				return
			}
			if !ok {
				t.Fatalf("Match(%q, %q): no match, want %q", lang, c.in, c.text)
			}
			if got := c.in[:r.Len]; got != c.text {
				t.Errorf("Match(%q, %q) read %q, want %q", lang, c.in, got, c.text)
			}
			want, _, err := apd.NewFromString(c.val)
			if err != nil {
				t.Fatalf("bad test value %q", c.val)
			}
			if r.Value.Cmp(want) != 0 {
				t.Errorf("Match(%q, %q) = %s, want %s", lang, c.in, r.Value.Text('f'), c.val)
			}
			if r.Kind != c.kind {
				t.Errorf("Match(%q, %q) kind = %v, want %v", lang, c.in, r.Kind, c.kind)
			}
			if r.Weak != c.weak {
				t.Errorf("Match(%q, %q) weak = %v, want %v", lang, c.in, r.Weak, c.weak)
			}
		})
	}
}

const (
	C = Cardinal
	O = Ordinal
	F = Fraction
	M = Multiplier
	K = Collective
)
