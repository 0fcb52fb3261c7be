package corpus

import (
	"slices"
	"strings"
	"testing"
)

// blankURLsReference and urlEndReference are blankURLs as it was before
// urlEnd stopped reading to its end a word of a text without an '@' that
// does not start as a URL: kept to check that it blanks and emits the same.
func blankURLsReference(text string, emit func(ns byte, s string)) string {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		return text
	}
	var b []byte
	last := 0
	for i := 0; i < len(text); {
		if i > 0 && !isURLBoundary(text[i-1]) {
			i++
			continue
		}
		end := urlEndReference(text, i)
		if end <= i {
			i++
			continue
		}
		u := strings.TrimRight(text[i:end], ".,;:!?)]}'\"")
		end = i + len(u)
		if b == nil {
			b = make([]byte, 0, len(text))
		}
		b = append(b, text[last:i]...)
		for k := i; k < end; k++ {
			b = append(b, ' ')
		}
		last = end
		if n := normURL(u); n != "" {
			emit(nsURL, n)
		}
		i = max(end, i+1)
	}
	if b == nil {
		return text
	}
	return string(append(b, text[last:]...))
}

func urlEndReference(text string, i int) int {
	rest := text[i:]
	isURL := hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")
	j := 0
	for j < len(rest) {
		c := rest[j]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"' {
			break
		}
		j++
	}
	if !isURL {
		at := strings.IndexByte(rest[:j], '@')
		if at <= 0 || !strings.Contains(rest[at:j], ".") {
			return i
		}
	}
	return i + j
}

func blankURLsBoth(text string) (got, want string, gotURLs, wantURLs []string) {
	got = blankURLs(text, func(_ byte, s string) { gotURLs = append(gotURLs, s) })
	want = blankURLsReference(text, func(_ byte, s string) { wantURLs = append(wantURLs, s) })
	return got, want, gotURLs, wantURLs
}

var blankURLsCases = []string{
	"",
	"no link here",
	"See https://www.example.com/a. Mail a@b.c ok",
	"Source: https://baoquangninh.vn/lao-cai-796966.html.",
	"HTTP://EXAMPLE.COM and WWW.EXAMPLE.ORG, (www.x.y) 'http://q.r'",
	"mail me at x@y.z or at \"a.b@c.d\", not at @home or a@b",
	"hwww.x.y www. http:// https://",
	"Hhttp://a.b wHttps://c.d <http://e.f>",
	"a://b c@d.e\tf@g.h\nwww.i.j\rk",
	"Tỉnh Quảng Ninh https://ví.dụ/đường 100%",
	"httpſ://x.y ſ@x.y",
}

// TestBlankURLsSameAsReference compares blankURLs with the way it was.
func TestBlankURLsSameAsReference(t *testing.T) {
	for _, text := range blankURLsCases {
		got, want, gu, wu := blankURLsBoth(text)
		if got != want || !slices.Equal(gu, wu) {
			t.Errorf("blankURLs(%q) = %q %q, want %q %q", text, got, gu, want, wu)
		}
	}
}

func FuzzBlankURLsSameAsReference(f *testing.F) {
	for _, text := range blankURLsCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want, gu, wu := blankURLsBoth(text)
		if got != want || !slices.Equal(gu, wu) {
			t.Errorf("blankURLs(%q) = %q %q, want %q %q", text, got, gu, want, wu)
		}
	})
}
