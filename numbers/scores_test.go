package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestScores reads two small numbers joined by a hyphen or a colon in a
// clause about a match as the two numbers of a score, whatever their
// order, and leaves ranges, dates and times that are no score alone.
func TestScores(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.English, []extractCase{
		{in: "after a 3-1 win away", want: []string{"number|3|3", "number|1|1"}},
		{in: "the Eagles lost 1-4 in the semi-final", want: []string{"number|1|1", "number|4|4"}},
		{in: "came back from 0-2 down", want: []string{"number|0|0", "number|2|2"}},
		{in: "aged 1-4 years", want: []string{"range|1-4 years|1..4 year"}},
		{in: "a home with 2-3 bedrooms against the trend", want: []string{"range|2-3|2..3"}},
		{in: "before losing the semi-final to Munich 1-4.", want: []string{"number|1|1", "number|4|4"}},
		{in: "the game starts at 7:30 p.m.", want: []string{"time|7:30 p.m.|19:30"}},
		{in: "the game on 16-17 August", want: []string{"range|16-17 August|--08-16/--08-17"}},
	})
	runExtractTable(t, language.German, []extractCase{
		{in: "mit 4:2 Siegen gegen Straubing", want: []string{"number|4|4", "number|2|2"}},
		{in: "nach einem 5:3-Sieg", want: []string{"number|5|5", "number|3|3"}},
		{in: "mit 7:17 Toren", want: []string{"number|7|7", "number|17|17"}},
		{in: "das Spiel beginnt um 19:30 Uhr", want: []string{"time|19:30 Uhr|19:30"}},
	})
	runExtractTable(t, language.Spanish, []extractCase{
		{in: "tras ganar el domingo por 1-3 en el campo", want: []string{"number|1|1", "number|3|3"}},
	})
}
