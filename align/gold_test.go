package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goldCase is one file of testdata/*.txtar: two sides, one paragraph per
// line, and the gold links.
//
// The comment holds "lang: xx yy" and "granularity: paragraph|sentence|auto"
// (sentence: the gold links index the sentences of AlignSentences; auto:
// Align with zero Options, gold over paragraphs). The "gold" file has one
// link a line: "0-0", "1,2-1", "3-" (1-0), "-4" (0-1); and "moved 5-2" for
// a pair that Moved must return.
type goldCase struct {
	name, lang, granularity string
	src, tgt                []Unit
	gold                    []string
	moved                   []string
}

func loadGold(t testing.TB, path string) goldCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	comment, files := parseTxtar(string(data))
	c := goldCase{name: strings.TrimSuffix(filepath.Base(path), ".txtar"), granularity: "paragraph"}
	for _, line := range strings.Split(comment, "\n") {
		if v, ok := strings.CutPrefix(line, "lang: "); ok {
			c.lang = v
		}
		if v, ok := strings.CutPrefix(line, "granularity: "); ok {
			c.granularity = v
		}
	}
	for name, data := range files {
		switch name {
		case "src":
			c.src = testUnits(data)
		case "tgt":
			c.tgt = testUnits(data)
		case "gold":
			for _, l := range strings.Split(strings.TrimSpace(data), "\n") {
				if v, ok := strings.CutPrefix(l, "moved "); ok {
					c.moved = append(c.moved, v)
				} else if l != "" {
					c.gold = append(c.gold, l)
				}
			}
		}
	}
	if c.lang == "" || c.src == nil || c.tgt == nil || c.gold == nil {
		t.Fatalf("%s: want lang, src, tgt and gold", path)
	}
	return c
}

// parseTxtar reads the txtar format: a comment, then files introduced by
// "-- name --" lines.
func parseTxtar(s string) (comment string, files map[string]string) {
	files = make(map[string]string)
	name := ""
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		if n, ok := strings.CutPrefix(strings.TrimRight(line, "\n"), "-- "); ok && strings.HasSuffix(n, " --") {
			if name == "" {
				comment = b.String()
			} else {
				files[name] = b.String()
			}
			name = strings.TrimSuffix(n, " --")
			b.Reset()
			continue
		}
		b.WriteString(line)
	}
	if name == "" {
		comment = b.String()
	} else {
		files[name] = b.String()
	}
	return comment, files
}

// testUnits makes one unit per line, with the anchors a caller would pass:
// numbers (digits with separators stripped, standing in for numbers/'s
// keys) and TextAnchors.
func testUnits(text string) []Unit {
	var us []Unit
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		us = append(us, Unit{Text: line, Anchors: append(numKeys(line), TextAnchors(line)...)})
	}
	return us
}

// numKeys stands in for the caller's numeric keys in tests.
func numKeys(s string) []string { return digitAnchors(s) }

// linkString writes a link as in the gold files.
func linkString(l Link) string {
	ints := func(xs []int) string {
		s := make([]string, len(xs))
		for k, x := range xs {
			s[k] = strconv.Itoa(x)
		}
		return strings.Join(s, ",")
	}
	return ints(l.Source) + "-" + ints(l.Target)
}

func (c goldCase) run() (got []string, moved []string, a Alignment) {
	switch c.granularity {
	case "sentence":
		a = AlignSentences(c.src, c.tgt, Options{}).Sentences
	case "auto":
		a = Align(c.src, c.tgt, Options{})
	default:
		a = Align(c.src, c.tgt, Options{Granularity: GranularityParagraph})
	}
	for _, l := range a.Links {
		got = append(got, linkString(l))
	}
	if c.granularity != "sentence" {
		for _, l := range Moved(a, c.src, c.tgt) {
			moved = append(moved, linkString(l))
		}
	}
	return got, moved, a
}

// prf counts strict matches of got against gold.
func prf(got, gold []string) (tp, ng, nw int) {
	want := make(map[string]int)
	for _, g := range gold {
		want[g]++
	}
	for _, g := range got {
		if want[g] > 0 {
			want[g]--
			tp++
		}
	}
	return tp, len(got), len(gold)
}

func TestGold(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	var tp, ng, nw int
	byPair := make(map[string][3]int)
	for _, f := range files {
		c := loadGold(t, f)
		got, moved, a := c.run()
		if err := c.validate(a); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		x, y, z := prf(got, c.gold)
		mx, my, mz := prf(moved, c.moved)
		x, y, z = x+mx, y+my, z+mz
		tp, ng, nw = tp+x, ng+y, nw+z
		s := byPair[c.lang]
		byPair[c.lang] = [3]int{s[0] + x, s[1] + y, s[2] + z}
		p, r, f1 := scores(x, y, z)
		t.Logf("%-28s %-6s %-9s P=%.2f R=%.2f F1=%.2f", c.name, c.lang, c.granularity, p, r, f1)
		if x != y || x != z {
			t.Logf("  got   %v moved %v\n  gold  %v moved %v\n  score %s", got, moved, c.gold, c.moved, scoreList(a))
		}
	}
	for lang, s := range byPair {
		p, r, f1 := scores(s[0], s[1], s[2])
		t.Logf("pair %-6s P=%.2f R=%.2f F1=%.2f", lang, p, r, f1)
	}
	p, r, f1 := scores(tp, ng, nw)
	t.Logf("all %d links: P=%.3f R=%.3f F1=%.3f", nw, p, r, f1)
	if f1 < 0.9 {
		t.Errorf("F1 = %.3f, want >= 0.9", f1)
	}
}

func (c goldCase) validate(a Alignment) error {
	if c.granularity == "sentence" {
		sa := AlignSentences(c.src, c.tgt, Options{})
		return a.Validate(len(sa.Source), len(sa.Target))
	}
	return a.Validate(len(c.src), len(c.tgt))
}

func scores(tp, ng, nw int) (p, r, f1 float64) {
	if ng > 0 {
		p = float64(tp) / float64(ng)
	}
	if nw > 0 {
		r = float64(tp) / float64(nw)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func scoreList(a Alignment) string {
	var b strings.Builder
	for _, l := range a.Links {
		fmt.Fprintf(&b, "%s:%.2f ", linkString(l), l.Score)
	}
	return b.String()
}
