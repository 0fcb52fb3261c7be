package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cockroachdb/apd/v3"

	"github.com/tally-qa/tally/numbers/words"
)

// Words that carry a number inside them or beside them in a set form: German
// spelled compounds ("Fünfjähriger", "Fünfprozenthürde"), Italian century
// adjectives ("cinquecenteschi"), Roman quarters after a word ("quý I/2025"),
// period codes ("Q3"), prefixed years ("mid-2024"), and a word per a number
// ("nam/100").

// spelledCompound reads a word that a spelled number starts and one of the
// table's SpelledCompounds continues: German "Fünfjähriger" (5 years),
// "dreistündiger" (3 hours), "zwölfköpfigen" (12), "Zweijahresplan"; and
// returns the end of the word, or 0.
func (s *scanner) spelledCompound(i, we int) int {
	if len(s.loc.SpelledCompounds) == 0 || we-i < 6 {
		return 0
	}
	word := s.src[i:we]
	lower := strings.ToLower(word)
	if len(lower) != len(word) {
		return 0
	}
	for _, c := range s.loc.spelledCompoundKeys {
		at := strings.Index(lower[1:], c)
		if at < 0 {
			continue
		}
		at++
		r, ok := words.Match(s.loc.Lang, word[:at])
		u := s.loc.SpelledCompounds[c]
		if !ok || r.Len != at || r.Kind != words.Cardinal && !(r.Kind == words.Fraction && u == "pp") {
			continue // a fraction only before "Prozentpunkt": "Viertelprozentpunkt"
		}
		f := Fact{Kind: Number, Offset: i, End: we, Value: r.Value, Spelled: true}
		switch u {
		case "":
		case "%":
			f.Kind, f.Unit = Percent, u // "Fünfprozenthürde"
		case "pp":
			f.Kind, f.Unit = PercentPoint, u // "Viertelprozentpunkt", "Zehntelprozentpunkt"
		default:
			f.Kind, f.Unit = Quantity, u
		}
		s.emit(f)
		return we
	}
	return 0
}

// centuryWord reads one of the table's CenturyWords with one of its
// endings, the word being s.src[i:we]: Italian "cinquecenteschi" is the
// 16th (century). It returns the end of the word, or 0.
func (s *scanner) centuryWord(i, we int) int {
	if len(s.loc.CenturyWords) == 0 {
		return 0
	}
	lower := strings.ToLower(s.src[i:we])
	for _, end := range s.loc.CenturyEndings {
		if c, ok := s.loc.CenturyWords[strings.TrimSuffix(lower, end)]; ok && strings.HasSuffix(lower, end) {
			var v apd.Decimal
			v.SetInt64(int64(c))
			s.emit(Fact{Kind: Ordinal, Offset: i, End: we, Value: v, Spelled: true})
			return we
		}
	}
	return 0
}

// periodCode reads "Q3" (a period letter of the table and one digit, 1 to
// 4, making the whole token) as the ordinal 3, and returns the end; else 0.
func (s *scanner) periodCode(i, end int) int {
	if end != i+2 || !s.loc.periodCodes[s.src[i:i+1]] || s.src[i+1] < '1' || s.src[i+1] > '4' {
		return 0
	}
	var d apd.Decimal
	d.SetInt64(int64(s.src[i+1] - '0'))
	s.emit(Fact{Kind: Ordinal, Offset: i, End: end, Value: d})
	return end
}

// lowerWordSlash returns where the digits start in a token of lower-case
// letters, a slash and digits ("nam/100", "người/năm" has none), or 0: a
// word per a number, not a code (codes carry capitals or digits first:
// "17/QĐ-UBND", "QL18").
func lowerWordSlash(src string, i, end int) int {
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(src[j:])
		if !unicode.IsLower(r) {
			break
		}
		j += w
	}
	if j == i || j+1 >= end || src[j] != '/' || !isDigit(src[j+1]) || digitRun(src, j+1) != end {
		return 0
	}
	return j + 1
}

// romans are the Roman numerals romanPeriod reads.
var romans = map[string]int64{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}

// romanPeriod reads a Roman numeral after one of the table's RomanAfter
// words, and a year joined to it by "/": Vietnamese "quý I/2025" is the
// ordinal 1 and the year 2025. It returns the end, or 0.
func (s *scanner) romanPeriod(i, end int) int {
	if len(s.loc.romanAfter) == 0 {
		return 0
	}
	j := i
	for j < end && (s.src[j] == 'I' || s.src[j] == 'V' || s.src[j] == 'X') {
		j++
	}
	if j == i || j < end && s.src[j] != '/' {
		return 0
	}
	n, ok := romans[s.src[i:j]]
	if !ok {
		return 0
	}
	// the costlier look back last: every Vietnamese word start comes here
	if !s.clauseHas(i, s.loc.romanAfter, 1) || s.spacesBack(i) == i {
		return 0
	}
	var d apd.Decimal
	d.SetInt64(n)
	s.emit(Fact{Kind: Ordinal, Offset: i, End: j, Value: d})
	if j < end {
		if y, ye := s.yearAt(j + 1); y > 0 && ye == end {
			var yd apd.Decimal
			yd.SetInt64(int64(y))
			s.emit(Fact{Kind: Year, Offset: j + 1, End: ye, Value: yd})
			return end
		}
	}
	return j
}

// seasonSlash reads a season or fiscal year written with a slash, the
// token at i..end: "2024/2025", "2024/25" are the years 2024 to 2025, as
// "2024-25". Other slashed tokens are left to the code reader.
func (s *scanner) seasonSlash(i, end int) int {
	src := s.src
	if end-i != 7 && end-i != 9 || digitRun(src, i) != i+4 || src[i+4] != '/' || digitRun(src, i+5) != end {
		return 0
	}
	lo, _ := smallInt(src, i, 4)
	hi, _ := smallInt(src, i+5, 4)
	if lo < 1000 || lo > 2100 || end-i == 9 && hi != lo+1 || end-i == 7 && hi != (lo+1)%100 {
		return 0
	}
	var l, h apd.Decimal
	l.SetInt64(int64(lo))
	h.SetInt64(int64(lo + 1))
	s.emit(Fact{Kind: Range, Offset: i, End: end, Value: l, Low: s.arena.decimal(&l), High: s.arena.decimal(&h)})
	return end
}

// prefixedYear reads the year of "mid-2024", a year prefix of the table
// joined to four digits that end the token, and returns the end; else 0.
func (s *scanner) prefixedYear(i, end int) int {
	_, w := s.loc.yearPrefix.match(s.src, i)
	p := i + w
	if w == 0 || end-p != 4 || digitRun(s.src, p) != end {
		return 0
	}
	n, ok := scanNumeralIn(s.src, p, s.loc, &s.arena)
	if !ok || n.end != end {
		return 0
	}
	v := value{start: p, end: end, val: n.val, digits: n.numeralDigits, kind: Number}
	return s.finish(&v)
}
