package numbers

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Dutch conventions as a Dutch newsroom writes them: decimal comma, point
// groups ("43.000"), "miljoen", "miljard" = 10^9, "biljoen" = 10^12, "mln."
// and "mld.", "€ 1.234,50" with the euro sign first, "5 augustus 2019",
// "1e", "15de", "8ste", "procent" and "procentpunt", "om 14.30 uur".
var dutchCases = []extractCase{
	// cardinals and decimals
	{in: "68 resoluties", want: []string{"number|68|68"}},
	{in: "43.000 kaderleden", want: []string{"number|43.000|43000"}},
	{in: "1.197 huishoudens", want: []string{"number|1.197|1197"}},
	{in: "1.234.567,89 eenheden", want: []string{"number|1.234.567,89|1234567.89"}},
	{in: "een gemiddelde van 3,5", want: []string{"number|3,5|3.5"}, spelled: true},
	{in: "een daling van −3,5", want: []string{"number|−3,5|-3.5"}, spelled: true},
	{in: "Reactie (0)", want: []string{"number|0|0"}},
	// scale words and abbreviations
	{in: "83,79 miljoen VND", want: []string{"money|83,79 miljoen VND|8.379E+7 VND"}},
	{in: "83,79 miljoen euro", want: []string{"money|83,79 miljoen euro|8.379E+7 EUR"}},
	{in: "4.000 miljard VND", want: []string{"money|4.000 miljard VND|4E+12 VND"}},
	{in: "4 biljoen euro", want: []string{"money|4 biljoen euro|4E+12 EUR"}},
	{in: "2,5 mln. euro", want: []string{"money|2,5 mln. euro|2.5E+6 EUR"}},
	{in: "1,2 mld. euro", want: []string{"money|1,2 mld. euro|1.2E+9 EUR"}},
	{in: "€ 2,5 miljoen", want: []string{"money|€ 2,5 miljoen|2.5E+6 EUR"}},
	{in: "€1,2 mld.", want: []string{"money|€1,2 mld.|1.2E+9 EUR"}},
	{in: "17 miljoen inwoners", want: []string{"number|17 miljoen|1.7E+7"}},
	{in: "twee miljard euro", want: []string{"money|twee miljard euro|2E+9 EUR"}, spelled: true},
	{in: "2.5 miljoen", want: []string{"number|2.5 miljoen|2.5E+6"}}, // English decimal point: read with a note
	// money
	{in: "€ 12", want: []string{"money|€ 12|12 EUR"}},
	{in: "€ 1.234,50", want: []string{"money|€ 1.234,50|1234.5 EUR"}},
	{in: "€ 12,-", want: []string{"money|€ 12|12 EUR"}},
	{in: "12 euro", want: []string{"money|12 euro|12 EUR"}},
	{in: "50 Amerikaanse dollar", want: []string{"money|50 Amerikaanse dollar|50 USD"}},
	{in: "$ 5", want: []string{"money|$ 5|5 USD"}},
	{in: "300.000 dong", want: []string{"money|300.000 dong|300000 VND"}},
	{in: "£ 40", want: []string{"money|£ 40|40 GBP"}},
	// percent, points, per mille
	{in: "100%", want: []string{"percent|100%|100%"}},
	{in: "100 procent", want: []string{"percent|100 procent|100%"}},
	{in: "83,79 procent", want: []string{"percent|83,79 procent|83.79%"}},
	{in: "vijf procent", want: []string{"percent|vijf procent|5%"}, spelled: true},
	{in: "2 procentpunten", want: []string{"percentage_point|2 procentpunten|2pp"}},
	{in: "0,5 procentpunt", want: []string{"percentage_point|0,5 procentpunt|0.5pp"}},
	{in: "3 promille", want: []string{"permille|3 promille|3‰"}},
	// ranges
	{in: "van 2019 tot 2024", want: []string{"range|van 2019 tot 2024|2019..2024"}},
	{in: "van 2019 tot en met 2024", want: []string{"range|van 2019 tot en met 2024|2019..2024"}},
	{in: "2019 t/m 2024", want: []string{"range|2019 t/m 2024|2019..2024"}},
	{in: "van 2019 t/m 2024", want: []string{"range|van 2019 t/m 2024|2019..2024"}},
	{in: "tussen 5 en 10", want: []string{"range|tussen 5 en 10|5..10"}},
	{in: "tussen 5 en 10 miljoen euro", want: []string{"range|tussen 5 en 10 miljoen euro|5E+6..1E+7 EUR"}},
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "de periode 2021–2025", want: []string{"range|2021–2025|2021..2025"}},
	{in: "5 tot 10 procent", want: []string{"range|5 tot 10 procent|5..10 %"}},
	{in: "20 à 30 deelnemers", want: []string{"range|20 à 30|20..30"}},
	// ordinals
	{in: "de 15e conferentie", want: []string{"ordinal|15e|#15"}},
	{in: "de 15de conferentie", want: []string{"ordinal|15de|#15"}},
	{in: "de 1ste keer", want: []string{"ordinal|1ste|#1"}},
	{in: "de 8ste editie", want: []string{"ordinal|8ste|#8"}},
	{in: "de vijftiende conferentie", want: []string{"ordinal|vijftiende|#15"}, spelled: true},
	// dates and years
	{in: "op 5 augustus 2019", want: []string{"date|5 augustus 2019|2019-08-05"}},
	{in: "op 1 januari", want: []string{"date|1 januari|--01-01"}},
	{in: "op 5 aug. 2019", want: []string{"date|5 aug. 2019|2019-08-05"}},
	{in: "in augustus 2019", want: []string{"date|augustus 2019|2019-08"}},
	{in: "05-08-2019", want: []string{"date|05-08-2019|2019-08-05"}},
	{in: "5/8/2019", want: []string{"date|5/8/2019|2019-08-05"}},
	{in: "in 2024", want: []string{"year|2024|2024"}},
	{in: "in het jaar 2024", want: []string{"year|2024|2024"}},
	// times
	{in: "om 14 uur", want: []string{"time|14 uur|14:00"}},
	{in: "om 14.30 uur", want: []string{"time|14.30 uur|14:30"}},
	{in: "om 14:30 uur", want: []string{"time|14:30 uur|14:30"}},
	{in: "om 12:30 uur", want: []string{"time|12:30 uur|12:30"}},
	{in: "om 2 uur 's middags", want: []string{"time|2 uur 's middags|14:00"}},
	{in: "om half drie", want: []string{"number|half|0.5", "number|drie|3"}, spelled: true}, // false positive: "half drie" is 2:30, read as two numbers
	{in: "om 8 uur 's avonds", want: []string{"time|8 uur 's avonds|20:00"}},
	{in: "om 9 uur 's ochtends", want: []string{"time|9 uur 's ochtends|09:00"}},
	// units
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "5 hectare", want: []string{"quantity|5 hectare|5 ha"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "30 graden", want: []string{"quantity|30 graden|30 °C"}},
	{in: "200 vierkante meter", want: []string{"quantity|200 vierkante meter|200 m²"}},
	{in: "12 ton", want: []string{"quantity|12 ton|12 t"}},
	{in: "1.200 kWh", want: []string{"quantity|1.200 kWh|1200 kWh"}},
	{in: "450 MW", want: []string{"quantity|450 MW|450 MW"}},
	{in: "tien jaar", want: []string{"quantity|tien jaar|10 year"}, spelled: true},
	// qualifiers
	{in: "meer dan 200", want: []string{"number|meer dan 200|200|more_than"}},
	{in: "Meer dan 200 gezinnen", want: []string{"number|Meer dan 200|200|more_than"}},
	{in: "ruim 200", want: []string{"number|ruim 200|200|more_than"}},
	{in: "bijna 50", want: []string{"number|bijna 50|50|nearly"}},
	{in: "zo'n 40", want: []string{"number|zo'n 40|40|about"}},
	{in: "zo’n 40", want: []string{"number|zo’n 40|40|about"}},
	{in: "ongeveer 3 miljoen", want: []string{"number|ongeveer 3 miljoen|3E+6|about"}},
	{in: "minstens 30", want: []string{"number|minstens 30|30|at_least"}},
	{in: "ten minste 30", want: []string{"number|ten minste 30|30|at_least"}},
	{in: "minder dan 10", want: []string{"number|minder dan 10|10|less_than"}},
	{in: "tot 500 mensen", want: []string{"number|tot 500|500|up_to"}},
	{in: "tot 15 millimeter regen", want: []string{"quantity|tot 15 millimeter|15 mm|up_to"}},
	{in: "de omzet steeg tot 12 miljoen euro", want: []string{"money|12 miljoen euro|1.2E+7 EUR"}},               // rose to: no qualifier
	{in: "het aantal is gedaald van 40 tot 30", want: []string{"number|40|40", "number|30|30"}},                  // a change, not a range
	{in: "de prijs werd vorig jaar verhoogd tot 5 euro", want: []string{"money|5 euro|5 EUR"}},                   // raised to, five words back
	{in: "Het water steeg. Tot 15 millimeter viel er", want: []string{"quantity|Tot 15 millimeter|15 mm|up_to"}}, // another sentence: up to
	{in: "steeg tot 438,8 miljoen ton", want: []string{"quantity|438,8 miljoen ton|4.388E+8 t"}},
	{in: "steeg met 2,4 procent tot 438,8 miljoen ton", want: []string{"percent|2,4 procent|2.4%", "quantity|438,8 miljoen ton|4.388E+8 t"}},
	{in: "tot wel 500 mensen", want: []string{"number|tot wel 500|500|up_to"}},
	{in: "krap 50", want: []string{"number|krap 50|50|nearly"}},
	// codes, identifiers, URLs: never quantities
	{in: "Resolutie 25-NQ/TW", want: []string{"code|25-NQ/TW|25-NQ/TW"}},
	{in: "Besluit 45/2023/ND-CP", want: []string{"code|45/2023/ND-CP|45/2023/ND-CP"}},
	{in: "postcode 1012 AB", want: []string{"year|1012|1012"}}, // false positive: a postcode reads as a year
	{in: "de snelweg A2", want: []string{"code|A2|A2"}},
	{in: "Bron: https://baohatinh.vn/a-3360125.html", want: nil},
	{in: "Mail naar pers2024@example.nl", want: nil},
	{in: "Tel.: +31 20 123 4567", want: []string{"code|+31 20 123 4567|+31201234567"}},
	// false alarms: words that are not numbers here
	{in: "een van de huishoudens", want: nil, spelled: true},
	{in: "één van de huishoudens", want: nil, spelled: true},
	{in: "de een of ander", want: nil, spelled: true},
	{in: "een huishouden", want: nil, spelled: true},
	{in: "in mei werd besloten", want: nil},
	{in: "de Tweede Kamer", want: nil, spelled: true},
	{in: "ten eerste", want: nil, spelled: true},
	{in: "de Eerste Kamer stemde", want: nil, spelled: true},
	{in: "voor het eerst sinds 2019", want: []string{"year|2019|2019"}, spelled: true},
	{in: "de 21e eeuw", want: []string{"ordinal|21e|#21"}},
	{in: "Ruim 200 gezinnen", want: []string{"number|Ruim 200|200|more_than"}},
	{in: "ca. 40 deelnemers", want: []string{"number|ca. 40|40|about"}},
	{in: "1,000,000 euro", want: []string{"money|1,000,000 euro|1E+6 EUR"}}, // English separators: read with a note
	{in: "1.000 euro", want: []string{"money|1.000 euro|1000 EUR"}},
}

func TestExtractDutch(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Dutch, dutchCases)
}

// dutchArticle is a Dutch news paragraph with a fact of each kind.
const dutchArticle = "Op 6 februari 2025 maakte het havenbedrijf de cijfers bekend: de overslag steeg met 2,4 procent " +
	"tot 438,8 miljoen ton en de omzet kwam uit op € 1,2 mld. Ruim 5.000 mensen werken er; zo'n 40 procent " +
	"gaat per binnenvaart. Van 2019 tot en met 2024 ging 83,5 miljoen euro naar kademuren, tussen 5 en 10 " +
	"procentpunt meer. De 25ste havendagen openen om 14.30 uur; één van de sprekers komt uit de Tweede Kamer."

// FuzzExtractDutch checks the Dutch table on any input: no panic, spans
// inside the text and in order, the same answer twice.
func FuzzExtractDutch(f *testing.F) {
	for _, c := range dutchCases {
		f.Add(c.in)
	}
	f.Add(dutchArticle)
	f.Add("van 1 t/m tot en met 't/m 5 à à 's avonds 14:30 uur 's 1e 15de één van de")
	f.Fuzz(func(t *testing.T, text string) {
		checkFacts(t, text, language.Dutch, language.English)
	})
}

func BenchmarkExtractDutch(b *testing.B) {
	b.SetBytes(int64(len(dutchArticle)))
	b.ReportAllocs()
	for range b.N {
		Extract(dutchArticle, language.Dutch)
	}
}

// TestDutchArticle reads dutchArticle whole: every fact, nothing from the
// false friends "één van de" and "Tweede Kamer".
func TestDutchArticle(t *testing.T) {
	t.Parallel()
	var got []string
	for _, f := range Extract(dutchArticle, language.Dutch) {
		got = append(got, describe(f))
	}
	want := []string{
		"date|6 februari 2025|2025-02-06",
		"percent|2,4 procent|2.4%",
		"quantity|438,8 miljoen ton|4.388E+8 t",
		"money|€ 1,2 mld.|1.2E+9 EUR",
		"number|Ruim 5.000|5000|more_than",
		"percent|zo'n 40 procent|40%|about",
		"range|Van 2019 tot en met 2024|2019..2024",
		"money|83,5 miljoen euro|8.35E+7 EUR",
		"range|tussen 5 en 10 procentpunt|5..10 pp",
		"ordinal|25ste|#25",
		"time|14.30 uur|14:30",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Extract\n got %q\nwant %q", got, want)
	}
}
