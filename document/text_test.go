package document

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
)

func utf16(t testing.TB, s string, e unicode.Endianness) []byte {
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSegmentText(t *testing.T) {
	t.Parallel()
	type para struct {
		text string
		line int
	}
	tests := []struct {
		name string
		in   []byte
		want []para
	}{
		{"one per line", []byte("Erster Absatz.\nZweiter Absatz.\n\nDritter.\n"),
			[]para{{"Erster Absatz.", 1}, {"Zweiter Absatz.", 2}, {"Dritter.", 4}}},
		{"wrapped blocks", []byte("The first paragraph\nis wrapped over\nthree lines.\n\nThe second\none too.\n"),
			[]para{{"The first paragraph is wrapped over three lines.", 1}, {"The second one too.", 5}}},
		{"mostly single lines stay lines", []byte("Title\n\nA line.\n\nAnother line.\n\nTwo\nlines.\n"),
			[]para{{"Title", 1}, {"A line.", 3}, {"Another line.", 5}, {"Two", 7}, {"lines.", 8}}},
		{"bullets in wrapped text", []byte("Intro text that\nwraps here.\n\n- first item\n- second item\n  continues\n"),
			[]para{{"Intro text that wraps here.", 1}, {"- first item", 4}, {"- second item continues", 5}}},
		{"CRLF", []byte("Eins.\r\nZwei.\r\n\r\nDrei.\r\n"),
			[]para{{"Eins.", 1}, {"Zwei.", 2}, {"Drei.", 4}}},
		{"lone CR", []byte("Eins.\rZwei.\r\rDrei."),
			[]para{{"Eins.", 1}, {"Zwei.", 2}, {"Drei.", 4}}},
		{"UTF-8 BOM", []byte("\xEF\xBB\xBFÜber 83,79 Millionen\n"),
			[]para{{"Über 83,79 Millionen", 1}}},
		{"UTF-16LE BOM", utf16(t, "Über 4.000 Milliarden\r\nZweite Zeile\r\n", unicode.LittleEndian),
			[]para{{"Über 4.000 Milliarden", 1}, {"Zweite Zeile", 2}}},
		{"UTF-16BE BOM", utf16(t, "Thành phố 83,79\nHạ Long\n", unicode.BigEndian),
			[]para{{"Thành phố 83,79", 1}, {"Hạ Long", 2}}},
		{"NFD becomes NFC", []byte("Thu\u0309 đô\n"), []para{{"Thủ đô", 1}}},
		{"trims, keeps inner no-break space", []byte("  83,79\u00a0%  \n\t\n"), []para{{"83,79\u00a0%", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := writeFile(t, "x.de.txt", tc.in)
			d := mustRead(t, p, Options{})[0]
			if len(d.Paragraphs) != len(tc.want) {
				t.Fatalf("got %d paragraphs %q, want %d", len(d.Paragraphs), texts(d), len(tc.want))
			}
			for i, w := range tc.want {
				if g := d.Paragraphs[i]; g.Text != w.text || g.Line != w.line {
					t.Errorf("paragraph %d = %q line %d, want %q line %d", i, g.Text, g.Line, w.text, w.line)
				}
			}
			if d.Format != FormatText || d.Lang != language.German || d.LangSource != LangName || d.Segmented {
				t.Errorf("document %+v", d)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.de.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("Zahl 1.234 ", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := append([]byte("abc"), make([]byte, 100)...)
	tests := []struct {
		name, file string
		data       []byte // nil: do not create the file
		opt        Options
		kind       error
		msg        string
	}{
		{"missing", "missing.txt", nil, Options{}, fs.ErrNotExist, "no such file"},
		{"directory", "", nil, Options{}, ErrUnreadable, "is a directory"},
		{"empty", "e.de.txt", []byte{}, Options{}, ErrEmpty, "the file is empty"},
		{"whitespace", "w.de.txt", []byte(" \n\t\r\n  "), Options{}, ErrEmpty, "only whitespace"},
		{"BOM only", "b.de.txt", []byte("\xEF\xBB\xBF"), Options{}, ErrEmpty, "empty"},
		{"too large", "big.de.txt", nil, Options{MaxSize: 1000}, ErrTooLarge, "2.1 KiB, more than the limit of 1000 B"},
		{"NUL bytes", "n.de.txt", bin, Options{}, ErrBinary, "NUL byte at offset 3"},
		{"control bytes", "c.de.txt", []byte("a\x01\x02\x03\x04b\x05\x06\x07\x08"), Options{}, ErrBinary, "control bytes"},
		{"PDF", "p.txt", []byte("%PDF-1.7\nstuff"), Options{}, ErrBinary, "PDF"},
		{"Windows-1252", "w1252.de.txt", []byte("Gr\xfc\xdfe\n\x84Zitat\x93\n"), Options{}, ErrEncoding,
			`invalid UTF-8 at byte 2 (line 1): 0xFC ("ü" in Windows-1252); the file is probably Windows-1252 or ISO-8859-1`},
		{"Windows-1252 quote", "q.de.txt", []byte("Text\n\x84Zitat\x93\n"), Options{}, ErrEncoding,
			`at byte 5 (line 2): 0x84 ("„" in Windows-1252); the file is probably Windows-1252:`},
		{"UTF-16 without BOM", "u.de.txt", utf16(t, "Hallo Welt, hier ist Text", unicode.LittleEndian)[2:], Options{}, ErrEncoding,
			"UTF-16 without a byte-order mark"},
		{"too little text", "short.txt", []byte("Bron: 2024\n"), Options{}, ErrLanguage,
			"cannot tell the language (too little text); name the file short.de.txt or pass --lang"},
		{"unsupported flag", "f.txt", []byte("Dobry tekst.\n"), Options{Lang: language.Polish}, ErrLanguage, "tally does not read pl"},
		{"unknown format", "x.de.txt", []byte("x"), Options{Format: "pdf"}, nil, `unknown format "pdf"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := filepath.Join(dir, tc.file)
			if tc.data != nil {
				p = writeFile(t, tc.file, tc.data)
			}
			docs, err := Read(p, tc.opt)
			if err == nil {
				t.Fatalf("no error; got %d documents", len(docs))
			}
			asError(t, err, p)
			if tc.kind != nil && !errors.Is(err, tc.kind) {
				t.Errorf("error %q is not %v", err, tc.kind)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
		})
	}
}

func TestReadLanguageSources(t *testing.T) {
	t.Parallel()
	de := seed(t, "000")
	tests := []struct {
		name   string
		file   string
		opt    Options
		lang   language.Tag
		source string
	}{
		{"flag wins", "x.en.txt", Options{Lang: language.MustParse("de-CH")}, language.MustParse("de-CH"), LangFlag},
		{"name", "x.nl.txt", Options{}, language.Dutch, LangName},
		{"folder", "pt-BR/x.txt", Options{}, language.BrazilianPortuguese, LangName},
		{"content", "x.txt", Options{}, language.German, LangContent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := mustRead(t, writeFile(t, tc.file, de), tc.opt)[0]
			if d.Lang != tc.lang || d.LangSource != tc.source {
				t.Errorf("got %v from %s, want %v from %s", d.Lang, d.LangSource, tc.lang, tc.source)
			}
		})
	}
}

func TestReadSeedsAsLines(t *testing.T) {
	t.Parallel()
	for _, prefix := range []string{"000", "001", "002", "003", "004"} {
		d := mustRead(t, writeFile(t, prefix+".txt", seed(t, prefix)), Options{})[0]
		sameTexts(t, texts(d), seedLines(t, prefix))
	}
}
