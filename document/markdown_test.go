package document

import (
	"regexp"
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	t.Parallel()
	src := "---\ntitle: Bericht 2024\n---\n" + // 1-3
		"# Ergebnisse 2024\n" + // 4
		"\n" +
		"Der *Umsatz* stieg um **83,79&nbsp;%** laut [Bericht](https://x.de/2023) und `code 1`.\n" + // 6
		"Zweite Zeile.\n" + // 7
		"\n" +
		"- Punkt eins: 4.000\n" + // 9
		"- Punkt zwei\n" + // 10
		"\n" +
		"> Zitat mit 43.000 Menschen\n" + // 12
		"\n" +
		"```\nvar x = 12345\n```\n" + // 14-16
		"\n" +
		"| Jahr | Wert |\n" + // 18
		"| --- | --- |\n" +
		"| 2019 | 5,287 |\n" + // 20
		"\n" +
		"<div>raw 999</div>\n" + // 22
		"\n" +
		"Setext heading\n-------\n" + // 24
		"\n" +
		"Escaped \\*stars\\* and 1\\. not a list, an image ![Bild 7](a.png) and <https://x.org/9>.\n" // 27
	want := []Paragraph{
		{Text: "Ergebnisse 2024", Line: 4, ID: "h1: Ergebnisse 2024"},
		{Text: "Der Umsatz stieg um 83,79\u00a0% laut Bericht und . Zweite Zeile.", Line: 6},
		{Text: "Punkt eins: 4.000", Line: 9},
		{Text: "Punkt zwei", Line: 10},
		{Text: "Zitat mit 43.000 Menschen", Line: 12},
		{Text: "Jahr", Line: 18},
		{Text: "Wert", Line: 18},
		{Text: "2019", Line: 20},
		{Text: "5,287", Line: 20},
		{Text: "Setext heading", Line: 24, ID: "h2: Setext heading"},
		{Text: "Escaped *stars* and 1. not a list, an image and .", Line: 27},
	}
	d := mustRead(t, writeFile(t, "x.de.md", []byte(src)), Options{})[0]
	if d.Format != FormatMarkdown {
		t.Errorf("format %q", d.Format)
	}
	sameParagraphs(t, d.Paragraphs, want)
}

func TestMarkdownLooseListAndCRLF(t *testing.T) {
	t.Parallel()
	src := "Intro\r\n\r\n1. Erstens\r\n\r\n2. Zweitens\r\n   weiter\r\n"
	d := mustRead(t, writeFile(t, "x.de.markdown", []byte(src)), Options{})[0]
	sameTexts(t, texts(d), []string{"Intro", "Erstens", "Zweitens weiter"})
	if d.Paragraphs[2].Line != 5 {
		t.Errorf("line %d, want 5", d.Paragraphs[2].Line)
	}
}

func TestMarkdownOnlyCode(t *testing.T) {
	t.Parallel()
	p := writeFile(t, "code.de.md", []byte("```\n1234\n```\n"))
	_, err := Read(p, Options{})
	if asError(t, err, p); !strings.Contains(err.Error(), "no text found in this markdown file") {
		t.Errorf("error %q", err)
	}
}

var (
	mdSpecial   = regexp.MustCompile("[\\\\`*_\\[\\]<>#&|!~]")
	mdListStart = regexp.MustCompile(`^(\d+)([.)])|^([-+])`)
)

// toMarkdown writes lines as Markdown paragraphs, escaped so they read back
// unchanged.
func toMarkdown(lines []string) []byte {
	var b strings.Builder
	for i, l := range lines {
		l = mdSpecial.ReplaceAllString(l, `\$0`)
		l = mdListStart.ReplaceAllString(l, `$1\$2$3`)
		if i == 0 {
			b.WriteString("# ")
		}
		b.WriteString(l + "\n\n")
	}
	return []byte(b.String())
}

func TestMarkdownSeedPair(t *testing.T) {
	t.Parallel()
	for _, prefix := range []string{"000", "001"} {
		lines := seedLines(t, prefix)
		d := mustRead(t, writeFile(t, prefix+".md", toMarkdown(lines)), Options{})[0]
		sameTexts(t, texts(d), lines)
	}
}
