package align

import (
	"math"
	"testing"
)

// TestSharePairsSameCost: the costs read from the pair table (sharePairs)
// are bit for bit those counted anchor by anchor, for every step from every
// cell, on synthetic documents with shared, repeated and missing anchors.
func TestSharePairsSameCost(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		src, tgt, _ := synthetic(40, seed)
		src, tgt = src[:min(len(src), 40)], tgt[:min(len(tgt), 40)]
		slow, fast := newModel(src, tgt), newModel(src, tgt)
		fast.sharePairs()
		n, m := len(src), len(tgt)
		checked, onePairs := 0, 0 // onePairs: merges priced from the one pair that shares
		for ti, st := range steps {
			for i := 0; i+st.di <= n; i++ {
				for j := 0; j+st.dj <= m; j++ {
					a, b := slow.cost(ti, i, j), fast.cost(ti, i, j)
					if math.Float64bits(a) != math.Float64bits(b) {
						t.Fatalf("seed %d step %v at (%d, %d): counted %v, from pairs %v", seed, st, i, j, a, b)
					}
					checked++
					if p, ok := fast.onePair(&steps[ti], i, j); ok && p.k != 0 && st.di+st.dj > 2 {
						onePairs++
					}
				}
			}
		}
		if checked < 1000 || onePairs < 200 {
			t.Fatalf("only %d costs compared, %d of merges with one pair sharing", checked, onePairs)
		}
	}
}

// TestStepIndices: stepDropS and stepDropT name the 1-0 and 0-1 steps.
func TestStepIndices(t *testing.T) {
	if st := steps[stepDropS]; st.di != 1 || st.dj != 0 {
		t.Errorf("steps[stepDropS] = %+v, want 1-0", st)
	}
	if st := steps[stepDropT]; st.di != 0 || st.dj != 1 {
		t.Errorf("steps[stepDropT] = %+v, want 0-1", st)
	}
}

// TestDropCostOneUnit: the cost of a 1-0 link does not depend on the
// target position, nor that of a 0-1 link on the source position, bit for
// bit: solve prices them once per unit.
func TestDropCostOneUnit(t *testing.T) {
	src, tgt, _ := synthetic(30, 2)
	md := newModel(src, tgt)
	for i := range len(src) {
		for j := range len(tgt) + 1 {
			if a, b := md.cost(stepDropS, i, j), md.cost(stepDropS, i, 0); math.Float64bits(a) != math.Float64bits(b) {
				t.Fatalf("1-0 from (%d, %d) costs %v, from (%d, 0) %v", i, j, a, i, b)
			}
		}
	}
	for j := range len(tgt) {
		for i := range len(src) + 1 {
			if a, b := md.cost(stepDropT, i, j), md.cost(stepDropT, 0, j); math.Float64bits(a) != math.Float64bits(b) {
				t.Fatalf("0-1 from (%d, %d) costs %v, from (0, %d) %v", i, j, a, j, b)
			}
		}
	}
}

// onePair reports, from m.pairs, that at most one pair of a source and a
// target unit of the link of kind st from (i, j) shares anchors, and
// returns what it shares (zero if none does), as anchorCost reads it with
// boxHits and hitOf.
func (m *model) onePair(st *step, i, j int) (shared, bool) {
	switch m.boxHits(st, i, j) {
	case 0:
		return shared{}, true
	case 1:
		return m.hitOf(st, i, j), true
	}
	return shared{}, false
}

// scanOnePair is onePair without the prefix counts of hits: every pair of
// the link's box read.
func scanOnePair(m *model, st *step, i, j int) (shared, bool) {
	var one shared
	found := false
	for x := i; x < i+st.di; x++ {
		for y := j; y < j+st.dj; y++ {
			if p := m.pairs[x*len(m.tgtA)+y]; p.k != 0 {
				if found {
					return shared{}, false
				}
				one, found = p, true
			}
		}
	}
	return one, true
}

// TestOnePairCounts: boxHits and hitOf, which count the box's sharing
// pairs from the prefix sums before reading any, answer as reading every
// pair does, for every merge from every cell; on boxes with none, one and
// several sharing pairs.
func TestOnePairCounts(t *testing.T) {
	for _, tc := range []struct {
		seed uint64
		n    int
	}{{1, 40}, {2, 40}, {3, 25}, {4, 12}} {
		src, tgt, _ := synthetic(tc.n, tc.seed)
		src, tgt = src[:min(len(src), tc.n)], tgt[:min(len(tgt), tc.n)]
		m := newModel(src, tgt)
		m.sharePairs()
		var seen [3]int // boxes with no sharing pair, one, several
		for ti, st := range steps {
			if st.di == 0 || st.dj == 0 || st.di+st.dj == 2 {
				continue
			}
			for i := 0; i+st.di <= len(src); i++ {
				for j := 0; j+st.dj <= len(tgt); j++ {
					a, aok := m.onePair(&steps[ti], i, j)
					b, bok := scanOnePair(m, &steps[ti], i, j)
					if a != b || aok != bok {
						t.Fatalf("seed %d step %v at (%d, %d): %v %v, scanning %v %v", tc.seed, st, i, j, a, aok, b, bok)
					}
					switch {
					case !bok:
						seen[2]++
					case b.k != 0:
						seen[1]++
					default:
						seen[0]++
					}
				}
			}
		}
		if seen[0] == 0 || seen[1] == 0 || seen[2] == 0 {
			t.Fatalf("seed %d: boxes with none, one, several sharing pairs: %v", tc.seed, seen)
		}
	}
}

// TestNegLogTailTable: negLogTail, which reads each entry's difference to
// the next from the table, gives bit for bit the interpolation between
// two entries of -ln P(|Z| >= x) it made before, at the table's points,
// between them and at its edges.
func TestNegLogTailTable(t *testing.T) {
	at := func(k int) float64 { return -math.Log(math.Erfc(float64(k) / tailStep / math.Sqrt2)) }
	interpolate := func(x float64) float64 {
		f := x * tailStep
		k := int(f)
		return at(k) + (f-float64(k))*(at(k+1)-at(k))
	}
	xs := []float64{0, 1e-9, 0.5, 1, 1.0 / tailStep, 2.71828, 7.3, 29.99, math.Nextafter(tailMax, 0)}
	for k := 0; k < tailMax*tailStep; k += 7 {
		xs = append(xs, float64(k)/tailStep, (float64(k)+0.37)/tailStep)
	}
	for _, x := range xs {
		if got, want := negLogTail(x), interpolate(x); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("negLogTail(%v) = %v, want %v", x, got, want)
		}
	}
	for _, x := range []float64{tailMax, 31, 1e6} { // beyond the table
		want := x*x/2 + math.Log(x) + 0.5*math.Log(math.Pi/2)
		if got := negLogTail(x); got != want {
			t.Fatalf("negLogTail(%v) = %v, want %v", x, got, want)
		}
	}
}
