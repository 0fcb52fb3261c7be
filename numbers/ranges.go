package numbers

import (
	"strings"
)

// Ranges: a number followed by a dash, an en dash or a connector word
// ("bis", "tot en met", "đến"), then a second number of the same kind, is
// one fact with two ends; a connector before the first number ("from",
// "zwischen", "van") chooses the word that may join them.

// rangeEnd reads the high end of a range that starts with v into hi and
// returns the end of the range, or 0 (hi is then of no use). With change,
// the two values are the ends of a change ("rose from 40 to 50", "passa da
// 3,70 a 5 euro"), which may run downwards. hi is written through a pointer
// rather than returned: a value is some 200 bytes, and most numbers start
// no range, when a returned one was zeroed and copied all the same.
func (s *scanner) rangeEnd(v *value, pre string, change bool, hi *value) int {
	loc, src := s.loc, s.src
	if v.kind == Ordinal || v.kind == Code {
		return 0
	}
	p := v.end
	suspended := p+1 < len(src) && src[p] == '-' && src[p+1] == ' '
	if suspended {
		p++ // a suspended hyphen: "60- to 64-year-olds" is a range
	}
	q := s.spaces(p)
	tight := false
	var r int
	switch {
	case p < len(src) && src[p] == '-':
		tight, r = true, p+1
	case q < len(src) && (hasAt(src, q, "–") || hasAt(src, q, "—")):
		r = s.spaces(q + 3)
	case q < len(src) && src[q] == '-' && q > p:
		r = s.spaces(q + 1)
	default:
		conn := ""
		if pre != "" {
			conn = lookupFold(loc.RangePairs, pre)
		}
		// a longer connector that starts with conn wins: "van … tot en met"
		if k, w := loc.rangeIn.match(src, q); w > 0 && q > p && isWordRune(rune(k[0])) && (conn == "" || connFits(conn, k)) {
			r = s.spaces(q + w)
		} else if w := connWordAt(src, q, conn); w > 0 {
			r = s.spaces(q + w)
		} else if suspended {
			if w := wordIn(src, q, loc.suspendedConn); w > 0 { // "60- to 64-", "60- bis 64-Jährige"
				r = s.spaces(q + w)
			}
		} else if change && q > p {
			if w := wordIn(src, q, loc.ChangeTo); w > 0 { // "stieg von 3,1 auf 4,0 Prozent"
				r = s.spaces(q + w)
			}
		}
	}
	if r == 0 || r >= len(src) || r == q && !tight {
		return 0
	}
	if hasWordAt(src, r, "plus") { // "von minus 20 bis plus 45 Grad"
		if r2 := s.spaces(r + 4); r2 > r+4 && r2 < len(src) && isDigit(src[r2]) {
			r = r2
		}
	}
	// "between €2.10 and €3.50", "$5-$10": the high end repeats the symbol
	curHi := ""
	if !isDigit(src[r]) && v.kind == Money {
		if k, w := loc.curBefore.match(src, r); w > 0 && loc.CurBefore[k] == v.unit {
			if r2 := s.spaces(r + w); r2 < len(src) && isDigit(src[r2]) {
				r, curHi = r2, v.unit
			}
		}
	}
	if isDigit(src[r]) {
		n, ok := scanNumeralIn(src, r, loc, &s.arena)
		if !ok {
			return 0
		}
		*hi = value{start: r, end: n.end, val: n.val, alt: n.alt, digits: n.numeralDigits, kind: Number}
		if n.note != "" {
			hi.notes = append(hi.notes, n.note)
		}
		seasonEnd(v, hi, n.end-r)
	} else if sp, ok := s.spelled(r); ok && !sp.weak {
		*hi = sp
	} else {
		return 0
	}
	if e, _, _ := s.tokenEnd(r); e > hi.end && (src[hi.end] == '-' || src[hi.end] == '/' || src[hi.end] == '.') &&
		!(suspended && src[hi.end] == '-' && hi.end+1 < len(src) && !isDigit(src[hi.end+1])) {
		return 0 // "2019-08-05", "5-10-15": not a range ("64-year-olds" after a suspended hyphen is)
	}
	s.right(hi)
	if curHi != "" && hi.kind == Number {
		hi.kind, hi.unit = Money, curHi
	}
	if hi.kind == Ordinal || hi.kind == Code {
		return 0
	}
	// lo is v as the range reads it; v takes it only if the range holds.
	lo := *v
	switch {
	case v.kind == Number && v.unit == "" && v.scale == "":
		// "fell in 2023 to 438.8 million tonnes": a year, then a bare
		// connector and a scaled figure, is a date and a figure
		if hi.scaleExp != 0 && pre == "" && !v.grouped && isYearValue(&v.val) {
			return 0
		}
		// "5 bis 10 Millionen": the high end's scale and unit apply to both
		if hi.scaleExp != 0 {
			lo.val.Exponent += int32(hi.scaleExp)
			lo.scale, lo.scaleExp = hi.scale, hi.scaleExp
		}
		lo.kind, lo.unit = hi.kind, hi.unit
	case hi.kind == Number && hi.unit == "" && hi.scale == "":
		if v.kind != Money {
			return 0 // "5 % bis 10": not a range of the same thing
		}
		hi.val.Exponent += int32(v.scaleExp)
	case v.kind == Money && v.scale == "" && hi.kind == Number && hi.unit == "" && hi.scaleExp != 0:
		// "€2.9–3.1 billion": the symbol before the first end, the scale
		// after the second, both for both
		lo.val.Exponent += int32(hi.scaleExp)
		lo.scale, lo.scaleExp = hi.scale, hi.scaleExp
		hi.kind, hi.unit = v.kind, v.unit
	case v.kind == Number && v.unit == "" && v.scaleExp != 0 && hi.unit != "" && hi.scaleExp == v.scaleExp && !loc.changeFrom[pre]:
		// "từ 1 triệu đến 3 triệu đồng": both scaled, the currency once (not
		// after "from", which may open a change: "from 12 million to 20
		// million tonnes" is then two values, as "de 12 milhões para 20")
		lo.kind, lo.unit = hi.kind, hi.unit
	case hi.kind != v.kind || hi.unit != v.unit:
		return 0
	}
	// A range runs upwards: "20 to 1" is a ratio, "in 2026 – 0.2 points
	// lower" a dash between clauses. Only a range of negative values may be
	// written from its top ("-5 to -10 degrees").
	if !change && hi.val.Cmp(&lo.val) <= 0 && (tight || !lo.val.Negative) {
		return 0
	}
	*v = lo
	return hi.end
}

// seasonEnd writes out the two-digit end of a season or a fiscal year
// after a year: "2024-25" is 2024 to 2025 ("stagione 2024/2025"), "1999-00"
// 1999 to 2000. Other high ends are left as they are.
func seasonEnd(lo, hi *value, digits int) {
	if digits != 2 || lo.num() == nil || !lo.num().plain() || len(lo.num().runs[0]) != 4 || !isYearValue(&lo.val) {
		return
	}
	l, err1 := lo.val.Int64()
	h, err2 := hi.val.Int64()
	if err1 != nil || err2 != nil || h != (l+1)%100 {
		return
	}
	hi.val.SetInt64(l + 1)
}

// connFits reports whether the range connector k answers conn, a
// RangePairs value that may list alternatives split by "|" ("tot|t/m"): k
// is one of them or starts with one and a space ("tot en met").
func connFits(conn, k string) bool {
	for rest := conn; rest != ""; {
		var a string
		a, rest, _ = strings.Cut(rest, "|")
		if k == a || len(k) > len(a) && k[len(a)] == ' ' && hasAt(k, 0, a) {
			return true
		}
	}
	return false
}

// connWordAt returns the length of the alternative of conn written as a
// word at s[i:], or 0.
func connWordAt(s string, i int, conn string) int {
	if conn == "" {
		return 0
	}
	for rest := conn; rest != ""; {
		var a string
		a, rest, _ = strings.Cut(rest, "|")
		if hasWordAt(s, i, a) {
			return len(a)
		}
		// an elided article glued to the number: Italian "dallo 0 all'80%"
		if strings.HasSuffix(a, "'") && hasAt(s, i, a) && (i == 0 || !isWordByte(s[i-1])) {
			return len(a)
		}
	}
	return 0
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
	s.emitSmall(i, nEnd, a)
	s.emitSmall(nEnd+1, k, b)
	return end
}

// isLetterByte reports whether c starts a letter: an ASCII letter or the
// first byte of a multi-byte character.
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
