package numbers

// Dutch: decimal comma, point grouping; "miljard" is 10^9 and "biljoen"
// 10^12.

func init() { register(dutch) }

var dutch = &Locale{
	Lang:  "nl",
	Name:  "Dutch",
	Other: "English",
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
		"USD": "USD", "dollar": "USD", "$": "USD", "US$": "USD",
		"EUR": "EUR", "euro": "EUR", "€": "EUR",
	},
	CurBefore: map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "VND": "VND"},
	CurFormat: map[string]string{"EUR": "€ %s", "USD": "%s dollar"},
	Units: commonUnits(map[string]string{
		"kilometer": "km", "meter": "m", "vierkante meter": "m²", "hectare": "ha", "ton": "t",
		"kilogram": "kg", "liter": "l", "graden Celsius": "°C", "megawatt": "MW",
		"jaar": "year", "jaren": "year", "maanden": "month", "dagen": "day", "uren": "h", "minuten": "min",
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
	Qualifiers: map[string]Qualifier{
		"meer dan": MoreThan, "Meer dan": MoreThan, "ruim": MoreThan, "Ruim": MoreThan, "boven de": MoreThan,
		"minstens": AtLeast, "ten minste": AtLeast, "minimaal": AtLeast,
		"minder dan": LessThan, "Minder dan": LessThan, "hooguit": AtMost, "maximaal": AtMost,
		"ongeveer": About, "circa": About, "ca.": About, "zo'n": About, "zo’n": About, "rond de": About,
		"bijna": Nearly, "Bijna": Nearly, "vrijwel": Nearly, "tot wel": UpTo, "tot maximaal": UpTo,
	},
	QualOut: map[Qualifier]string{MoreThan: "meer dan", AtLeast: "minstens", LessThan: "minder dan",
		AtMost: "hooguit", About: "ongeveer", Nearly: "bijna", UpTo: "tot wel"},
	RangeInfix: []string{"tot", "-", "–", "—"},
	RangePairs: map[string]string{"tussen": "en", "Tussen": "en", "van": "tot", "Van": "tot"},
	RangeOut:   "–",

	OrdSuffixes: []string{"ste", "de", "e"},
	OrdFormat:   func(n string) string { return n + "e" },
	DateOrder:   "DMY",
	DateFormat:  "{d} {m} {y}",
	TimeWords:   map[string]int{"uur": 0},
	PercentOut:  "%s%%",
}
