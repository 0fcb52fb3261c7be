package numbers

import (
	"strconv"
	"strings"
)

// Ranges of dates: "March 3-5, 2025", "from March 3 to 5, 2025", "3 to 5
// March 2025", "vom 3. bis 5. März 2025", "du 3 au 5 mars 2025", "từ ngày 3
// đến ngày 5 tháng 3 năm 2025", and across months "March 30 to April 2",
// "du 30 mars au 2 avril". Each is one Fact of Kind Range whose ISO is the
// ISO 8601 interval of its two days ("2025-03-03/2025-03-05"; without a
// year "--03-03/--03-05"); Low and High are nil. A year written once at the
// end belongs to both days.

// isDateRange reports whether f is a range of dates.
func isDateRange(f *Fact) bool { return f.Kind == Range && f.ISO != "" }

// dateRange is Fact.DateRange.
func dateRange(f *Fact) (from, to string, ok bool) {
	if !isDateRange(f) {
		return "", "", false
	}
	return strings.Cut(f.ISO, "/")
}

// rangePrefix returns the range prefix ("from", "du", "van") written just
// before start, and where it starts, or "" and -1.
func (s *scanner) rangePrefix(start int) (string, int) {
	if k, at := s.loc.rangePre.matchBefore(s.src, s.spacesBack(start)); at >= 0 && at >= s.last && s.spacesBack(start) < start {
		return k, at
	}
	return "", -1
}

// dateConn reads the connector between the two ends of a range of dates
// after the first end, which stops at p, and returns where the second end
// starts, or 0: a dash or an en dash, a connector word of the table, or
// the word that pre (a range prefix) calls for ("du … au", "between … and").
func (s *scanner) dateConn(p int, pre string) int {
	loc, src := s.loc, s.src
	q := s.spaces(p)
	switch {
	case p+1 < len(src) && src[p] == '-' && isDigit(src[p+1]):
		return p + 1
	case hasAt(src, q, "–") || hasAt(src, q, "—"):
		return s.spaces(q + 3)
	case q > p && q < len(src) && src[q] == '-':
		if r := s.spaces(q + 1); r > q+1 {
			return r
		}
		return 0
	case q == p:
		return 0
	}
	conn := ""
	if pre != "" {
		conn = lookupFold(loc.RangePairs, pre)
	}
	w := 0
	if k, kw := loc.rangeIn.match(src, q); kw > 0 && isWordRune(rune(k[0])) && (conn == "" || connFits(conn, k)) {
		w = kw
	} else {
		w = connWordAt(src, q, conn)
	}
	if w == 0 {
		return 0
	}
	if r := s.spaces(q + w); r > q+w {
		return r
	}
	return 0
}

// dayAt reads a day of the month at r, after the table's DayWord if it has
// one ("ngày 5"), with its German dot or ordinal suffix ("5.", "5th"),
// and returns the day and the end, or 0.
func (s *scanner) dayAt(r int) (int, int) {
	src := s.src
	if dw := s.loc.DayWord; dw != "" && hasWordAt(src, r, dw) {
		r = s.spaces(r + len(dw))
	}
	d, e := smallInt(src, r, 2)
	if d < 1 || d > 31 || s.numeralGoesOn(e) || e+1 < len(src) && src[e] == ':' && isDigit(src[e+1]) {
		// "7:30" is a time; "to 7: a downhill" ends a range of days
		return 0, 0
	}
	return d, s.afterDay(e)
}

// afterDay returns the end of a day number that stops at e, past a German
// dot ("5.") or an ordinal suffix ("5th", "1er", "1º") when one follows.
func (s *scanner) afterDay(e int) int {
	if s.loc.OrdDot && e < len(s.src) && s.src[e] == '.' {
		return e + 1
	}
	if _, w := s.loc.ordSuffix.match(s.src, e); w > 0 {
		return e + w
	}
	return e
}

// monthYearAt reads the month written after a day that ends at p, and the
// year after it if any ("March 2025", "de marzo de 2025", "tháng 3 năm
// 2025"): the month, the year (0 when none) and the end, or 0.
func (s *scanner) monthYearAt(p int) (m, y, end int) {
	q := s.skipJoin(p)
	k, w := s.loc.months.match(s.src, q)
	if w == 0 || q == p || s.monthIsYearWord(k, q+w) {
		return 0, 0, 0
	}
	m, end = s.loc.Months[k], q+w
	if yy, ye := s.yearAt(s.skipJoin(end)); yy > 0 {
		y, end = yy, ye
	}
	return m, y, end
}

// monthIsYearWord reports whether the month k, ending at e, is Vietnamese
// "tháng năm" (May) read across "tháng" (months) and the YearWord of a
// year right after: "9 tháng năm 2025" is nine months of 2025 ("9 May
// 2025" writes "9 tháng năm năm 2025" or "9 tháng 5 năm 2025").
func (s *scanner) monthIsYearWord(k string, e int) bool {
	yw := s.loc.YearWord
	if yw == "" || !strings.HasSuffix(k, " "+yw) {
		return false
	}
	y, _ := s.yearAt(s.spaces(e))
	return y > 0 && s.spaces(e) > e
}

// dayFirstRange reads a range of dates that starts with the day v:
// "3-5 March 2025", "du 3 au 5 mars", "vom 3. bis 5. März", "30 March to 2
// April". It emits the range and returns its end, or 0.
func (s *scanner) dayFirstRange(v *value) int {
	n := v.num()
	if n == nil || !n.plain() || v.val.Negative || len(n.runs[0]) > 2 {
		return 0
	}
	d1, _ := smallInt(n.runs[0], 0, 2)
	return s.dateRange(v.start, d1, s.afterDay(v.end))
}

// dateRange reads the rest of a range of dates whose first day d1 ends at
// p; start is where that day is written (its DayWord included). It emits
// the range and returns its end, or 0.
func (s *scanner) dateRange(start, d1, p int) int {
	if d1 < 1 || d1 > 31 {
		return 0
	}
	pre, preAt := s.rangePrefix(start)
	r, pair := s.dateConn(p, pre), false
	if r == 0 {
		// two days in a row joined by "and": "16 and 17 August", "16 y 17
		// de agosto", as "16-17 August"
		q := s.spaces(p)
		if w := wordIn(s.src, q, s.loc.DayAnd); q > p && w > 0 {
			if r2 := s.spaces(q + w); r2 > q+w {
				r, pair = r2, true
			}
		}
	}
	if r > 0 {
		// one month: "3-5 March 2025"
		d2, e := s.dayAt(r)
		if d2 <= d1 || pair && d2 != d1+1 {
			return 0
		}
		m, y, end := s.monthYearAt(e)
		if m == 0 || !validDate(d2, m) {
			return 0
		}
		return s.emitDateRange(start, preAt, end, [3]int{y, m, d1}, [3]int{y, m, d2})
	}
	// across months: "du 30 mars au 2 avril", "30 March 2024 to 2 April 2025"
	m1, y1, e1 := s.monthYearAt(p)
	if m1 == 0 || !validDate(d1, m1) {
		return 0
	}
	r = s.dateConn(e1, pre)
	if r == 0 {
		return 0
	}
	d2, e := s.dayAt(r)
	if d2 == 0 {
		return 0
	}
	m2, y2, end := s.monthYearAt(e)
	if m2 == 0 || !validDate(d2, m2) {
		return 0
	}
	return s.emitDateRange(start, preAt, end, [3]int{y1, m1, d1}, [3]int{y2, m2, d2})
}

// monthFirstRange reads the rest of a range of dates that starts with a
// month name and a day ("March 3-5, 2025", "from March 3 to 5", "March 30
// to April 2, 2025"): start is where the month is written, m and d1 the
// first day, p where it ends. It emits the range and returns its end, or 0.
func (s *scanner) monthFirstRange(start, m, d1, p int) int {
	src := s.src
	pre, preAt := s.rangePrefix(start)
	y1 := 0
	r := s.dateConn(p, pre)
	if r == 0 {
		// a year on each day: "December 30, 2024 to January 2, 2025"
		y, ye := s.yearAt(s.skipJoin(p))
		if y <= 0 {
			return 0
		}
		if r = s.dateConn(ye, pre); r == 0 {
			return 0
		}
		y1 = y
	}
	y2, m2, d2, e := 0, m, 0, 0
	if k, w := s.loc.months.match(src, r); w > 0 {
		// across months: "to April 2"
		m2 = s.loc.Months[k]
		q := s.skipJoin(r + w)
		if q == r+w {
			return 0
		}
		d2, e = s.dayAt(q)
		if d2 == 0 || !validDate(d2, m2) {
			return 0
		}
	} else {
		d2, e = s.dayAt(r)
		if d2 <= d1 || !validDate(d2, m) || s.figureWordAt(e) {
			return 0 // "from March 3 to 5 percent" is no range of dates
		}
	}
	if y, ye := s.yearAt(s.skipJoin(e)); y > 0 {
		y2, e = y, ye
	}
	return s.emitDateRange(start, preAt, e, [3]int{y1, m, d1}, [3]int{y2, m2, d2})
}

// numericDateRange reads a range of numeric dates written with dots, day
// first, whose second end is a whole date: "03.–05.03.2025", "3.-5.3.2025",
// "03.03.–05.03.2025", "30.12.2024–02.01.2025", "vom 3. bis 5.3.2025". It
// emits the range and returns its end, or 0.
func (s *scanner) numericDateRange(i int) int {
	src := s.src
	d1, j := smallInt(src, i, 2)
	if d1 < 1 || j >= len(src) || src[j] != '.' {
		return 0
	}
	m1, y1, p := 0, 0, j+1
	if m, k := smallInt(src, p, 2); m > 0 && k < len(src) && src[k] == '.' {
		m1, p = m, k+1
		if y, e := smallInt(src, p, 4); y > 0 && e-p == 4 {
			y1, p = y, e
		}
	}
	pre, preAt := s.rangePrefix(i)
	r := s.dateConn(p, pre)
	if r == 0 || r >= len(src) || !isDigit(src[r]) {
		return 0
	}
	d2, k := smallInt(src, r, 2)
	if d2 < 1 || k >= len(src) || src[k] != '.' {
		return 0
	}
	m2, k2 := smallInt(src, k+1, 2)
	if m2 < 1 || k2 >= len(src) || src[k2] != '.' {
		return 0
	}
	y2, e := smallInt(src, k2+1, 4)
	if e-(k2+1) != 4 {
		y2, e = 0, k2+1 // "bis 05.03.", no year
	}
	if e < len(src) && isDigit(src[e]) || e+1 < len(src) && src[e] == '.' && isDigit(src[e+1]) {
		return 0
	}
	if m1 == 0 {
		m1 = m2 // "03.–05.03.2025": one month
	}
	if !validDate(d1, m1) || !validDate(d2, m2) {
		return 0
	}
	return s.emitDateRange(i, preAt, e, [3]int{y1, m1, d1}, [3]int{y2, m2, d2})
}

// slashDateRange reads two numeric dates with slashes and years joined as
// a range: US "11/08/2025 to 11/22/2025", "15/03/2025 – 20/03/2025". The
// order of day and month is the table's (dateOrder), or, where the
// language does not fix it (English), the one order in which both dates
// are valid and the second is not before the first: in "11/08/2025 to
// 11/22/2025" the 22 proves month first. Where both orders would do, it
// reads nothing and leaves the two dates to numericDate.
func (s *scanner) slashDateRange(i int) int {
	a1, b1, y1, p := s.slashDate(i)
	if p == 0 {
		return 0
	}
	pre, preAt := s.rangePrefix(i)
	r := s.dateConn(p, pre)
	if r == 0 || r >= len(s.src) || !isDigit(s.src[r]) {
		return 0
	}
	a2, b2, y2, e := s.slashDate(r)
	if e == 0 {
		return 0
	}
	ordered := func(x, y [3]int) bool {
		return validDate(x[2], x[1]) && validDate(y[2], y[1]) && isoDate(x[0], x[1], x[2]) < isoDate(y[0], y[1], y[2])
	}
	dmy := [2][3]int{{y1, b1, a1}, {y2, b2, a2}}
	mdy := [2][3]int{{y1, a1, b1}, {y2, a2, b2}}
	okD, okM := ordered(dmy[0], dmy[1]), ordered(mdy[0], mdy[1])
	var from, to [3]int
	switch order := s.dateOrder(); {
	case order == "DMY" && okD, order == "" && okD && !okM:
		from, to = dmy[0], dmy[1]
	case order == "MDY" && okM, order == "" && okM && !okD:
		from, to = mdy[0], mdy[1]
	default:
		return 0
	}
	return s.emitDateRange(i, preAt, e, from, to)
}

// slashDate reads "A/B/YYYY" at i: its two first numbers, the year and
// its end, or end 0.
func (s *scanner) slashDate(i int) (a, b, y, end int) {
	src := s.src
	a, j := smallInt(src, i, 2)
	if a < 1 || j >= len(src) || src[j] != '/' {
		return 0, 0, 0, 0
	}
	b, k := smallInt(src, j+1, 2)
	if b < 1 || k >= len(src) || src[k] != '/' {
		return 0, 0, 0, 0
	}
	y, e := smallInt(src, k+1, 4)
	if e-(k+1) != 4 || e < len(src) && (isDigit(src[e]) || src[e] == '/') {
		return 0, 0, 0, 0
	}
	return a, b, y, e
}

// figureWordAt reports whether a percent word, scale word, currency or
// unit follows p: what makes a number a figure, not a day.
func (s *scanner) figureWordAt(p int) bool {
	q := s.gap(p)
	for _, lx := range []*lexicon{s.loc.percent, s.loc.points, s.loc.permille, s.loc.scales, s.loc.currencies, s.loc.units} {
		if _, w := lx.match(s.src, q); w > 0 {
			return true
		}
	}
	return false
}

// emitDateRange emits the range of dates from a to b ({year, month, day},
// year 0 when not written) spanning start (or preAt, the range prefix,
// when that is not -1) to end, and returns end; 0 when b is not after a.
// A year written only after the second day is the first day's too, the
// year before when the range crosses into January.
func (s *scanner) emitDateRange(start, preAt, end int, a, b [3]int) int {
	if a[0] == 0 && b[0] != 0 {
		a[0] = b[0]
		if a[1] > b[1] {
			a[0]--
		}
	}
	if a[0] != 0 && b[0] == 0 {
		return 0 // "30 March 2024 to 2 April": the second day's year is unknown
	}
	if laterDay(a, b) {
		return 0
	}
	if preAt >= 0 {
		start = preAt
	}
	s.emit(Fact{Kind: Range, Offset: start, End: end, ISO: isoDay(a) + "/" + isoDay(b)})
	return end
}

// laterDay reports whether a is not before b; without years, only the month
// and day are compared, and a range into a month before is taken to cross
// the new year.
func laterDay(a, b [3]int) bool {
	if a[0] != 0 && a[0] != b[0] {
		return a[0] > b[0]
	}
	if a[1] != b[1] {
		return a[0] != 0 && a[1] > b[1]
	}
	return a[2] >= b[2]
}

func isoDay(d [3]int) string {
	if d[0] == 0 {
		return isoMonthDay(d[1], d[2])
	}
	return isoDate(d[0], d[1], d[2])
}

// parseISODay reads "2025-03-05" or "--03-05" into {year, month, day}.
func parseISODay(iso string) ([3]int, bool) {
	var d [3]int
	switch {
	case len(iso) == 10:
		d[0], _ = strconv.Atoi(iso[:4])
		d[1], _ = strconv.Atoi(iso[5:7])
		d[2], _ = strconv.Atoi(iso[8:10])
	case len(iso) == 7 && strings.HasPrefix(iso, "--"):
		d[1], _ = strconv.Atoi(iso[2:4])
		d[2], _ = strconv.Atoi(iso[5:7])
	default:
		return d, false
	}
	return d, d[1] >= 1 && d[1] <= 12 && d[2] >= 1
}
