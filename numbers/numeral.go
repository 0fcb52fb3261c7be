package numbers

import (
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// numeral is a run of digits with its separators, read in one language's
// conventions.
type numeral struct {
	start, end int
	val        apd.Decimal
	alt        *apd.Decimal // the other convention's reading, if it fits
	numeralDigits
	note       string // non-standard writing, e.g. "English separators in German text"
	grouped    bool   // the reading uses a grouping separator
	altGrouped bool   // the alt reading is the grouped one
}

// numeralDigits is what the readers of dates, times and ranges read of a
// numeral once its value is known: a value keeps it (value.digits), not
// the numeral, whose copy for every number was a hundredth of Extract.
type numeralDigits struct {
	runs []string // digit runs between separators
	seps []string // separators between runs
}

// plain reports whether the numeral is digits only.
func (n *numeralDigits) plain() bool { return len(n.seps) == 0 }

// spaceSep returns the byte length of a space-like grouping separator at
// s[i:] (space, no-break space, narrow no-break space, thin space,
// apostrophes), or 0.
func spaceSep(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\'':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xAF || s[i+2] == 0x89 || s[i+2] == 0x99) {
			return 3 // U+202F, U+2009, U+2019
		}
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digitRun returns the end of the run of ASCII digits starting at i.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// scanNumeral reads the numeral starting at the digit s[i] in loc's
// conventions. The scan is greedy; the grouping is validated afterwards.
func scanNumeral(s string, i int, loc *Locale) (numeral, bool) {
	return scanNumeralIn(s, i, loc, nil)
}

// scanNumeralIn is scanNumeral with the numeral's runs and separators, and
// its other reading, kept in the arena a (when not nil) rather than in
// allocations of their own.
func scanNumeralIn(s string, i int, loc *Locale, a *arena) (numeral, bool) {
	n := numeral{start: i}
	var runBuf, sepBuf [8]string
	runs, seps := runBuf[:0], sepBuf[:0]
	j := digitRun(s, i)
	runs = append(runs, s[i:j])
	for j < len(s) {
		c := s[j]
		if c == '.' || c == ',' {
			if j+1 < len(s) && isDigit(s[j+1]) {
				k := digitRun(s, j+1)
				seps = append(seps, s[j:j+1])
				runs = append(runs, s[j+1:k])
				j = k
				continue
			}
			break
		}
		w := spaceSep(s, j)
		if w == 0 {
			break
		}
		// a space-like separator only between 3-digit groups, after a
		// first group of at most three digits
		k := digitRun(s, j+w)
		if k-(j+w) != 3 || len(runs[0]) > 3 || (len(seps) > 0 && len(runs[len(runs)-1]) != 3) {
			break
		}
		// "1 234,5" is fine, "1 234.567.8" is validated by interpret
		seps = append(seps, s[j:j+w])
		runs = append(runs, s[j+w:k])
		j = k
	}
	n.runs = a.keep(runs)
	if len(seps) > 0 {
		n.seps = a.keep(seps)
	}
	n.end = j
	if !n.interpret(loc, a) {
		return n, false
	}
	return n, true
}

// arena hands out what the numerals and facts of Extract calls need in
// many small pieces, from shared blocks, so that they cost an allocation
// per block rather than one each.
type arena struct {
	// strs holds the digit runs and separators of the numerals of one
	// call; newScanner empties it for the next.
	strs []string
	// decs holds the values facts point to (Alt, Low, High). A slot once
	// handed out is never written again, not by a later call either: the
	// block is only appended to, and a full one is left to the facts that
	// point into it (a fact keeps at most decBlock values alive).
	decs []apd.Decimal
}

// decBlock is how many values a block of arena.decs holds.
const decBlock = 32

// keep returns a copy of xs that lives in the arena (a fresh slice when a
// is nil). The copy is good until the end of the Extract call.
func (a *arena) keep(xs []string) []string {
	if a == nil {
		return append([]string(nil), xs...)
	}
	if cap(a.strs)-len(a.strs) < len(xs) {
		a.strs = make([]string, 0, max(64, len(xs)))
	}
	k := len(a.strs)
	a.strs = append(a.strs, xs...)
	return a.strs[k:len(a.strs):len(a.strs)]
}

// decimal returns a pointer to a copy of d that lives as long as a pointer
// to it does (a new value when a is nil).
func (a *arena) decimal(d *apd.Decimal) *apd.Decimal {
	if a == nil {
		return newDecimal(d)
	}
	if len(a.decs) == cap(a.decs) {
		a.decs = make([]apd.Decimal, 0, decBlock)
	}
	a.decs = append(a.decs, *d)
	return &a.decs[len(a.decs)-1]
}

// interpret computes the value from runs and separators; the other
// reading, if any, is kept in a.
func (n *numeral) interpret(loc *Locale, a *arena) bool {
	if len(n.seps) == 0 {
		setDigits(&n.val, n.runs[:1], "")
		return true
	}
	last := n.seps[len(n.seps)-1]
	lastPunct := last == "." || last == ","
	// separators before the last one must all be the same grouping symbol
	// (or space-like) and differ from the last when the last is a decimal.
	punctBefore := ""
	for _, sp := range n.seps[:len(n.seps)-1] {
		if sp == "." || sp == "," {
			if punctBefore != "" && punctBefore != sp {
				return false
			}
			punctBefore = sp
		}
	}
	switch {
	case !lastPunct:
		// only space-like groups
		if punctBefore != "" || !n.groupsValid(len(n.runs)) {
			return false
		}
		setDigits(&n.val, n.runs, "")
		n.grouped = true
	case punctBefore != "" && punctBefore != last, punctBefore == "" && len(n.seps) > 1:
		// groups then a decimal separator: "1.234,5", "1 234,5"
		if !n.groupsValid(len(n.runs) - 1) {
			return false
		}
		setDigits(&n.val, n.runs[:len(n.runs)-1], n.runs[len(n.runs)-1])
		n.grouped = true
		if last != loc.decimal && loc.decimal != "" {
			n.note = loc.Other + " separators in " + loc.Name + " text"
		}
	case punctBefore == last:
		// the same symbol more than once: grouping ("1.000.000")
		if !n.groupsValid(len(n.runs)) {
			return false
		}
		setDigits(&n.val, n.runs, "")
		n.grouped = true
		if last == loc.decimal {
			n.note = loc.Other + " separators in " + loc.Name + " text"
		}
	default:
		// one "." or ",": decimal or group, by the locale
		whole, frac := n.runs[0], n.runs[1]
		groupFits := len(whole) <= 3 && len(frac) == 3 && !(len(whole) > 0 && whole[0] == '0')
		var dec, grp apd.Decimal
		setDigits(&dec, n.runs[:1], frac)
		setDigits(&grp, n.runs[:2], "")
		switch {
		case last == loc.decimal:
			n.val = dec
			if groupFits {
				n.alt = a.decimal(&grp)
				n.altGrouped = true
			}
		case groupFits:
			n.val = grp
			n.grouped = true
			n.alt = a.decimal(&dec)
		default:
			n.val = dec
			if last == "." {
				n.note = "decimal point in " + loc.Name + " text"
			} else {
				n.note = "decimal comma in " + loc.Name + " text"
			}
		}
	}
	return true
}

// groupsValid checks that the first k runs form a grouping: a first group
// of 1–3 digits not starting with 0, then groups of exactly 3 digits.
func (n *numeral) groupsValid(k int) bool {
	if k <= 1 {
		return true
	}
	if l := len(n.runs[0]); l == 0 || l > 3 || n.runs[0][0] == '0' {
		return false
	}
	for _, r := range n.runs[1:k] {
		if len(r) != 3 {
			return false
		}
	}
	return true
}

// newDecimal returns a new copy of d.
func newDecimal(d *apd.Decimal) *apd.Decimal {
	c := new(apd.Decimal)
	*c = *d
	return c
}

// setDigits sets d to the digits of the runs whole, then frac after a
// decimal point, exactly. Up to 18 digits it reads them as an int64 without
// building a string.
func setDigits(d *apd.Decimal, whole []string, frac string) {
	var c int64
	nd := len(frac)
	for _, r := range whole {
		nd += len(r)
	}
	if nd > 18 {
		setDecimal(d, strings.Join(whole, ""), frac)
		return
	}
	for _, r := range whole {
		for k := 0; k < len(r); k++ {
			c = c*10 + int64(r[k]-'0')
		}
	}
	for k := 0; k < len(frac); k++ {
		c = c*10 + int64(frac[k]-'0')
	}
	d.SetFinite(c, -int32(len(frac)))
}

// setDecimal sets d to whole.frac exactly.
func setDecimal(d *apd.Decimal, whole, frac string) {
	var b strings.Builder
	b.Grow(len(whole) + len(frac) + 1)
	b.WriteString(whole)
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	if _, _, err := d.SetString(b.String()); err != nil {
		d.SetInt64(0)
	}
}
