package numbers

import (
	"math"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// Compound amounts: a duration or a length written in two or three units,
// largest first ("4 h 23 min 12 s", "2 minutes and 10 seconds", "6 ft 3
// in", "1 m 91 cm"), is one amount in its smallest unit, as the other
// version may write it in one unit or another split ("2:23" down, "2 min
// 23 s", "1,91 metri").

// compoundJoiners are what may stand between the parts of a compound
// amount besides spaces.
var compoundJoiners = map[string]bool{
	"and": true, "et": true, "und": true, "y": true, "e": true, "en": true, "và": true,
}

// mergeCompounds joins the runs of facts that are one compound amount.
func (s *scanner) mergeCompounds() {
	fs := s.facts
	out := fs[:0]
	for k := 0; k < len(fs); k++ {
		f := fs[k]
		if k+1 < len(fs) && f.Unit == "ft" {
			s.inchesAfter(&fs[k+1])
		}
		for k+1 < len(fs) && s.continuesCompound(&f, &fs[k+1]) {
			f = joinCompound(s.orig, f, fs[k+1])
			k++
		}
		if k+1 < len(fs) && s.hundredthsOf(&f, &fs[k+1]) {
			k++
		}
		out = append(out, f)
	}
	s.facts = out
}

// hundredthsOf adds to the seconds f the number h when the table writes
// hundredths after the seconds ("6 giây 21"): two digits, one space after
// the unit word. It reports whether it did.
func (s *scanner) hundredthsOf(f, h *Fact) bool {
	if !s.loc.HundredthsAfterSeconds || f.Kind != Quantity || f.Unit != "s" || h.Kind != Number && h.Kind != Code ||
		h.End-h.Offset != 2 || h.Offset != f.End+1 || s.orig[f.End] != ' ' || !isDigit(s.orig[h.Offset]) || !isDigit(s.orig[h.Offset+1]) ||
		h.End < len(s.orig) && isWordByte(s.orig[h.End]) || f.Value.Exponent < 0 {
		return false
	}
	var frac, v apd.Decimal
	frac.SetFinite(int64(s.orig[h.Offset]-'0')*10+int64(s.orig[h.Offset+1]-'0'), -2)
	apd.BaseContext.WithPrecision(34).Add(&v, &f.Value, &frac)
	f.Value.Reduce(&v)
	f.End = h.End
	f.Text = s.orig[f.Offset:f.End]
	return true
}

// inchesAfter makes a plain number followed by "in" or an inch mark an
// amount of inches: after feet, "6 ft 3 in" and "6'3"" are a height ("in"
// alone is a preposition: "3 in 10 people").
func (s *scanner) inchesAfter(f *Fact) {
	if f.Kind != Number || f.Unit != "" || f.Value.Negative {
		return
	}
	rest := s.orig[f.End:]
	switch {
	case strings.HasPrefix(rest, " in") && (len(rest) == 3 || !isWordByte(rest[3])):
		f.End += 3
	case dquoteAt(rest, 0) != "":
		f.End += len(dquoteAt(rest, 0))
	default:
		return
	}
	f.Kind, f.Unit = Quantity, "in"
	f.Text = s.orig[f.Offset:f.End]
}

// continuesCompound reports whether b continues the compound amount a: a
// smaller unit of the same dimension, less than one of a's units, with
// only spaces or a joining word between them.
func (s *scanner) continuesCompound(a, b *Fact) bool {
	if a.Kind != Quantity || b.Kind != Quantity || b.Qualifier != "" || a.Value.Negative || b.Value.Negative {
		return false
	}
	ma, okA := measures[a.Unit]
	mb, okB := measures[b.Unit]
	if !okA || !okB || ma.dim != mb.dim || mb.size >= ma.size {
		return false
	}
	ratio := ma.size / mb.size
	if math.Abs(ratio-math.Round(ratio)) > 1e-9 {
		return false
	}
	if v, err := b.Value.Float64(); err != nil || v >= ratio {
		return false // "2 hours 90 minutes" is not one amount
	}
	if a.Value.Exponent < 0 && ma.dim != "length" {
		return false // "1.5 h 20 min": not how a compound is written
	}
	// not a comma: "969 Stunden, 7,313 Sekunden" is a list
	gap := strings.TrimSpace(s.orig[a.End:b.Offset])
	return gap == "" || compoundJoiners[strings.ToLower(gap)]
}

// joinCompound returns a and b as one amount in b's unit.
func joinCompound(orig string, a, b Fact) Fact {
	ratio := math.Round(measures[a.Unit].size / measures[b.Unit].size)
	var r, v apd.Decimal
	r.SetInt64(int64(ratio))
	ctx := apd.BaseContext.WithPrecision(34)
	ctx.Mul(&v, &a.Value, &r)
	ctx.Add(&v, &v, &b.Value)
	var red apd.Decimal
	red.Reduce(&v)
	a.Value = red
	a.End = b.End
	a.Text = orig[a.Offset:a.End]
	a.Unit = b.Unit
	a.Scale, a.ScaleExp = "", 0
	a.Spelled = a.Spelled && b.Spelled
	a.Alt = nil
	a.Notes = append(a.Notes, b.Notes...)
	return a
}

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
	if e := s.gluedDuration(i); e > 0 {
		return e
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
		if a > 24 && (k >= len(src) || !isDigit(src[k]) && src[k] != ':') {
			return s.emitRaceTime(i, k, a, b, "") // "61:02": no hour of the day
		}
		if k+1 < len(src) && (src[k] == '.' || src[k] == ',') && isDigit(src[k+1]) {
			// hundredths after a decimal point or comma: 2:05.31, 2:05,31
			f, e := fraction(src, k+1)
			if e == 0 {
				return 0
			}
			return s.emitRaceTime(i, e, a, b, f)
		}
		if s.gapWordAfter(k) {
			return s.emitRaceTime(i, k, a, b, "")
		}
		return 0
	case hasAt(src, j, "'") || hasAt(src, j, "’") || hasAt(src, j, "′"):
		// 14'12"48
		q := j + len(quoteAt(src, j))
		b, k := smallInt(src, q, 2)
		if b < 0 || k-q != 2 || b > 59 {
			return 0
		}
		w := len(dquoteAt(src, k))
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
	if w := len(dquoteAt(src, j)); w > 0 {
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
// "7min22s", "1min12,5s"): its end, or 0. It needs minutes ("18h30" is a
// clock time).
func (s *scanner) gluedDuration(i int) int {
	src := s.src
	total := 0
	frac := ""
	sawMin, parts, p := false, 0, i
	for _, u := range []struct {
		word string
		secs int
	}{{"h", 3600}, {"min", 60}, {"s", 1}} {
		v, e := smallInt(src, p, 2)
		if v < 0 {
			break
		}
		f := ""
		if u.word == "s" && e+1 < len(src) && src[e] == ',' && isDigit(src[e+1]) {
			f2 := digitRun(src, e+1)
			f, e = src[e+1:f2], f2
		}
		if !hasAt(src, e, u.word) {
			if u.word == "h" {
				continue // no hours: the same number may be minutes
			}
			break
		}
		total += v * u.secs
		frac = f
		p = e + len(u.word)
		parts++
		sawMin = sawMin || u.word == "min"
		if p >= len(src) || !isDigit(src[p]) {
			break
		}
	}
	if !sawMin || parts < 2 || p < len(src) && isWordByte(src[p]) {
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

func quoteAt(src string, i int) string {
	for _, q := range []string{"'", "’", "′"} {
		if hasAt(src, i, q) {
			return q
		}
	}
	return ""
}

func dquoteAt(src string, i int) string {
	for _, q := range []string{"\"", "”", "″"} {
		if hasAt(src, i, q) {
			return q
		}
	}
	return ""
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

// clockAsDuration reports whether t, read as a clock time, is the duration
// d written the way a clock is: French "une attente de 2 h 47" (2 hours 47
// minutes, read as 02:47) against "2 hours 47 minutes", or "2:23" (read as
// 02:23) against "2 min 23 s". Two such figures are one; a clock time that
// equals a duration by chance is unlikely.
func clockAsDuration(t, d *Fact) bool {
	if t.Kind != Time || d.Kind != Quantity || measures[d.Unit].dim != "duration" {
		return false
	}
	m := minuteOfDay(t.ISO)
	dv, err := d.Value.Float64()
	if m <= 0 || err != nil {
		return false
	}
	secs := dv * measures[d.Unit].size
	return secs == float64(m*60) || secs == float64(m)
}

// slashPair reads two small whole numbers joined by a slash before a
// hyphenated noun, the larger first, as two numbers: German "die
// 5/4-Stern-Hotellerie" is the 5- and 4-star hotels. The smaller first
// is a fraction ("2/3-Mehrheit", a two-thirds majority) and is left to
// the rest of the scanner. The number is at i, its digits end at nEnd, and
// its token at end; slashPair returns the token's end, or 0.
func (s *scanner) slashPair(i, nEnd, end int) int {
	src := s.src
	if nEnd >= end || src[nEnd] != '/' {
		return 0
	}
	a, j := smallInt(src, i, 2)
	b, k := smallInt(src, nEnd+1, 2)
	if a < 0 || j != nEnd || b < 0 || b >= a || k+3 >= end || src[k] != '-' ||
		!isLetterByte(src[k+1]) || !isLetterByte(src[k+2]) || !isLetterByte(src[k+3]) {
		return 0 // a word of three letters at least: "5/4-Stern", not "12/3-a"
	}
	var va, vb apd.Decimal
	va.SetInt64(int64(a))
	vb.SetInt64(int64(b))
	s.emit(Fact{Kind: Number, Offset: i, End: nEnd, Value: va})
	s.emit(Fact{Kind: Number, Offset: nEnd + 1, End: k, Value: vb})
	return end
}

// isLetterByte reports whether c starts a letter: an ASCII letter or the
// first byte of a multi-byte character.
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
