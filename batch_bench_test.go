package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// benchCorpus generates a corpus of n sets in all eight languages, named
// as naming says (gen.Config.Naming), and returns the folder and its size
// in bytes.
func benchCorpus(b *testing.B, n int, naming string) (string, int64) {
	b.Helper()
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Config{Sets: n, Seed: 11, Naming: naming}); err != nil {
		b.Fatal(err)
	}
	var size int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			size += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return dir, size
}

// benchBatch runs `tally check DIR` end to end (discovery, language
// identification, grouping, reading, alignment, extraction, comparison,
// JSON report) and reports MB/s of input and sets/s.
func benchBatch(b *testing.B, n int, naming string, args ...string) {
	dir, size := benchCorpus(b, n, naming)
	argv := append(append([]string{"tally", "check", "-q", "--format", "json"}, args...), dir)
	runBench(b, argv, size, n)
}

// runBench runs argv b.N times and reports MB/s of size bytes of input and
// sets/s of n sets.
func runBench(b *testing.B, argv []string, size int64, n int) {
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if code := run(argv, io.Discard, io.Discard); code != exitFindings && code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sets/s")
}

func BenchmarkBatch100(b *testing.B)  { benchBatch(b, 100, "mixed") }
func BenchmarkBatch1000(b *testing.B) { benchBatch(b, 1000, "mixed") }

// BenchmarkBatch1000Named: every file named by convention, no language
// identification or content grouping.
func BenchmarkBatch1000Named(b *testing.B) { benchBatch(b, 1000, "all", "--group", "name") }

// BenchmarkBatch1000Anonymous: no name says anything; every file is
// identified and grouped by content.
func BenchmarkBatch1000Anonymous(b *testing.B) { benchBatch(b, 1000, "none", "--group", "content") }

// BenchmarkBatchSeed1000: article-sized text, 1,000 named sets, each a copy
// of the seed pair (testdata/seeds/000 and 001, 5.4 kB a file).
func BenchmarkBatchSeed1000(b *testing.B) {
	dir := b.TempDir()
	var size int64
	for _, s := range []struct{ from, lang string }{
		{"000_c3de660a0af737e8.txt", "de"}, {"001_7e5fed813674fb67.txt", "en"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "seeds", s.from))
		if err != nil {
			b.Fatal(err)
		}
		for i := range 1000 {
			name := filepath.Join(dir, fmt.Sprintf("a%d.%s.txt", i, s.lang))
			if err := os.WriteFile(name, data, 0o644); err != nil {
				b.Fatal(err)
			}
			size += int64(len(data))
		}
	}
	runBench(b, []string{"tally", "check", "-q", "--format", "json", dir}, size, 1000)
}
