package report

import "github.com/tally-qa/tally/check"

// The reports the tests render, modelled on the seed pair (English source
// 001, German target 000) and a batch around it.

const (
	enFile = "testdata/seeds/001_7e5fed813674fb67.txt"
	deFile = "testdata/seeds/000_c3de660a0af737e8.txt"
)

func seedFindings() []check.Finding {
	base := check.Finding{
		SourceFile: enFile, TargetFile: deFile, SourceLang: "en", TargetLang: "de",
	}
	f := func(mod func(*check.Finding)) check.Finding {
		x := base
		mod(&x)
		return x
	}
	return []check.Finding{
		f(func(x *check.Finding) {
			x.Severity, x.Kind = check.OK, check.KindAgree
			x.SourceParagraph, x.TargetParagraph = 8, 8
			x.SourceText, x.TargetText = "4,000 billion VND", "4.000 Milliarden VND"
			x.SourceValue, x.TargetValue = "4000000000000", "4000000000000"
			x.Message = "the values agree"
		}),
		f(func(x *check.Finding) {
			x.Severity, x.Kind, x.Cause = check.Error, check.KindMismatch, "separator"
			x.SourceParagraph, x.TargetParagraph = 8, 8
			x.SourceLine, x.TargetLine = 8, 8
			x.SourceText, x.TargetText = "83.79 million VND", "83.790 Millionen VND"
			x.SourceValue, x.TargetValue = "83790000", "83790000000"
			x.SourceContext = "the average income ... in 2024 is 83.79 million VND/person/year."
			x.TargetContext = "... im Jahr 2024 83.790 Millionen VND/Person/Jahr."
			x.Message = `"83.790" reads as 83 790 in German, 1000 times the English 83.79; the decimal separator was kept as a point`
			x.Suggestion = "83,79 Millionen VND"
		}),
		f(func(x *check.Finding) {
			x.Severity, x.Kind = check.Error, check.KindMissing
			x.SourceParagraph, x.TargetParagraph = 1, 1
			x.SourceText, x.SourceValue = "August 5, 2019", "2019-08-05"
			x.Message = "the date August 5, 2019 is missing in the German paragraph"
			x.Suggestion = "5. August 2019"
		}),
		f(func(x *check.Finding) {
			x.Severity, x.Kind, x.Cause = check.Warning, check.KindMismatch, "qualifier"
			x.SourceParagraph, x.TargetParagraph = 2, 2
			x.SourceText, x.TargetText = "more than 200", "200"
			x.SourceValue, x.TargetValue = "200", "200"
			x.Message = `the qualifier "more than" is missing: the German states exactly 200`
			x.Suggestion = "mehr als 200"
		}),
		f(func(x *check.Finding) {
			x.Severity, x.Kind = check.Info, check.KindUnaligned
			x.SourceParagraph, x.TargetParagraph = 11, 0
			x.SourceText = "In the coming time, the province will continue to ..."
			x.Message = "source paragraph 11 has no counterpart in the German version; its 3 facts were not compared"
		}),
	}
}

func seedSet() check.SetResult {
	return check.SetResult{
		Name: "quang-ninh",
		Files: []check.FileInfo{
			{Path: enFile, Lang: "en", LangSource: "content", Source: true},
			{Path: deFile, Lang: "de", LangSource: "content"},
		},
		Pairs: []check.PairStats{{
			SourceFile: enFile, TargetFile: deFile, SourceLang: "en", TargetLang: "de",
			Links: 11, Paragraphs: [2]int{12, 11}, FactsCompared: 38, Agreed: 15,
		}},
		Findings: seedFindings(),
		Counts:   check.Counts{Errors: 2, Warnings: 1, Infos: 1},
	}
}

func singleReport() *check.Report {
	s := seedSet()
	return &check.Report{Sets: []check.SetResult{s}, Totals: s.Counts}
}

func batchReport() *check.Report {
	clean := check.SetResult{
		Name: "ha-tinh",
		Files: []check.FileInfo{
			{Path: "corpus/ha-tinh.nl.txt", Lang: "nl", LangSource: "name", Source: true},
			{Path: "corpus/ha-tinh.en.txt", Lang: "en", LangSource: "name"},
		},
		Pairs: []check.PairStats{{
			SourceFile: "corpus/ha-tinh.nl.txt", TargetFile: "corpus/ha-tinh.en.txt",
			SourceLang: "nl", TargetLang: "en", Links: 6, Paragraphs: [2]int{6, 6}, FactsCompared: 14, Agreed: 7,
		}},
		Findings: []check.Finding{{
			Severity: check.OK, Kind: check.KindAgree,
			SourceFile: "corpus/ha-tinh.nl.txt", TargetFile: "corpus/ha-tinh.en.txt", SourceLang: "nl", TargetLang: "en",
			SourceParagraph: 3, TargetParagraph: 3, SourceText: "10 jaar", TargetText: "10 years",
			SourceValue: "10", TargetValue: "10", Message: "the values agree",
		}},
	}
	s := seedSet()
	return &check.Report{
		Sets: []check.SetResult{clean, s},
		Unpaired: []check.FileInfo{
			{Path: "corpus/002_cd54c826d24dbb6a.txt", Lang: "de", LangSource: "content"},
			{Path: "corpus/003_a49f4b48f9127c2f.txt", Lang: "de", LangSource: "content"},
		},
		Skipped: []check.Problem{{Path: "corpus/.DS_Store", Reason: "hidden file"}},
		Failed:  []check.Problem{{Path: "corpus/broken.docx", Reason: "not a DOCX file: zip: not a valid zip file"}},
		Totals:  s.Counts,
	}
}

func emptyReport() *check.Report { return &check.Report{} }

// cleanReport is one set whose versions agree: only an agreeing fact.
func cleanReport() *check.Report {
	s := seedSet()
	s.Findings = s.Findings[:1]
	s.Counts = check.Counts{}
	return &check.Report{Sets: []check.SetResult{s}}
}

func seedAlignment() AlignmentView {
	return AlignmentView{
		SourceFile: enFile,
		TargetFile: deFile,
		Links: []AlignedLink{
			{Source: []int{1}, Target: []int{1}, Score: 0.93,
				SourceText: "Immediately after Resolution No. 17-NQ/TU dated August 5, 2019 of the Provincial Party Standing Committee",
				TargetText: "Unmittelbar nach der Resolution Nr. 17-NQ/TU des Ständigen Ausschusses der Provinzpartei"},
			{Source: []int{2}, Target: []int{2, 3}, Score: 0.81,
				SourceText: "From 2020 to present, the Provincial People's Council has issued 68 Resolutions",
				TargetText: "Von 2020 bis heute hat der Volksrat der Provinz 68 Resolutionen herausgegeben. Das Volkskomitee"},
			{Source: []int{11}, Target: nil, Score: 0,
				SourceText: "In the coming time, the province will continue to | promote"},
		},
	}
}
