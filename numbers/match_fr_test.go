package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCompareEnglishFrench: faithful French renderings of English facts
// agree; each class of translation error is named, with a suggestion in
// French style (x/text's CLDR writes groups with U+00A0).
func TestCompareEnglishFrench(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.French, []crossAgree{
		{en: "4,000 billion VND", tgt: "4 000 milliards de VND"},
		{en: "4,000 billion VND", tgt: "4 billions de VND"},
		{en: "83.79 million VND", tgt: "83,79 millions de VND"},
		{en: "$50 million", tgt: "50 millions de dollars américains"},
		{en: "€2 billion", tgt: "2 milliards d’euros"},
		{en: "€3 million", tgt: "3 M€"},
		{en: "43,000", tgt: "43\u202f000"},
		{en: "43,000", tgt: "43\u00a0000"},
		{en: "83.79%", tgt: "83,79 %"},
		{en: "100 percent", tgt: "100 pour cent"},
		{en: "2 percentage points", tgt: "2 points de pourcentage"},
		{en: "from 2019 to 2024", tgt: "de 2019 à 2024"},
		{en: "between 5 and 10", tgt: "entre 5 et 10"},
		{en: "15th", tgt: "15e"},
		{en: "1st", tgt: "1er"},
		{en: "August 5, 2019", tgt: "le 5 août 2019"},
		{en: "August 1, 2019", tgt: "le 1er août 2019"},
		{en: "August 5, 2019", tgt: "05/08/2019"},
		{en: "at 2:30 p.m.", tgt: "à 14h30"},
		{en: "more than 200", tgt: "plus de 200"},
		{en: "at least 30", tgt: "au moins 30"},
		{en: "nearly 50", tgt: "près de 50"},
		{en: "about 40", tgt: "environ 40"},
		{en: "up to 500", tgt: "jusqu’à 500"},
		{en: "18.27 km", tgt: "18,27 km"},
		{en: "30°C", tgt: "30 °C"},
		{en: "17-NQ/TU", tgt: "17-NQ/TU"},
		{en: "ten years", tgt: "dix ans", spelled: true},
	}, []crossDisagree{
		{"83.79 million VND", "83.790 millions de VND", SeparatorConfusion, "83,79 millions de VND"},
		{"4 billion VND", "4 billions de VND", ScaleFalseFriend, "4 milliards de VND"},
		{"1,197", "1 198", DigitChanged, "1\u00a0197"},
		{"1,197", "1 179", Transposition, "1\u00a0197"},
		{"$5 million", "5 millions d’euros", UnitChanged, "5 millions de dollars"},
		{"5 km", "5 m", UnitChanged, "5 km"},
		{"more than 200", "200", QualifierChanged, "plus de 200"},
		{"2019-2024", "de 2019 à 2025", RangeEndChanged, "2019–2024"},
		{"August 3, 2019", "08/03/2019", DayMonthSwapped, "3 août 2019"},
		{"15th", "15", KindChanged, "15e"},
	})
}

// TestFormatFrench: suggestions in French style — the singular scale word
// below 2, "d’euros" after a scale word, "1er" for the first of the month.
func TestFormatFrench(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"€1.2 billion", "1,2 milliard d’euros"},
		{"€3 billion", "3 milliards d’euros"},
		{"1.5 million", "1,5 million"},
		{"2 million", "2 millions"},
		{"$450 million", "450 millions de dollars"},
		{"83.79 million VND", "83,79 millions de VND"},
		{"€12", "12 €"},
		{"September 1, 2025", "1er septembre 2025"},
		{"October 3, 2025", "3 octobre 2025"},
		{"1st", "1er"},
		{"43,000", "43\u00a0000"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			if got := Format(one(t, tc.in, language.English), language.French); got != tc.want {
				t.Errorf("Format(%q, fr) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
