package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// AlignmentView is a paragraph alignment of two versions, as "tally align"
// shows it. The caller converts its alignment into this view.
type AlignmentView struct {
	SourceFile string
	TargetFile string
	Links      []AlignedLink
}

// AlignedLink pairs source paragraphs with target paragraphs. A side with
// no paragraph (a paragraph left unaligned) has an empty list.
type AlignedLink struct {
	Source     []int   // 1-based paragraph numbers
	Target     []int   // 1-based paragraph numbers
	Score      float64 // how sure the aligner is, 0 to 1
	SourceText string  // the source paragraphs' text, joined
	TargetText string  // the target paragraphs' text, joined
}

// alignExcerpt is how many display cells of a paragraph the alignment table
// shows.
const alignExcerpt = 60

// WriteAlignment renders a in format f to w. The table shows the two sides
// next to each other, each paragraph cut to one line of at most 60
// characters; JSON is
// an array of {"source": [1], "target": [1, 2], "score": 0.93}, with the
// texts added when opt.Verbose; CSV and Markdown carry the texts in full.
func WriteAlignment(w io.Writer, f Format, a AlignmentView, opt Options) error {
	switch f {
	case Table:
		return alignTable(w, a, opt)
	case JSON:
		return alignJSON(w, a, opt)
	case CSV:
		return alignCSV(w, a)
	case Markdown:
		return alignMarkdown(w, a, opt)
	}
	return fmt.Errorf("report: unknown format %q", string(f))
}

// JSONLink is one link in the alignment JSON.
type JSONLink struct {
	Source     []int   `json:"source"`
	Target     []int   `json:"target"`
	Score      float64 `json:"score"`
	SourceText string  `json:"source_text,omitempty"`
	TargetText string  `json:"target_text,omitempty"`
}

func alignJSON(w io.Writer, a AlignmentView, opt Options) error {
	out := make([]JSONLink, len(a.Links))
	for i, l := range a.Links {
		out[i] = JSONLink{Source: nonNil(l.Source), Target: nonNil(l.Target), Score: math.Round(l.Score*1000) / 1000} // three decimals: more is noise
		if opt.Verbose {
			out[i].SourceText, out[i].TargetText = l.SourceText, l.TargetText
		}
	}
	return writeJSONLines(w, out)
}

// writeJSONLines writes a JSON array with one compact element per line,
// which keeps an alignment readable and diffable.
func writeJSONLines(w io.Writer, links []JSONLink) error {
	ew := &errWriter{w: w}
	if len(links) == 0 {
		ew.line("[]")
		return ew.err
	}
	ew.line("[")
	for i, l := range links {
		b, err := json.Marshal(l)
		if err != nil {
			return fmt.Errorf("report: write json: %w", err)
		}
		sep := ","
		if i == len(links)-1 {
			sep = ""
		}
		ew.line("  " + string(b) + sep)
	}
	ew.line("]")
	return ew.err
}

// paraList writes paragraph numbers: "3", "3+4", or "—" for none.
func paraList(ps []int) string {
	if len(ps) == 0 {
		return "—"
	}
	return joinInts(ps, "+")
}

func score(s float64) string { return strconv.FormatFloat(s, 'f', 2, 64) }

// excerpt shortens sanitized paragraph text to at most n cells, on one
// line, marking a cut with "…".
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(sanitize(s)), " ")
	if textWidth(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := textWidth(string(r))
		if w+rw > n-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return strings.TrimRight(b.String(), " ") + "…"
}

var alignColumns = []column{
	{header: "¶ src", weight: 1},
	{header: "source", floor: 20, weight: 6},
	{header: "¶ tgt", weight: 1},
	{header: "target", floor: 20, weight: 6},
	{header: "score", weight: 1},
}

func alignTable(w io.Writer, a AlignmentView, opt Options) error {
	ew := &errWriter{w: w}
	ew.line(wrapText(displayPath(a.SourceFile, opt)+" → "+displayPath(a.TargetFile, opt), opt.width()))
	// Each excerpt fits its column on one line: the width less borders and
	// the three narrow columns, halved; at most alignExcerpt.
	n := min(alignExcerpt, (opt.width()-tableOverhead(len(alignColumns))-3*textWidth("score"))/2)
	rows := make([][]cell, len(a.Links))
	for i, l := range a.Links {
		sc := plainCell(score(l.Score))
		rows[i] = []cell{
			plainCell(paraList(l.Source)), plainCell(excerpt(l.SourceText, n)),
			plainCell(paraList(l.Target)), plainCell(excerpt(l.TargetText, n)), sc,
		}
	}
	if ew.err == nil {
		ew.err = renderTable(w, alignColumns, rows, opt)
	}
	ew.line(plural(len(a.Links), "link") + ".")
	return ew.err
}

func alignCSV(w io.Writer, a AlignmentView) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"source", "target", "score", "source_text", "target_text"})
	for _, l := range a.Links {
		_ = cw.Write([]string{joinInts(l.Source, " "), joinInts(l.Target, " "), score(l.Score), l.SourceText, l.TargetText})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("report: write csv: %w", err)
	}
	return nil
}

// joinInts writes paragraph numbers separated by sep ("" for none).
func joinInts(ps []int, sep string) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = strconv.Itoa(p)
	}
	return strings.Join(s, sep)
}

func alignMarkdown(w io.Writer, a AlignmentView, opt Options) error {
	ew := &errWriter{w: w}
	ew.line("# Alignment: " + mdCell(displayPath(a.SourceFile, opt)) + " → " + mdCell(displayPath(a.TargetFile, opt)))
	ew.line("")
	mdTable(ew, "¶ source", "source", "¶ target", "target", "score")
	for _, l := range a.Links {
		mdRow(ew, paraList(l.Source), mdCell(l.SourceText), paraList(l.Target), mdCell(l.TargetText), score(l.Score))
	}
	return ew.err
}
