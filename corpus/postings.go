package corpus

import (
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"sync"
)

// postings is the inverted index of content grouping, kept on disk: every
// (anchor, document) pair a document adds goes to one of postingBuckets
// buckets by the anchor's top bits, is buffered in memory a block at a
// time, and is written to one temporary file. Read back a bucket at a time
// and sorted, the pairs come in (anchor, document) order, so that the index
// of a large corpus costs the memory of one bucket, not of all its anchors
// (at 31,000 files, 1.4 million pairs: 22 MB as one sorted slice).
//
// Most pairs belong to a few anchors found in thousands of documents
// (years, small numbers, a province's name), which content grouping
// ignores (maxAnchorFiles). A small table (common) spots them as they come
// and they are neither written nor read back: at 108,000 files, 5.2
// million pairs, the largest bucket held 367,000 of them (6 MB sorted in
// memory), nearly all of such anchors.
//
// add may be called from several goroutines; runs and close may not.
type postings struct {
	mu      sync.Mutex
	common  []commonSlot // nil: nothing dropped
	dropAt  uint32       // a slot's count from which its anchor is dropped
	f       *os.File
	pending [postingBuckets][]posting // not yet written, up to postingBlock each
	blocks  [postingBuckets][]int64   // offsets of each bucket's written blocks
	wbuf    []byte                    // a block as written
	size    int64                     // bytes written
	err     error                     // the first write error
}

const (
	postingBuckets = 256 // by the anchor's top byte
	postingBlock   = 512 // pairs buffered per bucket before a write (1 MB of buffers in all)
	postingSize    = 12  // bytes per pair on disk: the anchor, then the document
)

// commonSlot is one entry of the table of common anchors: an anchor and a
// count of documents that hold it (a lower bound of their number).
type commonSlot struct {
	h uint64
	n uint32
}

// commonSlots is the size of the table of common anchors (1 MB).
const commonSlots = 1 << 16

// newPostings makes an empty index in a temporary file in dir ("": the
// system's default). If dropAbove > 0, an anchor found in more than
// dropAbove documents may be left out of the runs; it is then left out
// entirely, never in part.
func newPostings(dir string, dropAbove int) (*postings, error) {
	f, err := os.CreateTemp(dir, "tally-postings-*")
	if err != nil {
		return nil, fmt.Errorf("grouping by content: %w", err)
	}
	p := &postings{f: f}
	if dropAbove > 0 {
		p.common = make([]commonSlot, commonSlots)
		p.dropAt = uint32(dropAbove) + 1
	}
	return p, nil
}

// slotOf is the slot of the table of common anchors that anchor h may
// hold (anchors are hashes, but their top bits are not spread well enough
// to index by them directly).
func slotOf(h uint64) int { return int((h * 0x9E3779B97F4A7C15) >> (64 - 16)) }

// count counts one more document holding anchor h and reports whether h is
// now known to be held by more than dropAbove documents. An anchor holds
// its slot while it comes more often than the others that share it (the
// count of an occupant is decremented by a newcomer and taken over at
// zero), and keeps it for good once its count reaches dropAt: the anchors
// found to be common stay so, and every count is at most the anchor's
// true number of documents.
func (p *postings) count(h uint64) bool {
	s := &p.common[slotOf(h)]
	switch {
	case s.h == h && s.n > 0:
		s.n = min(s.n+1, p.dropAt)
	case s.n >= p.dropAt:
		// the slot's anchor is common for good: h is not counted
	case s.n <= 1:
		s.h, s.n = h, 1
	default:
		s.n--
	}
	return s.h == h && s.n >= p.dropAt
}

// isCommon reports whether anchor h was found common by count.
func (p *postings) isCommon(h uint64) bool {
	s := &p.common[slotOf(h)]
	return s.h == h && s.n >= p.dropAt
}

// add records that document doc holds the anchors hs.
func (p *postings) add(doc int32, hs []uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, h := range hs {
		if p.common != nil && p.count(h) {
			continue
		}
		b := h >> 56
		p.pending[b] = append(p.pending[b], posting{h, doc})
		if len(p.pending[b]) == postingBlock {
			p.flush(int(b))
		}
	}
}

// flush writes bucket b's pending pairs as one block.
func (p *postings) flush(b int) {
	ps := p.pending[b]
	if len(ps) == 0 || p.err != nil {
		p.pending[b] = ps[:0]
		return
	}
	buf := p.wbuf[:0]
	for _, x := range ps {
		buf = binary.LittleEndian.AppendUint64(buf, x.h)
		buf = binary.LittleEndian.AppendUint32(buf, uint32(x.doc))
	}
	if _, err := p.f.WriteAt(buf, p.size); err != nil {
		p.err = fmt.Errorf("grouping by content: %w", err)
	}
	p.blocks[b] = append(p.blocks[b], p.size|int64(len(ps))<<48)
	p.size += int64(len(buf))
	p.pending[b] = ps[:0]
	p.wbuf = buf
}

// runs calls fn with each run of pairs that share an anchor, in increasing
// order of the anchor; within a run, documents come in increasing order.
// remap, if not nil, renumbers the documents first (it must keep their
// order). The slice fn gets is reused after it returns.
func (p *postings) runs(remap []int32, fn func(run []posting)) error {
	if p.err != nil {
		return p.err
	}
	var bucket []posting
	var buf []byte
	for b := range postingBuckets {
		bucket = bucket[:0]
		for _, blk := range p.blocks[b] {
			off, n := blk&(1<<48-1), int(blk>>48)
			buf = slices.Grow(buf[:0], n*postingSize)[:n*postingSize]
			if _, err := p.f.ReadAt(buf, off); err != nil {
				return fmt.Errorf("grouping by content: %w", err)
			}
			for k := 0; k < len(buf); k += postingSize {
				h := binary.LittleEndian.Uint64(buf[k:])
				if p.common != nil && p.isCommon(h) {
					continue // written before it was found common
				}
				bucket = append(bucket, posting{h: h, doc: int32(binary.LittleEndian.Uint32(buf[k+8:]))})
			}
		}
		for _, x := range p.pending[b] {
			if p.common == nil || !p.isCommon(x.h) {
				bucket = append(bucket, x)
			}
		}
		if remap != nil {
			for i := range bucket {
				bucket[i].doc = remap[bucket[i].doc]
			}
		}
		slices.SortFunc(bucket, comparePostings)
		for lo := 0; lo < len(bucket); {
			hi := lo + 1
			for hi < len(bucket) && bucket[hi].h == bucket[lo].h {
				hi++
			}
			fn(bucket[lo:hi])
			lo = hi
		}
	}
	return nil
}

// comparePostings orders pairs by anchor, then document.
func comparePostings(x, y posting) int {
	switch {
	case x.h < y.h:
		return -1
	case x.h > y.h:
		return 1
	}
	return int(x.doc) - int(y.doc)
}

// close removes the temporary file.
func (p *postings) close() {
	p.f.Close()
	os.Remove(p.f.Name())
}
