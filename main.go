// Command tally checks whether the numbers in the language versions of one
// document agree. It aligns the paragraphs of the versions, reads every
// numeric fact in each language's own conventions, and reports what
// disagrees, why, and how to fix it.
//
// The command (main.go, commands.go, batch.go) only maps flags to library
// calls and errors to exit codes: 0 nothing at or above --fail-on,
// 1 findings, 2 a usage error, an input that could not be read, or a folder
// with no set of versions to check; 130 when a folder run is interrupted
// (workdir.go).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/urfave/cli/v2"
)

// Exit codes: a contract with scripts and CI.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitTrouble  = 2 // usage error, an input that could not be read, or a folder with nothing to check
	// exitInterrupted (130, workdir.go): a folder run stopped by SIGINT or SIGTERM.
)

// exitError carries an exit code up to run.
type exitError struct {
	code int
	err  error // nil: exit silently with code
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError reports a mistake in the command line (exit 2).
func usageError(format string, a ...any) error {
	return &exitError{code: exitTrouble, err: fmt.Errorf(format, a...)}
}

// inputError reports an input that could not be read (exit 2).
func inputError(err error) error { return &exitError{code: exitTrouble, err: err} }

func main() {
	setGCPercent(gcPercent)
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// gcPercent is the garbage collector's target unless GOGC says otherwise.
// tally makes many short-lived values (about ten bytes allocated per byte
// of input) and keeps little: 10-20 MB live while the sets of a folder are
// checked, whatever its size. At Go's default of 100 it collected every few
// megabytes read; at 200 checking took about a tenth less CPU for some MB
// of peak memory (docs/PERFORMANCE.md). The grouping of a folder by content
// runs at groupGCPercent, then graphGCPercent (collectorPhases).
const gcPercent = 200

// setGCPercent sets the collector's target to percent unless the user has
// set GOGC, and returns what undoes it.
func setGCPercent(percent int) (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	old := debug.SetGCPercent(percent)
	return func() { debug.SetGCPercent(old) }
}

// cliMu serialises runs: urfave/cli v2 writes into its package-level
// HelpFlag each time it parses a command line, so two runs in one process
// (parallel tests) would race on it. A process running tally makes one run.
var cliMu sync.Mutex

// run runs tally with args (args[0] is the program name) and returns the
// exit code. It never calls os.Exit, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	cliMu.Lock()
	defer cliMu.Unlock()
	app := newApp(stdout, stderr)
	err := app.Run(reorderArgs(app, args))
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, "tally: "+ee.err.Error())
		}
		return ee.code
	}
	// Errors from urfave/cli itself are about the command line.
	fmt.Fprintln(stderr, "tally: "+err.Error())
	return exitTrouble
}

func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:    "tally",
		Usage:   "check that the numbers in the language versions of a document agree",
		Version: version(),
		Description: `tally aligns the paragraphs of two or more language versions of a document,
reads every numeric fact in each language's own conventions (83.790 is 83790 in German,
4 Billionen is 4,000 billion in English), and reports what disagrees, why, and how to fix it.

Examples:
   tally check article.de.txt article.en.txt
   tally check --format json --source en article.de.txt article.en.txt
   tally check corpus/                      # every set of versions in a folder
   tally numbers --lang de article.de.txt   # the facts tally reads, one JSON object a line
   tally align article.en.txt article.de.txt

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error,
130 a folder run interrupted (its temporary files removed).`,
		Writer:                 stdout,
		ErrWriter:              stderr,
		HideHelpCommand:        true,
		UseShortOptionHandling: false,
		EnableBashCompletion:   false,
		ExitErrHandler:         func(*cli.Context, error) {}, // run decides the exit code
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError("%v (see tally --help)", err)
		},
		Commands: commands(),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError("%q is not a command: use check, sets, numbers or align (see tally --help)", c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
	}
}

// commands are tally's subcommands. A mistake in a subcommand's flags is
// one line on stderr and exit 2, as at the top level; urfave/cli would
// otherwise print "Incorrect Usage" and the whole help to stdout.
func commands() []*cli.Command {
	cmds := []*cli.Command{checkCommand(), setsCommand(), numbersCommand(), alignCommand()}
	for _, cmd := range cmds {
		name := cmd.Name
		cmd.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return usageError("%v (see tally %s --help)", err, name)
		}
	}
	return cmds
}

// version is the module version tally was built from ("(devel)" in a work tree).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// reorderArgs moves the flags of a subcommand in front of its positional
// arguments: urfave/cli v2 stops reading flags at the first positional
// argument, so "tally check a.txt b.txt --format json" would otherwise take
// "--format" for a file. Everything after "--" stays positional.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	ci := -1
	var cmd *cli.Command
	for i := 1; i < len(args); i++ {
		if strings.HasPrefix(args[i], "-") {
			continue
		}
		if c := app.Command(args[i]); c != nil {
			ci, cmd = i, c
		}
		break
	}
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	out := append([]string{}, args[:ci+1]...)
	var pos []string
	rest := args[ci+1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		out = append(out, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if takesValue[name] && i+1 < len(rest) {
			i++
			out = append(out, rest[i])
		}
	}
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out
}
