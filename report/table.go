package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/tally-qa/tally/check"
)

// tableOverhead is what borders and padding add to the content widths of a
// table of n columns: "│ " before each cell, " " after it, and a final "│".
func tableOverhead(n int) int { return 3*n + 1 }

// column describes one column of a rendered table.
type column struct {
	header string
	floor  int // width granted before other columns grow
	weight int // relative growth
}

// renderTable lays out rows of cells under the columns so that the whole
// table fits opt.width(), wrapping (never cutting) the text, and writes it.
func renderTable(w io.Writer, cols []column, rows [][]cell, opt Options) error {
	natural := make([]int, len(cols))
	least := make([]int, len(cols))
	floor := make([]int, len(cols))
	weight := make([]int, len(cols))
	for i, c := range cols {
		least[i] = textWidth(c.header)
		natural[i] = least[i]
		floor[i] = max(c.floor, least[i])
		weight[i] = max(c.weight, 1)
	}
	for _, r := range rows {
		for i, c := range r {
			natural[i] = max(natural[i], widestLine(c.text))
		}
	}
	widths := fitColumns(natural, least, floor, weight, opt.width()-tableOverhead(len(cols)))

	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone), // wrapped here, to widths that fit
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.Off),
		tablewriter.WithRendition(tw.Rendition{Settings: tw.Settings{
			Separators: tw.Separators{BetweenRows: tw.On},
		}}),
	)
	hdr := make([]any, len(cols))
	for i, c := range cols {
		hdr[i] = c.header
	}
	t.Header(hdr...)
	for _, r := range rows {
		out := make([]any, len(r))
		for i, c := range r {
			out[i] = c.render(widths[i], opt.Color)
		}
		if err := t.Append(out...); err != nil {
			return fmt.Errorf("report: table row: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("report: render table: %w", err)
	}
	return nil
}

// findingColumns are the columns of the findings table, for an editor.
var findingColumns = []column{
	{header: "severity", floor: 7, weight: 1},
	{header: "where", floor: 10, weight: 1},
	{header: "source", floor: 12, weight: 2},
	{header: "target", floor: 12, weight: 2},
	{header: "why", floor: 24, weight: 6},
	{header: "fix", floor: 12, weight: 2},
}

// findingRow builds the cells of one finding.
func findingRow(f *check.Finding, opt Options) []cell {
	src, tgt := plainCell(orDash(f.SourceText)), plainCell(orDash(f.TargetText))
	if opt.Color && f.Severity != check.OK {
		src.styles, tgt.styles = diffStyles(src.text, tgt.text)
	}
	if opt.Verbose {
		src = withContext(src, f.SourceContext)
		tgt = withContext(tgt, f.TargetContext)
	}
	why := f.Message
	if opt.Verbose {
		why = kindLabel(f) + ": " + why
	}
	return []cell{
		wholeCell(f.Severity.String(), severityStyle(f.Severity)),
		plainCell(where(sideLabel(f.SourceLang, f.SourceFile, f, opt), f.SourceParagraph, f.SourceLine, f.SourceUnit) + "\n" +
			where(sideLabel(f.TargetLang, f.TargetFile, f, opt), f.TargetParagraph, f.TargetLine, f.TargetUnit)),
		src,
		tgt,
		plainCell(why),
		plainCell(f.Suggestion),
	}
}

// kindLabel is "mismatch" or "mismatch/scale" (kind and cause).
func kindLabel(f *check.Finding) string {
	if f.Cause == "" {
		return f.Kind
	}
	return f.Kind + "/" + f.Cause
}

// withContext adds a dimmed line with the fact's sentence under the fact.
func withContext(c cell, context string) cell {
	if context == "" {
		return c
	}
	ctx := sanitize("« " + context + " »")
	start := len(c.text) + 1
	c.text += "\n" + ctx
	c.styles = append(c.styles, styled{span{start, len(c.text)}, ansiDim})
	return c
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// sideLabel names one side of a finding in the "where" column: its language
// code, which the set heading ties to a file ("de"), or the file's base name
// when both sides are in one language or opt.FullPaths asks for paths.
func sideLabel(lang, file string, f *check.Finding, opt Options) string {
	if lang == "" || f.SourceLang == f.TargetLang || opt.FullPaths {
		return displayPath(file, opt)
	}
	return lang
}

// where writes one side's position: "de ¶8", "de ¶3 l.7" (the line, when
// it is not the paragraph number), "doc.xlf ¶3 #u7", or "en —" when that
// side has no paragraph.
func where(label string, para, line int, unit string) string {
	var b strings.Builder
	b.WriteString(label)
	if para > 0 {
		b.WriteString(" ¶" + strconv.Itoa(para))
	} else {
		b.WriteString(" —")
	}
	if line > 0 && line != para {
		b.WriteString(" l." + strconv.Itoa(line))
	}
	if unit != "" {
		b.WriteString(" #" + unit)
	}
	return b.String()
}

// displayPath shortens a path to its base name unless opt.FullPaths.
func displayPath(p string, opt Options) string {
	if p == "" {
		return "?"
	}
	if opt.FullPaths {
		return p
	}
	return filepath.Base(p)
}

// setHeading names a set and its versions, source first:
// "bericht: 000-de.txt (de) → 001-en.txt (en)".
func setHeading(s *check.SetResult, opt Options) string {
	if len(s.Files) == 0 {
		return s.Name
	}
	src := sourceIndex(s.Files)
	name := func(f check.FileInfo) string { return displayPath(f.Path, opt) + " (" + langName(f.Lang) + ")" }
	var tgts []string
	for i, f := range s.Files {
		if i != src {
			tgts = append(tgts, name(f))
		}
	}
	head := s.Name + ": " + name(s.Files[src])
	if len(tgts) > 0 {
		head += " → " + strings.Join(tgts, ", ")
	}
	return head
}

// writeTable renders the terminal report.
func writeTable(w io.Writer, in *input, opt Options) error {
	ew := &errWriter{w: w}
	batch := in.isBatch()
	if batch && in.nsets > 0 {
		ew.line("Sets")
		if err := writeSetSummary(ew, in, opt); err != nil {
			return err
		}
	}
	i := -1
	for s := range in.sets {
		i++
		fs := visible(s, opt)
		if batch && len(fs) == 0 && !opt.Verbose {
			continue
		}
		if batch || i > 0 {
			ew.line("")
		}
		ew.line(wrapText(setHeading(s, opt), opt.width()))
		if len(fs) == 0 {
			if batch { // a single set says so in the summary line
				ew.line("No disagreements: the versions agree.")
			}
			continue
		}
		rows := make([][]cell, len(fs))
		for j := range fs {
			rows[j] = findingRow(&fs[j], opt)
		}
		if ew.err == nil {
			ew.err = renderTable(ew.w, findingColumns, rows, opt)
		}
	}
	writeProblems(ew, in.Report, opt)
	if batch || in.nsets > 0 {
		ew.line("")
	}
	ew.line(summaryLine(in.totals(), in.stats()))
	if p := problemsLine(in.Report); p != "" {
		ew.line(p)
	}
	return ew.err
}

// setColumns are the columns of a batch's per-set summary.
var setColumns = []column{
	{header: "set", floor: 12, weight: 4},
	{header: "languages", floor: 9, weight: 2},
	{header: "links", weight: 1},
	{header: "facts", weight: 1},
	{header: "errors", weight: 1},
	{header: "warnings", weight: 1},
	{header: "notes", weight: 1},
}

func writeSetSummary(ew *errWriter, in *input, opt Options) error {
	rows := make([][]cell, 0, in.nsets)
	for s := range in.sets {
		c, st := setCounts(s), statsOf(s)
		errs := plainCell(strconv.Itoa(c.Errors))
		if c.Errors > 0 {
			errs = wholeCell(errs.text, ansiError)
		}
		warns := plainCell(strconv.Itoa(c.Warnings))
		if c.Warnings > 0 {
			warns = wholeCell(warns.text, ansiWarning)
		}
		rows = append(rows, []cell{
			plainCell(s.Name), plainCell(languages(s)),
			plainCell(strconv.Itoa(st.Links)), plainCell(strconv.Itoa(st.Facts)),
			errs, warns, plainCell(strconv.Itoa(c.Infos)),
		})
	}
	if ew.err != nil {
		return ew.err
	}
	ew.err = renderTable(ew.w, setColumns, rows, opt)
	return ew.err
}

// writeProblems lists unpaired, skipped and failed files with reasons.
func writeProblems(ew *errWriter, r *check.Report, opt Options) {
	width := opt.width()
	if len(r.Unpaired) > 0 {
		ew.line("")
		ew.line("Unpaired (no other language version found):")
		for _, f := range r.Unpaired {
			ew.line(indentWrap(fmt.Sprintf("%s (%s)", f.Path, langName(f.Lang)), width))
		}
	}
	for _, g := range []struct {
		title string
		list  []check.Problem
	}{{"Skipped:", r.Skipped}, {"Failed:", r.Failed}} {
		if len(g.list) == 0 {
			continue
		}
		ew.line("")
		ew.line(g.title)
		for _, p := range g.list {
			ew.line(indentWrap(p.Path+": "+p.Reason, width))
		}
	}
}

// wrapText wraps sanitized s to width and joins the lines.
func wrapText(s string, width int) string {
	s = sanitize(s)
	var b strings.Builder
	for i, sp := range wrapSpans(s, width) {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s[sp.start:sp.end])
	}
	return b.String()
}

// indentWrap writes s as a list item: "  - " and continuation lines
// indented to match.
func indentWrap(s string, width int) string {
	return "  - " + strings.ReplaceAll(wrapText(s, width-4), "\n", "\n    ")
}

// errWriter writes lines until the first error and keeps it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) line(s string) {
	if e.err != nil {
		return
	}
	_, e.err = io.WriteString(e.w, s+"\n")
}
