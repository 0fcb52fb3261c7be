package numbers

import (
	"strings"
	"unicode"
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
	strs  strArena      // digit runs and separators of the call's numerals
	nums  []numeral     // the call's numerals (see keepNumeral)
}

// value is a number being read, with what was found around it.
type value struct {
	start, end int
	val        apd.Decimal
	alt        *apd.Decimal
	altGrouped bool
	grouped    bool
	num        *numeral // nil for spelled numbers
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

func extract(text string, tag language.Tag) []Fact {
	loc := localeForScan(tag)
	if loc == nil {
		loc = english
	}
	s := newScanner(text, loc, tag)
	s.run()
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
		r, w := utf8.DecodeRuneInString(src[i:])
		if unicode.IsLetter(r) {
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
		if c := src[j]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			letters = true
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(src[j:])
		if isWordRune(r) {
			if r >= '0' && r <= '9' {
				digits = true
			} else {
				letters = true
			}
			j += w
			continue
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
	}
	if i > 0 && wordRuneBefore(s.src, i) {
		return end // inside a word
	}
	if digits {
		s.emit(Fact{Kind: Code, Offset: i, End: end})
		return end
	}
	// most words are none of what follows: each reader runs only where its
	// quick test (wordstart.go) lets it
	tables, spell := s.tableWordAt(i), s.spell.MayStart(s.src[i:])
	if tables {
		if e := s.monthFirstDate(i); e > 0 {
			return e
		}
		if _, w := s.loc.notNumbers.match(s.src, i); w > 0 {
			return i + w // "één van de", "Tweede Kamer": no fact
		}
	}
	if spell {
		if e := s.spelledAt(i); e > 0 {
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
		r, w := utf8.DecodeRuneInString(s.src[i:])
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
	end, letters, _ := s.tokenEnd(i)
	// phone numbers: +84 203 3825 123
	if i > 0 && src[i-1] == '+' && (i == 1 || !isWordByte(src[i-2])) {
		j := i
		for j < len(src) && (isDigit(src[j]) || (src[j] == ' ' || src[j] == '-' || src[j] == '(' || src[j] == ')') && j+1 < len(src) && isDigit(src[j+1])) {
			j++
		}
		s.emit(Fact{Kind: Code, Offset: i - 1, End: j})
		return j
	}
	if e := s.numericDate(i, end); e > 0 {
		return e
	}
	if e := s.clockTime(i); e > 0 {
		return e
	}
	n, ok := scanNumeralIn(src, i, s.loc, &s.strs)
	if !ok {
		// "1.2.3": a version or reference
		s.emit(Fact{Kind: Code, Offset: i, End: end})
		return end
	}
	if end > n.end && !s.suffixOK(n, end, letters) {
		s.emit(Fact{Kind: Code, Offset: i, End: end})
		return end
	}
	if len(n.runs[0]) > 1 && n.runs[0][0] == '0' && n.plain() {
		s.emit(Fact{Kind: Code, Offset: i, End: n.end}) // 0203: a code, not a count
		return n.end
	}
	v := value{start: i, end: n.end, val: n.val, alt: n.alt, altGrouped: n.altGrouped, grouped: n.grouped, num: s.keepNumeral(&n), kind: Number}
	if n.note != "" {
		v.notes = append(v.notes, n.note)
	}
	// a minus sign written just before
	if i > 0 && (src[i-1] == '-') && (i == 1 || src[i-2] == ' ' || src[i-2] == '(') {
		v.start--
		v.val.Negative = true
	} else if i >= 3 && src[i-3:i] == "−" && (i == 3 || src[i-4] == ' ' || src[i-4] == '(') {
		v.start -= 3
		v.val.Negative = true
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

// right reads what follows a number: an ordinal suffix, percent words, a
// scale word, a currency or a unit.
func (s *scanner) right(v *value) {
	loc, src := s.loc, s.src
	p := v.end
	if v.num != nil && v.num.plain() {
		// an ordinal sign that starts a unit ("°" of "30°C") yields to it
		if _, w := loc.ordSuffix.match(src, p); w > 0 && !s.longerUnitAt(p, w) {
			v.kind = Ordinal
			v.end = p + w
			return
		}
	}
	q := s.gap(p)
	if _, w := loc.points.match(src, q); w > 0 {
		v.kind, v.unit, v.end = PercentPoint, "pp", q+w
		return
	}
	if _, w := loc.percent.match(src, q); w > 0 {
		v.kind, v.unit, v.end = Percent, "%", q+w
		return
	}
	if _, w := loc.permille.match(src, q); w > 0 {
		v.kind, v.unit, v.end = PerMille, "‰", q+w
		return
	}
	if k, w := loc.scales.match(src, q); w > 0 {
		sc := loc.Scales[k]
		if !sc.MoneyOnly || s.currencyBefore(v.start) != "" || s.currencyAt(s.afterScaleJoin(s.spaces(q+w))) != "" {
			v.scale, v.scaleExp = s.orig[q:q+w], sc.Exp
			v.val.Exponent += int32(sc.Exp)
			if v.alt != nil {
				a := *v.alt
				a.Exponent += int32(sc.Exp)
				v.alt = &a
			}
			v.end = q + w
			q = s.gap(v.end)
			if _, w := loc.percent.match(src, q); w > 0 {
				v.kind, v.unit, v.end = Percent, "%", q+w
				return
			}
			q = s.afterScaleJoin(q)
		}
	}
	if k, w := loc.currencies.match(src, q); w > 0 {
		v.kind, v.unit, v.end = Money, loc.Currencies[k], q+w
		s.perSuffix(v)
		return
	}
	// a unit that starts a longer range connector yields to it ("t" of "t/m")
	if k, w := loc.units.match(src, q); w > 0 && !s.longerRangeInAt(q, w) {
		v.kind, v.unit, v.end = Quantity, loc.Units[k], q+w
		s.perSuffix(v)
		return
	}
	if k, w := loc.compoundUnits.match(src, q); w > 0 && q == p+1 && src[p] == '-' && v.scale == "" {
		v.kind, v.unit, v.end = Quantity, loc.CompoundUnits[k], q+w // "a 40-hour week"
		return
	}
	if e := s.hyphenUnit(p); e > 0 && v.scale == "" {
		k, _ := loc.units.match(src, p+1)
		v.kind, v.unit, v.end = Quantity, loc.Units[k], e
	}
}

// gap returns where the word after a number starts: past the spaces at p,
// or past a hyphen that joins the number to a word in a compound ("die
// 5-Prozent-Hürde", "ein 100-Millionen-Euro-Paket", "a 40-hour week").
func (s *scanner) gap(p int) int {
	if p+1 < len(s.src) && s.src[p] == '-' {
		if r, _ := utf8.DecodeRuneInString(s.src[p+1:]); unicode.IsLetter(r) {
			return p + 1
		}
	}
	return s.spaces(p)
}

// compoundTail reports whether t, what follows "5-" in one token, is the
// rest of a compound word ("Prozent-Hürde", "point", "jährige"): runs of
// letters joined by single hyphens, the first with a lower-case letter. A
// code ("NQ/TU", "MAX", "CP") has a slash, a digit or capitals only.
func compoundTail(t string) bool {
	if t == "" || t[0] == '-' || t[len(t)-1] == '-' {
		return false
	}
	lower := false
	first := true
	for _, r := range t {
		switch {
		case r == '-':
			first = false
		case unicode.IsLetter(r):
			if first && unicode.IsLower(r) {
				lower = true
			}
		default:
			return false
		}
	}
	return lower && !strings.Contains(t, "--")
}

// hyphenUnit returns the end of a unit word joined to a number by a hyphen
// at p, in a compound adjective ("a 181-kilometre stage", "a 12-km
// route"), when the unit ends the token; else 0.
func (s *scanner) hyphenUnit(p int) int {
	if p+1 >= len(s.src) || s.src[p] != '-' {
		return 0
	}
	if c := s.src[p+1]; isDigit(c) || c == '-' {
		return 0
	}
	_, w := s.loc.units.match(s.src, p+1)
	if w == 0 {
		return 0
	}
	e := p + 1 + w
	if r, _ := utf8.DecodeRuneInString(s.src[e:]); e < len(s.src) && (isWordRune(r) || r == '-') {
		return 0
	}
	return e
}

// longerUnitAt reports whether a unit longer than w bytes is written at p.
func (s *scanner) longerUnitAt(p, w int) bool {
	_, uw := s.loc.units.match(s.src, p)
	return uw > w
}

// longerRangeInAt reports whether a range connector longer than w bytes is
// written at p (Dutch "t/m" against the unit "t").
func (s *scanner) longerRangeInAt(p, w int) bool {
	_, rw := s.loc.rangeIn.match(s.src, p)
	return rw > w
}

// afterScaleJoin skips a word joining a scale word to its currency or unit
// ("millones de dólares") when a currency or unit follows it; otherwise it
// returns q.
func (s *scanner) afterScaleJoin(q int) int {
	_, w := s.loc.scaleJoin.match(s.src, q)
	if w == 0 {
		return q
	}
	r := s.spaces(q + w)
	if _, cw := s.loc.currencies.match(s.src, r); cw > 0 {
		return r
	}
	if _, uw := s.loc.units.match(s.src, r); uw > 0 {
		return r
	}
	return q
}

// perSuffix records a "/person/year" after a unit in value.per, without
// taking it into the value or the text. It is not a remark on how the
// figure is written, so it is not a note (notes make an agreeing fact a
// style finding).
func (s *scanner) perSuffix(v *value) {
	j := v.end
	for j < len(s.src) && s.src[j] == '/' {
		k := j + 1
		for k < len(s.src) {
			r, w := utf8.DecodeRuneInString(s.src[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += w
		}
		if k == j+1 {
			break
		}
		j = k
	}
	if j > v.end {
		v.per = s.orig[v.end+1 : j]
	}
}

// currencyAt returns the currency code written at i, or "".
func (s *scanner) currencyAt(i int) string {
	if k, w := s.loc.currencies.match(s.src, i); w > 0 {
		return s.loc.Currencies[k]
	}
	return ""
}

// currencyBefore returns the currency code of a symbol or code written just
// before position i ("$5", "USD 5"), or "".
func (s *scanner) currencyBefore(i int) string {
	j := s.spacesBack(i)
	if i-j > 3 {
		return ""
	}
	if k, at := s.loc.curBefore.matchBefore(s.src, j); at >= 0 && at >= s.last {
		return s.loc.CurBefore[k]
	}
	return ""
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
		}
	}
	if v.weak && v.scale == "" && v.unit == "" {
		return v.end // "one of the", "ein Mann": not a number here
	}
	// a range prefix: "between", "zwischen", "from", "von"
	pre, preAt := "", -1
	if k, at := loc.rangePre.matchBefore(src, s.spacesBack(start)); at >= 0 && at >= s.last {
		pre, preAt = k, at
	}
	if hi, e := s.rangeEnd(v, pre); e > 0 {
		f := Fact{Kind: Range, Offset: start, End: e, Unit: v.unit, Scale: v.scale, ScaleExp: v.scaleExp}
		if preAt >= 0 {
			f.Offset = preAt
		}
		lo := v.val
		f.Value = lo
		f.Low = &lo
		h := hi.val
		f.High = &h
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
	bare := f.Offset
	f.Qualifier, f.Offset = s.qualifierBefore(f.Offset)
	if f.Kind == Number && !v.spelled && v.num != nil && v.num.plain() && len(v.num.runs[0]) == 4 &&
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

// qualifierBefore returns the qualifier written just before start, and the
// new start of the fact.
func (s *scanner) qualifierBefore(start int) (Qualifier, int) {
	j := s.spacesBack(start)
	if j == start && start > 0 {
		return NoQualifier, start
	}
	if k, at := s.loc.qualifiers.matchBefore(s.src, j); at >= 0 && at >= s.last {
		if not := s.loc.qualNotAfter[k]; not != nil && s.clauseHas(at, not) {
			return NoQualifier, start // "steeg met 2,4 procent tot 438,8": rose to, not up to
		}
		return s.loc.Qualifiers[k], at
	}
	return NoQualifier, start
}

// clauseWords is how many words before a qualifier clauseHas looks at.
const clauseWords = 6

// clauseHas reports whether one of the clauseWords words before i, in the
// same clause (no '.', ';', ':' or '!' between), is in words (lower case).
func (s *scanner) clauseHas(i int, words map[string]bool) bool {
	e := i
	for n := 0; n < clauseWords && e > 0; n++ {
		// back over what separates words; stop at the end of a clause
		for e > 0 {
			r, w := utf8.DecodeLastRuneInString(s.src[:e])
			if unicode.IsLetter(r) {
				break
			}
			if r == '.' || r == ';' || r == ':' || r == '!' || r == '?' {
				return false
			}
			e -= w
		}
		b := e
		for b > 0 {
			r, w := utf8.DecodeLastRuneInString(s.src[:b])
			if !unicode.IsLetter(r) {
				break
			}
			b -= w
		}
		if words[strings.ToLower(s.orig[b:e])] {
			return true
		}
		e = b
	}
	return false
}

func hasAt(s string, i int, t string) bool { return len(s)-i >= len(t) && s[i:i+len(t)] == t }

// hasWordAt reports whether the word w is at s[i:], followed by a boundary.
func hasWordAt(s string, i int, w string) bool {
	if len(s)-i < len(w) || !equalFoldASCII(s[i:i+len(w)], w) {
		return false
	}
	if i+len(w) < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i+len(w):])
		return !isWordRune(r)
	}
	return true
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if foldLower(a[i]) != foldLower(b[i]) {
			return false
		}
	}
	return true
}

func foldLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}
