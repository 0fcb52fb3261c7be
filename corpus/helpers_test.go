package corpus

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"

	"github.com/tally-qa/tally/document"
)

// The stand-ins below let the grouping logic be tested whether or not
// document/ is finished: a plain-text reader (one paragraph per line) and
// whatlanggo restricted to the languages tally reads, as document/ uses it.

var testLangs = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Deu: true, whatlanggo.Nld: true, whatlanggo.Fra: true,
	whatlanggo.Spa: true, whatlanggo.Ita: true, whatlanggo.Por: true, whatlanggo.Vie: true,
}}

func testDetect(text string) (language.Tag, bool) {
	if len(text) < 20 {
		return language.Und, false
	}
	code := whatlanggo.DetectWithOptions(text, testLangs).Lang.Iso6391()
	tag, err := language.Parse(code)
	return tag, err == nil
}

func testRead(path string, opt document.Options) ([]*document.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &document.Error{Path: path, Err: err}
	}
	d := &document.Document{Path: path, Format: "text", Lang: opt.Lang}
	for i, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			d.Paragraphs = append(d.Paragraphs, document.Paragraph{Text: line, Line: i + 1})
		}
	}
	return []*document.Document{d}, nil
}

// standIns returns options using the stand-in reader and detector.
func standIns(mode Mode) GroupOptions {
	return GroupOptions{Mode: mode, Read: testRead, Detect: testDetect}
}

// realReady skips the test unless document/ answers (it may still be a
// stub while other packages are being written). numbers.Extract is not
// needed: the digits of numbers are anchors without it.
func realReady(t testing.TB) {
	t.Helper()
	if _, ok := document.DetectLanguage("Das ist ein deutscher Satz über die Stadt und die Menschen, die dort leben."); !ok {
		t.Skip("document.DetectLanguage is still a stub")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "probe.txt")
	if err := os.WriteFile(p, []byte("Ein Absatz.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if docs, _ := document.Read(p, document.Options{Lang: language.German}); len(docs) == 0 {
		t.Skip("document.Read is still a stub")
	}
}

// copyDir copies the files of src (not recursively) into a new temp dir.
func copyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		in, err := os.Open(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out, err := os.Create(filepath.Join(dst, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(out, in); err != nil {
			t.Fatal(err)
		}
		in.Close()
		out.Close()
	}
	return dst
}

// writeTree writes files (slash paths relative to a new temp dir).
func writeTree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return dir
}

// writeFiles writes files (slash paths relative to dir).
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for rel, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// groupDir discovers dir and groups it.
func groupDir(t testing.TB, dir string, opt GroupOptions) (*Listing, *Grouping) {
	t.Helper()
	l, err := Discover(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	g, err := Group(l, opt)
	if err != nil {
		t.Fatal(err)
	}
	return l, g
}

// shape renders a grouping as relative paths, for comparisons:
// "a.txt+b.txt" per set and "-c.txt" per unpaired file.
func shape(root string, g *Grouping) []string {
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			return p
		}
		return filepath.ToSlash(r)
	}
	var out []string
	for _, s := range g.Sets {
		var names []string
		for _, m := range s.Members {
			names = append(names, rel(m.Path)+"@"+m.Lang.String())
		}
		out = append(out, strings.Join(names, "+"))
	}
	for _, m := range g.Unpaired {
		out = append(out, "-"+rel(m.Path))
	}
	return out
}
