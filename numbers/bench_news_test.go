package numbers

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// newsLangs are the languages with a news-style benchmark text in
// testdata/bench/XX.txt (one paragraph per line).
var newsLangs = []string{"en", "de", "fr", "nl", "es", "vi", "pt", "it"}

// BenchmarkExtractNews measures Extract on about 4 KB of news text per
// language, paragraph by paragraph as check/ calls it. Languages without a
// table yet are skipped.
func BenchmarkExtractNews(b *testing.B) {
	for _, code := range newsLangs {
		tag := language.Make(code)
		b.Run(code, func(b *testing.B) {
			if !Supported(tag) {
				b.Skipf("no table for %s", code)
			}
			benchExtract(b, "testdata/bench/"+code+".txt", tag)
		})
	}
}

// TestNewsTextsRead guards the benchmark texts: each must yield many facts
// in its own language, so that the benchmark measures real work.
func TestNewsTextsRead(t *testing.T) {
	for _, code := range newsLangs {
		tag := language.Make(code)
		if !Supported(tag) {
			continue
		}
		data, err := os.ReadFile("testdata/bench/" + code + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range strings.Split(string(data), "\n") {
			n += len(Extract(p, tag))
		}
		if n < 80 {
			t.Errorf("%s: %d facts in the benchmark text, want at least 80", code, n)
		}
	}
}

// benchParagraphs returns the paragraphs of the benchmark text of code.
func benchParagraphs(t testing.TB, code string) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/bench/" + code + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(data), "\n")
}
