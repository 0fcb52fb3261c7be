package corpus

import (
	"slices"
	"strings"

	"golang.org/x/text/language"

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
	return scanBlankedTo(sink, blankURLs(text, sink.add), tag, facts, buf)
}

// scanBlankedTo is scanAnchorsTo for a text whose URLs blankURLs has
// blanked out and emitted already.
func scanBlankedTo(sink anchorSink, text string, tag language.Tag, facts bool, buf []byte) []byte {
	if facts {
		// Each key is written into buf and hashed from there: no string
		// is made for it.
		facts := numbers.Extract(text, tag)
		for i := range facts {
			if buf = facts[i].AppendKey(buf[:0]); len(buf) > 0 {
				sink.addBytes(nsFact, buf)
			}
		}
	}
	return scanTokens(sink, text, buf)
}

// blankURLs emits the URLs and e-mail addresses of text and returns text
// with them replaced by spaces.
func blankURLs(text string, emit func(ns byte, s string)) string {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		return text
	}
	var b []byte
	last := 0
	mail := strings.IndexByte(text, '@') >= 0 // else no word is an e-mail address
	for i := 0; i < len(text); {
		if i > 0 && !isURLBoundary(text[i-1]) {
			i++
			continue
		}
		end := urlEnd(text, i, mail)
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
// mail says text has an '@': else a word that does not start as a URL
// does is not read to its end (blankURLs tries every word of a text with
// a URL in it, and reading each to its end was half of its time).
// TestBlankURLsSameAsReference compares it with the way it was.
func urlEnd(text string, i int, mail bool) int {
	rest := text[i:]
	isURL := false
	if len(rest) > 0 && (rest[0]|0x20 == 'h' || rest[0]|0x20 == 'w') {
		isURL = hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")
	}
	if !isURL && !mail {
		return i
	}
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
