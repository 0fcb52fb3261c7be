package align

import (
	"cmp"
	"slices"
)

// Minimum evidence for Moved to re-pair two units.
const (
	movedMinShared = 2   // anchors shared (a single one only if it is all either side has)
	movedMinDice   = 0.5 // 2·shared / (anchors of both)
)

// Moved re-pairs units that a monotone alignment had to leave alone: a
// source unit of a 1-0 link and a target unit of a 0-1 link that share
// strong anchors (at least two, or the only one of each, and a Dice
// coefficient of at least 0.5) were probably moved by the translator. It
// returns one 1-1 link per such pair, best first, each unit used at most
// once, Score the Dice coefficient of their anchor multisets. The links are
// not in document order and do not belong in a; a caller compares their
// units as it compares a's links, instead of reporting the units as missing
// and extra.
func Moved(a Alignment, src, tgt []Unit) []Link {
	var dropped, added []int
	for _, l := range a.Links {
		switch {
		case len(l.Target) == 0:
			dropped = append(dropped, l.Source...)
		case len(l.Source) == 0:
			added = append(added, l.Target...)
		}
	}
	if len(dropped) == 0 || len(added) == 0 {
		return nil
	}
	byAnchor := make(map[string][]int) // anchor -> added target units
	for _, t := range added {
		if t < 0 || t >= len(tgt) {
			continue
		}
		for _, x := range tgt[t].Anchors {
			if l := byAnchor[x]; len(l) == 0 || l[len(l)-1] != t {
				byAnchor[x] = append(l, t)
			}
		}
	}
	type cand struct {
		s, t  int
		dice  float64
		share int
	}
	var cands []cand
	for _, s := range dropped {
		if s < 0 || s >= len(src) {
			continue
		}
		seen := make(map[int]bool)
		for _, x := range src[s].Anchors {
			for _, t := range byAnchor[x] {
				if seen[t] {
					continue
				}
				seen[t] = true
				k := sharedCount(src[s].Anchors, tgt[t].Anchors)
				na, nb := len(src[s].Anchors), len(tgt[t].Anchors)
				d := 2 * float64(k) / float64(na+nb)
				if d >= movedMinDice && (k >= movedMinShared || na == 1 && nb == 1) {
					cands = append(cands, cand{s, t, d, k})
				}
			}
		}
	}
	slices.SortFunc(cands, func(x, y cand) int {
		return cmp.Or(cmp.Compare(y.dice, x.dice), cmp.Compare(y.share, x.share),
			cmp.Compare(x.s, y.s), cmp.Compare(x.t, y.t))
	})
	usedS, usedT := make(map[int]bool), make(map[int]bool)
	var out []Link
	for _, c := range cands {
		if usedS[c.s] || usedT[c.t] {
			continue
		}
		usedS[c.s], usedT[c.t] = true, true
		out = append(out, Link{Source: []int{c.s}, Target: []int{c.t}, Score: c.dice})
	}
	return out
}

// sharedCount is the size of the multiset intersection of a and b.
func sharedCount(a, b []string) int {
	left := make(map[string]int, len(a))
	for _, x := range a {
		left[x]++
	}
	k := 0
	for _, x := range b {
		if left[x] > 0 {
			left[x]--
			k++
		}
	}
	return k
}
