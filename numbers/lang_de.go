package numbers

// German: decimal comma, point grouping; "Billion" is 10^12, "Milliarde" 10^9.

func init() { register(german) }

var german = &Locale{
	QualifiersAfter: map[string]Qualifier{"circa": About, "höchstens": AtMost},
	BelowZero:       []string{"unter null", "unter Null"},
	NamedTimes:      map[string]string{"Mitternacht": "24:00", "Mittag": "12:00"},
	MinusWords:      []string{"minus"},
	DayAnd:          []string{"und"},
	DecadeSuffixes:  []string{"er", "ern"},
	DuringWords:     []string{"über", "Über"},
	AgeWords:        []string{"alt", "älter"},
	SpelledCompounds: map[string]string{
		"jährig": "year", "jahres": "year", "monatig": "month", "wöchig": "week", "tägig": "day",
		"stündig": "h", "minütig": "min", "köpfig": "", // not "fach": "einfach" is "simple"
		"prozent":      "%",  // "Fünfprozenthürde" = "5 percent threshold"
		"prozentpunkt": "pp", // "Viertelprozentpunkt" = "a quarter-point"
	},
	PeriodCodes:       []string{"Q"},
	ChangeBy:          []string{"um"},
	ChangeTo:          []string{"auf"},
	RankBefore:        []string{"Platz", "Rang", "Tabellenplatz", "Position"},
	ChangeFrom:        []string{"von", "Von"},
	ChangeVerbs:       changeVerbsDE,
	QualifierNotAfter: map[string][]string{"bis": changeVerbsDE},
	QualifierNotJustAfter: map[string][]string{
		// "eine Anleihe über 250 Millionen Euro" is a bond of 250 million, not more
		"über": {"anleihe", "anleihen", "kredit", "kredite", "darlehen", "auftrag", "aufträge", "rechnung",
			"scheck", "vertrag", "verträge", "bürgschaft", "bürgschaften", "zusage", "spende", "spenden",
			"bestellung", "bestellungen", "forderung", "forderungen", "vergleich", "kaufpreis",
			// "der Lauf über 42,195 Kilometer": a race over a distance
			"lauf", "läufe", "rennen", "distanz", "strecke", "marathon", "etappe", "sprint", "staffel", "rekord"},
	},
	QualifierFigures: []string{"bis", "Bis"},
	OrdinalAsCount:   []string{"jeder", "jede", "jedes", "jeden", "jedem", "jeweils"},
	Lang:             "de",
	Name:             "German",
	Other:            "English",
	Scales: map[string]Scale{
		"Tausend": {Exp: 3}, "tausend": {Exp: 3}, "Tsd.": {Exp: 3}, "Tsd": {Exp: 3},
		"Million": {Exp: 6}, "Millionen": {Exp: 6}, "Mio.": {Exp: 6}, "Mio": {Exp: 6},
		"Milliarde": {Exp: 9}, "Milliarden": {Exp: 9}, "Mrd.": {Exp: 9}, "Mrd": {Exp: 9}, "Md.": {Exp: 9},
		"Billion": {Exp: 12}, "Billionen": {Exp: 12}, "Bio.": {Exp: 12},
		"Billiarde": {Exp: 15}, "Billiarden": {Exp: 15},
	},
	ScaleNames: map[int]ScaleName{3: {"Tausend", "Tausend"}, 6: {"Million", "Millionen"}, 9: {"Milliarde", "Milliarden"}, 12: {"Billion", "Billionen"}, 15: {"Billiarde", "Billiarden"}},
	ScaleAbbr:  map[int]string{3: "Tsd.", 6: "Mio.", 9: "Mrd.", 12: "Bio."},
	Currencies: map[string]string{
		"VND": "VND", "Dong": "VND", "đồng": "VND", "VNĐ": "VND",
		"USD": "USD", "US-Dollar": "USD", "Dollar": "USD", "US$": "USD", "$": "USD",
		"EUR": "EUR", "Euro": "EUR", "€": "EUR", "GBP": "GBP", "Pfund": "GBP", "£": "GBP",
		"CHF": "CHF", "Franken": "CHF", "Fr.": "CHF", "JPY": "JPY", "Yen": "JPY", "CNY": "CNY", "Yuan": "CNY",
	},
	CurBefore:  map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "CHF": "CHF", "VND": "VND"},
	CurFormat:  map[string]string{"EUR": "%s €", "USD": "%s US-Dollar"},
	ScoreWords: []string{"Sieg", "Siege", "Siegen", "gewann", "gewinnt", "gewonnen", "verlor", "verloren", "Niederlage", "Unentschieden", "Tor", "Tore", "Toren", "Spiel", "Spiele", "Rückstand", "Führung", "Satz", "Sätze", "Sätzen", "Endstand"},
	Units: commonUnits(map[string]string{
		"Zentimetern": "cm", "Hundertsteln": "cs", "Zehnteln": "ds",
		"min": "min", "Min.": "min", "s": "s", "Sek.": "s",
		"Kilo": "kg", "Hundertstel": "cs", "Hundertstelsekunden": "cs", "Zehntel": "ds", "Zoll": "in",
		"Kilometer": "km", "Kilometern": "km", "Meter": "m", "Metern": "m", "Quadratmeter": "m²", "Quadratkilometer": "km²", "Kubikmeter": "m³", "Kubikmetern": "m³",
		"Kubikkilometer": "km³", "Kubikkilometern": "km³", "Millimeter": "mm", "Millimetern": "mm",
		"Kilometer pro Stunde": "km/h", "Stundenkilometer": "km/h", "Stundenkilometern": "km/h",
		"Kilometern pro Stunde": "km/h", "Kilometer je Stunde": "km/h", "Sekunden": "s", "Zentimeter": "cm",
		"Lichtjahre": "ly", "Lichtjahren": "ly", "Lichtjahr": "ly",
		"Hektar": "ha", "Tonnen": "t", "Tonne": "t", "Kilogramm": "kg", "Gramm": "g", "Liter": "l",
		"Grad Celsius": "°C", "Grad": "°C", "Grad Fahrenheit": "°F", "Megawatt": "MW", "Kilowattstunden": "kWh",
		"Jahre": "year", "Jahren": "year", "Jahr": "year", "Monate": "month", "Monaten": "month",
		"Tage": "day", "Tagen": "day", "Stunden": "h", "Minuten": "min",
	}),
	Percent:  []string{"%", "Prozent", "v. H.", "vH"},
	Points:   []string{"Prozentpunkte", "Prozentpunkten", "Prozentpunkt", "Pp."},
	PerMille: []string{"‰", "Promille"},
	Months: map[string]int{
		"Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "April": 4, "Mai": 5, "Juni": 6, "Juli": 7,
		"August": 8, "September": 9, "Oktober": 10, "November": 11, "Dezember": 12,
		"Jan.": 1, "Feb.": 2, "Mrz.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sep.": 9,
		"Sept.": 9, "Okt.": 10, "Nov.": 11, "Dez.": 12,
	},
	MonthNames: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	Qualifiers: map[string]Qualifier{
		"bis": UpTo, "Bis": UpTo,
		"mehr als": MoreThan, "über": MoreThan, "Über": MoreThan, "gut": MoreThan, "Gut": MoreThan,
		"mehr als die": MoreThan, "Mehr als die": MoreThan, "weniger als die": LessThan, "oberhalb von": MoreThan,
		"mindestens": AtLeast, "wenigstens": AtLeast,
		"weniger als": LessThan, "unter": LessThan, "Unter": LessThan, "jünger als": LessThan, "älter als": MoreThan,
		"höchstens": AtMost, "maximal": AtMost,
		"rund": About, "etwa": About, "ungefähr": About, "ca.": About, "circa": About, "zirka": About, "annähernd": About,
		"fast": Nearly, "knapp": Nearly, "beinahe": Nearly, "nahezu": Nearly,
		"bis zu": UpTo,
	},
	QualOut: map[Qualifier]string{MoreThan: "mehr als", AtLeast: "mindestens", LessThan: "weniger als",
		AtMost: "höchstens", About: "rund", Nearly: "fast", UpTo: "bis zu"},
	RangeInfix: []string{"bis", "-", "–", "—"},
	RangePairs: map[string]string{"zwischen": "und", "zwischen dem": "und dem|und", "von": "bis", "Von": "bis", "vom": "bis", "Vom": "bis", "Zwischen": "und"},
	RangeOut:   "–",

	OrdDot: true,
	NotOrdinalAfter: setOf("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Es", "Er", "Sie",
		"Wir", "Ich", "Ihr", "Im", "In", "Am", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Seit", "Von", "Vom",
		"Zu", "Zum", "Zur", "Für", "Dies", "Diese", "Dieser", "Dieses", "Dabei", "Damit", "Dann", "Doch", "Auch",
		"Und", "Aber", "Oder", "So", "Wie", "Was", "Wer", "Wenn", "Als", "Man", "Nur", "Noch", "Bis", "Laut",
		"Insgesamt", "Allerdings", "Außerdem", "Zudem", "Unter", "Über", "Quelle", "Gleichzeitig", "Insbesondere",
		"Dank", "Durch", "Danach", "Davor", "Später", "Zuvor", "Damit", "Deshalb", "Daher", "Jetzt", "Nun", "Alle", "Jede", "Jeder", "Kein", "Keine", "Nicht", "Heute", "Damals", "Trotz", "Da"),
	OrdFormat: func(n string) string { return n + "." },

	DateOrder:  "DMY",
	DateFormat: "{d}. {m} {y}",
	TimeWords:  map[string]int{"Uhr": 0},
	PercentOut: "%s %%",
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// changeVerbsDE are German verbs of rising and falling: after one, "von 40
// auf 50" is a change and "bis 5 %" where a figure went, not "up to".
var changeVerbsDE = []string{
	"steigt", "stieg", "stiegen", "steigen", "gestiegen", "sinkt", "sank", "sanken", "sinken", "gesunken",
	"fällt", "fiel", "fielen", "fallen", "gefallen", "erhöht", "erhöhte", "erhöhten", "erhöhen",
	"senkt", "senkte", "senkten", "gesenkt", "wächst", "wuchs", "wuchsen", "gewachsen", "klettert",
	"kletterte", "geklettert", "springt", "sprang", "gesprungen", "verringert", "verringerte",
	"zurückgegangen", "zugelegt", "angehoben", "hebt", "hob", "kürzt", "kürzte", "gekürzt",
}
