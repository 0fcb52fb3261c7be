package corpus

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

func benchCorpus(b *testing.B, sets int, style ...string) *Listing {
	b.Helper()
	dir := b.TempDir()
	cfg := gen.Config{Sets: sets, Seed: 1}
	if len(style) > 0 {
		cfg.Style = style[0]
	}
	if _, err := gen.Generate(dir, cfg); err != nil {
		b.Fatal(err)
	}
	l, err := Discover(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	return l
}

func benchGroup(b *testing.B, sets int, opt GroupOptions, style ...string) {
	l := benchCorpus(b, sets, style...)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Group(l, opt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(l.Files))*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkGroup1000 groups 1,000 generated sets (about 3,100 files, half
// named by convention) with document.Read and document.DetectLanguage.
func BenchmarkGroup1000(b *testing.B) { benchGroup(b, 1000, GroupOptions{}) }

// BenchmarkGroup1000Content groups every file of the same folder by content.
func BenchmarkGroup1000Content(b *testing.B) { benchGroup(b, 1000, GroupOptions{Mode: ModeContent}) }

// BenchmarkGroupFolderNamed5000 walks and groups 5,000 generated sets, every
// file named by convention (about 15,500 files): the on-disk sorts, no
// file read beyond its first 512 bytes.
func BenchmarkGroupFolderNamed5000(b *testing.B) {
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Config{Sets: 5000, Seed: 1, Naming: "all"}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	files := 0
	for b.Loop() {
		_, sets, err := GroupFolder(dir, Options{}, GroupOptions{Mode: ModeName})
		if err != nil {
			b.Fatal(err)
		}
		for range sets.All() {
		}
		files = sets.Stats.Files
		sets.Close()
	}
	b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkGroup1000ContentArticle groups every file by content in a folder
// of article-sized files (4.4 kB, gen's article style).
func BenchmarkGroup1000ContentArticle(b *testing.B) {
	benchGroup(b, 1000, GroupOptions{Mode: ModeContent}, "article")
}

// BenchmarkDiscover1000 walks the folder of 1,000 generated sets.
func BenchmarkDiscover1000(b *testing.B) {
	l := benchCorpus(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Discover(l.Root, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnchors reduces one seed-sized paragraph to anchors.
func BenchmarkAnchors(b *testing.B) {
	const text = "Unmittelbar nach der Veröffentlichung der Resolution Nr. 17-NQ/TU des Ständigen Ausschusses " +
		"der Provinzpartei investierte die Provinz Quảng Ninh im Zeitraum 2021–2025 mehr als 4.000 Milliarden VND; " +
		"das Durchschnittseinkommen erreichte 83,79 Millionen VND. Quelle: https://baoquangninh.vn/x-3360125.html"
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	var (
		s   anchorSet
		buf []byte
	)
	for b.Loop() {
		s.h = s.h[:0]
		buf = scanAnchorsTo(&s, text, language.German, true, buf) // as readOne calls it
	}
}
