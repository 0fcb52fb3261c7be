package numbers_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
	"github.com/tally-qa/tally/numbers"
)

// TestAppendMatchDense compares AppendMatch with Match on the dense sets,
// by paragraph and by file, English against every other language.
func TestAppendMatchDense(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	for _, s := range denseFacts(t)[:50] {
		for _, code := range gen.Languages[1:] {
			src, tgt := s["en"], s[code]
			tag := language.Make(code)
			numbers.SameAsMatch(t, flatten(src), flatten(tgt), language.English, tag)
			for i := range min(len(src), len(tgt)) {
				numbers.SameAsMatch(t, src[i], tgt[i], language.English, tag)
				numbers.SameAsMatch(t, src[i], tgt[(i+1)%len(tgt)], language.English, tag)
			}
		}
	}
}
