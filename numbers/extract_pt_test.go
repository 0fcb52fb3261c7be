package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// Brazilian Portuguese as a São Paulo news desk writes it: decimal comma,
// point groups ("43.000"), "bilhão" = 10^9, "trilhão" = 10^12, "R$ 5
// bilhões", "R$ 1,2 bi", "5 de agosto de 2019", "1º de janeiro", "15ª",
// "5%" without a space, "por cento", "pontos percentuais", "14h30".
var portugueseCases = []extractCase{
	// cardinals and decimals
	{in: "68 resoluções", want: []string{"number|68|68"}},
	{in: "43.000 quadros", want: []string{"number|43.000|43000"}},
	{in: "1.197 domicílios", want: []string{"number|1.197|1197"}},
	{in: "1.234.567,89 unidades", want: []string{"number|1.234.567,89|1234567.89"}},
	{in: "uma taxa de 3,5", want: []string{"number|3,5|3.5"}},
	{in: "queda de −0,3", want: []string{"number|−0,3|-0.3"}},
	{in: "2,5 milhões", want: []string{"number|2,5 milhões|2.5E+6"}},
	{in: "2.5 milhões", want: []string{"number|2.5 milhões|2.5E+6"}}, // decimal point: read with a note
	// scale words and money
	{in: "R$ 5 bilhões", want: []string{"money|R$ 5 bilhões|5E+9 BRL"}},
	{in: "R$ 1,2 bi", want: []string{"money|R$ 1,2 bi|1.2E+9 BRL"}},
	{in: "R$ 300 mi", want: []string{"money|R$ 300 mi|3E+8 BRL"}},
	{in: "R$ 49,90", want: []string{"money|R$ 49,90|49.9 BRL"}},
	{in: "4 trilhões de dongs", want: []string{"money|4 trilhões de dongs|4E+12 VND"}},
	{in: "4.000 bilhões de VND", want: []string{"money|4.000 bilhões de VND|4E+12 VND"}},
	{in: "83,79 milhões de VND por pessoa", want: []string{"money|83,79 milhões de VND|8.379E+7 VND"}},
	{in: "US$ 300 milhões", want: []string{"money|US$ 300 milhões|3E+8 USD"}},
	{in: "50 dólares americanos", want: []string{"money|50 dólares americanos|50 USD"}},
	{in: "12 euros", want: []string{"money|12 euros|12 EUR"}},
	{in: "12 €", want: []string{"money|12 €|12 EUR"}},
	{in: "um milhão de reais", want: []string{"money|um milhão de reais|1E+6 BRL"}, spelled: true},
	{in: "dois bilhões de dólares", want: []string{"money|dois bilhões de dólares|2E+9 USD"}, spelled: true},
	{in: "500 mil habitantes", want: []string{"number|500 mil|500000"}},
	{in: "12 milhões de toneladas", want: []string{"quantity|12 milhões de toneladas|1.2E+7 t"}},
	// percent, points, per mille
	{in: "100% das famílias", want: []string{"percent|100%|100%"}},
	{in: "alta de 5 %", want: []string{"percent|5 %|5%"}},
	{in: "83,79 por cento", want: []string{"percent|83,79 por cento|83.79%"}},
	{in: "cinco por cento", want: []string{"percent|cinco por cento|5%"}, spelled: true},
	{in: "2 pontos percentuais", want: []string{"percentage_point|2 pontos percentuais|2pp"}},
	{in: "0,5 ponto percentual", want: []string{"percentage_point|0,5 ponto percentual|0.5pp"}},
	{in: "1,5 p.p.", want: []string{"percentage_point|1,5 p.p.|1.5pp"}},
	{in: "3 por mil", want: []string{"permille|3 por mil|3‰"}},
	// ranges
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "no período 2021–2025", want: []string{"range|2021–2025|2021..2025"}},
	{in: "de 2019 a 2024", want: []string{"range|de 2019 a 2024|2019..2024"}},
	{in: "desde 2019 até 2024", want: []string{"range|desde 2019 até 2024|2019..2024"}},
	{in: "entre 5 e 10", want: []string{"range|entre 5 e 10|5..10"}},
	{in: "entre 5 e 10 milhões de reais", want: []string{"range|entre 5 e 10 milhões de reais|5E+6..1E+7 BRL"}},
	{in: "de 20 a 25 °C", want: []string{"range|de 20 a 25 °C|20..25 °C"}},
	// ordinals
	{in: "a 15ª Conferência", want: []string{"ordinal|15ª|#15"}},
	{in: "o 15º congresso", want: []string{"ordinal|15º|#15"}},
	{in: "o 15.º congresso", want: []string{"ordinal|15.º|#15"}},
	{in: "o 3° lugar", want: []string{"ordinal|3°|#3"}},
	{in: "o primeiro lugar", want: []string{"ordinal|primeiro|#1"}, spelled: true},
	{in: "a décima edição", want: []string{"ordinal|décima|#10"}, spelled: true},
	// years
	{in: "em 2024", want: []string{"year|2024|2024"}},
	{in: "até 2030", want: []string{"year|2030|2030"}},
	{in: "2024 toneladas", want: []string{"quantity|2024 toneladas|2024 t"}},
	// dates and times
	{in: "em 5 de agosto de 2019", want: []string{"date|5 de agosto de 2019|2019-08-05"}},
	{in: "em 1º de janeiro de 2020", want: []string{"date|1º de janeiro de 2020|2020-01-01"}},
	{in: "no dia 5 de agosto", want: []string{"date|5 de agosto|--08-05"}},
	{in: "em agosto de 2019", want: []string{"date|agosto de 2019|2019-08"}},
	{in: "5 ago. 2019", want: []string{"date|5 ago. 2019|2019-08-05"}},
	{in: "05/08/2019", want: []string{"date|05/08/2019|2019-08-05"}},
	{in: "às 14h30", want: []string{"time|14h30|14:30"}},
	{in: "às 14h", want: []string{"time|14h|14:00"}},
	{in: "às 14:30", want: []string{"time|14:30|14:30"}},
	// units
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "5 hectares", want: []string{"quantity|5 hectares|5 ha"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "200 metros quadrados", want: []string{"quantity|200 metros quadrados|200 m²"}},
	{in: "120 quilômetros", want: []string{"quantity|120 quilômetros|120 km"}},
	{in: "450 MW", want: []string{"quantity|450 MW|450 MW"}},
	{in: "dez anos", want: []string{"quantity|dez anos|10 year"}, spelled: true},
	// qualifiers
	{in: "mais de 200", want: []string{"number|mais de 200|200|more_than"}},
	{in: "Mais de 200 famílias", want: []string{"number|Mais de 200|200|more_than"}},
	{in: "pelo menos 30", want: []string{"number|pelo menos 30|30|at_least"}},
	{in: "menos de 10", want: []string{"number|menos de 10|10|less_than"}},
	{in: "quase 50", want: []string{"number|quase 50|50|nearly"}},
	{in: "cerca de 3 milhões", want: []string{"number|cerca de 3 milhões|3E+6|about"}},
	{in: "até 500 pessoas", want: []string{"number|até 500|500|up_to"}},
	{in: "no máximo 20", want: []string{"number|no máximo 20|20|at_most"}},
	// codes, identifiers, URLs: never quantities
	{in: "a Resolução 17-NQ/TU", want: []string{"code|17-NQ/TU|17-NQ/TU"}},
	{in: "a rodovia BR-116", want: []string{"code|BR-116|BR-116"}},
	{in: "Fonte: https://exemplo.com.br/noticia-3360125.html", want: nil},
	{in: "Escreva para imprensa2024@exemplo.com.br", want: nil},
	{in: "Tel.: +55 11 3456-7890", want: []string{"code|+55 11 3456-7890|+55113456-7890"}},
	// false alarms: words that are not numbers here
	{in: "um dos domicílios", want: nil, spelled: true},
	{in: "uma família pobre", want: nil, spelled: true},
	{in: "segundo o ministério", want: nil, spelled: true},
	{in: "em maio foi aprovado", want: nil},
	{in: "o cento e tal", want: nil, spelled: true},
}

// European Portuguese as a Lisbon news desk writes it: "mil milhões" =
// 10^9, "bilião" = 10^12, space groups, "1 de janeiro", "15.º".
var portuguesePTCases = []extractCase{
	{in: "3 mil milhões de euros", want: []string{"money|3 mil milhões de euros|3E+9 EUR"}},
	{in: "2 biliões de euros", want: []string{"money|2 biliões de euros|2E+12 EUR"}},
	{in: "1 bilião", want: []string{"number|1 bilião|1E+12"}},
	{in: "5 bilhões", want: []string{"number|5 bilhões|5E+9"}}, // the Brazilian word keeps its value
	{in: "43 000 pessoas", want: []string{"number|43 000|43000"}},
	{in: "43\u00a0000 pessoas", want: []string{"number|43\u00a0000|43000"}},
	{in: "43.000 pessoas", want: []string{"number|43.000|43000"}},
	{in: "o 15.º congresso", want: []string{"ordinal|15.º|#15"}},
	{in: "a 3.ª edição", want: []string{"ordinal|3.ª|#3"}},
	{in: "a 1 de janeiro de 2020", want: []string{"date|1 de janeiro de 2020|2020-01-01"}},
	{in: "dois mil milhões de euros", want: []string{"money|dois mil milhões de euros|2E+9 EUR"}, spelled: true},
	{in: "16 quilómetros", want: []string{"quantity|16 quilómetros|16 km"}},
	{in: "dezasseis anos", want: []string{"quantity|dezasseis anos|16 year"}, spelled: true},
}

func TestExtractPortuguese(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.BrazilianPortuguese, portugueseCases)
}

func TestExtractPortugueseBrazilPlainTag(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Portuguese, portugueseCases)
}

func TestExtractPortuguesePortugal(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.MustParse("pt-PT"), portuguesePTCases)
}

// TestPortugueseVariantsFormat: the two tables write 10^9, 10^12 and
// ordinals their own way, and a plain "pt" tag is Brazil.
func TestPortugueseVariantsFormat(t *testing.T) {
	t.Parallel()
	ptPT := language.MustParse("pt-PT")
	cases := []struct {
		en     string
		tag    language.Tag
		want   string
		reread string // the key Format's answer reads back as, in tag
	}{
		{"4 billion euros", language.Portuguese, "4 bilhões de euros", "4E+9 EUR"},
		{"4 billion euros", language.BrazilianPortuguese, "4 bilhões de euros", "4E+9 EUR"},
		{"4 billion euros", ptPT, "4 mil milhões de euros", "4E+9 EUR"},
		{"2 trillion euros", language.Portuguese, "2 trilhões de euros", "2E+12 EUR"},
		{"2 trillion euros", ptPT, "2 biliões de euros", "2E+12 EUR"},
		{"83.79 million VND", ptPT, "83,79 milhões de VND", "8.379E+7 VND"},
		{"15th", language.Portuguese, "15º", "#15"},
		{"15th", ptPT, "15.º", "#15"},
		{"August 5, 2019", ptPT, "5 de agosto de 2019", "2019-08-05"},
		{"more than 200", language.Portuguese, "mais de 200", "200"},
		{"2.5 percentage points", language.Portuguese, "2,5 pontos percentuais", "2.5pp"},
	}
	for _, c := range cases {
		t.Run(c.en+"@"+c.tag.String(), func(t *testing.T) {
			t.Parallel()
			got := Format(one(t, c.en, language.English), c.tag)
			if got != c.want {
				t.Errorf("Format(%q, %s) = %q, want %q", c.en, c.tag, got, c.want)
			}
			if k := one(t, got, c.tag).Key(); k != c.reread {
				t.Errorf("%q reads back as %q, want %q", got, k, c.reread)
			}
		})
	}
	for _, tag := range []string{"pt", "pt-BR", "pt-PT", "pt-AO"} {
		if !Supported(language.MustParse(tag)) {
			t.Errorf("Supported(%s) = false", tag)
		}
	}
	if !localeIsPT(language.MustParse("pt-PT")) || localeIsPT(language.Portuguese) || localeIsPT(language.MustParse("pt-AO")) {
		t.Errorf("pt-PT must get the Portugal table, pt and pt-AO the default one")
	}
}

func localeIsPT(tag language.Tag) bool { return localeFor(tag).Region == "PT" }
