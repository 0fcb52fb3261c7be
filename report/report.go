package report

import (
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/tally-qa/tally/check"
)

// Format names an output format.
type Format string

// The output formats.
const (
	Table    Format = "table"    // terminal table with a summary line
	JSON     Format = "json"     // one JSON document (docs/REPORT.md)
	CSV      Format = "csv"      // header row and one row per finding
	Markdown Format = "markdown" // summary and a GitHub-flavoured table
)

// Formats lists the formats in the order a help text should show them.
var Formats = []Format{Table, JSON, CSV, Markdown}

// ParseFormat reads a format name, in any case; "md" is accepted for
// markdown.
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if name == "md" {
		return Markdown, nil
	}
	for _, f := range Formats {
		if name == string(f) {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want table, json, csv or markdown)", s)
}

// DefaultWidth is the table width used when Options.Width is 0.
const DefaultWidth = 120

// MinWidth is the narrowest table width honoured; smaller widths are raised
// to it.
const MinWidth = 60

// Options controls rendering. The zero value renders plain text at
// DefaultWidth without agreeing facts.
type Options struct {
	// Color turns on ANSI colour in the table format (severities, and the
	// differing characters of two numbers). The caller decides, e.g. with
	// ColorEnabled; without it no escape code is written at all.
	Color bool
	// Width is the terminal width the table must fit (0: DefaultWidth).
	// Text is wrapped, never cut.
	Width int
	// All lists agreeing facts (severity OK) too.
	All bool
	// Verbose adds the kind, cause and context of each finding to the table
	// and Markdown, the paragraph texts to alignment JSON, and lists clean
	// sets in a batch's details.
	Verbose bool
	// FullPaths keeps file paths as given; by default the table and Markdown
	// show base names.
	FullPaths bool
}

func (o Options) width() int {
	switch {
	case o.Width == 0:
		return DefaultWidth
	case o.Width < MinWidth:
		return MinWidth
	}
	return o.Width
}

// Write renders r in format f to w.
func Write(w io.Writer, f Format, r *check.Report, opt Options) error {
	if r == nil {
		r = &check.Report{}
	}
	return write(w, f, &input{Report: r, sets: func(yield func(*check.SetResult) bool) {
		for i := range r.Sets {
			if !yield(&r.Sets[i]) {
				return
			}
		}
	}, nsets: len(r.Sets)}, opt)
}

// SetStore holds a report's sets outside the report, as check.Spool does on
// disk for a large batch. All may be walked more than once.
type SetStore interface {
	Len() int
	All() iter.Seq[*check.SetResult]
	Err() error
}

// WriteStored renders r in format f to w, with its sets taken from sets
// instead of r.Sets. The output is the same as Write's for a report holding
// those sets; memory holds one set at a time (and, for the table, a summary
// row per set).
func WriteStored(w io.Writer, f Format, r *check.Report, sets SetStore, opt Options) error {
	if r == nil {
		r = &check.Report{}
	}
	if err := write(w, f, &input{Report: r, sets: sets.All(), nsets: sets.Len()}, opt); err != nil {
		return err
	}
	if err := sets.Err(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// input is what the writers render: the report's lists and totals, and its
// sets as a sequence that can be walked more than once.
type input struct {
	*check.Report
	sets  iter.Seq[*check.SetResult]
	nsets int
}

func write(w io.Writer, f Format, in *input, opt Options) error {
	switch f {
	case Table:
		return writeTable(w, in, opt)
	case JSON:
		return writeJSON(w, in, opt)
	case CSV:
		return writeCSV(w, in, opt)
	case Markdown:
		return writeMarkdown(w, in, opt)
	}
	return fmt.Errorf("report: unknown format %q", string(f))
}

// visible returns the findings of s that opt asks for: all of them with
// opt.All, else all but the agreeing ones.
func visible(s *check.SetResult, opt Options) []check.Finding {
	if opt.All {
		return s.Findings
	}
	out := make([]check.Finding, 0, len(s.Findings))
	for _, f := range s.Findings {
		if f.Severity != check.OK {
			out = append(out, f)
		}
	}
	return out
}

// setCounts returns the set's counts; if the checker left them empty while
// there are findings, they are counted from the findings.
func setCounts(s *check.SetResult) check.Counts {
	if s.Counts != (check.Counts{}) {
		return s.Counts
	}
	var c check.Counts
	for _, f := range s.Findings {
		c.Add(f.Severity)
	}
	return c
}

// totals returns the report's Totals, or the sum of the sets' counts when
// Totals was left empty.
func (in *input) totals() check.Counts {
	if in.Totals != (check.Counts{}) {
		return in.Totals
	}
	var t check.Counts
	for s := range in.sets {
		c := setCounts(s)
		t.Errors += c.Errors
		t.Warnings += c.Warnings
		t.Infos += c.Infos
	}
	return t
}

// stats sums the pair statistics of the sets given.
type stats struct {
	Sets, Links, Facts, Agreed int
}

func (st *stats) add(s *check.SetResult) {
	st.Sets++
	for _, p := range s.Pairs {
		st.Links += p.Links
		st.Facts += p.FactsCompared
		st.Agreed += p.Agreed
	}
}

func statsOf(s *check.SetResult) stats {
	var st stats
	st.add(s)
	return st
}

// stats sums the statistics of all sets.
func (in *input) stats() stats {
	var st stats
	for s := range in.sets {
		st.add(s)
	}
	return st
}

// isBatch reports whether the report is rendered as a batch: more or fewer
// than one set, or files that were left unpaired, skipped or failed.
func (in *input) isBatch() bool {
	return in.nsets != 1 || len(in.Unpaired)+len(in.Skipped)+len(in.Failed) > 0
}

// plural writes n and the noun, with an "s" unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// summaryLine is the closing line of the table and the first line of the
// Markdown summary.
func summaryLine(c check.Counts, st stats) string {
	detail := fmt.Sprintf("%s, %s compared", plural(st.Links, "paragraph link"), plural(st.Facts, "fact"))
	if st.Sets == 0 {
		return "Nothing checked: no set of language versions found."
	}
	if c == (check.Counts{}) {
		return fmt.Sprintf("No disagreements: the versions agree (%s in %s).", detail, plural(st.Sets, "set"))
	}
	return fmt.Sprintf("%s, %s, %s in %s (%s).",
		plural(c.Errors, "error"), plural(c.Warnings, "warning"), plural(c.Infos, "note"),
		plural(st.Sets, "set"), detail)
}

// problemsLine counts the files a batch could not check, or returns "".
func problemsLine(r *check.Report) string {
	var parts []string
	if n := len(r.Unpaired); n > 0 {
		parts = append(parts, fmt.Sprintf("%d unpaired", n))
	}
	if n := len(r.Skipped); n > 0 {
		parts = append(parts, fmt.Sprintf("%d skipped", n))
	}
	if n := len(r.Failed); n > 0 {
		parts = append(parts, fmt.Sprintf("%d failed", n))
	}
	if len(parts) == 0 {
		return ""
	}
	files := "files"
	if len(r.Unpaired)+len(r.Skipped)+len(r.Failed) == 1 {
		files = "file"
	}
	return "Not checked: " + strings.Join(parts, ", ") + " " + files + "."
}

// sourceIndex returns the index of the file marked Source, or 0.
func sourceIndex(files []check.FileInfo) int {
	for i, f := range files {
		if f.Source {
			return i
		}
	}
	return 0
}

// languages writes the set's languages, source first: "de → en, nl".
func languages(s *check.SetResult) string {
	if len(s.Files) == 0 {
		return ""
	}
	src := sourceIndex(s.Files)
	var tgts []string
	for i, f := range s.Files {
		if i != src {
			tgts = append(tgts, langName(f.Lang))
		}
	}
	if len(tgts) == 0 {
		return langName(s.Files[src].Lang)
	}
	return langName(s.Files[src].Lang) + " → " + strings.Join(tgts, ", ")
}

func langName(l string) string {
	if l == "" {
		return "?"
	}
	return l
}
