package numbers

import (
	"reflect"
	"testing"

	"golang.org/x/text/language"
)

// romanceTags are the tables FuzzExtractRomance reads with, chosen by the
// fuzzer's byte.
var romanceTags = []language.Tag{language.Spanish, language.Portuguese, language.MustParse("pt-PT"), language.Italian}

// FuzzExtractRomance: Spanish, Portuguese (both variants) and Italian text
// never panics, yields ordered spans inside the input whose Text is the
// span, reads the same twice, and every fact formats in every one of these
// languages and matches against English.
func FuzzExtractRomance(f *testing.F) {
	for i, cases := range [][]extractCase{spanishCases, portugueseCases, portuguesePTCases, italianCases} {
		for _, c := range cases {
			f.Add(c.in, uint8(i))
		}
	}
	f.Add("R$ 1,2 bi 3 mil milhões 1.º 14h30 alle ore 9.30 tra il 2019 e il 2024 oltre il 40%", uint8(3))
	f.Add("ore ore 14 1° 1ª 1.ª 1.er d’ di 5 mld mln. €", uint8(3))
	f.Add("alle 20 di domenica, dalle 22 alle 6, alle 20 regioni, 2:05,31 42 centésimas a las 11 en", uint8(0))
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		checkFacts(t, text, romanceTags[int(which)%len(romanceTags)], append([]language.Tag{language.English}, romanceTags...)...)
	})
}

// romanceArticle is a news paragraph per language, with every kind of fact.
var romanceArticle = map[string]string{
	"es": "El 5 de agosto de 2019 el Gobierno aprobó más de 3.000 millones de euros para 2021-2025; unos 43.000 hogares, el 83,79 % del total, 2,5 puntos porcentuales más. La 15.ª feria abre a las 14:00; entradas entre 5 y 10 euros. Resolución 17-NQ/TU.",
	"pt": "Em 5 de agosto de 2019 o governo aprovou mais de 3 bilhões de euros para 2021-2025; cerca de 43.000 domicílios, 83,79% do total, 2,5 pontos percentuais a mais. A 15ª feira abre às 14h; ingressos entre 5 e 10 euros. Resolução 17-NQ/TU.",
	"it": "Il 5 agosto 2019 la giunta ha approvato oltre 3 miliardi di euro per il 2021-2025; circa 43.000 famiglie, l'83,79 per cento del totale, 2,5 punti percentuali in più. La 15ª fiera apre alle ore 14; biglietti tra 5 e 10 euro. Risoluzione 17-NQ/TU.",
}

func benchRomance(b *testing.B, lang string) {
	text := romanceArticle[lang]
	tag := language.Make(lang)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		Extract(text, tag)
	}
}

func BenchmarkExtractSpanish(b *testing.B)    { benchRomance(b, "es") }
func BenchmarkExtractPortuguese(b *testing.B) { benchRomance(b, "pt") }
func BenchmarkExtractItalian(b *testing.B)    { benchRomance(b, "it") }

// TestRomanceArticleFacts: the benchmark paragraphs read to the same keys
// in every language, in the same order.
func TestRomanceArticleFacts(t *testing.T) {
	t.Parallel()
	var want []string
	for _, lang := range []string{"es", "pt", "it"} {
		var got []string
		for _, f := range Extract(romanceArticle[lang], language.Make(lang)) {
			got = append(got, f.Key()+"|"+string(f.Qualifier))
		}
		if want == nil {
			want = got
			if len(want) != 10 {
				t.Fatalf("es: %d facts %q, want 10", len(want), want)
			}
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", lang, got, want)
		}
	}
}
