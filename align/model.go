package align

import (
	"math"
	"slices"
	"sync"
)

// step is one kind of link: di source units joined with dj target units.
type step struct {
	di, dj int
	cost   float64 // prior, -ln p
}

// steps lists the link kinds in tie-break order (earlier wins a tie).
// Priors after Gale and Church (1993), with 3-1 and 1-3 added.
var steps = [...]step{
	{1, 1, -math.Log(0.89)},
	{1, 0, -math.Log(0.01)},
	{0, 1, -math.Log(0.01)},
	{2, 1, -math.Log(0.0445)},
	{1, 2, -math.Log(0.0445)},
	{2, 2, -math.Log(0.001)},
	{3, 1, -math.Log(0.002)},
	{1, 3, -math.Log(0.002)},
}

const nsteps = len(steps)

// maxSide is the most units on one side of a link of any kind
// (TestPadCoversSteps).
const maxSide = 3

// The indices in steps of the 1-0 and 0-1 links (TestStepIndices).
const (
	stepDropS = 1
	stepDropT = 2
)

// Cost weights, in nats.
const (
	defaultVariance = 6.8  // Gale–Church s² per character
	shortLen        = 40   // runes: below this an anchorless unit is cheap to drop
	shortDropCost   = 2.5  // prior of 1-0/0-1 for such a unit (-ln 0.08)
	bareDropCost    = 3.9  // prior of 1-0/0-1 for a longer unit without anchors (-ln 0.02)
	dropLenCap      = 2.0  // cap of the length term of 1-0/0-1
	sharedGain      = 3.0  // per shared anchor, times its rarity weight
	unmatchedCost   = 0.3  // per anchor without partner
	disjointCost    = 1.0  // per anchor of the smaller side when nothing is shared
	strayPartCost   = 4.0  // per merged unit whose anchors find no partner
	barePartCost    = 2.0  // per merged unit without anchors
	minPinsForVar   = 5    // pins needed to estimate s²
	minVariance     = 4.0  // clamp of the estimate
	maxVariance     = 60.0 // clamp of the estimate
)

// model holds what the cost of a link needs, precomputed per unit.
// Models are pooled (getModel, release): every pair of every set is
// aligned, and a fresh model's tables were a dozen allocations a pair.
// Nothing of a model outlives the alignment it serves: the links that
// solve returns are new.
type model struct {
	srcLen, tgtLen []float64 // runes
	cumS, cumT     []float64 // prefix sums of the lengths
	srcA, tgtA     [][]int32 // anchor ids, with repeats
	cumNS, cumNT   []int32   // prefix sums of the anchor counts, as cumS and cumT
	// spanS and spanT hold, for each unit k and d up to maxSide, the runes
	// and anchors of units k..k+d-1 (zero past the end) at k*(maxSide+1)+d:
	// from the prefix sums, by the same subtractions, read by cost in one
	// look-up a side instead of four.
	spanS, spanT []span
	weight       []float64 // per anchor id: 1/max(document frequency)
	c, s2        float64   // length ratio and variance
	cnt          []int32   // scratch: per anchor id, zero between uses
	// pairs, if not nil, holds the anchors shared by each source unit i
	// and target unit j at i*len(tgtA)+j (see sharePairs).
	pairs []shared
	// hits, with pairs, counts the pairs that share anchors: at
	// i*(len(tgtA)+1)+j, those of source units before i with target
	// units before j (see boxHits).
	hits []int32

	// What the model keeps for the next alignment: the table from anchor
	// to id with the document frequencies of the ids on each side, the
	// room of the id lists and of pairs, and findPins' and the grid's.
	ids      map[string]int32
	dfS, dfT []int32
	ids32    []int32 // every unit's anchor ids: srcA and tgtA point into it
	pairBuf  []shared
	hitBuf   []int32
	pins     pinScratch
	lo, hi   []int
	rows     []gridRow
	g        grid
}

var models = sync.Pool{New: func() any { return &model{ids: make(map[string]int32)} }}

// Bounds of what a pooled model keeps, so that one huge document does not
// pin its memory.
const (
	maxKeptAnchors = 1 << 14 // ids
	maxKeptUnits   = 1 << 13 // units of either side
)

// release returns m to the pool for the next newModel; m must not be used
// after.
func (m *model) release() {
	if len(m.ids) > maxKeptAnchors || len(m.srcLen) > maxKeptUnits ||
		len(m.tgtLen) > maxKeptUnits || cap(m.pairBuf) > maxKeptCells ||
		cap(m.hitBuf) > 2*maxKeptCells {
		return
	}
	clear(m.ids) // a cleared map keeps its room
	models.Put(m)
}

// shared is the multiset intersection of the anchors of two units: how many
// and their rarity-weighted sum, summed in the order pairCost sums them.
type shared struct {
	k   int32
	sum float64
}

// sharePairs fills m.pairs: every source unit against every target unit,
// once. A 1-1 link then costs a look-up, and a link that merges units of
// which at most one pair shares anything is priced without counting its
// anchors (most merges the search tries are such; see boxHits).
func (m *model) sharePairs() {
	nt := len(m.tgtA)
	m.pairs = grow(&m.pairBuf, len(m.srcA)*nt)
	clear(m.pairs)
	m.hits = grow(&m.hitBuf, (len(m.srcA)+1)*(nt+1))
	clear(m.hits[:nt+1])
	for i, a := range m.srcA {
		row := m.pairs[i*nt : (i+1)*nt]
		if len(a) > 0 {
			for j, b := range m.tgtA {
				if len(b) > 0 {
					row[j] = m.intersect(a, b)
				}
			}
		}
		// hits of row i+1: those of row i plus this row's up to j
		up, h := m.hits[i*(nt+1):(i+1)*(nt+1)], m.hits[(i+1)*(nt+1):(i+2)*(nt+1)]
		h[0] = 0
		run := int32(0)
		for j, p := range row {
			if p.k != 0 {
				run++
			}
			h[j+1] = up[j+1] + run
		}
	}
}

// newModel interns the anchors of both sides and measures the units, in a
// model from the pool; the caller may release it when done.
func newModel(src, tgt []Unit) *model {
	m := models.Get().(*model)
	m.srcLen = grow(&m.srcLen, len(src))
	m.tgtLen = grow(&m.tgtLen, len(tgt))
	m.srcA = grow(&m.srcA, len(src))
	m.tgtA = grow(&m.tgtA, len(tgt))
	m.pairs, m.hits = nil, nil
	ids := m.ids
	dfS, dfT := m.dfS[:0], m.dfT[:0]
	n := 0
	for _, us := range [2][]Unit{src, tgt} {
		for _, u := range us {
			n += len(u.Anchors)
		}
	}
	all := grow(&m.ids32, n)[:0] // every unit's list, in one array
	intern := func(us []Unit, lens []float64, out [][]int32, df *[]int32) float64 {
		total := 0.0
		for i, u := range us {
			if u.Runes > 0 {
				lens[i] = float64(u.Runes)
			} else {
				lens[i] = float64(RuneCount(u.Text))
			}
			total += lens[i]
			out[i] = nil
			if len(u.Anchors) == 0 {
				continue
			}
			start := len(all)
			for _, a := range u.Anchors {
				id, ok := ids[a]
				if !ok {
					id = int32(len(ids))
					ids[a] = id
					dfS = append(dfS, 0)
					dfT = append(dfT, 0)
				}
				all = append(all, id)
			}
			list := all[start:len(all):len(all)]
			slices.Sort(list) // sorted: 1-1 links intersect by merging
			out[i] = list
			for k, id := range list { // document frequency: once per unit
				if !containsID(list[:k], id) {
					(*df)[id]++
				}
			}
		}
		return total
	}
	ts := intern(src, m.srcLen, m.srcA, &dfS)
	tt := intern(tgt, m.tgtLen, m.tgtA, &dfT)
	m.cumS, m.cumT = cumulative(&m.cumS, m.srcLen), cumulative(&m.cumT, m.tgtLen)
	m.cumNS, m.cumNT = countAnchors(&m.cumNS, m.srcA), countAnchors(&m.cumNT, m.tgtA)
	m.spanS, m.spanT = spans(&m.spanS, m.cumS, m.cumNS), spans(&m.spanT, m.cumT, m.cumNT)
	m.c = 1
	if ts > 0 && tt > 0 {
		m.c = tt / ts
	}
	m.s2 = defaultVariance
	m.weight = grow(&m.weight, len(ids))
	for id := range m.weight {
		m.weight[id] = 1 / float64(max(dfS[id], dfT[id], 1))
	}
	m.cnt = grow(&m.cnt, len(ids))
	clear(m.cnt)
	m.dfS, m.dfT = dfS, dfT
	return m
}

// span is the size of a run of units: its runes and its anchors.
type span struct {
	runes   float64
	anchors int32
}

// spans returns, in *buf, the span of every run of up to maxSide units,
// from the prefix sums of their runes and anchors (see model.spanS).
func spans(buf *[]span, cum []float64, cumN []int32) []span {
	n := len(cum) - 1
	s := grow(buf, (n+1)*(maxSide+1))
	for k := 0; k <= n; k++ {
		for d := 0; d <= maxSide; d++ {
			sp := span{}
			if k+d <= n {
				sp = span{cum[k+d] - cum[k], cumN[k+d] - cumN[k]}
			}
			s[k*(maxSide+1)+d] = sp
		}
	}
	return s
}

// countAnchors returns the prefix sums of the lengths of lists, in *buf.
func countAnchors(buf *[]int32, lists [][]int32) []int32 {
	c := grow(buf, len(lists)+1)
	c[0] = 0
	for k, l := range lists {
		c[k+1] = c[k] + int32(len(l))
	}
	return c
}

func containsID(list []int32, id int32) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}

// ratioResidual is Gale–Church's squared normalised length difference of a
// 1-1 pair divided by s²: its mean over true pairs is s².
func (m *model) ratioResidual(i, j int) float64 {
	l1, l2 := m.srcLen[i], m.tgtLen[j]
	mean := (l1 + l2/m.c) / 2
	if mean <= 0 {
		return 0
	}
	d := l2 - m.c*l1
	return d * d / mean
}

// cost is the cost of the link joining src[i:i+di] with tgt[j:j+dj] by
// step kind t.
func (m *model) cost(t, i, j int) float64 {
	st := &steps[t]
	a, b := m.spanS[i*(maxSide+1)+st.di], m.spanT[j*(maxSide+1)+st.dj]
	l1, l2 := a.runes, b.runes
	lc := 0.0
	if mean := (l1 + l2/m.c) / 2; mean > 0 {
		x := math.Abs(l2-m.c*l1) / math.Sqrt(mean*m.s2)
		if x < tailMax {
			lc = tailAt(x) // negLogTail's common case, inlined
		} else {
			lc = negLogTail(x)
		}
	}
	prior := st.cost
	if st.di == 0 || st.dj == 0 {
		lc = min(lc, dropLenCap)
		var a []int32
		if st.di == 1 {
			a = m.srcA[i]
		} else {
			a = m.tgtA[j]
		}
		if len(a) == 0 {
			prior = bareDropCost
			if l1+l2 < shortLen {
				prior = shortDropCost
			}
		}
		return prior + lc + unmatchedCost*float64(len(a))
	}
	return prior + lc + m.anchorCost(st, i, j, int(a.anchors), int(b.anchors))
}

// anchorCost scores the anchors of a link with both sides non-empty, of
// na and nb anchors (counted by the prefix sums). The lists are read only
// when the pairs of units do not tell what the sides share: this is the
// cost of nearly every step of the search.
func (m *model) anchorCost(st *step, i, j, na, nb int) float64 {
	if na == 0 && nb == 0 {
		return 0
	}
	if st.di == 1 && st.dj == 1 {
		if m.pairs != nil {
			p := m.pairs[i*len(m.tgtA)+j]
			return m.sharedCost(na, nb, int(p.k), p.sum)
		}
		return m.pairCost(m.srcA[i], m.tgtA[j])
	}
	if m.pairs != nil {
		switch m.boxHits(st, i, j) {
		case 0:
			return m.sharedCost(na, nb, 0, 0)
		case 1:
			p := m.hitOf(st, i, j)
			sa, ba, sb, bb := m.strayPairs(st, i, j)
			return m.sharedCost(na, nb, int(p.k), p.sum) +
				strayPartCost*float64(sa+sb) + barePartCost*float64(ba+bb)
		}
	}
	srcA, tgtA := m.srcA[i:i+st.di], m.tgtA[j:j+st.dj]
	cnt := m.cnt
	for _, l := range srcA {
		for _, id := range l {
			cnt[id]++
		}
	}
	shared, k := 0.0, 0
	for _, l := range tgtA {
		for _, id := range l {
			if cnt[id] > 0 {
				cnt[id]--
				k++
				shared += m.weight[id]
			}
		}
	}
	for _, l := range srcA {
		for _, id := range l {
			cnt[id] = 0
		}
	}
	c := m.sharedCost(na, nb, k, shared)
	if k > 0 {
		var sa, ba, sb, bb int
		if m.pairs != nil {
			sa, ba, sb, bb = m.strayPairs(st, i, j)
		} else {
			sa, ba = m.strayParts(srcA, tgtA)
			sb, bb = m.strayParts(tgtA, srcA)
		}
		c += strayPartCost*float64(sa+sb) + barePartCost*float64(ba+bb)
	}
	return c
}

// strayPairs is strayParts of both sides of the link of kind st from (i, j),
// read from m.pairs: a unit is stray when its pair with every unit of the
// other side shares nothing.
func (m *model) strayPairs(st *step, i, j int) (strayS, bareS, strayT, bareT int) {
	nt := len(m.tgtA)
	if st.di >= 2 {
		for x := i; x < i+st.di; x++ {
			if len(m.srcA[x]) == 0 {
				bareS++
				continue
			}
			hit := false
			for _, p := range m.pairs[x*nt+j : x*nt+j+st.dj] {
				if p.k != 0 {
					hit = true
					break
				}
			}
			if !hit {
				strayS++
			}
		}
	}
	if st.dj >= 2 {
		for y := j; y < j+st.dj; y++ {
			if len(m.tgtA[y]) == 0 {
				bareT++
				continue
			}
			hit := false
			for x := i; x < i+st.di; x++ {
				if m.pairs[x*nt+y].k != 0 {
					hit = true
					break
				}
			}
			if !hit {
				strayT++
			}
		}
	}
	return strayS, bareS, strayT, bareT
}

// pairCost is anchorCost for a 1-1 link: the multiset intersection of two
// sorted lists by merging.
func (m *model) pairCost(a, b []int32) float64 {
	p := m.intersect(a, b)
	return m.sharedCost(len(a), len(b), int(p.k), p.sum)
}

// intersect is the multiset intersection of two sorted lists, by merging.
func (m *model) intersect(a, b []int32) shared {
	sum, k := 0.0, 0
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x] < b[y]:
			x++
		case a[x] > b[y]:
			y++
		default:
			sum += m.weight[a[x]]
			k++
			x++
			y++
		}
	}
	return shared{int32(k), sum}
}

// boxHits counts, from m.hits, the pairs of a source and a target unit of
// the link of kind st from (i, j) that share anchors. When at most one
// does, the anchors the link's two sides share are that pair's (hitOf),
// and summed in the same order: the ids of its target unit in ascending
// order, as anchorCost's count visits them. Most merges the search tries
// are such, and most boxes hold none: the count costs four reads where a
// scan of the box costs one a pair, and boxHits is small enough to be
// inlined.
func (m *model) boxHits(st *step, i, j int) int32 {
	w := len(m.tgtA) + 1
	lo, hi := i*w, (i+st.di)*w
	return m.hits[hi+j+st.dj] - m.hits[hi+j] - m.hits[lo+j+st.dj] + m.hits[lo+j]
}

// hitOf returns what the pair of the link of kind st from (i, j) that
// shares anchors shares, when boxHits counts one: the first found.
func (m *model) hitOf(st *step, i, j int) shared {
	nt := len(m.tgtA)
	// by index, not by ranging over a slice of each row: a link holds a
	// few cells, and cutting the slice cost more than reading them
	for row := i * nt; row < (i+st.di)*nt; row += nt {
		for c := row + j; c < row+j+st.dj; c++ {
			if p := &m.pairs[c]; p.k != 0 {
				return *p
			}
		}
	}
	return shared{}
}

// sharedCost prices k shared anchors of rarity-weighted sum shared, out of
// na and nb on the two sides.
func (m *model) sharedCost(na, nb, k int, shared float64) float64 {
	c := unmatchedCost*float64(na+nb-2*k) - sharedGain*shared
	if k == 0 && na >= 2 && nb >= 2 {
		c += disjointCost * float64(min(na, nb))
	}
	return c
}

// strayParts counts the units of a that carry anchors of which none occurs
// in b (stray), and the units without anchors (bare): in a merge, such a
// unit may belong elsewhere.
func (m *model) strayParts(a, b [][]int32) (stray, bare int) {
	if len(a) < 2 {
		return 0, 0
	}
	cnt := m.cnt
	for _, l := range b {
		for _, id := range l {
			cnt[id] = 1
		}
	}
	for _, l := range a {
		if len(l) == 0 {
			bare++
			continue
		}
		hit := false
		for _, id := range l {
			if cnt[id] != 0 {
				hit = true
				break
			}
		}
		if !hit {
			stray++
		}
	}
	for _, l := range b {
		for _, id := range l {
			cnt[id] = 0
		}
	}
	return stray, bare
}

// tailTable holds -ln P(|Z| >= x) for a standard normal Z at x = k/tailStep,
// and the difference to the next entry: negLogTail interpolates with one
// look-up (the difference is the subtraction it made of two).
var tailTable = func() []tailPoint {
	v := make([]float64, tailMax*tailStep+1)
	for k := range v {
		x := float64(k) / tailStep
		v[k] = -math.Log(math.Erfc(x / math.Sqrt2))
	}
	t := make([]tailPoint, len(v)-1)
	for k := range t {
		t[k] = tailPoint{v[k], v[k+1] - v[k]}
	}
	return t
}()

// tailPoint is an entry of tailTable.
type tailPoint struct {
	v, step float64
}

const (
	tailStep = 64
	tailMax  = 30
)

// negLogTail is -ln P(|Z| >= x), x >= 0, by table with linear interpolation
// (tailAt) and the asymptotic expansion beyond the table.
func negLogTail(x float64) float64 {
	if x < tailMax {
		return tailAt(x)
	}
	if math.IsNaN(x) {
		return 0
	}
	return x*x/2 + math.Log(x) + 0.5*math.Log(math.Pi/2)
}

// tailAt is negLogTail for 0 <= x < tailMax, small enough to be inlined:
// cost prices every link the search tries, and a call spilled its
// registers around it.
func tailAt(x float64) float64 {
	f := x * tailStep
	k := int(f)
	p := &tailTable[k]
	return p.v + (f-float64(k))*p.step
}
