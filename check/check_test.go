package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/document"
	"github.com/tally-qa/tally/numbers"
)

func doc(path string, lang language.Tag, paras ...string) *document.Document {
	d := &document.Document{Path: path, Format: "text", Lang: lang, LangSource: "flag"}
	for i, p := range paras {
		d.Paragraphs = append(d.Paragraphs, document.Paragraph{Text: p, Line: i + 1})
	}
	return d
}

// brief is what a test asserts of a finding.
type brief struct {
	sev      Severity
	kind     string
	src, tgt int // paragraphs
}

func briefs(fs []Finding) []brief {
	var out []brief
	for _, f := range fs {
		out = append(out, brief{f.Severity, f.Kind, f.SourceParagraph, f.TargetParagraph})
	}
	return out
}

func TestPair(t *testing.T) {
	t.Parallel()
	en, de := language.English, language.German
	tests := []struct {
		name string
		src  []string
		tgt  []string
		want []brief
	}{
		{
			name: "agreeing renderings stay silent",
			src:  []string{"In 2019-2024 the province spent 4,000 billion VND on the 15th plan.", "More than 200 documents were issued."},
			tgt:  []string{"Von 2019 bis 2024 gab die Provinz 4 Billionen VND für den 15. Plan aus.", "Mehr als 200 Dokumente wurden herausgegeben."},
			want: nil,
		},
		{
			name: "separator confusion is an error on both paragraphs",
			src:  []string{"The income is 83.79 million VND per person."},
			tgt:  []string{"Das Einkommen beträgt 83.790 Millionen VND pro Person."},
			want: []brief{{Error, KindMismatch, 1, 1}},
		},
		{
			name: "a dropped qualifier is a warning",
			src:  []string{"The committee issued more than 200 legal documents last year."},
			tgt:  []string{"Das Komitee gab im letzten Jahr 200 Rechtsdokumente heraus."},
			want: []brief{{Warning, KindMismatch, 1, 1}},
		},
		{
			name: "a missing value is an error",
			src:  []string{"The resolution dated August 5, 2019 was issued by 12 members."},
			tgt:  []string{"Die Resolution wurde von 12 Mitgliedern herausgegeben."},
			want: []brief{{Error, KindMissing, 1, 1}},
		},
		{
			name: "a fact moved into the next paragraph is matched there",
			src: []string{
				"The province trained 43,000 cadres in 666 courses over the whole period of the programme.",
				"It allocated 4,000 billion VND to the mountain districts for roads, schools and clinics.",
			},
			tgt: []string{
				"Die Provinz schulte Kader in 666 Kursen über den gesamten Zeitraum des Programms.",
				"Insgesamt 43.000 Kader; sie stellte 4.000 Milliarden VND für die Bergbezirke bereit, für Straßen und Schulen.",
			},
			want: nil,
		},
		{
			name: "units converted by the translator agree",
			src:  []string{"The 1,000-foot tower stands on 40 acres; it was 95°F at the opening."},
			tgt:  []string{"Der 305 Meter hohe Turm steht auf 16 Hektar; bei der Eröffnung waren es 35 °C."},
			want: nil,
		},
		{
			name: "a conversion given on one side only is a note",
			src:  []string{"Warming must stay below 1.5°C (2.7°F); the heat reached 45°C."},
			tgt:  []string{"Die Erwärmung muss unter 1,5 °C bleiben; die Hitze erreichte 45 °C (113 °F)."},
			want: []brief{{Info, KindMissing, 1, 1}, {Info, KindExtra, 1, 1}},
		},
		{
			name: "a time converted into another zone agrees; given twice, a note",
			src:  []string{"The minutes were released at 2 p.m. ET. A briefing follows at 1 p.m. EDT (17:00 GMT)."},
			tgt:  []string{"Das Protokoll erschien um 20 Uhr MEZ. Ein Briefing folgt um 19 Uhr MESZ."},
			want: []brief{{Info, KindMissing, 1, 1}},
		},
		{
			name: "a figure given twice, wrong in both renderings, is no note",
			src:  []string{"Liftoff is set for 7:48 a.m. EST (12:48 UTC) on Friday."},
			tgt:  []string{"Der Start ist für Freitag um 12:48 MEZ (11:48 UTC) geplant."},
			want: []brief{{Error, KindMismatch, 1, 1}, {Error, KindMismatch, 1, 1}},
		},
		{
			name: "a wrong conversion is an error",
			src:  []string{"The tower is 1,000 feet tall."},
			tgt:  []string{"Der Turm ist 30 Meter hoch."},
			want: []brief{{Error, KindMismatch, 1, 1}},
		},
		{
			name: "a paragraph with no counterpart is one finding",
			src: []string{
				"The province trained 43,000 cadres in 666 courses.",
				"It allocated 4,000 billion VND to the mountain districts.",
				"Source: the provincial newspaper.",
			},
			tgt: []string{
				"Die Provinz schulte 43.000 Kader in 666 Kursen.",
				"Zusätzlich wurden im Jahr 2023 genau 17 neue Schulen und 9 Kliniken in 5 Bezirken gebaut.",
				"Sie stellte 4.000 Milliarden VND für die Bergbezirke bereit.",
				"Quelle: die Provinzzeitung.",
			},
			want: []brief{{Warning, KindUnaligned, 0, 2}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, got := Pair(doc("a.en.txt", en, tc.src...), doc("a.de.txt", de, tc.tgt...), Options{})
			gb := briefs(got)
			if len(gb) != len(tc.want) {
				t.Fatalf("got %d findings %v, want %v\n%s", len(gb), gb, tc.want, dump(got))
			}
			for i := range gb {
				if gb[i] != tc.want[i] {
					t.Errorf("finding %d = %v, want %v\n%s", i, gb[i], tc.want[i], dump(got))
				}
			}
		})
	}
}

func dump(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Severity.String() + " " + f.Kind + ": " + f.Message + "\n")
	}
	return b.String()
}

func TestPairAllListsAgreement(t *testing.T) {
	t.Parallel()
	src := doc("a.en.txt", language.English, "Ten years ago 43,000 people lived here.")
	tgt := doc("a.de.txt", language.German, "Vor zehn Jahren lebten hier 43.000 Menschen.")
	st, fs := Pair(src, tgt, Options{All: true})
	if st.Agreed != 2 || len(fs) != 2 {
		t.Fatalf("agreed %d, findings %d (want 2 and 2):\n%s", st.Agreed, len(fs), dump(fs))
	}
	for _, f := range fs {
		if f.Severity != OK || f.Kind != KindAgree {
			t.Errorf("finding %v %s, want ok agree", f.Severity, f.Kind)
		}
	}
	if _, fs := Pair(src, tgt, Options{}); len(fs) != 0 {
		t.Errorf("without All: %d findings, want 0", len(fs))
	}
}

func TestSeverity(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"ok", "info", "warning", "error"} {
		s, err := ParseSeverity(strings.ToUpper(name))
		if err != nil || s.String() != name {
			t.Errorf("ParseSeverity(%q) = %v, %v", name, s, err)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity(fatal) gave no error")
	}
	var c Counts
	for _, s := range []Severity{Info, Warning, Info} {
		c.Add(s)
	}
	if c.Max() != Warning || c.Infos != 2 {
		t.Errorf("counts %+v max %v", c, c.Max())
	}
}

// TestSeverityOfDiagnoses: the policy over numbers' causes.
func TestSeverityOfDiagnoses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		d    numbers.Diagnosis
		sev  Severity
		kind string
	}{
		{numbers.Diagnosis{Cause: numbers.Same}, OK, KindAgree},
		{numbers.Diagnosis{Cause: numbers.Same, Ambiguous: true}, Warning, KindAmbiguous},
		{numbers.Diagnosis{Cause: numbers.QualifierChanged}, Warning, KindMismatch},
		{numbers.Diagnosis{Cause: numbers.UnitChanged}, Error, KindMismatch},
		{numbers.Diagnosis{Cause: numbers.UnitChanged, UnitUnstated: true}, Info, KindMismatch},
		{numbers.Diagnosis{Cause: numbers.SeparatorConfusion}, Error, KindMismatch},
	} {
		if sev, kind := severityOf(tc.d); sev != tc.sev || kind != tc.kind {
			t.Errorf("%s (unstated %v, ambiguous %v): %v %s, want %v %s", tc.d.Cause, tc.d.UnitUnstated, tc.d.Ambiguous, sev, kind, tc.sev, tc.kind)
		}
	}
}

func TestSetPicksSourceAndReportsBadFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	de := write("a.de.txt", "Die Provinz stellte 4.000 Milliarden VND bereit.\n")
	en := write("a.en.txt", "The province allocated 4,000 billion VND.\n")
	empty := write("a.fr.txt", "")
	res, failed := Set(Job{Name: "a", Paths: []string{de, empty, en}}, SetOptions{})
	if len(failed) != 1 || failed[0].Path != empty {
		t.Fatalf("failed = %+v, want the empty file", failed)
	}
	if len(res.Files) != 2 || res.Files[0].Path != en || !res.Files[0].Source {
		t.Fatalf("files = %+v, want the English source first", res.Files)
	}
	if res.Counts.Max() != OK {
		t.Errorf("counts = %+v, want none", res.Counts)
	}
	res, _ = Set(Job{Name: "a", Paths: []string{de, en}}, SetOptions{Source: "de"})
	if res.Files[0].Path != de {
		t.Errorf("--source de: source = %s", res.Files[0].Path)
	}
	if _, failed := Set(Job{Name: "a", Paths: []string{de, en}}, SetOptions{Source: "fr"}); len(failed) != 1 {
		t.Errorf("--source fr with no French version: failed = %+v, want one problem", failed)
	}
}

func TestBatchOrderIsStable(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var jobs []Job
	for i, text := range []string{"4,000 billion VND", "83.79 million VND", "more than 200 documents"} {
		name := string(rune('a' + i))
		en := filepath.Join(dir, name+".en.txt")
		de := filepath.Join(dir, name+".de.txt")
		os.WriteFile(en, []byte("The province reported "+text+" this year.\n"), 0o644)
		os.WriteFile(de, []byte("Die Provinz meldete dieses Jahr 83.790 Millionen VND.\n"), 0o644)
		jobs = append(jobs, Job{Name: name, Paths: []string{de, en}})
	}
	var want []string
	for _, jobsN := range []int{1, 2, 8} {
		r := Batch(jobs, BatchOptions{Jobs: jobsN})
		var got []string
		for _, s := range r.Sets {
			got = append(got, s.Name)
			for _, f := range s.Findings {
				got = append(got, f.Kind+" "+f.SourceText+" "+f.TargetText)
			}
		}
		if want == nil {
			want = got
			continue
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("jobs=%d gave\n%s\nwant\n%s", jobsN, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	if len(want) < 4 {
		t.Errorf("too few results: %q", want)
	}
}

func TestExcerpt(t *testing.T) {
	t.Parallel()
	p := strings.Repeat("word ", 40) + "83.790 Millionen" + strings.Repeat(" word", 40)
	i := strings.Index(p, "83.790")
	got := excerpt(p, i, i+len("83.790 Millionen"))
	if !strings.Contains(got, "83.790 Millionen") || len(got) > 100 || !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("excerpt = %q", got)
	}
	if got := excerpt("short", 0, 0); got != "short" {
		t.Errorf("excerpt(short) = %q", got)
	}
}
