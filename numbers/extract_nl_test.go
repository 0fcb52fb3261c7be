package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// Dutch: decimal comma, point groups, "miljard" = 10^9, "biljoen" = 10^12,
// "5 augustus 2019", ordinal "15e".
var dutchCases = []extractCase{
	{in: "68 resoluties", want: []string{"number|68|68"}},
	{in: "43.000 kaderleden", want: []string{"number|43.000|43000"}},
	{in: "1.197 huishoudens", want: []string{"number|1.197|1197"}},
	{in: "83,79 miljoen VND", want: []string{"money|83,79 miljoen VND|8.379E+7 VND"}},
	{in: "4.000 miljard VND", want: []string{"money|4.000 miljard VND|4E+12 VND"}},
	{in: "4 biljoen euro", want: []string{"money|4 biljoen euro|4E+12 EUR"}},
	{in: "2,5 mln. euro", want: []string{"money|2,5 mln. euro|2.5E+6 EUR"}},
	{in: "€ 12", want: []string{"money|€ 12|12 EUR"}},
	{in: "100%", want: []string{"percent|100%|100%"}},
	{in: "100 procent", want: []string{"percent|100 procent|100%"}},
	{in: "2 procentpunten", want: []string{"percentage_point|2 procentpunten|2pp"}},
	{in: "van 2019 tot 2024", want: []string{"range|van 2019 tot 2024|2019..2024"}},
	{in: "tussen 5 en 10", want: []string{"range|tussen 5 en 10|5..10"}},
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "de 15e conferentie", want: []string{"ordinal|15e|#15"}},
	{in: "de 1ste keer", want: []string{"ordinal|1ste|#1"}},
	{in: "op 5 augustus 2019", want: []string{"date|5 augustus 2019|2019-08-05"}},
	{in: "05-08-2019", want: []string{"date|05-08-2019|2019-08-05"}},
	{in: "in 2024", want: []string{"year|2024|2024"}},
	{in: "meer dan 200", want: []string{"number|meer dan 200|200|more_than"}},
	{in: "ruim 200", want: []string{"number|ruim 200|200|more_than"}},
	{in: "bijna 50", want: []string{"number|bijna 50|50|nearly"}},
	{in: "om 14 uur", want: []string{"time|14 uur|14:00"}},
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "Resolutie 25-NQ/TW", want: []string{"code|25-NQ/TW|25-NQ/TW"}},
	{in: "Reactie (0)", want: []string{"number|0|0"}},
	{in: "Bron: https://baohatinh.vn/a-3360125.html", want: nil},
}

func TestExtractDutch(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Dutch, dutchCases)
}
