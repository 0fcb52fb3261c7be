package numbers

import (
	"strings"
	"testing"

	"github.com/tally-qa/tally/numbers/words"
	"golang.org/x/text/language"
)

// extractCase is one row of an extraction table: the input and the facts
// it must yield, each written "kind|text|key" or "kind|text|key|qualifier".
// A nil want means: no fact at all.
type extractCase struct {
	in      string
	want    []string
	spelled bool // needs numbers/words
}

// describe writes a fact the way extractCase rows do.
func describe(f Fact) string {
	s := string(f.Kind) + "|" + f.Text + "|" + f.Key()
	if f.Qualifier != NoQualifier {
		s += "|" + string(f.Qualifier)
	}
	return s
}

func wordsReady() bool {
	_, ok := words.Match("en", "ten")
	return ok
}

func runExtractTable(t *testing.T, tag language.Tag, cases []extractCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			if tc.spelled && !wordsReady() {
				t.Skip("numbers/words not ready")
			}
			var got []string
			for _, f := range Extract(tc.in, tag) {
				got = append(got, describe(f))
				if tc.in[f.Offset:f.End] != f.Text {
					t.Errorf("span %d:%d is %q, Text %q", f.Offset, f.End, tc.in[f.Offset:f.End], f.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Extract(%q)\n got: %q\nwant: %q", tc.in, got, tc.want)
			}
		})
	}
}
