// Command gencorpus writes a synthetic corpus for tally's benchmarks and
// tests: N sets of short news articles in several languages, some with
// planted numeric errors, half named by convention and half not, plus
// files with no counterpart, and a manifest (.gencorpus.json). With
// -style article the figure paragraphs stand between paragraphs of prose
// without numbers, so that files have the size and the density of facts of
// real press releases.
//
//	go run ./internal/gencorpus -sets 1000 -seed 1 DIR
//	go run ./internal/gencorpus -sets 1000 -seed 1 -style article DIR
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sets := fs.Int("sets", 100, "number of sets of language versions")
	seed := fs.Uint64("seed", 1, "random seed: the same seed writes the same files")
	langs := fs.String("langs", strings.Join(gen.Languages, ","), "languages to draw from, comma-separated")
	unpaired := fs.Int("unpaired", 0, "files with no counterpart (0: sets/10, negative: none)")
	errRate := fs.Float64("errors", 0, "share of sets with a planted error (0: 0.3, negative: none)")
	maxLangs := fs.Int("max-langs", 0, "most versions per set (0: 4)")
	naming := fs.String("naming", "mixed", "which sets have the language in their file names: mixed (every other), all, none")
	style := fs.String("style", "dense", "what a file holds: dense (figure paragraphs alone, ~1 KB) or article (figures between prose paragraphs, 4-8 KB)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: gencorpus [flags] DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	switch *naming {
	case "mixed", "all", "none":
	default:
		fmt.Fprintf(stderr, "gencorpus: -naming takes mixed, all or none, not %q\n", *naming)
		return 2
	}
	switch *style {
	case "dense", "article":
	default:
		fmt.Fprintf(stderr, "gencorpus: -style takes dense or article, not %q\n", *style)
		return 2
	}
	dir := fs.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(stderr, "gencorpus:", err)
		return 2
	}
	m, err := gen.Generate(dir, gen.Config{
		Sets: *sets, Seed: *seed, Langs: strings.Split(*langs, ","),
		Unpaired: *unpaired, ErrorRate: *errRate, MaxLangs: *maxLangs, Naming: *naming, Style: *style,
	})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	files, errs := 0, 0
	for _, s := range m.Sets {
		files += len(s.Files)
		errs += len(s.Errors)
	}
	fmt.Fprintf(stdout, "%s: %d sets (%d files, %d planted errors), %d unpaired files\n",
		dir, len(m.Sets), files, errs, len(m.Unpaired))
	return 0
}
