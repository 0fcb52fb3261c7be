package numbers

// Italian: decimal comma, point grouping ("1.234.567,5"; x/text also groups
// four digits, "1.234", and so does the press). "miliardo" is 10^9,
// "bilione" 10^12 (long scale; the press mostly writes "mille miliardi",
// which the words reader takes as 1000 × 10^9). Abbreviations "mln" and
// "mld" as the financial press writes them. Dates are "5 agosto 2019" and
// "1° gennaio 2020", numeric dates day first; ordinals "15°", "15º", "15ª";
// "per cento", "punti percentuali"; times "14:30", "alle ore 14".
// Qualifiers and range prefixes take the article Italian writes after them
// ("oltre il 40%", "fino al 2024", "dal 2019 al 2024").

func init() { register(italian) }

var italian = &Locale{
	QualifiersAfter: map[string]Qualifier{"circa": About, "all'incirca": About, "al massimo": AtMost},
	FractionLinks:   []string{"di"},
	BelowZero:       []string{"sotto zero"},
	PerSame:         []string{"su"},
	NamedTimes:      map[string]string{"mezzanotte": "24:00"},
	MinusWords:      []string{"meno"},
	DayAnd:          []string{"e"},
	AndAHalf:        []string{"e mezza", "e mezzo"},
	DecadeWords:     []string{"anni", "Anni"},
	CenturyWords: map[string]int{
		"duecentesc": 13, "trecentesc": 14, "quattrocentesc": 15, "cinquecentesc": 16,
		"seicentesc": 17, "settecentesc": 18, "ottocentesc": 19, "novecentesc": 20,
	},
	CenturyEndings: []string{"o", "a", "hi", "he"},
	ClockBefore:    []string{"alle", "dalle", "entro le", "verso le"},
	HourFollowers: []string{"di", "del", "della", "dello", "dei", "in", "nel", "nella", "a", "al", "alla", "ai",
		"e", "ed", "o", "con", "per", "su", "sul", "sulla", "da", "dal", "dalla", "tra", "fra", "circa",
		"precise", "ora", "locali", "italiane", "il", "lo", "la", "i", "gli", "le", "un", "una", "mentre",
		"quando", "ma", "poi", "prima", "dopo", "fino", "presso"},
	ChangeVerbs: []string{
		"passato", "passata", "passati", "passate", "salito", "salita", "saliti", "salite", "sceso",
		"scesa", "scesi", "scese", "aumentato", "aumentata", "aumentati", "diminuito", "diminuita",
		"calato", "calata", "cresciuto", "cresciuta", "portato", "portata", "ridotto", "ridotta",
		"balzato", "balzata", "crollato", "crollata",
		"passa", "passano", "passerà", "passeranno", "sale", "salgono", "scende", "scendono",
	},
	ChangeFrom: []string{"da", "dal", "dai", "dall'", "dall’"},
	ChangeBy:   []string{"di"},
	// "dalle 10 alle 18": hours of the clock
	HourPrefixes: []string{"dalle", "Dalle"},
	PeriodCodes:  []string{"Q"},
	Lang:         "it",
	Name:         "Italian",
	Other:        "English",
	Scales: map[string]Scale{
		"mila":    {Exp: 3},
		"milione": {Exp: 6}, "milioni": {Exp: 6}, "mln": {Exp: 6}, "mln.": {Exp: 6}, "Mln": {Exp: 6},
		"miliardo": {Exp: 9}, "miliardi": {Exp: 9}, "mld": {Exp: 9}, "mld.": {Exp: 9}, "Mld": {Exp: 9}, "mrd": {Exp: 9},
		"bilione": {Exp: 12}, "bilioni": {Exp: 12},
	},
	ScaleNames: map[int]ScaleName{3: {"mila", "mila"}, 6: {"milione", "milioni"}, 9: {"miliardo", "miliardi"}, 12: {"bilione", "bilioni"}},
	ScaleAbbr:  map[int]string{6: "mln", 9: "mld"},
	ScaleJoin:  []string{"di", "d'", "d’"},
	Currencies: map[string]string{
		"VND": "VND", "dong": "VND", "đồng": "VND", "VNĐ": "VND",
		"USD": "USD", "dollari statunitensi": "USD", "dollari americani": "USD", "dollari USA": "USD",
		"dollari": "USD", "dollaro": "USD", "$": "USD", "US$": "USD",
		"EUR": "EUR", "euro": "EUR", "€": "EUR",
		"GBP": "GBP", "sterline": "GBP", "sterlina": "GBP", "£": "GBP",
		"CHF": "CHF", "franchi svizzeri": "CHF", "JPY": "JPY", "yen": "JPY", "CNY": "CNY", "yuan": "CNY",
	},
	CurBefore:  map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "VND": "VND"},
	CurFormat:  map[string]string{"EUR": "%s euro", "USD": "%s dollari", "GBP": "%s sterline"},
	ScoreWords: []string{"vittoria", "sconfitta", "vinto", "vince", "perso", "pareggio", "gol", "gara", "partita", "risultato"},
	Units: commonUnits(map[string]string{
		"ora": "h", "minuto": "min", "secondo": "s", "h": "h",
		"min": "min", "s": "s",
		"chilo": "kg", "centesimi di secondo": "cs", "decimi di secondo": "ds", "pollici": "in", "piedi": "ft",
		"chilometri quadrati": "km²", "chilometri": "km", "chilometro": "km",
		"metri quadrati": "m²", "metri quadri": "m²", "metri cubi": "m³", "metri": "m", "metro": "m",
		"ettari": "ha", "ettaro": "ha", "tonnellate": "t", "tonnellata": "t",
		"chilogrammi": "kg", "chili": "kg", "grammi": "g", "litri": "l",
		"gradi centigradi": "°C", "gradi Celsius": "°C", "gradi": "°C", "gradi Fahrenheit": "°F", "millimetri": "mm",
		"chilometri orari": "km/h", "chilometri all'ora": "km/h", "anni luce": "ly", "anno luce": "ly", "megawatt": "MW", "chilowattora": "kWh",
		"anni": "year", "anno": "year", "mesi": "month", "giorni": "day", "ore": "h", "minuti": "min",
		"secondi": "s", "centimetri": "cm",
	}),
	Percent:  []string{"%", "per cento", "percento"},
	Points:   []string{"punti percentuali", "punto percentuale", "p.p."},
	PerMille: []string{"‰", "per mille"},
	Months: map[string]int{
		"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
		"agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
		"gen.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "mag.": 5, "giu.": 6, "lug.": 7, "ago.": 8, "set.": 9,
		"sett.": 9, "ott.": 10, "nov.": 11, "dic.": 12,
	},
	MonthNames: [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	Qualifiers: map[string]Qualifier{
		"più di": MoreThan, "più del": MoreThan, "più dei": MoreThan, "oltre": MoreThan, "oltre il": MoreThan,
		"oltre gli": MoreThan, "oltre le": MoreThan, "oltre la": MoreThan,
		"circa la": About, "stimato": About, "stimata": About, "stimati": About, "stimate": About,
		"vicino a": Nearly, "vicina a": Nearly, "vicini a": Nearly, "vicine a": Nearly, "vicino al": Nearly, "più o meno": About, "più o meno la": About, "under": LessThan, "over": MoreThan, "circa l'": About, "circa l’": About, "all'incirca la": About, "una stima di": About, "circa i": About, "circa le": About, "circa gli": About, "circa lo": About,
		"oltre i": MoreThan, "superiore a": MoreThan, "superiore al": MoreThan, "sopra i": MoreThan,
		"almeno": AtLeast, "almeno il": AtLeast, "come minimo": AtLeast, "non meno di": AtLeast,
		"meno di": LessThan, "meno del": LessThan, "minori di": LessThan, "minore di": LessThan, "inferiore a": LessThan, "inferiore al": LessThan, "sotto i": LessThan,
		"al massimo": AtMost, "non più di": AtMost,
		"circa": About, "stimati in": About, "stimato in": About, "stimata in": About, "stimate in": About, "circa il": About, "intorno a": About, "intorno al": About, "intorno ai": About,
		"attorno a": About, "attorno al": About, "all'incirca": About, "approssimativamente": About, "ca.": About,
		"quasi": Nearly, "quasi il": Nearly, "poco meno di": Nearly, "poco meno del": Nearly, "sfiora": Nearly,
		"fino a": UpTo, "fino al": UpTo, "fino ai": UpTo, "sino a": UpTo, "sino al": UpTo,
	},
	QualOut: map[Qualifier]string{MoreThan: "più di", AtLeast: "almeno", LessThan: "meno di",
		AtMost: "al massimo", About: "circa", Nearly: "quasi", UpTo: "fino a"},
	RangeInfix: []string{"-", "–", "—"},
	RangePairs: map[string]string{
		"tra": "e", "fra": "e", "tra il": "e il", "fra il": "e il", "tra i": "e i", "fra i": "e i",
		"da": "a", "dal": "al", "dai": "ai", "dalle": "alle", "Dalle": "alle",
		"dallo": "allo|all'|al", "dall'": "all'|al", "Dallo": "allo|all'|al", "Dall'": "all'|al",
	},
	RangeOut: "–",

	OrdSuffixes: []string{"°", "º", "ª"},
	OrdFormat:   func(n string) string { return n + "º" },

	DateOrder:  "DMY",
	DateFormat: "{d} {m} {y}",
	TimeWords:  map[string]int{"h": 0},
	TimeBefore: []string{"ore", "alle ore", "dalle ore", "fino alle"},
	PercentOut: "%s%%",
}
