package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"
	"golang.org/x/text/language"

	"github.com/tally-qa/tally/check"
	"github.com/tally-qa/tally/corpus"
	"github.com/tally-qa/tally/document"
	"github.com/tally-qa/tally/numbers"
	"github.com/tally-qa/tally/report"
)

// The flags several commands share. Each call makes new values: urfave/cli
// writes into a flag when it parses, so two apps (two runs in one process,
// as in the tests) must not share one.

func formatFlag() cli.Flag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table",
		Usage: "output format: table, json, csv or markdown"}
}

func langFlag() cli.Flag {
	return &cli.StringSliceFlag{Name: "lang",
		Usage: "language of the files, in file order (--lang de,en) or by file (--lang a.txt=de); default: from the file name (x.de.txt), else from the text"}
}

func colorFlag() cli.Flag {
	return &cli.StringFlag{Name: "color", Value: "auto",
		Usage: "colour the table: auto (on a terminal, unless NO_COLOR is set), always or never"}
}

func maxSizeFlag() cli.Flag {
	return &cli.Int64Flag{Name: "max-size", Value: document.DefaultMaxSize,
		Usage: "largest file read, in bytes; larger files are reported and left out"}
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check that the numbers of the language versions agree",
		ArgsUsage: "FILE FILE... | DIR",
		Description: `Checks every version against the source version (--source; default English if present,
else the first file) and reports what disagrees. Given a folder, finds the sets of language
versions in it and checks each set.

Examples:
   tally check article.de.txt article.en.txt
   tally check --format json article.de.txt article.en.txt
   tally check --fail-on warning --source de a.de.txt a.en.txt a.fr.txt
   tally check --jobs 4 corpus/

Flags may come before or after the files.`,
		Flags: []cli.Flag{
			formatFlag(), langFlag(), colorFlag(), maxSizeFlag(),
			&cli.StringFlag{Name: "source", Usage: "the source version: a language (en) or one of the files"},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding is at least this severe: info, warning or error"},
			&cli.BoolFlag{Name: "all", Usage: "also list the facts that agree"},
			&cli.StringFlag{Name: "pairs", Value: "source", Usage: "which versions to compare: source (each against the source) or all (every pair)"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "sets checked at once in a folder", DefaultText: "the number of CPUs"},
			&cli.StringFlag{Name: "group", Value: "auto", Usage: "how to find the sets in a folder: name, content or auto"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
			&cli.IntFlag{Name: "width", Usage: "width of the table in columns", DefaultText: "the terminal's, else 120"},
		},
		Action: runCheck,
	}
}

// checkSettings are the flags of check, parsed and validated.
type checkSettings struct {
	format report.Format
	failOn check.Severity
	opt    check.SetOptions
	ropt   report.Options
}

func parseCheckSettings(c *cli.Context) (*checkSettings, error) {
	var s checkSettings
	var err error
	if err := nonNegative(c, "jobs", "width", "max-size"); err != nil {
		return nil, err
	}
	if s.format, err = report.ParseFormat(c.String("format")); err != nil {
		return nil, usageError("--format: %v", err)
	}
	if s.failOn, err = check.ParseSeverity(c.String("fail-on")); err != nil || s.failOn == check.OK {
		return nil, usageError("--fail-on takes info, warning or error, not %q", c.String("fail-on"))
	}
	if _, err := corpus.ParseMode(c.String("group")); err != nil {
		return nil, usageError("--group: %v", err)
	}
	switch c.String("pairs") {
	case "source":
	case "all":
		s.opt.AllPairs = true
	default:
		return nil, usageError("--pairs takes source or all, not %q", c.String("pairs"))
	}
	s.opt.Source = c.String("source")
	s.opt.All = c.Bool("all")
	s.opt.Read.MaxSize = c.Int64("max-size")
	s.ropt.All = s.opt.All
	s.ropt.Width = tableWidth(c.Int("width"), c.App.Writer)
	if s.ropt.Color, err = colorWanted(c.String("color"), c.App.Writer); err != nil {
		return nil, err
	}
	return &s, nil
}

// nonNegative refuses a negative value of the named number flags, which
// would otherwise fall back to the default without a word (0 means the
// default, as when the flag is not given).
func nonNegative(c *cli.Context, names ...string) error {
	for _, n := range names {
		if !c.IsSet(n) {
			continue
		}
		if v := c.Int64(n); v < 0 {
			return usageError("--%s takes a number of 0 or more (0: the default), not %d", n, v)
		}
	}
	return nil
}

// tableWidth is the width a table is wrapped to: the --width flag when
// given, else the terminal's width when w is a terminal, else 0 (the
// report's default). A pipe or a file gets the same output whatever
// terminal the command ran in.
func tableWidth(flag int, w io.Writer) int {
	if flag > 0 {
		return flag
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return 0
}

// colorWanted decides on colour: never, always, or auto (a terminal that
// does not ask for NO_COLOR).
func colorWanted(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "never":
		return false, nil
	case "always":
		return true, nil
	case "auto":
		f, ok := w.(*os.File)
		return ok && report.ColorEnabled(f), nil
	}
	return false, usageError("--color takes auto, always or never, not %q", mode)
}

func runCheck(c *cli.Context) error {
	s, err := parseCheckSettings(c)
	if err != nil {
		return err
	}
	args := c.Args().Slice()
	if len(args) == 0 {
		return usageError("check needs two or more files, or a folder (see tally check --help)")
	}
	if len(args) == 1 {
		if fi, err := os.Stat(args[0]); err == nil && fi.IsDir() {
			return runBatch(c, s, args[0])
		}
	}
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && fi.IsDir() {
			return usageError("%s is a folder: give either files or one folder", a)
		}
	}
	if err := sameFiles(args); err != nil {
		return err
	}
	langs, err := parseLangs(c.StringSlice("lang"), args)
	if err != nil {
		return err
	}
	job := check.Job{Name: setName(args), Paths: args, Langs: langs}
	set, failed := check.Set(job, s.opt)
	r := &check.Report{Sets: []check.SetResult{}, Failed: failed}
	if len(set.Files) >= 2 {
		r.Sets = append(r.Sets, set)
		r.Totals = set.Counts
	} else if len(failed) == 0 {
		return usageError("check needs two or more language versions; got %d (%s)", len(set.Files), strings.Join(args, ", "))
	}
	if len(failed) > 0 && len(r.Sets) == 0 {
		for _, p := range failed {
			fmt.Fprintf(c.App.ErrWriter, "tally: %s: %s\n", p.Path, p.Reason)
		}
		return &exitError{code: exitTrouble}
	}
	return finish(c, s, r, nil)
}

// sameFiles refuses a file given twice (under one name or two): a version
// checked against itself always agrees, which hides the mistake.
func sameFiles(paths []string) error {
	infos := make([]os.FileInfo, len(paths))
	for i, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			continue // reading the file reports it
		}
		for j := range i {
			if infos[j] != nil && os.SameFile(infos[j], fi) {
				if paths[j] == p {
					return usageError("%s: the file is given twice", p)
				}
				return usageError("%s: the same file as %s, given twice", p, paths[j])
			}
		}
		infos[i] = fi
	}
	return nil
}

// finish writes the report, its sets taken from r or, for a batch, from
// stored, and turns it into the exit code.
func finish(c *cli.Context, s *checkSettings, r *check.Report, stored report.SetStore) error {
	var err error
	if stored != nil {
		err = report.WriteStored(c.App.Writer, s.format, r, stored, s.ropt)
	} else {
		err = report.Write(c.App.Writer, s.format, r, s.ropt)
	}
	if err != nil {
		return &exitError{code: exitTrouble, err: err} // "report: write json: …"
	}
	if len(r.Failed) > 0 {
		for _, p := range r.Failed {
			fmt.Fprintf(c.App.ErrWriter, "tally: %s: %s\n", p.Path, p.Reason)
		}
		return &exitError{code: exitTrouble}
	}
	if r.Totals.Max() >= s.failOn {
		return &exitError{code: exitFindings}
	}
	return nil
}

// setName names a set of files by what their names share: a.de.txt and
// a.en.txt make "a". The shared part must end where a name element ends,
// not inside one (000_x and 001_y share "00", which names nothing): then the
// stems are joined with "+".
func setName(paths []string) string {
	stems := make([]string, len(paths))
	for i, p := range paths {
		b := filepath.Base(p)
		stems[i] = strings.TrimSuffix(b, filepath.Ext(b))
	}
	isSep := func(b byte) bool { return strings.IndexByte("._- ", b) >= 0 }
	prefix := stems[0]
	for _, s := range stems[1:] {
		for !strings.HasPrefix(s, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	whole := prefix != ""
	for _, s := range stems {
		if len(s) > len(prefix) && prefix != "" && !isSep(s[len(prefix)]) && !isSep(prefix[len(prefix)-1]) {
			whole = false
		}
	}
	if name := strings.TrimRight(prefix, "._- "); whole && name != "" {
		return name
	}
	return strings.Join(stems, "+")
}

// parseLangs reads --lang: tags in file order ("de,en") or by file
// ("a.txt=de").
func parseLangs(values []string, paths []string) (map[string]language.Tag, error) {
	langs := map[string]language.Tag{}
	var inOrder []string
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if file, tag, ok := strings.Cut(part, "="); ok {
				t, err := parseLang(tag)
				if err != nil {
					return nil, err
				}
				langs[file] = t
				continue
			}
			inOrder = append(inOrder, part)
		}
	}
	if len(inOrder) > len(paths) {
		return nil, usageError("--lang names %d languages for %d files", len(inOrder), len(paths))
	}
	for i, tag := range inOrder {
		t, err := parseLang(tag)
		if err != nil {
			return nil, err
		}
		langs[paths[i]] = t
	}
	return langs, nil
}

func parseLang(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, usageError("--lang %q is not a language tag (try de, en, fr, pt-BR)", s)
	}
	if !numbers.Supported(t) {
		return language.Und, usageError("--lang %s: tally does not read numbers in this language yet (it reads %s)", t, languageList())
	}
	return t, nil
}

func languageList() string {
	var names []string
	for _, t := range numbers.Languages() {
		names = append(names, t.String())
	}
	return strings.Join(names, ", ")
}

// readOne reads a file as one language version for numbers and align.
func readOne(path, lang string, maxSize int64) (*document.Document, error) {
	opt := document.Options{MaxSize: maxSize}
	if lang != "" {
		t, err := parseLang(lang)
		if err != nil {
			return nil, err
		}
		opt.Lang = t
	}
	docs, err := document.Read(path, opt)
	if err != nil {
		return nil, inputError(err)
	}
	return docs[0], nil
}

func numbersCommand() *cli.Command {
	return &cli.Command{
		Name:      "numbers",
		Usage:     "print the numeric facts tally reads in a file, one JSON object a line",
		ArgsUsage: "FILE",
		Description: `Prints every numeric fact of FILE as tally reads it, for debugging and scripts.

Example:
   tally numbers --lang de article.de.txt`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "lang", Usage: "the file's language (BCP 47: de, en, pt-BR); default: from the name, else the text"},
			maxSizeFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError("numbers takes one file (see tally numbers --help)")
			}
			if err := nonNegative(c, "max-size"); err != nil {
				return err
			}
			d, err := readOne(c.Args().First(), c.String("lang"), c.Int64("max-size"))
			if err != nil {
				return err
			}
			enc := json.NewEncoder(c.App.Writer)
			enc.SetEscapeHTML(false)
			// read as check reads them: the document's dates settle each other's order
			paras := make([][]numbers.Fact, len(d.Paragraphs))
			for i, p := range d.Paragraphs {
				paras[i] = numbers.Extract(p.Text, d.Lang)
			}
			numbers.ResolveContext(paras)
			for i, facts := range paras {
				for _, f := range facts {
					if err := enc.Encode(factJSON(i+1, f)); err != nil {
						return err
					}
				}
			}
			return nil
		},
	}
}

// factLine is the JSON form of one fact printed by tally numbers.
type factLine struct {
	Paragraph int      `json:"paragraph"`
	Offset    int      `json:"offset"`
	Text      string   `json:"text"`
	Kind      string   `json:"kind"`
	Value     string   `json:"value"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	Low       string   `json:"low,omitempty"`
	High      string   `json:"high,omitempty"`
	Scale     string   `json:"scale,omitempty"`
	Alt       string   `json:"alt,omitempty"`
	Spelled   bool     `json:"spelled,omitempty"`
	Per       string   `json:"per,omitempty"`
	Notes     []string `json:"notes,omitempty"`
}

func factJSON(para int, f numbers.Fact) factLine {
	l := factLine{Paragraph: para, Offset: f.Offset, Text: f.Text, Kind: string(f.Kind),
		Value: f.Value.Text('f'), Unit: f.Unit, Qualifier: string(f.Qualifier), Scale: f.Scale,
		Spelled: f.Spelled, Per: f.Per, Notes: f.Notes}
	switch {
	case f.Kind == numbers.Code:
		l.Value = f.Text
	case f.ISO != "":
		l.Value = f.ISO
	}
	if f.Low != nil && f.High != nil {
		l.Low, l.High = f.Low.Text('f'), f.High.Text('f')
	}
	if f.Alt != nil {
		l.Alt = f.Alt.Text('f')
	}
	return l
}

func alignCommand() *cli.Command {
	return &cli.Command{
		Name:      "align",
		Usage:     "print the paragraph alignment of two language versions",
		ArgsUsage: "SOURCE TARGET",
		Description: `Shows which paragraphs tally pairs up, with a score for each link, side by side or as JSON
(1-based paragraph numbers).

Example:
   tally align --format json article.en.txt article.de.txt`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "table or json"},
			langFlag(), maxSizeFlag(),
			&cli.IntFlag{Name: "width", Usage: "width of the table in columns", DefaultText: "the terminal's, else 120"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usageError("align takes two files (see tally align --help)")
			}
			f, err := report.ParseFormat(c.String("format"))
			if err != nil || (f != report.Table && f != report.JSON) {
				return usageError("align --format takes table or json, not %q", c.String("format"))
			}
			paths := c.Args().Slice()
			if err := sameFiles(paths); err != nil {
				return err
			}
			if err := nonNegative(c, "width", "max-size"); err != nil {
				return err
			}
			langs, err := parseLangs(c.StringSlice("lang"), paths)
			if err != nil {
				return err
			}
			var docs [2]*document.Document
			for i, p := range paths {
				lang := ""
				if t, ok := langs[p]; ok {
					lang = t.String()
				}
				if docs[i], err = readOne(p, lang, c.Int64("max-size")); err != nil {
					return err
				}
			}
			links := check.Align(docs[0], docs[1], check.Options{})
			view := report.AlignmentView{SourceFile: docs[0].Path, TargetFile: docs[1].Path}
			for _, l := range links {
				al := report.AlignedLink{Source: oneBased(l.Source), Target: oneBased(l.Target), Score: l.Score}
				al.SourceText = joinParagraphs(docs[0], l.Source)
				al.TargetText = joinParagraphs(docs[1], l.Target)
				view.Links = append(view.Links, al)
			}
			return report.WriteAlignment(c.App.Writer, f, view, report.Options{Width: tableWidth(c.Int("width"), c.App.Writer)})
		},
	}
}

func oneBased(idx []int) []int {
	out := make([]int, len(idx))
	for i, v := range idx {
		out[i] = v + 1
	}
	return out
}

func joinParagraphs(d *document.Document, idx []int) string {
	var parts []string
	for _, i := range idx {
		parts = append(parts, d.Paragraphs[i].Text)
	}
	return strings.Join(parts, " ¶ ")
}
