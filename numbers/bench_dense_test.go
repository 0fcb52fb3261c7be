package numbers_test

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
	"github.com/tally-qa/tally/numbers"
	"golang.org/x/text/language"
)

// denseSets is how many generated dense sets the benchmarks read: files of
// about 1 kB that are nothing but figure paragraphs (some 14 facts per kB,
// four times an article), the stress corpus of the throughput figures.
const denseSets = 40

// denseTexts holds, per set, the text of each language's file, paragraph
// by paragraph: denseTexts[k][code] are the paragraphs of set k in code.
var (
	denseOnce  sync.Once
	denseTexts []map[string][]string
	denseErr   error
)

// denseCorpus generates the dense sets once per process (every language in
// every set, no planted errors, no single files).
func denseCorpus(tb testing.TB) []map[string][]string {
	tb.Helper()
	denseOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tally-dense-bench")
		if err != nil {
			denseErr = err
			return
		}
		defer os.RemoveAll(dir)
		m, err := gen.Generate(dir, gen.Config{Sets: denseSets, Seed: 7, Naming: "all",
			MinLangs: len(gen.Languages), MaxLangs: len(gen.Languages), ErrorRate: -1, Unpaired: -1})
		if err != nil {
			denseErr = err
			return
		}
		for _, s := range m.Sets {
			set := map[string][]string{}
			for _, f := range s.Files {
				data, err := os.ReadFile(dir + "/" + f.Path)
				if err != nil {
					denseErr = err
					return
				}
				for _, p := range strings.Split(string(data), "\n") {
					if p != "" {
						set[f.Lang] = append(set[f.Lang], p)
					}
				}
			}
			denseTexts = append(denseTexts, set)
		}
	})
	if denseErr != nil {
		tb.Fatal(denseErr)
	}
	return denseTexts
}

// BenchmarkExtractDense measures Extract, per language, on the paragraphs
// of dense files, paragraph by paragraph as check/ calls it: there the cost
// per fact, not per byte of prose, is what counts.
func BenchmarkExtractDense(b *testing.B) {
	sets := denseCorpus(b)
	for _, code := range gen.Languages {
		tag := language.Make(code)
		size := 0
		for _, s := range sets {
			for _, p := range s[code] {
				size += len(p) + 1
			}
		}
		b.Run(code, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range sets {
					for _, p := range s[code] {
						numbers.Extract(p, tag)
					}
				}
			}
		})
	}
}

// denseFacts returns the facts of every paragraph of every dense set, per
// language: facts[k][code][i] are those of paragraph i of set k.
func denseFacts(tb testing.TB) []map[string][][]numbers.Fact {
	var out []map[string][][]numbers.Fact
	for _, s := range denseCorpus(tb) {
		m := map[string][][]numbers.Fact{}
		for code, paras := range s {
			for _, p := range paras {
				m[code] = append(m[code], numbers.Extract(p, language.Make(code)))
			}
		}
		out = append(out, m)
	}
	return out
}

// BenchmarkMatchDense measures Match of English with each other language
// on dense sets: "paragraphs" pairs paragraph i with paragraph i (3 to 5
// facts a side, the links check/ matches), "files" all the facts of one
// file with all those of the other (some 14 a side, as the leftovers of a
// badly aligned pair are matched), where every source fact is compared
// with every target fact.
func BenchmarkMatchDense(b *testing.B) {
	facts := denseFacts(b)
	en := language.English
	tags := map[string]language.Tag{}
	for _, code := range gen.Languages {
		tags[code] = language.Make(code)
	}
	for _, mode := range []string{"paragraphs", "files"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range facts {
					for _, code := range gen.Languages[1:] {
						tag := tags[code]
						src, tgt := s["en"], s[code]
						if mode == "files" {
							numbers.Match(flatten(src), flatten(tgt), en, tag)
							continue
						}
						for i := range min(len(src), len(tgt)) {
							numbers.Match(src[i], tgt[i], en, tag)
						}
					}
				}
			}
		})
	}
}

func flatten(paras [][]numbers.Fact) []numbers.Fact {
	var out []numbers.Fact
	for _, p := range paras {
		out = append(out, p...)
	}
	return out
}

// TestDenseTextsRead guards the dense benchmarks' texts: every language of
// every set must be there with about as many facts as planned, so that the
// benchmarks measure real work.
func TestDenseTextsRead(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	for _, code := range gen.Languages {
		n, size := 0, 0
		for _, s := range denseFacts(t) {
			for _, f := range s[code] {
				n += len(f)
			}
		}
		for _, s := range denseCorpus(t) {
			for _, p := range s[code] {
				size += len(p)
			}
		}
		// some 14 facts per kB are planned; ask for 10
		if want := size * 10 / 1024; n < want || len(denseTexts) != denseSets {
			t.Errorf("%s: %d facts in %d bytes of %d sets, want at least %d facts in %d sets", code, n, size, len(denseTexts), want, denseSets)
		}
	}
}
