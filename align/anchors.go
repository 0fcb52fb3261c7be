package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/fold"
	"github.com/tally-qa/tally/internal/runes"
)

// quoteAnchor stands for one quoted passage: the words inside are
// translated, but that there is a quotation usually survives.
const quoteAnchor = "“”"

// TextAnchors returns tokens of text that survive translation unchanged, as
// anchors for Unit.Anchors:
//
//   - URLs ("https://…", "www.…") and e-mail addresses, lower-cased;
//   - codes that mix digits and letters with '/' or '-' ("17-NQ/TU");
//   - all-caps acronyms of two or more letters ("VND", "COVID");
//   - pairs of adjacent capitalised words not at the start of a sentence
//     ("Quang Ninh", "Ha Long"), with diacritics removed ("Quảng Ninh" gives
//     "Quang Ninh");
//   - one "“”" per quoted passage, whatever the quotation marks.
//
// Numbers are not included: the caller adds its own numeric keys. The scan
// is a single pass over the words; anchors come in text order.
func TextAnchors(text string) []string { return AppendTextAnchors(nil, text) }

// AppendTextAnchors appends TextAnchors(text) to out and returns it, so
// that a caller that gathers anchors for many texts can reuse one buffer.
func AppendTextAnchors(out []string, text string) []string {
	base := len(out)
	sentenceStart := true // the next word starts a sentence
	prevCap := ""         // the previous word, if capitalised and adjacent
	prevAt := 0           // where prevCap starts in text
	prevInitial := false  // whether that word started a sentence
	ws := wordScanner{text: text}
	for {
		raw, cls, upper, ok := ws.next()
		if !ok {
			break
		}
		// Most words start with an ASCII letter or digit, and most have no
		// capital: the tests below that such words would pass to a call
		// are made here first, so that most words make no call.
		first, last := raw[0], raw[len(raw)-1]
		if cls&(classAt|classJoint) == 0 && !mayBeURL(raw) &&
			(isASCIIAlnum(first) && (upper == 0 || first >= 'a') || first >= utf8.RuneSelf && startsLower(raw)) {
			// A plain word: no leading punctuation, no '@', '/' or '-'
			// (cls), not "http…" or "www…", and no capital (upper) or a
			// lower-case first letter (then it is neither capitalised nor
			// an acronym, whatever follows: "tháng", "mRNA", "được"). It
			// gives no anchor and breaks a run of names; whether it ends a
			// sentence is read from its last byte ("jaar," "evalueren."),
			// or its last letter ("está", "đồng"); a closing mark (')',
			// '"', '”') takes the exact test below.
			e := plainEnd[last]
			if e == endExact && last >= utf8.RuneSelf && endsLower(raw) {
				e = endNone
			}
			if e != endExact {
				sentenceStart, prevCap = e == endStop, ""
				// after a word of ASCII without a capital (upper), the
				// next are most often plain too: trySkip passes them (a
				// word it passes would leave the state as this one has,
				// and as ending no sentence)
				if upper == 0 && ws.trySkip() {
					sentenceStart = false
				}
				continue
			}
		}
		lo, hi := 0, len(raw)
		endAlnum := isASCIIAlnum(last)
		if !endAlnum || !isASCIIAlnum(first) {
			lo, hi = coreBounds(raw)
		}
		core := raw[lo:hi]
		leadBreak := len(core) > 0 && lo > 0 && strings.IndexFunc(raw[:lo], isOpenPunct) >= 0
		initial := sentenceStart || leadBreak // a quotation starts capitalised too
		sentenceStart = !endAlnum && endsSentence(raw)
		trailBreak := core != "" && hi < len(raw)
		if core == "" {
			prevCap = ""
			continue
		}
		// cls and upper are of raw, the core with its edge punctuation: an
		// '@', '/' or '-' or an upper-case letter there passes on to the
		// exact tests below, which then turn the word away as before
		switch {
		case (core[0]|0x20 == 'h' || core[0]|0x20 == 'w') && isURL(core): // http, www
			out = append(out, strings.ToLower(strings.TrimRight(core, "/")))
			prevCap = ""
			continue
		case cls&classAt != 0 && isEmail(core):
			out = append(out, strings.ToLower(core))
			prevCap = ""
			continue
		case cls&classJoint != 0 && isCode(core):
			out = append(out, core)
			prevCap = ""
			continue
		}
		if upper >= 2 {
			out = appendAcronyms(out, core)
		}
		// a capital, or a multi-byte character that may be one, counts in
		// upper: without one the word is not capitalised
		if upper == 0 || !isCapitalised(core) {
			prevCap = ""
			continue
		}
		at := ws.k - len(raw) + lo // where core starts in text
		if prevCap != "" && !prevInitial && !leadBreak {
			out = append(out, fold.Marks(joinWords(text, prevCap, prevAt, core, at)))
		}
		prevCap, prevAt, prevInitial = core, at, initial
		if trailBreak {
			prevCap = ""
		}
	}
	// one "“”" per quoted passage, before the words' anchors
	if n := ws.quotes / 2; n > 0 {
		out = slices.Insert(out, base, slices.Repeat([]string{quoteAnchor}, n)...)
	}
	return out
}

// joinWords returns a+" "+b, where a and b are the words of text at
// offsets ia and ib (ia < ib). Most such pairs are written with one space
// between them: the text itself is then the answer, with no string built
// (and fold.Marks returns ASCII text as it is).
func joinWords(text, a string, ia int, b string, ib int) string {
	if end := ia + len(a); ib == end+1 && text[end] == ' ' {
		return text[ia : ib+len(b)]
	}
	return a + " " + b
}

// startsLower reports a word whose first character is a lower-case
// letter: it is neither capitalised nor an acronym.
func startsLower(raw string) bool {
	r, _ := runes.DecodeAt(raw, 0)
	return lowerCase.Has(r)
}

// endsLower reports a word whose last character is a lower-case letter:
// it ends no sentence.
func endsLower(raw string) bool {
	r, _ := utf8.DecodeLastRuneInString(raw)
	return lowerCase.Has(r)
}

// mayBeURL reports a word that isURL may accept: longer than seven bytes
// and starting "ht" or "ww" in either case. Most words starting with 'h'
// or 'w' are not, and are answered without isURL's tests.
func mayBeURL(raw string) bool {
	return len(raw) > 7 && (raw[0]|0x20 == 'h' && raw[1]|0x20 == 't' || raw[0]|0x20 == 'w' && raw[1]|0x20 == 'w')
}

// The classes of plainEnd.
const (
	endExact = 0 // ask endsSentence
	endNone  = 1 // the word ends no sentence
	endStop  = 2 // the word ends a sentence
)

// plainEnd classes the last byte of a word that starts with a letter or
// digit, for endsSentence: an ASCII byte that is no closing mark
// (closer) decides alone, as endsSentence's suffix tests read it; a
// closing mark and the last byte of a multi-byte character (a closing
// quotation mark, '…') need the exact test. TestPlainEnd checks it
// against endsSentence.
var plainEnd = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case closer.Has(rune(c)):
		case c == '.' || c == '!' || c == '?' || c == ':':
			t[c] = endStop
		default:
			t[c] = endNone
		}
	}
	return t
}()

// coreBounds returns the bounds of raw without the punctuation and symbols
// at its edges. Most words start and end with an ASCII letter or digit:
// those are answered without a Unicode table.
func coreBounds(raw string) (lo, hi int) {
	lo, hi = 0, len(raw)
	if hi == 0 {
		return 0, 0
	}
	if !isASCIIAlnum(raw[0]) {
		lo = len(raw) - len(trimLeft(raw, edgePunct))
	}
	if lo < hi && !isASCIIAlnum(raw[hi-1]) {
		hi = lo + len(trimRight(raw[lo:], edgePunct))
	}
	return lo, hi
}

// trimLeft is strings.TrimLeftFunc(s, f) for f's table.
func trimLeft(s string, f *runes.Table) string {
	for len(s) > 0 {
		if c := s[0]; c < utf8.RuneSelf {
			if !f.Has(rune(c)) {
				break
			}
			s = s[1:]
			continue
		}
		r, size := runes.DecodeAt(s, 0)
		if !f.Has(r) {
			break
		}
		s = s[size:]
	}
	return s
}

// trimRight is strings.TrimRightFunc(s, f) for f's table.
func trimRight(s string, f *runes.Table) string {
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if !f.Has(rune(c)) {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !f.Has(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// The predicates of the per-word tests by table (runes.Table): most of
// their answers, for Latin and Vietnamese letters, come from one bit.
var (
	edgePunct = runes.NewTable(isEdgePunct)
	closer    = runes.NewTable(isCloser)
	upperCase = runes.NewTable(unicode.IsUpper)
	lowerCase = runes.NewTable(unicode.IsLower)
)

// isASCIIAlnum reports an ASCII letter or digit, by table: it is asked of
// both ends of every word, and a load costs less than the three ranges.
func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return t
}()

func isEdgePunct(r rune) bool {
	return unicode.IsPunct(r) && r != '/' || unicode.IsSymbol(r) && r != '%'
}

func isOpenPunct(r rune) bool {
	return unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pi, r) || r == '"' || r == '„'
}

// endsSentence reports whether a word ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(raw string) bool {
	if raw == "" || isASCIIAlnum(raw[len(raw)-1]) {
		return false
	}
	s := trimRight(raw, closer)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, "…") || strings.HasSuffix(s, ":")
}

// isCloser reports the closing quotes and brackets that may follow the
// punctuation that ends a sentence.
func isCloser(r rune) bool {
	return unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Pf, r) || r == '"' || r == '\'' || r == '“'
}

func isURL(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case 'h', 'H', 'w', 'W':
	default:
		return false
	}
	return (hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") ||
		hasPrefixFold(s, "www.")) && len(s) > 7
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case, without the
// allocation of lower-casing every word of every paragraph.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at+1:], '.') > 0 && !strings.ContainsAny(s[at+1:], "@/")
}

// isCode reports a token with a digit, a letter and an inner '/' or '-'.
func isCode(s string) bool {
	if !hasJoint(s) {
		return false
	}
	var digit, letter, joint bool
	for k, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsLetter(r):
			letter = true
		case (r == '/' || r == '-') && k > 0 && k < len(s)-1:
			joint = true
		}
	}
	return digit && letter && joint
}

// hasJoint reports a '/' or '-' in s.
func hasJoint(s string) bool { return indexJoint(s) >= 0 }

// indexJoint returns the index of the first '/' or '-' in s, or -1 (a byte
// loop: strings.IndexAny costs more than the whole test on words this
// short).
func indexJoint(s string) int {
	for k := 0; k < len(s); k++ {
		if s[k] == '/' || s[k] == '-' {
			return k
		}
	}
	return -1
}

// appendAcronyms adds the all-caps parts (two or more letters, digits
// allowed) of a word split at '/' and '-'.
func appendAcronyms(out []string, word string) []string {
	upper := 0
	for k := 0; k < len(word); k++ {
		if c := word[k]; c >= 'A' && c <= 'Z' {
			upper++
		} else if c >= utf8.RuneSelf {
			r, size := runes.DecodeAt(word, k)
			if upperCase.Has(r) {
				upper++
			}
			k += size - 1
		}
	}
	if upper < 2 { // most words: no need to split
		return out
	}
	// the parts between '/' and '-', as strings.FieldsFunc cuts them, without
	// its slice of parts
	for rest := word; rest != ""; {
		var part string
		if k := indexJoint(rest); k >= 0 {
			part, rest = rest[:k], rest[k+1:]
		} else {
			part, rest = rest, ""
		}
		if part == "" {
			continue
		}
		letters := 0
		ok := true
		for _, r := range part {
			switch {
			case unicode.IsUpper(r):
				letters++
			case r >= '0' && r <= '9':
			default:
				ok = false
			}
		}
		if ok && letters >= 2 {
			out = append(out, part)
		}
	}
	return out
}

// isCapitalised reports an upper-case initial followed by at least one
// lower-case letter.
func isCapitalised(s string) bool {
	if s == "" {
		return false
	}
	size := 1
	if c := s[0]; c < utf8.RuneSelf {
		if c < 'A' || c > 'Z' {
			return false
		}
	} else {
		var r rune
		r, size = runes.DecodeAt(s, 0)
		if !upperCase.Has(r) {
			return false
		}
	}
	for k := size; k < len(s); k++ {
		c := s[k]
		if c >= 'a' && c <= 'z' {
			return true
		}
		if c >= utf8.RuneSelf {
			r, n := runes.DecodeAt(s, k)
			if lowerCase.Has(r) {
				return true
			}
			k += n - 1
		}
	}
	return false
}

// digitAnchors returns one "#digits" anchor per number in text, with group
// and decimal separators removed ("4.000" and "4,000" both give "#4000";
// "83,79" and "83.79" give "#8379"). A crude, language-blind stand-in for
// the caller's numeric keys, used for sentence alignment.
func digitAnchors(text string) []string {
	var out []string
	var b []byte
	flush := func() {
		if len(b) > 0 {
			out = append(out, "#"+string(b))
			b = b[:0]
		}
	}
	for k := 0; k < len(text); {
		r, size := utf8.DecodeRuneInString(text[k:])
		switch {
		case r >= '0' && r <= '9':
			b = append(b, byte(r))
		case len(b) > 0 && joinsDigits(text[k+size:], r):
		default:
			flush()
		}
		k += size
	}
	flush()
	return out
}

// joinsDigits reports whether separator r, followed by rest, sits inside a
// number: '.', ',' and apostrophes before any digit, spaces only before a
// group of exactly three digits ("43 000", not "2024 83").
func joinsDigits(rest string, r rune) bool {
	switch r {
	case '.', ',', '\'', '’':
		return rest != "" && isDigit(rest[0])
	case ' ', '\u00a0', '\u202f':
		return len(rest) >= 3 && isDigit(rest[0]) && isDigit(rest[1]) && isDigit(rest[2]) &&
			(len(rest) == 3 || !isDigit(rest[3]))
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
