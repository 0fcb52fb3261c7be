package numbers

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/numbers/words"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Scale is a scale word of a language: German "Millionen" is 10^6.
type Scale struct {
	Exp int // power of ten: 6 for "Millionen"
	// MoneyOnly marks a scale abbreviation that is also a unit ("m" is
	// million in "$5m" but metre in "5 m"); it counts as a scale only next
	// to a currency.
	MoneyOnly bool
}

// CountedPlurals is Locale.CountedPlurals.
type CountedPlurals struct {
	Irregular []string // plurals without a final "s": people, children
	Not       []string // words ending in "s" that are not counted things
	Before    []string // adjectives between the number and the noun: new, more
}

// ScaleName is how Format writes a power of ten in a language.
type ScaleName struct {
	One, Many string // "Million", "Millionen"
}

// Locale is everything numbers knows about one language, as data. Adding a
// language means adding one Locale value in a lang_xx.go file and
// registering it; no scanner code changes.
//
// Word keys written in lower case match any case; keys with an upper-case
// letter or of one or two bytes match exactly ("MW", "m", "Mio.").
type Locale struct {
	Lang string // base language code: "de"
	Name string // English name of the language, for messages: "German"
	// Other names the separator convention that competes with this
	// language's own, for notes: "English" for German text.
	Other string

	Scales     map[string]Scale     // scale words and abbreviations
	ScaleNames map[int]ScaleName    // for Format: exponent → words
	ScaleAbbr  map[int]string       // for Format when the source abbreviated: 6 → "Mio."
	Currencies map[string]string    // currency word or symbol → ISO code ("đồng" → "VND")
	CurBefore  map[string]string    // currency symbols or codes written before the number ("$", "US$")
	CurFormat  map[string]string    // ISO code → pattern for Format ("%s €"); default "%s CODE"
	Units      map[string]string    // unit word or symbol → canonical unit ("Tonnen" → "t")
	Percent    []string             // "%", "Prozent"
	Points     []string             // "Prozentpunkte"
	PerMille   []string             // "‰", "Promille"
	Months     map[string]int       // full and abbreviated month names → 1..12
	MonthNames [12]string           // for Format
	Qualifiers map[string]Qualifier // words before a number: "mehr als" → MoreThan
	QualOut    map[Qualifier]string // for Format
	RangeInfix []string             // words between the ends of a range: "bis", "to"
	// RangePairs maps a word before a range to the word between its ends:
	// "zwischen" → "und", "between" → "and", "von" → "bis". Alternatives
	// are split by "|" ("van" → "tot|t/m"); a connector in RangeInfix that
	// starts with the word and a space also fits ("tot en met").
	RangePairs map[string]string
	RangeOut   string // connector for Format: "–"

	OrdSuffixes []string // ordinal suffixes attached to digits: "st", "e", "º"
	OrdPrefixes []string // ordinal words before the number: Vietnamese "thứ"
	// OrdDot is set where a full stop after digits makes an ordinal before
	// a noun (German "15. Konferenz").
	OrdDot bool
	// NotOrdinalAfter lists capitalised words that after "2024." start a new
	// sentence rather than follow an ordinal.
	NotOrdinalAfter map[string]bool
	OrdFormat       func(n string) string // writes the ordinal of digits n

	// DateOrder is the order of numeric dates: "DMY" or "MDY"; "" when the
	// language alone does not tell (English), see RegionDateOrder.
	DateOrder       string
	RegionDateOrder map[string]string // region → order, e.g. "US" → "MDY"
	// DateFormat is the long date pattern for Format: {d} day, {m} month
	// name, {y} year: "{d}. {m} {y}".
	DateFormat string
	// DayWord, MonthWord, YearWord introduce the parts of a spelled date
	// ("ngày 5 tháng 8 năm 2019"); empty where unused.
	DayWord, MonthWord, YearWord string
	// DateJoin are words allowed between day, month and year ("de").
	DateJoin []string

	// ScaleJoin are words allowed between a scale word and the currency or
	// unit it counts: Spanish "millones de dólares", Italian "milioni di
	// euro", French "milliards d'euros".
	ScaleJoin []string
	// Region, when set, makes the table a regional variant of Lang
	// (Portuguese "PT" beside "BR"): it serves tags of that exact region,
	// while Lang alone is served by the table without a Region.
	Region string

	TimeWords  map[string]int // after a time: hours to add ("p.m." → 12, "Uhr" → 0)
	PercentOut string         // pattern for Format: "%s %%"

	// MinuteWords may follow the minutes of a time written with a time
	// word: "14 giờ 30 phút".
	MinuteWords []string
	// TimeBefore are words that make the number after them a clock hour:
	// Italian "ore 14", "alle ore 14.30".
	TimeBefore []string
	// SpanBefore are words that make a number with a time word after it a
	// span of hours, not a clock time: Vietnamese "trong 24 giờ" (within
	// 24 hours) against "lúc 14 giờ" (at 14:00).
	SpanBefore []string
	// ClockBefore are words that make an hour with minutes after them
	// ("14.30", not "14") a clock time: Italian "alle 14.30", "dalle 9.30".
	// Alone they do not ("alle 5 regioni").
	ClockBefore []string
	// HourFollowers are the words that, after a ClockBefore word and an
	// hour without minutes, show that it is a time of day: Italian "alle
	// 20 di domenica", "dalle 19 in piazza", Spanish "a las 11 de la
	// mañana". A closed class (prepositions, articles, conjunctions):
	// any other word, a noun, makes the number a count ("alle 20
	// regioni"). Punctuation or the end of the text after the hour does
	// too ("alle 18, prima").
	HourFollowers []string
	// TimeGapWords make minutes and seconds written as a clock time a gap
	// in a race: English "2:23 down" is 2 min 23 s, not 02:23.
	TimeGapWords []string
	// HundredthsAfterSeconds: two digits after the seconds are their
	// hundredths, as Vietnamese sports reports write race times ("6 giây
	// 21" = 6.21 s, "15 phút 12 giây 48" = 15:12.48).
	HundredthsAfterSeconds bool
	// ScoreWords are the words of a clause about a match (win, defeat,
	// goals, Sieg, Toren): two small numbers joined by a hyphen or a colon
	// there are a score (scores.go).
	ScoreWords []string
	// HalfAfter are the words that add a half to the amount before them:
	// English "a minute and a half", "2 and a half hours", Vietnamese "một
	// tiếng rưỡi" (compound.go).
	HalfAfter []string
	// SpelledCompounds continue a spelled number inside one word, mapped to
	// the unit they give it ("" for none): German "jährig" in
	// "Fünfjähriger" (5 years), "köpfig" in "zwölfköpfige Besatzung" (12).
	SpelledCompounds map[string]string
	// CenturyWords are adjectives that name a century by its hundreds,
	// written as the stem before the ending, with the century: Italian
	// "cinquecentesc" (-o, -a, -hi, -he) is the 16th century, so
	// "affreschi cinquecenteschi" = "16th-century frescoes". Each reads as
	// the ordinal of the century.
	CenturyWords map[string]int
	// CenturyEndings are the endings CenturyWords take.
	CenturyEndings []string
	// DuringWords are qualifiers that, before a span of time, say when,
	// not how much: "€1.2 billion over five years", "über fünf Jahre
	// verteilt" (but "over 5 years old" stays more than 5).
	DuringWords []string
	// AgeWords after a span of time make it an age, where a DuringWord
	// before it keeps its qualifier: "over 5 years old".
	AgeWords []string
	// DecadeWords before a spelled tens from thirty to ninety make it a
	// decade of the 1900s: Spanish "los años noventa", Italian "gli anni
	// Novanta" (the 1990s). Twenty and ten are left: 1920s or 2020s.
	DecadeWords []string

	// FirstDay is how a long date writes day 1 where it is an ordinal:
	// French "1er septembre"; "" writes "1".
	FirstDay string
	// CurScaled maps an ISO code to the Format pattern after a scale word,
	// where it differs from CurFormat plus ScaleJoin: French "%s d’euros"
	// ("1,2 milliard d’euros", not "1,2 milliard de €").
	CurScaled map[string]string
	// ScaleOneBelow2 makes Format write the singular scale word for every
	// amount below 2: French "1,2 milliard", Portuguese "1,5 milhão".
	ScaleOneBelow2 bool

	// NotNumbers are fixed phrases that start with or hold a number word
	// but state no numeric fact: Dutch "één van de", "Tweede Kamer", "ten
	// eerste". The scanner skips them whole at a word start.
	NotNumbers []string

	// CompoundUnits are unit words read only when a hyphen joins them to
	// the number in a compound adjective: English "a 40-hour week", "a
	// 10-day trip", "a 1.5-degree target". Standing alone after a number
	// they are not units ("40,000 vehicles a day" is a rate).
	CompoundUnits map[string]string

	// DayAnd joins two days of one month; two days in a row so joined are
	// a range of dates ("16 and 17 August" = "16-17 August" = "16 y 17 de
	// agosto"); others stay a number and a date.
	DayAnd []string

	// RomanAfter are words after which a Roman numeral up to XII is an
	// ordinal, and "/" and four digits after it a year: Vietnamese "quý
	// I/2025" = "the first quarter of 2025", "quý IV năm 2024".
	RomanAfter []string

	// BelowZero after a temperature make it negative: Spanish "bajo
	// cero", Italian "sotto zero", German "unter null".
	BelowZero []string

	// PerSame joins a span to the same number, an idiom for "all the
	// time": Italian "24 ore su 24", French "24 heures sur 24", "7 jours sur
	// 7" (one span of 24 hours, as "24 hours a day").
	PerSame []string

	// AndAHalf after a quantity's unit add a half to it: Portuguese
	// "duas horas e meia" = 2.5 hours.
	AndAHalf []string

	// FractionLinks join a spelled fraction to the scale or unit it takes:
	// English "half a million", "a quarter of an hour".
	FractionLinks []string

	// CountedPlurals lets a MoneyOnly scale abbreviation glued to its
	// number count as a scale before a plural noun, as British news writes
	// it: "2m homes", "1.5m people" (2 million, not 2 metres). A plural is
	// a lower-case word ending in "s" of four letters or more, or one of
	// CountedPlurals.Irregular; Not lists the words that look plural but
	// are not counted things ("110m hurdles", "this"); Before lists the
	// words that may stand between ("2m new homes"). Apart from these the
	// abbreviation stays a unit ("a 2m wall", "2m high", "the 100m final").
	CountedPlurals *CountedPlurals

	// QualifierNotAfter lists, for a qualifier, the words that make it no
	// qualifier when one of them stands among the few words before it in the
	// same clause (clauseWords): Dutch "tot 15 millimeter" is up to 15, but
	// "steeg met 2,4 procent tot 438,8 miljoen ton" rose to 438.8 million.
	// The words are compared in lower case.
	QualifierNotAfter map[string][]string
	// QualifierNotJustAfter lists, for a qualifier, the words that make it
	// no qualifier when one stands right before it: German "eine Anleihe über
	// 250 Millionen" (of 250 million), "ein Kredit über 40 Millionen".
	QualifierNotJustAfter map[string][]string

	// ChangeVerbs are verbs of rising and falling. After one of them, in the
	// same clause, "from 40 to 50" is a change between two values, not a
	// range: German writes "stieg von 40 auf 50", two values, and an English
	// range against them would be an error.
	ChangeVerbs []string
	// ChangeFrom are the range prefixes ("from", "van", "de") that open such
	// a change; "between" never does ("fell to between 22 and 25 degrees").
	ChangeFrom []string
	// QualifierFigures are qualifiers that bound only an amount with a
	// unit, currency or percent sign: German "Böen bis 140 km/h" is up to
	// 140, "bis 2025" is until 2025.
	QualifierFigures []string
	// QualifiersAfter are qualifiers written after the number: Italian
	// "220 mila circa", French "20 000 environ", "25 au maximum".
	QualifiersAfter map[string]Qualifier
	// ComparedWith after a figure make the "more than" or "less than"
	// before it a comparison: Vietnamese "ít hơn 9,2% so với năm 2023" is
	// 9.2% less than in 2023, not "less than 9.2%".
	ComparedWith []string
	// RankBefore are nouns after which a number is a rank, an ordinal:
	// German "Platz vier" = "fourth place", "Rang 3" = "3rd".
	RankBefore []string
	// HourPrefixes are range prefixes that only hours of the clock take:
	// Italian "dalle 10 alle 18" (from 10:00 to 18:00), whatever follows.
	HourPrefixes []string
	// NamedTimes are words for a time of day, with its time ("midnight":
	// "24:00", "Mittag" is not one: it is also lunch). Midnight is written
	// 24:00 and compares equal to 00:00 ("bis 24 Uhr", "until midnight").
	NamedTimes map[string]string
	// MinusWords written before a number make it negative: "minus 20
	// Grad", "moins 5 degrés", "meno 5 gradi".
	MinusWords []string
	// ChangeTo are the words that join the two values of a change where
	// they differ from the range connector: German "von 3,1 auf 4,0
	// Prozent", Dutch "van 12 naar 15 euro".
	ChangeTo []string
	// ChangeBy are the words that give the size of a change ("by", "um",
	// "met"): after a verb of change, "went up by €24 to €398" is a change
	// and the new value, not a range from 24 to 398.
	ChangeBy []string

	// DecadeSuffixes written after the year that starts a decade make it
	// that decade, read as its first year: English "the 1990s", German
	// "die 1990er (Jahre)". The same year with or without the suffix agrees:
	// French writes "les années 1990".
	DecadeSuffixes []string
	// YearPrefixes joined to a year by a hyphen leave the year to read:
	// English "mid-2024", "pre-2020" (German writes "Mitte 2024").
	YearPrefixes []string
	// PeriodCodes are letters that, followed by one digit from 1 to 4, name
	// a quarter of a year, read as the ordinal of that quarter: "Q3" is the
	// third quarter ("im dritten Quartal"). Letters that also name other
	// things are left out: "H2" is hydrogen, "T3" a tram line or a terminal.
	PeriodCodes []string
	// OrdinalAsCount are words after which a spelled ordinal counts a share
	// and reads as a number: German "jeder fünfte Haushalt" is "one in five
	// households".
	OrdinalAsCount []string

	// filled by register
	tag                  language.Tag
	decimal, group       string
	scales, currencies   *lexicon
	curBefore, units     *lexicon
	percent, points      *lexicon
	permille, months     *lexicon
	qualifiers, rangeIn  *lexicon
	rangePre, timeWords  *lexicon
	ordSuffix, ordPrefix *lexicon
	dateJoin             *lexicon
	scaleJoin            *lexicon
	minuteWords          *lexicon
	timeBefore           *lexicon
	clockBefore          *lexicon
	spanBefore           *lexicon
	decadeWords          map[string]bool
	duringWords          map[string]bool
	spelledCompoundKeys  []string // longest first
	notNumbers           *lexicon
	compoundUnits        *lexicon
	// Scales, Currencies and Units by the id of their key in the lexicon
	scaleOf          []Scale
	currencyOf       []string
	unitOf           []string
	qualNotAfter     map[string]map[string]bool
	decadeSuffix     *lexicon
	yearPrefix       *lexicon
	periodCodes      map[string]bool
	changeVerbs      map[string]bool
	changeBy         map[string]bool
	romanAfter       map[string]bool
	minusWords       *lexicon
	namedTimes       *lexicon
	qualifierFigures map[string]bool
	qualNotJustAfter map[string]map[string]bool
	hourPairs        map[string]bool
	hourFollowers    map[string]bool
	scoreWords       map[string]bool
	rankBefore       map[string]bool
	qualifiersAfter  []string // QualifiersAfter's keys, longest first: one reading whatever the map's order
	suspendedConn    []string // the range pairs' closing words but DayAnd's, longest first
	changeFrom       map[string]bool
	ordinalAsCount   map[string]bool

	// wordStart[c], for a word that starts with the byte c, is the set of
	// second bytes after which monthFirstDate, prefixOrdinal, viDate or
	// the named-time and not-a-number lexicons may read something there
	// (nil: none may); dayFirst is the first rune of DayWord. See
	// mayStartWord.
	wordStart [256]*byteSet
	dayFirst  rune
	// wordTriples holds the three-byte starts of the words on which the
	// readers wordStart stands for may find something, for words of
	// ASCII letters (see spellStarts.triples).
	wordTriples *letterTriples
	// spell is the quick test of numbers/words for a spelled-out number,
	// built on first use, with its answers for words that start with two
	// ASCII letters (see spellPairs).
	spell      func() *words.Filter
	spellPairs func() *spellStarts
}

// wordSet makes a set of words, lower-cased when lower is set (for the
// words clauseHas compares in lower case).
func wordSet(words []string, lower bool) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		if lower {
			w = strings.ToLower(w)
		}
		set[w] = true
	}
	return set
}

// idioms are written with digits in every language but state no figure:
// "24/7" is "around the clock" ("rund um die Uhr", "jour et nuit").
var idioms = []string{"24/7",
	// names that hold a number but state no figure: the racing series in
	// every language ("Formula One" is "Fórmula 1"), a shop chain
	"Formula 1", "Formula One", "Fórmula 1", "Formel 1", "Formule 1", "Formula Uno", "7-Eleven",
}

var (
	registry   = map[string]*Locale{}
	regOrder   []string
	registerMu sync.Mutex
)

// register derives the locale's symbols from x/text and builds its
// lookup tables. It is called from the init of each lang_xx.go file.
func register(l *Locale) {
	registerMu.Lock()
	defer registerMu.Unlock()
	key := l.Lang
	if l.Region != "" {
		key += "-" + l.Region
	}
	l.tag = language.Make(key)
	l.decimal, l.group = probeSymbols(l.tag)
	scaleKeys, currencyKeys, unitKeys := keysOf(l.Scales), keysOf(l.Currencies), keysOf(l.Units)
	l.scales, l.scaleOf = newLexicon(scaleKeys), valuesOf(l.Scales, scaleKeys)
	l.currencies, l.currencyOf = newLexicon(currencyKeys), valuesOf(l.Currencies, currencyKeys)
	l.curBefore = newLexicon(keysOf(l.CurBefore))
	l.units, l.unitOf = newLexicon(unitKeys), valuesOf(l.Units, unitKeys)
	l.compoundUnits = newLexicon(keysOf(l.CompoundUnits))
	l.qualNotAfter = map[string]map[string]bool{}
	for q, ws := range l.QualifierNotAfter {
		l.qualNotAfter[q] = wordSet(ws, true)
	}
	l.percent = newLexicon(l.Percent)
	l.points = newLexicon(l.Points)
	l.permille = newLexicon(l.PerMille)
	l.months = newLexicon(keysOf(l.Months))
	l.qualifiers = newLexicon(keysOf(l.Qualifiers))
	l.rangeIn = newLexicon(l.RangeInfix)
	l.rangePre = newLexicon(keysOf(l.RangePairs))
	l.timeWords = newLexicon(keysOf(l.TimeWords))
	l.ordSuffix = newLexicon(l.OrdSuffixes)
	l.ordPrefix = newLexicon(l.OrdPrefixes)
	l.dateJoin = newLexicon(l.DateJoin)
	l.minuteWords = newLexicon(l.MinuteWords)
	l.timeBefore = newLexicon(l.TimeBefore)
	l.clockBefore = newLexicon(l.ClockBefore)
	l.spanBefore = newLexicon(l.SpanBefore)
	l.decadeWords = wordSet(l.DecadeWords, true)
	l.duringWords = wordSet(l.DuringWords, true)
	l.spelledCompoundKeys = keysOf(l.SpelledCompounds)
	sort.Slice(l.spelledCompoundKeys, func(a, b int) bool {
		ka, kb := l.spelledCompoundKeys[a], l.spelledCompoundKeys[b]
		if len(ka) != len(kb) {
			return len(ka) > len(kb)
		}
		return ka < kb
	})
	l.notNumbers = newLexicon(append(append([]string(nil), l.NotNumbers...), idioms...))
	l.decadeSuffix = newLexicon(l.DecadeSuffixes)
	l.yearPrefix = newLexicon(l.YearPrefixes)
	l.changeFrom = wordSet(l.ChangeFrom, false)
	l.changeBy = wordSet(l.ChangeBy, true)
	l.romanAfter = wordSet(l.RomanAfter, true)
	l.minusWords = newLexicon(l.MinusWords)
	l.namedTimes = newLexicon(keysOf(l.NamedTimes))
	l.qualifierFigures = wordSet(l.QualifierFigures, false)
	l.qualNotJustAfter = make(map[string]map[string]bool, len(l.QualifierNotJustAfter))
	for q, ws := range l.QualifierNotJustAfter {
		l.qualNotJustAfter[q] = wordSet(ws, true)
	}
	l.hourPairs = wordSet(l.HourPrefixes, true)
	l.hourFollowers = wordSet(l.HourFollowers, true)
	l.scoreWords = wordSet(l.ScoreWords, true)
	l.rankBefore = wordSet(l.RankBefore, true)
	l.suspendedConn = suspendedConnectors(l)
	l.qualifiersAfter = keysOf(l.QualifiersAfter)
	sort.Slice(l.qualifiersAfter, func(a, b int) bool {
		ka, kb := l.qualifiersAfter[a], l.qualifiersAfter[b]
		return len(ka) > len(kb) || len(ka) == len(kb) && ka < kb
	})
	l.changeVerbs = wordSet(l.ChangeVerbs, true)
	l.periodCodes = wordSet(l.PeriodCodes, false)
	l.ordinalAsCount = wordSet(l.OrdinalAsCount, true)
	l.scaleJoin = newLexicon(l.ScaleJoin)
	l.buildWordStart()
	registry[key] = l
	if l.Region != "" {
		return // a variant: Languages lists the base language once
	}
	regOrder = append(regOrder, l.Lang)
	sort.Strings(regOrder)
}

// valuesOf returns m's values in the order of keys, its keys: the value of
// a key a lexicon built from keys matches is valuesOf(m, keys)[e.id].
func valuesOf[V any](m map[string]V, keys []string) []V {
	out := make([]V, len(keys))
	for n, k := range keys {
		out[n] = m[k]
	}
	return out
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// probeSymbols formats a known number with x/text and reads the decimal
// and group symbols off the result (STYLE.md #7).
func probeSymbols(tag language.Tag) (decimal, group string) {
	s := message.NewPrinter(tag).Sprint(number.Decimal(1234567.5, number.MinFractionDigits(1)))
	var runs []string
	cur := strings.Builder{}
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if cur.Len() > 0 {
				runs = append(runs, cur.String())
				cur.Reset()
			}
			continue
		}
		cur.WriteRune(r)
	}
	if len(runs) < 2 {
		return ".", ","
	}
	return runs[len(runs)-1], runs[0]
}

// localeFor returns the table for tag's language, or nil: the regional
// variant when tag names its region exactly (pt-PT), else the base table.
func localeFor(tag language.Tag) *Locale {
	b, _ := tag.Base()
	if r, conf := tag.Region(); conf == language.Exact {
		if l := registry[b.String()+"-"+r.String()]; l != nil {
			return l
		}
	}
	return registry[b.String()]
}

// languages lists the registered languages, sorted by code.
func languages() []language.Tag {
	out := make([]language.Tag, 0, len(regOrder))
	for _, c := range regOrder {
		out = append(out, language.Make(c))
	}
	return out
}

// wordRuneAt reports whether a letter or digit starts at s[i] (i < len(s)).
func wordRuneAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	r, _ := decodeAt(s, i)
	return isWordRune(r)
}

// wordRuneBefore reports whether a letter or digit ends at s[:j] (j > 0).
func wordRuneBefore(s string, j int) bool {
	if c := s[j-1]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return isWordRune(r)
}

// lookupFold finds key k's value in m, trying the exact key first.
func lookupFold[V any](m map[string]V, k string) V {
	if v, ok := m[k]; ok {
		return v
	}
	for mk, v := range m {
		if foldable(mk) && strings.EqualFold(mk, k) {
			return v
		}
	}
	var zero V
	return zero
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	if r < wordRuneTableSize {
		return wordRuneTable[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordRuneTableSize covers the Latin, Greek, Cyrillic and Vietnamese
// letters (U+1EA0–U+1EF9) that news text is written in.
const wordRuneTableSize = 0x2000

// wordRuneTable has bit r set when rune r < wordRuneTableSize is a letter or
// a digit: isWordRune without the Unicode range tables.
var wordRuneTable = func() (t [wordRuneTableSize / 64]uint64) {
	for r := rune(0); r < wordRuneTableSize; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

// suspendedConnectors lists the words that close a range after a suspended
// hyphen ("60- to 64-year-olds"): every alternative of the RangePairs values,
// without the DayAnd words, which list two values ("four- and five-star",
// "vier- und fünfjährige"), longest first.
func suspendedConnectors(l *Locale) []string {
	set := map[string]bool{}
	for _, v := range l.RangePairs {
		for _, a := range strings.Split(v, "|") {
			if !slices.Contains(l.DayAnd, a) {
				set[a] = true
			}
		}
	}
	out := keysOf(set)
	sort.Slice(out, func(a, b int) bool {
		return len(out[a]) > len(out[b]) || len(out[a]) == len(out[b]) && out[a] < out[b]
	})
	return out
}
