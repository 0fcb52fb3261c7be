package numbers

import "maps"

// Spanish: decimal comma, point grouping (x/text's CLDR 32 groups four
// digits, "1.234"; current CLDR and the RAE write "1234": both are read).
// "mil millones" and "millardo" are 10^9, "billón" is 10^12 (long scale).
// Dates are "5 de agosto de 2019", numeric dates day first; ordinals
// "15.º", "15º", "15.ª", "1.er". The table is es-ES; Mexican and other
// American Spanish with a decimal point read with a note (see Alt).

func init() {
	register(spanish)
	// Mexico writes 1,234.5 (CLDR es-MX, read by probeSymbols from the
	// region) and "$" for pesos; Argentina writes as Spain, "$" for pesos.
	register(spanishVariant("MX", "MXN"))
	register(spanishVariant("AR", "ARS"))
}

// spanishVariant is the Spanish table for a region whose "$" is its peso.
func spanishVariant(region, peso string) *Locale {
	l := *spanish
	l.Region = region
	l.CurBefore = maps.Clone(spanish.CurBefore)
	l.CurBefore["$"] = peso
	l.Currencies = maps.Clone(spanish.Currencies)
	l.Currencies["pesos"], l.Currencies["peso"], l.Currencies[peso] = peso, peso, peso
	l.CurBefore[peso] = peso
	return &l
}

var spanish = &Locale{
	QualifiersAfter: map[string]Qualifier{"aproximadamente": About, "como máximo": AtMost},
	FractionLinks:   []string{"de"},
	BelowZero:       []string{"bajo cero"},
	NamedTimes:      map[string]string{"medianoche": "24:00", "mediodía": "12:00"},
	DayAnd:          []string{"y"},
	AndAHalf:        []string{"y media", "y medio"},
	DecadeWords:     []string{"años", "Años"},
	Lang:            "es",
	Name:            "Spanish",
	Other:           "English",
	Scales: map[string]Scale{
		"mil":    {Exp: 3},
		"millón": {Exp: 6}, "millones": {Exp: 6}, "mill.": {Exp: 6}, "mlls.": {Exp: 6}, "M": {Exp: 6, MoneyOnly: true},
		"MM":           {Exp: 6, MoneyOnly: true},
		"mil millones": {Exp: 9}, "millardo": {Exp: 9}, "millardos": {Exp: 9},
		"billón": {Exp: 12}, "billones": {Exp: 12},
	},
	ScaleNames: map[int]ScaleName{3: {"mil", "mil"}, 6: {"millón", "millones"}, 9: {"mil millones", "mil millones"}, 12: {"billón", "billones"}},
	ScaleJoin:  []string{"de"},
	Currencies: map[string]string{
		"VND": "VND", "dongs": "VND", "dong": "VND", "đồng": "VND", "VNĐ": "VND",
		"USD": "USD", "dólares estadounidenses": "USD", "dólares": "USD", "dólar": "USD", "$": "USD", "US$": "USD",
		"EUR": "EUR", "euros": "EUR", "euro": "EUR", "€": "EUR",
		"GBP": "GBP", "libras esterlinas": "GBP", "libras": "GBP", "£": "GBP",
		"CHF": "CHF", "francos suizos": "CHF", "JPY": "JPY", "yenes": "JPY", "CNY": "CNY", "yuanes": "CNY",
		"BRL": "BRL", "reales": "BRL", "MXN": "MXN",
	},
	CurBefore:  map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "VND": "VND"},
	CurFormat:  map[string]string{"EUR": "%s euros", "USD": "%s dólares", "GBP": "%s libras"},
	ScoreWords: []string{"ganar", "ganó", "ganaron", "gana", "victoria", "derrota", "empate", "empató", "goles", "perdió", "perder", "partido", "marcador"},
	Units: commonUnits(map[string]string{
		"hora": "h", "minuto": "min", "segundo": "s", "h": "h",
		"min": "min", "s": "s",
		"pulgadas": "in", "pies": "ft",
		"kilómetros cuadrados": "km²", "kilómetros": "km", "kilómetro": "km",
		"metros cuadrados": "m²", "metros cúbicos": "m³", "metros": "m", "metro": "m",
		"hectáreas": "ha", "hectárea": "ha", "toneladas": "t", "tonelada": "t",
		"kilogramos": "kg", "kilos": "kg", "gramos": "g", "litros": "l",
		"grados centígrados": "°C", "grados Celsius": "°C", "grados": "°C", "grados Fahrenheit": "°F", "milímetros": "mm",
		"kilómetros por hora": "km/h", "años luz": "ly", "año luz": "ly", "megavatios": "MW", "kilovatios hora": "kWh",
		"años": "year", "año": "year", "meses": "month", "días": "day", "horas": "h", "minutos": "min",
		"segundos": "s", "centímetros": "cm", "centésimas": "cs", "centésimas de segundo": "cs", "décimas": "ds", "décimas de segundo": "ds",
	}),
	Percent:  []string{"%", "por ciento"},
	Points:   []string{"puntos porcentuales", "punto porcentual", "p. p.", "p.p."},
	PerMille: []string{"‰", "por mil"},
	Months: map[string]int{
		"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
		"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
		"ene.": 1, "feb.": 2, "mar.": 3, "abr.": 4, "jun.": 6, "jul.": 7, "ago.": 8, "sept.": 9, "sep.": 9,
		"oct.": 10, "nov.": 11, "dic.": 12,
	},
	MonthNames: [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	Qualifiers: map[string]Qualifier{
		"más de": MoreThan, "poco más de": MoreThan, "superior a": MoreThan, "por encima de": MoreThan,
		"al menos": AtLeast, "por lo menos": AtLeast, "como mínimo": AtLeast,
		"menos de": LessThan, "menos de la": LessThan, "menos del": LessThan, "por debajo del": LessThan,
		"alrededor de un": About, "aproximadamente el": About, "aproximadamente un": About,
		"algo más del": MoreThan, "algo más de": MoreThan, "superiores a": MoreThan, "superior al": MoreThan, "alrededor de una": About, "cerca de un": About, "inferior a": LessThan, "por debajo de": LessThan, "menores de": LessThan,
		"mayores de":  MoreThan,
		"como máximo": AtMost, "a lo sumo": AtMost,
		"unos": About, "unas": About, "cerca de": About, "cerca del": About, "alrededor de": About,
		"alrededor del": About, "Alrededor de": About, "Alrededor del": About, "aproximadamente": About,
		"aprox.": About, "estimados de": About, "estimadas de": About, "estimado de": About, "estimada de": About, "en torno a": About, "en torno al": About, "del orden de": About,
		"casi": Nearly, "Casi": Nearly, "casi la": Nearly, "Casi la": Nearly, "casi el": Nearly, "Casi el": Nearly, "prácticamente": Nearly, "rozando": Nearly,
		"hasta": UpTo,
	},
	// "hasta 45,60 euros" after a verb of change is where a figure went
	// ("subieron un 12 %, hasta 45,60 euros"), not a ceiling.
	QualifierNotAfter: map[string][]string{"hasta": notUpToAfterES},
	ChangeVerbs:       append([]string{"pasó", "pasaron", "pasado", "pasa", "pasan"}, notUpToAfterES...),
	ChangeFrom:        []string{"de", "desde", "del"},
	ClockBefore:       []string{"a las", "A las", "desde las", "hasta las", "entre las"},
	HourFollowers: []string{"de", "del", "en", "y", "e", "o", "con", "para", "por", "sobre", "tras", "hasta",
		"desde", "el", "la", "los", "las", "un", "una", "cuando", "mientras", "pero", "antes", "después",
		"aproximadamente", "horas", "hora", "locales", "peninsular"},
	QualOut: map[Qualifier]string{MoreThan: "más de", AtLeast: "al menos", LessThan: "menos de",
		AtMost: "como máximo", About: "unos", Nearly: "casi", UpTo: "hasta"},
	RangeInfix: []string{"a", "-", "–", "—"},
	RangePairs: map[string]string{"entre": "y", "de": "a", "desde": "hasta", "del": "al", "entre los": "y los|y", "entre las": "y las|y"},
	RangeOut:   "-",

	OrdSuffixes: []string{".º", ".ª", ".er", ".os", ".as", "º", "ª", "°", "er"},
	OrdFormat:   func(n string) string { return n + ".º" },

	DateOrder:  "DMY",
	DateFormat: "{d} de {m} de {y}",
	DateJoin:   []string{"de", "del"},
	TimeWords:  map[string]int{"h": 0, "h.": 0, "de la tarde": 12, "de la noche": 12, "de la mañana": 0},
	PercentOut: "%s %%",
}

// notUpToAfterES are the verbs of rising and falling after which Spanish
// "hasta" names where a figure went.
var notUpToAfterES = []string{
	"subió", "subieron", "sube", "suben", "subido", "bajó", "bajaron", "baja", "bajan", "bajado",
	"aumentó", "aumentaron", "aumenta", "aumentan", "aumentado", "creció", "crecieron", "crece",
	"crecen", "crecido", "cayó", "cayeron", "cae", "caen", "caído", "descendió", "descendieron",
	"desciende", "descienden", "descendido", "disminuyó", "disminuyeron", "disminuido", "redujo",
	"redujeron", "reducido", "elevó", "elevaron", "elevado", "escaló", "escalaron", "retrocedió",
	"retrocedieron", "avanzó", "avanzaron", "repuntó", "repuntaron",
	"aumenten", "suban", "bajen", "crezcan", "caigan", "disminuyan", "desciendan",
}
