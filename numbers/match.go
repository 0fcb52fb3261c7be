package numbers

import (
	"cmp"
	"slices"
	"sync"

	"golang.org/x/text/language"
)

// match pairs the facts of src and tgt greedily: agreeing pairs first,
// then the closest unequal ones above pairingMinimum; what is left is
// unpaired. The answer is deterministic and holds every fact once.
func match(src, tgt []Fact, st, tt language.Tag) []Pair {
	ls, lt := localeOrEnglish(st), localeOrEnglish(tt)
	sc := matchScratches.Get().(*matchScratch)
	defer sc.release()
	cands := sc.cands[:0]
	red := slices.Grow(sc.red[:0], len(src)+len(tgt))[:len(src)+len(tgt)]
	clear(red)
	sc.red = red
	rs, rt := red[:len(src)], red[len(src):]
	for i := range src {
		for j := range tgt {
			c := comparer{a: &src[i], b: &tgt[j], la: ls, lb: lt, bt: tt, quick: true, ra: &rs[i], rb: &rt[j]}
			d := c.diagnose()
			if d.Closeness < pairingMinimum {
				continue
			}
			cands = append(cands, cand{i, j, d.Closeness, absf(relPos(i, len(src)) - relPos(j, len(tgt))), d.Cause == Same})
		}
	}
	cands = dropSecondRenderings(cands, src, tgt)
	sc.cands = cands
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
		if d.Cause != Same && d.Suggestion == "" {
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

// cand is a candidate pair of match. It carries only what orders it: the
// pairs kept are diagnosed again in full.
type cand struct {
	i, j      int
	closeness float64
	dist      float64
	same      bool // the two agree
}

// matchScratch holds match's working lists between calls: Match runs for
// every link of every pair, and its candidates and reduced digits were a
// twentieth of a batch's allocation.
type matchScratch struct {
	cands []cand
	red   []reduced
}

var matchScratches = sync.Pool{New: func() any { return new(matchScratch) }}

// maxKeptScratch bounds the lists kept for reuse, so that one huge link
// does not pin its memory.
const maxKeptScratch = 1 << 12

func (sc *matchScratch) release() {
	if cap(sc.cands) > maxKeptScratch || cap(sc.red) > maxKeptScratch {
		return
	}
	clear(sc.red) // the digit strings of this call's facts
	matchScratches.Put(sc)
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
