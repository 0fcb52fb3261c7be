package document

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkParse runs a reader on data twice and checks what every reader
// promises: no panic, the same answer twice, valid UTF-8 text, and lines
// inside the decoded file. nonEmpty also requires every paragraph to
// have text (monolingual formats).
func checkParse(t *testing.T, r formatReader, data []byte, nonEmpty bool) {
	lim := newLimits(1 << 20)
	docs, err := r.parse(data, lim)
	docs2, err2 := r.parse(data, lim)
	if (err == nil) != (err2 == nil) || !reflect.DeepEqual(docs, docs2) {
		t.Fatalf("not deterministic: %v / %v", err, err2)
	}
	if err != nil {
		if err.Error() == "" || strings.Contains(err.Error(), "\n") {
			t.Fatalf("bad error message %q", err)
		}
		return
	}
	lines := 1
	if s, err := decodeText(data); err == nil {
		lines += strings.Count(s, "\n")
	}
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			if nonEmpty && p.Text == "" {
				t.Fatalf("empty paragraph %+v", p)
			}
			if !utf8.ValidString(p.Text) {
				t.Fatalf("invalid UTF-8 in %q", p.Text)
			}
			if p.Text != strings.TrimSpace(p.Text) {
				t.Fatalf("untrimmed paragraph %q", p.Text)
			}
			if p.Line < 0 || p.Line > lines {
				t.Fatalf("line %d outside 1..%d", p.Line, lines)
			}
		}
	}
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Eins.\nZwei.\n\nDrei\nvier.\n"))
	f.Add([]byte("a\r\nb\rc"))
	f.Add([]byte("\xFF\xFEa\x00\n\x00"))
	f.Add([]byte("\xEF\xBB\xBF- x\n- y\n\nz\nw"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, textReader{}, data, true)
	})
}

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("# T\n\npara *x* [l](u)\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
	f.Add([]byte("---\nx: y\n---\n> q\n\n```\ncode\n```\n"))
	f.Add([]byte("a\\\nb  \nc &amp; &#x41; `x`"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, markdownReader{}, data, true)
	})
}
