package numbers

import "strings"

// Scores: a result is written "3-1" in English and Spanish, "3:1" in
// German and Dutch, and either side may come first ("a 3-1 win away" =
// "ganar por 1-3" from the home side). In a clause about a match (a word
// of the table's ScoreWords before it, or one right after it: "5:3-Sieg",
// "7:17 Toren"), two small whole numbers joined by a hyphen, a dash or a
// colon are the two numbers of a score, read apart: matched by value,
// whatever their order, rather than a range ("1-4" is no span from 1 to
// 4) or a clock time ("7:17").

// scoreWordsBack is how many words before a score the clause is searched
// for a word of the table's ScoreWords.
const scoreWordsBack = 8

// scorePair reads a score at i and emits its two numbers, returning the
// end, or 0.
func (s *scanner) scorePair(i int) int {
	if len(s.loc.scoreWords) == 0 {
		return 0
	}
	src := s.src
	if i > 0 && (isWordByte(src[i-1]) || src[i-1] == '-' || src[i-1] == '.' || src[i-1] == ',' || src[i-1] == ':') {
		return 0
	}
	a, j := smallInt(src, i, 2)
	if a < 0 || j >= len(src) {
		return 0
	}
	sep, q := "", j
	switch {
	case src[j] == '-' || src[j] == ':':
		sep, q = src[j:j+1], j+1
	case hasAt(src, j, "–"):
		sep, q = "–", j+3
	default:
		return 0
	}
	b, e := smallInt(src, q, 2)
	if b < 0 || e < len(src) && (isDigit(src[e]) || (src[e] == '.' || src[e] == ',' || src[e] == ':') && e+1 < len(src) && isDigit(src[e+1])) {
		return 0
	}
	if e < len(src) && src[e] == '%' || s.figureWordAt(e) || s.monthAfter(e) {
		return 0 // "16-17 August", "3-4%", "5-6 km": no score
	}
	after := s.scoreWordAfter(e)
	switch {
	case sep == ":" && e-q == 2 && !after:
		return 0 // "7:17" is a time unless a word of the match follows it
	case !after && !s.clauseHas(i, s.loc.scoreWords, scoreWordsBack):
		return 0
	}
	s.emitSmall(i, j, a)
	s.emitSmall(q, e, b)
	return e
}

// scoreWordAfter reports whether a word of ScoreWords follows p, right
// after a hyphen ("5:3-Sieg") or a space ("7:17 Toren").
func (s *scanner) scoreWordAfter(p int) bool {
	q := p
	if q < len(s.src) && s.src[q] == '-' {
		q++
	} else {
		q = s.spaces(p)
		if q == p {
			return false
		}
	}
	e := s.wordEnd(q)
	return e > q && s.loc.scoreWords[strings.ToLower(s.src[q:e])]
}

// monthAfter reports whether a month name follows p.
func (s *scanner) monthAfter(p int) bool {
	q := s.spaces(p)
	_, w := s.loc.months.match(s.src, q)
	return w > 0 && q > p
}

// emitSmall emits the whole number v written from i to e.
func (s *scanner) emitSmall(i, e, v int) {
	f := Fact{Kind: Number, Offset: i, End: e}
	f.Value.SetInt64(int64(v))
	s.emit(f)
}
