package numbers

import (
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// This file keeps scanners between Extract calls: the digit runs of
// numerals and their values go into buffers that are reused,
// and the facts of successive calls into one block, so that a call
// allocates little of its own.

// scanners holds idle scanners with their buffers.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// factBlock is how many facts a block of scanner.facts holds: 31 facts
// of 264 bytes fill an allocation of 8 kB, the facts of a few dense
// paragraphs. A call starts a new block when less than factRoom is left
// of the last; one that finds more facts than that moves them to a larger
// array, as append does.
const (
	factBlock = 31
	factRoom  = 8
)

// maxKeptFacts bounds the room for facts a scanner keeps for the next
// call, so that one huge paragraph does not pin its memory.
const maxKeptFacts = 1024

// newScanner returns a scanner, reused when one is idle, set up for text.
//
// The facts of the call are written where the caller will read them, at
// the end of a block whose head holds the facts of earlier calls: result
// then hands them out without copying them (a copy of a large struct with
// pointers, and an allocation per call, were a tenth of Extract on dense
// text).
func newScanner(text string, loc *Locale, tag language.Tag) *scanner {
	s := scanners.Get().(*scanner)
	facts := s.facts
	if cap(facts) < factRoom {
		facts = make([]Fact, 0, factBlock)
	}
	// every field starts from zero, as in a new scanner, except the buffers
	*s = scanner{src: blank(text), orig: text, loc: loc, tag: tag, spell: loc.spell(), pairs: loc.spellPairs(),
		facts: facts, arena: arena{strs: s.arena.strs[:0], decs: s.arena.decs}}
	return s
}

// result returns the facts found (nil when there are none) and puts the
// scanner back for reuse. The facts are a window of the block, capped at
// their end, so that appending to them cannot write over the facts of a
// later call; the rest of the block is left for that call. A window keeps
// its block alive, and with it the facts of the few calls that share it
// (as arena.decs does for values). The other buffers are not cleared: the
// next call overwrites them, and sync.Pool drops an idle scanner at the
// second garbage collection, so what they still point to (the last text,
// its notes) is kept alive that long at most.
func (s *scanner) result() []Fact {
	var out []Fact
	n := len(s.facts)
	if n > 0 {
		out = s.facts[:n:n]
	}
	s.facts = s.facts[n:]
	if cap(s.facts) > maxKeptFacts {
		s.facts = nil
	}
	s.arena.strs = s.arena.strs[:0]
	s.src, s.orig, s.loc = "", "", nil
	scanners.Put(s)
	return out
}

// tagLocale is a tag with its table (nil when unsupported).
type tagLocale struct {
	tag language.Tag
	loc *Locale
}

// knownLocales remembers the tables of the tags seen so far (at most
// maxKnownLocales of them), as a list that is replaced, never changed, so
// that readers need no lock. Extract and Match are called paragraph after
// paragraph and link after link with the few tags of a batch, and working
// out a tag's table (its region, then two registry look-ups) costs more
// than the scan of a short paragraph; a batch's workers alternate between
// languages, so one remembered tag was not enough.
var knownLocales atomic.Pointer[[]tagLocale]

// maxKnownLocales bounds the list: tags with variants or extensions are
// not equal to each other even when they spell the same thing, and a
// batch must not grow the list with each file.
const maxKnownLocales = 32

// localeForScan is localeFor with a memory of the tags seen.
func localeForScan(tag language.Tag) *Locale {
	known := knownLocales.Load()
	if known != nil {
		for _, tl := range *known {
			if tl.tag == tag {
				return tl.loc
			}
		}
	}
	l := localeFor(tag)
	if known == nil || len(*known) < maxKnownLocales {
		var next []tagLocale
		if known != nil {
			next = append(next, *known...)
		}
		next = append(next, tagLocale{tag, l})
		// A concurrent call may have added a tag meanwhile; losing it
		// only means working it out again.
		knownLocales.CompareAndSwap(known, &next)
	}
	return l
}
