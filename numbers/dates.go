package numbers

import (
	"fmt"
	"github.com/cockroachdb/apd/v3"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/numbers/words"
	"golang.org/x/text/language"
)

// This file reads dates, times, ordinals written with a dot or a prefix
// word, and spelled-out numbers.

// smallInt returns the value of a run of at most maxLen digits at s[i:],
// and its end, or -1.
func smallInt(s string, i, maxLen int) (int, int) {
	j := digitRun(s, i)
	if j == i || j-i > maxLen {
		return -1, i
	}
	v := 0
	for _, c := range s[i:j] {
		v = v*10 + int(c-'0')
	}
	return v, j
}

var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func validDate(d, m int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= monthDays[m] }

func isoDate(y, m, d int) string {
	var b [10]byte
	return string(pad2(pad2(pad4(b[:0], y), '-', m), '-', d))
}

// isoMonthDay writes "--08-05", isoYearMonth "2019-08" and isoTime "14:30".
func isoMonthDay(m, d int) string {
	var b [7]byte
	return string(pad2(pad2(append(b[:0], '-'), '-', m), '-', d))
}

func isoYearMonth(y, m int) string {
	var b [7]byte
	return string(pad2(pad4(b[:0], y), '-', m))
}

func isoTime(h, m int) string {
	var b [5]byte
	return string(pad2(pad2(b[:0], 0, h), ':', m))
}

// pad4 appends v in at least four digits, as %04d does.
func pad4(b []byte, v int) []byte {
	if v < 0 || v > 9999 {
		return fmt.Appendf(b, "%04d", v)
	}
	return append(b, byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
}

// pad2 appends sep (unless 0) and v in at least two digits, as %02d does.
func pad2(b []byte, sep byte, v int) []byte {
	if sep != 0 {
		b = append(b, sep)
	}
	if v < 0 || v > 99 {
		return fmt.Appendf(b, "%02d", v)
	}
	return append(b, byte('0'+v/10), byte('0'+v%10))
}

// dateOrder returns the order of numeric dates for the scanner's tag.
func (s *scanner) dateOrder() string {
	if s.loc.DateOrder != "" {
		return s.loc.DateOrder
	}
	if r, conf := s.tag.Region(); conf == language.Exact {
		if o := s.loc.RegionDateOrder[r.String()]; o != "" {
			return o
		}
	}
	return ""
}

// numericDate reads 05.08.2019, 5/8/2019 and 2019-08-05 at i.
func (s *scanner) numericDate(i int) int {
	src := s.src
	a, j := smallInt(src, i, 4)
	if a < 0 || j >= len(src) {
		return 0
	}
	sep := src[j]
	if sep != '.' && sep != '/' && sep != '-' {
		return 0
	}
	b, k := smallInt(src, j+1, 2)
	if b < 0 || k >= len(src) || src[k] != sep {
		return 0
	}
	yLen := 4
	if j-i == 4 {
		yLen = 2
	}
	c, e := smallInt(src, k+1, yLen)
	if c < 0 || e-(k+1) != yLen && !(j-i == 4 && e-(k+1) == 2) {
		return 0
	}
	if e < len(src) && (isDigit(src[e]) || (src[e] == sep || src[e] == '.' || src[e] == ',') && e+1 < len(src) && isDigit(src[e+1])) {
		return 0
	}
	f := Fact{Kind: Date, Offset: i, End: e}
	switch {
	case j-i == 4: // ISO 2019-08-05
		if sep != '-' || !validDate(c, b) {
			return 0
		}
		f.ISO = isoDate(a, b, c)
	case j-i > 2:
		return 0
	default:
		order := "DMY"
		if sep != '.' {
			order = s.dateOrder()
		}
		dmy, mdy := validDate(a, b), validDate(b, a)
		switch {
		case !dmy && !mdy:
			return 0
		case order == "DMY" || order == "" && !mdy:
			if !dmy {
				return 0
			}
			f.ISO = isoDate(c, b, a)
		case order == "MDY" || order == "" && !dmy:
			if !mdy {
				return 0
			}
			f.ISO = isoDate(c, a, b)
		case a == b:
			f.ISO = isoDate(c, a, b)
		default:
			f.ISOChoices = []string{isoDate(c, b, a), isoDate(c, a, b)}
			f.Notes = append(f.Notes, "day/month order unknown: "+f.ISOChoices[0]+" or "+f.ISOChoices[1])
		}
	}
	s.emit(f)
	return e
}

// clockTime reads 14:30 and 2:30 p.m. at i.
func (s *scanner) clockTime(i int) int {
	src := s.src
	h, j := smallInt(src, i, 2)
	if h < 0 || j+2 >= len(src) || src[j] != ':' {
		return 0
	}
	m, k := smallInt(src, j+1, 2)
	if m < 0 || k-(j+1) != 2 || h > 24 || m > 59 {
		return 0
	}
	if k < len(src) && src[k] == ':' {
		if _, k2 := smallInt(src, k+1, 2); k2-(k+1) == 2 {
			k = k2
		}
	}
	if k < len(src) && isDigit(src[k]) {
		return 0
	}
	end := k
	if add, e := s.timeWord(k); e > 0 && (h <= 12 || add == 0) {
		// "14:30 Uhr", "14:30 uur": a 24-hour time keeps its hour
		switch {
		case add == 12 && h < 12:
			h += 12
		case add == 0 && h == 12 && strings.Contains(strings.ToLower(src[k:e]), "a"):
			h = 0 // 12:30 a.m.
		}
		end = e
	}
	s.emit(Fact{Kind: Time, Offset: i, End: end, ISO: isoTime(h, m)})
	return end
}

// timeWord matches a word that makes a number a time ("Uhr", "p.m."),
// after optional spaces, returning the hours to add and its end.
func (s *scanner) timeWord(p int) (int, int) {
	q := s.spaces(p)
	if k, w := s.loc.timeWords.match(s.src, q); w > 0 {
		return s.loc.TimeWords[k], q + w
	}
	return 0, 0
}

// gluedTimeWord matches a time word written between hours and minutes
// without spaces ("14h30"), returning the hours to add and its end.
func (s *scanner) gluedTimeWord(p int) (int, int) {
	if p >= len(s.src) || !s.loc.timeWords.starts(s.src[p]) {
		return 0, 0 // no time word starts with this byte
	}
	for k, add := range s.loc.TimeWords {
		if hasAt(s.src, p, k) && p+len(k) < len(s.src) && isDigit(s.src[p+len(k)]) {
			return add, p + len(k)
		}
	}
	return 0, 0
}

// numeralGoesOn reports whether the digits ending at e continue as a
// numeral (more digits, or a separator and a digit).
func (s *scanner) numeralGoesOn(e int) bool {
	src := s.src
	return e < len(src) && (isDigit(src[e]) || (src[e] == '.' || src[e] == ',' || src[e] == '/') && e+1 < len(src) && isDigit(src[e+1]))
}

// timeWithWord reads "14 Uhr", "14.30 Uhr", "2 p.m." from a numeral.
func (s *scanner) timeWithWord(v *value) int {
	n := v.num
	if n == nil || len(n.runs) > 2 || len(n.runs) == 2 && (n.seps[0] != "." || len(n.runs[1]) != 2) || len(n.runs[0]) > 2 {
		return 0
	}
	add, e := s.timeWord(v.end)
	if e > 0 && len(n.runs) == 1 && len(s.loc.SpanBefore) > 0 {
		if _, at := s.loc.spanBefore.matchBefore(s.src, s.spacesBack(v.start)); at >= 0 && at >= s.last && s.spacesBack(v.start) < v.start {
			return 0 // "trong 24 giờ": 24 hours, read as a quantity
		}
	}
	glued := false
	if e == 0 && len(n.runs) == 1 {
		add, e = s.gluedTimeWord(v.end)
		glued = e > 0
	}
	start, prefixed := v.start, false
	if e == 0 {
		// a time word before: "ore 14", "alle ore 14.30"
		_, at := s.loc.timeBefore.matchBefore(s.src, s.spacesBack(v.start))
		if at < 0 && len(n.runs) == 2 { // "alle 14.30": hour and minutes after "alle"
			_, at = s.loc.clockBefore.matchBefore(s.src, s.spacesBack(v.start))
		}
		if at < 0 || at < s.last || s.spacesBack(v.start) == v.start {
			return 0
		}
		start, prefixed, e = at, true, v.end
	}
	h, _ := smallInt(n.runs[0], 0, 2)
	m := 0
	if len(n.runs) == 2 {
		m, _ = smallInt(n.runs[1], 0, 2)
	} else if add == 0 && !prefixed {
		// minutes after the hour word: "14h30", "14 h 30", "14 giờ 30 phút"
		q := e
		if !glued {
			q = s.spaces(e)
		}
		if mm, me := smallInt(s.src, q, 2); mm >= 0 && me-q == 2 && (glued || q > e) && !s.numeralGoesOn(me) {
			m, e = mm, me
			if _, w := s.loc.minuteWords.match(s.src, s.spaces(me)); w > 0 && s.spaces(me) > me {
				e = s.spaces(me) + w
			}
		} else if glued {
			return 0
		}
	}
	if add == 0 && !prefixed && s.minutesUnitAfter(e, len(n.runs) == 1 && m == 0) {
		return 0 // "4 h 23 min 12 s", "1 uur en 19 minuten": a duration, not a clock time
	}
	if h > 24 || m > 59 || h == 24 && m > 0 || add == 12 && h > 12 {
		return 0
	}
	if add == 12 && h < 12 {
		h += 12
	} else if add == 0 && h == 12 && strings.Contains(strings.ToLower(s.src[v.end:e]), "a.") {
		h = 0
	}
	s.emit(Fact{Kind: Time, Offset: start, End: e, ISO: isoTime(h, m)})
	return e
}

// hoursRange reads two clock hours joined as a range with the time word
// after the second only: German "von 8 bis 18 Uhr", "8.30–17 Uhr", British
// "between 5.15 and 9 a.m." (p.m. applies to both ends). They
// are two times, as English writes them ("8 a.m. to 6 p.m."), not a
// range of plain numbers. It emits both and returns the end, or 0.
func (s *scanner) hoursRange(v *value, pre string) int {
	n, src := v.num, s.src
	if n == nil || v.kind != Number || v.unit != "" || v.scale != "" || v.val.Negative || len(n.runs[0]) > 2 ||
		len(n.runs) > 2 || len(n.runs) == 2 && (n.seps[0] != "." && n.seps[0] != ":" || len(n.runs[1]) != 2) {
		return 0
	}
	h1, _ := smallInt(n.runs[0], 0, 2)
	m1 := 0
	if len(n.runs) == 2 {
		m1, _ = smallInt(n.runs[1], 0, 2)
	}
	r := s.dateConn(v.end, pre)
	if r == 0 || r >= len(src) || !isDigit(src[r]) {
		return 0
	}
	h2, e := smallInt(src, r, 2)
	m2 := 0
	if e+2 < len(src) && (src[e] == '.' || src[e] == ':') && isDigit(src[e+1]) && isDigit(src[e+2]) {
		m2, _ = smallInt(src, e+1, 2)
		e += 3
	}
	if e < len(src) && isDigit(src[e]) {
		return 0
	}
	add, te := s.timeWord(e)
	if te == 0 || h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59 || add == 12 && (h1 > 12 || h2 > 12) {
		return 0
	}
	if add == 12 { // "between 2 and 4 p.m."; "between 11 and 1 p.m." starts before noon
		if h1 < 12 && h1 <= h2 {
			h1 += 12
		}
		if h2 < 12 {
			h2 += 12
		}
	}
	if h1*60+m1 >= h2*60+m2 {
		return 0
	}
	s.emit(Fact{Kind: Time, Offset: v.start, End: v.end, ISO: isoTime(h1, m1)})
	s.emit(Fact{Kind: Time, Offset: r, End: te, ISO: isoTime(h2, m2)})
	return te
}

// minutesUnitAfter reports whether a unit of minutes follows p: right after
// it ("4 h 23| min"), or, when whole is set (an hour without minutes read
// yet), after a connector word and a number ("1 uur| en 19 minuten", "4
// h| 23 min"). Then the hour and its time word are a duration.
func (s *scanner) minutesUnitAfter(p int, whole bool) bool {
	isMin := func(q int) bool {
		k, w := s.loc.units.match(s.src, q)
		return w > 0 && s.loc.Units[k] == "min"
	}
	q := s.spaces(p)
	if q > p && isMin(q) {
		return true
	}
	if !whole || q == p {
		return false
	}
	for _, c := range s.loc.DayAnd { // "en", "et", "and": the word that joins the parts
		if hasWordAt(s.src, q, c) {
			q = s.spaces(q + len(c))
			break
		}
	}
	mm, me := smallInt(s.src, q, 2)
	if mm < 0 || me == q {
		return false
	}
	r := s.spaces(me)
	return r > me && isMin(r)
}

// skipJoin skips spaces, commas and date joining words ("de").
func (s *scanner) skipJoin(p int) int {
	for {
		q := s.spaces(p)
		if q < len(s.src) && s.src[q] == ',' {
			q = s.spaces(q + 1)
		}
		if _, w := s.loc.dateJoin.match(s.src, q); w > 0 {
			q = s.spaces(q + w)
		}
		if q == p {
			return p
		}
		p = q
	}
}

// yearAt reads a four-digit year at p that ends there.
func (s *scanner) yearAt(p int) (int, int) {
	if p >= len(s.src) || !isDigit(s.src[p]) {
		return -1, p
	}
	y, e := smallInt(s.src, p, 4)
	if y < 0 || e-p != 4 || e < len(s.src) && (s.src[e] == '.' || s.src[e] == ',') && e+1 < len(s.src) && isDigit(s.src[e+1]) {
		return -1, p
	}
	return y, e
}

// dayFirstDate reads "5. August 2019", "5 August 2019", "5 de agosto de
// 2019" and the German dotted ordinal "15. Konferenz".
func (s *scanner) dayFirstDate(v *value) int {
	n, src := v.num, s.src
	if n == nil || !n.plain() || v.val.Negative {
		return 0
	}
	p := v.end
	dot := p < len(src) && src[p] == '.'
	if dot {
		p++
	}
	d, _ := smallInt(n.runs[0], 0, 2)
	if d >= 1 && d <= 31 {
		mp := p
		if _, w := s.loc.ordSuffix.match(src, v.end); w > 0 {
			mp = v.end + w // "1er août", "5th August", "1.º de enero"
		}
		q := s.skipJoin(mp)
		if k, w := s.loc.months.match(src, q); w > 0 && q > mp && !s.monthIsYearWord(k, q+w) {
			m := s.loc.Months[k]
			if !validDate(d, m) {
				return 0
			}
			e := q + w
			f := Fact{Kind: Date, Offset: v.start, ISO: isoMonthDay(m, d)}
			if y, ye := s.yearAt(s.skipJoin(e)); y > 0 {
				f.ISO = isoDate(y, m, d)
				e = ye
			}
			f.End = e
			s.emit(f)
			return e
		}
	}
	if dot && s.loc.OrdDot && len(n.runs[0]) <= 3 && s.ordinalNounAt(p) {
		s.emit(Fact{Kind: Ordinal, Offset: v.start, End: p, Value: v.val})
		return p
	}
	return 0
}

// ordinalNounAt reports whether a capitalised noun that does not start a
// sentence follows p (after one space), as after German "15.".
func (s *scanner) ordinalNounAt(p int) bool {
	q := s.spaces(p)
	if q == p || q >= len(s.src) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.src[q:])
	if !unicode.IsUpper(r) {
		return false
	}
	return !s.loc.NotOrdinalAfter[s.src[q:s.wordEnd(q)]]
}

// monthFirstDate reads "August 5, 2019", "Aug. 5, 2019" and "August 2019".
func (s *scanner) monthFirstDate(i int) int {
	src := s.src
	k, w := s.loc.months.match(src, i)
	if w == 0 {
		return 0
	}
	m := s.loc.Months[k]
	p := i + w
	q := s.skipJoin(p)
	none := 0
	if strings.ContainsAny(k, "0123456789") {
		none = p // Vietnamese "tháng 8": a month, not the number 8
	}
	if q == p || q >= len(src) || !isDigit(src[q]) {
		return none
	}
	if y, e := s.yearAt(q); y > 0 {
		s.emit(Fact{Kind: Date, Offset: i, End: e, ISO: isoYearMonth(y, m)})
		return e
	}
	if !strings.HasPrefix(s.loc.DateFormat, "{m}") {
		return none
	}
	d, e := smallInt(src, q, 2)
	if d < 0 || !validDate(d, m) || e < len(src) && (isDigit(src[e]) || src[e] == '.' && e+1 < len(src) && isDigit(src[e+1])) {
		return 0
	}
	if _, sw := s.loc.ordSuffix.match(src, e); sw > 0 {
		e += sw
	}
	if re := s.monthFirstRange(i, m, d, e); re > 0 {
		return re // "March 3-5, 2025"
	}
	f := Fact{Kind: Date, Offset: i, End: e, ISO: isoMonthDay(m, d)}
	if y, ye := s.yearAt(s.skipJoin(e)); y > 0 {
		f.ISO, f.End = isoDate(y, m, d), ye
	}
	s.emit(f)
	return f.End
}

// viDate reads the Vietnamese "ngày 5 tháng 8 năm 2019" (any language
// whose table sets DayWord and MonthWord).
func (s *scanner) viDate(i int) int {
	l, src := s.loc, s.src
	if l.DayWord == "" || !hasWordAt(src, i, l.DayWord) && !lowerHasPrefix(src[i:min(len(src), i+len(l.DayWord))], l.DayWord) {
		return 0
	}
	p := s.spaces(i + len(l.DayWord))
	d, e := smallInt(src, p, 2)
	if d < 0 {
		return 0
	}
	if e+1 < len(src) && (src[e] == '/' || src[e] == '-') && isDigit(src[e+1]) {
		return s.dayWordNumeric(i, d, e)
	}
	if re := s.dateRange(i, d, e); re > 0 {
		return re // "ngày 3 đến ngày 5 tháng 3"
	}
	q := s.spaces(e)
	if !strings.HasPrefix(src[q:], l.MonthWord) {
		return 0
	}
	q = s.spaces(q + len(l.MonthWord))
	m, e2 := smallInt(src, q, 2)
	if m < 0 || !validDate(d, m) {
		return 0
	}
	f := Fact{Kind: Date, Offset: i, End: e2, ISO: isoMonthDay(m, d)}
	r := s.spaces(e2)
	if l.YearWord != "" && strings.HasPrefix(src[r:], l.YearWord) {
		if y, ye := s.yearAt(s.spaces(r + len(l.YearWord))); y > 0 {
			f.ISO, f.End = isoDate(y, m, d), ye
		}
	}
	s.emit(f)
	return f.End
}

// dayWordNumeric reads the rest of "ngày 30/4" and "ngày 5/8/2019" (a
// numeric day/month after the language's DayWord, whose year may be left
// out); d is the day, its separator is at e. A day/month/year date is left
// to numericDate, so the fact starts at the day.
func (s *scanner) dayWordNumeric(i, d, e int) int {
	src := s.src
	m, e2 := smallInt(src, e+1, 2)
	if m < 0 || !validDate(d, m) {
		return 0
	}
	if e2 < len(src) && src[e2] == src[e] && e2+1 < len(src) && isDigit(src[e2+1]) {
		return 0 // with a year: numericDate reads it in the language's order
	}
	if e2 < len(src) && (isDigit(src[e2]) || src[e2] == '/') {
		return 0
	}
	s.emit(Fact{Kind: Date, Offset: i, End: e2, ISO: isoMonthDay(m, d)})
	return e2
}

// prefixOrdinal reads an ordinal written with a word before the digits
// (Vietnamese "thứ 15").
func (s *scanner) prefixOrdinal(i int) int {
	_, w := s.loc.ordPrefix.match(s.src, i)
	if w == 0 {
		return 0
	}
	p := s.spaces(i + w)
	if p == i+w || p >= len(s.src) || !isDigit(s.src[p]) {
		return 0
	}
	n, ok := scanNumeralIn(s.src, p, s.loc, &s.strs)
	if !ok || !n.plain() {
		return 0
	}
	s.emit(Fact{Kind: Ordinal, Offset: i, End: n.end, Value: n.val})
	return n.end
}

// spelled reads a spelled-out number at i with numbers/words.
func (s *scanner) spelled(i int) (value, bool) {
	r, ok := words.Match(s.loc.Lang, s.src[i:])
	if !ok || r.Len <= 0 || i+r.Len > len(s.src) {
		return value{}, false
	}
	v := value{start: i, end: i + r.Len, val: r.Value, spelled: true, weak: r.Weak, kind: Number}
	switch r.Kind {
	case words.Ordinal:
		v.kind = Ordinal
	case words.Multiplier, words.Collective:
		v.weak = true
	}
	return v, true
}

// spelledDecade reads "años noventa" as the year 1990 (the first of the
// decade, as "the 1990s" reads) and returns the end; else 0.
func (s *scanner) spelledDecade(v *value) int {
	if len(s.loc.decadeWords) == 0 || v.kind != Number || !s.clauseHas(v.start, s.loc.decadeWords, 1) {
		return 0
	}
	tens, err := v.val.Int64()
	if err != nil || tens < 30 || tens > 90 || tens%10 != 0 {
		return 0
	}
	var y apd.Decimal
	y.SetInt64(1900 + tens)
	s.emit(Fact{Kind: Year, Offset: v.start, End: v.end, Value: y, Spelled: true})
	return v.end
}

var decimalOne = apd.New(1, 0)

// fractionOf reads the scale or unit that a spelled fraction takes
// through one of the table's FractionLinks: "half a million" (500,000),
// "half a percentage point" (0.5 pp), "a quarter of an hour" (0.25 h).
// Without it "a million" was read as a second figure.
func (s *scanner) fractionOf(v *value) {
	if len(s.loc.FractionLinks) == 0 || v.kind != Number || v.unit != "" || v.scale != "" || v.val.Negative || v.val.Cmp(decimalOne) >= 0 {
		return
	}
	q := s.spaces(v.end)
	for _, l := range s.loc.FractionLinks {
		if hasWordAt(s.src, q, l) {
			if r := s.spaces(q + len(l)); r > q+len(l) {
				w := *v
				w.end = r
				s.right(&w)
				if w.unit != "" || w.scale != "" || w.kind != Number {
					*v = w
				}
			}
			return
		}
	}
}

// spelledAt handles a spelled-out number at a word start.
func (s *scanner) spelledAt(i int) int {
	v, ok := s.spelled(i)
	if !ok {
		return 0
	}
	if y := s.spelledDecade(&v); y > 0 {
		return y
	}
	if v.kind == Ordinal && len(s.loc.ordinalAsCount) > 0 && s.clauseHas(i, s.loc.ordinalAsCount, 1) {
		v.kind = Number // "jeder fünfte Haushalt": one in five
	}
	if v.kind != Ordinal {
		s.right(&v)
		s.fractionOf(&v)
	}
	if e := s.finish(&v); e > v.start {
		return e
	}
	return v.end
}
