package numbers

// Portuguese, in two tables that differ in the scale words written for
// 10^9 and 10^12 and in digit grouping:
//
//	                 Brazil (pt, pt-BR)       Portugal (pt-PT)
//	10^9             bilhão, bilhões          mil milhões
//	10^12            trilhão, trilhões        bilião, biliões
//	grouping         1.234.567,5              1 234 567,5 (x/text), 1.234.567,5
//
// A plain "pt" tag means Brazil, as CLDR's likely-subtags default does
// (language.Make("pt").Region() is BR). Both tables read every spelling
// with its own value, because the spelling tells: "bilhão" is always 10^9
// and "bilião" always 10^12; what differs is Format's choice of words and
// which figures a reader of the variant takes for granted. Other regions
// (pt-AO, pt-MZ), which write as Portugal does, get the default table: tag
// them pt-PT for Portuguese-style suggestions.

func init() {
	register(portugueseBR)
	register(portuguesePT)
}

var portugueseBR = portugueseTable(ptVariant{
	name:       "Portuguese",
	scaleNames: map[int]ScaleName{3: {"mil", "mil"}, 6: {"milhão", "milhões"}, 9: {"bilhão", "bilhões"}, 12: {"trilhão", "trilhões"}},
	curFormat:  map[string]string{"BRL": "R$ %s", "USD": "US$ %s", "EUR": "%s euros", "GBP": "%s libras"},
	ordinal:    "º", // 15º
})

var portuguesePT = portugueseTable(ptVariant{
	region:     "PT",
	name:       "Portuguese (Portugal)",
	scaleNames: map[int]ScaleName{3: {"mil", "mil"}, 6: {"milhão", "milhões"}, 9: {"mil milhões", "mil milhões"}, 12: {"bilião", "biliões"}},
	curFormat:  map[string]string{"BRL": "%s reais", "USD": "%s dólares", "EUR": "%s euros", "GBP": "%s libras"},
	ordinal:    ".º", // 15.º, as the 1990 spelling agreement writes it in Portugal
})

// ptVariant is what the Brazilian and European tables do not share.
type ptVariant struct {
	region, name string            // "" for the default (Brazil), "PT"
	scaleNames   map[int]ScaleName // Format's words for 10^9 and 10^12
	curFormat    map[string]string // Format's currency patterns
	ordinal      string            // Format's ordinal sign after the digits
}

// portugueseTable builds the Portuguese table of one variant.
func portugueseTable(v ptVariant) *Locale {
	return &Locale{
		Lang:           "pt",
		AndAHalf:       []string{"e meia", "e meio"},
		OrdinalAsCount: []string{"artigo", "artigos", "Artigo"}, // "artigo 69.º" = "Article 69"
		DayAnd:         []string{"e"},
		BelowZero:      []string{"abaixo de zero", "negativos"},
		NamedTimes:     map[string]string{"meia-noite": "24:00", "meio-dia": "12:00"},
		Region:         v.region,
		Name:           v.name,
		Other:          "English",
		// "os anos noventa": the 1990s
		DecadeWords: []string{"anos", "Anos"},
		Scales: map[string]Scale{
			"mil":    {Exp: 3},
			"milhão": {Exp: 6}, "milhões": {Exp: 6}, "mi": {Exp: 6, MoneyOnly: true}, "M": {Exp: 6, MoneyOnly: true}, "mln": {Exp: 6},
			"mil milhões": {Exp: 9}, "bilhão": {Exp: 9}, "bilhões": {Exp: 9}, "bi": {Exp: 9, MoneyOnly: true},
			"bilião": {Exp: 12}, "biliões": {Exp: 12}, "trilhão": {Exp: 12}, "trilhões": {Exp: 12}, "tri": {Exp: 12, MoneyOnly: true},
			"trilião": {Exp: 18}, "triliões": {Exp: 18},
		},
		ScaleNames: v.scaleNames,
		ScaleJoin:  []string{"de"},
		Currencies: map[string]string{
			"VND": "VND", "dongs": "VND", "dong": "VND", "đồng": "VND", "VNĐ": "VND",
			"BRL": "BRL", "reais": "BRL", "R$": "BRL",
			"USD": "USD", "dólares americanos": "USD", "dólares": "USD", "dólar": "USD", "US$": "USD", "$": "USD",
			"EUR": "EUR", "euros": "EUR", "euro": "EUR", "€": "EUR",
			"GBP": "GBP", "libras esterlinas": "GBP", "libras": "GBP", "£": "GBP",
			"CHF": "CHF", "francos suíços": "CHF", "JPY": "JPY", "ienes": "JPY", "CNY": "CNY", "iuanes": "CNY",
		},
		CurBefore:  map[string]string{"R$": "BRL", "BRL": "BRL", "$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "VND": "VND"},
		CurFormat:  v.curFormat,
		ScoreWords: []string{"vitória", "derrota", "venceu", "vence", "perdeu", "empate", "empatou", "gols", "golos", "jogo", "partida", "placar"},
		Units: commonUnits(map[string]string{
			"hora": "h", "minuto": "min", "segundo": "s", "h": "h",
			"min": "min", "s": "s",
			"quilo": "kg", "centésimos": "cs", "centésimos de segundo": "cs", "polegadas": "in", "pés": "ft",
			"centímetros": "cm", "segundos": "s",
			"quilômetros quadrados": "km²", "quilómetros quadrados": "km²", "quilômetros": "km", "quilómetros": "km",
			"quilômetro": "km", "quilómetro": "km", "metros quadrados": "m²", "metros cúbicos": "m³", "metros": "m", "metro": "m",
			"hectares": "ha", "hectare": "ha", "toneladas": "t", "tonelada": "t",
			"quilogramas": "kg", "quilos": "kg", "gramas": "g", "litros": "l",
			"graus Celsius": "°C", "graus": "°C", "graus Fahrenheit": "°F", "milímetros": "mm",
			"quilômetros por hora": "km/h", "quilómetros por hora": "km/h", "anos-luz": "ly", "ano-luz": "ly", "graus centígrados": "°C", "megawatts": "MW", "megawatt": "MW", "quilowatts-hora": "kWh",
			"anos": "year", "ano": "year", "meses": "month", "dias": "day", "horas": "h", "minutos": "min",
		}),
		Percent:  []string{"%", "por cento"},
		Points:   []string{"pontos percentuais", "ponto percentual", "p.p."},
		PerMille: []string{"‰", "por mil"},
		Months: map[string]int{
			"janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
			"agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
			"jan.": 1, "fev.": 2, "mar.": 3, "abr.": 4, "mai.": 5, "jun.": 6, "jul.": 7, "ago.": 8, "set.": 9,
			"out.": 10, "nov.": 11, "dez.": 12,
		},
		MonthNames: [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		Qualifiers: map[string]Qualifier{
			"mais de": MoreThan, "superiores a": MoreThan, "inferiores a": LessThan, "acima de": MoreThan, "superior a": MoreThan,
			"pelo menos": AtLeast, "no mínimo": AtLeast, "ao menos": AtLeast,
			"menos de": LessThan, "abaixo de": LessThan, "inferior a": LessThan,
			"no máximo": AtMost,
			"cerca de":  About, "estimados em": About, "estimadas em": About, "estimado em": About, "estimada em": About, "aproximadamente": About, "por volta de": About, "em torno de": About, "uns": About, "umas": About,
			"quase": Nearly, "perto de": Nearly, "praticamente": Nearly,
			"à volta de": About, "à volta dos": About, "à volta das": About, "por volta dos": About, "por volta das": About,
			"até": UpTo, "até aos": UpTo, "até às": UpTo, "até ao": UpTo, "até à": UpTo,
			// "subiram 12 %, até 45,60 euros": where a figure went, not a ceiling
		},
		QualifierNotAfter: map[string][]string{"até": changeVerbsPT, "até aos": changeVerbsPT, "até às": changeVerbsPT, "até ao": changeVerbsPT, "até à": changeVerbsPT},
		ChangeVerbs:       append([]string{"passou", "passaram", "passado", "passa", "passam"}, changeVerbsPT...),
		ChangeFrom:        []string{"de", "desde"},
		QualOut: map[Qualifier]string{MoreThan: "mais de", AtLeast: "pelo menos", LessThan: "menos de",
			AtMost: "no máximo", About: "cerca de", Nearly: "quase", UpTo: "até"},
		RangeInfix: []string{"a", "-", "–", "—"},
		RangePairs: map[string]string{"entre": "e", "de": "a", "desde": "até", "dos": "aos", "das": "às", "entre os": "e os|e", "entre as": "e as|e"},
		RangeOut:   "-",

		OrdSuffixes: []string{".º", ".ª", "º", "ª", "°"},
		OrdFormat:   func(n string) string { return n + v.ordinal },

		DateOrder:  "DMY",
		DateFormat: "{d} de {m} de {y}",
		DateJoin:   []string{"de"},
		TimeWords:  map[string]int{"h": 0},
		PercentOut: "%s%%",
	}
}

// changeVerbsPT are verbs of rising and falling: after them "até 45,60
// euros" is where a figure went, and "de 40 para 50" a change.
var changeVerbsPT = []string{
	"subiu", "subiram", "sobe", "sobem", "subido", "caiu", "caíram", "cai", "caem", "caído",
	"aumentou", "aumentaram", "aumenta", "aumentam", "aumentado", "cresceu", "cresceram",
	"cresce", "crescem", "crescido", "desceu", "desceram", "diminuiu", "diminuíram", "recuou",
	"recuaram", "avançou", "avançaram", "elevou", "elevaram", "reduziu", "reduziram",
}
