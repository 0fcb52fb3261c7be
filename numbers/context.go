package numbers

import (
	"github.com/cockroachdb/apd/v3"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What stands around a number: the percent, scale, currency and unit words
// after it (also across the hyphen of a compound adjective), the "/person"
// it is counted per, and the qualifier before it.

// right reads what follows a number: an ordinal suffix, percent words, a
// scale word, a currency or a unit.
func (s *scanner) right(v *value) {
	loc, src := s.loc, s.src
	p := v.end
	if v.num() != nil && v.num().plain() {
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
	if e, w := loc.scales.matchKey(src, q); w > 0 {
		sc := loc.scaleOf[e.id]
		if !sc.MoneyOnly || s.currencyBefore(v.start) != "" || s.currencyAt(s.afterScaleJoin(s.spaces(q+w))) != "" ||
			q == p && s.countedPluralAt(q+w) {
			v.scale, v.scaleExp = s.orig[q:q+w], sc.Exp
			v.val.Exponent += int32(sc.Exp)
			if v.alt != nil {
				a := *v.alt
				a.Exponent += int32(sc.Exp)
				v.alt = s.arena.decimal(&a)
			}
			v.end = q + w
			s.compoundScale(v)
			q = s.gap(v.end)
			if _, w := loc.percent.match(src, q); w > 0 {
				v.kind, v.unit, v.end = Percent, "%", q+w
				return
			}
			q = s.afterScaleJoin(q)
		}
	}
	if e, w := loc.currencies.matchKey(src, q); w > 0 {
		v.kind, v.unit, v.end = Money, loc.currencyOf[e.id], q+w
		if strings.HasSuffix(e.k, ".") && v.scale == "" && v.num() != nil && v.num().plain() {
			// Swiss "3 fr. 35": francs, then the centimes
			if r := s.spaces(v.end); r > v.end && r+2 <= len(src) && isDigit(src[r]) && isDigit(src[r+1]) && (r+2 == len(src) || !isWordByte(src[r+2]) && src[r+2] != '.' && src[r+2] != ',') {
				c, _ := smallInt(src, r, 2)
				var cents, sum apd.Decimal
				cents.SetFinite(int64(c), -2)
				if _, err := decCtx.Add(&sum, &v.val, &cents); err == nil {
					v.val, v.end = sum, r+2
				}
			}
		}
		s.perSuffix(v)
		return
	}
	// a unit that starts a longer range connector yields to it ("t" of "t/m")
	if e, w := loc.units.matchKey(src, q); w > 0 && !s.longerRangeInAt(q, w) && !elided(src, q+w) && !s.yearWordAt(e.k, q+w) {
		v.kind, v.unit, v.end = Quantity, loc.unitOf[e.id], q+w
		s.andAHalf(v)
		v.end = s.perSameEnd(v.start, v.end)
		s.belowZero(v)
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

// elided reports an apostrophe at i: the word before it is an elided
// article or pronoun ("nel 2023 l'inflazione", "en 2023 l'État"), not a
// unit ("l" for litres).
func elided(src string, i int) bool {
	return i < len(src) && (src[i] == '\'' || strings.HasPrefix(src[i:], "’"))
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

// perSameEnd returns the end of a span that the table's PerSame word and
// the same number follow ("24 ore| su 24"), else end. start is where the
// number is written.
func (s *scanner) perSameEnd(start, end int) int {
	q := s.spaces(end)
	if q == end {
		return end
	}
	n, ne := smallInt(s.src, start, 3)
	if n < 0 {
		return end
	}
	w := wordIn(s.src, q, s.loc.PerSame)
	if w == 0 {
		return end
	}
	r := s.spaces(q + w)
	if m, me := smallInt(s.src, r, 3); r > q+w && m == n && me-r == ne-start && (me == len(s.src) || !isDigit(s.src[me])) {
		return me
	}
	return end
}

// belowZero reads one of the table's BelowZero after a temperature and
// makes it negative: Spanish "160 grados bajo cero" is -160 °C.
func (s *scanner) belowZero(v *value) {
	if v.unit != "°C" && v.unit != "°F" || v.val.Negative {
		return
	}
	q := s.spaces(v.end)
	if w := wordIn(s.src, q, s.loc.BelowZero); q > v.end && w > 0 {
		v.val.Negative, v.end = true, q+w
	}
}

// compoundScale reads a second count with its own scale right after a
// scaled one, as one number: Italian "58 milioni 934 mila" is 58,934,000
// (the smaller scale added), Mexican Spanish "291 mil 519 millones" is
// 291,519 million (thousands of the larger scale). The second count has one
// to three digits.
func (s *scanner) compoundScale(v *value) {
	src := s.src
	r := s.spaces(v.end)
	if r == v.end || r >= len(src) || !isDigit(src[r]) {
		return
	}
	n, e := smallInt(src, r, 3)
	if n < 0 || e-r > 3 || e < len(src) && (isDigit(src[e]) || src[e] == '.' || src[e] == ',') {
		return
	}
	q := s.spaces(e)
	k, w := s.loc.scales.match(src, q)
	if w == 0 && v.scaleExp == 3 && e-r == 3 {
		// "2 mil 650 pesos": the hundreds after the thousands
		var b, sum apd.Decimal
		b.SetInt64(int64(n))
		if _, err := decCtx.Add(&sum, &v.val, &b); err == nil {
			v.val, v.end = sum, e
			v.scale, v.scaleExp = "", 0
		}
		return
	}
	if q == e || w == 0 || s.loc.Scales[k].MoneyOnly {
		return
	}
	exp2 := s.loc.Scales[k].Exp
	var b, sum apd.Decimal
	switch {
	case exp2 < v.scaleExp && n < pow10int(v.scaleExp-exp2):
		// "58 milioni 934 mila": add the smaller part
		b.SetFinite(int64(n), int32(exp2))
		if _, err := decCtx.Add(&sum, &v.val, &b); err != nil {
			return
		}
		v.val = sum
	case v.scaleExp == 3 && exp2 > 3:
		// "291 mil 519 millones": (291 × 1000 + 519) millions
		b.SetFinite(int64(n), int32(exp2))
		v.val.Exponent += int32(exp2)
		if _, err := decCtx.Add(&sum, &v.val, &b); err != nil {
			return
		}
		v.val = sum
		v.scaleExp += exp2
	default:
		return
	}
	v.scale = s.orig[v.end-len(v.scale) : q+w]
	v.end = q + w
}

func pow10int(e int) int {
	p := 1
	for range e {
		p *= 10
	}
	return p
}

// half is 0.5, added by andAHalf.
var half = apd.New(5, -1)

// andAHalf reads one of the table's AndAHalf after a quantity's unit and
// adds a half: Portuguese "duas horas e meia" (2.5 h), Spanish "dos horas y
// media", Italian "due ore e mezza", French "deux heures et demie".
func (s *scanner) andAHalf(v *value) {
	if len(s.loc.AndAHalf) == 0 || v.val.Negative {
		return
	}
	q := s.spaces(v.end)
	if q == v.end {
		return
	}
	w := wordIn(s.src, q, s.loc.AndAHalf)
	if e := q + w; w == 0 || e < len(s.src) && s.src[e] == '-' { // not "e meia-noite"
		return
	}
	var sum apd.Decimal
	if _, err := decCtx.Add(&sum, &v.val, half); err == nil {
		v.val, v.end = sum, q+w
	}
}

// yearWordAt reports whether the unit k, ending at e, is the table's
// YearWord introducing a year: Vietnamese "cơn bão số 3 năm 2024" is storm
// number 3 of 2024, not 3 years.
func (s *scanner) yearWordAt(k string, e int) bool {
	if s.loc.YearWord == "" || k != s.loc.YearWord {
		return false
	}
	y, ye := s.yearAt(s.spaces(e))
	if y <= 0 || s.spaces(e) == e {
		return false
	}
	// "trong 3 năm 2021-2023" is three years, the range after them
	return ye >= len(s.src) || !(s.src[ye] == '-' || hasAt(s.src, ye, "–"))
}

// countedPluralAt reports whether a space and a counted plural noun follow
// p, perhaps after one of CountedPlurals.Before: what makes a glued "m"
// million ("2m homes", "2m new homes").
func (s *scanner) countedPluralAt(p int) bool {
	cp := s.loc.CountedPlurals
	if cp == nil {
		return false
	}
	for range 2 {
		if p >= len(s.src) || s.src[p] != ' ' {
			return false
		}
		w := lowerWordAt(s.src, p+1)
		switch {
		case w == "":
			return false
		case slices.Contains(cp.Irregular, w):
			return true
		case len(w) >= 4 && w[len(w)-1] == 's' && !slices.Contains(cp.Not, w):
			return true
		case !slices.Contains(cp.Before, w):
			return false
		}
		p += 1 + len(w)
	}
	return false
}

// lowerWordAt returns the word of lower-case ASCII letters at i, if one
// stands there whole, or "".
func lowerWordAt(src string, i int) string {
	j := i
	for j < len(src) && src[j] >= 'a' && src[j] <= 'z' {
		j++
	}
	if j == i || j < len(src) && (isWordByte(src[j]) || src[j] == '-') {
		return ""
	}
	return src[i:j]
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

// qualifierBefore returns the qualifier written just before start, and the
// new start of the fact.
func (s *scanner) qualifierBefore(start int) (Qualifier, int) {
	j := s.spacesBack(start)
	if j == start && start > 0 && s.src[start-1] != '\'' && !strings.HasSuffix(s.src[:start], "’") {
		return NoQualifier, start // glued to a word; an elided article may end a qualifier ("circa l'1%")
	}
	if k, at := s.loc.qualifiers.matchBefore(s.src, j); at >= 0 && at >= s.last {
		if s.comparison(k, at, start) {
			return NoQualifier, start // "10.2% more than a year earlier": a comparison, not a bound
		}
		if not := s.loc.qualNotJustAfter[strings.ToLower(k)]; not != nil && s.clauseHas(at, not, 1) {
			return NoQualifier, start // "eine Anleihe über 250 Millionen": of, not more than
		}
		if not := s.loc.qualNotAfter[k]; not != nil && (s.clauseHas(at, not, clauseWords) || s.commaBefore(at) && s.clauseHas(at, not, sentenceWords)) {
			// "steeg met 2,4 procent tot 438,8": rose to, not up to; after a
			// comma the verb may stand further back ("Las acciones cayeron un
			// 3,2 % en la Bolsa de Madrid el martes por la mañana, hasta 8,74")
			return NoQualifier, start
		}
		return s.loc.Qualifiers[k], at
	}
	return NoQualifier, start
}

// hasLower reports whether w, lower-cased, is in words, without allocating
// for an ASCII word (clauseHas runs for most numbers of a text, and the word
// before is often a capitalised German noun).
func hasLower(words map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return words[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return words[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return words[string(buf[:len(w)])] // no allocation: the compiler looks the bytes up directly
}

// comparison reports whether the qualifier k written at at compares the
// figure just before it with what follows ("10.2% more than a year
// earlier", "four more than Lewandowski", "a quarter less than three years
// ago") rather than bounding the number after it. The qualifier must be a
// lower-case "more than" or "less than" kind (a capital starts a
// sentence) right after an amount, a percentage or a quantity: a year or a
// range before it ("von 2019 bis 2024 mehr als 4.000") says nothing.
func (s *scanner) comparison(k string, at, start int) bool {
	if q := s.loc.Qualifiers[k]; q != MoreThan && q != LessThan {
		return false
	}
	if len(s.facts) == 0 || s.spacesBack(at) != s.last || !unicode.IsLower([]rune(k)[0]) {
		return false
	}
	if !strings.Contains(k, " ") {
		// a one-word "over", "below", "über" compares only with a year ("0.4
		// points below 2023"); before a count it bounds it ("zwei Stunden
		// über 3'200 Meldungen")
		if y, _ := s.yearAt(start); y <= 0 {
			return false
		}
	}
	switch s.facts[len(s.facts)-1].Kind {
	case Number, Percent, PercentPoint, PerMille, Quantity, Money:
		return true
	}
	return false
}

// clauseWords is how many words before a qualifier clauseHas looks at;
// sentenceWords how many when a comma stands just before the qualifier.
const (
	clauseWords   = 6
	sentenceWords = 30
)

// commaBefore reports whether a comma stands just before at (past spaces).
func (s *scanner) commaBefore(at int) bool {
	b := s.spacesBack(at)
	return b > 0 && b < at && s.src[b-1] == ','
}

// clauseHas reports whether one of the n words before i, in the same
// clause (no '.', ';', ':', '!' or '?' between), is in words (lower case).
func (s *scanner) clauseHas(i int, words map[string]bool, n int) bool {
	e := i
	for ; n > 0 && e > 0; n-- {
		// back over what separates words; stop at the end of a clause
		for e > 0 {
			r, w := lastRune(s.src, e)
			if isLetter(r) {
				break
			}
			if r == '.' || r == ';' || r == ':' || r == '!' || r == '?' {
				if !(e-w > 0 && e < len(s.src) && isDigit(s.src[e-w-1]) && isDigit(s.src[e])) {
					return false // not "67.420", "14:30": a point or colon inside a number
				}
			}
			e -= w
		}
		b := e
		for b > 0 {
			r, w := lastRune(s.src, b)
			if !isLetter(r) {
				break
			}
			b -= w
		}
		if hasLower(words, s.orig[b:e]) {
			return true
		}
		e = b
	}
	return false
}

// changeByTo reports whether v, starting at start, is the size of a change
// joined by a word to the new value: "went up by €24 to €398". A dash
// keeps a range ("reduced by 1.5-2% per year").
func (s *scanner) changeByTo(v *value, start int) bool {
	q := s.spaces(v.end)
	if q == v.end || q >= len(s.src) || s.src[q] == '-' || hasAt(s.src, q, "–") || hasAt(s.src, q, "—") {
		return false
	}
	// a connector word must follow ("to", "auf", "naar"), before the costlier
	// look back over the clause
	_, w := s.loc.rangeIn.match(s.src, q)
	if w == 0 && !s.changeToAt(q) {
		return false
	}
	// "by" right before, or before a qualifier ("fell by around €60 million to")
	if !s.clauseHas(start, s.loc.changeBy, 2) || !s.clauseHas(start, s.loc.changeVerbs, clauseWords+2) {
		return false
	}
	if w > 0 && v.unit == "" && v.scale == "" {
		// "cut exports by 5 to 8 percent": the unit written once after the
		// second end makes a range of the change, not a change and a value
		lo := *v
		var hi value
		if e := s.rangeEnd(&lo, "", false, &hi); e > 0 && hi.unit != "" {
			return false
		}
	}
	return true
}

// comparedWithAt reports whether one of the table's ComparedWith words is at
// q: after "ít hơn 9,2%" it makes a comparison, not a bound.
func (s *scanner) comparedWithAt(q int) bool { return wordIn(s.src, q, s.loc.ComparedWith) > 0 }

// changeToAt reports whether one of the table's ChangeTo words is at q.
func (s *scanner) changeToAt(q int) bool { return wordIn(s.src, q, s.loc.ChangeTo) > 0 }

// qualifierEndsAt reports whether a qualifier of the table ends at j: "au
// moins 5" is at least 5, not minus 5.
func (s *scanner) qualifierEndsAt(j int) bool {
	_, at := s.loc.qualifiers.matchBefore(s.src, j)
	return at >= 0
}

// digitAfter reports whether a digit is at i.
func digitAfter(s string, i int) bool { return i < len(s) && isDigit(s[i]) }

// asciiLettersAt returns the length of the run of ASCII letters at i.
func asciiLettersAt(s string, i int) int {
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	return j - i
}

// digitBefore reports whether a digit ends the text before i, across spaces:
// "2,000 minus 20" is arithmetic, not a negative 20.
func digitBefore(s string, i int) bool {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i > 0 && isDigit(s[i-1])
}
