package words_test

import (
	"fmt"

	"github.com/tally-qa/tally/numbers/words"
)

func ExampleMatch() {
	for _, c := range []struct{ lang, s string }{
		{"en", "twenty-three people"},
		{"en", "two million"},
		{"de", "einhundertfünfundzwanzig Euro"},
		{"de", "ein Drittel der Stimmen"},
		{"de", "Zweifel"},
		{"en", "a house"},
	} {
		r, ok := words.Match(c.lang, c.s)
		if !ok {
			fmt.Printf("%s %q: no number\n", c.lang, c.s)
			continue
		}
		fmt.Printf("%s %q: %q = %s kind=%v weak=%v\n", c.lang, c.s, c.s[:r.Len], r.Value.Text('f'), r.Kind, r.Weak)
	}
	// Output:
	// en "twenty-three people": "twenty-three" = 23 kind=cardinal weak=false
	// en "two million": "two" = 2 kind=cardinal weak=false
	// de "einhundertfünfundzwanzig Euro": "einhundertfünfundzwanzig" = 125 kind=cardinal weak=false
	// de "ein Drittel der Stimmen": "ein Drittel" = 0.333333333333 kind=fraction weak=false
	// de "Zweifel": no number
	// en "a house": "a" = 1 kind=cardinal weak=true
}

func ExampleFilter() {
	f := words.FilterFor("en")
	for _, s := range []string{"government", "the", "twenty-three", "Seven"} {
		fmt.Printf("%q may start a number: %v\n", s, f.MayStart(s))
	}
	// Output:
	// "government" may start a number: false
	// "the" may start a number: false
	// "twenty-three" may start a number: true
	// "Seven" may start a number: true
}
