package align_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tally-qa/tally/align"
	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// articleParas returns, per language code, the paragraphs of 20 article
// sets as gencorpus writes them (seed 1, every set in all eight languages,
// no planted errors), and their size in bytes: the texts of numbers'
// BenchmarkExtractArticle.
var articleParas = sync.OnceValues(func() (map[string][]string, map[string]int) {
	dir, err := os.MkdirTemp("", "tally-bench-article")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	m, err := gen.Generate(dir, gen.Config{Sets: 20, Seed: 1, Naming: "all", Style: "article",
		MinLangs: len(gen.Languages), MaxLangs: len(gen.Languages), ErrorRate: -1, Unpaired: -1})
	if err != nil {
		panic(err)
	}
	paras, size := map[string][]string{}, map[string]int{}
	for _, set := range m.Sets {
		for _, f := range set.Files {
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
			if err != nil {
				panic(err)
			}
			size[f.Lang] += len(data)
			for _, p := range strings.Split(string(data), "\n") {
				if p != "" {
					paras[f.Lang] = append(paras[f.Lang], p)
				}
			}
		}
	}
	return paras, size
})

// BenchmarkTextAnchorsArticle measures AppendTextAnchors, per language, on
// article-sized files paragraph by paragraph, as check/ makes its units.
func BenchmarkTextAnchorsArticle(b *testing.B) {
	paras, size := articleParas()
	for _, code := range gen.Languages {
		b.Run(code, func(b *testing.B) {
			b.SetBytes(int64(size[code]))
			b.ReportAllocs()
			var out []string
			for b.Loop() {
				for _, p := range paras[code] {
					out = align.AppendTextAnchors(out[:0], p)
				}
			}
		})
	}
}
