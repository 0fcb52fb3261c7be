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
	post, err := newPostings(t.TempDir(), 0)
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
	addFromWorkers(post, perDoc, 4)
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

// TestPostingsDropsCommonAnchorsWhole: with a bound, an anchor held by more
// documents than the bound may be left out of the runs, but only whole;
// anchors at or under the bound are always there whole, and anchors held
// by far more documents are found and left out.
func TestPostingsDropsCommonAnchorsWhole(t *testing.T) {
	t.Parallel()
	const (
		docs  = 3000
		bound = 50
	)
	rng := rand.New(rand.NewPCG(3, 4))
	// df of each anchor: most rare, some around the bound, a few very
	// common; many more anchors than the table has slots, so that slots
	// are fought over.
	df := make(map[uint64]int)
	perDoc := make([][]uint64, docs)
	addAnchor := func(n int) {
		h := rng.Uint64()
		df[h] = n
		picked := make(map[int]bool, n)
		for len(picked) < n {
			if d := rng.IntN(docs); !picked[d] {
				picked[d] = true
				perDoc[d] = append(perDoc[d], h)
			}
		}
	}
	for range 150000 {
		addAnchor(1 + rng.IntN(3))
	}
	for n := bound - 5; n <= bound+5; n++ {
		for range 20 {
			addAnchor(n)
		}
	}
	common := make(map[uint64]bool)
	for range 30 {
		addAnchor(1000 + rng.IntN(1000))
	}
	for h, n := range df {
		if n >= 1000 {
			common[h] = true
		}
	}
	for d := range perDoc {
		slices.Sort(perDoc[d])
	}
	post, err := newPostings(t.TempDir(), bound)
	if err != nil {
		t.Fatal(err)
	}
	defer post.close()
	addFromWorkers(post, perDoc, 3)
	seen := make(map[uint64]int)
	err = post.runs(nil, func(r []posting) { seen[r[0].h] = len(r) })
	if err != nil {
		t.Fatal(err)
	}
	dropped := 0
	for h, n := range df {
		got, ok := seen[h]
		switch {
		case ok && got != n:
			t.Fatalf("anchor held by %d documents: a run of %d", n, got)
		case !ok && n <= bound:
			t.Fatalf("anchor held by %d documents (bound %d) left out", n, bound)
		case !ok:
			dropped++
		case common[h]:
			t.Errorf("anchor held by %d documents kept", n)
		}
	}
	t.Logf("%d anchors, %d left out", len(df), dropped)
}

// addFromWorkers adds the anchors of every document to post from several
// goroutines at once, as readAll does.
func addFromWorkers(post *postings, perDoc [][]uint64, workers int) {
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := w; d < len(perDoc); d += workers {
				post.add(int32(d), perDoc[d])
			}
		}()
	}
	wg.Wait()
}
