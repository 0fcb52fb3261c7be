package numbers

import (
	"cmp"
	"slices"

	"golang.org/x/text/language"
)

// match pairs the facts of src and tgt greedily: agreeing pairs first,
// then the closest unequal ones above pairingMinimum; what is left is
// unpaired. The answer is deterministic and holds every fact once.
func match(src, tgt []Fact, st, tt language.Tag) []Pair {
	// A candidate pair carries only what orders it: the pairs kept are
	// diagnosed again in full.
	type cand struct {
		i, j      int
		closeness float64
		dist      float64
	}
	ls, lt := localeOrEnglish(st), localeOrEnglish(tt)
	var cands []cand
	red := make([]reduced, len(src)+len(tgt)) // one allocation for both sides
	rs, rt := red[:len(src)], red[len(src):]
	for i := range src {
		for j := range tgt {
			c := comparer{a: &src[i], b: &tgt[j], la: ls, lb: lt, bt: tt, quick: true, ra: &rs[i], rb: &rt[j]}
			d := c.diagnose()
			if d.Closeness < pairingMinimum {
				continue
			}
			cands = append(cands, cand{i, j, d.Closeness, absf(relPos(i, len(src)) - relPos(j, len(tgt)))})
		}
	}
	// (i, j) is unique, so this order is total and needs no stable sort.
	slices.SortFunc(cands, func(a, b cand) int {
		switch {
		case a.closeness != b.closeness:
			return cmp.Compare(b.closeness, a.closeness)
		case a.dist != b.dist:
			return cmp.Compare(a.dist, b.dist)
		case a.i != b.i:
			return a.i - b.i
		}
		return a.j - b.j
	})
	// The answer holds the source facts first, in order, so pairs[i] is
	// source fact i's pair: the diagnoses are written there directly.
	pairs := make([]Pair, len(src), len(src)+len(tgt))
	srcPaired := make([]bool, len(src)+len(tgt))
	tgtUsed := srcPaired[len(src):]
	for _, c := range cands {
		if srcPaired[c.i] || tgtUsed[c.j] {
			continue
		}
		srcPaired[c.i], tgtUsed[c.j] = true, true
		full := comparer{a: &src[c.i], b: &tgt[c.j], la: ls, lb: lt, bt: tt}
		d := full.diagnose()
		if d.Cause != Same {
			d.Suggestion = format(src[c.i], tt)
		}
		pairs[c.i] = Pair{Src: c.i, Tgt: c.j, Diagnosis: d}
	}
	for i := range src {
		if !srcPaired[i] {
			pairs[i] = Pair{Src: i, Tgt: -1, Diagnosis: Diagnosis{Cause: Unpaired,
				Message:    sprintf("%s has no counterpart in the %s text.", side(ls, &src[i]), lt.Name),
				Suggestion: format(src[i], tt)}}
		}
	}
	for j := range tgt {
		if !tgtUsed[j] {
			pairs = append(pairs, Pair{Src: -1, Tgt: j, Diagnosis: Diagnosis{Cause: Unpaired,
				Message: sprintf("%s has no counterpart in the %s text.", side(lt, &tgt[j]), ls.Name)}})
		}
	}
	return pairs
}

func relPos(i, n int) float64 {
	if n <= 1 {
		return 0
	}
	return float64(i) / float64(n-1)
}

func absf(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
