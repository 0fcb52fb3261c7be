package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestBareHours reads an hour without minutes after Italian "alle",
// "dalle" and Spanish "a las" as a time when no noun follows it, and
// overnight spans between two certain hours.
func TestBareHours(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Italian, []extractCase{
		{in: "La partita inizia alle 18, poi", want: []string{"time|alle 18|18:00"}},
		{in: "fino alle 20 di domenica", want: []string{"time|fino alle 20|20:00"}},
		{in: "aperto dalle 19 in piazza", want: []string{"time|dalle 19|19:00"}},
		{in: "distribuiti alle 20 regioni", want: []string{"number|20|20"}},
		{in: "dalle 22 alle 6, nelle notti", want: []string{"time|22|22:00", "time|6|06:00"}},
		{in: "dalle 8 alle 20 dal lunedì", want: []string{"time|8|08:00", "time|20|20:00"}},
		{in: "passa alle 30 squadre", want: []string{"number|30|30"}},
	})
	runExtractTable(t, language.Spanish, []extractCase{
		{in: "a las 11 en la sede", want: []string{"time|a las 11|11:00"}},
		{in: "a las 3 personas", want: []string{"number|3|3"}},
	})
	runExtractTable(t, language.German, []extractCase{
		{in: "von 18 bis 8 Uhr", want: []string{"time|18|18:00", "time|8 Uhr|08:00"}},
		{in: "von 8 bis 8 Uhr", want: []string{"number|8|8", "time|8 Uhr|08:00"}},
	})
}
