package numbers

import (
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// Race times: French and Italian chronometry ("9"86", "14'12"48"),
// minutes, seconds and hundredths ("14:12.48", Spanish "2:05,31") and a gap
// in a race ("2:23 down"). Each is an amount of seconds, as "9.86 seconds"
// is. A clock time has no fraction of a minute.

// raceTime reads a race time at i and returns its end, or 0.
func (s *scanner) raceTime(i int) int {
	src := s.src
	a, j := smallInt(src, i, 2)
	if a < 0 || j >= len(src) || i > 0 && (isWordByte(src[i-1]) || src[i-1] == '.' || src[i-1] == ',' || src[i-1] == ':') {
		return 0
	}
	if c := src[j]; c == 'h' || c == 'm' || c == 's' {
		// the only letters a glued duration's first unit starts with: most
		// numbers never get to gluedDuration
		if e := s.gluedDuration(i); e > 0 {
			return e
		}
	}
	minutes, seconds := 0, a
	switch {
	case src[j] == ':':
		// 14:12.48, or 2:23 before a word of a gap
		b, k := smallInt(src, j+1, 2)
		if b < 0 || k-(j+1) != 2 || b > 59 {
			return 0
		}
		if k+2 < len(src) && src[k] == ':' {
			return s.hoursMinutesSeconds(i, a, b, k)
		}
		if _, te := s.timeWord(k); te > 0 {
			return 0 // "14:30 uur", "14:30 Uhr": a time of day
		}
		if u, ue := s.durationUnitAfter(k); u == "min" {
			return s.emitRaceTime(i, ue, a, b, "") // "1:21 Minuten": minutes and seconds
		}
		if k+1 < len(src) && (src[k] == '.' || src[k] == ',') && isDigit(src[k+1]) {
			// hundredths after a decimal point or comma: 2:05.31, 2:05,31
			f, e := fraction(src, k+1)
			if e == 0 {
				return 0
			}
			return s.emitRaceTime(i, e, a, b, f)
		}
		if a > 24 && (k >= len(src) || !isDigit(src[k]) && src[k] != ':') {
			return s.emitRaceTime(i, k, a, b, "") // "61:02": no hour of the day
		}
		if s.gapWordAfter(k) {
			return s.emitRaceTime(i, k, a, b, "")
		}
		return 0
	case markAt(src, j, minuteMarks) > 0:
		// 14'12"48
		q := j + markAt(src, j, minuteMarks)
		b, k := smallInt(src, q, 2)
		if b < 0 || k-q != 2 || b > 59 {
			return 0
		}
		w := markAt(src, k, secondMarks)
		if w == 0 {
			return 0
		}
		f, e := fraction(src, k+w)
		if e == 0 {
			return 0
		}
		minutes, seconds = a, b
		return s.emitRaceTime(i, e, minutes, seconds, f)
	}
	if w := markAt(src, j, secondMarks); w > 0 {
		// 9"86
		f, e := fraction(src, j+w)
		if e == 0 {
			return 0
		}
		return s.emitRaceTime(i, e, 0, seconds, f)
	}
	return 0
}

// hoursMinutesSeconds reads the seconds of H:MM:SS (the colon before them
// at k) as a duration: a marathon's "2:03:23", a race's "1:22:05.969"
// (and "2:03:32 Stunden"). Before a clock word ("2:30:00 p.m.", "14:30:00
// Uhr") it is a time of day, left to clockTime.
func (s *scanner) hoursMinutesSeconds(i, h, m, k int) int {
	src := s.src
	sec, e := smallInt(src, k+1, 2)
	if sec < 0 || e-(k+1) != 2 || sec > 59 {
		return 0
	}
	frac := ""
	if e+1 < len(src) && (src[e] == '.' || src[e] == ',') && isDigit(src[e+1]) {
		f, fe := fraction(src, e+1)
		if fe == 0 {
			return 0
		}
		frac, e = f, fe
	} else if e < len(src) && (isDigit(src[e]) || src[e] == ':') {
		return 0
	}
	if _, te := s.timeWord(e); te > 0 {
		return 0
	}
	if u, ue := s.durationUnitAfter(e); u == "h" {
		e = ue // "2:03:32 Stunden"
	}
	return s.emitRaceTime(i, e, h*60+m, sec, frac)
}

// durationUnitAfter reads a unit of time after p ("Minuten", "Stunden",
// "min"): its canonical unit and end, or "", p.
func (s *scanner) durationUnitAfter(p int) (string, int) {
	q := s.spaces(p)
	if q == p {
		return "", p
	}
	k, w := s.loc.units.match(s.src, q)
	if w == 0 || q+w < len(s.src) && isWordByte(s.src[q+w]) {
		return "", p
	}
	switch u := s.loc.Units[k]; u {
	case "h", "min", "s":
		return u, q + w
	}
	return "", p
}

// gluedDuration reads a duration written without spaces in units of time,
// hours, minutes and seconds, as Portuguese race reports do ("2h02min23s",
// "2h05m48s", "7min22s", "1min12,5s", and hundredths after the s:
// "10s02", "1min45s32"): its end, or 0. It needs minutes and another part,
// or seconds with hundredths ("18h30" is a clock time, "45min" a unit).
func (s *scanner) gluedDuration(i int) int {
	src := s.src
	total := 0
	frac := ""
	sawMin, sawSec, parts, p := false, false, 0, i
	for _, u := range []struct {
		words []string
		secs  int
	}{{[]string{"h"}, 3600}, {[]string{"min", "m"}, 60}, {[]string{"s"}, 1}} {
		v, e := smallInt(src, p, 2)
		if v < 0 {
			break
		}
		f := ""
		if u.secs == 1 && e+1 < len(src) && src[e] == ',' && isDigit(src[e+1]) {
			f2 := digitRun(src, e+1)
			f, e = src[e+1:f2], f2
		}
		w := ""
		for _, word := range u.words {
			// "m" is minutes only before seconds: "14m40s", not "5m" (metres)
			if hasAt(src, e, word) && (word != "m" || e+1 < len(src) && isDigit(src[e+1])) {
				w = word
				break
			}
		}
		if w == "" {
			if u.secs > 1 {
				continue // no hours (minutes): the same number may be minutes (seconds)
			}
			break
		}
		total += v * u.secs
		frac = f
		p = e + len(w)
		parts++
		sawMin = sawMin || u.secs == 60
		if u.secs == 1 {
			sawSec = true
			// hundredths written after the s: "10s02", "1min45s32"
			if h := digitRun(src, p); h-p == 2 && frac == "" {
				frac, p = src[p:h], h
			}
		}
		if p >= len(src) || !isDigit(src[p]) {
			break
		}
	}
	if !(sawMin && parts >= 2 || sawSec && frac != "") || p < len(src) && isWordByte(src[p]) {
		return 0
	}
	return s.emitRaceTime(i, p, 0, total, frac)
}

// fraction reads one to three digits of a fraction of a second at i that
// no other digit or word character follows: their text and end, or 0.
func fraction(src string, i int) (string, int) {
	e := digitRun(src, i)
	if e == i || e-i > 3 || e < len(src) && (isWordByte(src[e]) || src[e] == '.' && e+1 < len(src) && isDigit(src[e+1])) {
		return "", 0
	}
	return src[i:e], e
}

// minuteMarks and secondMarks are the marks of chronometry: 14'12"48.
var (
	minuteMarks = []string{"'", "’", "′"}
	secondMarks = []string{"\"", "”", "″"}
)

// markAt returns the width of the mark of marks at src[i], or 0.
func markAt(src string, i int, marks []string) int {
	for _, m := range marks {
		if hasAt(src, i, m) {
			return len(m)
		}
	}
	return 0
}

// gapWordAfter reports whether a word of the table's TimeGapWords follows
// p ("2:23 down", "1:05 behind").
func (s *scanner) gapWordAfter(p int) bool {
	if len(s.loc.TimeGapWords) == 0 {
		return false
	}
	q := s.spaces(p)
	if q == p {
		return false
	}
	e := s.wordEnd(q)
	for _, w := range s.loc.TimeGapWords {
		if strings.EqualFold(s.src[q:e], w) {
			return true
		}
	}
	return false
}

// emitRaceTime emits minutes, seconds and a fraction of a second as an
// amount of seconds written from i to e.
func (s *scanner) emitRaceTime(i, e, minutes, seconds int, frac string) int {
	var v apd.Decimal
	if _, _, err := v.SetString(strconv.Itoa(minutes*60+seconds) + "." + frac + "0"); err != nil {
		return 0
	}
	var r apd.Decimal
	r.Reduce(&v)
	s.emit(Fact{Kind: Quantity, Offset: i, End: e, Value: r, Unit: "s"})
	return e
}
