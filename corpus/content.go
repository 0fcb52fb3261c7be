package corpus

import (
	"math"
	"math/bits"
	"slices"
	"sort"

	"golang.org/x/text/language"
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
	return min(50, max(12, n/100))
}

// groupByContent forms sets from the documents' anchors, which post holds
// under the documents' numbers in the order they were read; remap turns
// those into indexes of docs (nil: they are). Documents must have a
// language. It returns the sets and the documents left unpaired.
func groupByContent(docs []*docAnchors, post *postings, remap []int32, opt GroupOptions, st *Stats) ([]Set, []Member, error) {
	n := len(docs)
	langIdx := make(map[language.Tag]int)
	lang := make([]int, n)
	for i, d := range docs {
		k, ok := langIdx[d.lang]
		if !ok {
			k = len(langIdx)
			langIdx[d.lang] = k
		}
		lang[i] = k
	}

	edges, err := scorePairs(docs, lang, post, remap, maxAnchorFiles(n, opt), st)
	if err != nil {
		return nil, nil, err
	}
	st.Candidates = len(edges)
	links := mutualBest(edges, lang, opt.MinScore)
	clusters, minScore := cluster(n, links, lang, edges, opt.MinScore)
	st.Links = 0

	var sets []Set
	var unpaired []Member
	for _, c := range clusters {
		if len(c) == 1 {
			d := docs[c[0]]
			unpaired = append(unpaired, Member{Path: d.path, Lang: d.lang, LangSource: d.langSource})
			continue
		}
		st.Links += len(c) - 1
		s := Set{Basis: BasisContent, Score: minScore[c[0]]}
		for _, i := range c {
			d := docs[i]
			s.Members = append(s.Members, Member{Path: d.path, Lang: d.lang, LangSource: d.langSource})
		}
		sortMembers(s.Members)
		for _, i := range c {
			if docs[i].path == s.Members[0].Path {
				s.Name = stripExt(docs[i].rel)
				break
			}
		}
		sets = append(sets, s)
	}
	return sets, unpaired, nil
}

// scorePairs reads the inverted index and scores every pair of documents
// in different languages that shares an anchor. Anchors found in more than
// maxDF files are ignored; the others weigh their inverse document
// frequency. The score is the weighted Jaccard index of the two documents'
// anchors, where a document's anchors are its numbers, codes and URLs, and
// those of its names that are found in other languages too. Edges come
// sorted by (a, b).
func scorePairs(docs []*docAnchors, lang []int, post *postings, remap []int32, maxDF int, st *Stats) ([]edge, error) {
	n := len(docs)
	weight := make([]float64, n) // sum of the weights of each document's counted anchors
	// The runs of anchors shared across languages, with their weights.
	type run struct {
		lo, hi int32 // the run's documents: members[lo:hi]
		w      float64
	}
	var runs []run
	var members []int32
	err := post.runs(remap, func(r []posting) {
		df := len(r)
		if df > maxDF {
			return
		}
		neutral := r[0].h&nameBit == 0
		w := math.Log(float64(n+1) / float64(df))
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
					weight[p.doc] += w
				}
			}
			return
		}
		st.Anchors++
		start := int32(len(members))
		for _, p := range r {
			weight[p.doc] += w
			members = append(members, p.doc)
		}
		runs = append(runs, run{start, int32(len(members)), w})
	})
	if err != nil {
		return nil, err
	}
	// For each document the runs it is in, in anchor order: document a's
	// are docRuns[first[a]:first[a+1]] (one array, not a slice per
	// document, which would cost a header and spare capacity each).
	first := make([]int32, n+1)
	for _, d := range members {
		first[d+1]++
	}
	for a := range n {
		first[a+1] += first[a]
	}
	docRuns := make([]int32, len(members))
	next := slices.Clone(first[:n])
	for ri, r := range runs {
		for _, d := range members[r.lo:r.hi] {
			docRuns[next[d]] = int32(ri)
			next[d]++
		}
	}
	next = nil

	// Each document's shared weight with every later document, summed in a
	// dense array reused from one document to the next (no map of all
	// pairs: at 30,000 files there are about a million).
	var edges []edge
	acc := make([]float64, n)
	var touched []int32
	for a := range docs {
		for _, ri := range docRuns[first[a]:first[a+1]] {
			r := runs[ri]
			for _, b := range members[r.lo:r.hi] {
				if int(b) <= a || lang[b] == lang[a] {
					continue
				}
				if acc[b] == 0 {
					touched = append(touched, b)
				}
				acc[b] += r.w
			}
		}
		slices.Sort(touched)
		for _, b := range touched {
			s := acc[b]
			acc[b] = 0
			if union := weight[a] + weight[b] - s; union > 0 {
				edges = append(edges, edge{int32(a), b, s / union})
			}
		}
		touched = touched[:0]
	}
	slices.SortFunc(edges, func(x, y edge) int {
		if x.a != y.a {
			return int(x.a) - int(y.a)
		}
		return int(x.b) - int(y.b)
	})
	return edges, nil
}

// mutualBest keeps the edges at or above minScore whose two ends are each
// other's best match in the other's language, sorted by descending score
// (ties by the documents' order).
func mutualBest(edges []edge, lang []int, minScore float64) []edge {
	type key struct {
		doc  int32
		lang int
	}
	best := make(map[key]edge)
	better := func(e, cur edge, ok bool) bool {
		return !ok || e.score > cur.score // edges come in (a, b) order: the first of equals wins
	}
	for _, e := range edges {
		if e.score < minScore {
			continue
		}
		ka, kb := key{e.a, lang[e.b]}, key{e.b, lang[e.a]}
		if cur, ok := best[ka]; better(e, cur, ok) {
			best[ka] = e
		}
		if cur, ok := best[kb]; better(e, cur, ok) {
			best[kb] = e
		}
	}
	var out []edge
	for _, e := range edges {
		if e.score < minScore {
			continue
		}
		if best[key{e.a, lang[e.b]}] == e && best[key{e.b, lang[e.a]}] == e {
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
// document) and, per group root, the weakest link that formed it.
func cluster(n int, links []edge, lang []int, all []edge, minScore float64) ([][]int, map[int]float64) {
	// all is sorted by (a, b): a binary search finds a pair's score without
	// a second index as large as the edges themselves.
	pairScore := func(a, b int) float64 {
		if a > b {
			a, b = b, a
		}
		i, found := slices.BinarySearchFunc(all, edge{a: int32(a), b: int32(b)}, func(e, t edge) int {
			if e.a != t.a {
				return int(e.a) - int(t.a)
			}
			return int(e.b) - int(t.b)
		})
		if !found {
			return 0
		}
		return all[i].score
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

func disjointLangs(a, b []int, lang []int) bool {
	for _, x := range a {
		for _, y := range b {
			if lang[x] == lang[y] {
				return false
			}
		}
	}
	return true
}
