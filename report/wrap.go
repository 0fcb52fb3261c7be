package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// span is the byte range [start, end) of a string.
type span struct{ start, end int }

// sanitize makes untrusted text safe to print in a terminal or a table cell:
// CR LF and lone CR become LF, a tab becomes a space, and every other
// control character (ESC among them), and each byte of invalid UTF-8, becomes
// U+FFFD. Without colour the output then holds no escape code at all.
func sanitize(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || r == '\t' || r == '\r' || (r != '\n' && isControl(r)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				b.WriteByte('\n')
			}
		case r == '\t':
			b.WriteByte(' ')
		case r != '\n' && isControl(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isControl reports C0 and C1 controls, DEL, and the bidirectional
// overrides and isolates that can reorder what a terminal shows.
func isControl(r rune) bool {
	return unicode.IsControl(r) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// textWidth is the display width of s in terminal cells, as tablewriter
// measures it.
func textWidth(s string) int { return twwidth.Width(s) }

// wrapSpans breaks sanitized text s into lines at most width cells wide and
// returns each line as a span of s. It breaks at ASCII spaces, and inside a
// word only when the word alone is wider than width (a URL, a long file
// name); no-break spaces inside a number are kept. The line breaks of s are
// kept, empty lines dropped, and the spaces at a break left out: every other
// byte of s lies in exactly one span, so wrapping never loses text.
func wrapSpans(s string, width int) []span {
	if width < 1 {
		width = 1
	}
	var out []span
	for lineStart := 0; lineStart <= len(s); {
		lineEnd := strings.IndexByte(s[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += lineStart
		}
		out = wrapLine(out, s, lineStart, lineEnd, width)
		lineStart = lineEnd + 1
	}
	return out
}

// wrapLine appends the wrapped spans of s[start:end], which holds no
// newline.
func wrapLine(out []span, s string, start, end, width int) []span {
	cur := span{-1, -1}
	curW := 0
	for i := start; i < end; {
		if s[i] == ' ' {
			i++
			continue
		}
		j := wordEnd(s, i, end)
		ww := textWidth(s[i:j])
		switch {
		case cur.start >= 0 && curW+(i-cur.end)+ww <= width:
			curW += (i - cur.end) + ww
			cur.end = j
		default:
			if cur.start >= 0 {
				out = append(out, cur)
			}
			if ww <= width {
				cur, curW = span{i, j}, ww
				break
			}
			var pieces []span
			pieces, curW = breakWord(s, i, j, width)
			out = append(out, pieces[:len(pieces)-1]...)
			cur = pieces[len(pieces)-1]
		}
		i = j
	}
	if cur.start >= 0 {
		out = append(out, cur)
	}
	return out
}

// wordEnd returns where the word starting at i ends: at the next space,
// except a space that groups digits ("83 790 000", a digit before it and
// exactly three digits after it), which keeps a number on one line.
func wordEnd(s string, i, end int) int {
	j := i
	for {
		for j < end && s[j] != ' ' {
			j++
		}
		if j+4 <= end && j > i && isDigitByte(s[j-1]) && isDigitByte(s[j+1]) &&
			isDigitByte(s[j+2]) && isDigitByte(s[j+3]) && (j+4 == end || !isDigitByte(s[j+4])) {
			j++
			continue
		}
		return j
	}
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// breakWord cuts the word s[start:end] into pieces at most width cells wide
// (a single rune wider than width gets a piece of its own) and returns them
// with the width of the last. Zero-width runes stay with the rune before.
func breakWord(s string, start, end, width int) ([]span, int) {
	var out []span
	cur := span{start, start}
	curW := 0
	for i := start; i < end; {
		_, n := utf8.DecodeRuneInString(s[i:end])
		rw := textWidth(s[i : i+n])
		if rw > 0 && curW+rw > width && cur.end > cur.start {
			out = append(out, cur)
			cur, curW = span{i, i}, 0
		}
		cur.end = i + n
		curW += rw
		i += n
	}
	return append(out, cur), curW
}

// fitColumns chooses the content width of each column so that the columns
// together fit budget cells. natural is each column's widest unwrapped line,
// least the width no column goes below (its header), floor the width a
// column is raised to before any column grows further, weight how fast a
// column grows relative to the others. Columns grow one cell at a time,
// always the one furthest below its weighted share: first up to their
// floors, then up to their natural widths, until the budget is spent. When
// even the least widths do not fit, they are returned: the table is then
// wider than asked, but no text is lost.
func fitColumns(natural, least, floor, weight []int, budget int) []int {
	w := make([]int, len(natural))
	sum := 0
	for i, n := range natural {
		w[i] = min(n, least[i])
		sum += w[i]
	}
	for _, limit := range [][]int{floor, natural} {
		for sum < budget {
			best := -1
			for i := range w {
				if w[i] >= min(limit[i], natural[i]) {
					continue
				}
				// w[i]/weight[i] < w[best]/weight[best]
				if best < 0 || w[i]*weight[best] < w[best]*weight[i] {
					best = i
				}
			}
			if best < 0 {
				break
			}
			w[best]++
			sum++
		}
	}
	return w
}

// widestLine is the display width of the widest line of s.
func widestLine(s string) int {
	m := 0
	for line := range strings.SplitSeq(s, "\n") {
		m = max(m, textWidth(line))
	}
	return m
}
