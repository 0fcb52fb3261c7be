package align

import (
	"math/bits"
	"unicode"

	"github.com/tally-qa/tally/internal/runes"
)

// This file holds the word scanner of TextAnchors: one pass over a
// paragraph that cuts it into words where strings.Fields does and, on the
// way, classes each word's bytes and counts the quotation marks, so that no
// second pass over the text or the word is needed.

// wordScanner yields the words of text between white space, as
// strings.FieldsSeq does. Bytes are classed by a table (byteClass): one
// loop skips space, another runs to the end of the word, eight bytes at a
// time across the bytes that need no look (lower-case ASCII letters,
// digits, most punctuation, the continuation bytes of multi-byte
// characters). Only the leading bytes of the multi-byte characters that
// include a space are decoded, and of those not 0xE1 before a byte other
// than 0x9A; every other byte from 0x80 up (other leading bytes,
// continuation bytes) is not space, so stepping over it byte by byte ends
// words where decoding rune by rune would.
type wordScanner struct {
	text string
	k    int // where the next word is looked for
	// quotes counts the double quotation marks of any style in the words
	// read so far: '"', “ ” „ and « ». They are never space, so every one
	// is inside some word.
	quotes int
	// wait and backoff pace trySkip: the tries it lets pass before its
	// next call of skipPlain, and after the next that passes no word.
	wait, backoff int
}

// next returns the next word, the union of its bytes' classes (classAt,
// classJoint) and how many of its bytes are classUpper: the ASCII capitals,
// and the leading byte of every multi-byte character, which may be one, so
// that the caller's exact test still runs. ok is false after the last word.
func (w *wordScanner) next() (word string, cls byte, upper int, ok bool) {
	text, k := w.text, w.k
	for k < len(text) { // skip space
		switch byteClass[text[k]] {
		case isSpace:
			k++
			continue
		case mayBeSpace:
			if r, size := runes.DecodeAt(text, k); space.Has(r) {
				k += size
				continue
			}
		}
		break
	}
	if k == len(text) {
		w.k = k
		return "", 0, 0, false
	}
	start := k
	for k < len(text) { // the word
		for k+8 <= len(text) {
			if m := specialBytes(runes.Load8(text, k)); m != 0 {
				k += bits.TrailingZeros64(m) >> 3
				break
			}
			k += 8
		}
		if k == len(text) {
			break
		}
		c := byteClass[text[k]]
		if c == isSpace {
			break
		}
		if c == mayBeSpace {
			if text[k] == 0xE1 && k+1 < len(text) && text[k+1] != 0x9A {
				// 0xE1 leads most Vietnamese letters, and of the space and
				// quotation marks only U+1680 (E1 9A 80): a letter, whose
				// continuation bytes the loop steps over
				upper++
				k++
				continue
			}
			r, size := runes.DecodeAt(text, k)
			if space.Has(r) {
				break
			}
			if r == '“' || r == '”' || r == '„' || r == '«' || r == '»' {
				w.quotes++
			}
			upper++ // a leading byte
			k += size
			continue
		}
		if text[k] == '"' {
			w.quotes++
		}
		cls |= c
		upper += int(c & classUpper)
		k++
	}
	w.k = k
	return text[start:k], cls, upper, true
}

// space is unicode.IsSpace by table.
var space = runes.NewTable(unicode.IsSpace)

// fields yields the words of text as the wordScanner reads them.
func fields(text string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		ws := wordScanner{text: text}
		for {
			word, _, _, ok := ws.next()
			if !ok || !yield(word) {
				return
			}
		}
	}
}

// The classes of byteClass: a byte is white space (isSpace), may start a
// multi-byte white space (mayBeSpace), or is in a word with the bits below.
const (
	isSpace    = 0x80 // ASCII white space: '\t' to '\r' and ' '
	mayBeSpace = 0x40 // the leading byte of U+0085, U+00A0 (0xC2), U+1680 (0xE1), U+2000–U+205F (0xE2) or U+3000 (0xE3)

	classUpper = 1 // 'A'–'Z', or the leading byte of a multi-byte character (counted: keep it 1)
	classAt    = 2 // '@'
	classJoint = 4 // '/' or '-'
)

// byteClass classes every byte for wordScanner. TestSpaceClass checks its
// space classes against unicode.IsSpace for every rune.
var byteClass = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classUpper
	}
	for c := 0xC0; c < 0x100; c++ { // the first byte of a multi-byte character
		t[c] = classUpper
	}
	t['@'], t['/'], t['-'] = classAt, classJoint, classJoint
	for _, c := range []byte{'\t', '\n', '\v', '\f', '\r', ' '} {
		t[c] = isSpace
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = mayBeSpace
	}
	return t
}()

// specialBytes returns x with the high bit set of each byte that the word
// loop must look at, and every other bit clear: a byte from 0xC0 up (the
// first of a multi-byte character), one below '#' (control characters,
// space, '!', '"'), '-' to '/' and '@' to 'Z'. Some need no look ('!',
// '.'): they cost a step of the byte loop. The continuation bytes, 0x80 to
// 0xBF, need none either: they are not space, and their class is empty;
// skipping them takes an accented letter in one step of the byte loop, not
// one a byte. Each byte without its high bit is at least b when adding
// 0x80-b sets its high bit; no sum carries into the next byte. x<<1 moves
// each byte's bit 6 to its own bit 7 (its bit 7 goes to the next byte's
// bit 0, which the mask drops).
func specialBytes(x uint64) uint64 {
	const (
		hi, low7 = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
		ones     = 0x0101010101010101
	)
	x7 := x & low7
	below := ^(x7 + (0x80-'#')*ones)
	joint := (x7 + (0x80-'-')*ones) &^ (x7 + (0x80-'0')*ones)
	upper := (x7 + (0x80-'@')*ones) &^ (x7 + (0x80-'Z'-1)*ones)
	return ((below|joint|upper)&^x | x&(x<<1)) & hi
}

// trySkip moves w past the words ahead made of plain bytes alone (see
// plainByte) and reports whether there was one. Such a word gives
// AppendTextAnchors no anchor, whatever its place: no capital, no '@',
// '/' or '-', no quotation mark, no URL (which needs ':' or '.'); it
// breaks a run of names and ends no sentence (no '.', '!', '?', ':' or
// '…'). Lower-case words and figures without a point are most of the
// words of a text in a Latin script, in runs: eight bytes at a time here,
// not one word at a time in next. w stops at the start of the first word
// with another byte, or at the end of the text.
//
// A look ahead that passes no word costs time, and in Vietnamese most
// words of ASCII alone are followed by one with a letter of its own
// (looking after each cost its TextAnchors 3% more instructions, against
// under 1% so): after such a look, as many calls as the last waited,
// twice and one more (up to maxBackoff), return false at once.
func (w *wordScanner) trySkip() bool {
	if w.wait > 0 { // small enough to be inlined: most calls end here
		w.wait--
		return false
	}
	return w.skipPlain()
}

// maxBackoff is the most calls trySkip lets pass before it looks ahead
// again.
const maxBackoff = 15

// skipPlain is trySkip once it has waited.
func (w *wordScanner) skipPlain() bool {
	text, k := w.text, w.k
	end := k // past the last ' ' before the first byte that is not plain
	x := k
	for ; x+8 <= len(text); x += 8 {
		stop, space := plainMasks(runes.Load8(text, x))
		if stop != 0 {
			space &= stop&-stop - 1 // the lanes before the first stop
		}
		if space != 0 {
			end = x + (63-bits.LeadingZeros64(space))>>3 + 1
		}
		if stop != 0 {
			break
		}
	}
	if x+8 > len(text) { // the last bytes, one by one
		for ; x < len(text) && plainByte[text[x]]; x++ {
			if text[x] == ' ' {
				end = x + 1
			}
		}
		if x == len(text) {
			end = x // plain to the end
		}
	}
	for k < end && text[k] == ' ' {
		k++
	}
	if k == end { // no word: only space before the next word's start
		w.wait, w.backoff = w.backoff, min(2*w.backoff+1, maxBackoff)
		return false
	}
	w.k, w.backoff = end, 0
	return true
}

// plainByte reports the bytes of the words skipPlain passes: ' ', the
// lower-case ASCII letters, the digits, and '#' to ','. Of the space
// characters only ' ' is one: a word ends at it. TestPlainBytes checks
// plainMasks against it.
var plainByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c == ' ' || c >= '#' && c <= ',' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z'
	}
	return t
}()

// plainMasks returns x with the high bit set of each byte that is not a
// plainByte (stop), and of each ' ' (space), and every other bit clear,
// by the sums of specialBytes: a byte from 0x80 up, or one outside ' ',
// '#'–',', '0'–'9' and 'a'–'z', stops. A byte without its high bit is ' '
// when it XOR ' ' is 0, which adding 0x7f leaves without its high bit.
func plainMasks(x uint64) (stop, space uint64) {
	const (
		hi, low7 = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
		ones     = 0x0101010101010101
	)
	x7 := x & low7
	space = ^((x7 ^ ' '*ones) + 0x7f*ones) &^ x & hi
	punct := (x7 + (0x80-'#')*ones) &^ (x7 + (0x80-','-1)*ones)
	digit := (x7 + (0x80-'0')*ones) &^ (x7 + (0x80-'9'-1)*ones)
	lower := (x7 + (0x80-'a')*ones) &^ (x7 + (0x80-'z'-1)*ones)
	return ^(space|punct|digit|lower)&hi | x&hi, space
}
