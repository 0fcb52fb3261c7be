package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
