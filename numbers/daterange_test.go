package numbers

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Ranges of dates read as one Range fact whose Key is the ISO 8601 interval
// of its days, in every language's own way of writing them; and what is not
// a range of dates stays as it was.
func TestExtractDateRanges(t *testing.T) {
	t.Parallel()
	tables := []struct {
		tag   language.Tag
		cases []extractCase
	}{
		{language.English, []extractCase{
			{in: "The festival runs from March 3 to 5, 2025, and opens", want: []string{"range|from March 3 to 5, 2025|2025-03-03/2025-03-05"}},
			{in: "March 3-5, 2025", want: []string{"range|March 3-5, 2025|2025-03-03/2025-03-05"}},
			{in: "March 3–5", want: []string{"range|March 3–5|--03-03/--03-05"}},
			{in: "3-5 March 2025", want: []string{"range|3-5 March 2025|2025-03-03/2025-03-05"}},
			{in: "3 to 5 March 2025", want: []string{"range|3 to 5 March 2025|2025-03-03/2025-03-05"}},
			{in: "between 3 and 5 March", want: []string{"range|between 3 and 5 March|--03-03/--03-05"}},
			{in: "March 30 to April 2", want: []string{"range|March 30 to April 2|--03-30/--04-02"}},
			{in: "30 March to 2 April 2025", want: []string{"range|30 March to 2 April 2025|2025-03-30/2025-04-02"}},
			{in: "December 30 to January 2, 2025", want: []string{"range|December 30 to January 2, 2025|2024-12-30/2025-01-02"}},
			{in: "from December 30, 2024 to January 2, 2025 in", want: []string{"range|from December 30, 2024 to January 2, 2025|2024-12-30/2025-01-02"}},
			{in: "March 3, 2025 – March 5, 2025", want: []string{"range|March 3, 2025 – March 5, 2025|2025-03-03/2025-03-05"}},
			{in: "March 5, 2025 to March 3, 2026", want: []string{"range|March 5, 2025 to March 3, 2026|2025-03-05/2026-03-03"}},
			{in: "March 5, 2025 to April 3", want: []string{"date|March 5, 2025|2025-03-05", "date|April 3|--04-03"}},
			{in: "March 5, 2025 to 2026", want: []string{"date|March 5, 2025|2025-03-05", "year|2026|2026"}},
			{in: "March 5, 2026 to March 3, 2025", want: []string{"date|March 5, 2026|2026-03-05", "date|March 3, 2025|2025-03-03"}},
			// not ranges of dates
			{in: "from March 3 to 5 percent", want: []string{"date|March 3|--03-03", "percent|5 percent|5%"}},
			{in: "March 5 to 3", want: []string{"date|March 5|--03-05", "number|3|3"}},
			{in: "5 March 2024", want: []string{"date|5 March 2024|2024-03-05"}},
			{in: "between 3 and 5 people", want: []string{"range|between 3 and 5|3..5"}},
			{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
			// two days in a row joined by "and" are a range; others are not
			{in: "the weekend of 16 and 17 August", want: []string{"range|16 and 17 August|--08-16/--08-17"}},
			{in: "on 3 and 10 March", want: []string{"number|3|3", "date|10 March|--03-10"}},
		}},
		{language.German, []extractCase{
			{in: "vom 3. bis 5. März 2025", want: []string{"range|vom 3. bis 5. März 2025|2025-03-03/2025-03-05"}},
			{in: "3.–5. März 2025", want: []string{"range|3.–5. März 2025|2025-03-03/2025-03-05"}},
			{in: "vom 30. März bis 2. April", want: []string{"range|vom 30. März bis 2. April|--03-30/--04-02"}},
			{in: "von 3 bis 5 Millionen", want: []string{"range|von 3 bis 5 Millionen|3E+6..5E+6"}},
			{in: "am 5. März 2025", want: []string{"date|5. März 2025|2025-03-05"}},
			{in: "am 29. und 30. Januar", want: []string{"range|29. und 30. Januar|--01-29/--01-30"}},
			{in: "vom 03.–05.03.2025 in", want: []string{"range|vom 03.–05.03.2025|2025-03-03/2025-03-05"}},
			{in: "3.-5.3.2025", want: []string{"range|3.-5.3.2025|2025-03-03/2025-03-05"}},
			{in: "03.03. – 05.03.2025", want: []string{"range|03.03. – 05.03.2025|2025-03-03/2025-03-05"}},
			{in: "vom 30.12.2024 bis 02.01.2025", want: []string{"range|vom 30.12.2024 bis 02.01.2025|2024-12-30/2025-01-02"}},
			{in: "3. bis 5.3.", want: []string{"range|3. bis 5.3.|--03-03/--03-05"}},
			// not ranges of dates
			{in: "3.-5.000 Euro", want: []string{"number|3|3", "money|5.000 Euro|5000 EUR"}},
			{in: "05.03.2025–03.03.2025", want: []string{"date|05.03.2025|2025-03-05", "date|03.03.2025|2025-03-03"}},
			{in: "31.–32.03.2025", want: []string{"number|31|31", "code|32.03.2025|32.03.2025"}},
		}},
		{language.French, []extractCase{
			{in: "du 3 au 5 mars 2025", want: []string{"range|du 3 au 5 mars 2025|2025-03-03/2025-03-05"}},
			{in: "du 30 mars au 2 avril", want: []string{"range|du 30 mars au 2 avril|--03-30/--04-02"}},
			{in: "du 1er au 3 mars", want: []string{"range|du 1er au 3 mars|--03-01/--03-03"}},
			{in: "de 3 à 5 %", want: []string{"range|de 3 à 5 %|3..5 %"}},
		}},
		{language.Dutch, []extractCase{
			{in: "van 3 tot en met 5 maart 2025", want: []string{"range|van 3 tot en met 5 maart 2025|2025-03-03/2025-03-05"}},
			{in: "3 t/m 5 maart", want: []string{"range|3 t/m 5 maart|--03-03/--03-05"}},
		}},
		{language.Spanish, []extractCase{
			{in: "del 3 al 5 de marzo de 2025", want: []string{"range|del 3 al 5 de marzo de 2025|2025-03-03/2025-03-05"}},
			{in: "del 30 de marzo al 2 de abril", want: []string{"range|del 30 de marzo al 2 de abril|--03-30/--04-02"}},
			{in: "el fin de semana del 16 y 17 de agosto", want: []string{"range|del 16 y 17 de agosto|--08-16/--08-17"}},
		}},
		{language.Italian, []extractCase{
			{in: "dal 3 al 5 marzo 2025", want: []string{"range|dal 3 al 5 marzo 2025|2025-03-03/2025-03-05"}},
		}},
		{language.Portuguese, []extractCase{
			{in: "de 3 a 5 de março de 2025", want: []string{"range|de 3 a 5 de março de 2025|2025-03-03/2025-03-05"}},
		}},
		{language.Vietnamese, []extractCase{
			{in: "từ ngày 3 đến ngày 5 tháng 3 năm 2025", want: []string{"range|từ ngày 3 đến ngày 5 tháng 3 năm 2025|2025-03-03/2025-03-05"}},
			{in: "từ ngày 30 tháng 3 đến ngày 2 tháng 4", want: []string{"range|từ ngày 30 tháng 3 đến ngày 2 tháng 4|--03-30/--04-02"}},
			{in: "ngày 5 tháng 3 năm 2025", want: []string{"date|ngày 5 tháng 3 năm 2025|2025-03-05"}},
		}},
	}
	for _, tb := range tables {
		t.Run(tb.tag.String(), func(t *testing.T) {
			t.Parallel()
			runExtractTable(t, tb.tag, tb.cases)
		})
	}
}

// English against each language: the faithful rendering of a range of
// dates agrees; a changed last day is a range end change, with the English
// range suggested in the target's style.
func TestCompareDateRanges(t *testing.T) {
	t.Parallel()
	type row struct {
		tag             language.Tag
		en, same, wrong string
		suggest         string
	}
	for _, r := range []row{
		{language.English, "from March 3 to 5, 2025", "3-5 March 2025", "March 3-6, 2025", "March 3–5, 2025"},
		{language.German, "from March 3 to 5, 2025", "vom 3. bis 5. März 2025", "3.–6. März 2025", "3.–5. März 2025"},
		{language.French, "from March 3 to 5, 2025", "du 3 au 5 mars 2025", "du 3 au 6 mars 2025", "3–5 mars 2025"},
		{language.French, "March 30 to April 2", "du 30 mars au 2 avril", "du 30 mars au 3 avril", "30 mars – 2 avril"},
		{language.Dutch, "March 3-5, 2025", "van 3 tot en met 5 maart 2025", "3 t/m 6 maart 2025", "3–5 maart 2025"},
		{language.Spanish, "March 3-5, 2025", "del 3 al 5 de marzo de 2025", "del 3 al 6 de marzo de 2025", "3-5 de marzo de 2025"},
		{language.Italian, "March 3-5, 2025", "dal 3 al 5 marzo 2025", "dal 3 al 6 marzo 2025", "3–5 marzo 2025"},
		{language.Portuguese, "March 3-5, 2025", "de 3 a 5 de março de 2025", "de 3 a 6 de março de 2025", "3-5 de março de 2025"},
		{language.Vietnamese, "March 3-5, 2025", "từ ngày 3 đến ngày 5 tháng 3 năm 2025", "từ ngày 3 đến ngày 6 tháng 3 năm 2025", "ngày 3-5 tháng 3 năm 2025"},
		// a year on each day, and German numeric dates
		{language.German, "from December 30, 2024 to January 2, 2025", "vom 30. Dezember 2024 bis 2. Januar 2025", "vom 30.12.2024 bis 03.01.2025", "30. Dezember 2024 – 2. Januar 2025"},
		{language.German, "March 3-5, 2025", "03.–05.03.2025", "03.–06.03.2025", "3.–5. März 2025"},
		{language.French, "December 30, 2024 – January 2, 2025", "du 30 décembre 2024 au 2 janvier 2025", "du 30 décembre 2024 au 3 janvier 2025", "30 décembre 2024 – 2 janvier 2025"},
	} {
		t.Run(r.tag.String()+"/"+r.same, func(t *testing.T) {
			t.Parallel()
			en, same, wrong := one(t, r.en, language.English), one(t, r.same, r.tag), one(t, r.wrong, r.tag)
			if d := Compare(en, same, language.English, r.tag); d.Cause != Same {
				t.Errorf("Compare(%q, %q) = %q (%s), want same", r.en, r.same, d.Cause, d.Message)
			}
			if ps := Match([]Fact{en}, []Fact{same}, language.English, r.tag); len(ps) != 1 || ps[0].Diagnosis.Cause != Same {
				t.Errorf("Match = %+v, want one Same pair", ps)
			}
			d := Compare(en, wrong, language.English, r.tag)
			if d.Cause != RangeEndChanged || d.Suggestion != r.suggest {
				t.Errorf("Compare(%q, %q) = %q, suggestion %q (%s); want %q, %q", r.en, r.wrong, d.Cause, d.Suggestion, d.Message, RangeEndChanged, r.suggest)
			}
			if !strings.Contains(d.Message, r.wrong) || !strings.Contains(d.Message, "to") {
				t.Errorf("message %q does not name %q", d.Message, r.wrong)
			}
		})
	}
}

// A range of dates against one of its days is a change of kind; against an
// unrelated fact it is unrelated; DateRange answers only for ranges of dates.
func TestCompareDateRangeWithOthers(t *testing.T) {
	t.Parallel()
	rng := one(t, "March 3-5, 2025", language.English)
	for _, tc := range []struct {
		in    string
		cause Cause
		close bool
	}{
		{"March 5, 2025", KindChanged, true},
		{"March 9, 2025", ValueChanged, false},
		{"between 3 and 5", ValueChanged, false},
		{"2025", ValueChanged, false},
	} {
		f := one(t, tc.in, language.English)
		for _, d := range []Diagnosis{Compare(rng, f, language.English, language.English), Compare(f, rng, language.English, language.English)} {
			if d.Cause != tc.cause || (d.Closeness >= pairingMinimum) != tc.close {
				t.Errorf("%q: %q closeness %v, want %q (pairable %v)", tc.in, d.Cause, d.Closeness, tc.cause, tc.close)
			}
		}
	}
	if from, to, ok := rng.DateRange(); !ok || from != "2025-03-03" || to != "2025-03-05" {
		t.Errorf("DateRange() = %q, %q, %v", from, to, ok)
	}
	if _, _, ok := one(t, "between 3 and 5", language.English).DateRange(); ok {
		t.Error("a range of numbers has a DateRange")
	}
}

// TestResolveDateOrder: "11/08/2025" alone may be 11 August or 8 November;
// a "11/22/2025" elsewhere in the document settles month first, a
// "22/11/2025" day first, both or neither leave it open.
func TestResolveDateOrder(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		paras []string
		want  string // ISO of the first date after resolving, "" if still open
	}{
		{[]string{"Use by 11/08/2025.", "Sold until 11/22/2025."}, "2025-11-08"},
		{[]string{"Use by 11/08/2025.", "Sold until 22/11/2025."}, "2025-08-11"},
		{[]string{"Use by 11/08/2025.", "Sold 22/11/2025 and 11/22/2025."}, ""},
		{[]string{"Use by 11/08/2025."}, ""},
		{[]string{"Use by 11/08/2025.", "Sold until 22.11.2025."}, ""}, // another separator says nothing
	} {
		var paras [][]Fact
		for _, p := range tc.paras {
			paras = append(paras, Extract(p, language.English))
		}
		ResolveDateOrder(paras)
		f := paras[0][0]
		got := f.ISO
		if len(f.ISOChoices) > 0 {
			got = ""
		}
		if got != tc.want {
			t.Errorf("%q: ISO %q (choices %v), want %q", tc.paras, f.ISO, f.ISOChoices, tc.want)
		}
	}
}

// TestSlashDateRanges reads two numeric dates with slashes joined as a
// range as one range of dates, in the order the table or the dates fix.
func TestSlashDateRanges(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.English, []extractCase{
		// a US range of numeric dates: the 22 proves month first for both
		{in: "dated from 11/08/2025 to 11/22/2025.", want: []string{"range|from 11/08/2025 to 11/22/2025|2025-11-08/2025-11-22"}},
		// both orders possible: two dates, each of unknown order
		{in: "from 01/02/2025 to 03/02/2025", want: []string{"date|01/02/2025|2025-02-01|2025-01-02", "date|03/02/2025|2025-02-03|2025-03-02"}},
	})
	runExtractTable(t, language.French, []extractCase{
		{in: "du 15/03/2025 au 20/03/2025", want: []string{"range|du 15/03/2025 au 20/03/2025|2025-03-15/2025-03-20"}},
	})
}
