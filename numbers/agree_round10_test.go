package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestRoundTenFalseAlarms: readings the tenth false-alarm round (21 pairs
// by two helpers: US units, time zones, race results) needed.
func TestRoundTenFalseAlarms(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.English, []extractCase{
		{in: "open from June 15 through Sept. 30.", want: []string{"range|from June 15 through Sept. 30|--06-15/--09-30"}},
		{in: "from Dec. 5 to 7: a downhill", want: []string{"range|from Dec. 5 to 7|--12-05/--12-07"}},
		{in: "finished in 61:02, ahead", want: []string{"quantity|61:02|3662 s"}},
		{in: "at 7:30 today", want: []string{"time|7:30|07:30"}},
	})
	runExtractTable(t, language.German, []extractCase{
		{in: "der Lauf über 42,195 Kilometer", want: []string{"quantity|42,195 Kilometer|42.195 km"}},
		{in: "bis Mittag", want: []string{"time|Mittag|12:00"}},
	})
	runExtractTable(t, language.Spanish, []extractCase{
		{in: "la Fórmula 1 llega a Austin", want: nil}, // a name
	})
	runExtractTable(t, language.Dutch, []extractCase{
		// a separable verb of change: "nam ... toe tot" is "rose to", not "up to"
		{in: "nam met 6,2% toe tot 1,54 miljoen", want: []string{"percent|6,2%|6.2%", "number|1,54 miljoen|1.54E+6"}},
	})
	runExtractTable(t, language.Spanish, []extractCase{
		// after a comma the verb of change may stand further back, past
		// a number's decimal point: "to", not "up to"
		{in: "bajó en abril en 67.420 personas respecto a marzo, hasta 2.512.718.", want: []string{"number|67.420|67420", "number|2.512.718|2512718"}},
		{in: "se esperan hasta 200 personas.", want: []string{"number|hasta 200|200|up_to"}},
	})
	runExtractTable(t, language.Italian, []extractCase{
		{in: "si ricarica dallo 0 all'80% in 3 ore", want: []string{"range|dallo 0 all'80%|0..80 %", "quantity|3 ore|3 h"}},
	})
	runExtractTable(t, language.Vietnamese, []extractCase{
		{in: "nhanh hơn tới 40%", want: []string{"percent|tới 40%|40%|up_to"}},
		{in: "tới năm 2030", want: []string{"year|2030|2030"}},
	})
	runSameCases(t, []sameCase{
		{"10 a.m. CDT", "A las 9:00 horas, tiempo del centro de México", language.Spanish},
		{"1:48", "1min48s", language.Portuguese}, // a clock time's reading that is the duration
		{"4 to 5 pounds", "1,8 a 2,3 quilos", language.Portuguese},
		{"noon", "Mittag", language.German},
		{"4x100m", "4x100", language.Italian},
	})
}

// TestResolveZones: a zone named once holds for the later times of the
// document; local time is not passed on.
func TestResolveZones(t *testing.T) {
	t.Parallel()
	paras := [][]Fact{
		Extract("The race starts at 2 p.m. CT.", language.English),
		Extract("Qualifying ends at 4:30 p.m.; the fan zone opens at 10 a.m. local time and closes at 6 p.m.", language.English),
	}
	ResolveContext(paras)
	var zones []string
	for _, fs := range paras {
		for _, f := range fs {
			zones = append(zones, f.ISO+" "+f.Unit)
		}
	}
	want := []string{"14:00 CT", "16:30 CT", "10:00 local time", "18:00 CT"}
	// a conversion beside a time does not change the zone
	paras = [][]Fact{
		Extract("Liftoff at 13:48, hora peninsular (12:48 UTC); docking at 17:30.", language.Spanish),
	}
	ResolveContext(paras)
	if got := paras[0][len(paras[0])-1].Unit; got != "hora peninsular" {
		t.Errorf("docking time in zone %q, want hora peninsular", got)
	}
	if len(zones) != len(want) {
		t.Fatalf("got %q, want %q", zones, want)
	}
	for i := range want {
		if zones[i] != want[i] {
			t.Errorf("time %d: %q, want %q", i, zones[i], want[i])
		}
	}
}

// TestRoundElevenFalseAlarms: readings the eleventh round (20 pairs
// written in the other languages first, translated into American English)
// needed.
func TestRoundElevenFalseAlarms(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Portuguese, []extractCase{
		{in: "venceu em 10s02, com 1min45s32", want: []string{"quantity|10s02|10.02 s", "quantity|1min45s32|105.32 s"}},
		{in: "em 2h05m48s e 14m40s", want: []string{"quantity|2h05m48s|7548 s", "quantity|14m40s|880 s"}},
		{in: "1 minuto e 12 segundos", want: []string{"quantity|1 minuto e 12 segundos|72 s"}},
		{in: "5m de altura", want: []string{"quantity|5m|5 m"}},
	})
	runExtractTable(t, language.English, []extractCase{
		{in: "won the 10,000 m in 27:14.41.", want: []string{"quantity|10,000 m|10000 m", "quantity|27:14.41|1634.41 s"}},
	})
	runExtractTable(t, language.German, []extractCase{
		{in: "um 15 Uhr (MESZ) und 61 Hundertsteln", want: []string{"time|15 Uhr (MESZ)|15:00", "quantity|61 Hundertsteln|61 cs"}},
	})
	runExtractTable(t, language.Dutch, []extractCase{
		{in: "tot 25 km/u", want: []string{"quantity|tot 25 km/u|25 km/h|up_to"}},
	})
	runSameCases(t, []sameCase{
		{"88-degree heat", "31 grados", language.Spanish},          // American degrees
		{"about 12,400 miles", "20.000 kilometer", language.Dutch}, // "about" added with the rounding
		{"3 feet", "1 Meter", language.German},
		{"9 a.m. ET", "15 Uhr (MESZ)", language.German},
	})
}
