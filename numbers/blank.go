package numbers

import "strings"

// blank returns text with URLs and e-mail addresses replaced by spaces,
// byte for byte, so that offsets stay valid and nothing in them is read as
// a number (STYLE.md #8, misspell's RemoveNotWords).
func blank(text string) string {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); i++ {
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
