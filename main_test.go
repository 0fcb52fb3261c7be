package main

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

var update = flag.Bool("update", false, "rewrite the golden sections of testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"tally": func() { os.Exit(run(os.Args, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the real CLI on the scripts in testdata/script: exit
// codes, stdout and stderr per command. The seed articles are available as
// $SEEDS. Run with -update to rewrite the golden sections.
func TestScripts(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkbinary":  cmdMkbinary,
			"utf16":     cmdUTF16,
			"latin1":    cmdLatin1,
			"gencorpus": cmdGencorpus,
			"waittemp":  cmdWaittemp,
		},
		Setup: func(e *testscript.Env) error {
			e.Setenv("SEEDS", filepath.Join(wd, "testdata", "seeds"))
			e.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

func TestReorderArgs(t *testing.T) {
	t.Parallel()
	app := newApp(nil, nil)
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"flags first", []string{"tally", "check", "--format", "json", "a", "b"},
			[]string{"tally", "check", "--format", "json", "--", "a", "b"}},
		{"flags last", []string{"tally", "check", "a", "b", "--format", "json"},
			[]string{"tally", "check", "--format", "json", "--", "a", "b"}},
		{"bool flag between files", []string{"tally", "check", "a", "--all", "b"},
			[]string{"tally", "check", "--all", "--", "a", "b"}},
		{"flag=value", []string{"tally", "check", "a", "b", "--format=csv"},
			[]string{"tally", "check", "--format=csv", "--", "a", "b"}},
		{"double dash keeps the rest", []string{"tally", "check", "a", "--", "--odd-name"},
			[]string{"tally", "check", "--", "a", "--odd-name"}},
		{"no command", []string{"tally", "--version"}, []string{"tally", "--version"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := reorderArgs(app, tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("reorderArgs(%q) = %q, want %q", tc.in, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("reorderArgs(%q) = %q, want %q", tc.in, got, tc.want)
				}
			}
		})
	}
}

func TestSetName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		paths []string
		want  string
	}{
		{[]string{"a/article.de.txt", "b/article.en.txt"}, "article"},
		{[]string{"report_de.md", "report_en.md"}, "report"},
		{[]string{"000_c3.txt", "001_7e.txt"}, "000_c3+001_7e"},
		{[]string{"x.txt", "y.txt"}, "x+y"},
	}
	for _, tc := range tests {
		if got := setName(tc.paths); got != tc.want {
			t.Errorf("setName(%q) = %q, want %q", tc.paths, got, tc.want)
		}
	}
}

// cmdMkbinary writes a file that is not text: NUL and control bytes.
func cmdMkbinary(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: mkbinary FILE")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("PK\x03\x04\x00\x00\x01\x02binary\x00data"), 0o644))
}

// cmdUTF16 rewrites a UTF-8 file as UTF-16LE with a BOM and CRLF line ends.
func cmdUTF16(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: utf16 SRC DST")
	}
	src := strings.ReplaceAll(ts.ReadFile(args[0]), "\n", "\r\n")
	enc := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	b, err := enc.Bytes([]byte(src))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o644))
}

// cmdLatin1 rewrites a UTF-8 file in Windows-1252: not valid UTF-8.
func cmdLatin1(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: latin1 SRC DST")
	}
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(ts.ReadFile(args[0])))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o644))
}

// cmdGencorpus writes a generated corpus of N sets (named by convention).
func cmdGencorpus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gencorpus N DIR")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	_, err = gen.Generate(ts.MkAbs(args[1]), gen.Config{Sets: n, Seed: 1, Naming: "all"})
	ts.Check(err)
}

// cmdWaittemp waits (up to a minute) until a run has made its temporary
// folder in $TMPDIR; with !, checks that there is none.
func cmdWaittemp(ts *testscript.TestScript, neg bool, args []string) {
	tmp := ts.Getenv("TMPDIR")
	find := func() []string {
		m, err := filepath.Glob(filepath.Join(tmp, "tally-*"))
		ts.Check(err)
		return m
	}
	if neg {
		if m := find(); len(m) > 0 {
			ts.Fatalf("left behind: %v", m)
		}
		return
	}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if len(find()) > 0 {
			return
		}
	}
	ts.Fatalf("no tally-* folder appeared in %s", tmp)
}
