package corpus

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/document"
	"github.com/tally-qa/tally/internal/runes"
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
// readable form of what Group hashes for a paragraph, facts included (Group
// reads facts only in a document's lead paragraph, or in every paragraph of
// a document with few numerals: see manyNumerals); duplicates are kept, in
// text order.
func Anchors(text string, tag language.Tag) []string {
	var out []string
	scanAnchors(text, tag, true, func(ns byte, s string) { out = append(out, string(ns)+":"+s) })
	return out
}

// anchorSink receives the anchors of a text. The digits of a number and a
// folded name come as bytes of the scanner's scratch space, valid only
// during the call: anchorSet hashes them where they are (a string of each
// was a third of the allocations of content grouping's per-file path).
type anchorSink interface {
	add(ns byte, s string)
	addBytes(ns byte, b []byte)
}

// emitFunc is an anchorSink that calls a function with every anchor as a
// string.
type emitFunc func(ns byte, s string)

func (f emitFunc) add(ns byte, s string)      { f(ns, s) }
func (f emitFunc) addBytes(ns byte, b []byte) { f(ns, string(b)) }

// anchorSet collects the hashed anchors of a document.
type anchorSet struct {
	h []uint64
}

func (a *anchorSet) add(ns byte, s string)      { a.h = append(a.h, anchorHash(ns, s)) }
func (a *anchorSet) addBytes(ns byte, b []byte) { a.h = append(a.h, anchorHash(ns, b)) }

// anchorHash is hashAnchor with nameBit set for a name and clear otherwise.
func anchorHash[T string | []byte](ns byte, s T) uint64 {
	h := hashAnchor(ns, s) &^ nameBit
	if ns == nsName {
		h |= nameBit
	}
	return h
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
func hashAnchor[T string | []byte](ns byte, s T) uint64 {
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
	scanAnchorsTo(emitFunc(emit), text, tag, facts, nil)
}

// scanAnchorsTo is scanAnchors with the anchors going to sink; buf is
// scratch space, returned for reuse.
func scanAnchorsTo(sink anchorSink, text string, tag language.Tag, facts bool, buf []byte) []byte {
	text = blankURLs(text, sink.add)
	if facts {
		for _, f := range numbers.Extract(text, tag) {
			if k := f.Key(); k != "" {
				sink.add(nsFact, k)
			}
		}
	}
	return scanTokens(sink, text, buf)
}

// scanTokens gives sink the digits, codes and names among the
// whitespace-separated tokens of text. It is the loop every byte of a
// document goes through, so it classes bytes by one table (byteClass) and
// decodes a rune only past ASCII; a token without a digit or a capital
// letter, most words of running text, is done with as soon as its end is
// found. buf is scratch space, returned for reuse.
func scanTokens(sink anchorSink, text string, buf []byte) []byte {
	sentenceStart := true
	for i := 0; i < len(text); {
		// Skip the whitespace before the token.
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if byteClass[c]&clSpace == 0 {
					break
				}
				i++
				continue
			}
			r, n := runes.DecodeAt(text, i)
			if !runes.Space.Has(r) {
				break
			}
			i += n
		}
		if i == len(text) {
			break
		}
		// The token up to the next whitespace, with the classes of its
		// bytes (and clUpper for a capital past ASCII) or-ed into cls.
		start, cls := i, byte(0)
		for i < len(text) {
			// Step over the bytes that can only extend the token (most
			// of a lower-case word), eight at a time, to the next byte
			// that needs a look.
			for i+8 <= len(text) {
				if m := needsLook(runes.Load8(text, i)); m != 0 {
					i += bits.TrailingZeros64(m) / 8
					break
				}
				i += 8
			}
			if i == len(text) {
				break
			}
			if c := text[i]; c < utf8.RuneSelf {
				k := byteClass[c]
				if k&clSpace != 0 {
					if c == ' ' && isDigit(text[i-1]) && groupsAcrossSpace(text, start, i) {
						i++ // "11 883 495": one number in French and Vietnamese
						continue
					}
					break
				}
				cls |= k
				i++
				continue
			}
			r, n := runes.DecodeAt(text, i)
			if runes.Space.Has(r) {
				// "43 000" with U+00A0 or U+202F is one number: a narrow or
				// no-break space between digits groups them.
				if isGroupSpace(r) && i > start && isDigit(text[i-1]) && i+n < len(text) && isDigit(text[i+n]) {
					i += n
					continue
				}
				break
			}
			if runes.Upper.Has(r) {
				cls |= clUpper
			}
			i += n
		}
		raw := text[start:i]
		last := raw[len(raw)-1]
		atStart := sentenceStart
		sentenceStart = byteClass[last]&clAlnum == 0 && endsSentence(raw)
		if cls&(clDigit|clUpper) == 0 {
			// No digit and no capital letter: tokenAnchor would find
			// nothing (trimming only takes punctuation off).
			continue
		}
		tok := raw
		if byteClass[raw[0]]&clAlnum == 0 || byteClass[last]&clAlnum == 0 {
			tok = strings.TrimFunc(raw, edgePunct.Has) // else there is nothing to trim
		}
		if tok == "" {
			continue
		}
		buf = tokenAnchor(sink, tok, atStart, buf)
	}
	return buf
}

// The classes of byteClass, bits of one byte.
const (
	clSpace = 1 << iota // ASCII whitespace (unicode.IsSpace)
	clAlnum             // ASCII letter or digit
	clDigit             // 0-9
	clUpper             // A-Z (and, in scanTokens, a capital past ASCII)
)

// byteClass classes the ASCII bytes; every byte of a multi-byte character
// is 0 (none of the classes).
var byteClass = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		r := rune(c)
		if unicode.IsSpace(r) {
			t[c] |= clSpace
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t[c] |= clAlnum
		}
		if c >= '0' && c <= '9' {
			t[c] |= clDigit
		}
		if c >= 'A' && c <= 'Z' {
			t[c] |= clUpper
		}
	}
	return t
}()

// needsLook marks, by the high bit of each of its bytes, the bytes of w
// (eight bytes of text, the first in the low byte) that the token loop of
// scanTokens must look at: whitespace and control bytes (up to ' '),
// digits, ASCII capitals, and every byte of a multi-byte character. The
// others (lower-case letters, punctuation) are neither clSpace, clDigit nor
// clUpper: they change nothing but where the token ends. Each byte is
// tested on its low seven bits, to which adding a constant below 0x80
// carries into its own high bit and never into the next byte.
func needsLook(w uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	low := w &^ high
	atLeast := func(c uint64) uint64 { return (low + (0x80-c)*ones) & high } // bytes >= c
	spaceOrControl := ^atLeast(' '+1) & high
	digit := atLeast('0') &^ atLeast('9'+1)
	upper := atLeast('A') &^ atLeast('Z'+1)
	return w&high | spaceOrControl | digit | upper
}

// edgePunct is isEdgePunct by table (runes.Table).
var edgePunct = runes.NewTable(isEdgePunct)

// tokenAnchor gives sink the anchor of one token, if it is one. buf is
// scratch space, returned for reuse.
func tokenAnchor(sink anchorSink, tok string, sentenceStart bool, buf []byte) []byte {
	digits, upper, lower, letters, ascii := countASCII(tok)
	if ascii && digits == 0 && upper == 0 {
		return buf // a lower-case word (the most common token): no anchor
	}
	if !ascii {
		digits, upper, lower, letters = countRunes(tok)
	}
	switch {
	case digits > 0 && upper > 0:
		sink.add(nsCode, tok) // 17-NQ/TU, DT.550, COVID-19
	case digits > 0 && lower <= 3 && isDigit(tok[0]):
		// A number, perhaps with an ordinal or unit suffix: 4.000, 83,79, 15th, 100%.
		// A range, "2022-2023" or "2022–2023", is two numbers, as in
		// "de 2022 à 2023".
		buf = buf[:0]
		for i := 0; i < len(tok); i++ {
			switch c := tok[i]; {
			case c >= '0' && c <= '9':
				buf = append(buf, c)
			case len(buf) > 0 && (c == '-' || c == 0xE2 && strings.HasPrefix(tok[i:], "–")):
				sink.addBytes(nsDigits, buf)
				buf = buf[:0]
			}
		}
		if len(buf) > 0 {
			sink.addBytes(nsDigits, buf)
		}
	case digits > 0:
		// a word with digits in it (mp3, covid19): not an anchor
	case upper >= 2 && lower == 0:
		sink.add(nsCode, tok) // an acronym: UNESCO, ASEAN
	case upper == 1 && letters >= 2 && !sentenceStart && startsUpper(tok):
		buf = foldName(buf[:0], tok)
		if len(buf) >= 2 {
			sink.addBytes(nsName, buf)
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
	for i := 0; i < len(tok); {
		r, n := runes.DecodeAt(tok, i)
		i += n
		switch {
		case r >= '0' && r <= '9':
			digits++
		case runes.Upper.Has(r):
			upper++
			letters++
		case runes.Letter.Has(r):
			lower++
			letters++
		}
	}
	return digits, upper, lower, letters
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// groupsAcrossSpace reports whether the ASCII space at text[i], inside the
// token starting at start, groups digits: a group of one to three digits
// before it (from the token's start or another group space), and exactly
// three digits after it, then no further digit or letter. "11 883 495" and
// "+49 312" are one number each; "2019 150" and "3 4567" are two.
func groupsAcrossSpace(text string, start, i int) bool {
	j := i
	for j > start && isDigit(text[j-1]) {
		j--
	}
	if n := i - j; n < 1 || n > 3 || j > start && (text[j-1] == '.' || text[j-1] == ',') {
		return false // no digits, four of them, or a group of "1.234 567"
	}
	if i+4 > len(text) || !isDigit(text[i+1]) || !isDigit(text[i+2]) || !isDigit(text[i+3]) {
		return false
	}
	return i+4 == len(text) || byteClass[text[i+4]]&clAlnum == 0
}

// isGroupSpace reports whether r is a space used to group digits.
func isGroupSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2009' }

func startsUpper(s string) bool {
	r, _ := runes.DecodeAt(s, 0)
	return runes.Upper.Has(r)
}

// isEdgePunct reports whether r is punctuation to trim from a token's ends.
// '%' and '‰' stay (they do not change the digits).
func isEdgePunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r) && r != '%' && r != '‰'
}

// endsSentence reports whether a raw token ends a sentence (or a heading
// clause), so that the next capitalised word is not taken as a name: it
// ends in '.', '!', '?', ':' or ';', perhaps followed by closing quotes and
// brackets (isClosing). It looks at the token from its end, rune by rune,
// and is done at the first rune that is neither: most tokens of prose end
// in a letter, many of them past ASCII ("não", "été", "của"), for which
// strings.TrimRight with the closing characters took the slow path of its
// non-ASCII cutset.
func endsSentence(raw string) bool {
	for len(raw) > 0 {
		switch c := raw[len(raw)-1]; {
		case c == '.' || c == '!' || c == '?' || c == ':' || c == ';':
			return true
		case c == '"' || c == '\'' || c == ')':
			raw = raw[:len(raw)-1]
		case c < utf8.RuneSelf:
			return false
		default:
			r, n := utf8.DecodeLastRuneInString(raw)
			if !isClosing(r) {
				return false
			}
			raw = raw[:len(raw)-n]
		}
	}
	return false
}

// isClosing reports whether r is one of the quotation marks and brackets
// endsSentence looks past: "'”“„»«)’.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '“', '„', '»', '«', ')', '’':
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
// anchors enough in its numerals. numbers.Extract then reads only its first
// paragraph with a digit in it (the lead, with the article's date and
// headline figure, whose facts are rarer anchors than their digits: "26
// January 2015" is one date, "26" and "2015" are common numbers); the
// other paragraphs give the digits of their numbers only. Reading every
// paragraph with a digit for facts was a seventh of the CPU time of a
// corpus grouped by content, and reading prose for number words ("zehn",
// "ten") a fifth more. In a document with few numerals, such as a short
// release with its figures spelled out, facts and number words are the
// anchors that link its versions, and every paragraph is read for them.
// Eight runs of digits are enough: at 16, 1,000 and 10,000 anonymous
// article sets grouped the same and took 1% more CPU.
const manyNumerals = 8

// readsNumberWords reports whether content grouping reads the numeric facts
// of every paragraph of a document (true), or only of its lead: it does when
// the document has fewer than manyNumerals runs of digits.
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
