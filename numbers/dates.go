package numbers

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cockroachdb/apd/v3"

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
	for k := i; k < j; k++ { // bytes, not runes: digitRun read ASCII digits
		v = v*10 + int(s[k]-'0')
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

// numeralGoesOn reports whether the digits ending at e continue as a
// numeral (more digits, or a separator and a digit).
func (s *scanner) numeralGoesOn(e int) bool {
	src := s.src
	return e < len(src) && (isDigit(src[e]) || (src[e] == '.' || src[e] == ',' || src[e] == '/') && e+1 < len(src) && isDigit(src[e+1]))
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
	n, src := v.num(), s.src
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
			f := Fact{Kind: Date, Offset: v.start}
			if y, ye := s.yearAt(s.skipJoin(e)); y > 0 {
				f.ISO = isoDate(y, m, d)
				e = ye
			} else {
				f.ISO = isoMonthDay(m, d)
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
	f := Fact{Kind: Date, Offset: i, End: e}
	if y, ye := s.yearAt(s.skipJoin(e)); y > 0 {
		f.ISO, f.End = isoDate(y, m, d), ye
	} else {
		f.ISO = isoMonthDay(m, d)
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
	f := Fact{Kind: Date, Offset: i, End: e2}
	r := s.spaces(e2)
	if l.YearWord != "" && strings.HasPrefix(src[r:], l.YearWord) {
		if y, ye := s.yearAt(s.spaces(r + len(l.YearWord))); y > 0 {
			f.ISO, f.End = isoDate(y, m, d), ye
		}
	}
	if f.ISO == "" {
		f.ISO = isoMonthDay(m, d)
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
	if re := s.dayWordNumericRange(i, d, m, e2); re > 0 {
		return re
	}
	s.emit(Fact{Kind: Date, Offset: i, End: e2, ISO: isoMonthDay(m, d)})
	return e2
}

// dayWordNumericRange reads the second end of "(từ) ngày 5/8 đến (ngày)
// 20/10" after the first, d/m ending at e, and emits the range of dates;
// it returns the end, or 0.
func (s *scanner) dayWordNumericRange(i, d, m, e int) int {
	src := s.src
	pre, preAt := s.rangePrefix(i)
	r := s.dateConn(e, pre)
	if r == 0 || r >= len(src) {
		return 0
	}
	if dw := s.loc.DayWord; dw != "" && hasWordAt(src, r, dw) {
		r = s.spaces(r + len(dw))
	}
	d2, e2 := smallInt(src, r, 2)
	if d2 < 1 || e2+1 >= len(src) || src[e2] != '/' || !isDigit(src[e2+1]) {
		return 0
	}
	m2, e3 := smallInt(src, e2+1, 2)
	if m2 < 1 || !validDate(d2, m2) || e3 < len(src) && (isDigit(src[e3]) || src[e3] == '/') {
		return 0
	}
	return s.emitDateRange(i, preAt, e3, [3]int{0, m, d}, [3]int{0, m2, d2})
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
	n, ok := scanNumeralIn(s.src, p, s.loc, &s.arena)
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
	if e := v.end + len("-point"); hasAt(s.src, v.end, "-point") && (e == len(s.src) || !isWordByte(s.src[e])) {
		v.kind, v.unit, v.end = PercentPoint, "pp", e // "a half-point cut", "a quarter-point"
		return
	}
	q := s.spaces(v.end)
	l := wordIn(s.src, q, s.loc.FractionLinks)
	if r := s.spaces(q + l); l > 0 && r > q+l {
		w := *v
		w.end = r
		s.right(&w)
		if w.unit != "" || w.scale != "" || w.kind != Number {
			*v = w
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

// ResolveDateOrder settles numeric dates whose day/month order a text
// leaves open ("11/08/2025": 11 August or 8 November) by the other numeric
// dates of the same document: when every date that can only be read one way
// ("11/22/2025" is month first) is read in one order, the open ones with the
// same separator take it. paras holds a document's facts by paragraph, as
// Extract returns them; facts are changed in place.
func ResolveDateOrder(paras [][]Fact) {
	var dmy, mdy [256]int // evidence per separator byte
	for _, facts := range paras {
		for i := range facts {
			if sep, order := dateOrderOf(&facts[i]); order != "" {
				if order == "DMY" {
					dmy[sep]++
				} else {
					mdy[sep]++
				}
			}
		}
	}
	for _, facts := range paras {
		for i := range facts {
			f := &facts[i]
			if f.Kind != Date || len(f.ISOChoices) != 2 {
				continue
			}
			sep := numericSep(f.Text)
			switch {
			case sep == 0:
			case dmy[sep] > 0 && mdy[sep] == 0:
				f.ISO, f.ISOChoices = f.ISOChoices[0], nil
			case mdy[sep] > 0 && dmy[sep] == 0:
				f.ISO, f.ISOChoices = f.ISOChoices[1], nil
			}
			if f.ISOChoices == nil {
				notes := f.Notes[:0:0]
				for _, n := range f.Notes {
					if !strings.HasPrefix(n, "day/month order unknown") {
						notes = append(notes, n)
					}
				}
				f.Notes = append(notes, "day/month order taken from the document's other dates")
			}
		}
	}
}

// numericSep returns the separator of a numeric date "11/08/2025" (its
// first non-digit byte), or 0.
func numericSep(text string) byte {
	i := 0
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	if i == 0 || i > 2 || i >= len(text) {
		return 0
	}
	if c := text[i]; c == '/' || c == '.' || c == '-' {
		return c
	}
	return 0
}

// dateOrderOf returns the separator and the order ("DMY" or "MDY") that a
// numeric date was read in when only that order is valid, else "".
func dateOrderOf(f *Fact) (byte, string) {
	if f.Kind != Date || f.ISO == "" || len(f.ISOChoices) > 0 || len(f.ISO) != 10 {
		return 0, ""
	}
	sep := numericSep(f.Text)
	if sep == 0 {
		return 0, ""
	}
	a, j := smallInt(f.Text, 0, 2)
	b, _ := smallInt(f.Text, j+1, 2)
	if a <= 0 || b <= 0 || a == b || a <= 12 && b <= 12 {
		return 0, "" // either order would do: no evidence
	}
	m, _ := smallInt(f.ISO, 5, 2)
	switch m {
	case b:
		return sep, "DMY"
	case a:
		return sep, "MDY"
	}
	return 0, ""
}
