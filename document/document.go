// Package document reads a file of any supported format into language
// versions made of paragraphs: it decodes the bytes (BOM, UTF-16, CRLF),
// segments the text, and identifies the language.
package document

// This file is the contract between document/ and its callers. Add; do not rename.

import (
	"golang.org/x/text/language"
)

// Paragraph is one unit of text of a document.
type Paragraph struct {
	Text string // the text, NFC, inner line breaks of wrapped lines joined by a space
	Line int    // 1-based line in the file where the paragraph starts (0 if the format has none)
	ID   string // a format's own name for the unit: XLIFF/TMX unit id, "h2: Title" ... ("" if none)
}

// Document is one language version read from a file.
type Document struct {
	Path       string
	Format     string       // "text", "markdown", "html", "docx", "xliff", "tmx"
	Lang       language.Tag // the language of the text
	LangSource string       // how Lang was found: "flag", "name", "file" (declared inside it), "content"
	Paragraphs []Paragraph
	// Segmented is set for bilingual formats (XLIFF, TMX): the documents read
	// from the same file have paragraphs that correspond one to one by ID and
	// need no alignment.
	Segmented bool
}

// Options tunes reading. The zero value is the default.
type Options struct {
	Lang    language.Tag // forces the language (language.Und: from the name, else the content)
	MaxSize int64        // largest file accepted, in bytes (0: DefaultMaxSize)
	// Format forces the format ("text", "markdown", "html", "docx",
	// "xliff", "tmx"); "" picks it from the extension, else by sniffing.
	Format string
	// Listed says a folder listing found the file a regular file (a
	// batch's walk): Read then opens it first and learns its kind and size
	// from the open file, a system call less than a stat of the path
	// before. Read answers the same either way. Leave it false for a path
	// a user gave: opening a device can have effects, which the stat first
	// avoids.
	Listed bool
}

// DefaultMaxSize is the largest file read when Options.MaxSize is 0.
const DefaultMaxSize = 20 << 20

// Error is a problem with one input file. Its message names the file.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// Read reads the file at path. Monolingual formats give one Document;
// bilingual formats (XLIFF, TMX) give one per language, source first.
// Every error is an *Error naming the file.
func Read(path string, opt Options) ([]*Document, error) {
	docs, err := read(path, opt)
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	return docs, nil
}

// LangFromName returns the language a file's name declares: x.de.txt,
// x_de.txt, x-de.txt, de/x.txt, also with a region: x.de-DE.txt,
// x.pt-BR.md, pt_BR/x.txt. Only the languages tally reads count, and only
// as a whole name element (code.txt and made.txt say nothing). ok is
// false when the name says nothing.
func LangFromName(path string) (tag language.Tag, ok bool) { return langFromName(path) }

// DetectLanguage identifies the language of text among the languages tally
// reads. ok is false when the text is too short or too unlike any of them.
// It looks at the first 4 KB of text, without URLs and e-mail addresses,
// and needs at least 40 letters.
func DetectLanguage(text string) (tag language.Tag, ok bool) {
	t, reason := detectLanguage(text)
	return t, reason == ""
}
