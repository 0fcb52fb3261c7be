package check

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tally-qa/tally/align"
	"github.com/tally-qa/tally/document"
	"github.com/tally-qa/tally/numbers"
)

// Options tunes a check. The zero value is the default.
type Options struct {
	// All keeps the findings of severity OK (facts that agree) in the result.
	All bool
	// Align tunes the paragraph alignment.
	Align align.Options
}

// version is a document with the facts of each of its paragraphs read once.
type version struct {
	doc   *document.Document
	facts [][]numbers.Fact // per paragraph
	// first[p] is the number of the first fact of paragraph p when the
	// facts of all paragraphs are numbered in order; first[len(facts)]
	// is the number of facts.
	first []int
	us    []align.Unit // alignment units, made on first use
	sc    *setScratch  // where its arrays are taken from
}

// readFacts reads the facts of d into a version of its own.
func readFacts(d *document.Document) *version { return readFactsIn(d, new(setScratch)) }

// readFactsIn is readFacts with the version's arrays taken from sc.
func readFactsIn(d *document.Document, sc *setScratch) *version {
	v := &version{doc: d, facts: sc.facts.take(len(d.Paragraphs)), first: sc.first.take(len(d.Paragraphs) + 1), sc: sc}
	for i, p := range d.Paragraphs {
		v.facts[i] = numbers.Extract(p.Text, d.Lang)
	}
	numbers.ResolveContext(v.facts)
	for i, fs := range v.facts {
		v.first[i+1] = v.first[i] + len(fs)
	}
	return v
}

// factCount is the number of facts of all paragraphs.
func (v *version) factCount() int { return v.first[len(v.facts)] }

// units turns a version into alignment units: the paragraph text plus
// anchors that survive translation (values by key, codes, names, URLs).
// They are made once: the source version of a set is aligned with every
// target. The anchors of all units are appended to one array, each unit's
// a capped window of it, rather than one array per paragraph. A window is
// cut as soon as its unit's anchors are in: should a later append move the
// array, the window keeps the old one, whose first elements no append
// writes again.
func (v *version) units() []align.Unit {
	if v.us != nil {
		return v.us
	}
	us := v.sc.units.take(len(v.doc.Paragraphs))
	n := v.factCount()
	all := v.sc.anchors.take(2*n + len(us))[:0] // room for as many text anchors as facts, and one a unit
	// The keys of all facts are written one after another into one
	// builder, each anchor a piece of it: a string for each key was a
	// third of the allocations of a check of figure-dense text. A piece
	// stays valid when the builder grows: it keeps the old array, which
	// the builder never writes again.
	var keys strings.Builder
	keys.Grow(12 * n) // most keys are a few digits and a unit
	var scratch [64]byte
	for i, p := range v.doc.Paragraphs {
		start := len(all)
		for k := range v.facts[i] {
			from := keys.Len()
			keys.Write(v.facts[i][k].AppendKey(scratch[:0]))
			all = append(all, keys.String()[from:])
		}
		all = align.AppendTextAnchors(all, p.Text)
		// the length in runes counted once: the source version's units are
		// aligned with every target
		us[i] = align.Unit{Text: p.Text, Runes: align.RuneCount(p.Text)}
		if end := len(all); end > start {
			us[i].Anchors = all[start:end:end]
		}
	}
	v.us = us
	return us
}

// located is a fact with the paragraph it was read from. It points into
// version.facts: a Fact is large, and a link's facts are gathered for every
// link of every pair.
type located struct {
	para int           // 0-based paragraph index
	fact *numbers.Fact // in version.facts[para]
	num  int           // the fact's number in its version (see version.first)
}

func factsOf(ls []located) []numbers.Fact {
	fs := make([]numbers.Fact, len(ls))
	for i, l := range ls {
		fs[i] = *l.fact
	}
	return fs
}

// Pair checks the target version against the source version: it aligns their
// paragraphs, matches the facts of each link and reports what disagrees.
func Pair(src, tgt *document.Document, opt Options) (PairStats, []Finding) {
	sc := new(setScratch)
	return checkPair(readFactsIn(src, sc), readFactsIn(tgt, sc), opt, &sc.pairs)
}

// pairScratch is the room of the check of a pair that the check of the
// next pair of a set (and of the next set: setScratch) takes over: the located facts of the links, their
// leftovers and the agreed marks were allocations of every pair. Nothing
// of it outlives the check of a pair: its stats and findings hold none.
type pairScratch struct {
	room   []located
	left   []leftovers
	agreed []bool
	pairs  []numbers.Pair // the answer of the last numbers.AppendMatch
}

// checkPair checks t against s, in sc's room.
func checkPair(s, t *version, opt Options, sc *pairScratch) (PairStats, []Finding) {
	a := linkVersions(s, t, opt)
	links := a.Links
	c := &pairCheck{s: s, t: t, opt: opt, links: links, sc: sc, room: sc.room[:0]}
	c.stats = PairStats{
		SourceFile: s.doc.Path, TargetFile: t.doc.Path,
		SourceLang: s.doc.Lang.String(), TargetLang: t.doc.Lang.String(),
		Links:      len(links),
		Paragraphs: [2]int{len(s.doc.Paragraphs), len(t.doc.Paragraphs)},
	}
	c.stats.FactsCompared = s.factCount() + t.factCount()
	c.run(links)
	c.lowConfidence(a)
	sortFindings(c.findings)
	sc.room = c.room[:0]
	return c.stats, c.findings
}

// linkVersions aligns two versions, or pairs their units by ID when both come
// from one bilingual file (XLIFF, TMX), which is aligned already.
func linkVersions(s, t *version, opt Options) align.Alignment {
	if s.doc.Segmented && t.doc.Segmented && s.doc.Path == t.doc.Path {
		return align.Alignment{Links: linkByID(s.doc.Paragraphs, t.doc.Paragraphs)}
	}
	return align.Align(s.units(), t.units(), opt.Align)
}

func linkByID(src, tgt []document.Paragraph) []align.Link {
	byID := make(map[string]int, len(tgt))
	for j, p := range tgt {
		byID[p.ID] = j
	}
	used := make([]bool, len(tgt))
	var links []align.Link
	for i, p := range src {
		if j, ok := byID[p.ID]; ok && !used[j] {
			used[j] = true
			links = append(links, align.Link{Source: []int{i}, Target: []int{j}, Score: 1})
			continue
		}
		links = append(links, align.Link{Source: []int{i}, Score: 1})
	}
	for j := range tgt {
		if !used[j] {
			links = append(links, align.Link{Target: []int{j}, Score: 1})
		}
	}
	return links
}

// pairCheck holds the state of one source/target comparison.
type pairCheck struct {
	s, t     *version
	opt      Options
	links    []align.Link
	stats    PairStats
	findings []Finding
	// agreed marks the facts of either side found equal to a fact of the
	// other, by number, the source's first and then the target's (see
	// agree): a figure given twice ("45°C (113°F)") is a note only when
	// one of its renderings agreed. Nil until a fact agrees.
	agreed []bool
	// room is where collect puts the facts of the links: every unit is in
	// one link, so the facts of both versions fit in one array, and each
	// link's are a capped window of it (an append copies them out).
	room []located
	sc   *pairScratch // the room of the set's pairs
}

// leftovers are the facts of one link that found no partner inside the link.
type leftovers struct {
	src, tgt []located
}

func (c *pairCheck) run(links []align.Link) {
	if cap(c.sc.left) < len(links) {
		c.sc.left = make([]leftovers, len(links))
	}
	left := c.sc.left[:len(links)]
	clear(left)
	for i, l := range links {
		if len(l.Source) == 0 || len(l.Target) == 0 {
			left[i] = c.unpairedLink(l)
			continue
		}
		left[i] = c.matchLink(l)
	}
	c.rematchMoved(links, left)
	c.neighbours(left)
	for _, lo := range left {
		for _, f := range lo.src {
			c.missing(f)
		}
		for _, f := range lo.tgt {
			c.extra(f)
		}
	}
}

func (c *pairCheck) collect(v *version, paras []int) []located {
	n := 0
	for _, p := range paras {
		n += len(v.facts[p])
	}
	if n == 0 {
		return nil
	}
	if cap(c.room)-len(c.room) < n {
		c.room = make([]located, 0, max(n, c.stats.FactsCompared))
	}
	start := len(c.room)
	for _, p := range paras {
		for k := range v.facts[p] {
			c.room = append(c.room, located{para: p, fact: &v.facts[p][k], num: v.first[p] + k})
		}
	}
	return c.room[start:len(c.room):len(c.room)]
}

// matchLink matches the facts of the two sides of a link and records what
// agrees and what differs; facts left without a partner are returned.
func (c *pairCheck) matchLink(l align.Link) leftovers {
	return c.matchWith(c.collect(c.s, l.Source), c.collect(c.t, l.Target),
		paraFacts(c.s, l.Source), paraFacts(c.t, l.Target))
}

// paraFacts returns the facts of a link's side without copying them when the
// side is one paragraph (most links), else nil.
func paraFacts(v *version, paras []int) []numbers.Fact {
	if len(paras) == 1 {
		return v.facts[paras[0]]
	}
	return nil
}

func (c *pairCheck) matchFacts(src, tgt []located) leftovers {
	return c.matchWith(src, tgt, nil, nil)
}

// matchWith is matchFacts given, if not nil, the facts of src and tgt in a
// slice of their own (sf[k] is *src[k].fact).
func (c *pairCheck) matchWith(src, tgt []located, sf, tf []numbers.Fact) leftovers {
	var lo leftovers
	if len(src) == 0 || len(tgt) == 0 {
		return leftovers{src: src, tgt: tgt}
	}
	if sf == nil {
		sf = factsOf(src)
	}
	if tf == nil {
		tf = factsOf(tgt)
	}
	// of an unpaired fact only its side is read: AppendMatch writes no text for it
	c.sc.pairs = numbers.AppendMatch(c.sc.pairs[:0], sf, tf, c.s.doc.Lang, c.t.doc.Lang)
	for _, p := range c.sc.pairs {
		switch {
		case p.Src >= 0 && p.Tgt >= 0:
			c.compared(src[p.Src], tgt[p.Tgt], p.Diagnosis)
		case p.Src >= 0:
			lo.src = append(lo.src, src[p.Src])
		case p.Tgt >= 0:
			lo.tgt = append(lo.tgt, tgt[p.Tgt])
		}
	}
	return lo
}

// unpairedLink handles a paragraph with no counterpart: its facts are kept
// for the moved-paragraph and neighbour passes; whatever stays unmatched is
// reported once, as an unaligned paragraph, not as a list of missing facts.
func (c *pairCheck) unpairedLink(l align.Link) leftovers {
	if len(l.Source) > 0 {
		return leftovers{src: c.collect(c.s, l.Source)}
	}
	return leftovers{tgt: c.collect(c.t, l.Target)}
}

// rematchMoved pairs a source paragraph that has no counterpart with a target
// paragraph that has none either when most of their facts agree: that is a
// paragraph the translator moved, which a monotone alignment cannot express.
func (c *pairCheck) rematchMoved(links []align.Link, left []leftovers) {
	var srcOnly, tgtOnly []int
	moved := make(map[int]bool)
	for i, l := range links {
		switch {
		case len(l.Target) == 0 && len(left[i].src) > 0:
			srcOnly = append(srcOnly, i)
		case len(l.Source) == 0 && len(left[i].tgt) > 0:
			tgtOnly = append(tgtOnly, i)
		}
	}
	for _, i := range srcOnly {
		best, bestAgree := -1, 0
		for _, j := range tgtOnly {
			if moved[j] {
				continue
			}
			agree := c.countAgreeing(left[i].src, left[j].tgt)
			if agree > bestAgree && 2*agree >= min(len(left[i].src), len(left[j].tgt)) {
				best, bestAgree = j, agree
			}
		}
		if best < 0 {
			continue
		}
		src, tgt := left[i].src, left[best].tgt
		c.findings = append(c.findings, Finding{
			Severity:        Info,
			Kind:            KindMoved,
			SourceFile:      c.s.doc.Path,
			TargetFile:      c.t.doc.Path,
			SourceLang:      c.stats.SourceLang,
			TargetLang:      c.stats.TargetLang,
			SourceParagraph: src[0].para + 1,
			TargetParagraph: tgt[0].para + 1,
			Message: fmt.Sprintf("paragraph %d of the source appears as paragraph %d of the target, at another place; its numbers were checked there",
				src[0].para+1, tgt[0].para+1),
		})
		// What still differs inside the moved pair is reported as usual.
		left[i] = c.matchFacts(src, tgt)
		left[best] = leftovers{}
		moved[i], moved[best] = true, true
	}
	// A paragraph that is still alone is reported once.
	for i, l := range links {
		switch {
		case moved[i]:
		case len(l.Target) == 0:
			c.unaligned(true, l.Source, left[i].src)
			left[i] = leftovers{}
		case len(l.Source) == 0:
			c.unaligned(false, l.Target, left[i].tgt)
			left[i] = leftovers{}
		}
	}
}

func (c *pairCheck) countAgreeing(src, tgt []located) int {
	n := 0
	c.sc.pairs = numbers.AppendMatch(c.sc.pairs[:0], factsOf(src), factsOf(tgt), c.s.doc.Lang, c.t.doc.Lang)
	for _, p := range c.sc.pairs {
		if p.Src >= 0 && p.Tgt >= 0 && p.Diagnosis.Cause == numbers.Same {
			n++
		}
	}
	return n
}

// neighbours matches facts left over in one link with facts left over in
// the next link: a fact a translator moved into the neighbouring paragraph
// is matched there, not reported as missing on one side and extra on the
// other. Only agreeing values are matched across links.
func (c *pairCheck) neighbours(left []leftovers) {
	for i := 0; i+1 < len(left); i++ {
		c.crossMatch(&left[i].src, &left[i+1].tgt)
		c.crossMatch(&left[i+1].src, &left[i].tgt)
	}
}

func (c *pairCheck) crossMatch(src, tgt *[]located) {
	if len(*src) == 0 || len(*tgt) == 0 {
		return
	}
	usedT := make([]bool, len(*tgt))
	var keepS []located
	for _, s := range *src {
		found := false
		for j, t := range *tgt {
			if usedT[j] {
				continue
			}
			d := numbers.Compare(*s.fact, *t.fact, c.s.doc.Lang, c.t.doc.Lang)
			if d.Cause == numbers.Same && !d.Ambiguous {
				usedT[j] = true
				found = true
				c.compared(s, t, d)
				break
			}
		}
		if !found {
			keepS = append(keepS, s)
		}
	}
	var keepT []located
	for j, t := range *tgt {
		if !usedT[j] {
			keepT = append(keepT, t)
		}
	}
	*src, *tgt = keepS, keepT
}

// sortFindings orders findings by source paragraph, then target paragraph,
// then by the position of the facts, so output is stable. (slices, not
// sort.SliceStable: that one's swapper was allocations of every pair.)
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		ka, kb := orderKey(&a), orderKey(&b)
		if c := cmp.Compare(ka[0], kb[0]); c != 0 {
			return c
		}
		return cmp.Compare(ka[1], kb[1])
	})
}

// orderKey places a finding by the paragraph on the side it has, source first.
func orderKey(f *Finding) [2]int {
	sp, tp := f.SourceParagraph, f.TargetParagraph
	if sp == 0 {
		sp = tp
	}
	if tp == 0 {
		tp = sp
	}
	return [2]int{sp, tp}
}

// Align returns the paragraph alignment that Pair uses for src and tgt.
func Align(src, tgt *document.Document, opt Options) []align.Link {
	return linkVersions(readFacts(src), readFacts(tgt), opt).Links
}
