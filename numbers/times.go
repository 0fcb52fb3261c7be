package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clock times ("14:30", "2:30 p.m.", "14 h 30", "14 giờ 30 phút", "alle
// 14.30"), two hours joined as a range with the time word once ("von 8 bis
// 18 Uhr"), and the durations that look like them ("4 h 23 min").

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
	} else if end == k && h < 12 && s.pmAfterNextClock(k, h) {
		h += 12 // "4:30–6:30 p.m.": the time word after the second time is the first's too
	}
	zone, end := s.zoneAfter(end)
	s.zoneBack(i, zone)
	s.emit(Fact{Kind: Time, Offset: i, End: end, ISO: isoTime(h, m), Unit: zone})
	return end
}

// pmAfterNextClock reports whether a range connector, a second H:MM time
// not before the hour h and a time word adding 12 hours follow p:
// "4:30|–6:30 p.m.", "4:30| to 6:30 p.m." ("10:30–2:30 p.m." starts before
// noon).
func (s *scanner) pmAfterNextClock(p, h int) bool {
	r := s.dateConn(p, "")
	if r == 0 {
		r = s.spaces(p)
		if !hasWordAt(s.src, r, "to") && !s.changeToAt(r) {
			return false
		}
		r = s.spaces(r + 2)
	}
	h2, j := smallInt(s.src, r, 2)
	if h2 < h || h2 > 12 || j >= len(s.src) || s.src[j] != ':' {
		return false
	}
	_, k := smallInt(s.src, j+1, 2)
	if k-(j+1) != 2 {
		return false
	}
	add, e := s.timeWord(k)
	return e > 0 && add == 12
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

// timeWithWord reads "14 Uhr", "14.30 Uhr", "2 p.m." from a numeral.
func (s *scanner) timeWithWord(v *value) int {
	n := v.num()
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
		if at < 0 && (len(n.runs) == 2 || s.hourEnds(v.end)) {
			// "alle 14.30": hour and minutes after "alle"; "alle 18, prima",
			// "alle 20 di domenica": an hour that no noun follows
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
	if add == 0 && !prefixed && len(n.runs) == 1 && s.perSameEnd(v.start, e) > e {
		return 0 // "24 heures sur 24": a span, all day long
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
	zone, e := s.zoneAfter(e)
	s.zoneBack(start, zone)
	s.emit(Fact{Kind: Time, Offset: start, End: e, ISO: isoTime(h, m), Unit: zone})
	return e
}

// hoursRange reads two clock hours joined as a range with the time word
// after the second only: German "von 8 bis 18 Uhr", "8.30–17 Uhr", British
// "between 5.15 and 9 a.m." (p.m. applies to both ends). They
// are two times, as English writes them ("8 a.m. to 6 p.m."), not a
// range of plain numbers. It emits both and returns the end, or 0.
func (s *scanner) hoursRange(v *value, pre string) int {
	n, src := v.num(), s.src
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
	worded := te > 0
	hourPrefix := s.loc.hourPairs[strings.ToLower(pre)]
	if te == 0 && pre != "" && !s.figureWordAt(e) && (e >= len(src) || src[e] != '%') &&
		(len(n.runs) == 2 && e-r >= 4 || hourPrefix && s.hourEnds(e)) {
		// no time word, but two hours with minutes after a range prefix ("de
		// 9.00 a 20.00", "tussen 8.30 en 17.00"), or a prefix that only hours
		// take ("dalle 10 alle 18")
		te = e
	}
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
	// A range runs upwards, except overnight between two hours that a time
	// word or an hours-only prefix make sure of: "von 18 bis 8 Uhr",
	// "dalle 22 alle 6".
	if h1*60+m1 == h2*60+m2 || h1*60+m1 > h2*60+m2 && !(add == 0 && (worded || hourPrefix)) {
		return 0
	}
	zone, te := s.zoneAfter(te) // "from 9 a.m. to 5 p.m. ET": the zone of both
	s.emit(Fact{Kind: Time, Offset: v.start, End: v.end, ISO: isoTime(h1, m1), Unit: zone})
	s.emit(Fact{Kind: Time, Offset: r, End: te, ISO: isoTime(h2, m2), Unit: zone})
	return te
}

// hourEnds reports whether an hour that ends at p ends there as a time of
// day would: no word follows (punctuation, the end of the text), or one of
// the table's HourFollowers does.
func (s *scanner) hourEnds(p int) bool {
	if !s.wordFollows(p) {
		return true
	}
	if len(s.loc.hourFollowers) == 0 {
		return false
	}
	q := s.spaces(p)
	e := s.wordEnd(q)
	return s.loc.hourFollowers[strings.ToLower(s.src[q:e])]
}

// wordFollows reports whether a word of letters follows p (after spaces):
// "dalle 5 alle 10 regioni" counts regions, "dalle 10 alle 18." is hours.
func (s *scanner) wordFollows(p int) bool {
	q := s.spaces(p)
	if q >= len(s.src) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.src[q:])
	return unicode.IsLetter(r)
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
	q = s.spaces(q + wordIn(s.src, q, s.loc.DayAnd)) // "en", "et", "and": the word that joins the parts
	mm, me := smallInt(s.src, q, 2)
	if mm < 0 || me == q {
		return false
	}
	r := s.spaces(me)
	return r > me && isMin(r)
}

// dateOrTimeAt reports whether the digits at i may start what raceTime,
// numericDateRange, scorePair, slashDateRange, numericDate or clockTime
// read: each wants at most four digits (most of them two) and then one of
// the bytes below, a separator, a mark of minutes or seconds, the first
// byte of a typographic mark or dash, or the unit of a glued duration
// ("2h"). Most figures are followed by a space, a comma or a unit word, and
// each reader would read their digits again only to find that out
// (TestDateOrTimeAt holds the readers to it). After a point or a hyphen,
// the digits that follow tell more: a decimal or a grouping ("5.754",
// "83.79 million") and a range of years ("2019-2024") are none of theirs.
func dateOrTimeAt(src string, i int) bool {
	j := digitRun(src, i)
	if j-i > 4 || j >= len(src) {
		return false
	}
	switch src[j] {
	case '.':
		// a day or month of one or two digits and a second point
		// ("05.08.2019", "3.-5.3.2025"), or no digit: a connector or an
		// ordinal day ("3.–5. März", "vom 3. bis 5.3.2025")
		k := digitRun(src, j+1)
		return k == j+1 || k-(j+1) <= 2 && k < len(src) && src[k] == '.'
	case '-':
		// a score's second number or a month: one or two digits ("3-1",
		// "2019-08-05", "5-8-2019")
		n := digitRun(src, j+1) - (j + 1)
		return n == 1 || n == 2
	case '/', ':', '\'', '"', 0xE2, 'h', 'm', 's':
		return true
	}
	return false
}
