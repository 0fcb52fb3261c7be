package report

import (
	"bufio"
	"bytes"
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
	in := &input{Report: r, nsets: len(r.Sets), sets: func(yield func(*check.SetResult) bool) {
		for i := range r.Sets {
			if !yield(&r.Sets[i]) {
				return
			}
		}
	}}
	out := JSONReport{
		Findings: []JSONFinding{},
		Sets:     make([]JSONSet, 0, len(r.Sets)),
		Unpaired: nonNil(r.Unpaired),
		Skipped:  nonNil(r.Skipped),
		Failed:   nonNil(r.Failed),
		Totals:   jsonTotals(in),
	}
	for s := range in.sets {
		for _, f := range visible(s, opt) {
			out.Findings = append(out.Findings, JSONFinding{Set: s.Name, Finding: f})
		}
		out.Sets = append(out.Sets, jsonSet(s))
	}
	return out
}

func jsonSet(s *check.SetResult) JSONSet {
	return JSONSet{Set: s.Name, Files: nonNil(s.Files), Pairs: nonNil(s.Pairs), Counts: setCounts(s)}
}

func jsonTotals(in *input) JSONTotals {
	return jsonTotalsOf(in, in.stats(), in.totals())
}

// jsonTotalsOf is jsonTotals given the stats and totals of in's sets.
func jsonTotalsOf(in *input, st stats, counts check.Counts) JSONTotals {
	return JSONTotals{
		Counts: counts,
		Sets:   st.Sets, Links: st.Links, FactsCompared: st.Facts, Agreed: st.Agreed,
		Unpaired: len(in.Unpaired), Skipped: len(in.Skipped), Failed: len(in.Failed),
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeJSON writes the JSONReport document one element at a time, so that
// a batch's findings are never all in memory; the bytes are those of
// encodeJSON(NewJSONReport(...)).
func writeJSON(w io.Writer, in *input, opt Options) error {
	jw := &jsonWriter{w: bufio.NewWriter(w)}
	jw.raw("{\n  \"findings\": [")
	first := true
	for s := range in.sets {
		for _, f := range visible(s, opt) {
			jf := JSONFinding{Set: s.Name, Finding: f}
			jw.handElement(&first, func(w *indenter) { appendJSONFinding(w, &jf) })
		}
	}
	jw.endArray(first)
	jw.raw(",\n  \"sets\": [")
	first = true
	// The totals are summed on the way: each pass over a batch's sets
	// decodes them from the spool again.
	var st stats
	counts := in.Totals
	for s := range in.sets {
		js := jsonSet(s)
		jw.handElement(&first, func(w *indenter) { appendJSONSet(w, &js) })
		st.add(s)
		if in.Totals == (check.Counts{}) { // as in.totals
			c := setCounts(s)
			counts.Errors += c.Errors
			counts.Warnings += c.Warnings
			counts.Infos += c.Infos
		}
	}
	jw.endArray(first)
	jw.field("unpaired", nonNil(in.Unpaired))
	jw.field("skipped", nonNil(in.Skipped))
	jw.field("failed", nonNil(in.Failed))
	jw.field("totals", jsonTotalsOf(in, st, counts))
	jw.raw("\n}\n")
	if jw.err == nil {
		jw.err = jw.w.Flush()
	}
	if jw.err != nil {
		return fmt.Errorf("report: write json: %w", jw.err)
	}
	return nil
}

// jsonWriter writes a JSON document piece by piece, indented as
// encoding/json indents it by two spaces, without HTML escaping.
type jsonWriter struct {
	w   *bufio.Writer
	err error
	buf bytes.Buffer // reused by value
	ind indenter     // reused by handElement
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// value writes v as the indented JSON of a value nested under prefix.
func (j *jsonWriter) value(v any, prefix string) {
	if j.err != nil {
		return
	}
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if j.err = enc.Encode(v); j.err == nil {
		_, j.err = j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	}
}

// element writes one element of a top-level array.
func (j *jsonWriter) element(first *bool, v any) {
	if !*first {
		j.raw(",")
	}
	*first = false
	j.raw("\n    ")
	j.value(v, "    ")
}

// handElement writes one element of a top-level array with an encoder
// of jsonenc.go: the bytes element would write, without reflection.
func (j *jsonWriter) handElement(first *bool, write func(w *indenter)) {
	if !*first {
		j.raw(",")
	}
	*first = false
	j.raw("\n    ")
	if j.err != nil {
		return
	}
	j.ind = indenter{b: j.ind.b[:0], prefix: "    ", open: j.ind.open[:0]}
	write(&j.ind)
	_, j.err = j.w.Write(j.ind.b)
}

func (j *jsonWriter) endArray(empty bool) {
	if empty {
		j.raw("]")
		return
	}
	j.raw("\n  ]")
}

// field writes a further member of the top-level object.
func (j *jsonWriter) field(name string, v any) {
	j.raw(",\n  \"" + name + "\": ")
	j.value(v, "  ")
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
