package numbers

// English: decimal point, comma grouping; "billion" is 10^9.

func init() { register(english) }

var english = &Locale{
	BelowZero:  []string{"below zero"},
	NamedTimes: map[string]string{"midnight": "24:00", "noon": "12:00", "midday": "12:00"},
	MinusWords: []string{"minus"},
	DayAnd:     []string{"and"},
	Lang:       "en",
	Name:       "English",
	Other:      "German",
	Scales: map[string]Scale{
		"thousand": {Exp: 3}, "thousands": {Exp: 3}, "k": {Exp: 3},
		"million": {Exp: 6}, "millions": {Exp: 6}, "mn": {Exp: 6}, "mln": {Exp: 6}, "m": {Exp: 6, MoneyOnly: true},
		"billion": {Exp: 9}, "billions": {Exp: 9}, "bn": {Exp: 9}, "bln": {Exp: 9},
		"trillion": {Exp: 12}, "trillions": {Exp: 12}, "tn": {Exp: 12},
	},
	ScaleNames: map[int]ScaleName{3: {"thousand", "thousand"}, 6: {"million", "million"}, 9: {"billion", "billion"}, 12: {"trillion", "trillion"}},
	ScaleAbbr:  map[int]string{3: "k", 6: "m", 9: "bn", 12: "tn"},
	Currencies: map[string]string{
		"VND": "VND", "đồng": "VND", "dong": "VND", "Dong": "VND", "VNĐ": "VND",
		"USD": "USD", "US dollars": "USD", "US dollar": "USD", "dollars": "USD", "dollar": "USD",
		"EUR": "EUR", "euros": "EUR", "euro": "EUR", "€": "EUR",
		"GBP": "GBP", "pounds": "GBP", "£": "GBP", "$": "USD", "US$": "USD",
		"CHF": "CHF", "Swiss francs": "CHF", "MXN": "MXN", "ARS": "ARS", "Mexican pesos": "MXN", "Argentine pesos": "ARS", "BRL": "BRL", "reais": "BRL", "R$": "BRL", "JPY": "JPY", "yen": "JPY", "CNY": "CNY", "yuan": "CNY",
	},
	CurBefore:  map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "MXN": "MXN", "ARS": "ARS", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "VND": "VND", "CHF": "CHF", "R$": "BRL", "BRL": "BRL"},
	CurFormat:  map[string]string{"USD": "$%s", "EUR": "€%s", "GBP": "£%s"},
	ScoreWords: []string{"win", "wins", "won", "winning", "beat", "beats", "beating", "lost", "loss", "lose", "losing", "leading", "defeat", "defeated", "draw", "drew", "victory", "score", "scored", "down", "lead", "led", "trailing", "goals", "sets"},
	HalfAfter:  []string{"and a half"},
	Units: commonUnits(map[string]string{
		"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
		"metres": "m", "meters": "m", "metre": "m", "meter": "m",
		"square metres": "m²", "square meters": "m²", "square kilometres": "km²", "square kilometers": "km²",
		"hectares": "ha", "hectare": "ha", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
		"kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg", "litres": "l", "liters": "l", "litre": "l", "liter": "l",
		"degrees Celsius": "°C", "degrees": "°C", "degrees Fahrenheit": "°F",
		"cubic kilometres": "km³", "cubic kilometers": "km³", "cubic metres": "m³", "cubic meters": "m³",
		"millimetres": "mm", "millimeters": "mm", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
		"light years": "ly", "light-years": "ly", "light year": "ly", "light-year": "ly", "megawatts": "MW", "kilowatt hours": "kWh", "kilowatt-hours": "kWh",
		"years": "year", "year": "year", "months": "month", "days": "day", "hours": "h", "minutes": "min",
		"hour": "h", "minute": "min", "seconds": "s", "second": "s", "min": "min", "mins": "min", "sec": "s", "secs": "s",
		"s": "s", "h": "h", "hrs": "h", "hr": "h", "grams": "g", "gram": "g", "grammes": "g",
		"kilogrammes": "kg", "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
		"millilitres": "ml", "milliliters": "ml", "miles": "mi", "mile": "mi", "knots": "kn", "inches": "in",
		"ounces": "oz", "ounce": "oz", "inch": "in",
		// US customary units, converted when the other version is metric (convert.go)
		"feet": "ft", "foot": "ft", "ft": "ft", "yards": "yd", "yard": "yd", "yd": "yd",
		"mph": "mph", "miles per hour": "mph", "square feet": "sq ft", "square foot": "sq ft", "sq ft": "sq ft",
		"square miles": "sq mi", "square mile": "sq mi", "acres": "acre", "acre": "acre",
		"gallons": "gal", "gallon": "gal", "lb": "lb", "lbs": "lb",
		"gigatonnes": "Gt", "gigatonne": "Gt", "gigatons": "Gt", "megatonnes": "Mt", "megatonne": "Mt", "megatons": "Mt",
	}),
	CountedPlurals: &CountedPlurals{
		Irregular: []string{"people", "children", "men", "women", "persons"},
		Not: []string{"hurdles", "metres", "meters", "this", "thus", "plus", "less", "across", "towards",
			"upwards", "downwards", "was", "has", "does", "goes", "always", "perhaps", "besides", "unless",
			"whereas", "its", "his", "hers", "ours", "yours", "theirs", "apiece", "altogether"},
		Before: []string{"new", "more", "extra", "additional", "fewer", "other", "young", "older", "affordable", "social", "foreign", "international", "domestic", "registered", "active", "monthly", "daily"},
	},
	ChangeBy:     []string{"by"},
	TimeGapWords: []string{"down", "behind", "back", "adrift", "ahead"},
	// "twice as many as five years ago": a comparison, not "up to 5"
	QualifierNotAfter: map[string][]string{"as many as": {"twice", "thrice", "times", "half"}, "as much as": {"twice", "thrice", "times", "half"}},
	FractionLinks:     []string{"of an", "of a", "an", "a"},
	ChangeVerbs: []string{
		"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
		"increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
		"decreasing", "grew", "grow", "grows", "grown", "growing", "dropped", "drop", "drops",
		"dropping", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "soared", "plunged",
		"slipped", "declined", "decline", "declines", "went", "go", "goes", "gone", "moved",
		"changed", "raised", "raise", "raises", "cut", "cuts", "reduced", "reduce", "reduces",
		"lowered", "lifted", "boosted", "expanded", "shrank", "shrunk", "doubled", "tripled",
		"halved", "surged", "slumped", "edged", "inched",
	},
	ChangeFrom:     []string{"from", "From"},
	DecadeSuffixes: []string{"s", "'s", "’s"},
	DuringWords:    []string{"over", "Over"},
	AgeWords:       []string{"old", "of age"},
	PeriodCodes:    []string{"Q"}, // "Q3 2024"; not "H2" (hydrogen), not "T3" (a tram line)
	YearPrefixes:   []string{"mid-", "Mid-", "early-", "Early-", "late-", "Late-", "pre-", "Pre-", "post-", "Post-"},
	CompoundUnits: map[string]string{
		"degree": "°C", "month": "month", "week": "week", "day": "day", "hour": "h", "minute": "min",
		"foot": "ft", "square-foot": "sq ft", "mile": "mi", "acre": "acre", "gallon": "gal", "pound": "GBP",
		"inch": "in", "yard": "yd",
	},
	Percent:  []string{"%", "percent", "per cent", "pct"},
	Points:   []string{"percentage points", "percentage point", "percent points", "pp"},
	PerMille: []string{"‰", "per mille", "per mil"},
	Months: map[string]int{
		"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
		"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
		"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sep.": 9,
		"Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4,
		"Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
	},
	MonthNames: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	Qualifiers: map[string]Qualifier{
		"more than": MoreThan, "over": MoreThan, "above": MoreThan, "in excess of": MoreThan,
		"at least": AtLeast, "no fewer than": AtLeast, "no less than": AtLeast,
		"less than": LessThan, "fewer than": LessThan, "under": LessThan, "below": LessThan,
		"younger than": LessThan, "older than": MoreThan,
		"at most": AtMost, "no more than": AtMost, "no deeper than": AtMost, "no higher than": AtMost,
		"no longer than": AtMost, "no lower than": AtLeast, "near": About,
		"about": About, "around": About, "approximately": About, "roughly": About, "some": About,
		"approx.": About, "circa": About, "ca.": About, "an estimated": About,
		"nearly": Nearly, "almost": Nearly, "close to": Nearly, "just under": Nearly,
		"up to": UpTo, "as much as": UpTo, "as many as": UpTo, "as high as": UpTo,
		"estimated at": About, "estimated to cost": About, "is estimated to cost": About, "a maximum of": AtMost, "maximum of": AtMost,
		"just over": MoreThan, "a little over": MoreThan, "a little under": LessThan,
		"just above": MoreThan, "just below": LessThan, "slightly more than": MoreThan, "slightly less than": LessThan,
	},
	QualOut: map[Qualifier]string{MoreThan: "more than", AtLeast: "at least", LessThan: "less than",
		AtMost: "at most", About: "about", Nearly: "nearly", UpTo: "up to"},
	RangeInfix: []string{"to", "-", "–", "—"},
	RangePairs: map[string]string{"between": "and", "from": "to|through"},
	RangeOut:   "–",

	OrdSuffixes: []string{"st", "nd", "rd", "th"},
	OrdFormat:   englishOrdinal,

	DateOrder:       "",
	RegionDateOrder: map[string]string{"US": "MDY", "GB": "DMY", "IE": "DMY", "AU": "DMY", "NZ": "DMY", "IN": "DMY", "ZA": "DMY"},
	DateFormat:      "{m} {d}, {y}",
	TimeWords:       map[string]int{"p.m.": 12, "pm": 12, "PM": 12, "a.m.": 0, "am": 0, "AM": 0, "o'clock": 0, "hrs": 0},
	PercentOut:      "%s%%",
}

// englishOrdinal writes 1st, 2nd, 3rd, 4th, 11th, 21st ...
func englishOrdinal(n string) string {
	suffix := "th"
	l := len(n)
	if l > 0 && !(l > 1 && n[l-2] == '1') {
		switch n[l-1] {
		case '1':
			suffix = "st"
		case '2':
			suffix = "nd"
		case '3':
			suffix = "rd"
		}
	}
	return n + suffix
}

// commonUnits adds the unit symbols written alike in every language to m.
func commonUnits(m map[string]string) map[string]string {
	for k, v := range map[string]string{
		"km": "km", "m": "m", "cm": "cm", "L": "l", "mm": "mm", "m²": "m²", "m2": "m²", "km²": "km²", "km2": "km²",
		"m³": "m³", "m3": "m³", "ha": "ha", "t": "t", "kg": "kg", "g": "g", "mg": "mg", "l": "l",
		"kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "kW": "kW", "MW": "MW", "GW": "GW", "W": "W",
		"km³": "km³", "km3": "km³", "°C": "°C", "°F": "°F", "km/h": "km/h", "ml": "ml", "hl": "hl", "MB": "MB", "GB": "GB",
	} {
		if _, ok := m[k]; !ok {
			m[k] = v
		}
	}
	return m
}
