package numbers

import (
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// This file keeps scanners between Extract calls: the facts found, the
// digit runs of numerals and the numerals themselves go into buffers that
// are reused, so that a call allocates its result and little else.

// scanners holds idle scanners with their buffers.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// maxKeptFacts bounds the fact buffer a scanner keeps for the next call,
// so that one huge paragraph does not pin its memory.
const maxKeptFacts = 1024

// newScanner returns a scanner, reused when one is idle, set up for text.
func newScanner(text string, loc *Locale, tag language.Tag) *scanner {
	s := scanners.Get().(*scanner)
	// every field starts from zero, as in a new scanner, except the buffers
	*s = scanner{src: blank(text), orig: text, loc: loc, tag: tag, spell: loc.spell(), pairs: loc.spellPairs(),
		facts: s.facts[:0], arena: arena{strs: s.arena.strs[:0], decs: s.arena.decs}, nums: s.nums[:0]}
	return s
}

// result returns the facts found, in a slice of their own (nil when there
// are none), and puts the scanner back for reuse. The buffers are not
// cleared: the next call overwrites them, and sync.Pool drops an idle
// scanner at the second garbage collection, so what they still point to (the
// last text, its notes) is kept alive that long at most.
func (s *scanner) result() []Fact {
	var out []Fact
	if len(s.facts) > 0 {
		out = make([]Fact, len(s.facts))
		copy(out, s.facts)
	}
	s.facts = s.facts[:0]
	if cap(s.facts) > maxKeptFacts {
		s.facts = nil
	}
	s.arena.strs = s.arena.strs[:0]
	s.nums = s.nums[:0]
	s.src, s.orig, s.loc = "", "", nil
	scanners.Put(s)
	return out
}

// keepNumeral returns a pointer to a copy of n that lives until the end of
// the Extract call, from a block shared by the call's numerals.
func (s *scanner) keepNumeral(n *numeral) *numeral {
	if len(s.nums) == cap(s.nums) {
		s.nums = make([]numeral, 0, max(16, 2*cap(s.nums)))
	}
	s.nums = append(s.nums, *n)
	return &s.nums[len(s.nums)-1]
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
