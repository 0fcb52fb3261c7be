package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/tally-qa/tally/check"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestMain(m *testing.M) {
	twwidth.SetEastAsian(false) // the same widths whatever the locale of the test machine
	os.Exit(m.Run())
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./report -update rewrites it):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func render(t *testing.T, f Format, r *check.Report, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, f, r, opt); err != nil {
		t.Fatalf("Write(%s): %v", f, err)
	}
	return b.Bytes()
}

var reports = []struct {
	name string
	r    func() *check.Report
}{
	{"single", singleReport},
	{"batch", batchReport},
	{"empty", emptyReport},
	{"clean", cleanReport},
}

func TestGolden(t *testing.T) {
	variants := []struct {
		suffix string
		format Format
		opt    Options
	}{
		{"table", Table, Options{}},
		{"table-color", Table, Options{Color: true}},
		{"table-100-all-verbose", Table, Options{Width: 100, All: true, Verbose: true}},
		{"json", JSON, Options{}},
		{"csv", CSV, Options{}},
		{"md", Markdown, Options{}},
	}
	for _, rc := range reports {
		for _, v := range variants {
			name := rc.name + "." + v.suffix + ".golden"
			t.Run(name, func(t *testing.T) {
				golden(t, name, render(t, v.format, rc.r(), v.opt))
			})
		}
	}
	for _, f := range Formats {
		name := "align." + string(f) + ".golden"
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteAlignment(&b, f, seedAlignment(), Options{}); err != nil {
				t.Fatal(err)
			}
			golden(t, name, b.Bytes())
		})
	}
}

func TestParseFormat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"table", Table, false},
		{"JSON", JSON, false},
		{" csv ", CSV, false},
		{"markdown", Markdown, false},
		{"md", Markdown, false},
		{"xml", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParseFormat(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	t.Parallel()
	if err := Write(&bytes.Buffer{}, "xml", singleReport(), Options{}); err == nil {
		t.Error("Write with format xml: no error")
	}
	if err := WriteAlignment(&bytes.Buffer{}, "xml", seedAlignment(), Options{}); err == nil {
		t.Error("WriteAlignment with format xml: no error")
	}
}

// Without Color no escape code may reach the output, even when the text of
// a finding carries one.
func TestNoEscapeWithoutColor(t *testing.T) {
	t.Parallel()
	hostile := singleReport()
	hostile.Sets[0].Findings[1].TargetText = "\x1b[31m83.790\x1b[0m Millionen"
	hostile.Sets[0].Findings[1].Message = "tab\there\rcarriage \x9b31m C1 CSI"
	for _, r := range []*check.Report{singleReport(), batchReport(), emptyReport(), hostile} {
		for _, f := range []Format{Table, Markdown} {
			out := render(t, f, r, Options{All: true, Verbose: true})
			if bytes.Contains(out, []byte("\x1b")) || bytes.Contains(out, []byte("\u009b")) {
				t.Errorf("%s output without colour holds an escape code:\n%q", f, out)
			}
		}
	}
}

func TestColorMarksDifferingDigits(t *testing.T) {
	t.Parallel()
	out := string(render(t, Table, singleReport(), Options{Color: true}))
	// "83.790" against "83.79": only the final 0 is marked, in the German cell.
	if want := "83.79" + ansiDiff + "0" + ansiReset; !strings.Contains(out, want) {
		t.Errorf("coloured table lacks the marked digit %q:\n%s", want, out)
	}
	if want := ansiError + "error" + ansiReset; !strings.Contains(out, want) {
		t.Errorf("coloured table lacks the red severity %q", want)
	}
	// "more than 200" against "200": same number, nothing marked.
	if strings.Contains(out, ansiDiff+"200") || strings.Contains(out, ansiDiff+"more") {
		t.Errorf("qualifier finding marked as a digit difference:\n%s", out)
	}
}

func TestAgreeingOnlyWithAll(t *testing.T) {
	t.Parallel()
	for _, f := range Formats {
		without := string(render(t, f, singleReport(), Options{}))
		with := string(render(t, f, singleReport(), Options{All: true}))
		if strings.Contains(without, "Milliarden") {
			t.Errorf("%s: agreeing fact listed without All", f)
		}
		if !strings.Contains(with, "Milliarden") {
			t.Errorf("%s: agreeing fact missing with All", f)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	t.Parallel()
	for _, rc := range reports {
		t.Run(rc.name, func(t *testing.T) {
			t.Parallel()
			out := render(t, JSON, rc.r(), Options{})
			var got JSONReport
			dec := json.NewDecoder(bytes.NewReader(out))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&got); err != nil {
				t.Fatalf("decode into the documented schema: %v\n%s", err, out)
			}
			if want := NewJSONReport(rc.r(), Options{}); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip changed the report:\ngot  %+v\nwant %+v", got, want)
			}
			// Arrays are arrays, never null; severities are names.
			var raw map[string]any
			if err := json.Unmarshal(out, &raw); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"findings", "sets", "unpaired", "skipped", "failed"} {
				if _, ok := raw[k].([]any); !ok {
					t.Errorf("%q is %T, want an array", k, raw[k])
				}
			}
			for _, f := range raw["findings"].([]any) {
				m := f.(map[string]any)
				if _, ok := m["set"].(string); !ok {
					t.Errorf("finding without set: %v", m)
				}
				if _, err := check.ParseSeverity(m["severity"].(string)); err != nil {
					t.Errorf("severity %v: %v", m["severity"], err)
				}
			}
		})
	}
}

func TestJSONTotals(t *testing.T) {
	t.Parallel()
	got := NewJSONReport(batchReport(), Options{}).Totals
	want := JSONTotals{
		Counts: check.Counts{Errors: 2, Warnings: 1, Infos: 1},
		Sets:   2, Links: 17, FactsCompared: 52, Agreed: 22, Unpaired: 2, Skipped: 1, Failed: 1,
	}
	if got != want {
		t.Errorf("totals = %+v, want %+v", got, want)
	}
}

// Counts left empty by the checker are counted from the findings.
func TestCountsFromFindings(t *testing.T) {
	t.Parallel()
	r := singleReport()
	r.Sets[0].Counts, r.Totals = check.Counts{}, check.Counts{}
	out := string(render(t, Table, r, Options{}))
	if !strings.Contains(out, "2 errors, 1 warning, 1 note in 1 set") {
		t.Errorf("summary not counted from findings:\n%s", out)
	}
}

func TestCSVParsesBack(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		r    *check.Report
		opt  Options
		rows int
	}{
		{"single", singleReport(), Options{}, 4},
		{"single all", singleReport(), Options{All: true}, 5},
		{"batch", batchReport(), Options{}, 4},
		{"batch all", batchReport(), Options{All: true}, 6},
		{"empty", emptyReport(), Options{}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			recs, err := csv.NewReader(bytes.NewReader(render(t, CSV, tt.r, tt.opt))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != tt.rows+1 {
				t.Fatalf("%d records, want header + %d", len(recs), tt.rows)
			}
			if !reflect.DeepEqual(recs[0], CSVHeader()) {
				t.Errorf("header = %v", recs[0])
			}
			col := map[string]int{}
			for i, h := range recs[0] {
				col[h] = i
			}
			for _, k := range []string{"set", "severity", "kind", "source_file", "target_paragraph", "source_text", "message", "suggestion"} {
				if _, ok := col[k]; !ok {
					t.Errorf("no column %q", k)
				}
			}
			if tt.name == "single" {
				if got := recs[1][col["severity"]]; got != "error" {
					t.Errorf("first row severity = %q, want error", got)
				}
				if got := recs[1][col["target_text"]]; got != "83.790 Millionen VND" {
					t.Errorf("first row target_text = %q", got)
				}
			}
		})
	}
}

func TestMarkdownEscapes(t *testing.T) {
	t.Parallel()
	r := singleReport()
	r.Sets[0].Findings[1].Message = "a | b\nc <script> *x*"
	out := string(render(t, Markdown, r, Options{}))
	if !strings.Contains(out, `a \| b<br>c &lt;script&gt; \*x\*`) {
		t.Errorf("cell not escaped:\n%s", out)
	}
	// Every table row still has exactly 6 cells: 7 unescaped pipes.
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| set") {
			continue
		}
		if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 7 {
			t.Errorf("row has %d unescaped pipes, want 7: %s", n, line)
		}
	}
}

// tablewriter must keep every character of long cells at every width:
// the text of each column, read back from the rendered lines, equals the
// input without spaces, and no line is wider than asked.
func TestTableKeepsAllText(t *testing.T) {
	t.Parallel()
	long := check.Finding{
		Severity: check.Error, Kind: check.KindMismatch,
		SourceFile:      "a/very/long/directory/name/quang-ninh-provincial-report-2024-english-version-final-v2.txt",
		TargetFile:      "b/quang-ninh-provincial-report-2024-german.txt",
		SourceParagraph: 8, TargetParagraph: 8,
		SourceText: "83.79 million VND/person/year", TargetText: "83.790 Millionen VND/Person/Jahr",
		Message: strings.Repeat("Von 2020 bis heute hat der Volksrat der Provinz 68 Resolutionen herausgegeben. ", 5) +
			"https://example.org/a/very/long/url/without/any/space/that/must/be/broken/inside/the/word/to/fit",
		Suggestion: "83,79 Millionen VND/Person/Jahr — Zahlen mit Dezimalkomma schreiben",
	}
	r := &check.Report{Sets: []check.SetResult{{Name: "x", Findings: []check.Finding{long}}}}
	for _, width := range []int{60, 100, 120, 160} {
		var b bytes.Buffer
		if err := renderTable(&b, findingColumns, [][]cell{findingRow(&long, Options{})}, Options{Width: width}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
		cols := make([]strings.Builder, len(findingColumns))
		for _, line := range lines {
			if w := textWidth(line); w > width {
				t.Errorf("width %d: line is %d wide: %s", width, w, line)
			}
			parts := strings.Split(line, "│")
			if len(parts) != len(findingColumns)+2 {
				continue // a border line
			}
			for i := range cols {
				cols[i].WriteString(parts[i+1])
			}
		}
		wants := []string{"severity" + "error", "where" + "quang-ninh-provincial-report-2024-english-version-final-v2.txt ¶8\nquang-ninh-provincial-report-2024-german.txt ¶8",
			"source" + long.SourceText, "target" + long.TargetText, "why" + long.Message, "fix" + long.Suggestion}
		for i, want := range wants {
			if got, w := noSpace(cols[i].String()), noSpace(want); got != w {
				t.Errorf("width %d, column %s lost text:\ngot  %q\nwant %q", width, findingColumns[i].header, got, w)
			}
		}
	}
	// And through Write, the whole message survives.
	out := string(render(t, Table, r, Options{Width: 80}))
	if !strings.Contains(noSpace(strings.ReplaceAll(out, "│", "")), "broken") {
		t.Errorf("long URL lost:\n%s", out)
	}
}

func noSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func TestSummaryLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		c    check.Counts
		st   stats
		want string
	}{
		{check.Counts{Errors: 2}, stats{Sets: 1, Links: 11, Facts: 38},
			"2 errors, 0 warnings, 0 notes in 1 set (11 paragraph links, 38 facts compared)."},
		{check.Counts{Errors: 1, Warnings: 1, Infos: 1}, stats{Sets: 2, Links: 1, Facts: 1},
			"1 error, 1 warning, 1 note in 2 sets (1 paragraph link, 1 fact compared)."},
		{check.Counts{}, stats{Sets: 1, Links: 11, Facts: 38},
			"No disagreements: the versions agree (11 paragraph links, 38 facts compared in 1 set)."},
		{check.Counts{}, stats{}, "Nothing checked: no set of language versions found."},
	}
	for _, tt := range tests {
		if got := summaryLine(tt.c, tt.st); got != tt.want {
			t.Errorf("summaryLine(%+v, %+v) = %q, want %q", tt.c, tt.st, got, tt.want)
		}
	}
}

func TestColorEnabled(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if ColorEnabled(f) {
		t.Error("a regular file is not a terminal")
	}
	if ColorEnabled(nil) {
		t.Error("nil file")
	}
	t.Setenv("NO_COLOR", "1")
	if ColorEnabled(os.Stdout) {
		t.Error("NO_COLOR set, colour still on")
	}
}

func TestAlignmentJSON(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteAlignment(&b, JSON, seedAlignment(), Options{}); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d links, want 3", len(got))
	}
	if tg, ok := got[2]["target"].([]any); !ok || len(tg) != 0 {
		t.Errorf("unaligned link target = %#v, want []", got[2]["target"])
	}
	if _, ok := got[0]["source_text"]; ok {
		t.Error("texts present without Verbose")
	}
	b.Reset()
	if err := WriteAlignment(&b, JSON, AlignmentView{}, Options{}); err != nil || strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("empty alignment = %q, %v; want []", b.String(), err)
	}
}

func TestExcerpt(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"short", "short"},
		{"two\n lines\tand tabs", "two lines and tabs"},
		{strings.Repeat("abcde ", 20), "abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde…"},
	}
	for _, tt := range tests {
		got := excerpt(tt.in, alignExcerpt)
		if got != tt.want {
			t.Errorf("excerpt(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if textWidth(got) > alignExcerpt {
			t.Errorf("excerpt(%q) is %d wide", tt.in, textWidth(got))
		}
	}
}

// failWriter fails every write, to check that errors come back.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteErrors(t *testing.T) {
	t.Parallel()
	for _, f := range Formats {
		if err := Write(failWriter{}, f, batchReport(), Options{}); err == nil {
			t.Errorf("%s: write error not returned", f)
		}
		if err := WriteAlignment(failWriter{}, f, seedAlignment(), Options{}); err == nil {
			t.Errorf("alignment %s: write error not returned", f)
		}
	}
}
