package check

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tally-qa/tally/align"
	"github.com/tally-qa/tally/document"
	"github.com/tally-qa/tally/internal/gencorpus/gen"
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

// denseSets is how many generated dense sets BenchmarkDenseSets and
// BenchmarkDensePairs check: the figure-dense stress corpus of issue 5
// (1 kB files of figure paragraphs, some 14 facts per kB), whose per-pair
// costs dominate.
const denseSets = 40

// denseJobs generates denseSets dense sets, every one named by convention,
// and returns them as jobs with their size in bytes.
func denseJobs(b *testing.B) ([]Job, int64) {
	b.Helper()
	return genJobs(b, gen.Config{Sets: denseSets, Seed: 7, Naming: "all", Unpaired: -1})
}

// genJobs generates cfg's corpus and returns its sets as jobs with their
// size in bytes.
func genJobs(b *testing.B, cfg gen.Config) ([]Job, int64) {
	b.Helper()
	dir := b.TempDir()
	m, err := gen.Generate(dir, cfg)
	if err != nil {
		b.Fatal(err)
	}
	var jobs []Job
	size := int64(0)
	for _, s := range m.Sets {
		job := Job{Name: s.ID}
		for _, f := range s.Files {
			p := filepath.Join(dir, filepath.FromSlash(f.Path))
			st, err := os.Stat(p)
			if err != nil {
				b.Fatal(err)
			}
			size += st.Size()
			job.Paths = append(job.Paths, p)
		}
		jobs = append(jobs, job)
	}
	return jobs, size
}

// BenchmarkDenseSets checks generated dense sets from their files, as tally
// check does each set: reading, extraction, alignment, matching.
func BenchmarkDenseSets(b *testing.B) {
	jobs, size := denseJobs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, job := range jobs {
			if _, failed := Set(job, SetOptions{}); len(failed) > 0 {
				b.Fatal(failed)
			}
		}
	}
}

// denseVersions reads the dense sets' files and extracts their facts once.
func denseVersions(b *testing.B) ([][]*version, int64) {
	jobs, size := denseJobs(b)
	return readVersions(b, jobs), size
}

// readVersions reads the files of jobs and extracts their facts once.
func readVersions(b *testing.B, jobs []Job) [][]*version {
	b.Helper()
	var sets [][]*version
	for _, job := range jobs {
		var vs []*version
		for _, p := range job.Paths {
			docs, err := document.Read(p, document.Options{})
			if err != nil {
				b.Fatal(err)
			}
			vs = append(vs, readFacts(docs[0]))
		}
		sets = append(sets, vs)
	}
	return sets
}

// benchVersions times fn on the versions of every dense set, read and
// with their facts extracted once.
func benchVersions(b *testing.B, fn func(vs []*version)) {
	sets, size := denseVersions(b)
	timeVersions(b, sets, size, fn)
}

// timeVersions times fn on sets, of size bytes.
func timeVersions(b *testing.B, sets [][]*version, size int64, fn func(vs []*version)) {
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, vs := range sets {
			fn(vs)
		}
	}
}

// BenchmarkDenseUnits makes the alignment units of every dense version:
// its facts' keys, its text anchors and its paragraphs' lengths.
func BenchmarkDenseUnits(b *testing.B) {
	benchVersions(b, func(vs []*version) {
		for _, v := range vs {
			v.us = nil
			v.units()
		}
	})
}

// BenchmarkDenseAlign aligns every dense version with the first of its set,
// from units made once: the alignment of small inputs (a few paragraphs a
// side), whose set-up costs count as much as the search.
func BenchmarkDenseAlign(b *testing.B) {
	benchVersions(b, func(vs []*version) {
		for _, t := range vs[1:] {
			align.Align(vs[0].units(), t.units(), align.Options{})
		}
	})
}

// BenchmarkDensePairs is the per-pair part of BenchmarkDenseSets: the
// files are read and their facts extracted once; every round makes the
// alignment units afresh, aligns every version with the first and checks
// the facts of the links.
func BenchmarkDensePairs(b *testing.B) {
	benchVersions(b, func(vs []*version) {
		for _, v := range vs {
			v.us = nil
		}
		var sc pairScratch
		for _, t := range vs[1:] {
			checkPair(vs[0], t, Options{}, &sc)
		}
	})
}

// articleSets is how many generated article sets BenchmarkArticleAlign
// aligns: files of 4 kB or so, of prose with figures, whose paragraph
// tables are searched in full and are larger than those of dense files.
const articleSets = 20

// BenchmarkArticleAlign aligns every version of generated article sets
// with the first of its set, from units made once.
func BenchmarkArticleAlign(b *testing.B) {
	jobs, size := genJobs(b, gen.Config{Sets: articleSets, Seed: 7, Naming: "all",
		Style: "article", Unpaired: -1})
	sets := readVersions(b, jobs)
	timeVersions(b, sets, size, func(vs []*version) {
		for _, t := range vs[1:] {
			align.Align(vs[0].units(), t.units(), align.Options{})
		}
	})
}
