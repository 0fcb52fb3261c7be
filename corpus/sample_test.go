package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tally-qa/tally/document"
)

// sample is sampleTexts of the paragraphs of doc without URLs, as readOne
// takes its sample.
func sample(doc *document.Document, n int) string {
	var texts []string
	for _, p := range doc.Paragraphs {
		texts = append(texts, blankURLs(p.Text, func(byte, string) {}))
	}
	return sampleTexts(texts, n)
}

// sampleReference is sample as it was first written: join whole
// paragraphs, then cut.
func sampleReference(doc *document.Document, n int) string {
	var b strings.Builder
	for _, p := range doc.Paragraphs {
		if b.Len() >= n {
			break
		}
		t := blankURLs(p.Text, func(byte, string) {})
		b.WriteString(t)
		b.WriteByte('\n')
	}
	s := b.String()
	if len(s) > n {
		k := n
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
		s = s[:k]
	}
	return s
}

// TestSampleSameAsReference compares sample with sampleReference for
// every size up to past the text, on paragraphs with URLs, multi-byte
// runes and an empty paragraph.
func TestSampleSameAsReference(t *testing.T) {
	t.Parallel()
	paras := []string{"Tỉnh Quảng Ninh đạt 100%.", "", "See https://www.example.com/a. Mail a@b.c ok", "ẞ€😀 x", strings.Repeat("Ärger ", 40)}
	for from := range paras {
		doc := &document.Document{}
		for _, p := range paras[from:] {
			doc.Paragraphs = append(doc.Paragraphs, document.Paragraph{Text: p})
		}
		for n := 0; n < 400; n++ {
			if got, want := sample(doc, n), sampleReference(doc, n); got != want {
				t.Fatalf("paragraphs from %d, n=%d: got %q, want %q", from, n, got, want)
			}
		}
	}
}
