package align

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/fold"
	"github.com/tally-qa/tally/internal/masktest"
)

// quotedPassagesRef counts the double quotation marks of any style in
// text, byte by byte: what wordScanner.quotes must find.
func quotedPassagesRef(text string) int {
	n := 0
	for k := 0; k < len(text); k++ {
		switch c := text[k]; {
		case c == '"':
			n++
		case c == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 && text[k+2] >= 0x9C && text[k+2] <= 0x9E: // “ ” „
			n++
		case c == 0xC2 && k+1 < len(text) && (text[k+1] == 0xAB || text[k+1] == 0xBB): // « »
			n++
		}
	}
	return n
}

// wordBytesRef reports, byte by byte, whether w holds an '@', a '/' or
// '-', and how many of its bytes are ASCII capitals or leading bytes of a
// multi-byte character: what wordScanner.next must find for a word.
func wordBytesRef(w string) (at, joint bool, upper int) {
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == '@':
			at = true
		case c == '/' || c == '-':
			joint = true
		case c >= 'A' && c <= 'Z' || c >= 0xC0:
			upper++
		}
	}
	return at, joint, upper
}

// textAnchorsRef is TextAnchors written plainly, as it was before the word
// scanner: strings.Fields, then a pass over each word for its classes and
// one over the text for the quotation marks.
func textAnchorsRef(text string) []string {
	var out []string
	for range quotedPassagesRef(text) / 2 {
		out = append(out, quoteAnchor)
	}
	sentenceStart, prevCap, prevInitial := true, "", false
	for _, raw := range strings.Fields(text) {
		lo, hi := coreBounds(raw)
		core := raw[lo:hi]
		leadBreak := len(core) > 0 && lo > 0 && strings.IndexFunc(raw[:lo], isOpenPunct) >= 0
		initial := sentenceStart || leadBreak
		sentenceStart = endsSentence(raw)
		trailBreak := core != "" && hi < len(raw)
		if core == "" {
			prevCap = ""
			continue
		}
		at, joint, upper := wordBytesRef(core)
		switch {
		case isURL(core):
			out = append(out, strings.ToLower(strings.TrimRight(core, "/")))
			prevCap = ""
			continue
		case at && isEmail(core):
			out = append(out, strings.ToLower(core))
			prevCap = ""
			continue
		case joint && isCode(core):
			out = append(out, core)
			prevCap = ""
			continue
		}
		if upper >= 2 {
			out = appendAcronyms(out, core)
		}
		if !isCapitalised(core) {
			prevCap = ""
			continue
		}
		if prevCap != "" && !prevInitial && !leadBreak {
			out = append(out, fold.Marks(prevCap+" "+core))
		}
		prevCap, prevInitial = core, initial
		if trailBreak {
			prevCap = ""
		}
	}
	return out
}

// scannerTexts are texts for the word scanner's tests: quotation marks of
// every style at word edges and inside, capitals, codes, addresses, white
// space of every kind and broken UTF-8, each byte in each of the eight
// positions of a SWAR load.
func scannerTexts() []string {
	texts := []string{"", " ", "a", "„Die Menschen als Wurzel“ sagte Quảng Ninh", `"x" «y» “z” "`,
		"Resolution No. 17-NQ/TU of the Party at https://x.vn/a-1.html or Info@Example.org",
		"the GSO and COVID-19 data, Ha Long Bay. The U.S. Embassy: “It works.” Then left",
		"Quảng\u00a0Ninh\u2003x\u3000y\u1680z\u0085w \xc2 \xc2\xa0\xe2\x80 \xe2\x80\x9c\xe2\x80\x83a\xe1\x9a\x80b\xff\xfe",
		"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 !#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"}
	for c := range 256 {
		for pad := range 9 {
			p := strings.Repeat("a", pad)
			texts = append(texts, p+string([]byte{byte(c)})+"bcdefghijk Xy", "Ab "+p+string([]byte{byte(c), 0x80, ' ', byte(c)})+"Cd")
		}
		// each byte ending a word that starts with a letter or digit, before
		// a pair of names: whether it ends a sentence decides the pair
		for _, w := range []string{"ab", "Ab", "1", "1A", "mR", "hé", "élan"} {
			texts = append(texts, "x "+w+string([]byte{byte(c)})+" Cd Ef", w+string([]byte{byte(c), ')', ' '})+"Cd Ef")
		}
	}
	// each byte in every lane of a run of plain words after a plain word,
	// which skipPlain passes: inside a word, after one, before names
	for c := range 256 {
		b := string([]byte{byte(c)})
		for pad := range 9 {
			run := strings.Repeat("c ", pad)
			texts = append(texts, "Xy ab "+run+b+"d Ef Gh.", "ab "+run+"d"+b+" Ef Gh", "ab 1"+run+b)
		}
	}
	// the plain words that may be mistaken for addresses, and those that
	// cannot be
	texts = append(texts, "hectares Ha Long", "httpabcd Ha Long", "HTTPS://X.VN/A Ha Long", "wwwabcde. Ha Long",
		"hectare, Ha Long", "Www.x.vn, Ha Long", "ht Ha Long", "wwwwwwwwwww Ha Long", "www.x.vn Ha Long", "www.vnexpress.net. Ha Long", "tháng, Quảng Ninh", "está. Quảng Ninh",
		"đồng. Quảng Ninh", "ở Hà Nội", "Ở Hà Nội", "được” Hà Nội", "ℎé Hà Nội", "\xc3 Hà Nội", "ab\xc3 Hà Nội")
	return texts
}

// TestWordScanner compares the scanner's words, classes and quotation marks
// with strings.Fields and the byte-by-byte references.
func TestWordScanner(t *testing.T) {
	t.Parallel()
	for _, text := range scannerTexts() {
		checkWordScanner(t, text)
	}
}

func checkWordScanner(t *testing.T, text string) {
	ws := wordScanner{text: text}
	var words []string
	for {
		w, cls, upper, ok := ws.next()
		if !ok {
			break
		}
		words = append(words, w)
		at, joint, wantUpper := wordBytesRef(w)
		if cls&classAt != 0 != at || cls&classJoint != 0 != joint || upper != wantUpper {
			t.Fatalf("%q in %q: classes %b, upper %d; want at %v, joint %v, upper %d", w, text, cls, upper, at, joint, wantUpper)
		}
	}
	if want := strings.Fields(text); !slices.Equal(words, want) {
		t.Fatalf("words of %q = %q, strings.Fields %q", text, words, want)
	}
	if want := quotedPassagesRef(text); ws.quotes != want {
		t.Fatalf("%q: %d quotation marks, want %d", text, ws.quotes, want)
	}
}

// TestTextAnchorsSameAsPlain compares TextAnchors with textAnchorsRef.
func TestTextAnchorsSameAsPlain(t *testing.T) {
	t.Parallel()
	for _, text := range scannerTexts() {
		if got, want := TextAnchors(text), textAnchorsRef(text); !slices.Equal(got, want) {
			t.Fatalf("TextAnchors(%q) = %q, want %q", text, got, want)
		}
	}
	// appending keeps what was there, quotation anchors after it
	if got := AppendTextAnchors([]string{"x"}, `"a" Quang Ninh`); !slices.Equal(got, []string{"x", quoteAnchor, "Quang Ninh"}) {
		t.Errorf("AppendTextAnchors = %q", got)
	}
}

// FuzzWordScanner: on any text, the scanner agrees with strings.Fields and
// the references, and TextAnchors with textAnchorsRef.
func FuzzWordScanner(f *testing.F) {
	for _, s := range []string{"Quang Ninh 17-NQ/TU https://x.vn/a a@b.cd „A“ VND", "\xffA B", `"x" «y»`, "abcdefgh\u00a0Ijklmnop",
		"in the province of Quang Ninh, 25 870 projects (of 30) are done. Ha Long city and Ha Noi",
		"het gemiddelde inkomen van de inwoners\tvan Lang Son, Lao Cai: 86,58 miljoen",
		"cho các tỉnh va cho người dân tinh Quảng Ninh cho va các cho va Hà Nội, cho va cac va Hà Tĩnh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkWordScanner(t, text)
		if got, want := TextAnchors(text), textAnchorsRef(text); !slices.Equal(got, want) {
			t.Fatalf("TextAnchors(%q) = %q, want %q", text, got, want)
		}
	})
}

// TestPlainEnd compares plainEnd with endsSentence on every byte ending a
// word that starts with a letter.
func TestPlainEnd(t *testing.T) {
	for c := range 256 {
		e := plainEnd[c]
		if e == endExact {
			continue
		}
		for _, w := range []string{"a", "ab", "1", "é"} {
			raw := w + string([]byte{byte(c)})
			if got, want := e == endStop, endsSentence(raw); got != want {
				t.Errorf("plainEnd[%#x] = %d, endsSentence(%q) = %v", c, e, raw, want)
			}
		}
	}
}

// TestSpecialBytes compares specialBytes with a byte-by-byte test on every
// byte in every lane.
func TestSpecialBytes(t *testing.T) {
	t.Parallel()
	special := func(c byte) bool {
		return c >= 0xC0 || c < '#' || c >= '-' && c <= '/' || c >= '@' && c <= 'Z'
	}
	masktest.Check(t, "specialBytes", specialBytes, special, 'a', 'Z', ' ', 0xff, '0', '~')
	// every byte the word loop must see is special
	for c := range 256 {
		if cls := byteClass[c]; (cls != 0 || c == '"') && !special(byte(c)) {
			t.Fatalf("%#x has class %d but is not special", c, cls)
		}
	}
}

// TestPlainBytes compares plainMasks with plainByte on every byte in
// every lane.
func TestPlainBytes(t *testing.T) {
	t.Parallel()
	stop := func(x uint64) uint64 { m, _ := plainMasks(x); return m }
	space := func(x uint64) uint64 { _, m := plainMasks(x); return m }
	fills := []byte{'a', 'Z', ' ', 0xff, '0', ',', 0xa0}
	masktest.Check(t, "plainMasks' stop", stop, func(c byte) bool { return !plainByte[c] }, fills...)
	masktest.Check(t, "plainMasks' space", space, func(c byte) bool { return c == ' ' }, fills...)
	// the plain bytes, by the classes of the word loop and plainEnd: none
	// but ' ' is space, none has a class or ends a sentence
	for c := range 256 {
		if plainByte[c] && (byteClass[c] != 0 && c != ' ' || c == '"' || plainEnd[c] == endStop) {
			t.Errorf("%#x is plain, of class %d, plainEnd %d", c, byteClass[c], plainEnd[c])
		}
	}
}

// runeCountTexts are texts for RuneCount: ASCII runs of every length
// around letters of two, three and four bytes, and broken sequences.
func runeCountTexts() []string {
	texts := scannerTexts()
	for _, c := range []string{"é", "ạ", "“", "𝄞", "\xe1\xba", "\xc3", "\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xf4\x90\x80\x80"} {
		for pad := range 17 {
			p := strings.Repeat("a", pad)
			texts = append(texts, p+c, c+p, p+c+p+c+"bc")
		}
	}
	return texts
}

// TestRuneCount compares RuneCount with utf8.RuneCountInString.
func TestRuneCount(t *testing.T) {
	t.Parallel()
	for _, text := range runeCountTexts() {
		if got, want := RuneCount(text), utf8.RuneCountInString(text); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", text, got, want)
		}
	}
}

// FuzzRuneCount: RuneCount is utf8.RuneCountInString on any text.
func FuzzRuneCount(f *testing.F) {
	for _, s := range runeCountTexts()[:20] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := RuneCount(text), utf8.RuneCountInString(text); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", text, got, want)
		}
	})
}

// TestASCIIAlnum compares isASCIIAlnum's table with the ranges it stands
// for, on every byte.
func TestASCIIAlnum(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		if want := b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'; isASCIIAlnum(b) != want {
			t.Fatalf("isASCIIAlnum(%#x) = %v", c, !want)
		}
	}
}
