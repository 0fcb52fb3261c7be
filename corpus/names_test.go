package corpus

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestParseName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rel, key, lang, conv string // lang "" : no language in the name
	}{
		{"report.de.txt", "report", "de", "suffix"},
		{"report_de.md", "report", "de", "suffix"},
		{"news/report-en.html", "news/report", "en", "suffix"},
		{"report.pt-BR.txt", "report", "pt-BR", "suffix"},
		{"report_en_US.txt", "report", "en-US", "suffix"},
		{"report.DE.txt", "report", "de", "suffix"},
		{"de/report.txt", "report", "de", "dir"},
		{"a/b/fr/report.txt", "a/b/report", "fr", "dir"},
		{"report/vi.txt", "report", "vi", "stem"},
		{"2024/annual/nl.docx", "2024/annual", "nl", "stem"},
		{"000_c3de660a0af737e8.txt", "", "", ""},
		{"413777_749994e189ef9602.txt", "", "", ""},
		{"de.txt", "", "", ""},        // a file named only by a language, at the root: no set key
		{"made.txt", "", "", ""},      // "de" inside a word is not a tag
		{"report.Fr.txt", "", "", ""}, // mixed case is not a tag
		{"report_in.txt", "", "", ""}, // "in" is a word, not a language here
		{"x-it.txt", "x", "it", "suffix"},
		{"docs/readme.txt", "", "", ""},
	} {
		info, ok := ParseName(c.rel)
		if ok != (c.lang != "") {
			t.Errorf("ParseName(%q) ok = %v", c.rel, ok)
			continue
		}
		if !ok {
			continue
		}
		if info.Key != c.key || info.Lang.String() != c.lang || info.Convention != c.conv {
			t.Errorf("ParseName(%q) = %+v, want key %q lang %s convention %s", c.rel, info, c.key, c.lang, c.conv)
		}
	}
}

func TestGroupByName(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"suffix/report.de.txt": "x", "suffix/report.en.txt": "x",
		"under/report_de.txt": "x", "under/report_fr.md": "x",
		"dash/report-en.txt": "x", "dash/report-nl.txt": "x", "dash/report-vi.txt": "x",
		"dirs/de/annual.txt": "x", "dirs/en/annual.txt": "x", "dirs/en/lonely.txt": "x",
		"stem/annual/de.txt": "x", "stem/annual/es.txt": "x",
		"dup/x.de.txt": "x", "dup/x.de.md": "x", "dup/x.en.txt": "x",
		"plain.txt": "x", "single.fr.txt": "x",
	})
	_, g := groupDir(t, dir, GroupOptions{Mode: ModeName})
	want := []string{
		"dash/report-en.txt@en+dash/report-nl.txt@nl+dash/report-vi.txt@vi",
		"dirs/de/annual.txt@de+dirs/en/annual.txt@en",
		"dup/x.de.md@de+dup/x.en.txt@en",
		"stem/annual/de.txt@de+stem/annual/es.txt@es",
		"suffix/report.de.txt@de+suffix/report.en.txt@en",
		"under/report_de.txt@de+under/report_fr.md@fr",
		"-dirs/en/lonely.txt", "-dup/x.de.txt", "-plain.txt", "-single.fr.txt",
	}
	if got := shape(dir, g); !slices.Equal(got, want) {
		t.Errorf("got\n %q\nwant\n %q", got, want)
	}
	for _, s := range g.Sets {
		if s.Basis != BasisName || s.Score != 1 {
			t.Errorf("%s: basis %s score %v", s.Name, s.Basis, s.Score)
		}
		for _, m := range s.Members {
			if m.LangSource != LangFromName {
				t.Errorf("%s: LangSource %q", m.Path, m.LangSource)
			}
		}
	}
	for _, m := range g.Unpaired {
		if m.Path == dir+"/single.fr.txt" && m.Lang.String() != "fr" {
			t.Errorf("single.fr.txt: Lang %s", m.Lang)
		}
	}
}

func TestParseMode(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Mode{"": ModeAuto, "auto": ModeAuto, "NAME": ModeName, "content": ModeContent} {
		if got, err := ParseMode(in); err != nil || got != want {
			t.Errorf("ParseMode(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseMode("fuzzy"); err == nil {
		t.Error("ParseMode(fuzzy): no error")
	}
	if _, err := Group(&Listing{}, GroupOptions{Mode: "fuzzy"}); err == nil {
		t.Error("Group with a bad mode: no error")
	}
}

// parseCode's tags, parsed once, are those language.Parse gives, for every
// code of nameCodes in lower and upper case; other codes are not read.
func TestParseCodeIsParse(t *testing.T) {
	for c := range nameCodes {
		want, err := language.Parse(c)
		if err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		for _, s := range []string{c, strings.ToUpper(c)} {
			if got, ok := parseCode(s); !ok || got != want {
				t.Errorf("parseCode(%q) = %v, %v; want %v", s, got, ok, want)
			}
		}
	}
	for _, s := range []string{"", "e", "in", "xx", "De", "eng", "zz"} {
		if got, ok := parseCode(s); ok {
			t.Errorf("parseCode(%q) = %v, want none", s, got)
		}
	}
}
