package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/tally-qa/tally/document"
	"github.com/tally-qa/tally/numbers"
)

// Anchor namespaces: the first byte hashed, so that a URL and a code with
// the same text stay apart.
const (
	nsURL    = 'u' // a URL or e-mail address, lower case, without scheme and www.
	nsFact   = 'f' // numbers.Fact.Key()
	nsDigits = 'd' // the digits of a number as written: 4.000 and 4,000 give 4000
	nsCode   = 'c' // a token with upper-case letters and digits, or an acronym: 17-NQ/TU, UNESCO
	nsName   = 'n' // a capitalised word inside a sentence, folded: Quảng → quang
)

// Anchors returns the anchors of a text in language tag: the strings that
// survive translation (URLs, numeric values, codes, capitalised names), each
// with a one-letter namespace ("u:", "f:", "d:", "c:", "n:"). It is the
// readable form of what Group hashes for a paragraph (but see
// readsNumberWords); duplicates are kept, in text order.
func Anchors(text string, tag language.Tag) []string {
	var out []string
	scanAnchors(text, tag, true, func(ns byte, s string) { out = append(out, string(ns)+":"+s) })
	return out
}

// anchorSet collects the hashed anchors of a document.
type anchorSet struct {
	h []uint64
}

func (a *anchorSet) add(ns byte, s string) {
	h := hashAnchor(ns, s) &^ nameBit
	if ns == nsName {
		h |= nameBit
	}
	a.h = append(a.h, h)
}

// nameBit marks the hash of a name anchor. Names are language-bound (a
// German noun is capitalised and never found in English), so a name counts
// against a document only when it is found in other languages too, while a
// number, code or URL counts wherever it is found.
const nameBit = 1 << 63

// sorted returns the distinct hashes in increasing order.
func (a *anchorSet) sorted() []uint64 {
	slices.Sort(a.h)
	return slices.Clip(slices.Compact(a.h))
}

// hashAnchor is 64-bit FNV-1a over the namespace byte and s. It is fixed
// (unlike hash/maphash) so that groupings are the same from run to run.
func hashAnchor(ns byte, s string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	h ^= uint64(ns)
	h *= prime
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// scanAnchors calls emit for every anchor of text: URLs first, then, if
// facts is set, the numeric facts numbers.Extract reads, then the tokens
// (digits, codes, names) of the text with the URLs blanked out.
func scanAnchors(text string, tag language.Tag, facts bool, emit func(ns byte, s string)) {
	text = blankURLs(text, emit)
	if facts {
		for _, f := range numbers.Extract(text, tag) {
			if k := f.Key(); k != "" {
				emit(nsFact, k)
			}
		}
	}
	sentenceStart := true
	var fold []byte
	for len(text) > 0 {
		// Next whitespace-separated token. ASCII bytes are classed by
		// table; anything else goes through unicode.IsSpace.
		i := 0
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		text = text[i:]
		j := 0
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				// "43 000" with U+00A0 or U+202F is one number: a narrow or
				// no-break space between digits groups them.
				if isGroupSpace(r) && j > 0 && isDigit(text[j-1]) && j+n < len(text) && isDigit(text[j+n]) {
					j += n
					continue
				}
				break
			}
			j += n
		}
		raw := text[:j]
		text = text[j:]
		if raw == "" {
			break
		}
		tok := raw
		if !asciiAlnum[raw[0]] || !asciiAlnum[raw[len(raw)-1]] {
			tok = strings.TrimFunc(raw, isEdgePunct) // else there is nothing to trim
		}
		start := sentenceStart
		sentenceStart = !asciiAlnum[raw[len(raw)-1]] && endsSentence(raw)
		if tok == "" {
			continue
		}
		fold = tokenAnchor(tok, start, fold, emit)
	}
}

// asciiSpace and asciiAlnum class ASCII bytes as unicode.IsSpace and
// unicode.IsLetter || unicode.IsDigit do; asciiAlnum is false for every
// byte of a multi-byte character.
var asciiSpace, asciiAlnum = func() (sp, an [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		sp[c] = unicode.IsSpace(rune(c))
		an[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return
}()

// tokenAnchor emits the anchor of one token, if it is one. buf is scratch
// space, returned for reuse.
func tokenAnchor(tok string, sentenceStart bool, buf []byte, emit func(ns byte, s string)) []byte {
	digits, upper, lower, letters, ascii := countASCII(tok)
	if ascii && digits == 0 && upper == 0 {
		return buf // a lower-case word (the most common token): no anchor
	}
	if !ascii {
		digits, upper, lower, letters = countRunes(tok)
	}
	switch {
	case digits > 0 && upper > 0:
		emit(nsCode, tok) // 17-NQ/TU, DT.550, COVID-19
	case digits > 0 && lower <= 3 && isDigit(tok[0]):
		// A number, perhaps with an ordinal or unit suffix: 4.000, 83,79, 15th, 100%.
		buf = buf[:0]
		for i := 0; i < len(tok); i++ {
			if c := tok[i]; c >= '0' && c <= '9' {
				buf = append(buf, c)
			}
		}
		emit(nsDigits, string(buf))
	case digits > 0:
		// a word with digits in it (mp3, covid19): not an anchor
	case upper >= 2 && lower == 0:
		emit(nsCode, tok) // an acronym: UNESCO, ASEAN
	case upper == 1 && letters >= 2 && !sentenceStart && startsUpper(tok):
		buf = foldName(buf[:0], tok)
		if len(buf) >= 2 {
			emit(nsName, string(buf))
		}
	}
	return buf
}

// countASCII counts the digits, upper- and lower-case letters of tok, if it
// is all ASCII (ok); countRunes counts them in any text.
func countASCII(tok string) (digits, upper, lower, letters int, ok bool) {
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c >= utf8.RuneSelf:
			return 0, 0, 0, 0, false
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z':
			upper++
			letters++
		case c >= 'a' && c <= 'z':
			lower++
			letters++
		}
	}
	return digits, upper, lower, letters, true
}

func countRunes(tok string) (digits, upper, lower, letters int) {
	for _, r := range tok {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			lower++
			letters++
		}
	}
	return digits, upper, lower, letters
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isGroupSpace reports whether r is a space used to group digits.
func isGroupSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2009' }

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// foldName appends s lower-cased, without diacritics and without what is not
// a letter: "Quảng" → "quang", "People's" → "peoples", "Đồng" → "dong".
func foldName(buf []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case r == 'đ' || r == 'Đ':
			buf = append(buf, 'd')
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// isEdgePunct reports whether r is punctuation to trim from a token's ends.
// '%' and '‰' stay (they do not change the digits).
func isEdgePunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r) && r != '%' && r != '‰'
}

// endsSentence reports whether a raw token ends a sentence (or a heading
// clause), so that the next capitalised word is not taken as a name.
func endsSentence(raw string) bool {
	raw = strings.TrimRight(raw, "\"'”“„»«)’")
	if raw == "" {
		return false
	}
	switch raw[len(raw)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// blankURLs emits the URLs and e-mail addresses of text and returns text
// with them replaced by spaces.
func blankURLs(text string, emit func(ns byte, s string)) string {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		return text
	}
	var b []byte
	last := 0
	for i := 0; i < len(text); {
		if i > 0 && !isURLBoundary(text[i-1]) {
			i++
			continue
		}
		end := urlEnd(text, i)
		if end <= i {
			i++
			continue
		}
		u := strings.TrimRight(text[i:end], ".,;:!?)]}'\"")
		end = i + len(u) // the sentence's full stop stays
		if b == nil {
			b = make([]byte, 0, len(text))
		}
		b = append(b, text[last:i]...)
		for k := i; k < end; k++ {
			b = append(b, ' ')
		}
		last = end
		if n := normURL(u); n != "" {
			emit(nsURL, n)
		}
		i = max(end, i+1)
	}
	if b == nil {
		return text
	}
	return string(append(b, text[last:]...))
}

func isURLBoundary(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '<' || c == '"' || c == '\''
}

// urlEnd returns the end of a URL or e-mail address starting at i, or i.
func urlEnd(text string, i int) int {
	rest := text[i:]
	isURL := hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")
	j := 0
	for j < len(rest) {
		c := rest[j]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"' {
			break
		}
		j++
	}
	if !isURL {
		at := strings.IndexByte(rest[:j], '@')
		if at <= 0 || !strings.Contains(rest[at:j], ".") {
			return i
		}
	}
	return i + j
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// in any case (strings.ToLower of every word start would allocate).
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// normURL lower-cases a URL and drops the scheme and a leading "www.".
func normURL(u string) string {
	u = strings.ToLower(u)
	if k := strings.Index(u, "://"); k >= 0 {
		u = u[k+3:]
	}
	u = strings.TrimPrefix(u, "www.")
	return strings.TrimRight(u, "/")
}

// manyNumerals is the number of runs of digits from which a document has
// anchors enough in its numerals: numbers.Extract then reads only its
// paragraphs that hold a digit, not the prose between them. Reading every
// word of prose for number words ("zehn", "ten") cost a fifth of content
// grouping's time on articles (the check reads them all anyway); in a
// document with few numerals, such as a short release with its figures
// spelled out, they are the anchors that link its versions.
const manyNumerals = 16

// readsNumberWords reports whether content grouping reads the numeric facts
// of every paragraph of a document (true), or only of those with a digit in
// them: it does when the document has fewer than manyNumerals runs of
// digits.
func readsNumberWords(paragraphs []document.Paragraph) bool {
	runs := 0
	for _, para := range paragraphs {
		p := para.Text
		for i := 0; i < len(p); i++ {
			if isDigit(p[i]) && (i == 0 || !isDigit(p[i-1])) {
				if runs++; runs >= manyNumerals {
					return false
				}
			}
		}
	}
	return true
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}
