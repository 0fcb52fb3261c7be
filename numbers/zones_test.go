package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

func TestZoneAfterTime(t *testing.T) {
	t.Parallel()
	en, de, es := language.English, language.German, language.Spanish
	for _, c := range []struct {
		text      string
		tag       language.Tag
		want      string // the time's text
		iso, zone string
	}{
		{"released at 2 p.m. ET, show", en, "2 p.m. ET", "14:00", "ET"},
		{"at 8:30 a.m. EST.", en, "8:30 a.m. EST", "08:30", "EST"},
		{"(17:00 GMT)", en, "17:00 GMT", "17:00", "GMT"},
		{"um 20 Uhr MEZ veröffentlicht", de, "20 Uhr MEZ", "20:00", "MEZ"},
		{"a las 17.00 GMT se celebrará", es, "a las 17.00 GMT", "17:00", "GMT"},
		{"at 2 p.m. ETH Zurich", en, "2 p.m.", "14:00", ""}, // not a zone
		{"at 2 p.m. The", en, "2 p.m.", "14:00", ""},        // a word, not a zone
		{"at 14:00 UTC+1", en, "14:00 UTC+1", "14:00", "UTC+1"},
		{"at 14:00 GMT-05:30.", en, "14:00 GMT-05:30", "14:00", "GMT-05:30"},
		{"at 14:00 UTC+1a", en, "14:00", "14:00", ""},
		{"at 2 p.m. ABC News said", en, "2 p.m.", "14:00", ""}, // capitals, but no zone
		{"à 3 h 20, heure de Paris", language.French, "3 h 20, heure de Paris", "03:20", "heure de Paris"},
		{"a las 21:00 (hora peninsular)", es, "21:00 (hora peninsular)", "21:00", "hora peninsular"},
		{"um 10.30 Uhr Ortszeit (19.30", de, "10.30 Uhr Ortszeit", "10:30", "Ortszeit"},
		{"alle 19 ora italiana", language.Italian, "alle 19 ora italiana", "19:00", "ora italiana"},
		{"a las 21:00 (hora de verano)", es, "21:00", "21:00", ""}, // not a zone tally knows
	} {
		fs := Extract(c.text, c.tag)
		if len(fs) == 0 || fs[0].Kind != Time {
			t.Errorf("Extract(%q) = %+v, want a time first", c.text, fs)
			continue
		}
		if f := fs[0]; f.Text != c.want || f.ISO != c.iso || f.Unit != c.zone {
			t.Errorf("Extract(%q) = %q %s zone %q, want %q %s zone %q", c.text, f.Text, f.ISO, f.Unit, c.want, c.iso, c.zone)
		}
	}
	// a range of hours with the zone once: the zone of both
	fs := Extract("open from 9 a.m. to 5 p.m. PT daily", en)
	if len(fs) != 2 || fs[0].Unit != "PT" || fs[1].Unit != "PT" {
		t.Errorf("range of hours: %+v, want two times in PT", fs)
	}
}

func TestCompareZones(t *testing.T) {
	t.Parallel()
	de := language.German
	for _, c := range []struct {
		en, tgt string
		cause   Cause
		suggest string
	}{
		{"2 p.m. ET", "20 Uhr MEZ", Same, ""},  // EST in winter
		{"2 p.m. ET", "20 Uhr MESZ", Same, ""}, // EDT in summer
		{"1 p.m. EDT", "17:00 GMT", Same, ""},  // one zone to UTC
		{"11 p.m. PT", "8 Uhr MEZ", Same, ""},  // over midnight
		{"2 p.m. ET", "14 Uhr MEZ", ValueChanged, "20:00 MEZ"},
		{"9 a.m. UTC+7", "3 Uhr MEZ", Same, ""},
		{"2 p.m. EST", "19 Uhr MEZ", ValueChanged, "20:00 MEZ"},
		{"2 p.m.", "20 Uhr MEZ", ValueChanged, "14:00"}, // a zone on one side only: as written
		{"10 a.m. ET", "16 Uhr deutscher Zeit", Same, ""},
		{"10:30 a.m. MST", "10.30 Uhr Ortszeit", Same, ""}, // local time: as written
		{"10:30 a.m. MST", "11.30 Uhr Ortszeit", ValueChanged, "10:30 Ortszeit"},
	} {
		a, b := one(t, c.en, language.English), one(t, c.tgt, de)
		d := Compare(a, b, language.English, de)
		if d.Cause != c.cause {
			t.Errorf("Compare(%q, %q) = %q (%s), want %q", c.en, c.tgt, d.Cause, d.Message, c.cause)
			continue
		}
		if c.cause != Same && d.Suggestion != c.suggest {
			t.Errorf("Compare(%q, %q): suggestion %q, want %q", c.en, c.tgt, d.Suggestion, c.suggest)
		}
	}
	a, b := one(t, "1 p.m. EDT", language.English), one(t, "17:00 GMT", language.English)
	if !Converts(a, b) {
		t.Error(`Converts("1 p.m. EDT", "17:00 GMT") = false`)
	}
	if c := one(t, "18:00 GMT", language.English); Converts(a, c) {
		t.Error(`Converts("1 p.m. EDT", "18:00 GMT") = true`)
	}
}

// TestSummerTimeByDate: a zone that names summer and winter time alike is
// read as the season of the document's first date says.
func TestSummerTimeByDate(t *testing.T) {
	t.Parallel()
	resolve := func(text string, tag language.Tag) Fact {
		paras := [][]Fact{Extract(text, tag)}
		ResolveContext(paras)
		for _, f := range paras[0] {
			if f.Kind == Time {
				return f
			}
		}
		t.Fatalf("no time in %q", text)
		return Fact{}
	}
	for _, c := range []struct {
		en, tgt string
		tag     language.Tag
		same    bool
	}{
		{"On August 5, 2025 at 2 p.m. ET", "El 5 de agosto de 2025 a las 20:00, hora peninsular", language.Spanish, true},
		{"On August 5, 2025 at 2 p.m. ET", "El 5 de agosto de 2025 a las 21:00, hora peninsular", language.Spanish, false},
		{"On February 19, 2026 at 9:10 a.m. ET", "Em 19 de fevereiro de 2026 às 14h10, hora de Lisboa", language.Portuguese, true},
		{"On February 19, 2026 at 9:10 a.m. ET", "Em 19 de fevereiro de 2026 às 15h10, hora de Lisboa", language.Portuguese, false},
		// November: the clocks change, both offsets stay possible
		{"On November 3, 2025 at 2 p.m. ET", "Am 3. November 2025 um 20 Uhr deutscher Zeit", language.German, true},
		{"On November 3, 2025 at 2 p.m. ET", "Am 3. November 2025 um 19 Uhr deutscher Zeit", language.German, true},
	} {
		a, b := resolve(c.en, language.English), resolve(c.tgt, c.tag)
		if d := Compare(a, b, language.English, c.tag); (d.Cause == Same) != c.same {
			t.Errorf("%q / %q: %s (%s), want same=%v", c.en, c.tgt, d.Cause, d.Message, c.same)
		}
	}
}
