package numbers

import (
	"strings"
	"testing"

	"github.com/tally-qa/tally/internal/masktest"
)

// TestBlankStarts checks blankStarts' mask on every byte in every lane.
func TestBlankStarts(t *testing.T) {
	starts := func(c byte) bool { return c == ':' || c == '@' || c == 'w' || c == 'W' }
	masktest.Check(t, "blankStarts", blankStarts, starts, 'a', 'w', ':', ' ', 0xff, 0x57|0x80)
}

// blankByteByByte is blank without the eight-byte skip, as it was: every
// byte tried against every case.
func blankByteByByte(text string) string {
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

// blankCases are texts with addresses where blank's eight-byte words may
// cut them, and what blank makes of them.
var blankCases = []struct{ in, want string }{
	{"no address here: 5 km", "no address here: 5 km"},
	{"see https://example.org/2024/5 for 5 km", "see                            for 5 km"},
	{"(www.gso.gov.vn) 12%", "(              ) 12%"},
	{"Www.Example.com 3 www.", "                3     "},
	{"mail info2024@example.vn, 3", "mail                      3"},
	{"a@ b @c 12 @ 5", "a@ b @c 12 @ 5"},
	{"awww.x 5 http:/x 7", "awww.x 5 http:/x 7"},
	{"ab://c", "      "},
	{"x12345678901234567890 http://a.b/1 y", "x12345678901234567890              y"},
	{"wwwwwwwwwwwwwwwwww www.a.b ::::::::::@", "wwwwwwwwwwwwwwwwww         ::::::::::@"},
	{"@@@@@@@@@@@@ a@b.c", "                  "},
	{"see (http://x.y/z) and [a@b], \"www.q.r\" <www.s.t>", "see (            ) and [   ], \"www.q.r\" <       >"},
}

// TestBlank: URLs, "www." addresses and e-mail addresses become spaces,
// byte for byte, as the byte-by-byte loop blanks them, on the cases above
// and on the news paragraphs of every language.
func TestBlank(t *testing.T) {
	for _, c := range blankCases {
		if got := blank(c.in); got != c.want {
			t.Errorf("blank(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, code := range newsLangs {
		for _, p := range benchParagraphs(t, code) {
			if got, want := blank(p), blankByteByByte(p); got != want {
				t.Errorf("blank(%q) = %q, byte by byte %q", p, got, want)
			}
		}
	}
}

// FuzzBlank compares blank with the byte-by-byte loop on any text.
func FuzzBlank(f *testing.F) {
	for _, c := range blankCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := blank(text), blankByteByByte(text); got != want {
			t.Fatalf("blank(%q) = %q, byte by byte %q", text, got, want)
		}
	})
}
