package words

import (
	"testing"
	"unicode/utf8"
)

var allLangs = []string{"en", "de", "nl", "fr", "es", "it", "pt", "vi"}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"twenty-three", "one hundred and five", "dreiundzwanzig", "einhundertfünfundzwanzig",
		"drieëntwintig", "quatre-vingt-dix-sept", "vingt et un", "treinta y uno", "ventitré",
		"vinte e três", "hai mươi ba", "một trăm lẻ năm", "Zweifel", "tenant", "a third",
		"eineinhalb", "thứ nhất", "duemilaventi", "x", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range allLangs {
			r, ok := Match(lang, s)
			r2, ok2 := Match(lang, s)
			if ok != ok2 || r.Len != r2.Len || r.Kind != r2.Kind || r.Weak != r2.Weak || r.Value.Cmp(&r2.Value) != 0 {
				t.Fatalf("%s %q: not deterministic", lang, s)
			}
			if !ok {
				continue
			}
			if r.Len <= 0 || r.Len > len(s) {
				t.Fatalf("%s %q: Len %d outside the input", lang, s, r.Len)
			}
			if r.Len < len(s) && !utf8.RuneStart(s[r.Len]) {
				t.Fatalf("%s %q: Len %d inside a rune", lang, s, r.Len)
			}
			if r.Len < len(s) {
				if c, _ := utf8.DecodeRuneInString(s[r.Len:]); isWordRune(c) {
					t.Fatalf("%s %q: Len %d not at a word boundary", lang, s, r.Len)
				}
			}
		}
	})
}
