package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// English conventions: decimal point, comma groups, "billion" = 10^9,
// Month D, YYYY dates, ordinal suffixes.
var englishCases = []extractCase{
	// cardinals and decimals
	{in: "68 Resolutions", want: []string{"number|68|68"}},
	{in: "43,000 cadres", want: []string{"number|43,000|43000"}},
	{in: "1,197 near-poor households", want: []string{"number|1,197|1197"}},
	{in: "83.79 percent", want: []string{"percent|83.79 percent|83.79%"}},
	{in: "a value of 3.5", want: []string{"number|3.5|3.5"}},
	{in: "1,234,567.89 units", want: []string{"number|1,234,567.89|1234567.89"}},
	{in: "0.5 points", want: []string{"number|0.5|0.5"}},
	{in: "a fall of -5", want: []string{"number|-5|-5"}},
	{in: "a fall of −5", want: []string{"number|−5|-5"}},
	{in: "12 345 people", want: []string{"number|12 345|12345"}},
	{in: "12\u00a0345 people", want: []string{"number|12\u00a0345|12345"}},
	{in: "1'000 francs", want: []string{"number|1'000|1000"}},
	// scale words
	{in: "4,000 billion VND", want: []string{"money|4,000 billion VND|4E+12 VND"}},
	{in: "83.79 million VND/person/year", want: []string{"money|83.79 million VND|8.379E+7 VND"}},
	{in: "2 trillion", want: []string{"number|2 trillion|2E+12"}},
	{in: "5 thousand", want: []string{"number|5 thousand|5000"}},
	{in: "$5m", want: []string{"money|$5m|5E+6 USD"}},
	{in: "5 m high", want: []string{"quantity|5 m|5 m"}},
	// a glued "m" before a counted plural is million (British news style)
	{in: "build 2m homes", want: []string{"number|2m|2E+6"}},
	{in: "1.5m people voted", want: []string{"number|1.5m|1.5E+6"}},
	{in: "2m new homes", want: []string{"number|2m|2E+6"}},
	{in: "exports of 2m tonnes", want: []string{"quantity|2m tonnes|2E+6 t"}},
	{in: "a 2m wall", want: []string{"quantity|2m|2 m"}},
	{in: "the wall is 2m high", want: []string{"quantity|2m|2 m"}},
	{in: "the 110m hurdles", want: []string{"quantity|110m|110 m"}},
	{in: "it rose to 2m.", want: []string{"quantity|2m|2 m"}},
	{in: "2m long tunnels", want: []string{"quantity|2m|2 m"}},
	{in: "2 m homes", want: []string{"quantity|2 m|2 m"}},
	{in: "€2.5bn", want: []string{"money|€2.5bn|2.5E+9 EUR"}},
	{in: "US$ 3 billion", want: []string{"money|US$ 3 billion|3E+9 USD"}},
	{in: "10k runners", want: []string{"number|10k|10000"}},
	{in: "12 dollars", want: []string{"money|12 dollars|12 USD"}},
	{in: "300,000 đồng", want: []string{"money|300,000 đồng|300000 VND"}},
	// percent, points, per mille
	{in: "100%", want: []string{"percent|100%|100%"}},
	{in: "100 %", want: []string{"percent|100 %|100%"}},
	{in: "100 per cent", want: []string{"percent|100 per cent|100%"}},
	{in: "2 percentage points", want: []string{"percentage_point|2 percentage points|2pp"}},
	{in: "5 ‰", want: []string{"permille|5 ‰|5‰"}},
	// ranges
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "2019–2024", want: []string{"range|2019–2024|2019..2024"}},
	{in: "from 2019 to 2024", want: []string{"range|from 2019 to 2024|2019..2024"}},
	{in: "between 5 and 10", want: []string{"range|between 5 and 10|5..10"}},
	{in: "5 to 10 million", want: []string{"range|5 to 10 million|5E+6..1E+7"}},
	{in: "10-15%", want: []string{"range|10-15%|10..15 %"}},
	{in: "From 2020 to present", want: []string{"year|2020|2020"}},
	{in: "a 3-2 win", want: []string{"number|3|3", "number|2|2"}},
	// ordinals
	{in: "the 15th Conference", want: []string{"ordinal|15th|#15"}},
	{in: "1st, 2nd and 3rd", want: []string{"ordinal|1st|#1", "ordinal|2nd|#2", "ordinal|3rd|#3"}},
	{in: "the 21st century", want: []string{"ordinal|21st|#21"}},
	// years
	{in: "in 2024.", want: []string{"year|2024|2024"}},
	{in: "by the end of 2024", want: []string{"year|2024|2024"}},
	{in: "2024 tonnes", want: []string{"quantity|2024 tonnes|2024 t"}},
	{in: "more than 2000", want: []string{"number|more than 2000|2000|more_than"}},
	// dates and times
	{in: "August 5, 2019", want: []string{"date|August 5, 2019|2019-08-05"}},
	{in: "Aug. 5, 2019", want: []string{"date|Aug. 5, 2019|2019-08-05"}},
	{in: "5 August 2019", want: []string{"date|5 August 2019|2019-08-05"}},
	{in: "2019-08-05", want: []string{"date|2019-08-05|2019-08-05"}},
	{in: "in August 2019", want: []string{"date|August 2019|2019-08"}},
	{in: "on 15/08/2019", want: []string{"date|15/08/2019|2019-08-15"}},
	{in: "on 05/08/2019", want: []string{"date|05/08/2019|2019-08-05|2019-05-08"}},
	{in: "at 14:30", want: []string{"time|14:30|14:30"}},
	{in: "at 2 p.m.", want: []string{"time|2 p.m.|14:00"}},
	{in: "at 2:30 pm", want: []string{"time|2:30 pm|14:30"}},
	// units
	{in: "18.27 km", want: []string{"quantity|18.27 km|18.27 km"}},
	{in: "5 ha", want: []string{"quantity|5 ha|5 ha"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "500 MW", want: []string{"quantity|500 MW|500 MW"}},
	{in: "5km", want: []string{"quantity|5km|5 km"}},
	// qualifiers
	{in: "more than 200", want: []string{"number|more than 200|200|more_than"}},
	{in: "nearly 50", want: []string{"number|nearly 50|50|nearly"}},
	{in: "about 3 million", want: []string{"number|about 3 million|3E+6|about"}},
	{in: "up to 10%", want: []string{"percent|up to 10%|10%|up_to"}},
	{in: "at least 5", want: []string{"number|at least 5|5|at_least"}},
	{in: "less than 1", want: []string{"number|less than 1|1|less_than"}},
	// codes
	{in: "Resolution No. 17-NQ/TU", want: []string{"code|17-NQ/TU|17-NQ/TU"}},
	{in: "Decree No. 45/2023/ND-CP", want: []string{"code|45/2023/ND-CP|45/2023/ND-CP"}},
	{in: "road DT.550", want: []string{"code|DT.550|DT.550"}},
	{in: "highway QL18", want: []string{"code|QL18|QL18"}},
	{in: "version v1.2.3", want: []string{"code|v1.2.3|V1.2.3"}},
	{in: "call +84 203 3825 123", want: []string{"code|+84 203 3825 123|+842033825123"}},
	{in: "COVID-19", want: []string{"code|COVID-19|COVID-19"}},
	// ambiguous and non-standard separators
	{in: "1.500 people", want: []string{"number|1.500|1.5"}},
	{in: "1.234,5 tonnes", want: []string{"quantity|1.234,5 tonnes|1234.5 t"}},
	// false alarms (STYLE.md #9)
	{in: "one of the best", want: nil, spelled: true},
	{in: "a man", want: nil, spelled: true},
	{in: "See https://baoquangninh.vn/chia-khoa-3360125.html today", want: nil},
	{in: "write to info2024@example.com", want: nil},
	{in: "www.site123.com", want: nil},
	{in: "Comment (0)", want: []string{"number|0|0"}},
	{in: "no numbers here", want: nil},
	{in: "In May 2019 15 people came", want: []string{"date|May 2019|2019-05", "number|15|15"}},
	// spelled out
	{in: "ten years", want: []string{"quantity|ten years|10 year"}, spelled: true},
	{in: "twenty-three", want: []string{"number|twenty-three|23"}, spelled: true},
	{in: "a million dollars", want: []string{"money|a million dollars|1E+6 USD"}, spelled: true},
}

func TestExtractEnglish(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.English, englishCases)
}
