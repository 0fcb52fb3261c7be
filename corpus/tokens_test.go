package corpus

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestPlainEnd checks where plainEnd stops: at a byte below ' ', a digit,
// an ASCII capital or a byte past ASCII, within the first eight bytes,
// past them, and in the tail of fewer than eight.
func TestPlainEnd(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		i    int
		want int
	}{
		{"", 0, 0},
		{"abc", 0, 3},
		{"abc def, ghi. jkl", 0, 17},
		{"Abc", 0, 0},
		{"abc Def", 0, 4},
		{"the people of the Province", 0, 18},
		{"the people of the province said 4", 0, 32},
		{"the people of the province\tsaid", 0, 26},
		{"the people of the province\nsaid", 0, 26},
		{"the people of the provinçe", 0, 24},
		{"the people of the province ~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./ x", 0, 61},
		{"abcdefgh ijklmnop Q", 0, 18},
		{"abcdefgh ijklmnop Q", 9, 18},
		{"abcdefgh ijklmnop Q", 18, 18},
		{"abc\x7fdef", 0, 7}, // DEL is part of a token, as in scanTokens
		{"abc\x00def", 0, 3},
		{"abc def@", 0, 8},
		{"abc def\u00a0ghi", 0, 7},
		{"xyz 9", 2, 4},
	} {
		if got := plainEnd(c.text, c.i); got != c.want {
			t.Errorf("plainEnd(%q, %d) = %d, want %d", c.text, c.i, got, c.want)
		}
	}
}

// TestPlainSkipSameAsReference runs texts whose plain runs end in each way
// scanTokens must get right when it steps over them (a sentence ended or
// not before a capital, closing quotes, whitespace other than the space,
// the end of the text, runs across and within eight-byte words) through
// scanAnchors and the reference.
func TestPlainSkipSameAsReference(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("the people of the province ", 3)
	texts := []string{
		"the people said. Then Hanoi answered",
		"the people said Hanoi answered",
		"the people said.\" Hanoi answered",
		"the people said.) Hanoi answered",
		"the people said.”  Hanoi answered",
		"the people said. « Hanoi » answered",
		"the people said:\tHanoi answered",
		"the people said\u00a0Hanoi answered",
		"the people said.\u00a0Hanoi answered",
		"the people said.\u2028Hanoi answered",
		"the people said\nHanoi. And Hue",
		"the people said. ölberg and Öl",
		"the people said. élan and Élan",
		"the people said. 4 000 and 43 000",
		"the people said 11 883 495 in all",
		"a.  B c d e f g h i j k l m n o p q r s t u v w x y z. A",
		long + "said. Hanoi " + long + "Hue " + long,
		long + "said.\x01Hanoi " + long + "x",
		long,
		long + "A",
		"A " + long,
		"ab. Cd",
		". Cd",
		"Ab",
		"the đồng and Đồng Nai " + long + "Ninh",
		strings.Repeat("của và là các những được có trong ", 4) + "Quảng Ninh. " + long + "Hà Nội",
	}
	for _, text := range texts {
		for _, tag := range []language.Tag{language.English, language.Vietnamese} {
			if got, want := anchorsBoth(text, tag); !slices.Equal(got, want) {
				t.Errorf("%q (%s): got %q, want %q", text, tag, got, want)
			}
		}
	}
}
