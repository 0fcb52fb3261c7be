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
func splitText(s string) []Paragraph {
	lines := strings.Split(s, "\n")
	if !isWrapped(lines) {
		var out []Paragraph
		for i, l := range lines {
			if t := strings.TrimSpace(l); t != "" {
				out = append(out, Paragraph{Text: t, Line: i + 1})
			}
		}
		return out
	}
	var (
		out   []Paragraph
		cur   strings.Builder
		start int
	)
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, Paragraph{Text: cur.String(), Line: start})
			cur.Reset()
		}
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flush()
			continue
		case startsWithBullet(t):
			flush()
		}
		if cur.Len() == 0 {
			start = i + 1
		} else {
			cur.WriteByte(' ')
		}
		cur.WriteString(t)
	}
	flush()
	return out
}

// isWrapped reports whether blank lines separate at least two blocks and
// more than half of the blocks have several lines.
func isWrapped(lines []string) bool {
	var blocks, multi, n int
	end := func() {
		if n > 0 {
			blocks++
			if n > 1 {
				multi++
			}
		}
		n = 0
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			end()
		} else {
			n++
		}
	}
	end()
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
