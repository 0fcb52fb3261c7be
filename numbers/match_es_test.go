package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCompareEnglishSpanish: faithful Spanish renderings of English facts
// agree; each class of translation error is named.
func TestCompareEnglishSpanish(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.Spanish, []crossAgree{
		{en: "4,000 billion VND", tgt: "4.000 mil millones de VND"},
		{en: "4,000 billion VND", tgt: "4 billones de VND"},
		{en: "83.79 million VND", tgt: "83,79 millones de VND"},
		{en: "$300 million", tgt: "300 millones de dólares"},
		{en: "€3 billion", tgt: "3.000 millones de euros"},
		{en: "43,000", tgt: "43.000"},
		{en: "83.79%", tgt: "83,79 %"},
		{en: "5 percent", tgt: "5 por ciento"},
		{en: "2.5 percentage points", tgt: "2,5 puntos porcentuales"},
		{en: "2019-2024", tgt: "de 2019 a 2024"},
		{en: "between 5 and 10", tgt: "entre 5 y 10"},
		{en: "15th", tgt: "15.ª"},
		{en: "August 5, 2019", tgt: "5 de agosto de 2019"},
		{en: "August 5, 2019", tgt: "05/08/2019"},
		{en: "in August 2019", tgt: "en agosto de 2019"},
		{en: "at 2 p.m.", tgt: "a las 14:00"},
		{en: "more than 200", tgt: "más de 200"},
		{en: "at least 30", tgt: "al menos 30"},
		{en: "nearly 50", tgt: "casi 50"},
		{en: "about 40", tgt: "unos 40"},
		{en: "up to 500", tgt: "hasta 500"},
		{en: "18.27 km", tgt: "18,27 kilómetros"},
		{en: "5 hectares", tgt: "5 hectáreas"},
		{en: "12 million tonnes", tgt: "12 millones de toneladas"},
		{en: "30°C", tgt: "30 °C"},
		{en: "17-NQ/TU", tgt: "17-NQ/TU"},
		{en: "ten years", tgt: "diez años", spelled: true},
		{en: "a million euros", tgt: "un millón de euros", spelled: true},
	}, []crossDisagree{
		{"83.79 million VND", "83.790 millones de VND", SeparatorConfusion, "83,79 millones de VND"},
		{"4 billion VND", "4 billones de VND", ScaleFalseFriend, "4 mil millones de VND"},
		{"1,197", "1.198", DigitChanged, "1.197"},
		{"1,197", "1.179", Transposition, "1.197"},
		{"5 km", "5 m", UnitChanged, "5 km"},
		{"$5 million", "5 millones de euros", UnitChanged, "5 millones de dólares"},
		{"more than 200", "200", QualifierChanged, "más de 200"},
		{"2019-2024", "de 2019 a 2025", RangeEndChanged, "2019-2024"},
		{"2019-08-05", "08/05/2019", DayMonthSwapped, "5 de agosto de 2019"},
		{"5%", "5 puntos porcentuales", KindChanged, "5 %"},
		{"15th", "15", KindChanged, "15.º"},
	})
}
