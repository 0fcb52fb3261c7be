package gen

import (
	"strconv"
	"strings"
)

// locale holds how one language writes numbers, dates and the words around
// them.
type locale struct {
	group   string // thousands separator
	decimal string // decimal separator
	group4  bool   // whether 4-digit numbers are grouped (es does not: 4000)
	percent string // what follows the number: "%", " %", "\u202f%"
	billion string // money in billions of VND: printf with the number
	million string // money in millions of VND
	months  [12]string
	date    string // {d} day, {m} month number, {M} month name, {y} year
	to      string // between the two years of a range: "-", " bis "
}

var locales = map[string]locale{
	"en": {group: ",", decimal: ".", group4: true, percent: "%",
		billion: "%s billion VND", million: "%s million VND",
		months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		date:   "{M} {d}, {y}", to: "-"},
	"de": {group: ".", decimal: ",", group4: true, percent: " %",
		billion: "%s Milliarden VND", million: "%s Millionen VND",
		months: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		date:   "{d}. {M} {y}", to: " bis "},
	"fr": {group: "\u202f", decimal: ",", group4: true, percent: "\u202f%",
		billion: "%s milliards de VND", million: "%s millions de VND",
		months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		date:   "{d} {M} {y}", to: " à "},
	"nl": {group: ".", decimal: ",", group4: true, percent: "%",
		billion: "%s miljard VND", million: "%s miljoen VND",
		months: [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		date:   "{d} {M} {y}", to: "-"},
	"es": {group: ".", decimal: ",", group4: false, percent: " %",
		billion: "%s mil millones de VND", million: "%s millones de VND",
		months: [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		date:   "{d} de {M} de {y}", to: "-"},
	"it": {group: ".", decimal: ",", group4: true, percent: "%",
		billion: "%s miliardi di VND", million: "%s milioni di VND",
		months: [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		date:   "{d} {M} {y}", to: "-"},
	"pt": {group: ".", decimal: ",", group4: true, percent: "%",
		billion: "%s bilhões de VND", million: "%s milhões de VND",
		months: [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		date:   "{d} de {M} de {y}", to: " a "},
	"vi": {group: ".", decimal: ",", group4: true, percent: "%",
		billion: "%s tỷ đồng", million: "%s triệu đồng",
		date: "ngày {d} tháng {m} năm {y}", to: "-"},
}

// Languages are the languages Generate writes, in a fixed order.
var Languages = []string{"en", "de", "fr", "nl", "es", "it", "pt", "vi"}

// integer writes n with the locale's grouping.
func (l locale) integer(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 || (len(s) == 4 && !l.group4) {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(l.group)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// decimal2 writes cents/100 with two decimals: 8379 → "83.79" / "83,79".
func (l locale) decimal2(cents int) string {
	return l.integer(cents/100) + l.decimal + pad2(cents%100)
}

// misgrouped writes cents/100 the wrong way round: its decimals as a
// thousands group, so 83.79 becomes "83.790" in German (×1000).
func (l locale) misgrouped(cents int) string {
	return l.integer(cents/100) + l.group + pad2(cents%100) + "0"
}

// decimal1 writes tenths/10 with one decimal: 125 → "12.5" / "12,5".
func (l locale) decimal1(tenths int) string {
	return l.integer(tenths/10) + l.decimal + strconv.Itoa(tenths%10)
}

func (l locale) pct(tenths int) string { return l.decimal1(tenths) + l.percent }

func (l locale) dateOf(d, m, y int) string {
	return strings.NewReplacer("{d}", strconv.Itoa(d), "{m}", strconv.Itoa(m), "{M}", l.months[m-1],
		"{y}", strconv.Itoa(y)).Replace(l.date)
}

func (l locale) yearRange(a, b int) string { return strconv.Itoa(a) + l.to + strconv.Itoa(b) }

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
