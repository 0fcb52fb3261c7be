package numbers_test

import (
	"testing"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
	"github.com/tally-qa/tally/numbers"
	"golang.org/x/text/language"
)

// articleSets is how many generated article sets the benchmark reads: about
// 4.4 kB per file, so some 90 kB of text per language.
const articleSets = 20

// BenchmarkExtractArticle measures Extract, per language, on article-sized
// files (figure paragraphs with number-free prose between them, 3.4 facts
// per kB), paragraph by paragraph as check/ calls it: the text of the
// `tally check` throughput figures in docs/PERFORMANCE.md.
func BenchmarkExtractArticle(b *testing.B) {
	paras, size := gen.ArticleParagraphsFor(b, articleSets, 1)
	for _, code := range gen.Languages {
		tag := language.Make(code)
		b.Run(code, func(b *testing.B) {
			b.SetBytes(int64(size[code]))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range paras[code] {
					numbers.Extract(p, tag)
				}
			}
		})
	}
}

// TestArticleTextsRead guards the benchmark's texts: every language's
// articles must be there and hold facts, so that the benchmark measures
// real work.
func TestArticleTextsRead(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	paras, size := gen.ArticleParagraphsFor(t, articleSets, 1)
	for _, code := range gen.Languages {
		n := 0
		for _, p := range paras[code] {
			n += len(numbers.Extract(p, language.Make(code)))
		}
		// 3.4 facts per kB are planned; ask for half that
		if want := size[code] * 17 / 10 / 1024; n < want || size[code] < 3000*articleSets {
			t.Errorf("%s: %d facts in %d bytes, want at least %d facts in %d bytes", code, n, size[code], want, 3000*articleSets)
		}
	}
}
