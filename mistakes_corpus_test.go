package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// mistakesDir holds translations with planted mistakes and the findings
// tally must report for them (testdata/mistakes/README.md).
const mistakesDir = "testdata/mistakes"

// TestMistakesCorpus checks every pair of testdata/mistakes and expects
// exactly the warnings and errors listed in findings.want: each planted
// mistake found, and nothing else raised.
func TestMistakesCorpus(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(mistakesDir, "findings.want"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		stem, rest, _ := strings.Cut(line, " ")
		want[stem] = append(want[stem], rest)
	}
	pairs := agreePairs(t, mistakesDir)
	if len(pairs) < 10 {
		t.Fatalf("%d pairs in %s", len(pairs), mistakesDir)
	}
	for _, p := range pairs {
		stem, _, _ := strings.Cut(filepath.Base(p[0]), ".")
		t.Run(stem, func(t *testing.T) {
			_, _, r := checkAgree(t, p[0], p[1])
			var got []string
			for _, f := range r.Findings {
				if f.Severity == "warning" || f.Severity == "error" {
					got = append(got, f.Severity+" | "+f.SourceText+" | "+f.TargetText)
				}
			}
			slices.Sort(got)
			w := slices.Clone(want[stem])
			slices.Sort(w)
			if !slices.Equal(got, w) {
				t.Errorf("findings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(w, "\n  "))
			}
		})
	}
}
