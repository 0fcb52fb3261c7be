package corpus

import (
	"os"
	"testing"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// BenchmarkTokensArticle measures the token scan of scanAnchors alone (URLs,
// digits, codes, names; no numbers.Extract), per language, on article
// files paragraph by paragraph as readOne calls it.
func BenchmarkTokensArticle(b *testing.B) {
	paras, size := gen.ArticleParagraphsFor(b, 20, 1)
	for _, code := range gen.Languages {
		tag := language.Make(code)
		b.Run(code, func(b *testing.B) {
			b.SetBytes(int64(size[code]))
			b.ReportAllocs()
			var (
				s   anchorSet
				buf []byte
			)
			for b.Loop() {
				s.h = s.h[:0]
				for _, p := range paras[code] {
					buf = scanAnchorsTo(&s, p, tag, false, buf)
				}
			}
		})
	}
}

// BenchmarkReadOneArticle measures readOne, the per-file path of content
// grouping (reading, language identification, anchors), on 100 sets of
// article files whose names say nothing.
func BenchmarkReadOneArticle(b *testing.B) {
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Config{Sets: 100, Seed: 1, Naming: "none", Style: "article"}); err != nil {
		b.Fatal(err)
	}
	l, err := Discover(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var bytes int64
	for _, f := range l.Files {
		st, err := os.Stat(f.Path)
		if err != nil {
			b.Fatal(err)
		}
		bytes += st.Size()
	}
	opt := GroupOptions{Mode: ModeContent}.withDefaults()
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range l.Files {
			if d := readOne(f, opt); d.lang == language.Und {
				b.Fatalf("%s: no language", f.Rel)
			}
		}
	}
}
