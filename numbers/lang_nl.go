package numbers

// Dutch: decimal comma, point grouping; "miljard" is 10^9 and "biljoen"
// 10^12.

func init() { register(dutch) }

var dutch = &Locale{
	BelowZero:   []string{"onder nul"},
	NamedTimes:  map[string]string{"middernacht": "24:00"},
	MinusWords:  []string{"min"},
	DayAnd:      []string{"en"},
	DecadeWords: []string{"jaren", "Jaren"},
	PeriodCodes: []string{"Q"},
	Lang:        "nl",
	Name:        "Dutch",
	Other:       "English",
	Scales: map[string]Scale{
		"duizend": {Exp: 3}, "k": {Exp: 3},
		"miljoen": {Exp: 6}, "miljoenen": {Exp: 6}, "mln": {Exp: 6}, "mln.": {Exp: 6}, "mio": {Exp: 6},
		"miljard": {Exp: 9}, "miljarden": {Exp: 9}, "mld": {Exp: 9}, "mld.": {Exp: 9}, "mrd": {Exp: 9}, "mrd.": {Exp: 9},
		"biljoen": {Exp: 12}, "biljoenen": {Exp: 12},
	},
	ScaleNames: map[int]ScaleName{3: {"duizend", "duizend"}, 6: {"miljoen", "miljoen"}, 9: {"miljard", "miljard"}, 12: {"biljoen", "biljoen"}},
	ScaleAbbr:  map[int]string{6: "mln.", 9: "mld."},
	Currencies: map[string]string{
		"VND": "VND", "dong": "VND", "đồng": "VND", "VNĐ": "VND",
		"USD": "USD", "Amerikaanse dollar": "USD", "dollar": "USD", "$": "USD", "US$": "USD",
		"EUR": "EUR", "euro": "EUR", "€": "EUR",
		"GBP": "GBP", "Britse pond": "GBP", "pond": "GBP", "£": "GBP",
		"CHF": "CHF", "Zwitserse frank": "CHF", "JPY": "JPY", "yen": "JPY", "CNY": "CNY", "yuan": "CNY",
	},
	CurBefore:  map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "CHF": "CHF", "VND": "VND"},
	CurFormat:  map[string]string{"EUR": "€ %s", "USD": "%s dollar"},
	ScoreWords: []string{"zege", "overwinning", "nederlaag", "won", "wint", "verloor", "gelijkspel", "doelpunten", "goals", "wedstrijd"},
	Units: commonUnits(map[string]string{
		"km/u": "km/h", "km per uur": "km/h",
		"kilo": "kg", "honderdsten": "cs", "honderdste seconde": "cs", "inch": "in",
		"kilometer": "km", "meter": "m", "vierkante meter": "m²", "hectare": "ha", "ton": "t",
		"kilogram": "kg", "liter": "l", "graden Celsius": "°C", "graden": "°C", "graden Fahrenheit": "°F", "millimeter": "mm",
		"kilometer per uur": "km/h", "lichtjaar": "ly", "lichtjaren": "ly", "megawatt": "MW",
		"vierkante kilometer": "km²", "kubieke meter": "m³", "kilowattuur": "kWh", "tonnen": "t", "gram": "g",
		"jaar": "year", "jaren": "year", "maanden": "month", "dagen": "day", "uren": "h", "minuten": "min",
		"seconden": "s", "centimeter": "cm", "uur": "h", "min": "min", "minuut": "min",
	}),
	Percent:  []string{"%", "procent"},
	Points:   []string{"procentpunten", "procentpunt"},
	PerMille: []string{"‰", "promille"},
	Months: map[string]int{
		"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
		"augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
		"jan.": 1, "feb.": 2, "mrt.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
		"okt.": 10, "nov.": 11, "dec.": 12,
	},
	MonthNames: [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	// Bare "tot" is "up to" ("tot 15 millimeter regen"), except after a verb
	// of change: "steeg tot 438,8 miljoen ton" rose to (QualifierNotAfter).
	Qualifiers: map[string]Qualifier{
		"tot": UpTo, "Tot": UpTo, "geschat op": About, "naar schatting": About, "onder de": LessThan,
		"meer dan": MoreThan, "Meer dan": MoreThan, "ruim": MoreThan, "Ruim": MoreThan, "boven de": MoreThan,
		"minstens": AtLeast, "ten minste": AtLeast, "minimaal": AtLeast,
		"minder dan": LessThan, "Minder dan": LessThan, "jonger dan": LessThan, "ouder dan": MoreThan, "hooguit": AtMost, "maximaal": AtMost,
		"ongeveer": About, "circa": About, "ca.": About, "zo'n": About, "zo’n": About, "rond de": About,
		"bijna": Nearly, "Bijna": Nearly, "vrijwel": Nearly, "krap": Nearly, "nagenoeg": Nearly,
		"tot wel": UpTo, "tot maximaal": UpTo, "tot zo'n": UpTo, "Ongeveer": About, "Zo'n": About, "Zo’n": About,
	},
	QualifierNotAfter: map[string][]string{
		"tot": notUpToAfterNL, "Tot": notUpToAfterNL,
	},
	ChangeVerbs: notUpToAfterNL,
	ChangeFrom:  []string{"van", "Van"},
	ChangeBy:    []string{"met"},
	ChangeTo:    []string{"naar"},
	QualOut: map[Qualifier]string{MoreThan: "meer dan", AtLeast: "minstens", LessThan: "minder dan",
		AtMost: "hooguit", About: "ongeveer", Nearly: "bijna", UpTo: "tot wel"},
	RangeInfix: []string{"tot en met", "t/m", "tot", "à", "-", "–", "—"},
	RangePairs: map[string]string{"tussen": "en", "Tussen": "en", "tussen de": "en", "Tussen de": "en", "van": "tot|t/m", "Van": "tot|t/m"},
	RangeOut:   "–",

	OrdSuffixes: []string{"ste", "de", "e"},
	OrdFormat:   func(n string) string { return n + "e" },
	DateOrder:   "DMY",
	DateFormat:  "{d} {m} {y}",
	TimeWords: map[string]int{"uur": 0, "u.": 0,
		"uur 's ochtends": 0, "uur 's morgens": 0, "uur 's nachts": 0, "uur ’s ochtends": 0, "uur ’s morgens": 0,
		"uur 's middags": 12, "uur 's avonds": 12, "uur ’s middags": 12, "uur ’s avonds": 12},
	NotNumbers: []string{"één van de", "één van het", "een van de", "een van het", "de een of ander",
		"Eerste Kamer", "Tweede Kamer", "Tweede Wereldoorlog", "Eerste Wereldoorlog", "ten eerste", "ten tweede",
		"ten derde", "voor het eerst", "eerste minister"},
	PercentOut: "%s%%",
}

// notUpToAfterNL are the words after which Dutch "tot" names where a figure
// went, not a ceiling: verbs of rising, falling and bringing, in the forms
// news text uses.
var notUpToAfterNL = []string{
	"steeg", "stegen", "stijgt", "stijgen", "gestegen", "daalde", "daalden", "daalt", "dalen", "gedaald",
	"groeide", "groeiden", "groeit", "groeien", "gegroeid", "toegenomen", "afgenomen", "opgelopen",
	"teruggelopen", "liep", "liepen", "loopt", "verhoogd", "verlaagd", "teruggebracht", "verhoogde",
	"verlaagde", "verhogen", "verlagen", "uitgebreid", "ingekrompen", "gezakt", "zakte", "klom", "klommen",
	"geklommen", "opgetrokken", "bijgesteld", "aangepast",
	// the particles of separable verbs: "nam met 6,2% toe tot 1,54 miljoen"
	"toe", "af", "op",
}
