package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// Spanish conventions as a news desk in Spain writes them: decimal comma,
// point groups ("43.000"; four digits either "1.234" or "1234"), "mil
// millones" = 10^9, "billón" = 10^12, "5 de agosto de 2019", "15.º",
// "5 %" with a space, "por ciento", "puntos porcentuales".
var spanishCases = []extractCase{
	// cardinals and decimals
	{in: "68 resoluciones", want: []string{"number|68|68"}},
	{in: "43.000 cuadros", want: []string{"number|43.000|43000"}},
	{in: "1.197 hogares", want: []string{"number|1.197|1197"}},
	{in: "1197 hogares", want: []string{"year|1197|1197"}},                                                  // RAE: no point in four digits; a year-like count compares as an amount
	{in: "una media de 3,5 hijos", want: []string{"number|una media|0.5", "number|3,5|3.5"}, spelled: true}, // false positive: "media" (average) read as a half by numbers/words
	{in: "1.234.567,89 unidades", want: []string{"number|1.234.567,89|1234567.89"}},
	{in: "12 345 personas", want: []string{"number|12 345|12345"}},
	{in: "una caída de −3,5", want: []string{"number|−3,5|-3.5"}},
	{in: "2,5 millones", want: []string{"number|2,5 millones|2.5E+6"}},
	{in: "2.5 millones", want: []string{"number|2.5 millones|2.5E+6"}}, // decimal point: read with a note
	// scale words
	{in: "4.000 millones de VND", want: []string{"money|4.000 millones de VND|4E+9 VND"}},
	{in: "4 billones de VND", want: []string{"money|4 billones de VND|4E+12 VND"}},
	{in: "3 mil millones de euros", want: []string{"money|3 mil millones de euros|3E+9 EUR"}},
	{in: "83,79 millones de VND por persona", want: []string{"money|83,79 millones de VND|8.379E+7 VND"}},
	{in: "1,2 millardos de dólares", want: []string{"money|1,2 millardos de dólares|1.2E+9 USD"}},
	{in: "un millón de euros", want: []string{"money|un millón de euros|1E+6 EUR"}, spelled: true},
	{in: "dos mil millones de dólares", want: []string{"money|dos mil millones de dólares|2E+9 USD"}, spelled: true},
	{in: "500 mil habitantes", want: []string{"number|500 mil|500000"}},
	{in: "12 millones de toneladas", want: []string{"quantity|12 millones de toneladas|1.2E+7 t"}},
	{in: "2,5 M€", want: []string{"money|2,5 M€|2.5E+6 EUR"}},
	{in: "US$ 300 millones", want: []string{"money|US$ 300 millones|3E+8 USD"}},
	{in: "12 euros", want: []string{"money|12 euros|12 EUR"}},
	{in: "12 €", want: []string{"money|12 €|12 EUR"}},
	{in: "50 dólares estadounidenses", want: []string{"money|50 dólares estadounidenses|50 USD"}},
	{in: "300.000 dongs", want: []string{"money|300.000 dongs|300000 VND"}},
	// percent, points, per mille
	{in: "el 100 % de los hogares", want: []string{"percent|100 %|100%"}},
	{in: "un 5%", want: []string{"percent|5%|5%"}},
	{in: "el 83,79 por ciento", want: []string{"percent|83,79 por ciento|83.79%"}},
	{in: "cinco por ciento", want: []string{"percent|cinco por ciento|5%"}, spelled: true},
	{in: "2 puntos porcentuales", want: []string{"percentage_point|2 puntos porcentuales|2pp"}},
	{in: "0,5 puntos porcentuales", want: []string{"percentage_point|0,5 puntos porcentuales|0.5pp"}},
	{in: "un 3 por mil", want: []string{"permille|3 por mil|3‰"}},
	// ranges
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "en el periodo 2021–2025", want: []string{"range|2021–2025|2021..2025"}},
	{in: "de 2019 a 2024", want: []string{"range|de 2019 a 2024|2019..2024"}},
	{in: "desde 2019 hasta 2024", want: []string{"range|desde 2019 hasta 2024|2019..2024"}},
	{in: "entre 5 y 10", want: []string{"range|entre 5 y 10|5..10"}},
	{in: "entre 5 y 10 millones de euros", want: []string{"range|entre 5 y 10 millones de euros|5E+6..1E+7 EUR"}},
	{in: "de 20 a 25 °C", want: []string{"range|de 20 a 25 °C|20..25 °C"}},
	// ordinals
	{in: "la 15.ª Conferencia", want: []string{"ordinal|15.ª|#15"}},
	{in: "el 15.º congreso", want: []string{"ordinal|15.º|#15"}},
	{in: "el 15º congreso", want: []string{"ordinal|15º|#15"}},
	{in: "la 3ª edición", want: []string{"ordinal|3ª|#3"}},
	{in: "el 1.er puesto", want: []string{"ordinal|1.er|#1"}},
	{in: "el primer puesto", want: []string{"ordinal|primer|#1"}, spelled: true},
	{in: "la décima edición", want: []string{"ordinal|décima|#10"}, spelled: true},
	// years
	{in: "en 2024", want: []string{"year|2024|2024"}},
	{in: "hasta 2030", want: []string{"year|2030|2030"}},
	{in: "2024 toneladas", want: []string{"quantity|2024 toneladas|2024 t"}},
	// dates and times
	{in: "el 5 de agosto de 2019", want: []string{"date|5 de agosto de 2019|2019-08-05"}},
	{in: "el 5 de agosto del 2019", want: []string{"date|5 de agosto del 2019|2019-08-05"}},
	{in: "el 1.º de enero de 2020", want: []string{"date|1.º de enero de 2020|2020-01-01"}},
	{in: "el 5 de agosto", want: []string{"date|5 de agosto|--08-05"}},
	{in: "el 5 ago. 2019", want: []string{"date|5 ago. 2019|2019-08-05"}},
	{in: "en agosto de 2019", want: []string{"date|agosto de 2019|2019-08"}},
	{in: "05/08/2019", want: []string{"date|05/08/2019|2019-08-05"}},
	{in: "5-8-2019", want: []string{"date|5-8-2019|2019-08-05"}},
	{in: "a las 14:30", want: []string{"time|14:30|14:30"}},
	{in: "a las 14.30 h", want: []string{"time|14.30 h|14:30"}},
	{in: "a las 5 de la tarde", want: []string{"time|5 de la tarde|17:00"}},
	// units
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "5 hectáreas", want: []string{"quantity|5 hectáreas|5 ha"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "30°C", want: []string{"quantity|30°C|30 °C"}},
	{in: "200 metros cuadrados", want: []string{"quantity|200 metros cuadrados|200 m²"}},
	{in: "diez años", want: []string{"quantity|diez años|10 year"}, spelled: true},
	{in: "450 MW", want: []string{"quantity|450 MW|450 MW"}},
	// qualifiers
	{in: "más de 200", want: []string{"number|más de 200|200|more_than"}},
	{in: "Más de 200 familias", want: []string{"number|Más de 200|200|more_than"}},
	{in: "al menos 30", want: []string{"number|al menos 30|30|at_least"}},
	{in: "menos de 10", want: []string{"number|menos de 10|10|less_than"}},
	{in: "casi 50", want: []string{"number|casi 50|50|nearly"}},
	{in: "cerca de 3 millones", want: []string{"number|cerca de 3 millones|3E+6|about"}},
	{in: "unos 40", want: []string{"number|unos 40|40|about"}},
	{in: "alrededor del 40 %", want: []string{"percent|alrededor del 40 %|40%|about"}},
	{in: "las acciones subieron un 12 %, hasta 45,60 euros", want: []string{"percent|12 %|12%", "money|45,60 euros|45.6 EUR"}}, // rose to
	{in: "hasta 500 personas", want: []string{"number|hasta 500|500|up_to"}},
	{in: "en torno al 40 %", want: []string{"percent|en torno al 40 %|40%|about"}},
	{in: "hasta 500 personas", want: []string{"number|hasta 500|500|up_to"}},
	// codes, identifiers, URLs: never quantities
	{in: "la Resolución 17-NQ/TU", want: []string{"code|17-NQ/TU|17-NQ/TU"}},
	{in: "el Decreto 45/2023/ND-CP", want: []string{"code|45/2023/ND-CP|45/2023/ND-CP"}},
	{in: "la carretera QL18", want: []string{"code|QL18|QL18"}},
	{in: "Fuente: https://example.es/noticia-3360125.html", want: nil},
	{in: "Escriba a prensa2024@example.es", want: nil},
	{in: "Tel.: +34 912 345 678", want: []string{"code|+34 912 345 678|+34912345678"}},
	// false alarms: words that are not numbers here
	{in: "uno de los hogares", want: nil, spelled: true},
	{in: "una familia pobre", want: nil, spelled: true},
	{in: "un hogar", want: nil, spelled: true},
	{in: "en mayo se aprobó", want: nil},
	{in: "el medio ambiente", want: nil, spelled: true},
	{in: "Comentario (0)", want: []string{"number|0|0"}},
}

func TestExtractSpanish(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Spanish, spanishCases)
}

// TestSpanishTagsShareTheTable: a regional Spanish tag reads with the
// Spanish table.
func TestSpanishTagsShareTheTable(t *testing.T) {
	t.Parallel()
	for _, tag := range []string{"es", "es-ES", "es-419", "es-MX"} {
		if !Supported(language.MustParse(tag)) {
			t.Errorf("Supported(%s) = false", tag)
		}
		fs := Extract("3 mil millones de euros", language.MustParse(tag))
		if len(fs) != 1 || fs[0].Key() != "3E+9 EUR" {
			t.Errorf("%s: Extract = %v", tag, fs)
		}
	}
}
