package align

import "fmt"

// Region is a run of consecutive links: links First..Last of an Alignment
// (inclusive), covering the source units Source[0] up to Source[1] and the
// target units Target[0] up to Target[1] (half-open; empty when that side
// of every link is empty, and then placed where those units would be).
type Region struct {
	First, Last    int
	Source, Target [2]int
}

// LowConfidence returns the maximal runs of consecutive links whose Score is
// below threshold, so that a caller can warn once per region rather than
// once per link.
func (a Alignment) LowConfidence(threshold float64) []Region {
	var out []Region
	s, t := 0, 0 // units consumed before the current link
	open := false
	for k, l := range a.Links {
		if l.Score < threshold {
			if !open {
				out = append(out, Region{First: k, Source: [2]int{s, s}, Target: [2]int{t, t}})
				open = true
			}
			r := &out[len(out)-1]
			r.Last = k
			r.Source[1] = s + len(l.Source)
			r.Target[1] = t + len(l.Target)
		} else {
			open = false
		}
		s += len(l.Source)
		t += len(l.Target)
	}
	return out
}

// Validate checks that a aligns n source with m target units: links in
// order, each unit in exactly one link, no empty link, scores in 0..1.
func (a Alignment) Validate(n, m int) error {
	s, t := 0, 0
	for k, l := range a.Links {
		if len(l.Source) == 0 && len(l.Target) == 0 {
			return fmt.Errorf("link %d is empty", k)
		}
		if !(l.Score >= 0 && l.Score <= 1) {
			return fmt.Errorf("link %d: score %v outside 0..1", k, l.Score)
		}
		for _, x := range l.Source {
			if x != s {
				return fmt.Errorf("link %d: source unit %d, want %d", k, x, s)
			}
			s++
		}
		for _, x := range l.Target {
			if x != t {
				return fmt.Errorf("link %d: target unit %d, want %d", k, x, t)
			}
			t++
		}
	}
	if s != n || t != m {
		return fmt.Errorf("links cover %d source and %d target units, want %d and %d", s, t, n, m)
	}
	return nil
}
