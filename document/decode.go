package document

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	stdunicode "unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/tally-qa/tally/internal/runes"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// sniffLen is how much of a file the binary check looks at.
const sniffLen = 1024

// signatures of binary formats that are often handed to a text tool by
// mistake, with what to tell the user.
var signatures = []struct {
	magic []byte
	what  string
}{
	{[]byte("%PDF-"), "a PDF file; export it as text, DOCX or HTML"},
	{[]byte("PK\x03\x04"), "a ZIP archive; if it is a Word document, name it .docx"},
	{[]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, "an old Word .doc or an encrypted Office file; save it as .docx without a password"},
	{[]byte("{\\rtf"), "an RTF file; save it as .docx or plain text"},
	{[]byte{0x1F, 0x8B}, "a gzip archive; unpack it first"},
}

// decodeText turns the bytes of a text file into a UTF-8 string with "\n"
// line ends. It removes a UTF-8 BOM, decodes UTF-16 with a BOM, and refuses
// (ErrBinary, ErrEncoding) rather than guesses anything else.
func decodeText(b []byte) (string, error) {
	s, _, err := decodeTextInert(b)
	return s, err
}

// decodeTextInert is decodeText that also reports whether every rune of
// the text is ASCII or nfcInert: then the text and anything cut from it at
// rune boundaries and joined with ASCII is in NFC as it is, and toNFC
// would return each paragraph unchanged. It learns this in the pass that
// validates the UTF-8 (scanText), so that plain text is not checked for NFC
// paragraph by paragraph after utf8.Valid went over the same bytes.
func decodeTextInert(b []byte) (string, bool, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return "", false, fail(ErrEncoding, "the file is UTF-32; save it as UTF-8")
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", false, fail(ErrEncoding, "cannot decode UTF-16: %v", err)
		}
		b = out
	}
	if err := checkBinary(b); err != nil {
		return "", false, err
	}
	s := string(b)
	valid, inert := scanText(s)
	if !valid {
		// checkUTF8 finds the first bad byte and says what it is.
		if err := checkUTF8(b); err != nil {
			return "", false, err
		}
	}
	return normalizeNewlines(s), inert, nil
}

// scanText reports whether s is valid UTF-8 (utf8.ValidString) and, if so,
// whether each of its runes is ASCII or nfcInert, in one pass that steps
// over ASCII eight bytes at a time, to the first byte with its high bit
// set, and reads the two-byte form (Latin letters) inline.
func scanText(s string) (valid, inert bool) {
	inert = true
	for k := runes.SkipASCII(s, 0); k < len(s); k = runes.SkipASCII(s, k) {
		c := s[k]
		switch {
		case c >= 0xC2 && c <= 0xDF && k+1 < len(s) && s[k+1]&0xC0 == 0x80:
			// U+0080–U+07FF, all below nfcInertSize
			if !nfcInert[rune(c&0x1F)<<6|rune(s[k+1]&0x3F)] {
				inert = false
			}
			k += 2
			continue
		case c >= 0xE1 && c <= 0xE2 && k+2 < len(s) && s[k+1]&0xC0 == 0x80 && s[k+2]&0xC0 == 0x80:
			// U+1000–U+2FFF: Vietnamese letters, quotation marks, dashes.
			// (E0, with its overlong forms, is left to DecodeAt.)
			if r := rune(c&0x0F)<<12 | rune(s[k+1]&0x3F)<<6 | rune(s[k+2]&0x3F); r >= nfcInertSize || !nfcInert[r] {
				inert = false
			}
			k += 3
			continue
		}
		r, size := runes.DecodeAt(s, k)
		if r == utf8.RuneError && size == 1 {
			return false, false // what utf8.ValidString calls invalid
		}
		if r >= nfcInertSize || !nfcInert[r] {
			inert = false
		}
		k += size
	}
	return true, inert
}

// checkBinary refuses bytes that are not text: a known binary signature,
// NUL bytes, or more than 10% control bytes in the first KB.
func checkBinary(b []byte) error {
	for _, s := range signatures {
		if bytes.HasPrefix(b, s.magic) {
			return fail(ErrBinary, "not a text file: it is %s", s.what)
		}
	}
	head := b[:min(len(b), sniffLen)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		if looksUTF16(head) {
			return fail(ErrEncoding, "the file looks like UTF-16 without a byte-order mark; save it as UTF-8")
		}
		return fail(ErrBinary, "not a text file: NUL byte at offset %d", i)
	}
	ctl := countControl(head)
	if len(head) > 0 && ctl*10 > len(head) {
		return fail(ErrBinary, "not a text file: %d of the first %d bytes are control bytes", ctl, len(head))
	}
	return nil
}

// countControl counts the control bytes of b: below 0x20 but for tab,
// line feed, carriage return, form feed and vertical tab, and DEL. Eight
// bytes at a time are tested for any byte below 0x20 or equal to 0x7F
// (the exact word-wide tests of "Bit Twiddling Hacks"), and only those
// with one (in text, those with a line end) are counted byte by byte: the
// loop over every byte was 4% of content grouping's instructions.
// TestCountControl compares it with that loop.
func countControl(b []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	ctl, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		del := x ^ (0x7F * ones)
		if (x-0x20*ones)&^x&highs == 0 && (del-ones)&^del&highs == 0 {
			continue
		}
		ctl += countControlBytes(b[i : i+8])
	}
	return ctl + countControlBytes(b[i:])
}

// countControlBytes is countControl byte by byte.
func countControlBytes(b []byte) int {
	ctl := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F {
			ctl++
		}
	}
	return ctl
}

// looksUTF16 reports whether NUL bytes sit mostly at even or mostly at odd
// offsets, the mark of Latin-script UTF-16.
func looksUTF16(b []byte) bool {
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(b) / 2
	return half > 0 && (even*3 > half || odd*3 > half) && (even == 0 || odd == 0)
}

// checkUTF8 refuses invalid UTF-8 with the offset, the line and the likely
// encoding of the first bad byte.
func checkUTF8(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	line := 1 + bytes.Count(b[:off], []byte{'\n'})
	c := b[off]
	guess := "Windows-1252 or ISO-8859-1 (Latin-1)"
	if c >= 0x80 && c <= 0x9F {
		guess = "Windows-1252"
	}
	shown := ""
	if r := charmap.Windows1252.DecodeByte(c); r != utf8.RuneError && stdunicode.IsGraphic(r) {
		shown = fmt.Sprintf(" (%q in Windows-1252)", string(r))
	}
	return fail(ErrEncoding, "invalid UTF-8 at byte %d (line %d): 0x%02X%s; the file is probably %s: save it as UTF-8",
		off, line, c, shown, guess)
}

// normalizeNewlines turns CRLF and lone CR into LF; each counts as one
// line break, so line numbers stay those of the file.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
