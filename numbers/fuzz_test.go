package numbers

import (
	"reflect"
	"testing"

	"golang.org/x/text/language"
)

// FuzzExtract checks the scanner on any input: no panic, spans inside the
// text and equal to Fact.Text, facts ordered and not overlapping, the
// same answer twice, and Match and Format total on what it returns.
func FuzzExtract(f *testing.F) {
	for _, c := range englishCases {
		f.Add(c.in, "en")
	}
	for _, c := range germanCases {
		f.Add(c.in, "de")
	}
	f.Add("83.790 Millionen VND/Person/Jahr 2019 bis 2024, 5. August 2019", "de")
	f.Add("1.2.3.4.5 -- 1,,2 +84 ‰ 5 – 10 −3 1\u00a0234 12\u202f345,5", "en")
	f.Add("ngày 5 tháng 8 năm 2019 thứ 15", "vi")
	f.Add("from March 3 to 5, 2025; December 30 to January 2; 3.–5. März", "en")
	f.Add("vom 3. bis 5. März 2025, vom 30. März bis 2. April 2024", "de")
	f.Add("du 1er au 3 mars, du 30 mars au 2 avril 2025", "fr")
	f.Add("từ ngày 30 tháng 3 đến ngày 2 tháng 4 năm 2025", "vi")
	f.Add("1,000 feet (305 m), 95°F (35 °C), 2,460 mph, 40 acres, 1.5°C (2.7°F), 1e308 gallons", "en")
	f.Add("at 2 p.m. ET (19:00 GMT), from 9 a.m. to 5 p.m. PT, 14:00 UTC+05:30, 9 UTC-", "en")
	f.Add("a 3-1 win, lost 1-4, from 0-2 down, 7:17 Toren, 5:3-Sieg, 16-17 August game", "en")
	f.Add("a minute and a half, 2 and a half hours and a half, 2024 and a half", "en")
	f.Add(`9.86s, 14:12.48, 2:23 down, 6 ft 3 in, 6'3", 4 h 23 min 12 s, 9"86, 14'12"48, 2:05,31`, "en")
	f.Fuzz(func(t *testing.T, text, lang string) {
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.English
		}
		checkFacts(t, text, tag, language.German, language.English)
	})
}

// checkFacts asserts what must hold of Extract on any text read as tag:
// ordered, non-overlapping spans inside the text whose Text is the span;
// the same facts on a second reading; Format and Key total on every fact;
// the readers numberAt skips reading nothing where it skips them;
// and Match against the same text read as each of others pairs every fact
// exactly once, as AppendMatch does.
func checkFacts(t *testing.T, text string, tag language.Tag, others ...language.Tag) {
	t.Helper()
	facts := Extract(text, tag)
	prev := 0
	for _, x := range facts {
		if x.Offset < prev || x.Offset > x.End || x.End > len(text) {
			t.Fatalf("span %d:%d after %d in %d bytes", x.Offset, x.End, prev, len(text))
		}
		if text[x.Offset:x.End] != x.Text {
			t.Fatalf("text[%d:%d] = %q, Text %q", x.Offset, x.End, text[x.Offset:x.End], x.Text)
		}
		prev = x.End
		for _, o := range others {
			_ = Format(x, o)
		}
		if k, a := x.Key(), x.AppendKey([]byte("<")); string(a) != "<"+k {
			t.Errorf("%q: AppendKey %q, Key %q", x.Text, a, k)
		}
	}
	checkDateOrTimeAt(t, text, tag)
	if again := Extract(text, tag); !reflect.DeepEqual(facts, again) {
		t.Fatalf("Extract is not deterministic on %q", text)
	}
	for _, o := range others {
		pairs := Match(facts, Extract(text, o), tag, o)
		sameAsMatch(t, facts, Extract(text, o), tag, o)
		seen := map[int]bool{}
		for _, p := range pairs {
			if p.Src >= 0 {
				if seen[p.Src] {
					t.Fatalf("fact %d paired twice", p.Src)
				}
				seen[p.Src] = true
			}
		}
		if len(seen) != len(facts) {
			t.Fatalf("Match with %v: %d of %d facts paired", o, len(seen), len(facts))
		}
	}
}
