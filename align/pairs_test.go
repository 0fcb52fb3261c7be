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
		checked := 0
		for ti, st := range steps {
			for i := 0; i+st.di <= n; i++ {
				for j := 0; j+st.dj <= m; j++ {
					a, b := slow.cost(ti, i, j), fast.cost(ti, i, j)
					if math.Float64bits(a) != math.Float64bits(b) {
						t.Fatalf("seed %d step %v at (%d, %d): counted %v, from pairs %v", seed, st, i, j, a, b)
					}
					checked++
				}
			}
		}
		if checked < 1000 {
			t.Fatalf("only %d costs compared", checked)
		}
	}
}
