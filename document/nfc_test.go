package document

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toNFC must give norm's answer for every rune of its table, alone, after
// a letter and before a combining mark or a Hangul vowel.
func TestToNFCSameAsNorm(t *testing.T) {
	t.Parallel()
	for r := rune(0); r < nfcInertSize+0x100; r++ {
		for _, s := range []string{string(r), "a" + string(r), string(r) + "\u0301", string(r) + "\u0323\u0302",
			"\u1100" + string(r), string(r) + "\u1161", "ệ" + string(r) + "x", "e\u0301" + string(r)} {
			if got, want := toNFC(s), norm.NFC.String(s); got != want {
				t.Fatalf("toNFC(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "Quảng Ninh", "Quan\u0309g Ninh", "\xff\xfe", "Ω Å K"} {
		if got, want := toNFC(s), norm.NFC.String(s); got != want {
			t.Errorf("toNFC(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestToNFCLongASCII: a rune to normalise after, inside and before runs of
// ASCII of every length around the eight bytes toNFC steps over at once.
func TestToNFCLongASCII(t *testing.T) {
	t.Parallel()
	for n := 0; n < 40; n++ {
		a := strings.Repeat("x", n)
		for _, s := range []string{a + "e\u0301", "e\u0301" + a, a + "ä" + a + "\u212b" + a, a + "\xff" + a, a + "“" + a} {
			if got, want := toNFC(s), norm.NFC.String(s); got != want {
				t.Fatalf("toNFC(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// scanTextReference is what scanText stands for: utf8.ValidString, and
// whether toNFC would leave every rune as it is (ASCII or nfcInert).
func scanTextReference(s string) (valid, inert bool) {
	if !utf8.ValidString(s) {
		return false, false
	}
	for _, r := range s {
		if r >= utf8.RuneSelf && (r >= nfcInertSize || !nfcInert[r]) {
			return true, false
		}
	}
	return true, true
}

// checkScanText compares scanText with its reference on s, and checks
// that an inert text is in NFC.
func checkScanText(t *testing.T, s string) {
	t.Helper()
	v, i := scanText(s)
	if wv, wi := scanTextReference(s); v != wv || i != wi {
		t.Fatalf("scanText(%q) = %v, %v, want %v, %v", s, v, i, wv, wi)
	}
	if i && !norm.NFC.IsNormalString(s) {
		t.Fatalf("scanText(%q) says inert, but it is not in NFC", s)
	}
}

func TestScanText(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", "abc", "Quảng Ninh", "Quan\u0309g Ninh", "e\u0301", "\xff", "a\xc3", "\xed\xa0\x80",
		"\xe0\x80\xaf", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\uFFFD", "43\u202f000 €", "„Zitat“ – ok", "\u212b", "한국"} {
		for n := 0; n < 20; n++ {
			a := strings.Repeat("x", n)
			checkScanText(t, a+s)
			checkScanText(t, s+a)
			checkScanText(t, a+s+a+"ä"+a)
		}
	}
}

func FuzzScanText(f *testing.F) {
	f.Add("Quảng Ninh, 26.5.2020: 6.565 tỷ đồng")
	f.Add("e\u0301 \xff")
	f.Add("Größe – “x” \u212b")
	f.Fuzz(func(t *testing.T, s string) { checkScanText(t, s) })
}

// TestTextParagraphsNFC: the text reader's paragraphs are those of toNFC,
// whether the file is inert throughout or not.
func TestTextParagraphsNFC(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Größe\nQuảng Ninh\n", "Quan\u0309g Ninh\nGröße\n", "Ka\u0308se\n\nGro\u0308ße\nist gut\n\nB\nC\n", "\u212b\r\nx"} {
		docs, err := textReader{}.parse([]byte(s), newLimits(1<<20))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range docs[0].Paragraphs {
			if p.Text != norm.NFC.String(p.Text) {
				t.Errorf("%q: paragraph %q is not NFC", s, p.Text)
			}
		}
		want := splitText(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
		for i := range want {
			want[i].Text = norm.NFC.String(want[i].Text)
		}
		if !reflect.DeepEqual(docs[0].Paragraphs, want) {
			t.Errorf("%q: paragraphs %+v, want %+v", s, docs[0].Paragraphs, want)
		}
	}
}
