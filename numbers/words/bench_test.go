package words

import (
	"strings"
	"testing"
)

// benchText is ordinary prose with some number words, per language.
var benchText = map[string]string{
	"en": "The council said twenty-three of the one hundred and five members voted for the plan in the second quarter, about two thirds of them for the first time, and a dozen abstained",
	"de": "Der Rat teilte mit, dass dreiundzwanzig der einhundertfünf Mitglieder im zweiten Quartal für den Plan stimmten, etwa zwei Drittel zum ersten Mal, und ein Dutzend enthielt sich",
}

// missWords are ordinary words, some starting like number words.
var missWords = map[string]string{
	"en": "tenant the council often therefore",
	"de": "Zweifel Einheit der Rat Achtung",
}

// benchMatch runs Match over the words of text[lang], per language.
func benchMatch(b *testing.B, text map[string]string, miss bool) {
	for _, lang := range allLangs {
		ws := strings.Fields(text[lang])
		if len(ws) == 0 {
			continue
		}
		Match(lang, "x") // build the tables outside the timing
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, ok := Match(lang, ws[i%len(ws)]); ok && miss {
					b.Fatalf("%q matched", ws[i%len(ws)])
				}
			}
		})
	}
}

// BenchmarkMatch runs Match at every word of a sentence, as numbers/ does.
func BenchmarkMatch(b *testing.B) { benchMatch(b, benchText, false) }

// BenchmarkMiss measures a failed match on ordinary words, the common case.
func BenchmarkMiss(b *testing.B) { benchMatch(b, missWords, true) }
