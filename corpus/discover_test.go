package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDiscover(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"a.txt":                "Ein Text.\n",
		"b.md":                 "# Titel\n",
		"sub/c.html":           "<p>Text</p>",
		"sub/deeper/d.xliff":   "<xliff/>",
		".hidden.txt":          "secret",
		".git/config.txt":      "x",
		"sub/.cache/e.txt":     "x",
		"notes.pdf":            "%PDF-1.4",
		"noext":                "text",
		"bin.txt":              "abc\x00\x01\x02\xff\x00\x07",
		"utf16.txt":            "\xff\xfeA\x00b\x00c\x00",
		"utf16nobom.txt":       "A\x00b\x00c\x00d\x00e\x00f\x00",
		"fake.docx":            "not a zip",
		"real.docx":            "PK\x03\x04rest",
		"empty.txt":            "",
		"big.txt":              "0123456789abcdef0123456789",
		"UPPER.TXT":            "Upper-case ext.",
		"sub/deeper/f.de.text": "Text.",
	})
	l, err := Discover(dir, Options{MaxSize: 20})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range l.Files {
		files = append(files, f.Rel)
		if f.Path != filepath.Join(dir, filepath.FromSlash(f.Rel)) {
			t.Errorf("%s: Path %s does not join root and Rel", f.Rel, f.Path)
		}
	}
	wantFiles := []string{"UPPER.TXT", "a.txt", "b.md", "real.docx", "sub/c.html", "sub/deeper/d.xliff", "sub/deeper/f.de.text", "utf16.txt", "utf16nobom.txt"}
	if !slices.Equal(files, wantFiles) {
		t.Errorf("files\n got %q\nwant %q", files, wantFiles)
	}
	reasons := func(s []Skip) map[string]string {
		m := make(map[string]string)
		for _, x := range s {
			rel, _ := filepath.Rel(dir, x.Path)
			m[filepath.ToSlash(rel)] = x.Reason
		}
		return m
	}
	wantSkipped := map[string]string{
		".hidden.txt": ReasonHidden, ".git": ReasonHidden, "sub/.cache": ReasonHidden,
		"notes.pdf": ReasonUnsupported, "noext": ReasonUnsupported,
		"bin.txt": ReasonBinary, "fake.docx": ReasonBinary, "empty.txt": ReasonEmpty,
	}
	if got := reasons(l.Skipped); !mapsEqual(got, wantSkipped) {
		t.Errorf("skipped\n got %v\nwant %v", got, wantSkipped)
	}
	if got := reasons(l.Failed); !mapsEqual(got, map[string]string{"big.txt": ReasonTooLarge}) {
		t.Errorf("failed: got %v", got)
	}
	if c := l.SkipCounts(); c[ReasonHidden] != 3 || c[ReasonUnsupported] != 2 {
		t.Errorf("SkipCounts = %v", c)
	}
	if s := l.Failed[0].String(); s != filepath.Join(dir, "big.txt")+": too large (the file is 26 B, more than the limit of 20 B)" {
		t.Errorf("Failed[0].String() = %q", s)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestDiscoverErrors(t *testing.T) {
	t.Parallel()
	if _, err := Discover(filepath.Join(t.TempDir(), "missing"), Options{}); err == nil {
		t.Error("missing root: no error")
	}
	// A single file as root lists that file.
	dir := writeTree(t, map[string]string{"one.de.txt": "Text."})
	l, err := Discover(filepath.Join(dir, "one.de.txt"), Options{})
	if err != nil || len(l.Files) != 1 {
		t.Fatalf("file root: %v, %+v", err, l)
	}
	// An unreadable folder is reported and the walk goes on.
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder")
	}
	dir = writeTree(t, map[string]string{"locked/x.txt": "x", "open/y.txt": "y"})
	locked := filepath.Join(dir, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Skip(err)
	}
	defer os.Chmod(locked, 0o755)
	l, err = Discover(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Files) != 1 || len(l.Failed) != 1 || l.Failed[0].Reason != ReasonUnreadable {
		t.Errorf("files %v, failed %v", l.Files, l.Failed)
	}
}

func TestLooksBinary(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		head string
		ext  string
		want bool
	}{
		{"plain text", ".txt", false},
		{"caf\xc3\xa9", ".txt", false},
		{"a\x00b", ".txt", true},
		{"\xff\xfea\x00", ".txt", false},
		{"\xfe\xff\x00a", ".md", false},
		{"\x00a\x00b\x00c\x00d", ".txt", false},
		{"\x00\x00\x00\x00", ".txt", true},
		{"PK\x03\x04\x00\x00", ".docx", false},
		{"<w:document/>", ".docx", true},
		{"", ".txt", false},
	} {
		if got := looksBinary([]byte(c.head), c.ext); got != c.want {
			t.Errorf("looksBinary(%q, %s) = %v, want %v", c.head, c.ext, got, c.want)
		}
	}
}
