package align_test

import (
	"fmt"

	"github.com/tally-qa/tally/align"
)

// The caller passes each paragraph's numeric keys and adds TextAnchors;
// here the German merged two English paragraphs and dropped a comment line.
func Example() {
	unit := func(text string, numbers ...string) align.Unit {
		return align.Unit{Text: text, Anchors: append(numbers, align.TextAnchors(text)...)}
	}
	en := []align.Unit{
		unit("Quang Ninh attracted 3.1 billion USD in 2023, up 25%.", "3.1E+9 USD", "2023", "25%"),
		unit("The Dong Mai park received 1.2 billion USD.", "1.2E+9 USD"),
		unit("It also hired 4,000 workers.", "4000"),
		unit("Comment (0)", "0"),
	}
	de := []align.Unit{
		unit("Quang Ninh zog 2023 3,1 Milliarden USD an, 25 % mehr.", "3.1E+9 USD", "2023", "25%"),
		unit("Der Park Dong Mai erhielt 1,2 Milliarden USD und stellte 4.000 Arbeiter ein.", "1.2E+9 USD", "4000"),
	}
	a := align.Align(en, de, align.Options{})
	for _, l := range a.Links {
		fmt.Println(l.Kind(), l.Source, l.Target, l.Score > 0.5)
	}
	fmt.Println(len(a.LowConfidence(0.5)), "low-confidence region(s)")
	// Output:
	// 1-1 [0] [0] true
	// 2-1 [1 2] [1] true
	// 1-0 [3] [] true
	// 0 low-confidence region(s)
}

func ExampleSentences() {
	for _, s := range align.Sentences("Die 15. Konferenz tagte am 5. August, z. B. in Ha Long. Sie ehrte 83 Personen.") {
		fmt.Println(s)
	}
	// Output:
	// Die 15. Konferenz tagte am 5. August, z. B. in Ha Long.
	// Sie ehrte 83 Personen.
}

func ExampleTextAnchors() {
	fmt.Printf("%q\n", align.TextAnchors("Resolution No. 17-NQ/TU of Quảng Ninh province (VND), see https://baoquangninh.vn/x.html"))
	// Output:
	// ["17-NQ/TU" "Quang Ninh" "VND" "https://baoquangninh.vn/x.html"]
}
