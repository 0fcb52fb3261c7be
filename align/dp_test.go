package align

import (
	"reflect"
	"testing"
)

// solveUnpadded is alignUnits' search of the whole table on a grid built
// as a band is (newGrid, every row 0..m), whose neighbours are found by
// at's bounds tests rather than through fullGrid's padding.
func solveUnpadded(src, tgt []Unit) Alignment {
	n, m := len(src), len(tgt)
	md := newModel(src, tgt)
	defer md.release()
	pins := findPins(md)
	md.c = estimateRatio(md, pins)
	md.s2 = estimateVariance(md, pins, 0)
	lo, hi := grow(&md.lo, n+1), grow(&md.hi, n+1)
	for i := range hi {
		lo[i], hi[i] = 0, m
	}
	g := md.newGrid(n, m, lo, hi)
	md.sharePairs()
	return solve(md, g)
}

// TestFullGridPadded: the padded full grid gives the alignment, scores
// bit for bit, of the same table searched with bounds tests.
func TestFullGridPadded(t *testing.T) {
	for _, tc := range []struct {
		seed   uint64
		n, cut int // units generated, and kept of the target
	}{{1, 30, 30}, {2, 40, 35}, {3, 12, 12}, {4, 20, 3}, {5, 5, 1}, {6, 60, 60}} {
		src, tgt, _ := synthetic(tc.n, tc.seed)
		tgt = tgt[:min(len(tgt), tc.cut)]
		if (len(src)+1)*(len(tgt)+1) > fullLimit {
			src = src[:fullLimit/(len(tgt)+1)-1]
		}
		want := solveUnpadded(src, tgt)
		got := alignUnits(src, tgt, Options{})
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: padded %v, unpadded %v", tc.seed, scoreList(got), scoreList(want))
		}
	}
}

// TestPadCoversSteps: a link from any cell of a full grid, forward or
// backward, lands on the grid or on its padding.
func TestPadCoversSteps(t *testing.T) {
	for _, st := range steps {
		if st.di > maxSide || st.dj > maxSide {
			t.Errorf("step %+v is longer than maxSide %d", st, maxSide)
		}
	}
}
