package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
	"golang.org/x/text/language"

	"github.com/tally-qa/tally/check"
	"github.com/tally-qa/tally/corpus"
)

// failedReasons are the reasons of corpus.Discover's skips that mean a file
// the user meant to be checked could not be: they count as failures (exit 2).
var failedReasons = map[string]bool{corpus.ReasonBinary: true, corpus.ReasonEmpty: true}

// groupFolder walks dir and groups its files into sets, which wait on disk
// in work (the caller closes them).
// found and progress, if not nil, are told of the files found by the walk
// and of the files read for content grouping.
func groupFolder(c *cli.Context, dir string, work *workDir, maxSize int64, found func(int), progress func(done, total int)) (*corpus.Listing, *corpus.Sets, error) {
	mode, err := corpus.ParseMode(c.String("group"))
	if err != nil {
		return nil, nil, usageError("--group: %v", err)
	}
	contentRead, restore := collectorPhases(progress)
	l, sets, err := corpus.GroupFolder(dir, corpus.Options{MaxSize: maxSize, Found: found},
		corpus.GroupOptions{Mode: mode, MaxSize: maxSize, Workers: c.Int("jobs"), Progress: contentRead, TempDir: work.path})
	restore()
	if err != nil {
		return nil, nil, inputError(err)
	}
	return l, sets, nil
}

// collectorPhases wraps content grouping's Progress callback progress (nil:
// none) so that the collector runs at groupGCPercent from the moment
// content grouping starts reading files (the first call, made under a
// lock), and at graphGCPercent once it has read them all (the call with
// done == total). restore puts back the target it found.
func collectorPhases(progress func(done, total int)) (wrapped func(done, total int), restore func()) {
	undo := func() {}
	wrapped = func(done, total int) {
		if done == 1 {
			undo = setGCPercent(groupGCPercent)
		}
		if done == total {
			setGCPercent(graphGCPercent) // undo still goes back to the first target
		}
		if progress != nil {
			progress(done, total)
		}
	}
	return wrapped, func() { undo() }
}

// groupGCPercent is the garbage collector's target while files are
// grouped by content, unless GOGC says otherwise: Go's default, not
// gcPercent. Content grouping keeps about 0.15 kB for every file whose name
// says nothing until the sets are formed, so its heap grows with such
// files, and the collector's headroom multiplies that: 35,000 anonymous
// article sets (108,785 files) peaked at 149-157 MB of RSS at 200 and
// 112-118 MB at 100, for no CPU time that could be told from the noise.
// The walk and the grouping by name hold little, and run at gcPercent
// (tally sets on 10,000 dense named sets: 0.34 s of CPU at 100, 0.30 s
// at 200).
const groupGCPercent = 100

// graphGCPercent is the collector's target, unless GOGC says otherwise,
// once content grouping has read every file and builds its graph of
// documents: the one part of a batch whose live heap grows with the
// corpus (about 0.15 kB a file whose name says nothing), held in a few
// large arrays without pointers, which a collection marks at almost no
// cost, while little else is allocated. At 100 the heap grew to twice
// that live graph before a collection; at 25 to a quarter more. 35,000
// anonymous article sets (108,785 files): peak RSS of tally check 91 -> 63
// MB, of tally sets 87 -> 62 MB; CPU the same within the noise.
const graphGCPercent = 25

// runBatch checks every set of versions found under dir.
func runBatch(c *cli.Context, s *checkSettings, dir string) error {
	work, err := newWorkDir(c.App.ErrWriter)
	if err != nil {
		return inputError(err)
	}
	defer work.close()
	quiet := c.Bool("quiet")
	walkBar := newBar(c.App.ErrWriter, quiet, "finding", "files")
	groupBar := newBar(c.App.ErrWriter, quiet, "reading", "files")
	found := func(n int) { walkBar.update(n, -1) } // -1: a count, no total
	l, g, err := groupFolder(c, dir, work, s.opt.Read.MaxSize, found, func(done, total int) {
		walkBar.finish()
		groupBar.update(done, total)
	})
	walkBar.finish()
	groupBar.finish()
	if err != nil {
		return err
	}
	defer g.Close()
	rule, err := corpus.NewSourceRule(s.opt.Source, g.CommonLanguage(), g.All())
	if err != nil {
		return usageError("--source: %v", err)
	}
	// The checked sets wait on disk for the report, so that memory does not
	// grow with the size of the corpus.
	spool, err := check.NewSpool(work.path)
	if err != nil {
		return inputError(err)
	}
	defer spool.Close()
	bar := newBar(c.App.ErrWriter, quiet, "checking", "sets")
	jobs := func(yield func(check.Job) bool) {
		for set := range g.All() {
			if !yield(jobFor(*set, rule.Pick(set))) {
				return
			}
		}
	}
	setOpt := s.opt
	setOpt.Read.Listed = true // every file of a set was found regular by the walk
	r := check.BatchSeq(g.Len(), jobs, check.BatchOptions{SetOptions: setOpt, Jobs: c.Int("jobs"), Progress: bar.update, Emit: spool.Add})
	bar.finish()
	if err := g.Err(); err != nil {
		return inputError(err)
	}

	for _, m := range g.Unpaired {
		r.Unpaired = append(r.Unpaired, check.FileInfo{Path: m.Path, Lang: langString(m.Lang), LangSource: m.LangSource})
	}
	for _, sk := range l.Skipped {
		p := check.Problem{Path: sk.Path, Reason: skipReason(sk)}
		if failedReasons[sk.Reason] {
			r.Failed = append(r.Failed, p)
		} else {
			r.Skipped = append(r.Skipped, p)
		}
	}
	for _, sk := range failedFiles(l, g) {
		r.Failed = append(r.Failed, check.Problem{Path: sk.Path, Reason: skipReason(sk)})
	}
	sort.SliceStable(r.Failed, func(i, j int) bool { return r.Failed[i].Path < r.Failed[j].Path })
	err = finish(c, s, r, spool)
	if g.Len() == 0 && err == nil {
		// Nothing was checked: a wrong folder must not pass as a clean one.
		return inputError(fmt.Errorf("%s: no set of language versions found", dir))
	}
	return err
}

// failedFiles lists the files the walk and the grouping could not take in
// (the walk's first, each list sorted by path).
func failedFiles(l *corpus.Listing, g *corpus.Sets) []corpus.Skip {
	return append(append([]corpus.Skip{}, l.Failed...), g.Failed...)
}

// jobFor turns a set found in a folder into a check job; the languages found
// while grouping are passed on so that no file is identified twice.
func jobFor(set corpus.Set, source int) check.Job {
	n := len(set.Members)
	job := check.Job{Name: set.Name, Langs: make(map[string]language.Tag, n), Paths: make([]string, 0, n)}
	for _, m := range set.Members {
		// A set has a few members: a look through the paths so far finds
		// a bilingual file, which holds several, without a map.
		if slices.Contains(job.Paths, m.Path) {
			delete(job.Langs, m.Path)
			continue
		}
		job.Paths = append(job.Paths, m.Path)
		if m.Lang != language.Und {
			job.Langs[m.Path] = m.Lang
		}
	}
	if source >= 0 && source < len(set.Members) {
		m := set.Members[source]
		job.Source = m.Path
		if len(job.Paths) < len(set.Members) { // bilingual: name the language, not the file
			job.Source = m.Lang.String()
		}
	}
	return job
}

func skipReason(sk corpus.Skip) string {
	if sk.Detail == "" {
		return sk.Reason
	}
	return sk.Reason + " (" + sk.Detail + ")"
}

func langString(t language.Tag) string {
	if t == language.Und {
		return ""
	}
	return t.String()
}

// bar is a progress bar on stderr, drawn only on a terminal.
type bar struct {
	desc string
	unit string // what is counted: "files", "sets"
	w    io.Writer
	on   bool
	pb   *progressbar.ProgressBar
	made time.Time // when pb was made, at the first update
	done bool      // finished: later updates are ignored
}

// barDelay is how long a bar with a total waits after its first update
// before it is drawn: a phase shorter than that shows nothing, and the
// first rate shown
// is measured over at least that long (drawn at the first update, which
// comes after the first 256 files, it showed millions of files a second).
const barDelay = 200 * time.Millisecond

func newBar(w io.Writer, quiet bool, desc, unit string) *bar {
	f, ok := w.(*os.File)
	return &bar{desc: desc, unit: unit, w: w, on: !quiet && ok && term.IsTerminal(int(f.Fd()))}
}

func (b *bar) update(done, total int) {
	if !b.on || b.done {
		return
	}
	if b.pb == nil {
		opts := []progressbar.Option{
			progressbar.OptionSetWriter(b.w),
			progressbar.OptionSetDescription(b.desc),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString(b.unit),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100_000_000),
		}
		if total >= 0 {
			// A count with no total (the walk) is a spinner, which draws
			// itself from the start: it shows the count, not a rate.
			opts = append(opts, progressbar.OptionShowIts())
		}
		b.pb = progressbar.NewOptions(total, opts...)
		b.pb.StartWithoutRender() // its clock starts now, not at the first drawing
		b.made = time.Now()
	}
	if total >= 0 && time.Since(b.made) < barDelay {
		return
	}
	_ = b.pb.Set(done)
}

func (b *bar) finish() {
	if b.pb != nil && !b.done {
		_ = b.pb.Finish()
	}
	b.done = true
}

func setsCommand() *cli.Command {
	return &cli.Command{
		Name:      "sets",
		Usage:     "show the sets of language versions found in a folder, without checking them",
		ArgsUsage: "DIR",
		Description: `Walks DIR, groups its files into sets of language versions (by name: x.de.txt, x_de.txt,
de/x.txt, x/de.txt; else by content) and prints the sets, the unpaired files and what was
skipped, so that the grouping can be seen and trusted before a check.

Example:
   tally sets corpus/
   tally sets --format json --group content corpus/`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"},
			&cli.StringFlag{Name: "group", Value: "auto", Usage: "name, content or auto"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "files read at once", DefaultText: "the number of CPUs"},
			maxSizeFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError("sets takes one folder (see tally sets --help)")
			}
			dir := c.Args().First()
			if err := nonNegative(c, "jobs", "max-size"); err != nil {
				return err
			}
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				return usageError("%s is not a folder", dir)
			}
			work, err := newWorkDir(c.App.ErrWriter)
			if err != nil {
				return inputError(err)
			}
			defer work.close()
			l, g, err := groupFolder(c, dir, work, c.Int64("max-size"), nil, nil)
			if err != nil {
				return err
			}
			defer g.Close()
			failed := failedFiles(l, g)
			for _, sk := range l.Skipped {
				if failedReasons[sk.Reason] {
					failed = append(failed, sk)
				}
			}
			switch c.String("format") {
			case "json":
				err = writeSetsJSON(c.App.Writer, l, g)
			case "text":
				err = writeSets(c.App.Writer, l, g)
			default:
				return usageError("sets --format takes text or json, not %q", c.String("format"))
			}
			if err == nil {
				err = g.Err()
			}
			if err != nil {
				return inputError(err)
			}
			if len(failed) > 0 {
				// As check does: a file that could not be read is named on
				// stderr and makes the exit code 2.
				sort.Slice(failed, func(i, j int) bool { return failed[i].Path < failed[j].Path })
				for _, sk := range failed {
					fmt.Fprintf(c.App.ErrWriter, "tally: %s: %s\n", sk.Path, skipReason(sk))
				}
				return &exitError{code: exitTrouble}
			}
			return nil
		},
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeSetsJSON writes the grouping as one JSON object, indented, with the
// sets streamed from disk: {"sets": [...], "unpaired": [...], "skipped":
// [...], "failed": [...]}.
func writeSetsJSON(out io.Writer, l *corpus.Listing, g *corpus.Sets) error {
	w := bufio.NewWriter(out)
	w.WriteString("{\n  \"sets\": [")
	n := 0
	for s := range g.All() {
		b, err := json.MarshalIndent(s, "    ", "  ")
		if err != nil {
			return err
		}
		if n > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n    ")
		w.Write(b)
		n++
	}
	if n > 0 {
		w.WriteString("\n  ")
	}
	w.WriteString("],\n")
	rest, err := json.MarshalIndent(struct {
		Unpaired []corpus.Member `json:"unpaired"`
		Skipped  []corpus.Skip   `json:"skipped"`
		Failed   []corpus.Skip   `json:"failed"`
	}{nonNil(g.Unpaired), nonNil(l.Skipped), nonNil(failedFiles(l, g))}, "", "  ")
	if err != nil {
		return err
	}
	w.Write(rest[len("{\n"):])
	w.WriteString("\n")
	return w.Flush()
}

// writeSets writes the grouping as text. Writes go through a buffer whose
// first error is kept, so a failed write (a full disk, a closed pipe) is
// returned by the final Flush rather than lost.
func writeSets(out io.Writer, l *corpus.Listing, g *corpus.Sets) error {
	w := bufio.NewWriter(out)
	for s := range g.All() {
		fmt.Fprintf(w, "set %s (by %s", s.Name, s.Basis)
		if s.Basis == corpus.BasisContent {
			fmt.Fprintf(w, ", score %.2f", s.Score)
		}
		fmt.Fprintln(w, ")")
		for _, m := range s.Members {
			fmt.Fprintf(w, "  %-6s %s (language from %s)\n", m.Lang, m.Path, m.LangSource)
		}
	}
	for _, m := range g.Unpaired {
		fmt.Fprintf(w, "unpaired %-6s %s\n", langString(m.Lang), m.Path)
	}
	counts := l.SkipCounts()
	var reasons []string
	for r, n := range counts {
		reasons = append(reasons, fmt.Sprintf("%d %s", n, r))
	}
	sort.Strings(reasons)
	if len(reasons) > 0 {
		fmt.Fprintf(w, "skipped: %s\n", strings.Join(reasons, ", "))
	}
	for _, f := range failedFiles(l, g) {
		fmt.Fprintf(w, "failed: %s\n", f)
	}
	fmt.Fprintf(w, "%d sets, %d unpaired, %d files\n", g.Len(), len(g.Unpaired), g.Stats.Files)
	return w.Flush()
}
