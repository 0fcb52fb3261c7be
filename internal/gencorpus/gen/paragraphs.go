package gen

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// ArticleParagraphs generates sets article-style sets in every language,
// with no planted errors and no unpaired files, and returns per language
// code the paragraphs of its files and their size in bytes: the texts of
// the per-language benchmarks of numbers/ and align/. The files are
// written to a temporary folder, read back and removed, once per process
// and arguments; callers must not change the answer.
func ArticleParagraphs(sets int, seed uint64) (map[string][]string, map[string]int, error) {
	articleMu.Lock()
	defer articleMu.Unlock()
	k := [2]uint64{uint64(sets), seed}
	if a, ok := articleMemo[k]; ok {
		return a.paras, a.size, nil
	}
	paras, size, err := articleParagraphs(sets, seed)
	if err == nil {
		articleMemo[k] = articleTexts{paras, size}
	}
	return paras, size, err
}

type articleTexts struct {
	paras map[string][]string
	size  map[string]int
}

var (
	articleMu   sync.Mutex
	articleMemo = map[[2]uint64]articleTexts{}
)

func articleParagraphs(sets int, seed uint64) (map[string][]string, map[string]int, error) {
	dir, err := os.MkdirTemp("", "tally-article-paragraphs")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	m, err := Generate(dir, Config{Sets: sets, Seed: seed, Naming: "all", Style: "article",
		MinLangs: len(Languages), MaxLangs: len(Languages), ErrorRate: -1, Unpaired: -1})
	if err != nil {
		return nil, nil, err
	}
	paras, size := map[string][]string{}, map[string]int{}
	for _, set := range m.Sets {
		for _, f := range set.Files {
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
			if err != nil {
				return nil, nil, err
			}
			size[f.Lang] += len(data)
			for _, p := range strings.Split(string(data), "\n") {
				if p != "" {
					paras[f.Lang] = append(paras[f.Lang], p)
				}
			}
		}
	}
	return paras, size, nil
}

// TB is the part of testing.TB the test helpers below use (gen does not
// import testing).
type TB interface {
	Helper()
	Fatal(args ...any)
}

// ArticleParagraphsFor is ArticleParagraphs for a test or benchmark: it
// fails tb on an error.
func ArticleParagraphsFor(tb TB, sets int, seed uint64) (map[string][]string, map[string]int) {
	tb.Helper()
	paras, size, err := ArticleParagraphs(sets, seed)
	if err != nil {
		tb.Fatal(err)
	}
	return paras, size
}

// Text is the text of one generated file and its language code.
type Text struct {
	Lang, Text string
}

// TextsFor generates cfg's corpus in dir and returns the text of every file
// of its sets, for tests that compare two implementations on many texts; it
// fails tb on an error.
func TextsFor(tb TB, dir string, cfg Config) []Text {
	tb.Helper()
	m, err := Generate(dir, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	var out []Text
	for _, s := range m.Sets {
		for _, f := range s.Files {
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, Text{f.Lang, string(b)})
		}
	}
	return out
}
