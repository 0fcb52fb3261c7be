package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCompareEnglishGerman adds to match_test.go's English ↔ German pairs
// the renderings and error classes it does not cover: abbreviations,
// money before the number, qualifiers, units and dates.
func TestCompareEnglishGerman(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.German, []crossAgree{
		{en: "€3 billion", tgt: "3 Mrd. Euro"},
		{en: "€2.5 million", tgt: "2,5 Mio. €"},
		{en: "$300 million", tgt: "300 Millionen US-Dollar"},
		{en: "12 million tonnes", tgt: "12 Millionen Tonnen"},
		{en: "1,234,567.89", tgt: "1.234.567,89"},
		{en: "0.5 per mille", tgt: "0,5 Promille"},
		{en: "the 1st", tgt: "der 1. Platz"},
		{en: "January 1, 2020", tgt: "1. Januar 2020"},
		{en: "at 2:30 p.m.", tgt: "um 14.30 Uhr"},
		{en: "at least 30", tgt: "mindestens 30"},
		{en: "nearly 50", tgt: "fast 50"},
		{en: "about 40", tgt: "rund 40"},
		{en: "up to 500", tgt: "bis zu 500"},
		{en: "fewer than 10", tgt: "weniger als 10"},
		{en: "5 hectares", tgt: "5 Hektar"},
		{en: "30°C", tgt: "30 °C"},
		{en: "450 MW", tgt: "450 Megawatt"},
		{en: "between 5 and 10 million euros", tgt: "zwischen 5 und 10 Millionen Euro"},
		{en: "45/2023/ND-CP", tgt: "45/2023/ND-CP"},
	}, []crossDisagree{
		{"1.5 million", "1.500 Millionen", SeparatorConfusion, "1,5 Millionen"},
		{"€3 billion", "3 Billionen Euro", ScaleFalseFriend, "3 Milliarden €"},
		{"€2.5 million", "2,6 Mio. €", DigitChanged, "2,5 Millionen €"},
		{"$300 million", "300 Millionen Euro", UnitChanged, "300 Millionen US-Dollar"},
		{"12 tonnes", "12 Kilogramm", UnitChanged, "12 t"},
		{"nearly 50", "mehr als 50", QualifierChanged, "fast 50"},
		{"up to 500", "500", QualifierChanged, "bis zu 500"},
		{"between 5 and 10", "zwischen 5 und 12", RangeEndChanged, "5–10"},
		{"August 3, 2019", "08.03.2019", DayMonthSwapped, "3. August 2019"},
		{"2.5 percentage points", "2,5 Prozent", KindChanged, "2,5 Prozentpunkte"},
	})
}
