package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCompareEnglishItalian: faithful Italian renderings of English facts
// agree; each class of translation error is named.
func TestCompareEnglishItalian(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.Italian, []crossAgree{
		{en: "4,000 billion VND", tgt: "4.000 miliardi di VND"},
		{en: "4,000 billion VND", tgt: "4 bilioni di VND"},
		{en: "83.79 million VND", tgt: "83,79 milioni di VND"},
		{en: "$300 million", tgt: "300 milioni di dollari"},
		{en: "€1.2 billion", tgt: "1,2 mld di euro"},
		{en: "€350 million", tgt: "350 mln di euro"},
		{en: "43,000", tgt: "43.000"},
		{en: "83.79%", tgt: "83,79%"},
		{en: "5 percent", tgt: "5 per cento"},
		{en: "2.5 percentage points", tgt: "2,5 punti percentuali"},
		{en: "2019-2024", tgt: "dal 2019 al 2024"},
		{en: "between 5 and 10", tgt: "tra 5 e 10"},
		{en: "15th", tgt: "15°"},
		{en: "August 5, 2019", tgt: "5 agosto 2019"},
		{en: "January 1, 2020", tgt: "1° gennaio 2020"},
		{en: "August 5, 2019", tgt: "05/08/2019"},
		{en: "at 2 p.m.", tgt: "alle ore 14"},
		{en: "2:30 p.m.", tgt: "14:30"},
		{en: "more than 40%", tgt: "oltre il 40%"},
		{en: "at least 30", tgt: "almeno 30"},
		{en: "nearly 50", tgt: "quasi 50"},
		{en: "about 40", tgt: "circa 40"},
		{en: "up to 500", tgt: "fino a 500"},
		{en: "18.27 km", tgt: "18,27 chilometri"},
		{en: "12 million tonnes", tgt: "12 milioni di tonnellate"},
		{en: "ten years", tgt: "dieci anni", spelled: true},
		{en: "a million euros", tgt: "un milione di euro", spelled: true},
	}, []crossDisagree{
		{"83.79 million VND", "83.790 milioni di VND", SeparatorConfusion, "83,79 milioni di VND"},
		{"4 billion euros", "4 bilioni di euro", ScaleFalseFriend, "4 miliardi di euro"},
		{"1,197", "1.198", DigitChanged, "1.197"},
		{"68", "86", Transposition, "68"},
		{"5 km", "5 m", UnitChanged, "5 km"},
		{"$5 million", "5 milioni di euro", UnitChanged, "5 milioni di dollari"},
		{"about 200", "almeno 200", QualifierChanged, "circa 200"},
		{"2019-2024", "dal 2019 al 2025", RangeEndChanged, "2019–2024"},
		{"2019-08-05", "08/05/2019", DayMonthSwapped, "5 agosto 2019"},
		{"5%", "5 punti percentuali", KindChanged, "5%"},
		{"15th", "15", KindChanged, "15º"},
	})
}
