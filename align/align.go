// Package align pairs up the paragraphs (or sentences) of two language
// versions of one document: n:m links with a score each, from length and
// from anchors that survive translation.
package align

// This file is the contract between align/ and its callers. Add; do not rename.

// Unit is one paragraph (or sentence) to align: its text, and anchors the
// caller found in it (numeric values by numbers.Fact.Key, codes, URLs, names).
// Anchors are compared as strings: equal strings on both sides pull the two
// units together.
type Unit struct {
	Text    string
	Anchors []string
}

// Link joins source units to target units. Indices are 0-based; either side
// may be empty (a unit with no counterpart). Score is in 0..1.
type Link struct {
	Source []int   `json:"source"`
	Target []int   `json:"target"`
	Score  float64 `json:"score"`
}

// Alignment is the answer of Align: links in document order, monotone, every
// unit of both sides in exactly one link.
type Alignment struct {
	Links []Link
}

// Options tunes Align. The zero value is the default.
type Options struct{}

// Align aligns src with tgt.
func Align(src, tgt []Unit, opt Options) Alignment { // stub: align helper replaces
	var a Alignment
	n := max(len(src), len(tgt))
	for i := 0; i < n; i++ {
		var l Link
		if i < len(src) {
			l.Source = []int{i}
		}
		if i < len(tgt) {
			l.Target = []int{i}
		}
		l.Score = 0.5
		a.Links = append(a.Links, l)
	}
	return a
}
