package check

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tally-qa/tally/align"
	"github.com/tally-qa/tally/document"
)

// BenchmarkSeedPair checks the seed pair (German against English) from
// files already read: extraction, alignment, matching and grading.
func BenchmarkSeedPair(b *testing.B) {
	de := readSeed(b, "000_c3de660a0af737e8.txt")
	en := readSeed(b, "001_7e5fed813674fb67.txt")
	size := int64(0)
	for _, d := range []*document.Document{de, en} {
		for _, p := range d.Paragraphs {
			size += int64(len(p.Text))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, fs := Pair(en, de, Options{}); len(fs) == 0 {
			b.Fatal("no findings on the seed pair")
		}
	}
}

// BenchmarkSeedSet is the whole check of the seed pair from the files, as
// tally check runs it: reading, language from content, checking.
func BenchmarkSeedSet(b *testing.B) {
	dir := filepath.Join("..", "testdata", "seeds")
	job := Job{Name: "seed", Paths: []string{
		filepath.Join(dir, "000_c3de660a0af737e8.txt"),
		filepath.Join(dir, "001_7e5fed813674fb67.txt"),
	}}
	b.ReportAllocs()
	for b.Loop() {
		if res, failed := Set(job, SetOptions{}); len(failed) > 0 || res.Counts.Errors == 0 {
			b.Fatalf("failed %v, counts %+v", failed, res.Counts)
		}
	}
}

func readSeed(b *testing.B, name string) *document.Document {
	b.Helper()
	path := filepath.Join("..", "testdata", "seeds", name)
	if _, err := os.Stat(path); err != nil {
		b.Fatal(err)
	}
	docs, err := document.Read(path, document.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return docs[0]
}

// BenchmarkSeedAlign is the paragraph alignment of the seed pair alone,
// from alignment units made once.
func BenchmarkSeedAlign(b *testing.B) {
	de := readFacts(readSeed(b, "000_c3de660a0af737e8.txt"))
	en := readFacts(readSeed(b, "001_7e5fed813674fb67.txt"))
	su, tu := en.units(), de.units()
	b.ReportAllocs()
	for b.Loop() {
		align.Align(su, tu, align.Options{})
	}
}
