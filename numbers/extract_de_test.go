package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// German conventions: decimal comma, point groups, "Milliarde" = 10^9,
// "Billion" = 10^12, "5. August 2019", ordinal "15.".
var germanCases = []extractCase{
	// cardinals and decimals
	{in: "68 Resolutionen", want: []string{"number|68|68"}},
	{in: "43.000 Kader", want: []string{"number|43.000|43000"}},
	{in: "1.197 Haushalte", want: []string{"number|1.197|1197"}},
	{in: "83,79 Prozent", want: []string{"percent|83,79 Prozent|83.79%"}},
	{in: "ein Wert von 3,5", want: []string{"number|3,5|3.5"}},
	{in: "1.234.567,89 Einheiten", want: []string{"number|1.234.567,89|1234567.89"}},
	{in: "12 345 Menschen", want: []string{"number|12 345|12345"}},
	{in: "12\u202f345 Menschen", want: []string{"number|12\u202f345|12345"}},
	{in: "1’000 Franken", want: []string{"money|1’000 Franken|1000 CHF"}},
	{in: "ein Minus von −3,5", want: []string{"number|−3,5|-3.5"}},
	// scale words
	{in: "4.000 Milliarden VND", want: []string{"money|4.000 Milliarden VND|4E+12 VND"}},
	{in: "4 Billionen VND", want: []string{"money|4 Billionen VND|4E+12 VND"}},
	{in: "83,79 Millionen VND/Person/Jahr", want: []string{"money|83,79 Millionen VND|8.379E+7 VND"}},
	{in: "83.790 Millionen VND", want: []string{"money|83.790 Millionen VND|8.379E+10 VND"}},
	{in: "2,5 Mio. Euro", want: []string{"money|2,5 Mio. Euro|2.5E+6 EUR"}},
	{in: "3 Mrd. €", want: []string{"money|3 Mrd. €|3E+9 EUR"}},
	{in: "5 Tsd. Besucher", want: []string{"number|5 Tsd.|5000"}},
	{in: "7 Tausend", want: []string{"number|7 Tausend|7000"}},
	{in: "12 Euro", want: []string{"money|12 Euro|12 EUR"}},
	{in: "50 US-Dollar", want: []string{"money|50 US-Dollar|50 USD"}},
	{in: "300.000 Dong", want: []string{"money|300.000 Dong|300000 VND"}},
	// percent, points, per mille
	{in: "100 %", want: []string{"percent|100 %|100%"}},
	{in: "100%", want: []string{"percent|100%|100%"}},
	{in: "100 Prozent", want: []string{"percent|100 Prozent|100%"}},
	{in: "2 Prozentpunkte", want: []string{"percentage_point|2 Prozentpunkte|2pp"}},
	{in: "0,5 Promille", want: []string{"permille|0,5 Promille|0.5‰"}},
	// ranges
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "im Zeitraum 2021–2025", want: []string{"range|2021–2025|2021..2025"}},
	{in: "von 2019 bis 2024", want: []string{"range|von 2019 bis 2024|2019..2024"}},
	{in: "2019 bis 2024", want: []string{"range|2019 bis 2024|2019..2024"}},
	{in: "zwischen 5 und 10", want: []string{"range|zwischen 5 und 10|5..10"}},
	{in: "5 bis 10 Millionen Euro", want: []string{"range|5 bis 10 Millionen Euro|5E+6..1E+7 EUR"}},
	{in: "Von 2020 bis heute", want: []string{"year|2020|2020"}},
	{in: "bis Ende 2024", want: []string{"year|2024|2024"}},
	// ordinals
	{in: "die 15. Konferenz", want: []string{"ordinal|15.|#15"}},
	{in: "zum 3. Mal", want: []string{"ordinal|3.|#3"}},
	{in: "im Jahr 2024. Die Provinz", want: []string{"year|2024|2024"}},
	{in: "Es waren 15. Danach", want: []string{"number|15|15"}},
	{in: "Es waren 15. Schüler kamen", want: []string{"ordinal|15.|#15"}}, // false positive: a sentence may end after 15.
	// years
	{in: "aus dem Jahr 2024", want: []string{"year|2024|2024"}},
	{in: "2024 Tonnen", want: []string{"quantity|2024 Tonnen|2024 t"}},
	// dates and times
	{in: "5. August 2019", want: []string{"date|5. August 2019|2019-08-05"}},
	{in: "am 5. Aug. 2019", want: []string{"date|5. Aug. 2019|2019-08-05"}},
	{in: "05.08.2019", want: []string{"date|05.08.2019|2019-08-05"}},
	{in: "5.8.2019", want: []string{"date|5.8.2019|2019-08-05"}},
	{in: "am 5. August", want: []string{"date|5. August|--08-05"}},
	{in: "im August 2019", want: []string{"date|August 2019|2019-08"}},
	{in: "2019-08-05", want: []string{"date|2019-08-05|2019-08-05"}},
	{in: "um 14:30", want: []string{"time|14:30|14:30"}},
	{in: "um 14 Uhr", want: []string{"time|14 Uhr|14:00"}},
	{in: "um 14.30 Uhr", want: []string{"time|14.30 Uhr|14:30"}},
	// units
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "5 Hektar", want: []string{"quantity|5 Hektar|5 ha"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "200 Quadratmeter", want: []string{"quantity|200 Quadratmeter|200 m²"}},
	// qualifiers
	{in: "mehr als 200", want: []string{"number|mehr als 200|200|more_than"}},
	{in: "über 200", want: []string{"number|über 200|200|more_than"}},
	{in: "knapp 50", want: []string{"number|knapp 50|50|nearly"}},
	{in: "rund 3 Millionen", want: []string{"number|rund 3 Millionen|3E+6|about"}},
	{in: "ca. 40 %", want: []string{"percent|ca. 40 %|40%|about"}},
	{in: "bis zu 10 %", want: []string{"percent|bis zu 10 %|10%|up_to"}},
	{in: "mindestens 5", want: []string{"number|mindestens 5|5|at_least"}},
	{in: "weniger als 1", want: []string{"number|weniger als 1|1|less_than"}},
	// codes
	{in: "Resolution Nr. 17-NQ/TU", want: []string{"code|17-NQ/TU|17-NQ/TU"}},
	{in: "Resolution 25-NQ/TW", want: []string{"code|25-NQ/TW|25-NQ/TW"}},
	{in: "Dekret Nr. 45/2023/ND-CP", want: []string{"code|45/2023/ND-CP|45/2023/ND-CP"}},
	{in: "Straße DT.550", want: []string{"code|DT.550|DT.550"}},
	{in: "Tel. 0203 3825", want: []string{"code|0203|0203", "number|3825|3825"}}, // false negative: one phone number
	// ambiguous and non-standard separators
	{in: "1,000 Menschen", want: []string{"number|1,000|1"}},
	{in: "1,000,000 Menschen", want: []string{"number|1,000,000|1E+6"}},
	{in: "2.5 Millionen", want: []string{"number|2.5 Millionen|2.5E+6"}},
	// false alarms
	{in: "ein Mann", want: nil, spelled: true},
	{in: "eine feste Position", want: nil, spelled: true},
	{in: "Quelle: https://baoquangninh.vn/chia-khoa-mo-duong-cho-su-phat-trien-3360125.html", want: nil},
	{in: "Mail an info@beispiel2024.de", want: nil},
	{in: "Kommentar (0)", want: []string{"number|0|0"}},
	{in: "keine Zahlen hier", want: nil},
	// spelled out
	{in: "zehn Jahre", want: []string{"quantity|zehn Jahre|10 year"}, spelled: true},
	{in: "eine Million Euro", want: []string{"money|eine Million Euro|1E+6 EUR"}, spelled: true},
	{in: "die fünfzehnte Konferenz", want: []string{"ordinal|fünfzehnte|#15"}, spelled: true},
}

func TestExtractGerman(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.German, germanCases)
}

func TestExtractNotes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		tag  language.Tag
		note string
		alt  string
	}{
		{"1,000,000", language.German, "English separators in German text", ""},
		{"2.5 Millionen", language.German, "decimal point in German text", ""},
		{"1.234,5", language.English, "German separators in English text", ""},
		{"83.790", language.German, "", "83.790"},
		{"1,000", language.German, "", "1000"},
		{"1.500", language.English, "", "1500"},
		{"1,197", language.English, "", "1.197"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			fs := Extract(tc.in, tc.tag)
			if len(fs) != 1 {
				t.Fatalf("got %d facts", len(fs))
			}
			f := fs[0]
			note := ""
			if len(f.Notes) > 0 {
				note = f.Notes[0]
			}
			if note != tc.note {
				t.Errorf("note %q, want %q", note, tc.note)
			}
			alt := ""
			if f.Alt != nil {
				alt = f.Alt.Text('f')
			}
			if alt != tc.alt {
				t.Errorf("alt %q, want %q", alt, tc.alt)
			}
		})
	}
}
