package words

import (
	"strings"
	"testing"
)

// benchText is ordinary prose with some number words, per language.
var benchText = map[string]string{
	"en": "The council said twenty-three of the one hundred and five members voted for the plan in the second quarter, about two thirds of them for the first time, and a dozen abstained",
	"de": "Der Rat teilte mit, dass dreiundzwanzig der einhundertfünf Mitglieder im zweiten Quartal für den Plan stimmten, etwa zwei Drittel zum ersten Mal, und ein Dutzend enthielt sich",
	"nl": "De raad meldde dat drieëntwintig van de honderdvijf leden in het tweede kwartaal voor het plan stemden, ongeveer twee derde voor de eerste keer, en een dozijn onthield zich",
	"fr": "Le conseil a indiqué que vingt-trois des cent cinq membres ont voté pour le plan au deuxième trimestre, environ deux tiers pour la première fois, et une douzaine se sont abstenus",
	"es": "El consejo dijo que veintitrés de los ciento cinco miembros votaron por el plan en el segundo trimestre, unos dos tercios por primera vez, y una docena se abstuvo",
	"it": "Il consiglio ha detto che ventitré dei centocinque membri hanno votato per il piano nel secondo trimestre, circa due terzi per la prima volta, e una dozzina si è astenuta",
	"pt": "O conselho disse que vinte e três dos cento e cinco membros votaram pelo plano no segundo trimestre, cerca de dois terços pela primeira vez, e uma dúzia se absteve",
	"vi": "Hội đồng cho biết hai mươi ba trong số một trăm lẻ năm thành viên đã bỏ phiếu cho kế hoạch trong quý thứ hai, khoảng hai phần ba lần đầu tiên, và một tá phiếu trắng",
}

// missWords are ordinary words, some starting like number words.
var missWords = map[string]string{
	"en": "tenant the council often therefore",
	"de": "Zweifel Einheit der Rat Achtung",
	"nl": "eenheid achter de raad meldde",
	"fr": "centre septembre le conseil unité",
	"es": "unidad dosis el consejo dijo",
	"it": "ventilazione settembre il consiglio centrale",
	"pt": "dezenas umas o conselho disse",
	"vi": "người hội đồng cho biết",
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
