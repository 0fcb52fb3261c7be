package numbers

import (
	"reflect"
	"testing"

	"golang.org/x/text/language"
)

// sameAsMatch asserts that AppendMatch appends Match's pairs to what dst
// holds, leaving that alone, and that they differ from Match's only by the
// message and suggestion of an unpaired fact, which AppendMatch leaves out.
func sameAsMatch(t *testing.T, src, tgt []Fact, st, tt language.Tag) {
	t.Helper()
	want := Match(src, tgt, st, tt)
	for i := range want {
		if want[i].Diagnosis.Cause == Unpaired {
			want[i].Diagnosis.Message, want[i].Diagnosis.Suggestion = "", ""
		}
	}
	for _, dst := range [][]Pair{nil, {{Src: 7, Tgt: 9, Diagnosis: Diagnosis{Message: "kept"}}}} {
		prefix := append([]Pair(nil), dst...)
		got := AppendMatch(dst, src, tgt, st, tt)
		if len(prefix) > 0 && !reflect.DeepEqual(got[:len(prefix)], prefix) {
			t.Fatalf("AppendMatch changed dst: %v, was %v", got[:len(prefix)], prefix)
		}
		if got := got[len(prefix):]; len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("AppendMatch(%v, %v)\n got %+v\nwant %+v", st, tt, got, want)
		}
	}
}

func TestAppendMatch(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		src, tgt string
	}{
		{"both empty", "", ""},
		{"source empty", "", "68 Resolutionen"},
		{"target empty", "on August 5, 2019", ""},
		{"all paired", "68 and 83.79 million VND", "83.790 Millionen VND und 68"},
		{"twice vs once", "5 and 5", "5"},
		{"unpaired on both sides", "on August 5, 2019 the 17-NQ/TU and 40 %", "die 17-NQ/TU, 12 km und 3 Euro"},
		{"differing values", "1,197 and 1,179 and more than 200", "1.917 und 1.170 und 200"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			sameAsMatch(t, Extract(tc.src, en), Extract(tc.tgt, de), en, de)
		})
	}
}

// SameAsMatch is sameAsMatch for the tests of package numbers_test.
var SameAsMatch = sameAsMatch
