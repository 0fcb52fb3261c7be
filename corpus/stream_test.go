package corpus

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// spill makes the on-disk sorts write a run every few hundred records for
// the rest of the test, so that a small corpus exercises the merge.
func spill(t *testing.T) {
	old := sortBuffer
	sortBuffer = 64 << 10 // extsort's least
	t.Cleanup(func() { sortBuffer = old })
}

// TestGroupFolderNamedSpills groups 1,500 generated sets named by
// convention (some 4,500 files, a dozen sorted runs) and two sets in the
// folder conventions, whose files lie in different folders: every set must
// come out whole, in the order of Grouping.Sets, with the same answer as
// the in-memory Group.
func TestGroupFolderNamedSpills(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 1,500 sets")
	}
	spill(t)
	dir := t.TempDir()
	m, err := gen.Generate(dir, gen.Config{Sets: 1500, Seed: 21, Naming: "all"})
	if err != nil {
		t.Fatal(err)
	}
	extra := map[string]string{
		"zz/de/report.txt": "Die Stadt investiert 4.000 Milliarden VND.",
		"zz/en/report.txt": "The city invests 4,000 billion VND.",
		"aa/memo/de.txt":   "Die Stadt investiert 12 Millionen Euro.",
		"aa/memo/fr.txt":   "La ville investit 12 millions d'euros.",
		"aa/memo/en.txt":   "The city invests 12 million euros.",
		"aa/memo/en.md":    "A second English version: left over.",
	}
	writeFiles(t, dir, extra)

	l, sets, err := GroupFolder(dir, Options{}, GroupOptions{Mode: ModeName})
	if err != nil {
		t.Fatal(err)
	}
	defer sets.Close()
	if l.Files != nil {
		t.Error("GroupFolder's listing holds the files")
	}
	got := &Grouping{Unpaired: sets.Unpaired, Failed: sets.Failed, Stats: sets.Stats}
	for s := range sets.All() {
		got.Sets = append(got.Sets, *s)
	}
	if err := sets.Err(); err != nil {
		t.Fatal(err)
	}

	var want []string
	for _, s := range m.Sets {
		var names []string
		for _, f := range s.Files {
			names = append(names, f.Path+"@"+f.Lang)
		}
		sort.Strings(names)
		want = append(want, strings.Join(names, "+"))
	}
	want = append(want, "aa/memo/de.txt@de+aa/memo/en.md@en+aa/memo/fr.txt@fr", "zz/de/report.txt@de+zz/en/report.txt@en")
	sort.Strings(want)
	var gotSets []string
	for _, s := range shape(dir, got) {
		if !strings.HasPrefix(s, "-") {
			gotSets = append(gotSets, s)
		}
	}
	if !slices.Equal(gotSets, want) {
		t.Fatalf("got %d sets, want %d (or different ones); first differences:\n%s", len(gotSets), len(want), firstDiff(gotSets, want))
	}
	if sets.Len() != len(want) {
		t.Errorf("Len %d, want %d", sets.Len(), len(want))
	}
	if !slices.ContainsFunc(got.Unpaired, func(m Member) bool { return strings.HasSuffix(m.Path, filepath.FromSlash("memo/en.txt")) }) {
		t.Error("the second English memo (en.txt after en.md) is not unpaired")
	}

	// The in-memory Group, without spilling, gives the same answer.
	sortBuffer = 1 << 20
	_, inMemory := groupDir(t, dir, GroupOptions{Mode: ModeName})
	if a, b := shape(dir, got), shape(dir, inMemory); !slices.Equal(a, b) {
		t.Errorf("GroupFolder and Group differ:\n%s", firstDiff(a, b))
	}
	for i := range inMemory.Sets {
		if inMemory.Sets[i].Name != got.Sets[i].Name {
			t.Fatalf("set %d: name %q, Group says %q", i, got.Sets[i].Name, inMemory.Sets[i].Name)
		}
	}
}

func firstDiff(a, b []string) string {
	var out []string
	for i := 0; i < max(len(a), len(b)) && len(out) < 5; i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			out = append(out, "  got  "+x+"\n  want "+y)
		}
	}
	return strings.Join(out, "\n")
}

// TestGroupFolderSources: the source rule over spooled sets picks as
// ChooseSource does over the same sets in memory.
func TestGroupFolderSources(t *testing.T) {
	spill(t)
	dir := t.TempDir()
	if _, err := gen.Generate(dir, gen.Config{Sets: 300, Seed: 4, Naming: "all", Langs: []string{"de", "fr", "nl", "en"}}); err != nil {
		t.Fatal(err)
	}
	_, sets, err := GroupFolder(dir, Options{}, GroupOptions{Mode: ModeName})
	if err != nil {
		t.Fatal(err)
	}
	defer sets.Close()
	var all []Set
	for s := range sets.All() {
		all = append(all, *s)
	}
	if len(all) < 100 {
		t.Fatalf("only %d sets", len(all))
	}
	someFile := all[len(all)/2].Members[1].Path
	for _, flag := range []string{"", "de", "fr", someFile} {
		want, err := ChooseSource(all, flag)
		if err != nil {
			t.Fatal(err)
		}
		rule, err := NewSourceRule(flag, sets.CommonLanguage(), sets.All())
		if err != nil {
			t.Fatal(err)
		}
		for i := range all {
			if got := rule.Pick(&all[i]); got != want[i] {
				t.Fatalf("--source %q, set %d: picked %d, ChooseSource %d", flag, i, got, want[i])
			}
		}
	}
	if _, err := NewSourceRule(filepath.Join(dir, "nowhere.txt"), sets.CommonLanguage(), sets.All()); err == nil {
		t.Error("a --source file in no set: no error")
	}
}

func TestRecordsRoundTrip(t *testing.T) {
	tags := make(tagCache)
	sets := []Set{
		{Name: "press/budget", Basis: BasisName, Score: 1, Members: []Member{
			{Path: "c/press/budget.de.txt", Lang: language.German, LangSource: LangFromName},
			{Path: "c/press/budget.pt-BR.txt", Lang: language.MustParse("pt-BR"), LangSource: LangFromName}}},
		{Name: "memo", Basis: BasisFile, Score: 1, Members: []Member{
			{Path: "memo.xlf", Lang: language.English, LangSource: LangFromFile},
			{Path: "memo.xlf", Lang: language.Und, LangSource: ""}}},
		{Name: "a b/ü, c", Basis: BasisContent, Score: 0.1 + 0.2, Members: []Member{
			{Path: "a b/ü, c.txt", Lang: language.Vietnamese, LangSource: LangFromContent}}},
		{Name: "", Basis: "", Score: 0},
	}
	for _, s := range sets {
		got, err := decodeSet(appendSet(nil, &s), tags)
		if err != nil {
			t.Fatalf("%q: %v", s.Name, err)
		}
		if got.Name != s.Name || got.Basis != s.Basis || got.Score != s.Score || !slices.Equal(got.Members, s.Members) {
			if !(len(s.Members) == 0 && len(got.Members) == 0) {
				t.Errorf("round trip of %+v gave %+v", s, *got)
			}
		}
	}
	f := File{Path: "c/de/x.txt", Rel: "de/x.txt", Size: 1 << 40}
	nf, err := decodeNamed(appendNamed(nil, f, "de", "x"), tags)
	if err != nil || nf.file != f || nf.lang != language.German || nf.key != "x" {
		t.Errorf("named file round trip: %+v, %v", nf, err)
	}
	for _, bad := range []string{"", "a\x00b", "n\x00name\x00x", "n\x00name\x001\x00p\x00zz-zz-zz-zz\x00name", "n\x00name\x001\x00p"} {
		if _, err := decodeSet([]byte(bad), tags); err == nil {
			t.Errorf("decodeSet(%q): no error", bad)
		}
	}
	for _, bad := range []string{"", "p\x00r\x00big\x00de\x00k", "p\x00r\x001\x00!!\x00k"} {
		if _, err := decodeNamed([]byte(bad), tags); err == nil {
			t.Errorf("decodeNamed(%q): no error", bad)
		}
	}
}

// TestWalkFound: the walk reports its count now and then and, last, the
// number of files it handed on.
func TestWalkFound(t *testing.T) {
	files := map[string]string{".hidden/a.txt": "x", "b.bin": "x"}
	for i := range 600 {
		files[fmt.Sprintf("d%d/f%03d.txt", i%3, i)] = "text"
	}
	dir := writeTree(t, files)
	var calls []int
	visited := 0
	if _, err := Walk(dir, Options{Found: func(n int) { calls = append(calls, n) }}, func(File) { visited++ }); err != nil {
		t.Fatal(err)
	}
	if visited != 600 || len(calls) == 0 || calls[len(calls)-1] != 600 || !slices.IsSorted(calls) || len(calls) > 600/foundEvery+1 {
		t.Errorf("visited %d files, Found called with %v", visited, calls)
	}
}

// splitFields must cut as strings.Split does, in the room given or not.
func TestSplitFieldsIsSplit(t *testing.T) {
	for _, s := range []string{"", "\x00", "a", "a\x00b", "a\x00\x00b\x00", "\x00a\x00b\x00c", "p\x00r\x001\x00de\x00k", "1\x002\x003\x004\x005\x006"} {
		want := strings.Split(s, sep)
		for _, room := range []int{0, 1, 3, 5, 15} {
			got, n := splitFields(s, make([]string, room))
			if n != len(want) || !slices.Equal(got, want) {
				t.Errorf("splitFields(%q) in %d: %q (%d), want %q", s, room, got, n, want)
			}
		}
	}
}
