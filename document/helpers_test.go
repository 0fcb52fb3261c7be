package document

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedDir holds the project's seed articles (one paragraph per line).
const seedDir = "../testdata/seeds"

// seed returns the bytes of the seed file whose name starts with prefix.
func seed(t testing.TB, prefix string) []byte {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if err != nil || len(m) != 1 {
		t.Fatalf("seed %s: %v %v", prefix, m, err)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedLines returns the non-empty trimmed lines of a seed file.
func seedLines(t testing.TB, prefix string) []string {
	var out []string
	for _, l := range strings.Split(string(seed(t, prefix)), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// writeFile writes data to name inside a fresh temporary folder and
// returns its path.
func writeFile(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// texts returns the paragraph texts of d.
func texts(d *Document) []string {
	out := make([]string, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		out[i] = p.Text
	}
	return out
}

// mustRead reads path and fails the test on error.
func mustRead(t testing.TB, path string, opt Options) []*Document {
	t.Helper()
	docs, err := Read(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// asError checks that err is an *Error naming path.
func asError(t testing.TB, err error, path string) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	if e.Path != path || !strings.HasPrefix(err.Error(), path+": ") {
		t.Fatalf("error %q does not name %s", err, path)
	}
	if strings.Count(err.Error(), path) != 1 {
		t.Fatalf("error %q repeats the path", err)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Fatalf("error %q is not one line", err)
	}
	return e
}

// sameTexts fails unless got and want are equal.
func sameTexts(t testing.TB, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs, want %d:\n%q\nwant\n%q", len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("paragraph %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}

// sameParagraphs fails unless got and want are equal, text, line and ID.
func sameParagraphs(t testing.TB, got, want []Paragraph) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs, want %d:\n%+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("paragraph %d = %+v, want %+v", i, got[i], w)
		}
	}
}
