package align

import (
	"math"
	"slices"
	"sort"
)

// pin is a 1-1 pair that unique shared anchors vouch for.
type pin struct {
	i, j int
	w    float64 // how many unique anchors vouch for it
}

// pinScratch is the room findPins keeps in the model between calls.
type pinScratch struct {
	where, whereT []int32 // per anchor id: its unit, -1 none, -2 several
	cand, chain   []pin
	tree          []chainBest
	prev          []int
	total         []float64
	resid         []float64 // estimateVariance's residuals
}

// chainBest is the heaviest chain found so far ending below some target:
// its weight and its last candidate (-1 none).
type chainBest struct {
	w float64
	k int
}

// findPins returns the heaviest chain, strictly increasing on both sides, of
// the pairs joined by anchors found in exactly one unit of each side. The
// chain is in md's room: it is good until md is released.
func findPins(md *model) []pin {
	sc := &md.pins
	nid := len(md.weight)
	mark := func(units [][]int32, into []int32) {
		for k := range into {
			into[k] = -1
		}
		for u, l := range units {
			for _, id := range l {
				switch into[id] {
				case -1:
					into[id] = int32(u)
				case int32(u), -2:
				default:
					into[id] = -2
				}
			}
		}
	}
	where, whereT := grow(&sc.where, nid), grow(&sc.whereT, nid)
	mark(md.srcA, where)
	mark(md.tgtA, whereT)
	// One candidate per unique anchor shared, then those of one pair
	// merged into one, weighed by their number.
	cand := sc.cand[:0]
	for id := range where {
		if where[id] >= 0 && whereT[id] >= 0 {
			cand = append(cand, pin{int(where[id]), int(whereT[id]), 1})
		}
	}
	// Source ascending, target descending: at most one pin per source unit.
	slices.SortFunc(cand, func(a, b pin) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return b.j - a.j
	})
	merged := cand[:0]
	for _, c := range cand {
		if n := len(merged); n > 0 && merged[n-1].i == c.i && merged[n-1].j == c.j {
			merged[n-1].w++
			continue
		}
		merged = append(merged, c)
	}
	sc.cand = cand
	return sc.heaviestChain(merged, len(md.tgtLen))
}

// heaviestChain is the weighted longest increasing subsequence of cand by j,
// with a Fenwick tree of prefix maxima: O(k log m). The chain is in sc's
// room.
func (sc *pinScratch) heaviestChain(cand []pin, m int) []pin {
	if len(cand) == 0 {
		return nil
	}
	tree := grow(&sc.tree, m+1)
	for k := range tree {
		tree[k] = chainBest{k: -1}
	}
	prev := grow(&sc.prev, len(cand))
	total := grow(&sc.total, len(cand))
	top := chainBest{k: -1}
	for k, c := range cand {
		b := chainBest{k: -1} // best chain ending at a target below c.j
		for x := c.j; x > 0; x -= x & -x {
			if tree[x].w > b.w {
				b = tree[x]
			}
		}
		prev[k], total[k] = b.k, b.w+c.w
		nb := chainBest{total[k], k}
		for x := c.j + 1; x <= m; x += x & -x {
			if nb.w > tree[x].w {
				tree[x] = nb
			}
		}
		if nb.w > top.w {
			top = nb
		}
	}
	chain := sc.chain[:0]
	for k := top.k; k >= 0; k = prev[k] {
		chain = append(chain, cand[k])
	}
	slices.Reverse(chain)
	sc.chain = chain
	return chain
}

// estimateRatio returns the expected target/source length ratio: that of
// the pinned pairs when there are two or more (a deleted paragraph then does
// not bias it), else that of the documents.
func estimateRatio(md *model, pins []pin) float64 {
	if len(pins) < 2 {
		return md.c
	}
	var ls, lt float64
	for _, p := range pins {
		ls += md.srcLen[p.i]
		lt += md.tgtLen[p.j]
	}
	if ls <= 0 || lt <= 0 {
		return md.c
	}
	return lt / ls
}

// estimateVariance returns Gale–Church's s²: the caller's, or the median
// residual of the pins over the median of χ²₁, or the default.
func estimateVariance(md *model, pins []pin, given float64) float64 {
	if given > 0 {
		return given
	}
	if len(pins) < minPinsForVar {
		return defaultVariance
	}
	r := grow(&md.pins.resid, len(pins))
	for k, p := range pins {
		r[k] = md.ratioResidual(p.i, p.j)
	}
	sort.Float64s(r)
	med := r[len(r)/2]
	if len(r)%2 == 0 {
		med = (r[len(r)/2-1] + med) / 2
	}
	const chi2Median = 0.4549364
	// Shrink towards the default: a few pins say little.
	k := float64(len(r))
	est := (k*med/chi2Median + minPinsForVar*defaultVariance) / (k + minPinsForVar)
	return min(max(est, minVariance), maxVariance)
}

// bandGrid builds the band: a guide path through the pins that follows the
// cumulative-length diagonal between them, widened by band, more so far
// from pins, and made connected.
func bandGrid(md *model, pins []pin, band int) *grid {
	n, m := len(md.srcLen), len(md.tgtLen)
	cumS, cumT := md.cumS, md.cumT
	// Corner points of the guide: start, both corners of every pin, end.
	pts := make([][2]int, 0, 2*len(pins)+2)
	pts = append(pts, [2]int{0, 0})
	for _, p := range pins {
		for _, c := range [][2]int{{p.i, p.j}, {p.i + 1, p.j + 1}} {
			if last := pts[len(pts)-1]; c[0] >= last[0] && c[1] >= last[1] && c != last {
				pts = append(pts, c)
			}
		}
	}
	if last := pts[len(pts)-1]; last != [2]int{n, m} {
		pts = append(pts, [2]int{n, m})
	}
	lo, hi := grow(&md.lo, n+1), grow(&md.hi, n+1)
	for i := range lo {
		lo[i], hi[i] = m, 0
	}
	widen := func(i int, jlo, jhi float64) {
		lo[i] = min(lo[i], int(math.Floor(jlo)))
		hi[i] = max(hi[i], int(math.Ceil(jhi)))
	}
	for s := 1; s < len(pts); s++ {
		a, b := pts[s-1], pts[s]
		// Between distant pins the guide is less sure: widen with the
		// span of the segment, up to five times the band.
		w := float64(band) + min(float64(max(b[0]-a[0], b[1]-a[1]))/4, 4*float64(band))
		for i := a[0]; i <= b[0]; i++ {
			if a[0] == b[0] {
				widen(i, float64(a[1])-w, float64(b[1])+w)
				continue
			}
			f := 0.0
			if d := cumS[b[0]] - cumS[a[0]]; d > 0 {
				f = (cumS[i] - cumS[a[0]]) / d
			} else {
				f = float64(i-a[0]) / float64(b[0]-a[0])
			}
			j := lengthToIndex(cumT, a[1], b[1], cumT[a[1]]+f*(cumT[b[1]]-cumT[a[1]]))
			widen(i, j-w, j+w)
		}
	}
	lo[0], hi[n] = 0, m
	for i := range lo {
		lo[i] = max(lo[i], 0)
		hi[i] = min(hi[i], m)
	}
	for i := n - 1; i >= 0; i-- { // lo non-decreasing
		lo[i] = min(lo[i], lo[i+1])
	}
	for i := 1; i <= n; i++ { // hi non-decreasing
		hi[i] = max(hi[i], hi[i-1])
	}
	for i := 0; i < n; i++ { // rows overlap: the path can always go on
		hi[i] = max(hi[i], lo[i+1])
	}
	return md.newGrid(n, m, lo, hi)
}

// cumulative returns the prefix sums of lens in *buf, grown if need be.
func cumulative(buf *[]float64, lens []float64) []float64 {
	c := grow(buf, len(lens)+1)
	c[0] = 0
	for k, l := range lens {
		c[k+1] = c[k] + l
	}
	return c
}

// lengthToIndex returns the fractional unit index in [from, to] at which the
// cumulative length reaches pos.
func lengthToIndex(cum []float64, from, to int, pos float64) float64 {
	k := sort.Search(to-from, func(k int) bool { return cum[from+k+1] >= pos }) + from
	if k >= to {
		return float64(to)
	}
	d := cum[k+1] - cum[k]
	if d <= 0 {
		return float64(k)
	}
	return float64(k) + (pos-cum[k])/d
}
