// Package check runs tally's pipeline over one set of language versions:
// align the paragraphs, read the facts of each side, match them per link and
// turn what disagrees into findings. It decides severities; it prints nothing.
package check

import (
	"fmt"
	"strings"
)

// Severity grades a finding. The zero value, OK, marks an agreeing fact
// (listed only with --all).
type Severity int

// The severities, from least to most serious.
const (
	OK Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{"ok", "info", "warning", "error"}

// String returns the lower-case name: "ok", "info", "warning", "error".
func (s Severity) String() string {
	if s < OK || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalText writes the lower-case name, so JSON carries "error", not 3.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// ParseSeverity reads "ok", "info", "warning" or "error" (any case).
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(name, n) {
			return Severity(i), nil
		}
	}
	return OK, fmt.Errorf("unknown severity %q (want info, warning or error)", name)
}

// The kinds of finding.
const (
	KindAgree     = "agree"     // the facts agree (severity OK, shown with --all)
	KindMismatch  = "mismatch"  // both sides have the fact, with different values
	KindMissing   = "missing"   // the source has a fact the target lacks
	KindExtra     = "extra"     // the target has a fact the source lacks
	KindAmbiguous = "ambiguous" // a reading that rests on doubtful separators
	KindStyle     = "style"     // agrees, but written against the target's conventions
	KindUnaligned = "unaligned" // a paragraph with no counterpart
	KindLowConf   = "low_confidence_alignment"
	KindMoved     = "moved" // a paragraph the translation moved elsewhere
)

// Finding is one thing tally reports about a source/target pair of versions.
// Paragraph numbers are 1-based (0: no paragraph on that side).
type Finding struct {
	Severity        Severity `json:"severity"`
	Kind            string   `json:"kind"`
	Cause           string   `json:"cause,omitempty"`
	SourceFile      string   `json:"source_file"`
	TargetFile      string   `json:"target_file"`
	SourceLang      string   `json:"source_lang"`
	TargetLang      string   `json:"target_lang"`
	SourceParagraph int      `json:"source_paragraph"`
	TargetParagraph int      `json:"target_paragraph"`
	SourceLine      int      `json:"source_line,omitempty"`
	TargetLine      int      `json:"target_line,omitempty"`
	SourceUnit      string   `json:"source_unit,omitempty"` // XLIFF/TMX unit id, heading, ...
	TargetUnit      string   `json:"target_unit,omitempty"`
	SourceText      string   `json:"source_text"`  // the fact as written
	TargetText      string   `json:"target_text"`  // the fact as written
	SourceValue     string   `json:"source_value"` // exact decimal, ISO date, or code
	TargetValue     string   `json:"target_value"`
	SourceContext   string   `json:"source_context,omitempty"` // the fact's sentence or neighbourhood
	TargetContext   string   `json:"target_context,omitempty"`
	Message         string   `json:"message"`
	Suggestion      string   `json:"suggestion"`
}

// PairStats sums up the check of one target version against the source.
type PairStats struct {
	SourceFile    string `json:"source_file"`
	TargetFile    string `json:"target_file"`
	SourceLang    string `json:"source_lang"`
	TargetLang    string `json:"target_lang"`
	Links         int    `json:"links"`          // alignment links
	Paragraphs    [2]int `json:"paragraphs"`     // paragraphs on each side
	FactsCompared int    `json:"facts_compared"` // source facts + target facts looked at
	Agreed        int    `json:"agreed"`         // fact pairs that agree
}

// Counts tallies findings by severity.
type Counts struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// Add counts one finding.
func (c *Counts) Add(s Severity) {
	switch s {
	case Error:
		c.Errors++
	case Warning:
		c.Warnings++
	case Info:
		c.Infos++
	}
}

// Max returns the highest severity counted (OK if none).
func (c Counts) Max() Severity {
	switch {
	case c.Errors > 0:
		return Error
	case c.Warnings > 0:
		return Warning
	case c.Infos > 0:
		return Info
	}
	return OK
}

// SetResult is the outcome of checking one set of language versions.
type SetResult struct {
	Name     string      `json:"set"`   // the set's name (common file stem, or the source file)
	Files    []FileInfo  `json:"files"` // the versions, source first
	Pairs    []PairStats `json:"pairs"`
	Findings []Finding   `json:"findings"`
	Counts   Counts      `json:"counts"`
}

// FileInfo names one version of a set.
type FileInfo struct {
	Path       string `json:"path"`
	Lang       string `json:"lang"`
	LangSource string `json:"lang_source"` // flag, name, file, content
	Source     bool   `json:"source,omitempty"`
}

// Problem is an input that could not be checked, with the reason.
type Problem struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Report is everything one run of tally check found.
type Report struct {
	Sets     []SetResult `json:"sets"`
	Unpaired []FileInfo  `json:"unpaired,omitempty"` // files with no other version (batch)
	Skipped  []Problem   `json:"skipped,omitempty"`  // files left out on purpose (hidden, not text)
	Failed   []Problem   `json:"failed,omitempty"`   // files that could not be read
	Totals   Counts      `json:"totals"`
}
