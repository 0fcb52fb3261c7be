package check

import (
	"github.com/tally-qa/tally/align"
	"github.com/tally-qa/tally/numbers"
)

// setScratch is the room a worker of a batch keeps from set to set: the
// arrays of a set's versions (facts per paragraph, alignment units and
// their anchors) and the room of its pairs. They were made afresh for
// every set, a tenth of the bytes a check of a folder of 1 kB files
// allocated. Nothing of a set's result points into it (findings hold
// strings cut from the documents and the keys, not the arrays), so the
// next set may take it over once a set is checked (reset).
type setScratch struct {
	pairs   pairScratch
	facts   slab[[]numbers.Fact]
	first   slab[int]
	units   slab[align.Unit]
	anchors slab[string]
}

// reset makes all of sc free for the next set.
func (sc *setScratch) reset() {
	sc.pairs.reset()
	sc.facts.reset()
	sc.first.reset()
	sc.units.reset()
	sc.anchors.reset()
}

// slab hands out windows of one array, each capped so that an append to
// one cannot write into the next. The elements from n on are zero; reset
// zeroes those handed out, so that the array holds no pointer into a set
// that is done.
type slab[T any] struct {
	buf []T
	n   int
}

// maxSlab is the most elements a slab keeps over a reset: a rare huge set
// should not hold its memory for the rest of a batch.
const maxSlab = 1 << 16

// take returns n zero elements of s. When the array is short of room a
// new one takes its place, twice as large at least; the windows handed out
// of the old one keep it.
func (s *slab[T]) take(n int) []T {
	if len(s.buf)-s.n < n {
		s.buf, s.n = make([]T, max(n, 2*len(s.buf))), 0
	}
	w := s.buf[s.n : s.n+n : s.n+n]
	s.n += n
	return w
}

// reset makes all of the array free again.
func (s *slab[T]) reset() {
	if len(s.buf) > maxSlab {
		s.buf = nil
	} else {
		clear(s.buf[:s.n])
	}
	s.n = 0
}

// reset drops the pointers the room of the pairs holds into a set that is
// done (and the room itself if a huge set grew it).
func (sc *pairScratch) reset() {
	if cap(sc.room) > maxSlab || cap(sc.left) > maxSlab || cap(sc.pairs) > maxSlab {
		*sc = pairScratch{}
		return
	}
	clear(sc.room[:cap(sc.room)])
	clear(sc.left[:cap(sc.left)])
	clear(sc.pairs[:cap(sc.pairs)]) // the messages of the last set's pairs
}
