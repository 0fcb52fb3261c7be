package document

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownReader reads CommonMark with GFM tables: paragraphs, headings,
// list items, table cells and block quotes; code and raw HTML are left out.
type markdownReader struct{}

// mdParser is shared: goldmark parsers keep no state between Parse calls.
var mdParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()
})

func (markdownReader) parse(data []byte, _ limits) ([]*Document, error) {
	s, err := decodeNonEmpty(data)
	if err != nil {
		return nil, err
	}
	src := []byte(s)
	blankFrontMatter(src)
	root := mdParser().Parse(text.NewReader(src))
	lines := lineStarts(src)
	var out []Paragraph
	var b strings.Builder
	emit := func(n ast.Node, id string) {
		b.Reset()
		inlineText(&b, n, src)
		t := collapseSpace(b.String())
		if t == "" {
			return
		}
		if id != "" {
			id += ": " + t
		}
		out = append(out, Paragraph{Text: t, Line: lineOf(lines, mdPos(n)), ID: id})
	}
	err = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			emit(n, fmt.Sprintf("h%d", n.Level))
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock, *east.TableCell:
			emit(n, "")
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return nil, fail(ErrFormat, "cannot walk the Markdown: %v", err)
	}
	return []*Document{{Format: FormatMarkdown, Paragraphs: out}}, nil
}

// inlineText writes the text of n's inline children: emphasis and link
// text kept, code spans, raw HTML, images and autolinks left out,
// backslash escapes and entities resolved, line breaks as spaces.
func inlineText(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(src)
			if !c.IsRaw() {
				v = util.UnescapePunctuations(util.ResolveNumericReferences(util.ResolveEntityNames(v)))
			}
			b.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan, *ast.RawHTML, *ast.Image, *ast.AutoLink:
		default:
			inlineText(b, c, src)
		}
	}
}

// mdPos is the byte offset where a block's text starts.
func mdPos(n ast.Node) int {
	if l := n.Lines(); l != nil && l.Len() > 0 {
		return l.At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Start
		}
	}
	return 0
}

// blankFrontMatter overwrites a leading YAML front matter block (between
// "---" lines) with spaces, keeping its newlines so lines keep their numbers.
func blankFrontMatter(src []byte) {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return
	}
	end := -1
	for _, closing := range []string{"\n---\n", "\n...\n"} {
		if i := bytes.Index(src[3:], []byte(closing)); i >= 0 && (end < 0 || i+3 < end) {
			end = i + 3
		}
	}
	if end < 0 {
		return
	}
	for i := 0; i < end+4; i++ {
		if src[i] != '\n' {
			src[i] = ' '
		}
	}
}

// lineStarts returns the offset at which each line of src starts.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineOf is the 1-based line holding byte offset off.
func lineOf(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}

// collapseSpace trims s and turns every run of ASCII whitespace into one
// space. U+00A0 and U+202F are kept: they separate digit groups.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}
