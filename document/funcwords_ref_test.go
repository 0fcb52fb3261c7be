package document

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// funcWordCountsReference and countLettersReference are the counts as they
// were written before their table lookups (rune by rune, through the
// unicode tables), kept to check that the tables change no count.
func funcWordCountsReference(text string) (counts [16]int) {
	var buf [32]byte
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		w := buf[:0]
		long := false
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				break
			}
			if len(w)+utf8.UTFMax > len(buf) {
				long = true
			} else {
				w = utf8.AppendRune(w, unicode.ToLower(r))
			}
			i += n
		}
		if long {
			continue
		}
		if li, found := funcWords[string(w)]; found {
			counts[li]++
		}
	}
	return counts
}

func countLettersReference(text string) (letters, latin int) {
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	return letters, latin
}

func checkCountsSameAsReference(t *testing.T, text string) {
	t.Helper()
	c := countText(text)
	if got, want := c.words, funcWordCountsReference(text); got != want {
		t.Fatalf("countText(%.60q).words = %v, want %v", text, got, want)
	}
	if wl, wla := countLettersReference(text); c.letters != wl || c.latin != wla {
		t.Fatalf("countText(%.60q) letters = %d, %d Latin, want %d, %d", text, c.letters, c.latin, wl, wla)
	}
}

// TestCountsSameAsReference compares the counts on a generated corpus in
// all eight languages, both styles, and on the seeds.
func TestCountsSameAsReference(t *testing.T) {
	t.Parallel()
	var texts []string
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, style := range []string{"dense", "article"} {
		for _, x := range gen.TextsFor(t, t.TempDir(), gen.Config{Sets: 30, Seed: 3, Style: style}) {
			texts = append(texts, x.Text)
		}
	}
	for w := range funcWords {
		texts = append(texts, w, "x "+w+" y", string(upperFirst(w)))
	}
	for _, text := range texts {
		checkCountsSameAsReference(t, text)
	}
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func FuzzCountsSameAsReference(f *testing.F) {
	for _, s := range []string{"The und het les los della não của", "ÀS À Não ĐÃ Của", "\xff\xfeAB the", "a\u0301 la", "ǅ İ ß ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkCountsSameAsReference(t, text) })
}
