package corpus

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// TestPostingsRuns adds enough pairs from several goroutines for every
// bucket to be written in many blocks, and expects the runs to be the pairs
// sorted by (anchor, document) and cut where the anchor changes, with the
// documents renumbered.
func TestPostingsRuns(t *testing.T) {
	t.Parallel()
	post, err := newPostings(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer post.close()
	const docs = 400
	rng := rand.New(rand.NewPCG(1, 2))
	// A few thousand anchors shared by many documents, so that runs are
	// long and cross block boundaries.
	anchors := make([]uint64, 3000)
	for i := range anchors {
		anchors[i] = rng.Uint64()
	}
	perDoc := make([][]uint64, docs)
	var want []posting
	for d := range perDoc {
		var hs []uint64
		for _, h := range anchors {
			if rng.IntN(8) == 0 {
				hs = append(hs, h)
			}
		}
		slices.Sort(hs)
		perDoc[d] = slices.Compact(hs)
	}
	remap := make([]int32, docs)
	for d := range remap {
		remap[d] = int32(d * 2) // order-keeping
		for _, h := range perDoc[d] {
			want = append(want, posting{h, int32(d * 2)})
		}
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := w; d < docs; d += 4 {
				post.add(int32(d), perDoc[d])
			}
		}()
	}
	wg.Wait()
	if len(want) < 20*postingBuckets*postingBlock/100 {
		t.Fatalf("only %d pairs: the test would not make the buckets spill", len(want))
	}
	slices.SortFunc(want, comparePostings)
	var got []posting
	runs := 0
	err = post.runs(remap, func(r []posting) {
		runs++
		for _, p := range r {
			if p.h != r[0].h {
				t.Fatalf("run mixes anchors %x and %x", r[0].h, p.h)
			}
		}
		if len(got) > 0 && got[len(got)-1].h == r[0].h {
			t.Fatalf("anchor %x cut into two runs", r[0].h)
		}
		got = append(got, r...)
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %d pairs, want %d (or in another order)", len(got), len(want))
	}
	if runs != len(slices.CompactFunc(slices.Clone(want), func(x, y posting) bool { return x.h == y.h })) {
		t.Errorf("%d runs, want one per anchor", runs)
	}
}
