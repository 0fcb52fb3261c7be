package document

import (
	"bytes"
	"errors"

	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/language"
)

// htmlReader reads HTML: one paragraph per block of text, boilerplate and
// code left out, the language from <html lang>.
type htmlReader struct{}

// htmlBlocks are the elements whose start and end close the paragraph
// being collected; text directly inside a <div> still forms a paragraph.
var htmlBlocks = setOf("address", "article", "aside", "blockquote", "body", "caption", "center",
	"dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
	"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
	"html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
	"table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul")

// htmlSkipped are elements whose content is not text of the document:
// code, metadata, navigation, embedded objects.
var htmlSkipped = setOf("script", "style", "noscript", "template", "nav", "aside", "head", "title",
	"svg", "math", "iframe", "object", "canvas", "audio", "video", "select", "textarea", "button")

// htmlVoid elements have no end tag.
var htmlVoid = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
	"param", "source", "track", "wbr")

// htmlSelfClosing are elements a new one of the same name closes
// implicitly (<p>a<p>b, <li>a<li>b), searched for up to a scope boundary.
var htmlSelfClosing = setOf("p", "li", "dt", "dd", "td", "th", "tr", "option")

var htmlScope = setOf("ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "div", "body", "html",
	"blockquote", "section", "article", "main", "td", "th", "li", "figure", "details")

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

type htmlOpen struct {
	name string
	skip bool
}

func (htmlReader) parse(data []byte, lim limits) ([]*Document, error) {
	s, err := decodeHTML(data)
	if err != nil {
		return nil, err
	}
	src := []byte(s)
	lines := lineStarts(src)
	z := html.NewTokenizer(bytes.NewReader(src))
	var (
		doc     = &Document{Format: FormatHTML}
		stack   []htmlOpen
		skip    int
		buf     strings.Builder
		start   = -1 // offset of the first text byte in buf
		heading string
		offset  int
	)
	flush := func() {
		t := collapseSpace(buf.String())
		buf.Reset()
		if t != "" {
			p := Paragraph{Text: t, Line: lineOf(lines, start)}
			if heading != "" {
				p.ID = heading + ": " + t
			}
			doc.Paragraphs = append(doc.Paragraphs, p)
		}
		start = -1
	}
	pop := func(i int) { // close stack[i:] (innermost last)
		for _, o := range stack[i:] {
			if o.skip {
				skip--
			}
		}
		stack = stack[:i]
	}
	for {
		tt := z.Next()
		raw := len(z.Raw())
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return nil, fail(ErrFormat, "cannot read the HTML: %v", err)
			}
			flush()
			return []*Document{doc}, nil
		case html.TextToken:
			if skip > 0 {
				break
			}
			text := z.Text()
			if start < 0 {
				if i := bytes.IndexFunc(text, func(r rune) bool { return !isASCIISpace(r) }); i >= 0 {
					start = offset + i // text offsets match raw ones up to the first entity
				}
			}
			buf.Write(text)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, attrs := tagAndAttrs(z)
			if name == "html" && doc.Lang == language.Und {
				doc.Lang = parseLang(attrs["lang"], attrs["xml:lang"])
			}
			if name == "br" {
				buf.WriteByte(' ')
			}
			if htmlBlocks[name] {
				flush()
			}
			if htmlVoid[name] || tt == html.SelfClosingTagToken {
				break
			}
			if htmlSelfClosing[name] {
				for i := len(stack) - 1; i >= 0; i-- {
					if stack[i].name == name {
						pop(i)
						break
					}
					if htmlScope[stack[i].name] {
						break
					}
				}
			}
			if len(stack) >= lim.maxDepth {
				break // keep going: HTML is lenient, and the text still counts
			}
			o := htmlOpen{name: name, skip: htmlSkipped[name] || isBoilerplate(name, attrs, stack)}
			if o.skip {
				skip++
			}
			stack = append(stack, o)
			if len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' {
				heading = name
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if htmlBlocks[n] || n == "br" {
				if n == "br" {
					buf.WriteByte(' ') // </br> counts as <br>
				}
				flush()
			}
			if heading == n {
				heading = ""
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].name == n {
					pop(i)
					break
				}
			}
		}
		offset += raw
	}
}

// isBoilerplate reports whether an element is page furniture: a page
// header or footer (not one inside an article, main or section, which
// holds the article's own title), or an element whose ARIA role says so.
func isBoilerplate(name string, attrs map[string]string, stack []htmlOpen) bool {
	switch attrs["role"] {
	case "navigation", "banner", "contentinfo", "search", "complementary":
		return true
	}
	if _, hidden := attrs["hidden"]; hidden || attrs["aria-hidden"] == "true" {
		return true
	}
	if name != "header" && name != "footer" {
		return false
	}
	for _, o := range stack {
		if o.name == "article" || o.name == "main" || o.name == "section" {
			return false
		}
	}
	return true
}

// tagAndAttrs returns the current tag's name and attributes.
func tagAndAttrs(z *html.Tokenizer) (string, map[string]string) {
	name, more := z.TagName()
	var attrs map[string]string
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if attrs == nil {
			attrs = map[string]string{}
		}
		attrs[string(k)] = string(v)
	}
	return string(name), attrs
}

// parseLang reads the first well-formed language tag of values.
func parseLang(values ...string) language.Tag {
	for _, v := range values {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if t, err := language.Parse(v); err == nil {
			return t
		}
	}
	return language.Und
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// decodeHTML decodes an HTML file: a BOM decides first, then a declared
// charset (<meta charset>, http-equiv); undeclared bytes must be UTF-8.
func decodeHTML(data []byte) (string, error) {
	if bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return decodeNonEmpty(data)
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	head := bytes.ToLower(data[:min(len(data), sniffLen)])
	declared := name != "windows-1252" || bytes.Contains(head, []byte("charset"))
	if name == "utf-8" || !declared {
		return decodeNonEmpty(data)
	}
	if err := checkBinary(data); err != nil {
		return "", err
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fail(ErrEncoding, "cannot decode the declared charset %s: %v", name, err)
	}
	return decodeNonEmpty(out)
}
