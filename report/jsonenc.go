package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/tally-qa/tally/check"
)

// This file writes the two elements a batch's JSON report repeats for
// every set and finding, JSONSet and JSONFinding, by hand: encoding/json
// marshals each by reflection and then re-indents the result, which was
// half of writing a 10,000-set report. The bytes are exactly
// encoding/json's (indent of two spaces, no HTML escaping):
// TestJSONEncodersMatchEncodingJSON fills every field of these types by
// reflection and compares, so a field added to them without being added
// here fails the test.

// indenter appends JSON indented as json.Encoder with SetIndent(prefix,
// "  ") writes it. Each object or array opened records whether it has an
// element yet.
type indenter struct {
	b      []byte
	prefix string
	open   []bool // per open object or array: has it an element yet
}

// newline starts a line at the current depth.
func (w *indenter) newline() {
	w.b = append(w.b, '\n')
	w.b = append(w.b, w.prefix...)
	for range w.open {
		w.b = append(w.b, ' ', ' ')
	}
}

// next starts an element of the innermost object or array.
func (w *indenter) next() {
	if n := len(w.open) - 1; n >= 0 {
		if w.open[n] {
			w.b = append(w.b, ',')
		}
		w.open[n] = true
	}
	w.newline()
}

func (w *indenter) begin(c byte) {
	w.b = append(w.b, c)
	w.open = append(w.open, false)
}

func (w *indenter) end(c byte) {
	n := len(w.open) - 1
	had := w.open[n]
	w.open = w.open[:n]
	if had {
		w.newline()
	}
	w.b = append(w.b, c)
}

// key starts the member name of the innermost object.
func (w *indenter) key(name string) {
	w.next()
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':', ' ')
}

func (w *indenter) str(name, v string) {
	w.key(name)
	w.b = appendJSONString(w.b, v)
}

func (w *indenter) strOmit(name, v string) {
	if v != "" {
		w.str(name, v)
	}
}

func (w *indenter) int(name string, v int) {
	w.key(name)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
}

func (w *indenter) intOmit(name string, v int) {
	if v != 0 {
		w.int(name, v)
	}
}

// array writes the member name and an array of n elements, each written by
// elem, or null for a nil slice, as encoding/json does.
func (w *indenter) array(name string, null bool, n int, elem func(i int)) {
	w.key(name)
	if null {
		w.b = append(w.b, "null"...)
		return
	}
	w.begin('[')
	for i := range n {
		w.next()
		elem(i)
	}
	w.end(']')
}

func (w *indenter) counts(name string, c check.Counts) {
	w.key(name)
	w.begin('{')
	w.int("errors", c.Errors)
	w.int("warnings", c.Warnings)
	w.int("infos", c.Infos)
	w.end('}')
}

// appendJSONSet appends s as encoding/json writes it at prefix.
func appendJSONSet(w *indenter, s *JSONSet) {
	w.begin('{')
	w.str("set", s.Set)
	w.array("files", s.Files == nil, len(s.Files), func(i int) {
		f := &s.Files[i]
		w.begin('{')
		w.str("path", f.Path)
		w.str("lang", f.Lang)
		w.str("lang_source", f.LangSource)
		if f.Source {
			w.key("source")
			w.b = append(w.b, "true"...)
		}
		w.end('}')
	})
	w.array("pairs", s.Pairs == nil, len(s.Pairs), func(i int) {
		p := &s.Pairs[i]
		w.begin('{')
		w.str("source_file", p.SourceFile)
		w.str("target_file", p.TargetFile)
		w.str("source_lang", p.SourceLang)
		w.str("target_lang", p.TargetLang)
		w.int("links", p.Links)
		w.array("paragraphs", false, len(p.Paragraphs), func(k int) { // a fixed-size array: never null
			w.b = strconv.AppendInt(w.b, int64(p.Paragraphs[k]), 10)
		})
		w.int("facts_compared", p.FactsCompared)
		w.int("agreed", p.Agreed)
		w.end('}')
	})
	w.counts("counts", s.Counts)
	w.end('}')
}

// appendJSONFinding appends f as encoding/json writes it at prefix.
func appendJSONFinding(w *indenter, f *JSONFinding) {
	w.begin('{')
	w.str("set", f.Set)
	w.key("severity")
	w.b = appendJSONString(w.b, f.Severity.String()) // its MarshalText
	w.str("kind", f.Kind)
	w.strOmit("cause", f.Cause)
	w.str("source_file", f.SourceFile)
	w.str("target_file", f.TargetFile)
	w.str("source_lang", f.SourceLang)
	w.str("target_lang", f.TargetLang)
	w.int("source_paragraph", f.SourceParagraph)
	w.int("target_paragraph", f.TargetParagraph)
	w.intOmit("source_line", f.SourceLine)
	w.intOmit("target_line", f.TargetLine)
	w.strOmit("source_unit", f.SourceUnit)
	w.strOmit("target_unit", f.TargetUnit)
	w.str("source_text", f.SourceText)
	w.str("target_text", f.TargetText)
	w.str("source_value", f.SourceValue)
	w.str("target_value", f.TargetValue)
	w.strOmit("source_context", f.SourceContext)
	w.strOmit("target_context", f.TargetContext)
	w.str("message", f.Message)
	w.str("suggestion", f.Suggestion)
	w.end('}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes a string
// without HTML escaping: '"' and '\\' escaped, \b \f \n \r \t by name,
// other control bytes as \u00XX, invalid UTF-8 as \ufffd, and U+2028 and
// U+2029 as \u2028 and \u2029.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
