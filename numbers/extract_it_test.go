package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// Italian as a Milan news desk writes it: decimal comma, point groups
// ("43.000", "1.500"), "miliardi" = 10^9, "mln"/"mld" in the financial
// pages, "milioni di euro", "5 agosto 2019", "1° gennaio", "il 15°
// congresso", "il 40%", "per cento", "punti percentuali", "alle ore 14",
// and the article after a qualifier ("oltre il 40%", "fino al 2030").
var italianCases = []extractCase{
	// cardinals and decimals
	{in: "68 risoluzioni", want: []string{"number|68|68"}},
	{in: "43.000 quadri", want: []string{"number|43.000|43000"}},
	{in: "1.197 famiglie", want: []string{"number|1.197|1197"}},
	{in: "1.234.567,89 unità", want: []string{"number|1.234.567,89|1234567.89"}},
	{in: "un tasso del 3,5", want: []string{"number|3,5|3.5"}},
	{in: "un calo di −0,3", want: []string{"number|−0,3|-0.3"}},
	{in: "2,5 milioni", want: []string{"number|2,5 milioni|2.5E+6"}},
	{in: "2.5 milioni", want: []string{"number|2.5 milioni|2.5E+6"}}, // decimal point: read with a note
	// scale words and money
	{in: "4.000 miliardi di VND", want: []string{"money|4.000 miliardi di VND|4E+12 VND"}},
	{in: "4 bilioni di dong", want: []string{"money|4 bilioni di dong|4E+12 VND"}},
	{in: "3 miliardi di euro", want: []string{"money|3 miliardi di euro|3E+9 EUR"}},
	{in: "83,79 milioni di VND a persona", want: []string{"money|83,79 milioni di VND|8.379E+7 VND"}},
	{in: "1,2 mld di euro", want: []string{"money|1,2 mld di euro|1.2E+9 EUR"}},
	{in: "350 mln di euro", want: []string{"money|350 mln di euro|3.5E+8 EUR"}},
	{in: "12 milioni di dollari", want: []string{"money|12 milioni di dollari|1.2E+7 USD"}},
	{in: "un milione di euro", want: []string{"money|un milione di euro|1E+6 EUR"}, spelled: true},
	{in: "due miliardi di dollari", want: []string{"money|due miliardi di dollari|2E+9 USD"}, spelled: true},
	{in: "mille miliardi di euro", want: []string{"money|mille miliardi di euro|1E+12 EUR"}, spelled: true},
	{in: "500 mila abitanti", want: []string{"number|500 mila|500000"}},
	{in: "12 milioni di tonnellate", want: []string{"quantity|12 milioni di tonnellate|1.2E+7 t"}},
	{in: "12 euro", want: []string{"money|12 euro|12 EUR"}},
	{in: "12 €", want: []string{"money|12 €|12 EUR"}},
	{in: "€ 12,50", want: []string{"money|€ 12,50|12.5 EUR"}},
	{in: "50 dollari statunitensi", want: []string{"money|50 dollari statunitensi|50 USD"}},
	{in: "300.000 dong", want: []string{"money|300.000 dong|300000 VND"}},
	// percent, points, per mille
	{in: "il 100% delle famiglie", want: []string{"percent|100%|100%"}},
	{in: "l'83,79 per cento", want: []string{"percent|83,79 per cento|83.79%"}},
	{in: "cinque per cento", want: []string{"percent|cinque per cento|5%"}, spelled: true},
	{in: "2 punti percentuali", want: []string{"percentage_point|2 punti percentuali|2pp"}},
	{in: "0,5 punti percentuali", want: []string{"percentage_point|0,5 punti percentuali|0.5pp"}},
	{in: "un punto percentuale", want: []string{"percentage_point|un punto percentuale|1pp"}, spelled: true},
	{in: "il 3 per mille", want: []string{"permille|3 per mille|3‰"}},
	// ranges
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "nel periodo 2021–2025", want: []string{"range|2021–2025|2021..2025"}},
	{in: "dal 2019 al 2024", want: []string{"range|dal 2019 al 2024|2019..2024"}},
	{in: "da 5 a 10", want: []string{"range|da 5 a 10|5..10"}},
	{in: "tra 5 e 10", want: []string{"range|tra 5 e 10|5..10"}},
	{in: "tra il 2019 e il 2024", want: []string{"range|tra il 2019 e il 2024|2019..2024"}},
	{in: "tra 5 e 10 milioni di euro", want: []string{"range|tra 5 e 10 milioni di euro|5E+6..1E+7 EUR"}},
	{in: "da 20 a 25 °C", want: []string{"range|da 20 a 25 °C|20..25 °C"}},
	// ordinals
	{in: "il 15° congresso", want: []string{"ordinal|15°|#15"}},
	{in: "il 15º congresso", want: []string{"ordinal|15º|#15"}},
	{in: "la 15ª Conferenza", want: []string{"ordinal|15ª|#15"}},
	{in: "il primo posto", want: []string{"ordinal|primo|#1"}, spelled: true},
	{in: "la decima edizione", want: []string{"ordinal|decima|#10"}, spelled: true},
	// years
	{in: "nel 2024", want: []string{"year|2024|2024"}},
	{in: "fino al 2030", want: []string{"year|2030|2030"}},
	{in: "2024 tonnellate", want: []string{"quantity|2024 tonnellate|2024 t"}},
	// dates and times
	{in: "il 5 agosto 2019", want: []string{"date|5 agosto 2019|2019-08-05"}},
	{in: "dal 1° gennaio 2020", want: []string{"date|1° gennaio 2020|2020-01-01"}},
	{in: "il 1º gennaio", want: []string{"date|1º gennaio|--01-01"}},
	{in: "il 5 agosto", want: []string{"date|5 agosto|--08-05"}},
	{in: "ad agosto 2019", want: []string{"date|agosto 2019|2019-08"}},
	{in: "il 5 ago. 2019", want: []string{"date|5 ago. 2019|2019-08-05"}},
	{in: "05/08/2019", want: []string{"date|05/08/2019|2019-08-05"}},
	{in: "alle 14:30", want: []string{"time|14:30|14:30"}},
	{in: "alle ore 14", want: []string{"time|alle ore 14|14:00"}},
	{in: "ore 9.30", want: []string{"time|ore 9.30|09:30"}},
	{in: "24 ore su 24", want: []string{"quantity|24 ore su 24|24 h"}}, // one span, as "24 hours a day"
	// units
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "5 ettari", want: []string{"quantity|5 ettari|5 ha"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "30 gradi", want: []string{"quantity|30 gradi|30 °C"}},
	{in: "200 metri quadrati", want: []string{"quantity|200 metri quadrati|200 m²"}},
	{in: "120 chilometri", want: []string{"quantity|120 chilometri|120 km"}},
	{in: "450 MW", want: []string{"quantity|450 MW|450 MW"}},
	{in: "dieci anni", want: []string{"quantity|dieci anni|10 year"}, spelled: true},
	// qualifiers
	{in: "più di 200", want: []string{"number|più di 200|200|more_than"}},
	{in: "Più di 200 famiglie", want: []string{"number|Più di 200|200|more_than"}},
	{in: "oltre il 40%", want: []string{"percent|oltre il 40%|40%|more_than"}},
	{in: "almeno 30", want: []string{"number|almeno 30|30|at_least"}},
	{in: "meno di 10", want: []string{"number|meno di 10|10|less_than"}},
	{in: "quasi 50", want: []string{"number|quasi 50|50|nearly"}},
	{in: "circa 3 milioni", want: []string{"number|circa 3 milioni|3E+6|about"}},
	{in: "circa il 40%", want: []string{"percent|circa il 40%|40%|about"}},
	{in: "fino a 500 persone", want: []string{"number|fino a 500|500|up_to"}},
	{in: "3 milioni circa", want: []string{"number|3 milioni circa|3E+6|about"}}, // "circa" after the number (QualifiersAfter)
	// codes, identifiers, URLs: never quantities
	{in: "la Risoluzione 17-NQ/TU", want: []string{"code|17-NQ/TU|17-NQ/TU"}},
	{in: "la strada statale SS36", want: []string{"code|SS36|SS36"}},
	{in: "Fonte: https://esempio.it/notizia-3360125.html", want: nil},
	{in: "Scrivere a stampa2024@esempio.it", want: nil},
	{in: "Tel.: +39 02 1234 5678", want: []string{"code|+39 02 1234 5678|+390212345678"}},
	// false alarms: words that are not numbers here
	{in: "uno dei nuclei familiari", want: nil, spelled: true},
	{in: "una famiglia povera", want: nil, spelled: true},
	{in: "un nucleo familiare", want: nil, spelled: true},
	{in: "secondo il ministero", want: nil, spelled: true},
	{in: "sei stato tu", want: nil, spelled: true},
	{in: "a maggio è stato approvato", want: nil},
	{in: "ore di lavoro", want: nil},
}

func TestExtractItalian(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Italian, italianCases)
}

// TestItalianFormat: suggestions in Italian style read back to the same
// value.
func TestItalianFormat(t *testing.T) {
	t.Parallel()
	cases := []struct{ en, want, reread string }{
		{"4 billion euros", "4 miliardi di euro", "4E+9 EUR"},
		{"2 trillion dollars", "2 bilioni di dollari", "2E+12 USD"},
		{"$5 million", "5 milioni di dollari", "5E+6 USD"},
		{"83.79 million VND", "83,79 milioni di VND", "8.379E+7 VND"},
		{"15th", "15º", "#15"},
		{"August 5, 2019", "5 agosto 2019", "2019-08-05"},
		{"more than 200", "più di 200", "200"},
		{"up to 500", "fino a 500", "500"},
		{"2.5 percentage points", "2,5 punti percentuali", "2.5pp"},
		{"83.79%", "83,79%", "83.79%"},
		{"2019-2024", "2019–2024", "2019..2024"},
		{"1,234,567.5", "1.234.567,5", "1234567.5"},
	}
	for _, c := range cases {
		t.Run(c.en, func(t *testing.T) {
			t.Parallel()
			got := Format(one(t, c.en, language.English), language.Italian)
			if got != c.want {
				t.Errorf("Format(%q, it) = %q, want %q", c.en, got, c.want)
			}
			if k := one(t, got, language.Italian).Key(); k != c.reread {
				t.Errorf("%q reads back as %q, want %q", got, k, c.reread)
			}
		})
	}
	if !Supported(language.Italian) || !Supported(language.MustParse("it-CH")) {
		t.Error("Italian not Supported")
	}
}
