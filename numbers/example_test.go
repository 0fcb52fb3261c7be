package numbers_test

import (
	"fmt"

	"github.com/tally-qa/tally/numbers"
	"golang.org/x/text/language"
)

func Example() {
	en := numbers.Extract("the average income is 83.79 million VND/person/year", language.English)
	de := numbers.Extract("das Durchschnittseinkommen beträgt 83.790 Millionen VND/Person/Jahr", language.German)
	for _, p := range numbers.Match(en, de, language.English, language.German) {
		fmt.Println(p.Diagnosis.Cause)
		fmt.Println(p.Diagnosis.Suggestion)
	}
	// Output:
	// separator
	// 83,79 Millionen VND
}

func ExampleExtract() {
	for _, f := range numbers.Extract("Von 2019 bis 2024 mehr als 4.000 Milliarden VND für die 15. Konferenz", language.German) {
		fmt.Printf("%s %q %s\n", f.Kind, f.Text, f.Key())
	}
	// Output:
	// range "Von 2019 bis 2024" 2019..2024
	// money "mehr als 4.000 Milliarden VND" 4E+12 VND
	// ordinal "15." #15
}

func ExampleFormat() {
	f := numbers.Extract("4,000 billion VND", language.English)[0]
	fmt.Println(numbers.Format(f, language.German))
	// Output: 4.000 Milliarden VND
}
