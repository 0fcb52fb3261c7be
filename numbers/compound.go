package numbers

import (
	"math"
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
	var moved Fact // the fact being read when out is behind fs
	for k := 0; k < len(fs); k++ {
		// until a join leaves out behind, a fact is out's next one already:
		// it is read and changed in place. Copying each (a large struct
		// with pointers, under the write barrier while the collector runs)
		// was most of this loop's time.
		at, f := k, &fs[k]
		if len(out) < at {
			moved = fs[k]
			f = &moved
		}
		if k+1 < len(fs) && f.Unit == "ft" {
			s.inchesAfter(&fs[k+1])
		}
		for k+1 < len(fs) && s.continuesCompound(f, &fs[k+1]) {
			*f = joinCompound(s.orig, *f, fs[k+1])
			k++
		}
		if k+1 < len(fs) && s.hundredthsOf(f, &fs[k+1]) {
			k++
		}
		if e := s.halfAfter(f); e > 0 {
			// a fact read inside or right after the words ("a half
			// hours" in "2 and a half hours") is part of this one
			for k+1 < len(fs) && fs[k+1].Offset < e+1 {
				if fs[k+1].Unit != "" && f.Unit == "" {
					f.Kind, f.Unit = fs[k+1].Kind, fs[k+1].Unit
				}
				f.End = max(f.End, fs[k+1].End)
				k++
			}
			f.Text = s.orig[f.Offset:f.End]
		}
		if len(out) == at {
			out = fs[:at+1]
			continue
		}
		out = append(out, *f)
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

// halfAfter adds a half to f when a word of the table's HalfAfter
// follows it, and returns the end of the words (f.End is moved past them),
// or 0.
func (s *scanner) halfAfter(f *Fact) int {
	if len(s.loc.HalfAfter) == 0 || f.Kind != Number && f.Kind != Quantity || f.Value.Negative {
		return 0
	}
	q := s.spaces(f.End)
	if q == f.End {
		return 0
	}
	w := wordIn(s.src, q, s.loc.HalfAfter)
	if w == 0 {
		return 0
	}
	var half, v apd.Decimal
	half.SetFinite(5, -1)
	apd.BaseContext.WithPrecision(34).Add(&v, &f.Value, &half)
	f.Value.Reduce(&v)
	f.End = q + w
	return q + w
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
	case markAt(rest, 0, secondMarks) > 0:
		f.End += markAt(rest, 0, secondMarks)
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
