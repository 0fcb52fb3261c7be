package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var out, errb bytes.Buffer
	if code := run([]string{"-sets", "4", "-seed", "9", "-unpaired", "2", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "4 sets") || !strings.Contains(out.String(), "2 unpaired") {
		t.Errorf("stdout %q", out.String())
	}
	out.Reset()
	art := filepath.Join(t.TempDir(), "art")
	if code := run([]string{"-sets", "4", "-seed", "9", "-style", "article", art}, &out, &errb); code != 0 {
		t.Fatalf("-style article: exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "4 sets") {
		t.Errorf("-style article: stdout %q", out.String())
	}
	for _, args := range [][]string{{}, {"-sets", "x", dir}, {"-langs", "de,xx", dir}, {"-style", "prose", dir}, {"-naming", "some", dir}} {
		errb.Reset()
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
		if errb.Len() == 0 {
			t.Errorf("run(%q): nothing on stderr", args)
		}
	}
}
