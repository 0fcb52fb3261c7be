package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/tally-qa/tally/check"
)

// mdEscaper escapes text for a GitHub-flavoured Markdown table cell: the
// characters that would end the cell, start markup or HTML are escaped,
// and line breaks become <br>.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "`", "\\`", "*", `\*`, "_", `\_`,
	"[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "&", "&amp;",
	"\r\n", "<br>", "\n", "<br>", "\r", "<br>",
)

// mdCell escapes s for a table cell ("—" when empty).
func mdCell(s string) string {
	if s == "" {
		return "—"
	}
	return mdEscaper.Replace(sanitize(s))
}

// mdRow writes one table row.
func mdRow(ew *errWriter, cells ...string) {
	ew.line("| " + strings.Join(cells, " | ") + " |")
}

// mdTable writes a header row and its delimiter row.
func mdTable(ew *errWriter, headers ...string) {
	mdRow(ew, headers...)
	delim := make([]string, len(headers))
	for i := range delim {
		delim[i] = "---"
	}
	mdRow(ew, delim...)
}

func writeMarkdown(w io.Writer, in *input, opt Options) error {
	ew := &errWriter{w: w}
	ew.line("# tally report")
	ew.line("")
	ew.line(mdEscaper.Replace(summaryLine(in.totals(), in.stats())))
	if p := problemsLine(in.Report); p != "" {
		ew.line("")
		ew.line(p)
	}
	batch := in.isBatch()
	if batch && in.nsets > 0 {
		ew.line("")
		ew.line("## Sets")
		ew.line("")
		mdTable(ew, "set", "languages", "links", "facts", "errors", "warnings", "notes")
		for s := range in.sets {
			c, st := setCounts(s), statsOf(s)
			mdRow(ew, mdCell(s.Name), mdCell(languages(s)), strconv.Itoa(st.Links), strconv.Itoa(st.Facts),
				strconv.Itoa(c.Errors), strconv.Itoa(c.Warnings), strconv.Itoa(c.Infos))
		}
	}
	for s := range in.sets {
		fs := visible(s, opt)
		if len(fs) == 0 && batch && !opt.Verbose {
			continue
		}
		ew.line("")
		ew.line("## " + mdEscaper.Replace(sanitize(setHeading(s, opt))))
		ew.line("")
		if len(fs) == 0 {
			ew.line("No disagreements: the versions agree.")
			continue
		}
		mdTable(ew, "severity", "where", "source", "target", "why", "fix")
		for j := range fs {
			f := &fs[j]
			why := f.Message
			if opt.Verbose {
				why = kindLabel(f) + ": " + why
			}
			mdRow(ew, f.Severity.String(),
				mdCell(where(sideLabel(f.SourceLang, f.SourceFile, f, opt), f.SourceParagraph, f.SourceLine, f.SourceUnit))+"<br>"+
					mdCell(where(sideLabel(f.TargetLang, f.TargetFile, f, opt), f.TargetParagraph, f.TargetLine, f.TargetUnit)),
				mdCell(f.SourceText), mdCell(f.TargetText), mdCell(why), mdCell(f.Suggestion))
		}
	}
	mdProblems(ew, in.Report)
	return ew.err
}

// mdProblems lists unpaired, skipped and failed files.
func mdProblems(ew *errWriter, r *check.Report) {
	if len(r.Unpaired)+len(r.Skipped)+len(r.Failed) == 0 {
		return
	}
	ew.line("")
	ew.line("## Not checked")
	ew.line("")
	for _, f := range r.Unpaired {
		ew.line("- unpaired: " + mdCell(f.Path) + " (" + mdCell(langName(f.Lang)) + "): no other language version found")
	}
	for _, g := range []struct {
		label string
		list  []check.Problem
	}{{"skipped", r.Skipped}, {"failed", r.Failed}} {
		for _, p := range g.list {
			ew.line("- " + g.label + ": " + mdCell(p.Path) + ": " + mdCell(p.Reason))
		}
	}
}
