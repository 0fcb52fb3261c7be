package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCompareEnglishDutch: faithful Dutch renderings of English facts
// agree; each class of translation error is named, with a suggestion in
// Dutch style.
func TestCompareEnglishDutch(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.Dutch, []crossAgree{
		{en: "4,000 billion VND", tgt: "4.000 miljard VND"},
		{en: "4,000 billion VND", tgt: "4 biljoen VND"},
		{en: "83.79 million euros", tgt: "83,79 miljoen euro"},
		{en: "€2.5 million", tgt: "€ 2,5 mln."},
		{en: "€1.2 billion", tgt: "1,2 mld. euro"},
		{en: "€1,234.50", tgt: "€ 1.234,50"},
		{en: "$50", tgt: "50 Amerikaanse dollar"},
		{en: "43,000", tgt: "43.000"},
		{en: "83.79%", tgt: "83,79%"},
		{en: "5 percent", tgt: "5 procent"},
		{en: "2 percentage points", tgt: "2 procentpunt"},
		{en: "from 2019 to 2024", tgt: "van 2019 tot en met 2024"},
		{en: "between 5 and 10", tgt: "tussen 5 en 10"},
		{en: "15th", tgt: "15de"},
		{en: "1st", tgt: "1e"},
		{en: "August 5, 2019", tgt: "5 augustus 2019"},
		{en: "August 5, 2019", tgt: "05-08-2019"},
		{en: "at 2:30 p.m.", tgt: "om 14.30 uur"},
		{en: "at 8 p.m.", tgt: "om 8 uur 's avonds"},
		{en: "more than 200", tgt: "ruim 200"},
		{en: "at least 30", tgt: "minstens 30"},
		{en: "nearly 50", tgt: "bijna 50"},
		{en: "about 40", tgt: "zo'n 40"},
		{en: "up to 500", tgt: "tot wel 500"},
		{en: "rose to 438.8 million tonnes", tgt: "steeg tot 438,8 miljoen ton"},
		{en: "18.27 km", tgt: "18,27 kilometer"},
		{en: "200 square metres", tgt: "200 vierkante meter"},
		{en: "25-NQ/TW", tgt: "25-NQ/TW"},
		{en: "ten years", tgt: "tien jaar", spelled: true},
	}, []crossDisagree{
		{"83.79 million VND", "83.790 miljoen VND", SeparatorConfusion, "83,79 miljoen VND"},
		{"4 billion VND", "4 biljoen VND", ScaleFalseFriend, "4 miljard VND"},
		{"1,197", "1.198", DigitChanged, "1.197"},
		{"1,197", "1.179", Transposition, "1.197"},
		{"€5 million", "5 miljoen dollar", UnitChanged, "€ 5 miljoen"},
		{"5 km", "5 m", UnitChanged, "5 km"},
		{"more than 200", "200", QualifierChanged, "meer dan 200"},
		{"2019-2024", "van 2019 tot 2025", RangeEndChanged, "2019–2024"},
		{"August 3, 2019", "08-03-2019", DayMonthSwapped, "3 augustus 2019"},
		{"5%", "5 procentpunt", KindChanged, "5%"},
	})
}
