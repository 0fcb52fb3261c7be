package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

const seeds = "../testdata/seeds"

func seedGrouping(t *testing.T, opt GroupOptions) []string {
	t.Helper()
	dir := copyDir(t, seeds)
	os.Remove(filepath.Join(dir, "README.md")) // a .md file: readable, but not an article
	_, g := groupDir(t, dir, opt)
	if len(g.Failed) > 0 {
		t.Fatalf("failed: %v", g.Failed)
	}
	return shape(dir, g)
}

func TestGroupSeedsByContent(t *testing.T) {
	want := []string{
		"000_c3de660a0af737e8.txt@de+001_7e5fed813674fb67.txt@en",
		"-002_cd54c826d24dbb6a.txt", "-003_a49f4b48f9127c2f.txt", "-004_59b3fac83c647b5d.txt",
	}
	t.Run("stand-ins", func(t *testing.T) {
		for _, mode := range []Mode{ModeAuto, ModeContent} {
			if got := seedGrouping(t, standIns(mode)); !slices.Equal(got, want) {
				t.Errorf("%s:\n got %q\nwant %q", mode, got, want)
			}
		}
	})
	t.Run("document", func(t *testing.T) {
		realReady(t)
		if got := seedGrouping(t, GroupOptions{Mode: ModeContent}); !slices.Equal(got, want) {
			t.Errorf("got %q\nwant %q", got, want)
		}
	})
}

// pairs returns the unordered pairs of files that share a set.
func pairs(sets [][]string) map[[2]string]bool {
	out := make(map[[2]string]bool)
	for _, s := range sets {
		for i := range s {
			for j := i + 1; j < len(s); j++ {
				a, b := s[i], s[j]
				if a > b {
					a, b = b, a
				}
				out[[2]string{a, b}] = true
			}
		}
	}
	return out
}

// precisionRecall compares found sets with intended sets, pair by pair.
func precisionRecall(found, want [][]string) (p, r float64) {
	fp, wp := pairs(found), pairs(want)
	hit := 0
	for k := range fp {
		if wp[k] {
			hit++
		}
	}
	p, r = 1, 1
	if len(fp) > 0 {
		p = float64(hit) / float64(len(fp))
	}
	if len(wp) > 0 {
		r = float64(hit) / float64(len(wp))
	}
	return p, r
}

func roundTrip(t *testing.T, sets int, seed uint64, opt GroupOptions) (p, r float64, unpairedOK bool) {
	t.Helper()
	dir := t.TempDir()
	m, err := gen.Generate(dir, gen.Config{Sets: sets, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	l, g := groupDir(t, dir, opt)
	var found, want [][]string
	for _, s := range g.Sets {
		var names []string
		for _, mem := range s.Members {
			rel, _ := filepath.Rel(dir, mem.Path)
			names = append(names, filepath.ToSlash(rel))
		}
		found = append(found, names)
	}
	langOf := make(map[string]string)
	for _, s := range m.Sets {
		var names []string
		for _, f := range s.Files {
			names = append(names, f.Path)
			langOf[f.Path] = f.Lang
		}
		want = append(want, names)
	}
	for _, s := range g.Sets {
		for _, mem := range s.Members {
			rel, _ := filepath.Rel(dir, mem.Path)
			if w := langOf[filepath.ToSlash(rel)]; w != "" && w != mem.Lang.String() {
				t.Errorf("%s: language %s, want %s", rel, mem.Lang, w)
			}
		}
	}
	unpaired := make(map[string]bool)
	for _, mem := range g.Unpaired {
		rel, _ := filepath.Rel(dir, mem.Path)
		unpaired[filepath.ToSlash(rel)] = true
	}
	unpairedOK = true
	for _, f := range m.Unpaired {
		if !unpaired[f.Path] {
			t.Logf("intended unpaired %s was put in a set", f.Path)
			unpairedOK = false
		}
	}
	p, r = precisionRecall(found, want)
	t.Logf("%d sets, %d files: precision %.3f recall %.3f; stats %+v", sets, len(l.Files), p, r, g.Stats)
	return p, r, unpairedOK
}

func TestGroupGeneratedRoundTrip(t *testing.T) {
	for _, mode := range []Mode{ModeAuto, ModeContent} {
		t.Run(string(mode), func(t *testing.T) {
			p, r, ok := roundTrip(t, 50, 7, standIns(mode))
			if p < 0.98 || r < 0.9 {
				t.Errorf("precision %.3f recall %.3f, want at least 0.98 and 0.9", p, r)
			}
			if !ok {
				t.Error("an intended unpaired file was grouped")
			}
		})
	}
	t.Run("document", func(t *testing.T) {
		realReady(t)
		p, r, _ := roundTrip(t, 50, 7, GroupOptions{})
		if p < 0.95 || r < 0.85 {
			t.Errorf("precision %.3f recall %.3f, want at least 0.95 and 0.85", p, r)
		}
	})
}

// TestGroupCreationOrder writes the same files in two different orders (and
// so with different inode and directory order) and expects the same
// grouping, with any number of workers.
func TestGroupCreationOrder(t *testing.T) {
	src := t.TempDir()
	if _, err := gen.Generate(src, gen.Config{Sets: 20, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			rel, _ := filepath.Rel(src, p)
			files = append(files, rel)
		}
		return nil
	})
	var first []string
	for k, workers := range []int{1, 3, 8} {
		dir := t.TempDir()
		order := slices.Clone(files)
		rand.New(rand.NewPCG(uint64(k), 9)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, rel := range order {
			data, err := os.ReadFile(filepath.Join(src, rel))
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, rel)
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		opt := standIns(ModeAuto)
		opt.Workers = workers
		_, g := groupDir(t, dir, opt)
		got := shape(dir, g)
		if first == nil {
			first = got
			continue
		}
		if !slices.Equal(got, first) {
			t.Errorf("order %d, %d workers: grouping differs:\n got %q\nwant %q", k, workers, got, first)
		}
	}
}

// TestGroupGeneratedLarge groups 1,000 generated sets by content alone,
// where common anchors (years, place names, small numbers) must be
// discounted for the sets to come out right.
func TestGroupGeneratedLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 1,000 sets")
	}
	realReady(t)
	sets := 1000
	if n, err := strconv.Atoi(os.Getenv("CORPUS_LARGE_SETS")); err == nil && n > 0 {
		sets = n // e.g. CORPUS_LARGE_SETS=10000 go test -run Large -v ./corpus
	}
	p, r, ok := roundTrip(t, sets, 11, GroupOptions{Mode: ModeContent})
	if p < 0.98 || r < 0.9 {
		t.Errorf("precision %.3f recall %.3f, want at least 0.98 and 0.9", p, r)
	}
	if !ok {
		t.Error("an intended unpaired file was grouped")
	}
}

// TestGroupGeneratedLargeStandIns is TestGroupGeneratedLarge with the
// stand-in reader and detector, so that it runs while document/ is a stub.
func TestGroupGeneratedLargeStandIns(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 1,000 sets")
	}
	p, r, ok := roundTrip(t, 1000, 11, standIns(ModeContent))
	if p < 0.98 || r < 0.9 {
		t.Errorf("precision %.3f recall %.3f, want at least 0.98 and 0.9", p, r)
	}
	if !ok {
		t.Error("an intended unpaired file was grouped")
	}
}

func TestGroupFilesAndFailures(t *testing.T) {
	realReady(t)
	dir := writeTree(t, map[string]string{
		"memo.xlf": `<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="de" original="memo" datatype="plaintext"><body>
<trans-unit id="1"><source>The city invests 4,000 billion VND in roads and schools this year.</source>
<target>Die Stadt investiert in diesem Jahr 4.000 Milliarden VND in Straßen und Schulen.</target></trans-unit>
</body></file></xliff>`,
		"short.txt":        "OK\n",
		"report.ja.txt":    "日本語の文書です。\n",
		"bad/report.de.md": "  \n\n",
	})
	var calls, last int
	opt := GroupOptions{Progress: func(done, total int) { calls++; last = done }}
	l, g := groupDir(t, dir, opt)
	got := shape(dir, g)
	want := []string{"memo.xlf@de+memo.xlf@en", "-short.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(g.Sets) == 1 && g.Sets[0].Basis != BasisFile {
		t.Errorf("memo.xlf: basis %s", g.Sets[0].Basis)
	}
	reasons := make(map[string]string)
	for _, f := range g.Failed {
		rel, _ := filepath.Rel(dir, f.Path)
		reasons[filepath.ToSlash(rel)] = f.Reason
		if f.Detail == "" {
			t.Errorf("%s: no detail", f.Path)
		}
	}
	if reasons["report.ja.txt"] != ReasonUnknownLang || reasons["bad/report.de.md"] != ReasonEmpty {
		t.Errorf("failed: %v", g.Failed)
	}
	if calls != len(l.Files) || last != len(l.Files) {
		t.Errorf("progress called %d times, last %d; %d files", calls, last, len(l.Files))
	}
}

// TestGroupAgreeCorpusByContent groups the hand-written translation pairs
// of testdata/agree (news releases in eight languages, several with one
// English text translated into many languages) by content alone, under
// names that say nothing, and expects all but a few files to find a
// counterpart and no set to join two articles. An article is the file name's stem without
// a language suffix ("relief-pt" is a version of "relief").
func TestGroupAgreeCorpusByContent(t *testing.T) {
	realReady(t)
	dir := t.TempDir()
	article := make(map[string]string) // by anonymous name
	seen := make(map[string]bool)      // texts written: some English texts serve several pairs
	for _, pattern := range []string{"../testdata/agree/*.txt", "../testdata/agree/known/*.txt"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if seen[string(data)] {
				continue
			}
			seen[string(data)] = true
			name := fmt.Sprintf("doc%04d.txt", len(article))
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			stem, _, _ := strings.Cut(filepath.Base(p), ".")
			article[name] = articleSuffix.ReplaceAllString(stem, "")
		}
	}
	if len(article) < 200 {
		t.Fatalf("only %d texts in testdata/agree", len(article))
	}
	_, g := groupDir(t, dir, GroupOptions{Mode: ModeContent})
	for _, m := range g.Unpaired {
		t.Logf("unpaired: %s (%s, %s)", filepath.Base(m.Path), article[filepath.Base(m.Path)], m.Lang)
	}
	// A version whose figures were all converted (a US recipe in pounds
	// and °F, in kilos and °C) shares few anchors with its original: allow
	// a few such texts to stay alone, not a wrong set.
	if len(g.Unpaired) > len(article)/50 {
		t.Errorf("%d of %d texts unpaired, want at most 2%%", len(g.Unpaired), len(article))
	}
	for _, s := range g.Sets {
		first := article[filepath.Base(s.Members[0].Path)]
		for _, m := range s.Members[1:] {
			if a := article[filepath.Base(m.Path)]; a != first {
				t.Errorf("one set joins %s and %s", first, a)
			}
		}
	}
	t.Logf("%d texts, %d sets", len(article), len(g.Sets))
}

// articleSuffix is the language suffix of a stem in testdata/agree.
var articleSuffix = regexp.MustCompile(`-(de|en|es|fr|it|nl|pt|vi)$`)
