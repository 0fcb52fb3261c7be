package report

import (
	"os"
	"strings"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/term"

	"github.com/tally-qa/tally/check"
)

// ANSI styles. Written only when Options.Color is set.
const (
	ansiReset   = "\x1b[0m"
	ansiError   = "\x1b[1;31m" // bold red
	ansiWarning = "\x1b[33m"   // yellow
	ansiInfo    = "\x1b[36m"   // cyan
	ansiOK      = "\x1b[32m"   // green
	ansiDiff    = "\x1b[7m"    // reverse video: the characters that differ
	ansiDim     = "\x1b[2m"    // context and secondary text
)

// ColorEnabled reports whether output to f should be coloured: f is a
// terminal, NO_COLOR is unset or empty (https://no-color.org) and TERM is
// not "dumb".
func ColorEnabled(f *os.File) bool {
	if f == nil || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}

func severityStyle(s check.Severity) string {
	switch s {
	case check.Error:
		return ansiError
	case check.Warning:
		return ansiWarning
	case check.Info:
		return ansiInfo
	}
	return ansiOK
}

// styled is an ANSI style over the byte range [start, end) of a cell's text.
type styled struct {
	span
	code string
}

// cell is the text of a table cell with the styles to apply when colour is
// on. Text is sanitized.
type cell struct {
	text   string
	styles []styled
}

func plainCell(s string) cell { return cell{text: sanitize(s)} }

func wholeCell(s, code string) cell {
	c := plainCell(s)
	c.styles = []styled{{span{0, len(c.text)}, code}}
	return c
}

// render wraps c to width and, with colour, applies its styles line by
// line, so that every line opens and closes its own escape codes.
func (c cell) render(width int, color bool) string {
	lines := wrapSpans(c.text, width)
	var b strings.Builder
	for i, ln := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if !color || len(c.styles) == 0 {
			b.WriteString(c.text[ln.start:ln.end])
			continue
		}
		pos := ln.start
		for _, st := range c.styles {
			s, e := max(st.start, ln.start), min(st.end, ln.end)
			if s >= e || s < pos {
				continue
			}
			b.WriteString(c.text[pos:s])
			b.WriteString(st.code)
			b.WriteString(c.text[s:e])
			b.WriteString(ansiReset)
			pos = e
		}
		b.WriteString(c.text[pos:ln.end])
	}
	return b.String()
}

// numberCore finds the first number in s: a digit followed by digits and
// single separators (. , ' ’ and spaces) that each stand before a digit.
// It returns the span, or ok false when s holds no digit.
func numberCore(s string) (sp span, ok bool) {
	start := strings.IndexFunc(s, isDigit)
	if start < 0 {
		return span{}, false
	}
	end := start
	for i := start; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isDigit(r):
			end = i + n
		case isGroupSep(r):
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !isDigit(next) {
				return span{start, end}, true
			}
		default:
			return span{start, end}, true
		}
		i += n
	}
	return span{start, end}, true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isGroupSep(r rune) bool {
	switch r {
	case '.', ',', '\'', ' ', '\u00a0', '\u202f', '\u2009', '\u2019':
		return true
	}
	return false
}

// diffStyles marks, in source and target text as written, the characters by
// which their first numbers differ ("83.790" against "83.79" marks the
// final 0). It returns no styles when either side has no number or the
// numbers are written alike: then a character diff would only show the
// legitimate differences between two languages' words.
func diffStyles(src, tgt string) (srcStyles, tgtStyles []styled) {
	a, okA := numberCore(src)
	b, okB := numberCore(tgt)
	if !okA || !okB || src[a.start:a.end] == tgt[b.start:b.end] {
		return nil, nil
	}
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMain(src[a.start:a.end], tgt[b.start:b.end], false)
	pa, pb := a.start, b.start
	for _, d := range diffs {
		n := len(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			pa += n
			pb += n
		case diffmatchpatch.DiffDelete:
			srcStyles = append(srcStyles, styled{span{pa, pa + n}, ansiDiff})
			pa += n
		case diffmatchpatch.DiffInsert:
			tgtStyles = append(tgtStyles, styled{span{pb, pb + n}, ansiDiff})
			pb += n
		}
	}
	return srcStyles, tgtStyles
}
