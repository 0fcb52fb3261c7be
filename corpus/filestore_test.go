package corpus

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"testing"
)

var storeFiles = []File{
	{Path: "/c/z.txt", Rel: "z.txt", Size: 3},
	{Path: "/c/de/Bericht über 2024.txt", Rel: "de/Bericht über 2024.txt", Size: 0},
	{Path: "/c/a.en.md", Rel: "a.en.md", Size: 1 << 40},
	{Path: `C:\c\sub\b.txt`, Rel: "sub/b.txt", Size: 7}, // Rel need not end Path
	{Path: "x", Rel: "", Size: 1},
	{Path: "/c/de/a.txt", Rel: "de/a.txt", Size: 2},
	{Path: "/d/de/a.txt", Rel: "de/a.txt", Size: 4}, // the same Rel: kept in order
	{Path: "/c/de", Rel: "de", Size: 5},             // a prefix of other names sorts first
}

// pendingFiles must give back the files it was given, sorted as a stable
// sort by Rel does, also when its sort spills to disk.
func TestPendingFilesSorted(t *testing.T) {
	for _, buffer := range []int{sortBuffer, 64} {
		t.Run(fmt.Sprint(buffer), func(t *testing.T) {
			defer func(old int) { sortBuffer = old }(sortBuffer)
			sortBuffer = buffer
			p := newPendingFiles(t.TempDir())
			defer p.close()
			for _, f := range storeFiles {
				p.add(f)
			}
			if p.len() != len(storeFiles) {
				t.Fatalf("len %d, want %d", p.len(), len(storeFiles))
			}
			want := slices.Clone(storeFiles)
			sort.SliceStable(want, func(i, j int) bool { return want[i].Rel < want[j].Rel })
			var err error
			got := slices.Collect(p.sorted(&err))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("sorted:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestPendingFilesEmpty(t *testing.T) {
	p := newPendingFiles(t.TempDir())
	defer p.close()
	var err error
	if got := slices.Collect(p.sorted(&err)); len(got) != 0 || err != nil {
		t.Errorf("empty: %v, %v", got, err)
	}
}

// fileStore must give back each file's path and name by its number, in
// any order, and say when it cannot.
func TestFileStore(t *testing.T) {
	s, err := newFileStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	for _, f := range storeFiles {
		s.add(f)
	}
	if s.len() != len(storeFiles) {
		t.Fatalf("len %d, want %d", s.len(), len(storeFiles))
	}
	for _, i := range []int{3, 0, 7, 1, 2, 6, 5, 4, 3} {
		path, rel := s.file(i)
		if f := storeFiles[i]; path != f.Path || rel != f.Rel {
			t.Errorf("file(%d) = %q, %q; want %q, %q", i, path, rel, f.Path, f.Rel)
		}
	}
	if s.err != nil {
		t.Fatal(s.err)
	}
	// the temporary file gone: an error, kept, and no made-up names
	s.f.Close()
	if path, rel := s.file(0); path != "" || rel != "" || s.err == nil {
		t.Errorf("closed store: %q, %q, %v", path, rel, s.err)
	}
}

// close removes the store's temporary file.
func TestFileStoreClose(t *testing.T) {
	dir := t.TempDir()
	s, err := newFileStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.add(File{Path: "a", Rel: "a"})
	s.close()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}
