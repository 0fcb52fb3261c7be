package align

import "strconv"

// This file is the contract between align/ and its callers. Add; do not rename.

// Unit is one paragraph (or sentence) to align: its text, and anchors the
// caller found in it (numeric values by numbers.Fact.Key, codes, URLs, names).
// Anchors are compared as strings: equal strings on both sides pull the two
// units together.
type Unit struct {
	Text    string
	Anchors []string
	// Runes is the length of Text in runes (utf8.RuneCountInString, or
	// RuneCount, which is the same and faster) when
	// the caller has counted it, for a unit aligned many times (a set's
	// source version is aligned with every target); 0 lets Align count.
	Runes int
}

// Link joins source units to target units. Indices are 0-based; either side
// may be empty (a unit with no counterpart). Score is in 0..1.
type Link struct {
	Source []int   `json:"source"`
	Target []int   `json:"target"`
	Score  float64 `json:"score"`
}

// Kind names the shape of the link: "1-1", "2-1", "1-0", "0-1", …
// (source count, then target count).
func (l Link) Kind() string {
	return strconv.Itoa(len(l.Source)) + "-" + strconv.Itoa(len(l.Target))
}

// Alignment is the answer of Align: links in document order, monotone, every
// unit of both sides in exactly one link.
type Alignment struct {
	Links []Link
}

// Granularity says which units Align aligns.
type Granularity int

const (
	// GranularityAuto aligns paragraphs, and switches to sentences when the
	// paragraph structures of the two sides differ badly (counts far apart, or
	// most paragraphs in n:m links). The zero value.
	GranularityAuto Granularity = iota
	// GranularityParagraph aligns the given units as they are.
	GranularityParagraph
	// GranularitySentence splits every unit into sentences, aligns those and
	// merges the links back to the given units (see AlignSentences).
	GranularitySentence
)

// Options tunes Align. The zero value is the default.
type Options struct {
	// Granularity picks paragraph or sentence alignment; zero is automatic.
	Granularity Granularity
	// Band is the half-width, in units, of the search band around the guide
	// path used for large inputs; 0 means 8. The band is widened between
	// distant anchor pins (by a quarter of the gap, up to 4·Band more) and
	// where the guide is steep.
	Band int
	// Variance is Gale–Church's variance per character, s²; 0 means estimate
	// it from the anchor pins (6.8 when there are too few).
	Variance float64
	// SentenceAnchors finds the anchors of one sentence for sentence
	// alignment; nil means TextAnchors plus digit strings with separators
	// removed. A paragraph's own anchors that occur literally in a sentence
	// are added in any case.
	SentenceAnchors func(text string) []string
}

// Align aligns src with tgt: links in document order, every unit of both
// sides in exactly one link, each with a confidence Score in 0..1. It never
// fails: any two inputs, including empty ones, give a valid alignment.
func Align(src, tgt []Unit, opt Options) Alignment {
	switch opt.Granularity {
	case GranularitySentence:
		return AlignSentences(src, tgt, opt).Paragraphs
	case GranularityParagraph:
		return alignUnits(src, tgt, opt)
	}
	if structureDiffers(len(src), len(tgt)) {
		return AlignSentences(src, tgt, opt).Paragraphs
	}
	a := alignUnits(src, tgt, opt)
	if mostlyUneven(a, len(src)+len(tgt)) {
		return AlignSentences(src, tgt, opt).Paragraphs
	}
	return a
}

// structureDiffers reports paragraph counts too far apart for paragraph
// alignment to be trusted: one side has half as many again and three more.
func structureDiffers(n, m int) bool {
	lo, hi := min(n, m), max(n, m)
	return lo > 0 && hi-lo >= 3 && 2*hi >= 3*lo
}

// mostlyUneven reports an alignment in which more than a third of all units
// sit in links other than 1-1.
func mostlyUneven(a Alignment, units int) bool {
	if units < 6 {
		return false
	}
	uneven := 0
	for _, l := range a.Links {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			uneven += len(l.Source) + len(l.Target)
		}
	}
	return 3*uneven > units
}
