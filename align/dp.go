package align

import (
	"math"
	"sync"
)

// fullLimit is the largest table, in cells, searched in full; above it the
// search keeps to a band around the guide path.
const fullLimit = 1 << 12

// defaultBand is the half-width of the band when Options.Band is 0.
const defaultBand = 8

// grid is the search space: for each row i (source units consumed) the
// columns rows[i].lo..rows[i].hi (target units consumed), stored row after
// row.
type grid struct {
	n, m  int
	rows  []gridRow // n+1 rows
	cells int       // the size of the tables, padding included
	// start and end are the flat indices of (0, 0) and (n, m).
	start, end int
	// stride is, in a full grid (fullGrid), the distance between the flat
	// indices of (i, j) and (i+1, j), and 0 in a band: a full grid is
	// padded so that a step off the grid lands on a padding cell, whose
	// passes leave at +Inf, and the neighbours of a cell are found by
	// subtraction (see offsets) instead of at's bounds tests.
	stride int
}

// pad is the room around a full grid: the largest di and dj of steps.
const pad = maxSide

// gridRow is one row of a grid. Its bounds and its offset sit together:
// at, the index of every step of the search, then reads one element (its
// own slices for lo, hi and the offset were three bounds checks, and a
// tenth of the instructions of aligning a few paragraphs).
type gridRow struct {
	lo, hi int
	base   int // the flat index of (i, j) is base+j
}

// newGrid returns the grid of rows lo..hi in md's room: it is good until
// md is released.
func (md *model) newGrid(n, m int, lo, hi []int) *grid {
	g := &md.g
	*g = grid{n: n, m: m, rows: grow(&md.rows, n+1)}
	for i := range g.rows {
		g.rows[i] = gridRow{lo: lo[i], hi: hi[i], base: g.cells - lo[i]}
		g.cells += hi[i] - lo[i] + 1
	}
	g.start, g.end = 0, g.cells-1
	return g
}

// fullGrid returns the grid of every cell, padded: pad rows above and
// below, and pad columns between rows (those after a row's last column
// are also those before the next row's first), in md's room.
func (md *model) fullGrid(n, m int) *grid {
	g := &md.g
	stride := m + 1 + pad
	*g = grid{n: n, m: m, rows: grow(&md.rows, n+1), stride: stride}
	for i := range g.rows {
		g.rows[i] = gridRow{lo: 0, hi: m, base: (i+pad)*stride + pad}
	}
	g.cells = (n+1+2*pad)*stride + pad
	g.start, g.end = g.rows[0].base, g.rows[n].base+m
	return g
}

// offsets returns, for a full grid, how far below each cell's flat index
// lies the start of the link of each step kind ending there.
func (g *grid) offsets() (off [nsteps]int) {
	for t, st := range steps {
		off[t] = st.di*g.stride + st.dj
	}
	return off
}

// at returns the flat index of cell (i, j), or -1 outside the grid.
func (g *grid) at(i, j int) int {
	if uint(i) >= uint(len(g.rows)) {
		return -1
	}
	r := &g.rows[i]
	if j < r.lo || j > r.hi {
		return -1
	}
	return r.base + j
}

// alignUnits is Align at the granularity of the given units.
func alignUnits(src, tgt []Unit, opt Options) Alignment {
	n, m := len(src), len(tgt)
	if n == 0 || m == 0 {
		return trivial(n, m)
	}
	md := newModel(src, tgt)
	defer md.release()
	pins := findPins(md)
	md.c = estimateRatio(md, pins)
	md.s2 = estimateVariance(md, pins, opt.Variance)
	var g *grid
	if (n+1)*(m+1) <= fullLimit {
		g = md.fullGrid(n, m)
		md.sharePairs()
	} else {
		band := opt.Band
		if band <= 0 {
			band = defaultBand
		}
		g = bandGrid(md, pins, band)
	}
	return solve(md, g)
}

// trivial aligns when one side is empty: every unit alone, sure.
func trivial(n, m int) Alignment {
	var a Alignment
	for i := 0; i < n; i++ {
		a.Links = append(a.Links, Link{Source: []int{i}, Score: 1})
	}
	for j := 0; j < m; j++ {
		a.Links = append(a.Links, Link{Target: []int{j}, Score: 1})
	}
	return a
}

// solve runs the forward and backward passes over g, traces the best path
// and scores its links by their margins.
func solve(md *model, g *grid) Alignment {
	inf := math.Inf(1)
	buf := solveBufs.Get().(*solveBuf)
	defer buf.release()
	fwd := grow(&buf.fwd, g.cells)
	bwd := grow(&buf.bwd, g.cells)
	back := grow(&buf.back, g.cells)
	clear(back)
	cost := grow(&buf.cost, g.cells*nsteps) // link of kind t ending at the cell
	for k := range fwd {
		fwd[k], bwd[k] = inf, inf
	}
	// A 1-0 link's cost depends on its source unit alone, a 0-1 link's on
	// its target unit: priced once per unit, not once per cell.
	drop := grow(&buf.drop, g.n+g.m)
	for i := range g.n {
		drop[i] = float32(md.cost(stepDropS, i, 0))
	}
	for j := range g.m {
		drop[g.n+j] = float32(md.cost(stepDropT, 0, j))
	}
	fwd[g.start] = 0
	back[g.start] = -1
	full, off := g.stride > 0, g.offsets()
	for i := 0; i <= g.n; i++ {
		for j := g.rows[i].lo; j <= g.rows[i].hi; j++ {
			q := g.rows[i].base + j
			best, arg := fwd[q], int8(-1)
			// the forward pass sets every step's cost, +Inf for a link
			// that cannot end here, so the table needs no filling first
			cq := (*[nsteps]float32)(cost[q*nsteps:])
			for t := range steps {
				var p int
				if full { // off the grid is padding, at +Inf
					p = q - off[t]
				} else {
					p = g.at(i-steps[t].di, j-steps[t].dj)
				}
				if p < 0 || fwd[p] == inf {
					cq[t] = float32(inf)
					continue
				}
				var c float32
				switch t {
				case stepDropS:
					c = drop[i-1]
				case stepDropT:
					c = drop[g.n+j-1]
				default:
					c = float32(md.cost(t, i-steps[t].di, j-steps[t].dj))
				}
				cq[t] = c
				if v := fwd[p] + float64(c); v < best {
					best, arg = v, int8(t)
				}
			}
			if q != g.start {
				fwd[q], back[q] = best, arg
			}
		}
	}
	bwd[g.end] = 0
	for i := g.n; i >= 0; i-- {
		for j := g.rows[i].hi; j >= g.rows[i].lo; j-- {
			p := g.rows[i].base + j
			best := bwd[p]
			if full {
				// No test of the cell a link ends at: where bwd is +Inf
				// (padding, whose cost entries are never set, or a
				// cell the end cannot be reached from), the sum is +Inf
				// or NaN, whatever the cost, and neither is below best.
				for t := range steps {
					q := p + off[t]
					if v := float64(cost[q*nsteps+t]) + bwd[q]; v < best {
						best = v
					}
				}
				bwd[p] = best
				continue
			}
			for t := range steps {
				q := g.at(i+steps[t].di, j+steps[t].dj)
				if q < 0 || bwd[q] == inf {
					continue
				}
				if v := float64(cost[q*nsteps+t]) + bwd[q]; v < best {
					best = v
				}
			}
			bwd[p] = best
		}
	}
	s := &scorer{g: g, fwd: fwd, bwd: bwd, cost: cost, total: fwd[g.end]}
	return s.trace(back)
}

// scorer turns the two passes into links with scores.
type scorer struct {
	g        *grid
	fwd, bwd []float64
	cost     []float32
	total    float64
}

// trace follows the back pointers from the end and scores each link. The
// links are counted first, so that they take one allocation, and the unit
// indices of all of them another: each link's Source and Target are
// windows of one array that holds 0..n-1 and then 0..m-1, capped so that
// an append to one link's copies rather than overwrites its neighbour's.
func (s *scorer) trace(back []int8) Alignment {
	g := s.g
	count := 0
	for i, j := g.n, g.m; i > 0 || j > 0; count++ {
		t := back[g.at(i, j)]
		if t < 0 { // unreachable: cannot happen on a connected grid
			break
		}
		i, j = i-steps[t].di, j-steps[t].dj
	}
	links := make([]Link, count)
	units := make([]int, g.n+g.m)
	for k := range g.n {
		units[k] = k
	}
	for k := range g.m {
		units[g.n+k] = k
	}
	i, j := g.n, g.m
	for k := count - 1; k >= 0; k-- {
		t := int(back[g.at(i, j)])
		st := steps[t]
		l := &links[k]
		if st.di > 0 {
			l.Source = units[i-st.di : i : i]
		}
		if st.dj > 0 {
			l.Target = units[g.n+j-st.dj : g.n+j : g.n+j]
		}
		l.Score = confidence(s.margin(t, i-st.di, j-st.dj, i, j))
		i, j = i-st.di, j-st.dj
	}
	return Alignment{Links: links}
}

// solveBuf holds solve's tables between calls: they were a twentieth of
// the bytes a batch allocates (every pair of every set is aligned), and
// solve sets every cell it reads before reading it. Nothing of them
// outlives solve: the links it returns are new.
type solveBuf struct {
	fwd, bwd []float64
	back     []int8
	cost     []float32
	drop     []float32 // 1-0 link of each source unit, then 0-1 of each target unit
}

var solveBufs = sync.Pool{New: func() any { return new(solveBuf) }}

// maxKeptCells bounds the tables kept for reuse, so that one huge
// alignment does not pin its memory.
const maxKeptCells = 1 << 16

func (b *solveBuf) release() {
	if cap(b.fwd) <= maxKeptCells {
		solveBufs.Put(b)
	}
}

// grow returns (*s)[:n], reallocating *s when it is too short.
func grow[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	}
	return (*s)[:n]
}

// margin is how much more than the best path the best path that avoids the
// link of kind t from (i0, j0) to (i1, j1) costs, approximately: it takes
// the paths through either corner with another link, and the paths through
// any cell inside the link's box.
func (s *scorer) margin(t, i0, j0, i1, j1 int) float64 {
	g := s.g
	alt := math.Inf(1)
	p, q := g.at(i0, j0), g.at(i1, j1)
	for u := range steps {
		if u == t {
			continue
		}
		if r := g.at(i0+steps[u].di, j0+steps[u].dj); r >= 0 {
			alt = min(alt, s.fwd[p]+float64(s.cost[r*nsteps+u])+s.bwd[r])
		}
		if r := g.at(i1-steps[u].di, j1-steps[u].dj); r >= 0 {
			alt = min(alt, s.fwd[r]+float64(s.cost[q*nsteps+u])+s.bwd[q])
		}
	}
	for x := i0; x <= i1; x++ {
		for y := j0; y <= j1; y++ {
			if (x == i0 && y == j0) || (x == i1 && y == j1) {
				continue
			}
			if r := g.at(x, y); r >= 0 {
				alt = min(alt, s.fwd[r]+s.bwd[r])
			}
		}
	}
	return alt - s.total
}

// confidence maps a cost margin in nats to 0..1: tanh(margin/2), the
// difference of the two posteriors of a two-way choice.
func confidence(margin float64) float64 {
	switch {
	case math.IsNaN(margin) || margin <= 0:
		return 0
	case margin > 40:
		return 1
	}
	return math.Tanh(margin / 2)
}
