package main

import (
	"io"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// benchCorpus generates a corpus of n sets in all eight languages (half of
// them named by convention, half by content only) and returns the folder
// and its size in bytes.
func benchCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Config{Sets: n, Seed: 11}); err != nil {
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
func benchBatch(b *testing.B, n int, args ...string) {
	dir, size := benchCorpus(b, n)
	argv := append(append([]string{"tally", "check", "-q", "--format", "json"}, args...), dir)
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

func BenchmarkBatch100(b *testing.B)         { benchBatch(b, 100) }
func BenchmarkBatch1000(b *testing.B)        { benchBatch(b, 1000) }
func BenchmarkBatch1000Content(b *testing.B) { benchBatch(b, 1000, "--group", "content") }
func BenchmarkBatch1000Name(b *testing.B)    { benchBatch(b, 1000, "--group", "name") }
