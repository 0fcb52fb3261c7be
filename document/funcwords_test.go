package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

func TestFuncWordLanguageSentences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want string // "" when the count must not decide
	}{
		{"The council said that the budget for the schools and the hospitals was approved by the members of the board, and that the work on the new roads will begin in the spring after the vote.", "en"},
		{"Der Rat teilte mit, dass der Haushalt für die Schulen und die Krankenhäuser von den Mitgliedern beschlossen wurde und dass die Arbeiten an den neuen Straßen nach der Abstimmung im Frühjahr beginnen werden.", "de"},
		{"De raad meldde dat de begroting voor de scholen en de ziekenhuizen door de leden is goedgekeurd en dat het werk aan de nieuwe wegen na de stemming in het voorjaar zal beginnen, zo werd er gezegd.", "nl"},
		{"Le conseil a indiqué que le budget des écoles et des hôpitaux a été approuvé par les membres, et que les travaux sur les nouvelles routes commenceront au printemps après le vote dans la province.", "fr"},
		{"El consejo informó que el presupuesto para las escuelas y los hospitales fue aprobado por los miembros, y que las obras de las nuevas carreteras comenzarán en primavera después de la votación, según el texto.", "es"},
		{"Il consiglio ha comunicato che il bilancio per le scuole e gli ospedali è stato approvato dai membri, e che i lavori sulle nuove strade inizieranno in primavera dopo il voto della giunta e degli assessori.", "it"},
		{"O conselho informou que o orçamento para as escolas e os hospitais foi aprovado pelos membros, e que as obras das novas estradas começarão na primavera após a votação, segundo o texto da ata do conselho.", "pt"},
		{"Hội đồng cho biết ngân sách của các trường học và bệnh viện đã được các thành viên thông qua, và công việc trên những con đường mới sẽ bắt đầu vào mùa xuân sau khi có kết quả bỏ phiếu tại tỉnh.", "vi"},
		{"Rada poinformowała, że budżet dla szkół i szpitali został przyjęty przez członków, a prace na nowych drogach rozpoczną się wiosną po głosowaniu w województwie, jak podano w komunikacie dla prasy.", ""},
		{"Rådet meddelade att budgeten för skolor och sjukhus har godkänts av ledamöterna och att arbetet med de nya vägarna ska börja under våren efter omröstningen, som det står i beslutet för länet.", ""},
		{"The council approved the budget.", ""}, // too few words to decide
	}
	for _, tc := range tests {
		got, ok := funcWordLanguage(tc.text)
		switch {
		case tc.want == "" && ok:
			t.Errorf("%.40q: decided %v, want no decision", tc.text, got)
		case tc.want != "" && (!ok || got != language.MustParse(tc.want)):
			t.Errorf("%.40q: got %v %v, want %s", tc.text, got, ok, tc.want)
		}
	}
}

// TestFuncWordLanguageCorpus runs the function-word count over every file
// of a generated corpus in all eight languages: it must never contradict
// the language the file was written in, and it must decide nearly all of
// them (else whatlanggo's cost comes back).
func TestFuncWordLanguageCorpus(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m, err := gen.Generate(dir, gen.Config{Sets: 150, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	var files []gen.File
	for _, s := range m.Sets {
		files = append(files, s.Files...)
	}
	files = append(files, m.Unpaired...)
	decided := 0
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		got, ok := funcWordLanguage(sample(string(data)))
		if !ok {
			continue
		}
		decided++
		if b, _ := got.Base(); !strings.HasPrefix(f.Lang, b.String()) {
			t.Errorf("%s (%s): function words say %v", f.Path, f.Lang, got)
		}
	}
	if decided*100 < len(files)*95 {
		t.Errorf("decided %d of %d files, want at least 95%%", decided, len(files))
	}
	t.Logf("decided %d of %d files", decided, len(files))
}

// TestFuncWordTable checks funcWordLang against funcWords: every function
// word with its language, and words near them (prefixes, extensions, other
// cases, other letters) that must be found exactly when funcWords has them.
func TestFuncWordTable(t *testing.T) {
	t.Parallel()
	words := []string{"a", "zz", "xyzxyzxy", "ü", "đ", "ßßßß"}
	for w := range funcWords {
		words = append(words, w, w+"s", w[:len(w)-1], strings.ToUpper(w), "x"+w)
	}
	for _, w := range words {
		k, ok := packWord([]byte(w))
		if w == "" || !ok {
			continue
		}
		got, found := funcWordLang(k)
		want, wantFound := funcWords[w]
		if found != wantFound || got != want {
			t.Errorf("funcWordLang(%q) = %d, %v; funcWords has %d, %v", w, got, found, want, wantFound)
		}
	}
	for _, c := range []struct {
		w  string
		ok bool
	}{{"", true}, {"abcdefgh", true}, {"abcdefghi", false}, {"được", true}, {"đượcc", false}} {
		if _, ok := packWord([]byte(c.w)); ok != c.ok {
			t.Errorf("packWord(%q) ok = %v, want %v", c.w, ok, c.ok)
		}
	}
}

// lowerRune must be unicode.ToLower for every rune, in its tables or not.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
	}
	for _, r := range []rune{-1, utf8.RuneError} {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%d) = %U, want %U", r, got, want)
		}
	}
}

// packLowerASCII must pack as packWord packs the word lower-cased, at the
// end of a text and away from it.
func TestPackLowerASCII(t *testing.T) {
	for _, text := range []string{"a", "The", "UND", "deR", "ThisIsLong", "x The", "abcdefgh", "ABCDEFGHIJ"} {
		for i := range len(text) {
			for n := 1; n <= maxFuncWordLen && i+n <= len(text); n++ {
				word := text[i : i+n]
				if strings.ContainsAny(word, " ") {
					continue
				}
				want, _ := packWord([]byte(strings.ToLower(word)))
				if got := packLowerASCII(text, i, n); got != want {
					t.Errorf("packLowerASCII(%q, %d, %d) = %#x, want %#x", text, i, n, got, want)
				}
			}
		}
	}
}
