package align

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAlign: any two inputs (one unit a line, anchors as a caller would
// find them) give a valid monotone alignment covering every unit exactly
// once, scores in 0..1, the same answer twice; at every granularity.
func FuzzAlign(f *testing.F) {
	seed := loadGold(f, "testdata/seed_de_en.txtar")
	join := func(us []Unit) string {
		s := make([]string, len(us))
		for k, u := range us {
			s[k] = u.Text
		}
		return strings.Join(s, "\n")
	}
	f.Add(join(seed.src), join(seed.tgt), uint8(0))
	f.Add("a\nb\nc", "", uint8(1))
	f.Add("", "", uint8(2))
	f.Add("1. 2. 3.\n\n\n", "x 1\ny 2 z 3", uint8(0))
	f.Add("Nr. 5. Quang Ninh „A“ 17-NQ/TU", "Quang Ninh \"A\" 17-NQ/TU no 5", uint8(2))
	f.Fuzz(func(t *testing.T, a, b string, g uint8) {
		src, tgt := testUnits(a), testUnits(b)
		opt := Options{Granularity: Granularity(g % 3)}
		al := Align(src, tgt, opt)
		if err := al.Validate(len(src), len(tgt)); err != nil {
			t.Fatalf("%v\n%s", err, scoreList(al))
		}
		if again := Align(src, tgt, opt); !reflect.DeepEqual(al, again) {
			t.Fatalf("not deterministic:\n%s\n%s", scoreList(al), scoreList(again))
		}
		if n, m := len(src), len(tgt); n > 0 && m > 0 && (n+1)*(m+1) <= fullLimit {
			if a, b := alignUnits(src, tgt, Options{}), solveUnpadded(src, tgt); !reflect.DeepEqual(a, b) {
				t.Fatalf("padded full grid:\n%s\nunpadded:\n%s", scoreList(a), scoreList(b))
			}
		}
		for _, l := range Moved(al, src, tgt) {
			if len(l.Source) != 1 || len(l.Target) != 1 || l.Score < 0 || l.Score > 1 {
				t.Fatalf("bad moved link %+v", l)
			}
		}
	})
}

// FuzzSentences: sentences are non-empty, trimmed, in order, inside the
// input, and cover all of its non-space text.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"One. Two! Three?", "z. B. Nr. 17. Mai", "“Hi.” Then… OK", "a.\u00a0B", "\xff. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := sentenceSpans(text)
		end := 0
		for _, s := range spans {
			if s[0] < end || s[1] <= s[0] || s[1] > len(text) {
				t.Fatalf("span %v after %d in %q", s, end, text)
			}
			if strings.TrimSpace(text[end:s[0]]) != "" {
				t.Fatalf("text lost before %v in %q", s, text)
			}
			if sent := text[s[0]:s[1]]; strings.TrimSpace(sent) != sent && utf8.ValidString(sent) {
				t.Fatalf("untrimmed sentence %q", sent)
			}
			end = s[1]
		}
		if strings.TrimSpace(text[end:]) != "" {
			t.Fatalf("text lost at the end of %q", text)
		}
		if !reflect.DeepEqual(Sentences(text), Sentences(text)) {
			t.Fatal("not deterministic")
		}
	})
}

// FuzzTextAnchors: no panic, no empty anchor, deterministic.
func FuzzTextAnchors(f *testing.F) {
	for _, s := range []string{"Quang Ninh 17-NQ/TU https://x.vn/a a@b.cd „A“ VND", "((", "\xffA B", "Ä Ö"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := TextAnchors(text)
		for _, a := range got {
			if a == "" {
				t.Fatalf("empty anchor from %q", text)
			}
		}
		if !reflect.DeepEqual(got, TextAnchors(text)) {
			t.Fatal("not deterministic")
		}
	})
}

// FuzzFields: the words TextAnchors walks are those of strings.Fields,
// whatever the white space and however broken the UTF-8.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"a b", " \t\n\v\f\ra\u00a0b\u0085c\u2009d\u3000", "\xff \xc2", "„A“ «B»"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var got []string
		for w := range fields(text) {
			got = append(got, w)
		}
		if want := strings.Fields(text); !slices.Equal(got, want) {
			t.Fatalf("fields(%q) = %q, strings.Fields %q", text, got, want)
		}
	})
}
