package document

import (
	"reflect"
	"strings"
	"testing"
)

// splitTextReference is splitText as it was written before its one-pass
// form: strings.Split, then isWrapped over the lines, then a second pass
// joining them. splitText must give the same paragraphs.
func splitTextReference(s string) []Paragraph {
	lines := strings.Split(s, "\n")
	if !isWrappedReference(lines) {
		var out []Paragraph
		for i, l := range lines {
			if t := strings.TrimSpace(l); t != "" {
				out = append(out, Paragraph{Text: t, Line: i + 1})
			}
		}
		return out
	}
	var (
		out   []Paragraph
		cur   strings.Builder
		start int
	)
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, Paragraph{Text: cur.String(), Line: start})
			cur.Reset()
		}
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flush()
			continue
		case startsWithBullet(t):
			flush()
		}
		if cur.Len() == 0 {
			start = i + 1
		} else {
			cur.WriteByte(' ')
		}
		cur.WriteString(t)
	}
	flush()
	return out
}

func isWrappedReference(lines []string) bool {
	var blocks, multi, n int
	end := func() {
		if n > 0 {
			blocks++
			if n > 1 {
				multi++
			}
		}
		n = 0
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			end()
		} else {
			n++
		}
	}
	end()
	return blocks >= 2 && multi*2 > blocks
}

// checkSplitText compares splitText with splitTextReference on s (nil and
// an empty slice count as the same: no paragraphs).
func checkSplitText(t *testing.T, s string) {
	t.Helper()
	got, want := splitText(s), splitTextReference(s)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("splitText(%q) = %+v, want %+v", s, got, want)
	}
}

func TestSplitTextSameAsReference(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"", "\n", "\n\n\n", " \t\n \u00a0\n", "x", "x\n", "\nx", "a\nb\nc",
		"a\n\nb", "a\nb\n\nc\nd", "a\nb\n\nc\nd\n\ne", "a\nb\n\nc\n\nd\ne\n\nf\ng",
		"Intro text that\nwraps here.\n\n- first item\n- second item\n  continues\n",
		"- a\n- b\n\n- c\n- d\n", "x\n- a\ny\n\nz\n* b\n• c\n– d\n· e\nf",
		"The first paragraph\nis wrapped over\nthree lines.\n\nThe second\none too.\n",
		"Title\n\nA line.\n\nAnother line.\n\nTwo\nlines.\n",
		"  a  \n\t b\t\n\u2003\n c \n d ", "a\n \nb\n\n\nc\nd\n \t\ne\nf\n",
	} {
		checkSplitText(t, s)
	}
}

func FuzzSplitText(f *testing.F) {
	f.Add("a\nb\n\nc\nd\n\n- e\nf")
	f.Add("Eins.\nZwei.\n\nDrei.\n")
	f.Add("  x \n\u00a0\n y\n")
	f.Fuzz(func(t *testing.T, s string) { checkSplitText(t, s) })
}
