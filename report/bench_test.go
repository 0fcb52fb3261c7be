package report

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/tally-qa/tally/check"
)

// bigReport is a batch of 10 sets with 100 findings each.
func bigReport() *check.Report {
	r := &check.Report{}
	for i := range 10 {
		s := seedSet()
		s.Name = fmt.Sprintf("set-%02d", i)
		base := s.Findings
		s.Findings = nil
		for len(s.Findings) < 100 {
			s.Findings = append(s.Findings, base...)
		}
		r.Sets = append(r.Sets, s)
	}
	return r
}

func BenchmarkWrite(b *testing.B) {
	r := bigReport()
	for _, tc := range []struct {
		f   Format
		opt Options
	}{{Table, Options{}}, {Table, Options{Color: true}}, {JSON, Options{}}, {CSV, Options{}}, {Markdown, Options{}}} {
		name := string(tc.f)
		if tc.opt.Color {
			name += "-color"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, tc.f, r, tc.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWrapSpans(b *testing.B) {
	s := strings.Repeat("Den Umfrageergebnissen aus dem Jahr 2024 zufolge beträgt das Durchschnittseinkommen 83.790 Millionen VND. ", 4)
	b.ReportAllocs()
	for b.Loop() {
		wrapSpans(s, 40)
	}
}

// FuzzWriteTable: any text in a finding renders without panic, and without
// colour no escape code comes out.
func FuzzWriteTable(f *testing.F) {
	f.Add("83.79 million", "83.790 Millionen", "reads as 83 790", "83,79 Millionen", 100)
	f.Add("\x1b[31m", "中文 ３,４", "a | b\n\n\tc", "", 0)
	f.Fuzz(func(t *testing.T, src, tgt, msg, fix string, width int) {
		r := &check.Report{Sets: []check.SetResult{{Name: "fuzz", Findings: []check.Finding{{
			Severity: check.Error, Kind: check.KindMismatch, SourceFile: src, TargetFile: tgt,
			SourceText: src, TargetText: tgt, Message: msg, Suggestion: fix,
		}}}}}
		for _, f := range Formats {
			var b strings.Builder
			if err := Write(&b, f, r, Options{Width: width % 300}); err != nil {
				t.Fatal(err)
			}
			if f != JSON && f != CSV && strings.Contains(b.String(), "\x1b") {
				t.Fatalf("%s: escape code without colour", f)
			}
		}
		var b strings.Builder
		if err := Write(&b, Table, r, Options{Color: true, Width: width % 300}); err != nil {
			t.Fatal(err)
		}
	})
}
