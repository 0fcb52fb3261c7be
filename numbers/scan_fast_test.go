package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// checkDateOrTimeAt asserts that the readers numberAt skips when
// dateOrTimeAt is false read nothing there: at every digit of text read as
// tag where it is false, each returns 0 and emits no fact.
func checkDateOrTimeAt(t *testing.T, text string, tag language.Tag) {
	t.Helper()
	loc := localeForScan(tag)
	if loc == nil {
		loc = english
	}
	s := newScanner(text, loc, tag)
	defer s.result()
	readers := []struct {
		name string
		read func(int) int
	}{
		{"raceTime", s.raceTime}, {"numericDateRange", s.numericDateRange}, {"scorePair", s.scorePair},
		{"slashDateRange", s.slashDateRange}, {"numericDate", s.numericDate}, {"clockTime", s.clockTime},
	}
	for i := 0; i < len(s.src); i++ {
		if !isDigit(s.src[i]) || dateOrTimeAt(s.src, i) {
			continue
		}
		for _, r := range readers {
			if e := r.read(i); e != 0 || len(s.facts) > 0 {
				t.Fatalf("%q at %d: dateOrTimeAt is false, %s returns %d with %d facts", text, i, r.name, e, len(s.facts))
			}
		}
	}
}

// TestDateOrTimeAt: dateOrTimeAt turns away no digits that a reader it
// guards would read, on the extraction cases and the news paragraphs of
// every language, and it lets the readers' own cases through.
func TestDateOrTimeAt(t *testing.T) {
	for _, c := range englishCases {
		checkDateOrTimeAt(t, c.in, language.English)
	}
	for _, c := range germanCases {
		checkDateOrTimeAt(t, c.in, language.German)
	}
	for _, code := range newsLangs {
		for _, p := range benchParagraphs(t, code) {
			checkDateOrTimeAt(t, p, language.Make(code))
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"14:12.48", true}, {"9\"86", true}, {"14'12\"48", true}, {"14’12”48", true}, {"2h30", true},
		{"3-1", true}, {"3–1", true}, {"05.08.2019", true}, {"2019-08-05", true}, {"05/08/2019", true},
		{"5 million", false}, {"12,4 %", false}, {"2024", false}, {"2024,", false}, {"12345-6", false},
		{"5km", false}, {"10th", false},
		// after a point or a hyphen, the digits that follow
		{"5.754", false}, {"5.754.000", false}, {"83.79 million", false}, {"1.5°C", false}, {"5.8.", true},
		{"3.-5.3.2025", true}, {"3.–5. März", true}, {"3. bis 5.3.2025", true}, {"5.", true},
		{"2019-2024", false}, {"3-", false}, {"3-a", false}, {"12-345", false}, {"5-8-2019", true}, {"16-17 August", true},
	} {
		if got := dateOrTimeAt(c.text, 0); got != c.want {
			t.Errorf("dateOrTimeAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
