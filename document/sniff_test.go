package document

import (
	"sync"
	"testing"
)

func TestFormatBySniffing(t *testing.T) {
	t.Parallel()
	en, de := seedLines(t, "001"), seedLines(t, "000")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"html", toHTML(de, "de"), FormatHTML},
		{"xliff", toXLIFF12(en, de, "en", "de"), FormatXLIFF},
		{"tmx", toTMX(en, de, "en", "de"), FormatTMX},
		{"docx", buildDocx(t, wordRuns(de[0], 20), nil), FormatDOCX},
		{"text", seed(t, "000"), FormatText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			docs := mustRead(t, writeFile(t, "noext.de", tc.data), Options{})
			if docs[0].Format != tc.want {
				t.Errorf("format %q, want %q", docs[0].Format, tc.want)
			}
		})
	}
	// Options.Format overrides the extension.
	d := mustRead(t, writeFile(t, "x.de.txt", []byte("# Titel\n\nText *kursiv*\n")), Options{Format: FormatMarkdown})[0]
	sameTexts(t, texts(d), []string{"Titel", "Text kursiv"})
}

func TestFormatFromName(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{"a.TXT": FormatText, "a.md": FormatMarkdown, "a.htm": FormatHTML,
		"a.DOCX": FormatDOCX, "a.xlf": FormatXLIFF, "a.xliff": FormatXLIFF, "a.tmx": FormatTMX, "a.pdf": "", "a": ""} {
		if got := FormatFromName(name); got != want {
			t.Errorf("FormatFromName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestConcurrentRead reads every format from many goroutines at once: the
// shared Markdown parser and the package tables must be safe (run -race).
func TestConcurrentRead(t *testing.T) {
	t.Parallel()
	en, de := seedLines(t, "001"), seedLines(t, "000")
	paths := []string{
		writeFile(t, "a.md", toMarkdown(de)),
		writeFile(t, "a.html", toHTML(en, "en")),
		writeFile(t, "a.xlf", toXLIFF12(en, de, "en", "de")),
		writeFile(t, "a.txt", seed(t, "004")),
	}
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			if _, err := Read(paths[i%len(paths)], Options{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}
