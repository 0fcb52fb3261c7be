package numbers

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func benchExtract(b *testing.B, path string, tag language.Tag) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	paras := strings.Split(string(data), "\n")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, p := range paras {
			Extract(p, tag)
		}
	}
}

func BenchmarkExtractGerman(b *testing.B) {
	benchExtract(b, "../testdata/seeds/000_c3de660a0af737e8.txt", language.German)
}

func BenchmarkExtractEnglish(b *testing.B) {
	benchExtract(b, "../testdata/seeds/001_7e5fed813674fb67.txt", language.English)
}

func BenchmarkMatchSeedParagraph(b *testing.B) {
	fe := Extract("In the 2021-2025 period, the province has allocated more than 4,000 billion VND; only 8 poor households and 1,197 near-poor households, 100% of poor households; in 2024 is 83.79 million VND/person/year.", language.English)
	fd := Extract("Im Zeitraum 2021–2025 mehr als 4.000 Milliarden VND; nur noch 8 arme Haushalte und 1.197 Haushalte, 100 % der armen Haushalte; im Jahr 2024 83.790 Millionen VND/Person/Jahr.", language.German)
	b.ReportAllocs()
	for range b.N {
		Match(fe, fd, language.English, language.German)
	}
}
