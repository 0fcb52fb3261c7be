package numbers

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestCompareConverted compares an English amount in US units with its
// rendering in a metric language: agreeing when the converted value is
// written as the target rounds it, else a changed value with the
// conversion as the fix.
func TestCompareConverted(t *testing.T) {
	t.Parallel()
	de, fr, es := language.German, language.French, language.Spanish
	for _, c := range []struct {
		en, tgt string
		tag     language.Tag
		cause   Cause
		suggest string // for a cause other than Same
	}{
		{"1,000 feet", "305 Meter", de, Same, ""},
		{"1,000 feet", "300 Meter", de, Same, ""}, // rounded to the hundred
		{"10 feet", "3 mètres", fr, Same, ""},
		{"1,184-square-foot", "110 m²", fr, Same, ""},
		{"40 acres", "16 Hektar", de, Same, ""},
		{"5 miles", "8 Kilometer", de, Same, ""},
		{"2,460 mph", "3.960 km/h", es, Same, ""},
		{"95°F", "35 °C", de, Same, ""},
		{"2.7°F", "1,5 °C", de, Same, ""}, // a difference of temperatures
		{"10 lb", "4,5 kg", de, Same, ""},
		{"3 gallons", "11 Liter", de, Same, ""},
		{"38.1 gigatonnes", "38.100 millones de toneladas", es, Same, ""},
		{"1.5 km", "1.500 Meter", de, Same, ""},           // metric to metric converts too
		{"about 15 mph", "environ 25 km/h", fr, Same, ""}, // rough figures round more
		{"at least one gallon", "mindestens vier Liter", de, Same, ""},
		{"95 miles", "155 kilómetros", es, Same, ""},         // to the nearest five
		{"350°F", "180 °C", de, Same, ""},                    // an oven, to ten degrees
		{"115°F to 118°F", "von 46 bis 48 °C", de, Same, ""}, // a range, each end
		{"5 to 10 mph", "8 bis 16 km/h", de, Same, ""},
		{"5 to 10 mph", "8 bis 30 km/h", de, ValueChanged, "8,05–16,1 km/h"},
		{"95 miles", "165 kilómetros", es, ValueChanged, "153 km"},
		{"77°F", "30 °C", de, ValueChanged, "25 °C"},
		{"1,000 feet", "30 Meter", de, ValueChanged, "305 m"},
		{"40 acres", "160 Hektar", de, ValueChanged, "16,2 ha"},
		{"95°F", "25 °C", de, ValueChanged, "35 °C"},
		{"more than 10 feet", "3 Meter", de, QualifierChanged, "mehr als 10 ft"},
		// the same number in another unit: a unit changed, fixed by the
		// conversion across systems, by the source's unit within one
		{"2,460 mph", "2.460 km/h", es, UnitChanged, "3.960 km/h"},
		{"95°F", "95 °C", de, UnitChanged, "35 °C"},
		{"5 km", "5 Meter", de, UnitChanged, "5 km"},
	} {
		t.Run(c.en+"~"+c.tgt, func(t *testing.T) {
			t.Parallel()
			a, b := one(t, c.en, language.English), one(t, c.tgt, c.tag)
			d := Compare(a, b, language.English, c.tag)
			if d.Cause != c.cause {
				t.Fatalf("Compare(%q, %q) = %q (%s), want %q", c.en, c.tgt, d.Cause, d.Message, c.cause)
			}
			if c.cause != Same && d.Suggestion != c.suggest {
				t.Errorf("suggestion %q, want %q (%s)", d.Suggestion, c.suggest, d.Message)
			}
			ps := Match([]Fact{a}, []Fact{b}, language.English, c.tag)
			if len(ps) != 1 || ps[0].Diagnosis.Cause != c.cause {
				t.Errorf("Match = %+v, want one pair with cause %q", ps, c.cause)
			}
		})
	}
}

func TestConverts(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"45°C", "113°F", true},
		{"113°F", "45°C", true},
		{"1.5°C", "2.7°F", true},
		{"1,000 feet", "305 m", true},
		{"1,000 feet", "350 m", false},
		{"34°F", "1°C", true},
		{"100°F", "38°C", true},
		{"100°F", "40°C", false},
		{"5 miles", "5 km", false},
		{"45°C", "45%", false},
		{"10 kg", "10 km", false}, // other dimensions
		{"€10", "10 kg", false},
	} {
		a, b := one(t, c.a, language.English), one(t, c.b, language.English)
		if got := Converts(a, b); got != c.want {
			t.Errorf("Converts(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestRoundingStep(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		s    string
		want float64
	}{{"305", 5}, {"3960", 10}, {"1.91", 0.01}, {"110", 10}, {"3", 1}, {"0.5", 0.1}, {"2000", 1000}} {
		f := one(t, c.s, language.English)
		if got := roundingStep(&f.Value); got < c.want*0.999 || got > c.want*1.001 {
			t.Errorf("roundingStep(%s) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestCompoundsAndRaceTimes reads an amount written in two or three units
// as one amount in the smallest, and race times as seconds.
func TestCompoundsAndRaceTimes(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.English, []extractCase{
		{in: "in 4 hours 23 minutes and 12 seconds", want: []string{"quantity|4 hours 23 minutes and 12 seconds|15792 s"}},
		{in: "he is 6 ft 3 in tall", want: []string{"quantity|6 ft 3 in|75 in"}},
		{in: "won in 14:12.48 ahead of", want: []string{"quantity|14:12.48|852.48 s"}},
		{in: "finished 2:23 down.", want: []string{"quantity|2:23|143 s"}},
		{in: "won in 9.86s, ahead", want: []string{"quantity|9.86s|9.86 s"}},
		{in: "at 2:23 today", want: []string{"time|2:23|02:23"}},
		{in: "2 hours 90 minutes", want: []string{"quantity|2 hours|2 h", "quantity|90 minutes|90 min"}},
		{in: "5 km 300 m", want: []string{"quantity|5 km 300 m|5300 m"}},
		{in: "5 km, 300 m", want: []string{"quantity|5 km|5 km", "quantity|300 m|300 m"}}, // a list
		{in: "5 km and 10 km", want: []string{"quantity|5 km|5 km", "quantity|10 km|10 km"}},
	})
	runExtractTable(t, language.French, []extractCase{
		{in: "en 9\"86 devant", want: []string{"quantity|9\"86|9.86 s"}},
		{in: "en 14'12\"48,", want: []string{"quantity|14'12\"48|852.48 s"}},
		{in: "en 3’53”21.", want: []string{"quantity|3’53”21|233.21 s"}},
	})
	runExtractTable(t, language.German, []extractCase{
		{in: "in der 5/4-Stern-Hotellerie", want: []string{"number|5|5", "number|4|4"}},
		{in: "eine 2/3-Mehrheit", want: []string{"code|2/3|2/3"}},
		{in: "Artikel 12/3-a", want: []string{"code|12/3|12/3"}}, // as before
	})
	runExtractTable(t, language.English, []extractCase{
		{in: "won in 2:03:23 ahead", want: []string{"quantity|2:03:23|7403 s"}},
		{in: "in 1:22:05.969,", want: []string{"quantity|1:22:05.969|4925.969 s"}},
		{in: "at 2:30:00 p.m.", want: []string{"time|2:30:00 p.m.|14:30"}},
	})
	runExtractTable(t, language.Portuguese, []extractCase{
		{in: "venceu em 2h02min23s, com 7min22s", want: []string{"quantity|2h02min23s|7343 s", "quantity|7min22s|442 s"}},
		{in: "às 18h30", want: []string{"time|18h30|18:30"}},
	})
	runExtractTable(t, language.German, []extractCase{
		{in: "in 2:03:32 Stunden", want: []string{"quantity|2:03:32 Stunden|7412 s"}},
		{in: "nach 1:21 Minuten", want: []string{"quantity|1:21 Minuten|81 s"}},
		{in: "um 14:30 Uhr", want: []string{"time|14:30 Uhr|14:30"}},
	})
	runExtractTable(t, language.Vietnamese, []extractCase{
		{in: "về đích sau 15 phút 12 giây 48,", want: []string{"quantity|15 phút 12 giây 48|912.48 s"}},
		{in: "2 phút 01 giây 33", want: []string{"quantity|2 phút 01 giây 33|121.33 s"}},
	})
	runExtractTable(t, language.Spanish, []extractCase{
		{in: "con un tiempo de 2:05,31, nuevo", want: []string{"quantity|2:05,31|125.31 s"}},
		{in: "por 42 centésimas", want: []string{"quantity|42 centésimas|42 cs"}},
	})
	runSameCases(t, []sameCase{
		{"9.86 seconds", "9\"86", language.French},
		{"0.42 seconds", "42 centésimas", language.Spanish},
		{"2:23 down", "à 2 min 23 s", language.French},
		{"90 minutes", "1,5 Stunden", language.German},
		{"6 ft 3 in", "1,91 metri", language.Italian},
		{"0.38 seconds", "38 centièmes", language.French},
		{"0.45 seconds", "45 Hundertstel", language.German},
		{"more than 600 pounds", "plus de 270 kilos", language.French},
		{"58,400 pounds", "26,5 tonnes", language.French},
		{"two kilos", "dos kilos", language.Spanish},
		// a duration written as a clock is (read as 02:47, 02:23)
		{"2 hours 47 minutes", "une attente de 2 h 47", language.French},
		{"2:23", "2 min 23 s", language.French},
	})
	a, b := one(t, "2 hours 46 minutes", language.English), one(t, "une attente de 2 h 47", language.French)
	if d := Compare(a, b, language.English, language.French); d.Cause == Same {
		t.Errorf("2 hours 46 minutes = 2 h 47 (02:47): %s", d.Message)
	}
}

// TestGivenTwice checks givenTwice against Converts of every two facts of a
// paragraph: its quick test on the dimensions of the units must not miss a
// pair that converts.
func TestGivenTwice(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		some bool // some fact is given twice
	}{
		{"It was 45°C (113°F) on a 10 km walk over 5 ha.", true},
		{"The localities built 8,416 kilometres of roads and planted 10,833 hectares.", false},
		{"The launch is at 1 p.m. EDT (17:00 GMT).", true},
		{"The launch is at 1 p.m. EDT, the landing at 17:00.", false},
		{"The tower is 1,000 feet (305 m) tall and weighs 10 kg.", true},
		{"A 10 kg load over 10 km took 5 hours.", false},
		{"It rose 1.5°C, or 2.7°F, and 34% of the 100 people saw 45°C.", true},
		{"No units here: 5, 6 and 7.", false},
	} {
		fs := Extract(c.text, language.English)
		got := givenTwice(fs)
		if (got != nil) != c.some {
			t.Errorf("givenTwice(%q) = %v, want some: %v", c.text, got, c.some)
		}
		for i := range fs {
			for k := range fs {
				if k == i {
					continue
				}
				want := Converts(fs[i], fs[k])
				has := got != nil && slices.Contains(got[i], k)
				if has != want {
					t.Errorf("%q: givenTwice pairs %q with %q: %v, Converts says %v", c.text, fs[i].Text, fs[k].Text, has, want)
				}
			}
		}
	}
}

// TestCompoundsInARow: compound amounts one after another, each joined
// whether or not the facts before it were (mergeCompounds changes a fact
// in place until a join leaves its answer behind the facts read, then
// copies), with "and a half" and the inches after feet among them.
func TestCompoundsInARow(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.English, []extractCase{
		{in: "he ran 4 h 23 min 12 s, then 2 h 5 min, 3 km in 2 and a half hours and 6 ft 3 in, 5 m", want: []string{
			"quantity|4 h 23 min 12 s|15792 s", "quantity|2 h 5 min|125 min", "quantity|3 km|3 km",
			"quantity|2 and a half hours|2.5 h", "quantity|6 ft 3 in|75 in", "quantity|5 m|5 m"}},
		{in: "6 ft 3 in and 5 ft 11 in, then 2 hours 10 minutes and 7 km", want: []string{
			"quantity|6 ft 3 in|75 in", "quantity|5 ft 11 in|71 in", "quantity|2 hours 10 minutes|130 min", "quantity|7 km|7 km"}},
		{in: "2 and a half hours, 3 h 20 min, 4 and a half", want: []string{
			"quantity|2 and a half hours|2.5 h", "quantity|3 h 20 min|200 min", "number|4 and a half|4.5"}},
	})
	runExtractTable(t, language.French, []extractCase{
		{in: "en 4 h 23 min 12 s et 2 min 10 s, à 14 h 30, 3 km", want: []string{
			"quantity|4 h 23 min 12 s|15792 s", "quantity|2 min 10 s|130 s", "time|14 h 30|14:30", "quantity|3 km|3 km"}},
	})
	runExtractTable(t, language.Vietnamese, []extractCase{
		{in: "chạy 6 phút 5 giây 21 và 3 giờ 20 phút, 5 km", want: []string{
			"quantity|6 phút 5 giây 21|365.21 s", "time|3 giờ 20 phút|03:20", "quantity|5 km|5 km"}},
	})
}
