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
	if pairs := appendMatch(nil, src, tgt, st, tt, true); pairs != nil {
		return pairs
	}
	return []Pair{} // not nil, as ever, for two empty lists
}

// appendMatch is match with its pairs appended to dst; withText, when
// false, leaves out the message and suggestion of an unpaired fact (see
// AppendMatch).
func appendMatch(dst []Pair, src, tgt []Fact, st, tt language.Tag, withText bool) []Pair {
	ls, lt := localeOrEnglish(st), localeOrEnglish(tt)
	sc := matchScratches.Get().(*matchScratch)
	defer sc.release()
	cands := sc.cands[:0]
	red := slices.Grow(sc.red[:0], len(src)+len(tgt))[:len(src)+len(tgt)]
	clear(red)
	sc.red = red
	rs, rt := red[:len(src)], red[len(src):]
	// one comparer for every candidate, its facts set in the loop: making
	// a new one for each was a tenth of the loop's own time
	c := comparer{la: ls, lb: lt, bt: tt, quick: true}
	for i := range src {
		c.a, c.ra = &src[i], &rs[i]
		for j := range tgt {
			c.b, c.rb = &tgt[j], &rt[j]
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
	// The greedy choice comes first, so that the answer is allocated at
	// its size: the source facts first, in order (pairs[i] is source fact
	// i's pair), then the target facts left unpaired.
	tgtOf := slices.Grow(sc.tgtOf[:0], len(src))[:len(src)]
	used := slices.Grow(sc.used[:0], len(tgt))[:len(tgt)]
	sc.tgtOf, sc.used = tgtOf, used
	for i := range tgtOf {
		tgtOf[i] = -1
	}
	clear(used)
	paired := 0
	for _, c := range cands {
		if tgtOf[c.i] >= 0 || used[c.j] {
			continue
		}
		tgtOf[c.i], used[c.j] = c.j, true
		paired++
	}
	base := len(dst)
	pairs := slices.Grow(dst, len(src)+len(tgt)-paired)[:base+len(src)]
	for i, j := range tgtOf {
		if j < 0 {
			pairs[base+i] = Pair{Src: i, Tgt: -1, Diagnosis: Diagnosis{Cause: Unpaired}}
			if withText {
				pairs[base+i].Diagnosis.Message = sprintf("%s has no counterpart in the %s text.", side(ls, &src[i]), lt.Name)
				pairs[base+i].Diagnosis.Suggestion = format(src[i], tt)
			}
			continue
		}
		full := comparer{a: &src[i], b: &tgt[j], la: ls, lb: lt, bt: tt}
		d := full.diagnose()
		if d.Cause != Same && d.Suggestion == "" {
			d.Suggestion = format(src[i], tt)
		}
		pairs[base+i] = Pair{Src: i, Tgt: j, Diagnosis: d}
	}
	for j := range tgt {
		if !used[j] {
			p := Pair{Src: -1, Tgt: j, Diagnosis: Diagnosis{Cause: Unpaired}}
			if withText {
				p.Diagnosis.Message = sprintf("%s has no counterpart in the %s text.", side(lt, &tgt[j]), ls.Name)
			}
			pairs = append(pairs, p)
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
	tgtOf []int  // the target fact paired with each source fact, or -1
	used  []bool // whether each target fact is paired
}

var matchScratches = sync.Pool{New: func() any { return new(matchScratch) }}

// maxKeptScratch bounds the lists kept for reuse, so that one huge link
// does not pin its memory.
const maxKeptScratch = 1 << 12

func (sc *matchScratch) release() {
	if cap(sc.cands) > maxKeptScratch || cap(sc.red) > maxKeptScratch || cap(sc.tgtOf) > maxKeptScratch || cap(sc.used) > maxKeptScratch {
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
