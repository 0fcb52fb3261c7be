package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
	"github.com/tally-qa/tally/numbers"
)

// scanAnchorsReference is scanAnchors as it was before its ASCII fast paths
// (rune by rune, through the unicode tables), kept to check that the fast
// paths change no anchor.
func scanAnchorsReference(text string, tag language.Tag, emit func(ns byte, s string)) {
	text = blankURLs(text, emit)
	for _, f := range numbers.Extract(text, tag) {
		if k := f.Key(); k != "" {
			emit(nsFact, k)
		}
	}
	sentenceStart := true
	var fold []byte
	for len(text) > 0 {
		i := 0
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		text = text[i:]
		j := 0
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				if r == ' ' && groupsAcrossSpace(text, 0, j) {
					j++
					continue
				}
				if isGroupSpace(r) && j > 0 && isDigit(text[j-1]) && j+n < len(text) && isDigit(text[j+n]) {
					j += n
					continue
				}
				break
			}
			j += n
		}
		raw := text[:j]
		text = text[j:]
		if raw == "" {
			break
		}
		tok := strings.TrimFunc(raw, isEdgePunct)
		start := sentenceStart
		sentenceStart = endsSentenceReference(raw)
		if tok == "" {
			continue
		}
		fold = tokenAnchorReference(tok, start, fold, emit)
	}
}

func endsSentenceReference(raw string) bool {
	raw = strings.TrimRight(raw, "\"'”“„»«)’")
	if raw == "" {
		return false
	}
	switch raw[len(raw)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

func tokenAnchorReference(tok string, sentenceStart bool, buf []byte, emit func(ns byte, s string)) []byte {
	var digits, upper, lower, letters int
	for _, r := range tok {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			lower++
			letters++
		}
	}
	switch {
	case digits > 0 && upper > 0:
		emit(nsCode, tok)
	case digits > 0 && lower <= 3 && isDigit(tok[0]):
		for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '–' }) {
			buf = buf[:0]
			for i := 0; i < len(part); i++ {
				if c := part[i]; c >= '0' && c <= '9' {
					buf = append(buf, c)
				}
			}
			if len(buf) > 0 {
				emit(nsDigits, string(buf))
			}
		}
	case digits > 0:
	case upper >= 2 && lower == 0:
		emit(nsCode, tok)
	case upper == 1 && letters >= 2 && !sentenceStart && startsUpper(tok):
		buf = foldNameNFD(buf[:0], tok) // foldName by its definition
		if len(buf) >= 2 {
			emit(nsName, string(buf))
		}
	}
	return buf
}

func anchorsBoth(text string, tag language.Tag) (got, want []string) {
	scanAnchors(text, tag, true, func(ns byte, s string) { got = append(got, string(ns)+":"+s) })
	scanAnchorsReference(text, tag, func(ns byte, s string) { want = append(want, string(ns)+":"+s) })
	return got, want
}

// TestAnchorsSameAsReference runs both over the seed articles and a
// generated corpus in all eight languages, both styles.
func TestAnchorsSameAsReference(t *testing.T) {
	type doc struct {
		text string
		tag  language.Tag
	}
	var docs []doc
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range []language.Tag{language.English, language.German, language.Dutch} {
			docs = append(docs, doc{string(b), tag})
		}
	}
	for _, style := range []string{"dense", "article"} {
		for _, x := range gen.TextsFor(t, t.TempDir(), gen.Config{Sets: 40, Seed: 9, Style: style}) {
			docs = append(docs, doc{x.Text, language.MustParse(x.Lang)})
		}
	}
	if len(docs) < 100 {
		t.Fatalf("only %d documents", len(docs))
	}
	for _, d := range docs {
		if got, want := anchorsBoth(d.text, d.tag); !slices.Equal(got, want) {
			t.Fatalf("%s text %.60q...: anchors differ\n got %q\nwant %q", d.tag, d.text, got, want)
		}
	}
}

func FuzzAnchorsSameAsReference(f *testing.F) {
	for _, s := range []string{"Quảng Ninh 4.000 Mrd. VND", "17-NQ/TU «UNESCO».", "a\u00a0b 43\u202f000 x", "Ünïcode\tÉtat\u2028X 3\u2009000", "\"Yes.\" Then", "\xff\xfeAB 12", "„Ärger“ über Öl; «Économie» (Đà Nẵng)… Ông Nguyễn.", "x ÀB2 ǅemal Ω’ \u0301A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, tag := range []language.Tag{language.English, language.Vietnamese} {
			if got, want := anchorsBoth(text, tag); !slices.Equal(got, want) {
				t.Fatalf("%q (%s): got %q, want %q", text, tag, got, want)
			}
		}
	})
}

// TestEndsSentenceSameAsReference compares endsSentence with the
// strings.TrimRight form on tokens ending in every kind of character.
func TestEndsSentenceSameAsReference(t *testing.T) {
	t.Parallel()
	ends := []string{"", ".", "!", "?", ":", ";", ",", "a", "9", "\"", "'", ")", "”", "“", "„", "»", "«", "’", "ã", "ủ", "…", "\xff", "\xe2\x80", "】", ".”", ".)”", "?»", "a”", "”.", ":'\"", "ã.", "\xff."}
	for _, a := range ends {
		for _, b := range ends {
			for _, c := range ends {
				raw := "word" + a + b + c
				for _, r := range []string{raw, a + b + c} {
					if got, want := endsSentence(r), endsSentenceReference(r); got != want {
						t.Fatalf("endsSentence(%q) = %v, want %v", r, got, want)
					}
				}
			}
		}
	}
}
