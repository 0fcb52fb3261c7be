package numbers

import (
	"encoding/binary"
	"math/bits"
	"strings"
)

// blank returns text with URLs and e-mail addresses replaced by spaces,
// byte for byte, so that offsets stay valid and nothing in them is read as
// a number (STYLE.md #8, misspell's RemoveNotWords).
func blank(text string) string {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); i++ {
		// most bytes start none of the cases below: they are passed eight
		// at a time (the mask is of the bytes as blanked so far)
		if i+8 <= len(b) {
			m := blankStarts(binary.LittleEndian.Uint64(b[i:]))
			if m == 0 {
				i += 7
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		} else if c := b[i]; c != ':' && c != '@' && c|0x20 != 'w' {
			continue
		}
		switch {
		case b[i] == ':' && i+2 < len(b) && b[i+1] == '/' && b[i+2] == '/':
			blankToken(b, i)
		case b[i] == '@' && i > 0 && i+1 < len(b) && !isSpaceByte(b[i-1]) && !isSpaceByte(b[i+1]):
			blankToken(b, i)
		case (b[i] == 'w' || b[i] == 'W') && i+3 < len(b) && strings.EqualFold(string(b[i:i+4]), "www.") &&
			(i == 0 || isSpaceByte(b[i-1]) || b[i-1] == '(' || b[i-1] == '<'):
			blankToken(b, i)
		}
	}
	return string(b)
}

// blankStarts returns x, eight bytes of text, with the high bit set of
// each byte that may start a case of blank (':', '@', 'w', 'W') and every
// other bit clear. A byte lane of y is zero when adding 0x7f to its low
// seven bits leaves its high bit clear and its own is clear too; no sum
// carries into the next lane. 'w' and 'W' are one byte with 0x20 set.
func blankStarts(x uint64) uint64 {
	const low7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	const ones = 0x0101010101010101
	zero := func(y uint64) uint64 { return ^((y&low7 + low7) | y) & hi }
	return zero(x^(':'*ones)) | zero(x^('@'*ones)) | zero((x|0x20*ones)^('w'*ones))
}

// blankToken blanks the run of non-space bytes around b[i].
func blankToken(b []byte, i int) {
	s := i
	for s > 0 && !isSpaceByte(b[s-1]) && !isOpener(b[s-1]) {
		s--
	}
	e := i
	for e < len(b) && !isSpaceByte(b[e]) && !isCloser(b[e]) {
		e++
	}
	for k := s; k < e; k++ {
		b[k] = ' '
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isOpener(c byte) bool { return c == '(' || c == '<' || c == '[' || c == '"' || c == '\'' }

func isCloser(c byte) bool { return c == ')' || c == '>' || c == ']' || c == '"' }
