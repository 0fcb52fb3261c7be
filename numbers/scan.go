package numbers

import (
	"strings"

	"unicode/utf8"

	"github.com/cockroachdb/apd/v3"
	"github.com/tally-qa/tally/numbers/words"
	"golang.org/x/text/language"
)

// scanner walks a paragraph once, in the manner of go/scanner: it finds
// the start of a digit run or a word, reads the core number there, and
// then looks right (scale, unit, currency, range) and left (qualifier,
// currency symbol) by small table lookups.
type scanner struct {
	src   string // the text with URLs and e-mail addresses blanked
	orig  string // the text as given, for Fact.Text
	loc   *Locale
	tag   language.Tag
	facts []Fact
	last  int           // end of the last fact: no fact may start before it
	spell *words.Filter // quick test for a spelled-out number at a word start
	pairs *spellStarts  // its first test on the raw bytes
	arena arena         // digit runs and separators of the call's numerals, values of facts
}

// value is a number being read, with what was found around it.
type value struct {
	start, end int
	val        apd.Decimal
	alt        *apd.Decimal
	altGrouped bool
	grouped    bool
	digits     numeralDigits // of a number written in digits (see num)
	kind       Kind
	unit       string
	scale      string
	scaleExp   int
	qual       Qualifier
	spelled    bool
	weak       bool
	notes      []string
	per        string // "person/year" after "VND/"
}

// num returns the digit runs and separators of a number written in
// digits, and nil for a spelled one.
func (v *value) num() *numeralDigits {
	if v.digits.runs == nil {
		return nil
	}
	return &v.digits
}

func extract(text string, tag language.Tag) []Fact {
	loc := localeForScan(tag)
	if loc == nil {
		loc = english
	}
	s := newScanner(text, loc, tag)
	s.run()
	s.mergeCompounds()
	return s.result()
}

func (s *scanner) run() {
	src := s.src
	for i := 0; i < len(src); {
		c := src[i]
		if isDigit(c) {
			i = s.numberAt(i)
			continue
		}
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				i = s.wordAt(i)
			} else {
				i++
			}
			continue
		}
		r, w := decodeAt(src, i)
		if isLetter(r) {
			i = s.wordAt(i)
			continue
		}
		i += w
	}
}

// emit appends f unless it overlaps the previous fact.
func (s *scanner) emit(f Fact) {
	if f.Offset < s.last || f.End <= f.Offset || f.End > len(s.orig) {
		return
	}
	f.Text = s.orig[f.Offset:f.End]
	f.Lang = s.loc.Lang
	s.facts = append(s.facts, f)
	s.last = f.End
}

// tokenEnd returns the end of the code-like token starting at i: letters and
// digits joined by - / . _ when another letter or digit follows.
func (s *scanner) tokenEnd(i int) (end int, letters, digits bool) {
	src := s.src
	j := i
	for j < len(src) {
		// ASCII is read here, without decoding a rune: the token of most
		// numbers is digits and ASCII separators
		c := src[j]
		r := rune(c)
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			letters = true
			j++
			continue
		case c >= '0' && c <= '9':
			digits = true
			j++
			continue
		case c >= utf8.RuneSelf:
			var w int
			if r, w = decodeAt(src, j); isWordRune(r) {
				letters = true // other scripts' digits count as letters, as in wordRun
				j += w
				continue
			}
		}
		if (r == '-' || r == '/' || r == '.' || r == '_') && j+1 < len(src) {
			nr, _ := utf8.DecodeRuneInString(src[j+1:])
			if isWordRune(nr) {
				j++
				continue
			}
		}
		break
	}
	return j, letters, digits
}

// wordAt handles a word starting at i: a code such as "QL18", a date that
// starts with a month name, or a spelled-out number.
func (s *scanner) wordAt(i int) int {
	we, digits := s.wordRun(i)
	end := we
	if we+1 < len(s.src) && isJoiner(s.src[we]) {
		end, _, digits = s.tokenEnd(i) // "QL-18", "e-mail"
	} else if !digits && s.plainWord(i) {
		return we // most words of prose: nothing below reads them
	}
	if i > 0 && (isWordByte(s.src[i-1]) || s.src[i-1] == '_') && wordRuneBefore(s.src, i) { // the byte test first: a call is saved at most words
		return end // inside a word
	}
	// Vietnamese only; romanPeriod reads nothing at a word that does not
	// start with I, V or X, and most words are turned away on that byte
	// before the locale's map is looked at
	if c := s.src[i]; (c == 'I' || c == 'V' || c == 'X') && len(s.loc.romanAfter) > 0 {
		if e := s.romanPeriod(i, end); e > 0 {
			return e
		}
	}
	if digits {
		if j := lowerWordSlash(s.src, i, end); j > 0 {
			return j // "nam/100 nữ" (males per 100 females): a word, then the number
		}
		if e := s.prefixedYear(i, end); e > 0 {
			return e
		}
		if e := s.periodCode(i, end); e > 0 {
			return e
		}
		s.emit(Fact{Kind: Code, Offset: i, End: codeEnd(s.src, i, end)})
		return end
	}
	// most words are none of what follows: each reader runs only where its
	// quick test (wordstart.go) lets it
	tables, spell := s.tableWordAt(i), s.maySpell(i)
	if tables {
		if e := s.monthFirstDate(i); e > 0 {
			return e
		}
		if k, w := s.loc.namedTimes.match(s.src, i); w > 0 && (i+w == len(s.src) || !isWordByte(s.src[i+w])) {
			s.emit(Fact{Kind: Time, Offset: i, End: i + w, ISO: s.loc.NamedTimes[k]})
			return i + w // "midnight", "minuit"
		}
		if _, w := s.loc.notNumbers.match(s.src, i); w > 0 {
			return i + w // "één van de", "Tweede Kamer": no fact
		}
	}
	if spell {
		if e := s.spelledAt(i); e > 0 {
			return e
		}
		if e := s.spelledCompound(i, we); e > 0 {
			return e
		}
		if e := s.centuryWord(i, we); e > 0 {
			return e
		}
	}
	if tables {
		if e := s.viDate(i); e > 0 {
			return e
		}
		if e := s.prefixOrdinal(i); e > 0 {
			return e
		}
	}
	return we // skip the rest of the word
}

// wordEnd returns the end of the run of letters and digits starting at i.
func (s *scanner) wordEnd(i int) int {
	for i < len(s.src) {
		r, w := decodeAt(s.src, i)
		if !isWordRune(r) {
			break
		}
		i += w
	}
	return i
}

// numberAt handles a token starting with the digit at i.
func (s *scanner) numberAt(i int) int {
	src := s.src
	// most figures are none of what the readers dateOrTime guards read
	dateOrTime := dateOrTimeAt(src, i)
	if dateOrTime {
		if e := s.raceTime(i); e > 0 {
			return e // 9"86, 14'12"48, 14:12.48, "2:23 down"
		}
	}
	end, letters, _ := s.tokenEnd(i)
	// phone numbers: +84 203 3825 123
	if i > 0 && src[i-1] == '+' && (i == 1 || !isWordByte(src[i-2])) {
		j, digits := i, 0
		for j < len(src) && (isDigit(src[j]) || (src[j] == ' ' || src[j] == '-' || src[j] == '(' || src[j] == ')') && j+1 < len(src) && isDigit(src[j+1])) {
			if isDigit(src[j]) {
				digits++
			}
			j++
		}
		// a phone number has many digits; "(+8%)", "+11,2 %" are signed figures
		if digits >= 6 {
			s.emit(Fact{Kind: Code, Offset: i - 1, End: j})
			return j
		}
	}
	if _, w := s.loc.notNumbers.match(src, i); w > 0 {
		return i + w // "24/7": no figure
	}
	if dateOrTime {
		if e := s.numericDateRange(i); e > 0 {
			return e
		}
		if e := s.scorePair(i); e > 0 {
			return e // "a 3-1 win", "mit 4:2 Siegen"
		}
		if e := s.slashDateRange(i); e > 0 {
			return e
		}
		if e := s.numericDate(i); e > 0 {
			return e
		}
		if e := s.clockTime(i); e > 0 {
			return e
		}
	}
	n, ok := scanNumeralIn(src, i, s.loc, &s.arena)
	if !ok {
		// "1.2.3": a version or reference
		s.emit(Fact{Kind: Code, Offset: i, End: end})
		return end
	}
	if e := s.seasonSlash(i, end); e > 0 {
		return e
	}
	decade := s.decadeEnd(n, end)
	perUnit := ""
	if end > n.end && decade == 0 && src[n.end] == '/' && s.currencyBefore(i) != "" {
		// "€80/MWh", "$80/bbl": an amount per unit, not a code
		if w := asciiLettersAt(src, n.end+1); w > 0 && n.end+1+w == end {
			perUnit, end = src[n.end+1:end], n.end
		}
	}
	if e := s.slashPair(i, n.end, end); e > 0 {
		return e
	}
	if end > n.end && decade == 0 && !s.suffixOK(n, end, letters) {
		s.emit(Fact{Kind: Code, Offset: i, End: codeEnd(src, i, end)})
		return end
	}
	if len(n.runs[0]) > 1 && n.runs[0][0] == '0' && n.plain() && !s.figureWordAt(n.end) {
		s.emit(Fact{Kind: Code, Offset: i, End: n.end}) // 0203: a code, not a count
		return n.end
	}
	v := value{start: i, end: n.end, val: n.val, alt: n.alt, altGrouped: n.altGrouped, grouped: n.grouped, digits: n.numeralDigits, kind: Number}
	if decade > 0 {
		v.end = decade // "the 1990s", "die 1990er": the decade's first year
		return s.finish(&v)
	}
	if n.note != "" {
		v.notes = append(v.notes, n.note)
	}
	if perUnit != "" {
		v.per, v.end = perUnit, n.end+1+len(perUnit)
	}
	// a minus sign written just before
	if k, at := s.loc.minusWords.matchBefore(src, s.spacesBack(i)); at >= 0 && at >= s.last && s.spacesBack(i) < i && !digitBefore(src, at) && k != "" && !s.qualifierEndsAt(s.spacesBack(i)) {
		// "minus 20 Grad", "moins 5 degrés" (not "2,000 minus 20")
		v.start = at
		v.val.Negative = true
	} else if i >= 2 && src[i-1] == '-' && s.currencyBefore(i-1) != "" {
		v.start-- // "€-112 million": finish finds the symbol before the sign
		v.val.Negative = true
	} else if i >= 4 && (src[i-3:i] == "−" || src[i-3:i] == "–") && s.currencyBefore(i-3) != "" {
		v.start -= 3 // "€−38 million"
		v.val.Negative = true
	} else if i > 0 && (src[i-1] == '-') && (i == 1 || src[i-2] == ' ' || src[i-2] == '(') {
		v.start--
		v.val.Negative = true
	} else if i >= 3 && (src[i-3:i] == "−" || src[i-3:i] == "–") && (i == 3 || src[i-4] == ' ' || src[i-4] == '(') {
		// U+2212, or an en dash glued to the digits as typesetters write a
		// minus ("(–2.3%)"); a spaced dash ("2026 – 0.2") is no sign
		v.start -= 3
		v.val.Negative = true
	}
	if e := s.dayFirstRange(&v); e > 0 {
		return e
	}
	if e := s.dayFirstDate(&v); e > 0 {
		return e
	}
	if e := s.timeWithWord(&v); e > 0 {
		return e
	}
	s.right(&v)
	return s.finish(&v)
}

// decadeEnd returns the end of a decade suffix after the year n ("1990s",
// "1990er", "1990er-Jahre"), or 0. The year is four plain digits ending
// in 0, and the suffix ends the token or starts a compound.
func (s *scanner) decadeEnd(n numeral, end int) int {
	if !n.plain() || len(n.runs[0]) != 4 || n.runs[0][3] != '0' {
		return 0
	}
	_, w := s.loc.decadeSuffix.match(s.src, n.end)
	if w == 0 {
		return 0
	}
	e := n.end + w
	if e == end || s.src[e] == '-' && compoundTail(s.src[e+1:end]) {
		return e
	}
	return 0
}

// timeUnits are the units of a span of time.
var timeUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true, "h": true, "min": true}

// spanWord reports whether src[i:j] is one word and the spaces after it.
func (s *scanner) spanWord(i, j int) bool {
	return !strings.ContainsAny(strings.TrimSpace(s.src[i:j]), " \u00a0")
}

// ageAfter reports one of the table's AgeWords right after a span ("5
// years old", "5 Jahre alt"): then "over 5 years" is more than 5.
func (s *scanner) ageAfter(end int) bool {
	q := s.spaces(end)
	for _, w := range s.loc.AgeWords {
		if hasWordAt(s.src, q, w) {
			return true
		}
	}
	return false
}

// codeEnd trims from the code src[i:end] the head nouns a compound adds
// after it: German "Covid-19-Pandemie" and "G7-Gipfel" name "Covid-19" and
// "G7", as the English "Covid-19 pandemic" and "G7 summit" do. A trailing
// part is a head noun when it is letters only with a lower-case letter;
// the code keeps at least its part with a digit.
func codeEnd(src string, i, end int) int {
	for {
		h := strings.LastIndexByte(src[i:end], '-')
		if h <= 0 {
			return end
		}
		head := src[i+h+1 : end]
		if !compoundTail(head) {
			return end
		}
		rest := src[i : i+h]
		if strings.IndexFunc(rest, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
			return end
		}
		end = i + h
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// suffixOK reports whether the letters glued to a numeral ("15th", "5km",
// "10k") are a known suffix rather than part of a code ("3G", "17-NQ").
func (s *scanner) suffixOK(n numeral, end int, letters bool) bool {
	p := n.end
	if !letters {
		// digits joined by - or /: a range "2019-2024" is fine, "45/2023" is a code
		return s.src[p] == '-' && end-p > 1 && isDigit(s.src[p+1])
	}
	if _, e := s.gluedTimeWord(p); e > 0 && digitRun(s.src, e) == end {
		return true // "14h30"
	}
	if s.hyphenUnit(p) == end {
		return true // "a 181-kilometre stage"
	}
	if s.src[p] == '-' && compoundTail(s.src[p+1:end]) {
		return true // "die 5-Prozent-Hürde", "a 10-point plan": right() reads what it knows
	}
	for _, lx := range []*lexicon{s.loc.ordSuffix, s.loc.units, s.loc.scales, s.loc.percent, s.loc.timeWords, s.loc.currencies} {
		if _, w := lx.match(s.src, p); w > 0 {
			if p+w == end || p+w < len(s.src) && s.src[p+w] == '-' { // a multi-word unit may end the text: "0metros cuadrados"
				return true
			}
		}
	}
	return false
}

// spaces returns the end of a run of at most one space-like separator or
// blanks starting at i.
func (s *scanner) spaces(i int) int {
	for i < len(s.src) {
		if w := spaceSep(s.src, i); w > 0 && s.src[i] != '\'' && !(w == 3 && s.src[i+2] == 0x99) {
			i += w
			continue
		}
		if s.src[i] == '\t' {
			i++
			continue
		}
		break
	}
	return i
}

// spacesBack returns the start of the run of spaces ending at j.
func (s *scanner) spacesBack(j int) int {
	for j > 0 {
		switch {
		case s.src[j-1] == ' ' || s.src[j-1] == '\t':
			j--
		case j >= 2 && s.src[j-2:j] == "\u00a0":
			j -= 2
		case j >= 3 && (s.src[j-3:j] == "\u202f" || s.src[j-3:j] == "\u2009"):
			j -= 3
		default:
			return j
		}
	}
	return j
}

// finish looks for a range and for words before the number, then emits.
func (s *scanner) finish(v *value) int {
	loc, src := s.loc, s.src
	start := v.start
	// currency symbol before: "$5", "US$ 4 billion"
	if v.kind == Number {
		j := s.spacesBack(start)
		if k, at := loc.curBefore.matchBefore(src, j); at >= 0 && at >= s.last && start-j <= 3 {
			v.kind, v.unit = Money, loc.CurBefore[k]
			start = at
			// "-€112 million", "–$5": the sign before the symbol
			for _, m := range []string{"-", "–", "−"} {
				if b := at - len(m); b >= s.last && hasAt(src, b, m) && (b == 0 || src[b-1] == ' ' || src[b-1] == '(') {
					v.val.Negative, start = true, b
					break
				}
			}
		}
	}
	if v.weak && v.scale == "" && v.unit == "" {
		return v.end // "one of the", "ein Mann": not a number here
	}
	if v.weak && v.scale == "" && v.kind == Money {
		if q := s.spaces(v.end); q < len(src) && isDigit(src[q]) || q == v.end && v.end < len(src) && isDigit(src[v.end]) {
			// "under a €57 million scheme": the article, then the
			// amount with its currency symbol
			return s.wordEnd(v.start)
		}
	}
	// a range prefix: "between", "zwischen", "from", "von"
	var hi value // the high end of a range, read by rangeEnd
	pre, preAt := "", -1
	if k, at := loc.rangePre.matchBefore(src, s.spacesBack(start)); at >= 0 && at >= s.last {
		pre, preAt = k, at
	}
	if e := s.hoursRange(v, pre); e > 0 {
		return e
	}
	// most numbers have no range prefix: the map is not looked at for ""
	// (no table has an empty ChangeFrom word; TestTablesNoEmptyWords)
	if pre != "" && loc.changeFrom[pre] && (s.clauseHas(preAt, loc.changeVerbs, clauseWords) || s.changeToAt(s.spaces(v.end))) {
		// "rose from 40 to 50": two values, as "stieg von 40 auf 50"; the
		// first takes the unit and scale written once after the second
		// ("passa da 3,70 a 5 euro", "from 3 to 5 million")
		if lo := *v; v.kind == Number && v.unit == "" && v.scale == "" {
			if e := s.rangeEnd(&lo, pre, true, &hi); e > 0 {
				*v = lo
			}
		}
		pre, preAt = "", -1
	} else if pre == "" && s.changeByTo(v, start) {
		// "went up by €24 to €398": the change, then the new value; "um 5
		// auf 260 Euro" takes the unit written once
		if lo := *v; v.kind == Number && v.unit == "" && v.scale == "" {
			if e := s.rangeEnd(&lo, "", true, &hi); e > 0 {
				*v = lo
			}
		}
	} else if e := s.rangeEnd(v, pre, false, &hi); e > 0 {
		f := Fact{Kind: Range, Offset: start, End: e, Unit: v.unit, Scale: v.scale, ScaleExp: v.scaleExp}
		if preAt >= 0 {
			f.Offset = preAt
		}
		f.Value = v.val
		f.Low = s.arena.decimal(&v.val)
		f.High = s.arena.decimal(&hi.val)
		f.Notes = append(v.notes, hi.notes...)
		f.Qualifier, f.Offset = s.qualifierBefore(f.Offset)
		if v.unit == "" {
			f.Unit = hi.unit
		}
		f.Per = v.per
		if f.Per == "" {
			f.Per = hi.per
		}
		s.emit(f)
		return e
	}
	f := Fact{Kind: v.kind, Offset: start, End: v.end, Value: v.val, Alt: v.alt, Unit: v.unit,
		Scale: v.scale, ScaleExp: v.scaleExp, Spelled: v.spelled, Notes: v.notes, Per: v.per}
	if f.Kind == Number && f.Unit == "" && f.Scale == "" && len(loc.rankBefore) > 0 && s.spacesBack(start) < start && s.clauseHas(start, loc.rankBefore, 1) {
		f.Kind = Ordinal // "auf Platz vier", "Rang 3"
	}
	if f.Kind == Ordinal && !v.spelled && len(loc.ordinalAsCount) > 0 && s.clauseHas(start, loc.ordinalAsCount, 1) {
		f.Kind = Number // Portuguese "artigo 69.º" = "Article 69"
	}
	bare := f.Offset
	f.Qualifier, f.Offset = s.qualifierBefore(f.Offset)
	if f.Qualifier == NoQualifier {
		// Italian "220 mila circa", French "20 000 environ": the qualifier after
		if q := s.spaces(f.End); q > f.End {
			// not when a word or number follows, which it may qualify
			// instead ("220 mila circa la metà")
			for _, k := range s.loc.qualifiersAfter {
				if hasWordAt(s.src, q, k) {
					if e := q + len(k); !s.wordFollows(e) && !digitAfter(s.src, s.spaces(e)) {
						f.Qualifier, f.End = s.loc.QualifiersAfter[k], e
					}
					break
				}
			}
		}
	}
	if (f.Qualifier == MoreThan || f.Qualifier == LessThan) && s.comparedWithAt(s.spaces(f.End)) {
		f.Qualifier, f.Offset = NoQualifier, bare // "ít hơn 9,2% so với năm 2023": 9.2% less than in 2023
	}
	if f.Qualifier != NoQualifier && s.loc.qualifierFigures[strings.TrimSpace(s.orig[f.Offset:bare])] &&
		f.Kind != Quantity && f.Kind != Money && f.Kind != Percent && f.Kind != PercentPoint {
		f.Qualifier, f.Offset = NoQualifier, bare // "bis 2025" is until, "bis 140 km/h" up to
	}
	if f.Qualifier != NoQualifier && s.spanWord(f.Offset, bare) && s.loc.duringWords[strings.ToLower(strings.TrimSpace(s.orig[f.Offset:bare]))] &&
		f.Kind == Quantity && timeUnits[f.Unit] && !s.ageAfter(v.end) {
		f.Qualifier, f.Offset = NoQualifier, bare // "€1.2 billion over five years": during, not more than
	}
	if f.Kind == Number && !v.spelled && v.num() != nil && v.num().plain() && len(v.num().runs[0]) == 4 &&
		(f.Qualifier == NoQualifier || f.Qualifier == UpTo) && !f.Value.Negative {
		if y, err := f.Value.Int64(); err == nil && y >= 1000 && y <= 2100 {
			// "hasta 2024", "até 2024", "fino al 2024": until a year, not up to a count
			f.Kind, f.Qualifier, f.Offset = Year, NoQualifier, bare
		}
	}
	if f.Kind == Ordinal {
		f.Unit = ""
	}
	s.emit(f)
	return v.end
}
