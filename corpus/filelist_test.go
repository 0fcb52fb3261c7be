package corpus

import (
	"slices"
	"sort"
	"testing"
)

// fileList must give back the files it was given, and sortByRel must order
// them as sorting the Files by Rel does.
func TestFileList(t *testing.T) {
	t.Parallel()
	files := []File{
		{Path: "/c/z.txt", Rel: "z.txt", Size: 3},
		{Path: "/c/de/Bericht über 2024.txt", Rel: "de/Bericht über 2024.txt", Size: 0},
		{Path: "/c/a.en.md", Rel: "a.en.md", Size: 1 << 40},
		{Path: `C:\c\sub\b.txt`, Rel: "sub/b.txt", Size: 7}, // Rel need not end Path
		{Path: "x", Rel: "", Size: 1},
		{Path: "/c/de/a.txt", Rel: "de/a.txt", Size: 2},
	}
	var l fileList
	for _, f := range files {
		l.add(f)
	}
	if l.len() != len(files) {
		t.Fatalf("len %d, want %d", l.len(), len(files))
	}
	for i, f := range files {
		if got := l.at(i); got != f {
			t.Errorf("at(%d) = %+v, want %+v", i, got, f)
		}
	}
	want := slices.Clone(files)
	sort.Slice(want, func(i, j int) bool { return want[i].Rel < want[j].Rel })
	sorted := l.sortByRel()
	var got []File
	for i := range sorted.len() {
		got = append(got, sorted.at(i))
		if p := sorted.path(i); p != want[i].Path {
			t.Errorf("path(%d) = %q, want %q", i, p, want[i].Path)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("sorted:\n got %+v\nwant %+v", got, want)
	}
	if empty := new(fileList).sortByRel(); empty.len() != 0 {
		t.Errorf("empty list sorted has %d files", empty.len())
	}
}
