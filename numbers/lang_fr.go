package numbers

// French: decimal comma, space grouping (U+00A0/U+202F); "milliard" is
// 10^9 and "billion" 10^12.

func init() { register(french) }

var french = &Locale{
	QualifiersAfter: map[string]Qualifier{"environ": About, "au maximum": AtMost, "au plus": AtMost},
	FractionLinks:   []string{"de", "d'", "d’"},
	BelowZero:       []string{"au-dessous de zéro", "en dessous de zéro"},
	PerSame:         []string{"sur"},
	NamedTimes:      map[string]string{"minuit": "24:00", "midi": "12:00"},
	MinusWords:      []string{"moins"},
	DayAnd:          []string{"et"},
	AndAHalf:        []string{"et demie", "et demi"},
	DecadeWords:     []string{"années", "Années"},
	ChangeVerbs: []string{
		"passant", "passera", "passe", "passent", "passé", "passée", "passeront",
		"passé", "passée", "passés", "passées", "passer", "passe", "augmenté", "augmentée", "baissé",
		"baissée", "diminué", "diminuée", "progressé", "reculé", "chuté", "grimpé", "bondi", "porté",
		"portée", "ramené", "ramenée", "réduit", "réduite", "relevé", "relevée", "abaissé", "évolué",
	},
	ChangeFrom:   []string{"de", "d'", "d’"},
	YearPrefixes: []string{"mi-"}, // "à la mi-2024"
	Lang:         "fr",
	Name:         "French",
	Other:        "English",
	Scales: map[string]Scale{
		"mille": {Exp: 3}, "k": {Exp: 3},
		"million": {Exp: 6}, "millions": {Exp: 6}, "M": {Exp: 6, MoneyOnly: true}, "Mio": {Exp: 6},
		"milliard": {Exp: 9}, "milliards": {Exp: 9}, "Md": {Exp: 9}, "Mds": {Exp: 9}, "Mrd": {Exp: 9},
		"billion": {Exp: 12}, "billions": {Exp: 12},
	},
	ScaleNames: map[int]ScaleName{3: {"mille", "mille"}, 6: {"million", "millions"}, 9: {"milliard", "milliards"}, 12: {"billion", "billions"}},
	ScaleAbbr:  map[int]string{6: "M", 9: "Md"},
	Currencies: map[string]string{
		"VND": "VND", "dongs": "VND", "dong": "VND", "đồng": "VND", "VNĐ": "VND",
		"USD": "USD", "dollars américains": "USD", "dollars US": "USD", "dollars": "USD", "dollar": "USD", "$": "USD", "US$": "USD",
		"EUR": "EUR", "euros": "EUR", "euro": "EUR", "€": "EUR", "CHF": "CHF", "francs suisses": "CHF", "francs": "CHF", "Fr.": "CHF", "fr.": "CHF",
		"GBP": "GBP", "livres sterling": "GBP", "£": "GBP", "JPY": "JPY", "yens": "JPY", "CNY": "CNY", "yuans": "CNY",
	},
	CurBefore: map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "EUR": "EUR", "VND": "VND", "£": "GBP"},
	// "83,79 millions de VND", "2 milliards d'euros"
	ScaleJoin: []string{"de", "d'", "d’"},
	CurFormat: map[string]string{"EUR": "%s €", "USD": "%s dollars"},
	CurScaled: map[string]string{"EUR": "%s d’euros", "USD": "%s de dollars"},
	// "1,2 milliard", "1,5 million": the singular up to 2
	ScaleOneBelow2: true,
	ScoreWords:     []string{"victoire", "défaite", "battu", "battus", "gagné", "perdu", "nul", "buts", "match", "score", "s'impose", "l'emporte"},
	HalfAfter:      []string{"et demie", "et demi"},
	Units: commonUnits(map[string]string{
		"kilos": "kg", "kilo": "kg", "centièmes": "cs", "centièmes de seconde": "cs", "dixièmes de seconde": "ds", "pouces": "in", "pieds": "ft",
		"grammes":    "g",
		"kilomètres": "km", "kilomètre": "km", "mètres": "m", "mètre": "m", "mètres carrés": "m²",
		"hectares": "ha", "hectare": "ha", "tonnes": "t", "tonne": "t", "kilogrammes": "kg", "litres": "l",
		"degrés Celsius": "°C", "degrés": "°C", "degrés Fahrenheit": "°F", "millimètres": "mm",
		"kilomètres par heure": "km/h", "années-lumière": "ly", "année-lumière": "ly", "mégawatts": "MW", "ans": "year", "années": "year", "mois": "month", "jours": "day",
		"heures": "h", "minutes": "min", "min": "min", "secondes": "s", "centimètres": "cm", "h": "h", "s": "s",
	}),
	Percent:  []string{"%", "pour cent", "pourcent"},
	Points:   []string{"points de pourcentage", "point de pourcentage"},
	PerMille: []string{"‰", "pour mille"},
	Months: map[string]int{
		"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
		"août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
		"janv.": 1, "févr.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12,
	},
	MonthNames: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	Qualifiers: map[string]Qualifier{
		"plus de": MoreThan, "Plus de": MoreThan, "au moins": AtLeast, "moins de": LessThan, "Moins de": LessThan,
		"au plus": AtMost, "au maximum": AtMost, "environ": About, "estimé à": About, "estimé": About, "estimée": About, "estimés": About, "estimées": About, "estimée à": About, "estimés à": About, "estimées à": About, "autour de": About, "quelque": About,
		"près de": Nearly, "Près de": Nearly, "près d'un": Nearly, "près d’un": Nearly, "près d'": Nearly, "près d’": Nearly,
		"un peu plus d'": MoreThan, "un peu plus d’": MoreThan, "plus d'": MoreThan, "plus d’": MoreThan, "plus des": MoreThan,
		"un peu plus d'un": MoreThan, "un peu plus d’un": MoreThan, "un peu plus de": MoreThan,
		"supérieur à": MoreThan, "supérieure à": MoreThan, "supérieurs à": MoreThan, "supérieures à": MoreThan,
		"inférieur à": LessThan, "inférieure à": LessThan, "inférieurs à": LessThan, "inférieures à": LessThan,
		"jusqu'à concurrence de": UpTo, "jusqu’à concurrence de": UpTo, "près des": Nearly, "Près des": Nearly, "près du": Nearly, "presque": Nearly, "jusqu'à": UpTo, "jusqu’à": UpTo,
	},
	QualOut: map[Qualifier]string{MoreThan: "plus de", AtLeast: "au moins", LessThan: "moins de",
		AtMost: "au plus", About: "environ", Nearly: "près de", UpTo: "jusqu’à"},
	RangeInfix: []string{"à", "-", "–", "—"},
	RangePairs: map[string]string{"entre": "et", "Entre": "et", "de": "à", "De": "à", "du": "au", "Du": "au"},
	RangeOut:   "–",

	OrdSuffixes: []string{"ème", "ère", "er", "re", "e", "ᵉ"},
	OrdFormat: func(n string) string {
		if n == "1" {
			return "1er"
		}
		return n + "e"
	},
	DateOrder:  "DMY",
	DateFormat: "{d} {m} {y}",
	FirstDay:   "1er",
	TimeWords:  map[string]int{"heures": 0, "heure": 0, "h": 0},
	PercentOut: "%s %%",
}
