package gen

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree reads every file under dir into a map by slash path.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := make(map[string][]byte)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGenerateDeterministic(t *testing.T) {
	t.Parallel()
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if _, err := Generate(d, Config{Sets: 30, Seed: 42}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Generate(c, Config{Sets: 30, Seed: 43}); err != nil {
		t.Fatal(err)
	}
	ta, tb, tc := tree(t, a), tree(t, b), tree(t, c)
	if len(ta) != len(tb) {
		t.Fatalf("%d files vs %d", len(ta), len(tb))
	}
	for p, data := range ta {
		if !bytes.Equal(data, tb[p]) {
			t.Errorf("%s differs between two runs with one seed", p)
		}
	}
	same := 0
	for p := range ta {
		if _, ok := tc[p]; ok {
			same++
		}
	}
	if same > len(ta)/2 {
		t.Errorf("seeds 42 and 43 share %d of %d paths", same, len(ta))
	}
}

func TestGenerateManifest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m, err := Generate(dir, Config{Sets: 60, Seed: 5, ErrorRate: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	files := tree(t, dir)
	var saved Manifest
	if err := json.Unmarshal(files[ManifestName], &saved); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if len(saved.Sets) != 60 || len(saved.Unpaired) != 6 {
		t.Errorf("manifest has %d sets, %d unpaired; want 60, 6", len(saved.Sets), len(saved.Unpaired))
	}
	listed := 1 // the manifest
	named, kinds := 0, make(map[string]int)
	for _, s := range m.Sets {
		if len(s.Files) < 2 || len(s.Files) > 4 {
			t.Errorf("%s: %d versions", s.ID, len(s.Files))
		}
		langs := make(map[string]bool)
		for _, f := range s.Files {
			listed++
			if langs[f.Lang] {
				t.Errorf("%s: two versions in %s", s.ID, f.Lang)
			}
			langs[f.Lang] = true
			if _, ok := files[f.Path]; !ok {
				t.Errorf("%s: %s not written", s.ID, f.Path)
			}
		}
		if s.Named {
			named++
		}
		for _, e := range s.Errors {
			kinds[e.Kind]++
			if e.Detail == "" {
				t.Errorf("%s: planted %s without detail", e.Path, e.Kind)
			}
		}
	}
	listed += len(m.Unpaired)
	if listed != len(files) {
		t.Errorf("manifest lists %d files, %d written", listed, len(files))
	}
	if named != 30 {
		t.Errorf("%d named sets, want half of 60", named)
	}
	for _, k := range []string{"digit", "separator", "dropped_paragraph"} {
		if kinds[k] == 0 {
			t.Errorf("no %s error planted (%v)", k, kinds)
		}
	}
}

func TestRender(t *testing.T) {
	t.Parallel()
	a := &article{place: 0, person: [2]string{"Nguyễn Văn An", "Nguyen Van An"}, person2: [2]string{"Lê Thị Lan", "Le Thi Lan"},
		code: "17-NQ/TU", day: 5, month: 8, year: 2019, day2: 1, month2: 2, year2: 2020, rangeFrom: 2015,
		big: 4000, small: 8379, pct: [3]int{125, 301, 999}, area: 1234, url: "https://x.vn/a-1.html", paras: []int{0, 2}}
	for _, c := range []struct {
		lang, err string
		want      []string
	}{
		{"en", "", []string{"On August 5, 2019", "4,000 billion VND", "83.79 million VND", "30.1%", "Quang Ninh", "2015-2019"}},
		{"de", "", []string{"Am 5. August 2019", "4.000 Milliarden VND", "83,79 Millionen VND", "30,1 %", "2015 bis 2019"}},
		{"fr", "", []string{"5 août 2019", "4\u202f000 milliards de VND", "83,79 millions de VND", "30,1\u202f%"}},
		{"es", "", []string{"5 de agosto de 2019", "4000 mil millones de VND"}},
		{"vi", "", []string{"Ngày 5 tháng 8 năm 2019", "4.000 tỷ đồng", "83,79 triệu đồng", "Quảng Ninh", "Nguyễn Văn An"}},
		{"de", "separator", []string{"83.790 Millionen VND"}},
	} {
		paras, _ := a.render(c.lang, c.err, 1)
		text := strings.Join(paras, "\n")
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %s: %q not in\n%s", c.lang, c.err, w, text)
			}
		}
	}
	if paras, detail := a.render("de", "dropped_paragraph", 1); len(paras) != 1 || detail == "" {
		t.Errorf("dropped paragraph: %d paragraphs, detail %q", len(paras), detail)
	}
}

func TestGenerateErrors(t *testing.T) {
	t.Parallel()
	if _, err := Generate(t.TempDir(), Config{Sets: 1, Langs: []string{"xx"}}); err == nil {
		t.Error("unknown language: no error")
	}
	if _, err := Generate(t.TempDir(), Config{Sets: -1}); err == nil {
		t.Error("negative sets: no error")
	}
	if _, err := Generate(t.TempDir(), Config{Sets: 1, Style: "prose"}); err == nil {
		t.Error("unknown style: no error")
	}
}

func BenchmarkGenerate100(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Generate(b.TempDir(), Config{Sets: 100, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestGenerateNaming(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		naming      string
		named, anon int
	}{{"", 5, 5}, {"mixed", 5, 5}, {"all", 10, 0}, {"none", 0, 10}} {
		m, err := Generate(t.TempDir(), Config{Sets: 10, Seed: 3, Naming: tc.naming})
		if err != nil {
			t.Fatal(err)
		}
		named, anon := 0, 0
		for _, s := range m.Sets {
			if s.Named {
				named++
			} else {
				anon++
			}
		}
		if named != tc.named || anon != tc.anon {
			t.Errorf("Naming %q: %d named, %d not; want %d, %d", tc.naming, named, anon, tc.named, tc.anon)
		}
	}
}
