package numbers

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"
	"golang.org/x/text/language"
)

var (
	en = language.English
	de = language.German
)

// one extracts the single fact of s or fails.
func one(t *testing.T, s string, tag language.Tag) Fact {
	t.Helper()
	fs := Extract(s, tag)
	if len(fs) != 1 {
		t.Fatalf("Extract(%q, %s) gave %d facts, want 1", s, tag, len(fs))
	}
	return fs[0]
}

func TestCompareAgree(t *testing.T) {
	t.Parallel()
	pairs := []struct {
		src, tgt  string
		ambiguous bool
		spelled   bool
	}{
		{src: "4,000 billion VND", tgt: "4.000 Milliarden VND"},
		{src: "4,000 billion VND", tgt: "4 Billionen VND"},
		{src: "2019-2024", tgt: "2019 bis 2024"},
		{src: "2019-2024", tgt: "2019–2024"},
		{src: "from 2019 to 2024", tgt: "von 2019 bis 2024"},
		{src: "15th", tgt: "die 15. Konferenz"},
		{src: "August 5, 2019", tgt: "5. August 2019"},
		{src: "August 5, 2019", tgt: "05.08.2019"},
		{src: "100%", tgt: "100 %"},
		{src: "100 percent", tgt: "100 Prozent"},
		{src: "43,000", tgt: "43.000"},
		{src: "1,197", tgt: "1.197"},
		{src: "more than 200", tgt: "mehr als 200"},
		{src: "over 200", tgt: "über 200"},
		{src: "83.79 million VND", tgt: "83,79 Millionen VND"},
		{src: "83.79 million VND", tgt: "83,79 Mio. Dong"},
		{src: "5 dollars", tgt: "5 US-Dollar"},
		{src: "2024", tgt: "im Jahr 2024"},
		{src: "between 5 and 10", tgt: "zwischen 5 und 10"},
		{src: "2.5 percentage points", tgt: "2,5 Prozentpunkte"},
		{src: "at 2 p.m.", tgt: "um 14 Uhr"},
		{src: "17-NQ/TU", tgt: "17-NQ/TU"},
		{src: "in August 2019", tgt: "im August 2019"},
		{src: "18.27 km", tgt: "18,27 Kilometer"},
		{src: "1,000", tgt: "1.000"},
		{src: "1.500", tgt: "1.500", ambiguous: true},
		{src: "1,000", tgt: "1,000", ambiguous: true},
		{src: "ten years", tgt: "zehn Jahre", spelled: true},
		{src: "a million euros", tgt: "eine Million Euro", spelled: true},
	}
	for _, p := range pairs {
		t.Run(p.src+"="+p.tgt, func(t *testing.T) {
			t.Parallel()
			if p.spelled && !wordsReady() {
				t.Skip("numbers/words not ready")
			}
			a, b := one(t, p.src, en), one(t, p.tgt, de)
			d := Compare(a, b, en, de)
			if d.Cause != Same || d.Ambiguous != p.ambiguous {
				t.Errorf("Compare(%q, %q) = %s ambiguous=%v (%s), want same ambiguous=%v", p.src, p.tgt, d.Cause, d.Ambiguous, d.Message, p.ambiguous)
			}
			if !p.ambiguous && a.Key() != b.Key() {
				t.Errorf("keys differ: %q vs %q", a.Key(), b.Key())
			}
		})
	}
}

func TestCompareDisagree(t *testing.T) {
	t.Parallel()
	pairs := []struct {
		src, tgt string
		cause    Cause
		suggest  string
	}{
		{"83.79 million VND", "83.790 Millionen VND", SeparatorConfusion, "83,79 Millionen VND"},
		{"4 billion VND", "4 Billionen VND", ScaleFalseFriend, "4 Milliarden VND"},
		{"1,197", "1.179", Transposition, "1.197"},
		{"1,197", "1.917", Transposition, "1.197"},
		{"1,197", "1.198", DigitChanged, "1.197"},
		{"5 km", "5 m", UnitChanged, "5 km"},
		{"5 USD", "5 Euro", UnitChanged, "5 US-Dollar"},
		{"more than 200", "200", QualifierChanged, "mehr als 200"},
		{"about 200", "mindestens 200", QualifierChanged, "rund 200"},
		{"2019-2024", "2019 bis 2025", RangeEndChanged, "2019–2024"},
		{"2019-08-05", "08.05.2019", DayMonthSwapped, "5. August 2019"},
		{"15th", "15", KindChanged, "15."},
		{"5%", "5 Prozentpunkte", KindChanged, "5 %"},
		{"68", "86", Transposition, "68"},
		{"666", "700", ValueChanged, "666"},
		{"17-NQ/TU", "17-NQ/TW", ValueChanged, "17-NQ/TU"},
	}
	for _, p := range pairs {
		t.Run(p.src+"≠"+p.tgt, func(t *testing.T) {
			t.Parallel()
			a, b := one(t, p.src, en), one(t, p.tgt, de)
			d := Compare(a, b, en, de)
			if d.Cause != p.cause {
				t.Errorf("Compare(%q, %q) = %s (%s), want %s", p.src, p.tgt, d.Cause, d.Message, p.cause)
			}
			if d.Suggestion != p.suggest {
				t.Errorf("suggestion %q, want %q", d.Suggestion, p.suggest)
			}
			if d.Message == "" || !strings.Contains(d.Message, p.tgt) && !strings.Contains(d.Message, b.Text) {
				t.Errorf("message %q does not name %q", d.Message, b.Text)
			}
		})
	}
}

func TestSeparatorMessage(t *testing.T) {
	t.Parallel()
	a, b := one(t, "83.79 million VND", en), one(t, "83.790 Millionen VND", de)
	d := Compare(a, b, en, de)
	want := `"83.790 Millionen VND" reads as 83 790 000 000 in German (83.790 = eighty-three thousand seven hundred and ninety); ` +
		`the English "83.79 million VND" is 83 790 000. The German has the decimal point where German writes a decimal comma (×1000).`
	if d.Message != want {
		t.Errorf("message\n got %s\nwant %s", d.Message, want)
	}
}

func TestMatchPairs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		src, tgt string
		want     []string // "src|tgt|cause"
	}{
		{"closest wins", "68 and 83.79 million VND", "83.790 Millionen VND und 68",
			[]string{"68|68|", "83.79 million VND|83.790 Millionen VND|separator"}},
		{"twice vs once", "5 and 5", "5",
			[]string{"5|5|", "5|-|unpaired"}},
		{"missing date", "on August 5, 2019 the 17-NQ/TU", "die 17-NQ/TU",
			[]string{"August 5, 2019|-|unpaired", "17-NQ/TU|17-NQ/TU|"}},
		{"extra in target", "", "68 Resolutionen",
			[]string{"-|68|unpaired"}},
		{"prefers equal over close", "1,197 and 1,179", "1.179 und 1.197",
			[]string{"1,197|1.197|", "1,179|1.179|"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fs, ft := Extract(tc.src, en), Extract(tc.tgt, de)
			pairs := Match(fs, ft, en, de)
			var got []string
			for _, p := range pairs {
				s, g := "-", "-"
				if p.Src >= 0 {
					s = fs[p.Src].Text
				}
				if p.Tgt >= 0 {
					g = ft[p.Tgt].Text
				}
				got = append(got, s+"|"+g+"|"+string(p.Diagnosis.Cause))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			again := Match(fs, ft, en, de)
			for i := range again {
				if again[i].Src != pairs[i].Src || again[i].Tgt != pairs[i].Tgt {
					t.Fatalf("Match is not deterministic")
				}
			}
		})
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// TestSeedPair runs the German and English seed articles paragraph by
// paragraph: exactly two findings, computed from the text.
func TestSeedPair(t *testing.T) {
	t.Parallel()
	deP := readLines(t, "../testdata/seeds/000_c3de660a0af737e8.txt")
	enP := readLines(t, "../testdata/seeds/001_7e5fed813674fb67.txt")
	if len(deP) != len(enP) {
		t.Fatalf("%d German and %d English paragraphs", len(deP), len(enP))
	}
	var findings []string
	for i := range enP {
		fe, fd := Extract(enP[i], en), Extract(deP[i], de)
		seen := 0
		for _, p := range Match(fe, fd, en, de) {
			if p.Src >= 0 {
				seen++
			}
			if p.Tgt >= 0 {
				seen++
			}
			if p.Diagnosis.Cause == Same && !p.Diagnosis.Ambiguous {
				continue
			}
			s, g := "-", "-"
			if p.Src >= 0 {
				s = fe[p.Src].Text
			}
			if p.Tgt >= 0 {
				g = fd[p.Tgt].Text
			}
			findings = append(findings, sprintf("%d|%s|%s|%s|%s", i+1, s, g, p.Diagnosis.Cause, p.Diagnosis.Suggestion))
		}
		if seen != len(fe)+len(fd) {
			t.Errorf("paragraph %d: %d facts in pairs, want %d", i+1, seen, len(fe)+len(fd))
		}
	}
	want := []string{
		"1|August 5, 2019|-|unpaired|5. August 2019",
		"8|83.79 million VND|83.790 Millionen VND|separator|83,79 Millionen VND",
	}
	if strings.Join(findings, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings\n got %q\nwant %q", findings, want)
	}
}

func TestFormat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		from language.Tag
		to   language.Tag
		want string
	}{
		{"83.79 million VND", en, de, "83,79 Millionen VND"},
		{"4,000 billion VND", en, de, "4.000 Milliarden VND"},
		{"4 Billionen VND", de, en, "4 trillion VND"},
		{"1 million", en, de, "1 Million"},
		{"2,5 Mio. Euro", de, en, "€2.5m"},
		{"15th", en, de, "15."},
		{"15.  Konferenz", de, en, "15th"},
		{"22. Konferenz", de, en, "22nd"},
		{"August 5, 2019", en, de, "5. August 2019"},
		{"5. August 2019", de, en, "August 5, 2019"},
		{"100%", en, de, "100 %"},
		{"100 %", de, en, "100%"},
		{"2019-2024", en, de, "2019–2024"},
		{"more than 200", en, de, "mehr als 200"},
		{"1,234,567.5", en, de, "1.234.567,5"},
		{"1.234.567,5", de, en, "1,234,567.5"},
		{"1.234.567,5", de, language.MustParse("de-CH"), "1’234’567.5"},
		{"1.234.567,5", de, language.French, "1\u00a0234\u00a0567,5"},
		{"17-NQ/TU", en, de, "17-NQ/TU"},
		{"at 2 p.m.", en, de, "14:00"},
		{"5 to 10 million", en, de, "5–10 Millionen"},
	}
	for _, tc := range tests {
		t.Run(tc.in+">"+tc.to.String(), func(t *testing.T) {
			t.Parallel()
			if got := Format(one(t, tc.in, tc.from), tc.to); got != tc.want {
				t.Errorf("Format(%q, %s) = %q, want %q", tc.in, tc.to, got, tc.want)
			}
		})
	}
}

func TestSupported(t *testing.T) {
	t.Parallel()
	for _, tag := range Languages() {
		if !Supported(tag) {
			t.Errorf("Languages lists %s but Supported says no", tag)
		}
	}
	if Supported(language.Japanese) {
		t.Errorf("Supported(ja) = true, no table exists")
	}
	if !Supported(language.MustParse("de-AT")) {
		t.Errorf("Supported(de-AT) = false")
	}
}

// coeffString must write what apd's String writes, small or large.
func TestCoeffString(t *testing.T) {
	for _, s := range []string{"0", "1", "10", "18446744073709551615", "18446744073709551616", "123456789012345678901234567890"} {
		var c apd.BigInt
		if _, ok := c.SetString(s, 10); !ok {
			t.Fatal(s)
		}
		if got := coeffString(&c); got != c.String() || got != s {
			t.Errorf("coeffString(%s) = %s, apd says %s", s, got, c.String())
		}
	}
}
