package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/tally-qa/tally/check"
)

// JSONFinding is one finding in the JSON document: the set it belongs to
// and every field of check.Finding, flattened.
type JSONFinding struct {
	Set string `json:"set"`
	check.Finding
}

// JSONSet is the summary of one set in the JSON document.
type JSONSet struct {
	Set    string            `json:"set"`
	Files  []check.FileInfo  `json:"files"`
	Pairs  []check.PairStats `json:"pairs"`
	Counts check.Counts      `json:"counts"`
}

// JSONTotals sums up the whole run in the JSON document.
type JSONTotals struct {
	check.Counts
	Sets          int `json:"sets"`
	Links         int `json:"links"`
	FactsCompared int `json:"facts_compared"`
	Agreed        int `json:"agreed"`
	Unpaired      int `json:"unpaired"`
	Skipped       int `json:"skipped"`
	Failed        int `json:"failed"`
}

// JSONReport is the JSON document Write produces for the json format; its
// schema is documented in docs/REPORT.md. Every array is present, empty
// rather than null.
type JSONReport struct {
	Findings []JSONFinding    `json:"findings"`
	Sets     []JSONSet        `json:"sets"`
	Unpaired []check.FileInfo `json:"unpaired"`
	Skipped  []check.Problem  `json:"skipped"`
	Failed   []check.Problem  `json:"failed"`
	Totals   JSONTotals       `json:"totals"`
}

// NewJSONReport builds the JSON document for r: the findings opt asks for,
// flattened across sets in order.
func NewJSONReport(r *check.Report, opt Options) JSONReport {
	out := JSONReport{
		Findings: []JSONFinding{},
		Sets:     make([]JSONSet, 0, len(r.Sets)),
		Unpaired: nonNil(r.Unpaired),
		Skipped:  nonNil(r.Skipped),
		Failed:   nonNil(r.Failed),
	}
	for i := range r.Sets {
		s := &r.Sets[i]
		for _, f := range visible(s, opt) {
			out.Findings = append(out.Findings, JSONFinding{Set: s.Name, Finding: f})
		}
		out.Sets = append(out.Sets, JSONSet{
			Set:    s.Name,
			Files:  nonNil(s.Files),
			Pairs:  nonNil(s.Pairs),
			Counts: setCounts(s),
		})
	}
	st := statsOf(r.Sets...)
	out.Totals = JSONTotals{
		Counts: totals(r),
		Sets:   st.Sets, Links: st.Links, FactsCompared: st.Facts, Agreed: st.Agreed,
		Unpaired: len(r.Unpaired), Skipped: len(r.Skipped), Failed: len(r.Failed),
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func writeJSON(w io.Writer, r *check.Report, opt Options) error {
	return encodeJSON(w, NewJSONReport(r, opt))
}

// encodeJSON writes v indented by two spaces, without HTML escaping (a
// report holds "<" and "&" in text as written).
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("report: write json: %w", err)
	}
	return nil
}
