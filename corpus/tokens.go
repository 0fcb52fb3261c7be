package corpus

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/runes"
)

// scanTokens gives sink the digits, codes and names among the
// whitespace-separated tokens of text. It is the loop every byte of a
// document goes through, so it classes bytes by one table (byteClass) and
// decodes a rune only past ASCII; a token without a digit or a capital
// letter, most words of running text, is done with as soon as its end is
// found. buf is scratch space, returned for reuse.
func scanTokens(sink anchorSink, text string, buf []byte) []byte {
	sentenceStart := true
	tokens, wide := 0, 0 // tokens read one by one, and those of them with a character past ASCII
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
		// Step over the tokens that cannot be anchors, most of running
		// text, eight bytes at a time (see plainEnd), to the token holding
		// the next byte that needs a look; of them only the last one
		// matters, for whether the sentence ends. It is not tried once
		// more than half the tokens read one by one have a character past
		// ASCII: in Vietnamese most tokens have one, few plain tokens
		// would be skipped, and trying cost 15% of the token scan.
		start, cls := i, byte(0)
		if wide*2 <= tokens {
			var again bool
			start, i, sentenceStart, again = skipPlain(text, i, sentenceStart)
			if i == len(text) {
				break // nothing but plain tokens left: no anchor
			}
			if again {
				continue // text[i] may be whitespace: the loop skips it
			}
		}
		// The token up to the next whitespace, with the classes of its
		// bytes (and clUpper for a capital past ASCII) or-ed into cls.
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
			cls |= clWide
			i += n
		}
		tokens++
		if cls&clWide != 0 {
			wide++
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
	clWide              // in scanTokens only: a character past ASCII
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

// plainEnd returns the index of the first byte at or after i that could be
// part of an anchor or end a run of plain tokens, or len(text): a byte
// below ' ' (control bytes and whitespace other than the space), a digit,
// an ASCII capital, or any byte of a multi-byte character. Before it, the
// text is tokens of lower-case letters and punctuation with spaces
// between them, none of which tokenAnchor takes (scanTokens would go
// through them token by token to find just that). It tests eight bytes at
// a time, as needsLook does.
func plainEnd(text string, i int) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	for ; i+8 <= len(text); i += 8 {
		w := runes.Load8(text, i)
		low := w &^ high
		atLeast := func(c uint64) uint64 { return (low + (0x80-c)*ones) & high } // bytes >= c
		control := ^atLeast(' ') & high
		digit := atLeast('0') &^ atLeast('9'+1)
		upper := atLeast('A') &^ atLeast('Z'+1)
		if m := w&high | control | digit | upper; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(text); i++ {
		if c := text[i]; c < ' ' || c >= utf8.RuneSelf || byteClass[c]&(clDigit|clUpper) != 0 {
			break
		}
	}
	return i
}

// skipPlain steps over the plain tokens from i, the start of a token, to
// plainEnd. It returns the start of the token holding the byte plainEnd
// stopped at, the index to read that token from (its bytes before it need
// no look), and whether a sentence ended before it (sentenceStart if no
// token was skipped). again says the token may be whitespace instead
// (nothing was skipped but the token reaches plainEnd's byte): the caller
// skips whitespace and tries again.
func skipPlain(text string, i int, sentenceStart bool) (start, next int, ended, again bool) {
	p := plainEnd(text, i)
	if p == i || p == len(text) {
		return i, p, sentenceStart, false
	}
	start = i
	if k := strings.LastIndexByte(text[i:p], ' '); k >= 0 {
		start = i + k + 1 // the token holding p starts here
		sentenceStart = plainEndsSentence(text[i:start])
	}
	again = start == p && (text[p] >= utf8.RuneSelf || byteClass[text[p]]&clSpace != 0)
	return start, p, sentenceStart, again
}

// plainEndsSentence reports whether the last token of run, plain text up
// to plainEnd that ends in a space, ends a sentence, as scanTokens decides
// it for a token.
func plainEndsSentence(run string) bool {
	run = strings.TrimRight(run, " ")
	if run == "" || byteClass[run[len(run)-1]]&clAlnum != 0 {
		return false
	}
	return endsSentence(run[strings.LastIndexByte(run, ' ')+1:])
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
