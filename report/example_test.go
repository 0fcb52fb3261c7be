package report_test

import (
	"fmt"
	"os"

	"github.com/tally-qa/tally/check"
	"github.com/tally-qa/tally/report"
)

func ExampleWrite() {
	r := &check.Report{Sets: []check.SetResult{{
		Name: "quang-ninh",
		Findings: []check.Finding{{
			Severity: check.Error, Kind: check.KindMismatch,
			SourceFile: "001-en.txt", TargetFile: "000-de.txt", SourceLang: "en", TargetLang: "de",
			SourceParagraph: 8, TargetParagraph: 8,
			SourceText: "83.79 million", TargetText: "83.790 Millionen",
			SourceValue: "83790000", TargetValue: "83790000000",
			Message:    "83.790 reads as 83 790 in German; the English says 83.79",
			Suggestion: "83,79 Millionen",
		}},
	}}}
	if err := report.Write(os.Stdout, report.CSV, r, report.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// set,severity,kind,cause,source_file,target_file,source_lang,target_lang,source_paragraph,target_paragraph,source_line,target_line,source_unit,target_unit,source_text,target_text,source_value,target_value,source_context,target_context,message,suggestion
	// quang-ninh,error,mismatch,,001-en.txt,000-de.txt,en,de,8,8,0,0,,,83.79 million,83.790 Millionen,83790000,83790000000,,,83.790 reads as 83 790 in German; the English says 83.79,"83,79 Millionen"
}

func ExampleWriteAlignment() {
	a := report.AlignmentView{
		SourceFile: "001-en.txt",
		TargetFile: "000-de.txt",
		Links: []report.AlignedLink{
			{Source: []int{1}, Target: []int{1}, Score: 0.93},
			{Source: []int{2}, Target: []int{2, 3}, Score: 0.81},
			{Source: []int{11}, Score: 0},
		},
	}
	if err := report.WriteAlignment(os.Stdout, report.JSON, a, report.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// [
	//   {"source":[1],"target":[1],"score":0.93},
	//   {"source":[2],"target":[2,3],"score":0.81},
	//   {"source":[11],"target":[],"score":0}
	// ]
}

func ExampleParseFormat() {
	f, err := report.ParseFormat("MD")
	fmt.Println(f, err)
	_, err = report.ParseFormat("xml")
	fmt.Println(err)
	// Output:
	// markdown <nil>
	// unknown format "xml" (want table, json, csv or markdown)
}
