package align_test

import (
	"testing"

	"github.com/tally-qa/tally/align"
	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// articleSets is how many generated article sets the benchmark reads, as
// numbers' BenchmarkExtractArticle does.
const articleSets = 20

// BenchmarkTextAnchorsArticle measures AppendTextAnchors, per language, on
// article-sized files paragraph by paragraph, as check/ makes its units.
func BenchmarkTextAnchorsArticle(b *testing.B) {
	paras, size := gen.ArticleParagraphsFor(b, articleSets, 1)
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
