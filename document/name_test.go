package document

import (
	"testing"

	"golang.org/x/text/language"
)

func TestLangFromName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		path string
		want string // "" : the name says nothing
	}{
		{"x.de.txt", "de"},
		{"x_de.txt", "de"},
		{"x-de.txt", "de"},
		{"de/x.txt", "de"},
		{"a/b/nl/x.txt", "nl"},
		{"x.de-DE.txt", "de-DE"},
		{"x.pt-BR.md", "pt-BR"},
		{"x_pt_br.md", "pt-BR"},
		{"x.pt-PT.md", "pt-PT"},
		{"pt_BR/x.txt", "pt-BR"},
		{"Pressemitteilung_DE.docx", "de"},
		{"report-it-de.txt", "de"},
		{"de.txt", "de"},
		{"news.vi.html", "vi"},
		{"x.fr.xlf", "fr"},
		{"es/x.de.txt", "de"},
		{"x.txt", ""},
		{"code.txt", ""},
		{"made.txt", ""},
		{"video.txt", ""},
		{"x.pl.txt", ""},
		{"x.sv.txt", ""},
		{"x.deu.txt", ""},
		{"docs/x.txt", ""},
		{"en-x/x.txt", ""},
		{"de-report/x.txt", ""},
		{"x.de", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			t.Parallel()
			got, ok := LangFromName(tc.path)
			if tc.want == "" {
				if ok {
					t.Errorf("LangFromName(%q) = %v, want nothing", tc.path, got)
				}
				return
			}
			if !ok || got != language.MustParse(tc.want) {
				t.Errorf("LangFromName(%q) = %v, %v; want %s", tc.path, got, ok, tc.want)
			}
		})
	}
}
