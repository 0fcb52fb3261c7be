package gen

// The article style: where the prose paragraphs go in an article.

import (
	"math/rand/v2"
	"regexp"
	"slices"
)

// nameIn is a name as lang writes it: Vietnamese with its diacritics
// ("Quảng Ninh"), the others without ("Quang Ninh").
func nameIn(lang string, v [2]string) string {
	if lang == "vi" {
		return v[0]
	}
	return v[1]
}

// Article style targets. The size of a paragraph differs between the
// languages (French and Vietnamese write the same prose in a fifth more
// bytes than English), so the choice of prose, the same for every version
// of a set, is made on the sizes in all of them: the mean over the
// languages aims at articleFactsPerKB, the shortest version is at least
// articleMinBytes (3 KB), and the longest keeps at least articleLeastPerKB
// facts per KB. The sizes are those of the templates, whose placeholders
// are a little shorter than what fills them: hence 2.15 for at least 2.
// A version with a planted dropped paragraph has a few facts and bytes
// less.
const (
	articleFactsPerKB = 3.4
	articleLeastPerKB = 2.15
	articleMinBytes   = 3100
	articleMinProse   = 3
)

// numericPlaceholder matches the placeholders that write a number (one fact
// each, as tally reads them).
var numericPlaceholder = regexp.MustCompile(`\{(code|[Dd]ate2?|year|range|big|small|pct[23]?|count[2-8]?|area)\}`)

// sizes is the size in bytes of a file in each of Languages.
type sizes [8]int

func (s *sizes) add(p map[string]string) {
	for i, l := range Languages {
		s[i] += len(p[l]) + 1
	}
}

func (s sizes) least() int    { return slices.Min(s[:]) }
func (s sizes) most() int     { return slices.Max(s[:]) }
func (s sizes) mean() float64 { return float64(sum(s[:])) / float64(len(s)) }

func sum(v []int) int {
	n := 0
	for _, x := range v {
		n += x
	}
	return n
}

// addProse lays out the article with prose paragraphs drawn from r. It
// takes them in a random order, passing over those that would take the
// mean size further past the target than it is short of it or make the
// longest version too sparse, then, if the shortest version is still
// under articleMinBytes, the shortest of the rest. A small article may
// need a few such draws to meet both bounds. The figure paragraphs keep
// their order, the opening stays first, the prose paragraphs fall after
// any figure paragraph, and the closing words (the last prose paragraph)
// always come at the end.
func (a *article) addProse(r *rand.Rand) {
	facts := 0
	var figures sizes
	for _, t := range a.paras {
		facts += len(numericPlaceholder.FindAllString(templates[t]["en"], -1))
		figures.add(templates[t])
	}
	target := max(articleMinBytes, float64(facts)*1024/articleFactsPerKB)
	most := int(float64(facts) * 1024 / articleLeastPerKB)
	var chosen []int
	bestMost := 0
	for try := 0; try < 20; try++ {
		c, size := pickProse(r, figures, target, most)
		if chosen == nil || size.most() < bestMost {
			chosen, bestMost = c, size.most()
		}
		if size.most() <= most {
			break
		}
	}
	after := make([][]int, len(a.paras)) // prose after each figure paragraph
	var closing []int
	for _, p := range chosen {
		if p == len(prose)-1 {
			closing = append(closing, -p-1)
			continue
		}
		i := r.IntN(len(a.paras))
		after[i] = append(after[i], -p-1)
	}
	a.layout = make([]int, 0, len(a.paras)+len(chosen))
	for i := range a.paras {
		a.layout = append(a.layout, i)
		a.layout = append(a.layout, after[i]...)
	}
	a.layout = append(a.layout, closing...)
}

// pickProse draws prose paragraphs for addProse, to be added to figure
// paragraphs of the given sizes.
func pickProse(r *rand.Rand, size sizes, target float64, most int) ([]int, sizes) {
	var chosen []int
	taken := make([]bool, len(prose))
	for _, p := range r.Perm(len(prose)) {
		next := size
		next.add(prose[p])
		enough := size.least() >= articleMinBytes && len(chosen) >= articleMinProse
		if enough && next.mean()-target > target-size.mean() || next.most() > most {
			continue
		}
		chosen, taken[p], size = append(chosen, p), true, next
	}
	for size.least() < articleMinBytes || len(chosen) < articleMinProse {
		best := -1
		for p := range prose {
			if !taken[p] && (best < 0 || meanLen(prose[p]) < meanLen(prose[best])) {
				best = p
			}
		}
		if best < 0 {
			break
		}
		chosen, taken[best] = append(chosen, best), true
		size.add(prose[best])
	}
	return chosen, size
}

// meanLen is the mean length in bytes of a paragraph over the languages.
func meanLen(p map[string]string) float64 {
	var s sizes
	s.add(p)
	return s.mean()
}
