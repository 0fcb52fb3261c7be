package document

import (
	"strings"
	"testing"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// benchRead measures Read of data saved under name.
func benchRead(b *testing.B, name string, data []byte) {
	p := writeFile(b, name, data)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(p, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadText reads the German seed; its language comes from the content.
func BenchmarkReadText(b *testing.B) { benchRead(b, "000.txt", seed(b, "000")) }

// BenchmarkReadTextNamed reads a seed whose name gives the language.
func BenchmarkReadTextNamed(b *testing.B) { benchRead(b, "002.de.txt", seed(b, "002")) }

func BenchmarkReadMarkdown(b *testing.B) { benchRead(b, "001.en.md", toMarkdown(seedLines(b, "001"))) }

func BenchmarkDetectLanguage(b *testing.B) {
	text := string(seed(b, "002"))
	b.SetBytes(int64(min(len(text), sampleLen)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := DetectLanguage(text); !ok {
			b.Fatal("not detected")
		}
	}
}

func BenchmarkReadHTML(b *testing.B) { benchRead(b, "001.html", toHTML(seedLines(b, "001"), "en")) }

func BenchmarkReadDOCX(b *testing.B) {
	var body string
	for _, l := range seedLines(b, "000") {
		body += wordRuns(l, 12)
	}
	benchRead(b, "000.de.docx", buildDocx(b, body, nil))
}

func BenchmarkReadXLIFF(b *testing.B) {
	benchRead(b, "pair.xlf", toXLIFF12(seedLines(b, "001"), seedLines(b, "000"), "en", "de"))
}

func BenchmarkReadTMX(b *testing.B) {
	benchRead(b, "pair.tmx", toTMX(seedLines(b, "001"), seedLines(b, "000"), "en", "de"))
}

// BenchmarkToNFC checks the paragraphs of a German seed for NFC, as Read
// does for every paragraph it reads.
func BenchmarkToNFC(b *testing.B) {
	data := seed(b, "002")
	paras := strings.Split(string(data), "\n")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			toNFC(p)
		}
	}
}

// BenchmarkScanText validates and checks for NFC the generated article
// files of each language, as decodeText does for every text file.
func BenchmarkScanText(b *testing.B) {
	paras, size := gen.ArticleParagraphsFor(b, 20, 1)
	for _, code := range gen.Languages {
		text := strings.Join(paras[code], "\n")
		b.Run(code, func(b *testing.B) {
			b.SetBytes(int64(size[code]))
			for b.Loop() {
				if valid, _ := scanText(text); !valid {
					b.Fatal("invalid")
				}
			}
		})
	}
}
