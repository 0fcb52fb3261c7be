package corpus

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
)

// posting is one (anchor, document) entry of the inverted index.
type posting struct {
	h   uint64
	doc int32
}

// edge is a scored candidate pair, a < b.
type edge struct {
	a, b  int32
	score float64
}

// maxAnchorFiles is the document frequency above which an anchor is too
// common to tell articles apart (years, small numbers, the site's URL).
func maxAnchorFiles(n int, opt GroupOptions) int {
	if opt.MaxAnchorFiles > 0 {
		return opt.MaxAnchorFiles
	}
	return min(anchorFilesCap, max(12, n/100))
}

// anchorFilesCap is the largest maxAnchorFiles of any number of documents.
const anchorFilesCap = 50

// anchorFilesBound is a number of documents above which an anchor is
// never used, whatever the number of documents: the postings need not keep
// it.
func anchorFilesBound(opt GroupOptions) int {
	if opt.MaxAnchorFiles > 0 {
		return opt.MaxAnchorFiles
	}
	return anchorFilesCap
}

// groupByContent forms sets from the documents' anchors, which post holds
// under the documents' numbers in the order they were read; remap turns
// those into indexes of docs (nil: they are). Documents must have a
// language (numbered by langs); their paths are in files. It gives the
// sets to put and appends the documents left unpaired to unpaired.
func groupByContent(docs []groupDoc, files *fileStore, langs *langTable, post *postings, remap []int32, opt GroupOptions, st *Stats, put func(Set) error, unpaired *[]Member) error {
	n := len(docs)
	// Languages numbered by first appearance among docs.
	langIdx := make(map[uint16]uint16)
	lang := make([]uint16, n)
	for i, d := range docs {
		k, ok := langIdx[d.lang]
		if !ok {
			k = uint16(len(langIdx))
			langIdx[d.lang] = k
		}
		lang[i] = k
	}

	sh, err := readShared(n, lang, post, remap, maxAnchorFiles(n, opt), st)
	if err != nil {
		return err
	}
	// Pairs are scored twice rather than kept: first for the links, which
	// need the pairs at or above the minimum score only; then for the pairs
	// cluster weighs when it joins two groups, which are in one component
	// of the links (both ends of a pair it asks for are linked, through the
	// groups being joined). The candidate pairs, about 32 a document, are
	// never all in memory.
	st.Candidates = 0
	var strong []edge
	sh.scorePairs(func(e edge) {
		st.Candidates++
		if e.score >= opt.MinScore {
			strong = append(strong, e)
		}
	})
	links := mutualBest(strong, lang, opt.MinScore)
	strong = nil
	comp := components(n, links)
	var near []edge
	sh.scorePairs(func(e edge) {
		if comp[e.a] == comp[e.b] {
			near = append(near, e)
		}
	})
	sh = nil
	clusters, minScore := cluster(n, links, lang, near, opt.MinScore)
	st.Links = 0

	for _, c := range clusters {
		if len(c) == 1 {
			path, _ := files.file(int(docs[c[0]].file))
			*unpaired = append(*unpaired, langs.member(path, docs[c[0]]))
			continue
		}
		st.Links += len(c) - 1
		s := Set{Basis: BasisContent, Score: minScore[c[0]]}
		// The set is named after its first member by path (each member is
		// a file of its own).
		first := ""
		for _, i := range c {
			path, rel := files.file(int(docs[i].file))
			s.Members = append(s.Members, langs.member(path, docs[i]))
			if first == "" || path < first {
				first, s.Name = path, stripExt(rel)
			}
		}
		sortMembers(s.Members)
		if err := put(s); err != nil {
			return err
		}
	}
	if files.err != nil {
		return fmt.Errorf("grouping: reading the files' names back: %w", files.err)
	}
	return nil
}

// sharedAnchors is what pair scoring needs of the inverted index: the runs
// of documents that share an anchor across languages, with the anchor's
// weight, each document's runs, and each document's total weight.
type sharedAnchors struct {
	lang    []uint16  // each document's language, numbered
	weight  []float64 // sum of the weights of each document's counted anchors
	dfW     []float64 // the weight of an anchor held by df documents: dfW[df]
	runs    []anchorRun
	members []int32 // the runs' documents
	first   []int32 // document a's runs are docRuns[first[a]:first[a+1]]
	docRuns []int32 // indexes into runs, in anchor order
}

// anchorRun is one anchor shared across languages: its documents are
// members[lo:hi]. Its weight is sharedAnchors.dfW[hi-lo]: it depends on
// the number of documents alone, so a run need not carry it.
type anchorRun struct {
	lo, hi int32
}

// readShared reads the inverted index. Anchors found in more than maxDF
// files are ignored; the others weigh their inverse document frequency. A
// document's weight counts its numbers, codes and URLs, and those of its
// names that are found in other languages too.
func readShared(n int, lang []uint16, post *postings, remap []int32, maxDF int, st *Stats) (*sharedAnchors, error) {
	// An anchor counts if at most maxDF documents hold it, and no more
	// than n can (each holds an anchor once).
	maxDF = min(maxDF, n)
	sh := &sharedAnchors{lang: lang, weight: make([]float64, n), dfW: make([]float64, maxDF+1)}
	for df := 1; df <= maxDF; df++ {
		sh.dfW[df] = math.Log(float64(n+1) / float64(df))
	}
	err := post.runs(remap, func(r []posting) {
		df := len(r)
		if df > maxDF {
			return
		}
		neutral := r[0].h&nameBit == 0
		w := sh.dfW[df]
		var mask uint64
		for _, p := range r {
			mask |= 1 << (uint(lang[p.doc]) % 64)
		}
		if bits.OnesCount64(mask) < 2 {
			// Not shared across languages: it cannot link two versions,
			// but a number, code or URL that only one language version
			// holds speaks against a match.
			if neutral {
				for _, p := range r {
					sh.weight[p.doc] += w
				}
			}
			return
		}
		st.Anchors++
		start := int32(len(sh.members))
		for _, p := range r {
			sh.weight[p.doc] += w
			sh.members = append(sh.members, p.doc)
		}
		sh.runs = append(sh.runs, anchorRun{start, int32(len(sh.members))})
	})
	if err != nil {
		return nil, err
	}
	// Each document's runs in one array indexed by offsets, not a slice
	// per document, which would cost a header and spare capacity each.
	sh.first = make([]int32, n+1)
	for _, d := range sh.members {
		sh.first[d+1]++
	}
	for a := range n {
		sh.first[a+1] += sh.first[a]
	}
	sh.docRuns = make([]int32, len(sh.members))
	next := slices.Clone(sh.first[:n])
	for ri, r := range sh.runs {
		for _, d := range sh.members[r.lo:r.hi] {
			sh.docRuns[next[d]] = int32(ri)
			next[d]++
		}
	}
	return sh, nil
}

// scorePairs scores every pair of documents in different languages that
// shares an anchor, and calls fn for each, in (a, b) order with a < b. The
// score is the weighted Jaccard index of the two documents' anchors.
// Each document's shared weight with every later document is summed in a
// dense array reused from one document to the next: no map of all pairs
// (at 30,000 files there are about a million), and none kept here.
func (sh *sharedAnchors) scorePairs(fn func(e edge)) {
	n := len(sh.weight)
	acc := make([]float64, n)
	var touched []int32
	for a := range n {
		for _, ri := range sh.docRuns[sh.first[a]:sh.first[a+1]] {
			r := sh.runs[ri]
			w := sh.dfW[r.hi-r.lo]
			for _, b := range sh.members[r.lo:r.hi] {
				if int(b) <= a || sh.lang[b] == sh.lang[a] {
					continue
				}
				if acc[b] == 0 {
					touched = append(touched, b)
				}
				acc[b] += w
			}
		}
		slices.Sort(touched)
		for _, b := range touched {
			s := acc[b]
			acc[b] = 0
			if union := sh.weight[a] + sh.weight[b] - s; union > 0 {
				fn(edge{int32(a), b, s / union})
			}
		}
		touched = touched[:0]
	}
}

// components numbers the connected components of the graph of n documents
// with the edges links: comp[a] == comp[b] when a path of links joins them.
func components(n int, links []edge) []int32 {
	comp := make([]int32, n)
	for i := range comp {
		comp[i] = int32(i)
	}
	find := func(x int32) int32 {
		for comp[x] != x {
			comp[x] = comp[comp[x]] // path halving
			x = comp[x]
		}
		return x
	}
	for _, e := range links {
		if ra, rb := find(e.a), find(e.b); ra != rb {
			comp[max(ra, rb)] = min(ra, rb)
		}
	}
	for i := range comp {
		comp[i] = find(int32(i))
	}
	return comp
}

// mutualBest keeps the edges at or above minScore whose two ends are each
// other's best match in the other's language, sorted by descending score
// (ties by the documents' order).
func mutualBest(edges []edge, lang []uint16, minScore float64) []edge {
	// Each edge is offered to two slots: its first document's best match
	// in its second's language, and the reverse. Sorted by slot, then best
	// score first, then by their order in edges (the first of equals
	// wins), each slot's winner comes first among its offers. Two int32 an
	// edge: a table of every (document, language) slot took 4 bytes a
	// document and language (3.5 MB at 108,785 documents in eight
	// languages), and grew with the number of languages.
	offers := make([]int32, 0, 2*len(edges))
	for i, e := range edges {
		if e.score >= minScore {
			offers = append(offers, int32(2*i), int32(2*i+1)) // even: the slot of e.a, odd: of e.b
		}
	}
	type slot struct {
		doc  int32
		lang uint16
	}
	slotOf := func(o int32) slot {
		e := edges[o/2]
		if o%2 == 0 {
			return slot{e.a, lang[e.b]}
		}
		return slot{e.b, lang[e.a]}
	}
	slices.SortFunc(offers, func(x, y int32) int {
		sx, sy := slotOf(x), slotOf(y)
		if c := cmp.Compare(sx.doc, sy.doc); c != 0 {
			return c
		}
		if c := cmp.Compare(sx.lang, sy.lang); c != 0 {
			return c
		}
		if c := cmp.Compare(edges[y/2].score, edges[x/2].score); c != 0 {
			return c // the higher score first
		}
		return cmp.Compare(x/2, y/2)
	})
	wins := make([]uint8, len(edges)) // the slots an edge won: 2 is mutual
	for k, o := range offers {
		if k == 0 || slotOf(offers[k-1]) != slotOf(o) {
			wins[o/2]++
		}
	}
	var out []edge
	for i, e := range edges {
		if wins[i] == 2 {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// cluster merges the linked documents, strongest links first, into groups
// with at most one document per language. Two groups merge only if the
// mean score over all their cross pairs (0 for pairs that share nothing)
// is at least half of minScore, so that one stray link does not chain two
// articles together. It returns the groups (each sorted, ordered by first
// document) and, per group root, the weakest link that formed it. scored
// holds the scores of at least the pairs whose two documents a path of
// links joins (the only ones it asks for), sorted by (a, b).
func cluster(n int, links []edge, lang []uint16, scored []edge, minScore float64) ([][]int, map[int]float64) {
	// scored is sorted by (a, b): a binary search finds a pair's score
	// without a second index as large as the edges themselves.
	pairScore := func(a, b int) float64 {
		if a > b {
			a, b = b, a
		}
		i, found := slices.BinarySearchFunc(scored, edge{a: int32(a), b: int32(b)}, func(e, t edge) int {
			if e.a != t.a {
				return int(e.a) - int(t.a)
			}
			return int(e.b) - int(t.b)
		})
		if !found {
			return 0
		}
		return scored[i].score
	}
	members := make([][]int, n) // by root; nil for non-roots
	root := make([]int, n)
	weakest := make([]float64, n)
	for i := range members {
		members[i] = []int{i}
		root[i] = i
		weakest[i] = math.Inf(1)
	}
	for _, e := range links {
		ra, rb := root[e.a], root[e.b]
		if ra == rb {
			continue
		}
		A, B := members[ra], members[rb]
		if !disjointLangs(A, B, lang) {
			continue
		}
		sum := 0.0
		for _, x := range A {
			for _, y := range B {
				sum += pairScore(x, y)
			}
		}
		if sum/float64(len(A)*len(B)) < minScore/2 {
			continue
		}
		if ra > rb {
			ra, rb = rb, ra
			A, B = B, A
		}
		members[ra] = append(A, B...)
		members[rb] = nil
		for _, y := range B {
			root[y] = ra
		}
		weakest[ra] = min(weakest[ra], weakest[rb], e.score)
	}
	var out [][]int
	minScore2 := make(map[int]float64)
	for r, m := range members {
		if m == nil {
			continue
		}
		sort.Ints(m)
		out = append(out, m)
		if len(m) > 1 {
			minScore2[m[0]] = weakest[r]
		}
	}
	return out, minScore2
}

func disjointLangs(a, b []int, lang []uint16) bool {
	for _, x := range a {
		for _, y := range b {
			if lang[x] == lang[y] {
				return false
			}
		}
	}
	return true
}
