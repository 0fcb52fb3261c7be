package numbers

import (
	"sort"

	"golang.org/x/text/language"
)

// match pairs the facts of src and tgt greedily: agreeing pairs first,
// then the closest unequal ones above pairingMinimum; what is left is
// unpaired. The answer is deterministic and holds every fact once.
func match(src, tgt []Fact, st, tt language.Tag) []Pair {
	type cand struct {
		i, j int
		d    Diagnosis
		dist float64
	}
	ls, lt := localeOrEnglish(st), localeOrEnglish(tt)
	var cands []cand
	rs, rt := make([]reduced, len(src)), make([]reduced, len(tgt))
	for i := range src {
		for j := range tgt {
			c := comparer{a: &src[i], b: &tgt[j], la: ls, lb: lt, bt: tt, quick: true, ra: &rs[i], rb: &rt[j]}
			d := c.diagnose()
			if d.Closeness < pairingMinimum {
				continue
			}
			cands = append(cands, cand{i, j, d, relPos(i, len(src)) - relPos(j, len(tgt))})
		}
	}
	sort.SliceStable(cands, func(x, y int) bool {
		a, b := cands[x], cands[y]
		if a.d.Closeness != b.d.Closeness {
			return a.d.Closeness > b.d.Closeness
		}
		if da, db := absf(a.dist), absf(b.dist); da != db {
			return da < db
		}
		if a.i != b.i {
			return a.i < b.i
		}
		return a.j < b.j
	})
	srcPair := make([]int, len(src))
	tgtUsed := make([]bool, len(tgt))
	diags := make([]Diagnosis, len(src))
	for i := range srcPair {
		srcPair[i] = -1
	}
	for _, c := range cands {
		if srcPair[c.i] >= 0 || tgtUsed[c.j] {
			continue
		}
		srcPair[c.i], tgtUsed[c.j] = c.j, true
		full := comparer{a: &src[c.i], b: &tgt[c.j], la: ls, lb: lt, bt: tt}
		c.d = full.diagnose()
		if c.d.Cause != Same {
			c.d.Suggestion = format(src[c.i], tt)
		}
		diags[c.i] = c.d
	}
	pairs := make([]Pair, 0, len(src)+len(tgt))
	for i := range src {
		if j := srcPair[i]; j >= 0 {
			pairs = append(pairs, Pair{Src: i, Tgt: j, Diagnosis: diags[i]})
			continue
		}
		pairs = append(pairs, Pair{Src: i, Tgt: -1, Diagnosis: Diagnosis{Cause: Unpaired,
			Message:    sprintf("%s has no counterpart in the %s text.", side(ls, &src[i]), lt.Name),
			Suggestion: format(src[i], tt)}})
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
