package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCompareEnglishPortuguese: faithful Brazilian renderings of English
// facts agree; each class of translation error is named.
func TestCompareEnglishPortuguese(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.BrazilianPortuguese, []crossAgree{
		{en: "4,000 billion VND", tgt: "4.000 bilhões de VND"},
		{en: "4,000 billion VND", tgt: "4 trilhões de VND"},
		{en: "83.79 million VND", tgt: "83,79 milhões de VND"},
		{en: "$300 million", tgt: "US$ 300 milhões"},
		{en: "€12", tgt: "12 euros"},
		{en: "43,000", tgt: "43.000"},
		{en: "83.79%", tgt: "83,79%"},
		{en: "5 percent", tgt: "5 por cento"},
		{en: "2.5 percentage points", tgt: "2,5 pontos percentuais"},
		{en: "2019-2024", tgt: "de 2019 a 2024"},
		{en: "between 5 and 10", tgt: "entre 5 e 10"},
		{en: "15th", tgt: "15ª"},
		{en: "August 5, 2019", tgt: "5 de agosto de 2019"},
		{en: "August 5, 2019", tgt: "05/08/2019"},
		{en: "at 2 p.m.", tgt: "às 14h"},
		{en: "2:30 p.m.", tgt: "14h30"},
		{en: "more than 200", tgt: "mais de 200"},
		{en: "at least 30", tgt: "pelo menos 30"},
		{en: "nearly 50", tgt: "quase 50"},
		{en: "about 40", tgt: "cerca de 40"},
		{en: "up to 500", tgt: "até 500"},
		{en: "18.27 km", tgt: "18,27 quilômetros"},
		{en: "12 million tonnes", tgt: "12 milhões de toneladas"},
		{en: "ten years", tgt: "dez anos", spelled: true},
		{en: "two billion dollars", tgt: "dois bilhões de dólares", spelled: true},
	}, []crossDisagree{
		{"83.79 million VND", "83.790 milhões de VND", SeparatorConfusion, "83,79 milhões de VND"},
		{"4 billion euros", "4 biliões de euros", ScaleFalseFriend, "4 bilhões de euros"},
		{"1,197", "1.198", DigitChanged, "1.197"},
		{"1,197", "1.917", Transposition, "1.197"},
		{"5 hectares", "5 km²", UnitChanged, "5 ha"},
		{"$5 million", "R$ 5 milhões", UnitChanged, "US$ 5 milhões"},
		{"at least 30", "30", QualifierChanged, "pelo menos 30"},
		{"between 5 and 10", "entre 5 e 12", RangeEndChanged, "5-10"},
		{"2019-08-05", "08/05/2019", DayMonthSwapped, "5 de agosto de 2019"},
		{"15th", "15", KindChanged, "15º"},
	})
}

// TestCompareEnglishPortuguesePortugal: the same checks against European
// Portuguese, where "bilião" is 10^12 and "mil milhões" 10^9.
func TestCompareEnglishPortuguesePortugal(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.MustParse("pt-PT"), []crossAgree{
		{en: "€3 billion", tgt: "3 mil milhões de euros"},
		{en: "2 trillion euros", tgt: "2 biliões de euros"},
		{en: "43,000", tgt: "43 000"},
		{en: "15th", tgt: "15.º"},
		{en: "August 5, 2019", tgt: "5 de agosto de 2019"},
	}, []crossDisagree{
		{"€3 billion", "3 biliões de euros", ScaleFalseFriend, "3 mil milhões de euros"},
		{"1,197", "1 179", Transposition, "1\u00a0197"}, // x/text groups four digits in pt-PT,
		{"15th", "15", KindChanged, "15.º"},
	})
}
