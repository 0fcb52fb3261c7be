package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// French conventions, as a French newsroom writes them: decimal comma,
// groups by a (narrow) no-break space, "milliard" = 10^9, "billion" =
// 10^12, "le 5 août 2019", "1er", "15e", "14h30", "83,79 millions de VND".
var frenchCases = []extractCase{
	// cardinals and decimals; x/text's CLDR gives U+00A0, today's CLDR U+202F
	{in: "68 résolutions", want: []string{"number|68|68"}},
	{in: "43\u00a0000 cadres", want: []string{"number|43\u00a0000|43000"}},
	{in: "43\u202f000 cadres", want: []string{"number|43\u202f000|43000"}},
	{in: "43 000 cadres", want: []string{"number|43 000|43000"}},
	{in: "1\u202f234\u202f567,89 unités", want: []string{"number|1\u202f234\u202f567,89|1234567.89"}},
	{in: "un taux de 3,5", want: []string{"number|3,5|3.5"}},
	{in: "un recul de −3,5", want: []string{"number|−3,5|-3.5"}},
	{in: "0,75 point", want: []string{"number|0,75|0.75"}}, // false negative: "point" alone is a percentage point in economic news
	// scale words, with "de" / "d'" before the currency
	{in: "83,79 millions de VND", want: []string{"money|83,79 millions de VND|8.379E+7 VND"}},
	{in: "83,79 millions de VND/personne/an", want: []string{"money|83,79 millions de VND|8.379E+7 VND"}},
	{in: "4 000 milliards VND", want: []string{"money|4 000 milliards VND|4E+12 VND"}},
	{in: "4\u00a0000 milliards de dongs", want: []string{"money|4\u00a0000 milliards de dongs|4E+12 VND"}},
	{in: "4 billions d'euros", want: []string{"money|4 billions d'euros|4E+12 EUR"}},
	{in: "2 milliards d’euros", want: []string{"money|2 milliards d’euros|2E+9 EUR"}},
	{in: "1,5 million de dollars", want: []string{"money|1,5 million de dollars|1.5E+6 USD"}},
	{in: "50 millions de dollars américains", want: []string{"money|50 millions de dollars américains|5E+7 USD"}},
	{in: "12 millions de personnes", want: []string{"number|12 millions|1.2E+7"}},
	{in: "2,5 Md€", want: []string{"money|2,5 Md€|2.5E+9 EUR"}},
	{in: "3 M€", want: []string{"money|3 M€|3E+6 EUR"}},
	{in: "un budget de 3 M", want: []string{"number|3|3"}}, // "M" alone is a scale only next to a currency
	{in: "12 euros", want: []string{"money|12 euros|12 EUR"}},
	{in: "12,50 €", want: []string{"money|12,50 €|12.5 EUR"}},
	{in: "12,50\u00a0€", want: []string{"money|12,50\u00a0€|12.5 EUR"}},
	{in: "300 000 dongs", want: []string{"money|300 000 dongs|300000 VND"}},
	{in: "5 $", want: []string{"money|5 $|5 USD"}},
	// percent, points, per mille
	{in: "100 %", want: []string{"percent|100 %|100%"}},
	{in: "100\u00a0%", want: []string{"percent|100\u00a0%|100%"}},
	{in: "100\u202f%", want: []string{"percent|100\u202f%|100%"}},
	{in: "100 pour cent", want: []string{"percent|100 pour cent|100%"}},
	{in: "83,79 %", want: []string{"percent|83,79 %|83.79%"}},
	{in: "2 points de pourcentage", want: []string{"percentage_point|2 points de pourcentage|2pp"}},
	{in: "0,5 ‰", want: []string{"permille|0,5 ‰|0.5‰"}},
	{in: "3 pour mille", want: []string{"permille|3 pour mille|3‰"}},
	// ranges
	{in: "de 2019 à 2024", want: []string{"range|de 2019 à 2024|2019..2024"}},
	{in: "entre 5 et 10", want: []string{"range|entre 5 et 10|5..10"}},
	{in: "entre 5 et 10 millions d'euros", want: []string{"range|entre 5 et 10 millions d'euros|5E+6..1E+7 EUR"}},
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "la période 2021–2025", want: []string{"range|2021–2025|2021..2025"}},
	{in: "5 à 10 %", want: []string{"range|5 à 10 %|5..10 %"}},
	{in: "De 2020 à aujourd’hui", want: []string{"year|2020|2020"}},
	// ordinals
	{in: "la 15e conférence", want: []string{"ordinal|15e|#15"}},
	{in: "le 2ème", want: []string{"ordinal|2ème|#2"}},
	{in: "le 1er rang", want: []string{"ordinal|1er|#1"}},
	{in: "la 1re place", want: []string{"ordinal|1re|#1"}},
	{in: "le XXIe siècle", want: nil},
	// dates and years
	{in: "le 5 août 2019", want: []string{"date|5 août 2019|2019-08-05"}},
	{in: "le 1er août 2019", want: []string{"date|1er août 2019|2019-08-01"}},
	{in: "le 1er janvier", want: []string{"date|1er janvier|--01-01"}},
	{in: "le 5 sept. 2019", want: []string{"date|5 sept. 2019|2019-09-05"}},
	{in: "en août 2019", want: []string{"date|août 2019|2019-08"}},
	{in: "05/08/2019", want: []string{"date|05/08/2019|2019-08-05"}},
	{in: "5.8.2019", want: []string{"date|5.8.2019|2019-08-05"}},
	{in: "en 2024", want: []string{"year|2024|2024"}},
	{in: "d’ici 2030", want: []string{"year|2030|2030"}},
	// times
	{in: "à 14h30", want: []string{"time|14h30|14:30"}},
	{in: "à 14 h 30", want: []string{"time|14 h 30|14:30"}},
	{in: "à 14 heures", want: []string{"time|14 heures|14:00"}},
	{in: "à 8h", want: []string{"time|8h|08:00"}},
	{in: "à 14:30", want: []string{"time|14:30|14:30"}},
	// units
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "5 hectares", want: []string{"quantity|5 hectares|5 ha"}},
	{in: "2 000 tonnes", want: []string{"quantity|2 000 tonnes|2000 t"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "200 mètres carrés", want: []string{"quantity|200 mètres carrés|200 m²"}},
	{in: "120 kWh", want: []string{"quantity|120 kWh|120 kWh"}},
	{in: "dix ans", want: []string{"quantity|dix ans|10 year"}, spelled: true},
	// qualifiers
	{in: "plus de 200", want: []string{"number|plus de 200|200|more_than"}},
	{in: "Plus de 200 ménages", want: []string{"number|Plus de 200|200|more_than"}},
	{in: "près de 50", want: []string{"number|près de 50|50|nearly"}},
	{in: "environ 3 millions", want: []string{"number|environ 3 millions|3E+6|about"}},
	{in: "au moins 5 communes", want: []string{"number|au moins 5|5|at_least"}},
	{in: "moins de 1 %", want: []string{"percent|moins de 1 %|1%|less_than"}},
	{in: "jusqu'à 10 %", want: []string{"percent|jusqu'à 10 %|10%|up_to"}},
	{in: "jusqu’à 10 %", want: []string{"percent|jusqu’à 10 %|10%|up_to"}},
	{in: "presque 100 %", want: []string{"percent|presque 100 %|100%|nearly"}},
	// codes and identifiers
	{in: "résolution 17-NQ/TU", want: []string{"code|17-NQ/TU|17-NQ/TU"}},
	{in: "décret n° 45/2023/ND-CP", want: []string{"code|45/2023/ND-CP|45/2023/ND-CP"}},
	{in: "la route DT.550", want: []string{"code|DT.550|DT.550"}},
	{in: "le réseau 5G", want: []string{"code|5G|5G"}},
	{in: "la COVID-19", want: []string{"code|COVID-19|COVID-19"}},
	// English separators in French text, and ambiguity
	{in: "1.500 personnes", want: []string{"number|1.500|1500"}},
	{in: "1,000,000 personnes", want: []string{"number|1,000,000|1E+6"}},
	{in: "2.5 millions", want: []string{"number|2.5 millions|2.5E+6"}},
	// false alarms
	{in: "un homme", want: nil, spelled: true},
	{in: "une position ferme", want: nil, spelled: true},
	{in: "l’un des piliers", want: nil, spelled: true},
	{in: "Source : https://example.vn/a-3360125.html", want: nil},
	{in: "Écrire à redaction2024@exemple.fr", want: nil},
	{in: "aucun chiffre ici", want: nil},
	// spelled out
	{in: "un million d'euros", want: []string{"money|un million d'euros|1E+6 EUR"}, spelled: true},
	{in: "vingt et un ménages", want: []string{"number|vingt et un|21"}, spelled: true},
	{in: "la quinzième conférence", want: []string{"ordinal|quinzième|#15"}, spelled: true},
}

func TestExtractFrench(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.French, frenchCases)
}
