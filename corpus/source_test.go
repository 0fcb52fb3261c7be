package corpus

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

func set(paths ...string) Set {
	var s Set
	for i := 0; i+1 < len(paths); i += 2 {
		s.Members = append(s.Members, Member{Path: paths[i], Lang: language.MustParse(paths[i+1])})
	}
	return s
}

func TestChooseSource(t *testing.T) {
	t.Parallel()
	sets := []Set{
		set("a.de.txt", "de", "a.en.txt", "en"),
		set("b.de.txt", "de", "b.fr.txt", "fr"),
		set("c.fr.txt", "fr", "c.nl.txt", "nl"),
		set("d.de.txt", "de", "d.pt-BR.txt", "pt-BR"),
	}
	for _, c := range []struct {
		flag string
		want []int
	}{
		{"", []int{1, 0, 0, 0}},         // English, else German (in 3 sets), else the first
		{"fr", []int{1, 1, 0, 0}},       // French where there is French, else the rule for ""
		{"pt", []int{1, 0, 0, 1}},       // pt matches pt-BR on the base language
		{"c.nl.txt", []int{1, 0, 1, 0}}, // that file; Dutch elsewhere (none), else the rule for ""
		{"b.fr.txt", []int{1, 1, 0, 0}},
	} {
		got, err := ChooseSource(sets, c.flag)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("ChooseSource(%q) = %v, %v; want %v", c.flag, got, err, c.want)
		}
	}
	if _, err := ChooseSource(sets, "missing.txt"); err == nil {
		t.Error("a file in no set: no error")
	}
	if got, err := ChooseSource(nil, ""); err != nil || len(got) != 0 {
		t.Errorf("no sets: %v, %v", got, err)
	}
	if i := Source(sets[0], language.Und); i != -1 {
		t.Errorf("Source(und) = %d", i)
	}
}
