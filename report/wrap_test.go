package report

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func lines(s string, sp []span) []string {
	out := make([]string, len(sp))
	for i, x := range sp {
		out[i] = s[x.start:x.end]
	}
	return out
}

func TestWrapSpans(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"", 10, []string{}},
		{"short", 10, []string{"short"}},
		{"83,79 Millionen VND", 10, []string{"83,79", "Millionen", "VND"}},
		{"one two three", 7, []string{"one two", "three"}},
		{"keep\nbreaks", 40, []string{"keep", "breaks"}},
		{"blank\n\nlines dropped", 7, []string{"blank", "lines", "dropped"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"a abcdefghij b", 4, []string{"a", "abcd", "efgh", "ij b"}},
		{"83\u00a0790 Mio.", 6, []string{"83\u00a0790", "Mio."}},                 // no break at NBSP
		{"reads as 83 790 000 in", 12, []string{"reads as", "83 790 000", "in"}}, // nor in digit groups
		{"in 2024 83.790", 8, []string{"in 2024", "83.790"}},
		{"1 2345 x", 3, []string{"1", "234", "5 x"}},
		{"  lead  and  trail  ", 40, []string{"lead  and  trail"}},
		{"中文数字测试", 5, []string{"中文", "数字", "测试"}},                           // wide runes: 2 cells each
		{"e\u0301e\u0301e\u0301", 2, []string{"e\u0301e\u0301", "e\u0301"}}, // combining mark stays
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got := lines(tt.in, wrapSpans(tt.in, tt.width))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("wrapSpans(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func TestFitColumns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                          string
		natural, least, floor, weight []int
		budget                        int
		want                          []int
	}{
		{"all natural", []int{5, 10, 20}, []int{1, 1, 1}, []int{5, 5, 5}, []int{1, 1, 1}, 100, []int{5, 10, 20}},
		{"weighted growth", []int{50, 50}, []int{1, 1}, []int{1, 1}, []int{1, 3}, 40, []int{10, 30}},
		{"floors first", []int{50, 50}, []int{1, 1}, []int{20, 5}, []int{1, 1}, 30, []int{20, 10}},
		{"narrow than floors", []int{50, 50}, []int{4, 4}, []int{20, 20}, []int{1, 1}, 10, []int{5, 5}},
		{"least wins", []int{50, 50}, []int{8, 8}, []int{20, 20}, []int{1, 1}, 10, []int{8, 8}},
		{"short column keeps natural", []int{3, 100}, []int{1, 1}, []int{10, 10}, []int{1, 1}, 50, []int{3, 47}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := fitColumns(tt.natural, tt.least, tt.floor, tt.weight, tt.budget)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("fitColumns = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSanitize(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain 83,79 %", "plain 83,79 %"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"tab\there", "tab here"},
		{"\x1b[31mred\x1b[0m", "\ufffd[31mred\ufffd[0m"},
		{"c1 \u009b csi", "c1 \ufffd csi"},
		{"bidi \u202eevil", "bidi \ufffdevil"},
		{"bad \xff utf8", "bad \ufffd utf8"},
	}
	for _, tt := range tests {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNumberCore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"83.790 Millionen VND", "83.790", true},
		{"more than 200", "200", true},
		{"August 5, 2019", "5", true},
		{"1\u00a0234,5 €", "1\u00a0234,5", true},
		{"4,000 billion", "4,000", true},
		{"1.", "1", true},
		{"no digits", "", false},
	}
	for _, tt := range tests {
		sp, ok := numberCore(tt.in)
		if ok != tt.ok || (ok && tt.in[sp.start:sp.end] != tt.want) {
			t.Errorf("numberCore(%q) = %q, %v; want %q, %v", tt.in, tt.in[sp.start:sp.end], ok, tt.want, tt.ok)
		}
	}
}

func TestDiffStyles(t *testing.T) {
	t.Parallel()
	mark := func(s string, st []styled) string {
		var b strings.Builder
		pos := 0
		for _, x := range st {
			b.WriteString(s[pos:x.start] + "[" + s[x.start:x.end] + "]")
			pos = x.end
		}
		return b.String() + s[pos:]
	}
	tests := []struct{ src, tgt, wantSrc, wantTgt string }{
		{"83.79 million", "83.790 Millionen", "83.79 million", "83.79[0] Millionen"},
		{"83.79 million", "83,79 Millionen", "83[.]79 million", "83[,]79 Millionen"},
		{"more than 200", "200", "more than 200", "200"},                   // same number: nothing marked
		{"August 5, 2019", "—", "August 5, 2019", "—"},                     // one side without a number
		{"1,197 households", "1.179", "1[,]1[9]7 households", "1[.]17[9]"}, // digits swapped
	}
	for _, tt := range tests {
		s, g := diffStyles(tt.src, tt.tgt)
		if got := mark(tt.src, s); got != tt.wantSrc {
			t.Errorf("diffStyles(%q, %q) source = %q, want %q", tt.src, tt.tgt, got, tt.wantSrc)
		}
		if got := mark(tt.tgt, g); got != tt.wantTgt {
			t.Errorf("diffStyles(%q, %q) target = %q, want %q", tt.src, tt.tgt, got, tt.wantTgt)
		}
	}
}

// FuzzWrapSpans: wrapping untrusted text never panics, returns ordered spans
// inside the input, loses no non-space byte, keeps lines within the width
// unless a single rune is wider, and is deterministic.
func FuzzWrapSpans(f *testing.F) {
	for _, s := range []string{"", "83.790 Millionen VND", "a\nb\r\nc", "中文 数字", "https://x.org/" + strings.Repeat("a", 50), "e\u0301\u0301", "\xff\xfe", "  \n  "} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = 1 + (width%200+200)%200
		s = sanitize(s)
		sp := wrapSpans(s, width)
		covered := make([]bool, len(s))
		prev := 0
		for _, x := range sp {
			if x.start < prev || x.end <= x.start || x.end > len(s) {
				t.Fatalf("bad span %v after %d in %q", x, prev, s)
			}
			if !utf8.ValidString(s[x.start:x.end]) {
				t.Fatalf("span %v splits a rune in %q", x, s)
			}
			if w := textWidth(s[x.start:x.end]); w > width && !singleCluster(s[x.start:x.end]) {
				t.Fatalf("line %q is %d wide, limit %d", s[x.start:x.end], w, width)
			}
			for i := x.start; i < x.end; i++ {
				covered[i] = true
			}
			prev = x.end
		}
		for i := range s {
			if !covered[i] && s[i] != ' ' && s[i] != '\n' {
				t.Fatalf("byte %d (%q) of %q lost", i, s[i], s)
			}
		}
		if again := wrapSpans(s, width); !reflect.DeepEqual(again, sp) {
			t.Fatalf("not deterministic")
		}
	})
}

// singleCluster reports whether s is one visible rune with zero-width runes
// around it: the one case a line may be wider than the limit.
func singleCluster(s string) bool {
	wide := 0
	for _, r := range s {
		if textWidth(string(r)) > 0 {
			wide++
		}
	}
	return wide == 1
}

// FuzzSanitize: the output is valid UTF-8 without control characters other
// than newline, and sanitizing twice changes nothing.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", "\x1b[31m", "a\r\nb", "\t", "\xff", "\u009b", "\u202e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := sanitize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		for _, r := range out {
			if r != '\n' && isControl(r) {
				t.Fatalf("control %U left in %q", r, out)
			}
		}
		if sanitize(out) != out {
			t.Fatalf("not idempotent on %q", s)
		}
	})
}

// FuzzDiffStyles: styles lie inside their text, in order, on rune
// boundaries.
func FuzzDiffStyles(f *testing.F) {
	f.Add("83.79 million", "83.790 Millionen")
	f.Add("1,197", "1.179")
	f.Add("", "5")
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = sanitize(a), sanitize(b)
		sa, sb := diffStyles(a, b)
		for _, c := range []struct {
			s  string
			st []styled
		}{{a, sa}, {b, sb}} {
			prev := 0
			for _, x := range c.st {
				if x.start < prev || x.end <= x.start || x.end > len(c.s) || !utf8.ValidString(c.s[x.start:x.end]) {
					t.Fatalf("bad style span %v in %q", x.span, c.s)
				}
				prev = x.end
			}
		}
	})
}
