package align

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four… Five", []string{"One.", "Two!", "Three?", "Four…", "Five"}},
		{"Resolution Nr. 17-NQ/TU was issued. It matters.", []string{"Resolution Nr. 17-NQ/TU was issued.", "It matters."}},
		{"Das gilt z. B. für Hanoi. Sonst nicht.", []string{"Das gilt z. B. für Hanoi.", "Sonst nicht."}},
		{"Cities, e.g. Hanoi, grew. Others did not.", []string{"Cities, e.g. Hanoi, grew.", "Others did not."}},
		{"Die 15. Konferenz tagte am 5. August. Sie war gut.", []string{"Die 15. Konferenz tagte am 5. August.", "Sie war gut."}},
		{"It opened on May 1. The line is long.", []string{"It opened on May 1.", "The line is long."}},
		{"Income was 83.79 million. Up 3.5%.", []string{"Income was 83.79 million.", "Up 3.5%."}},
		{"The U.S. Embassy said so. Fine.", []string{"The U.S. Embassy said so.", "Fine."}},
		{"He said: “It works.” Then left.", []string{"He said: “It works.”", "Then left."}},
		{"herausgegeben. darunter zahlreiche", []string{"herausgegeben. darunter zahlreiche"}},
		{"In 2024. 100 % der Haushalte", []string{"In 2024.", "100 % der Haushalte"}},
		{"  padded.  ", []string{"padded."}},
		{"", nil},
		{"   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextAnchors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"Resolution No. 17-NQ/TU of the Party", []string{"17-NQ/TU"}},
		{"Source: https://baoquangninh.vn/a-3360125.html.", []string{"https://baoquangninh.vn/a-3360125.html"}},
		{"Write to Info@Example.org today", []string{"info@example.org"}},
		{"The province of Quang Ninh and Ha Long Bay", []string{"Quang Ninh", "Ha Long", "Long Bay"}},
		{"Tỉnh Quảng Ninh phát triển", []string{"Quang Ninh"}},
		{"Quang Ninh pays attention", nil},
		{"income of 83 million VND/person/year", []string{"VND"}},
		{"the GSO and COVID-19 data", []string{"GSO", "COVID-19"}},
		{"the motto „Die Menschen als Wurzel“", []string{"“”"}},
		{`the motto "taking people as the root"`, []string{"“”"}},
		{"Mr. Smith, Hanoi, Hue", nil},
		{"", nil},
		// a pair of names with other space between reads as one space
		{"in Quang  Ninh, Ha\tLong and Ha\u00a0Long", []string{"Quang Ninh", "Ha Long", "Ha Long"}},
		{"in Quảng\u2003Ninh and Đà Nẵng", []string{"Quang Ninh", "Da Nang"}},
		// acronyms between '/' and '-', empty parts skipped
		{"the UN/WHO--GSO/ and /ASEAN- data, and ÀB-CD", []string{"UN", "WHO", "GSO", "ASEAN", "ÀB", "CD"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := TextAnchors(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDigitAnchors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"4.000 Milliarden", []string{"#4000"}},
		{"4,000 billion", []string{"#4000"}},
		{"43 000 cadres", []string{"#43000"}},
		{"im Jahr 2024 83.790 Millionen", []string{"#2024", "#83790"}},
		{"2019-2024", []string{"#2019", "#2024"}},
		{"end 1.", []string{"#1"}},
	}
	for _, tt := range tests {
		if got := digitAnchors(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// byteClass must mark the first byte of every white-space rune, and only
// white space among ASCII bytes.
func TestSpaceClass(t *testing.T) {
	t.Parallel()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsSpace(r) {
			if r < utf8.RuneSelf && (byteClass[r] == isSpace || byteClass[r] == mayBeSpace) {
				t.Errorf("%U is not space, but byteClass says %d", r, byteClass[r])
			}
			continue
		}
		b := string(r)[0]
		if want := map[bool]byte{true: isSpace, false: mayBeSpace}[r < utf8.RuneSelf]; byteClass[b] != want {
			t.Errorf("%U: byteClass[%#x] = %d, want %d", r, b, byteClass[b], want)
		}
	}
}

// fields must cut text where strings.Fields does, invalid UTF-8 included.
func TestFieldsSameAsStrings(t *testing.T) {
	t.Parallel()
	texts := []string{"", " ", "a", " a  b\tc\n", "Quảng\u00a0Ninh\u2003x\u3000y\u1680z\u0085w",
		"\xc2 \xc2\xa0\xe2\x80 \xe2\x80\x83a\xe1\x9a\x80b\xff\xfe \xe3\x80\x80", "€ 83,79\u202fMrd.\u205f.", "\u2028\u2029end"}
	for c := range 256 {
		texts = append(texts, "a"+string([]byte{byte(c)})+"b", string([]byte{byte(c), 0x80, ' ', byte(c)}))
	}
	for _, s := range texts {
		var got []string
		for w := range fields(s) {
			got = append(got, w)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTextAnchorsNamesWithoutAllocating: a pair of names written with one
// space between is cut from the text, not built (issue 5: a string built
// per pair was a twentieth of the objects a dense run allocates).
func TestTextAnchorsNamesWithoutAllocating(t *testing.T) {
	text := "The province of Quang Ninh and Ha Long Bay, said Do Ngoc Binh."
	out := make([]string, 0, 16)
	if n := testing.AllocsPerRun(100, func() { out = AppendTextAnchors(out[:0], text) }); n != 0 {
		t.Errorf("%v allocations for %q", n, out)
	}
	if want := []string{"Quang Ninh", "Ha Long", "Long Bay", "Do Ngoc", "Ngoc Binh"}; !slices.Equal(out, want) {
		t.Errorf("got %q, want %q", out, want)
	}
}
