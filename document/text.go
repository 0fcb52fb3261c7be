package document

import "strings"

// textReader reads plain text: one paragraph per line, or blank-line
// separated blocks of wrapped lines (see splitText).
type textReader struct{}

// parse gives paragraphs in NFC (textReader is an nfcReader): when the
// decoded text is nfcInert throughout, they are, being cut from it and
// joined by spaces; otherwise each goes through toNFC.
func (textReader) parse(data []byte, _ limits) ([]*Document, error) {
	s, inert, err := decodeNonEmptyInert(data)
	if err != nil {
		return nil, err
	}
	paras := splitText(s)
	if !inert {
		for i := range paras {
			paras[i].Text = toNFC(paras[i].Text)
		}
	}
	return []*Document{{Format: FormatText, Paragraphs: paras}}, nil
}

func (textReader) paragraphsNFC() {}

// decodeNonEmpty is decodeText that also refuses a file without text.
func decodeNonEmpty(data []byte) (string, error) {
	s, _, err := decodeNonEmptyInert(data)
	return s, err
}

// decodeNonEmptyInert is decodeTextInert that also refuses a file without
// text.
func decodeNonEmptyInert(data []byte) (string, bool, error) {
	s, inert, err := decodeTextInert(data)
	if err != nil {
		return "", false, err
	}
	if strings.TrimSpace(s) == "" {
		if len(s) == 0 {
			return "", false, fail(ErrEmpty, "the file is empty")
		}
		return "", false, fail(ErrEmpty, "the file holds only whitespace")
	}
	return s, inert, nil
}

// splitText cuts text with "\n" line ends into paragraphs. When blank
// lines separate blocks and most blocks have several lines, the text is
// wrapped prose: a block's lines are joined with a space, and a line that
// starts with a bullet starts a new paragraph. Otherwise every non-empty
// line is a paragraph. Lines are trimmed; Line is where a paragraph starts.
//
// It trims each line once, in one pass that collects the non-empty lines
// as paragraphs (all of them, for text that is not wrapped), and joins
// wrapped blocks in that slice, without a slice of every line as
// strings.Split would make (splitTextReference in the tests is the
// straightforward form).
func splitText(s string) []Paragraph {
	lines := make([]Paragraph, 0, strings.Count(s, "\n")+1)
	for n := 1; ; n++ {
		l, rest, more := strings.Cut(s, "\n")
		if t := strings.TrimSpace(l); t != "" {
			lines = append(lines, Paragraph{Text: t, Line: n})
		}
		if !more {
			break
		}
		s = rest
	}
	if !isWrapped(lines) {
		return lines
	}
	// Join each run of lines without a blank line between them, up to a
	// bullet. A paragraph is written at w <= i, over lines already read.
	w := 0
	for i := 0; i < len(lines); {
		j, size := i+1, len(lines[i].Text)
		for j < len(lines) && adjacent(lines, j) && !startsWithBullet(lines[j].Text) {
			size += 1 + len(lines[j].Text)
			j++
		}
		text := lines[i].Text
		if j > i+1 {
			var b strings.Builder
			b.Grow(size)
			b.WriteString(text)
			for _, l := range lines[i+1 : j] {
				b.WriteByte(' ')
				b.WriteString(l.Text)
			}
			text = b.String()
		}
		lines[w] = Paragraph{Text: text, Line: lines[i].Line}
		w++
		i = j
	}
	return lines[:w]
}

// adjacent reports whether no blank line separates lines[j] from the
// non-empty line before it.
func adjacent(lines []Paragraph, j int) bool { return lines[j].Line == lines[j-1].Line+1 }

// isWrapped reports whether blank lines separate at least two blocks of
// the non-empty lines and more than half of the blocks have several lines.
func isWrapped(lines []Paragraph) bool {
	var blocks, multi int
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && adjacent(lines, j) {
			j++
		}
		blocks++
		if j-i > 1 {
			multi++
		}
		i = j
	}
	return blocks >= 2 && multi*2 > blocks
}

// startsWithBullet reports whether a trimmed line is a list item ("- x",
// "* x", "• x", "– x"). Numbered items are not recognised: a wrapped line
// may well start with "15. Konferenz".
func startsWithBullet(t string) bool {
	for _, b := range []string{"- ", "* ", "• ", "– ", "· "} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	return false
}
