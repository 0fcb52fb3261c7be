package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// The values of Document.Format and Options.Format.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatDOCX     = "docx"
	FormatXLIFF    = "xliff"
	FormatTMX      = "tmx"
)

// The values of Document.LangSource.
const (
	LangFlag    = "flag"
	LangName    = "name"
	LangFile    = "file"
	LangContent = "content"
)

// formatReader turns the bytes of one file into its language versions.
// It sets Format and Paragraphs, and Lang with LangSource "file" when the
// file declares its language; Read does the rest (NFC, language).
type formatReader interface {
	parse(data []byte, lim limits) ([]*Document, error)
}

// nfcReader is a formatReader whose paragraphs are in NFC already: read
// does not check them again.
type nfcReader interface {
	formatReader
	paragraphsNFC()
}

// readers maps a format name to its reader.
var readers = map[string]formatReader{
	FormatText:     textReader{},
	FormatMarkdown: markdownReader{},
	FormatHTML:     htmlReader{},
	FormatDOCX:     docxReader{},
	FormatXLIFF:    xliffReader{},
	FormatTMX:      tmxReader{},
}

// extensions maps a lower-case file extension to its format.
var extensions = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".md": FormatMarkdown, ".markdown": FormatMarkdown, ".mdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".docx": FormatDOCX,
	".xlf":  FormatXLIFF, ".xliff": FormatXLIFF,
	".tmx": FormatTMX,
}

// FormatFromName returns the format a file's extension names ("" when
// the extension is not one tally knows).
func FormatFromName(path string) string {
	return extensions[strings.ToLower(filepath.Ext(path))]
}

// limits bound what a hostile file can make a reader do.
type limits struct {
	maxSize     int64 // bytes of the file
	maxExpanded int64 // bytes decompressed from an archive, in total
	maxEntries  int   // entries in an archive
	maxDepth    int   // XML nesting
	maxTokens   int   // XML tokens per part
}

func newLimits(maxSize int64) limits {
	return limits{
		maxSize:     maxSize,
		maxExpanded: 10 * maxSize,
		maxEntries:  1000,
		maxDepth:    256,
		maxTokens:   int(min(maxSize, 1<<30)), // a token takes at least a byte, most take several
	}
}

func read(path string, opt Options) ([]*Document, error) {
	maxSize, format, buf := readPlan(path, opt)
	if buf != nil {
		defer putReadBuffer(buf)
	}
	data, err := readBytes(path, maxSize, buf, opt.Listed)
	if err != nil {
		return nil, err
	}
	return parse(path, data, format, maxSize, opt)
}

// readPlan is what a read works out before it reads the file at path:
// the largest size it reads, the format (the option's, else the name's;
// "" to sniff it) and, for plain text and Markdown, a pooled buffer to
// read into (their readers copy the text out as they decode it, so the
// buffer is free again once they are done: the caller puts it back with
// putReadBuffer).
func readPlan(path string, opt Options) (maxSize int64, format string, buf *[]byte) {
	maxSize = opt.MaxSize
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	format = opt.Format
	if format == "" {
		format = FormatFromName(path)
	}
	if format == FormatText || format == FormatMarkdown {
		buf = readBuffers.Get().(*[]byte)
	}
	return maxSize, format, buf
}

// parse is read's turning of the bytes of the file at path into its
// documents; format is opt.Format or the extension's ("": sniff it).
func parse(path string, data []byte, format string, maxSize int64, opt Options) ([]*Document, error) {
	if format == "" {
		format = sniffFormat(data)
	}
	r, ok := readers[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (tally reads text, markdown, html, docx, xliff, tmx)", format)
	}
	docs, err := r.parse(data, newLimits(maxSize))
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 || allEmpty(docs) {
		return nil, fail(ErrEmpty, "no text found in this %s file", format)
	}
	_, isNFC := r.(nfcReader)
	for _, d := range docs {
		d.Path = path
		d.Format = format
		if !isNFC {
			for i := range d.Paragraphs {
				d.Paragraphs[i].Text = toNFC(d.Paragraphs[i].Text)
			}
		}
		if err := setLanguage(path, d, opt); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// ReadListedAdmitted is Read for a file a folder listing found regular
// (Options.Listed), for a batch that leaves the look at a file's first
// bytes (ReadListedHead) to the reading of the whole file: that saves an
// open, an fstat, a read and a close a file. It opens the file, learns its
// size from the open file, reads it whole unless it is larger than
// opt.MaxSize, and calls admit with the size and the bytes (nil when not
// read) before it parses anything. An error from admit is
// returned as it is, and nothing more is done; else the answer is Read's
// for the bytes read. taken is false, with nothing done and admit not
// called, when the file cannot be opened or read or is not a regular file
// now (ReadListedHead's ok): the caller then takes it the way of any other
// file, which reports what is wrong as it always has.
func ReadListedAdmitted(path string, opt Options, admit func(size int64, data []byte) error) (docs []*Document, taken bool, err error) {
	maxSize, format, buf := readPlan(path, opt)
	if buf != nil {
		defer putReadBuffer(buf)
	}
	var into []byte
	if buf != nil {
		into = *buf
	}
	data, size, ok := readListedSized(path, maxSize, into)
	if !ok {
		return nil, false, nil
	}
	if buf != nil && data != nil {
		*buf = data
	}
	if err := admit(size, data); err != nil {
		return nil, true, err
	}
	// What readBytes would have answered for this file.
	if size > maxSize {
		err = tooLarge(size, maxSize)
	} else if int64(len(data)) > maxSize {
		err = tooLarge(int64(len(data)), maxSize)
	}
	if err == nil {
		docs, err = parse(path, data, format, maxSize, opt)
	}
	if err != nil {
		return nil, true, &Error{Path: path, Err: err}
	}
	return docs, true, nil
}

// ReadHead returns the first n bytes of the file at path, or all of it if
// it is shorter: what a batch's discovery looks at to tell text from binary
// content before reading any file whole. On Unix it costs three system calls
// (os.Open and its Close would make eight). An error is the operating
// system's, without the path (an errno such as "permission denied").
func ReadHead(path string, n int) ([]byte, error) {
	// readRegular reads at most one byte more than its limit.
	return readRegular(path, int64(n)-1, int64(n)-1, nil)
}

// ReadListedHead is ReadHead and a stat for a batch's discovery, for a file
// its folder listing says is a regular file: it opens the file, learns its
// size from the open file, and returns the first n bytes of it (all of it
// if shorter) when it is neither empty nor larger than maxSize (else head
// is nil). A stat of the path, then ReadHead, cost a system call more, and
// the stat of a path more than that of an open file. ok is false when the
// file cannot be opened or read, or is not a regular file now: the caller
// then stats the path and reads the head as for any other file, and so
// reports what is wrong as it always has.
func ReadListedHead(path string, n int, maxSize int64) (head []byte, size int64, ok bool) {
	return headListed(path, n, maxSize, nil)
}

// ReadListedHeadInto is ReadListedHead that reads the head into buf when
// its capacity is at least n bytes (head then shares buf's array), so that
// a walk that looks at one head at a time reads every head into one buffer
// instead of allocating one for each file (a tenth of the bytes a check of
// a folder of 1 kB files allocated outside the number scanner).
func ReadListedHeadInto(buf []byte, path string, n int, maxSize int64) (head []byte, size int64, ok bool) {
	return headListed(path, n, maxSize, buf)
}

// readBuffers holds the buffers read puts plain text and Markdown files in
// (a *[]byte each).
var readBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledRead is the largest buffer kept for reuse: a rare large file
// should not hold its memory for the rest of a batch.
const maxPooledRead = 1 << 20

// putReadBuffer gives a buffer back to readBuffers, if it is not too large.
func putReadBuffer(buf *[]byte) {
	if cap(*buf) <= maxPooledRead {
		readBuffers.Put(buf)
	}
}

// readBytes reads a regular file of at most maxSize bytes, into *buf if
// buf is not nil and the file is regular (*buf is then the grown buffer).
// listed says a folder listing found the file regular (Options.Listed).
func readBytes(path string, maxSize int64, buf *[]byte, listed bool) ([]byte, error) {
	var into []byte
	if buf != nil {
		into = *buf
	}
	var (
		data []byte
		ok   bool
		err  error
	)
	if listed {
		data, ok, err = readListed(path, maxSize, into)
	}
	if !ok {
		data, err = readByPath(path, maxSize, into)
	}
	if err != nil {
		return nil, err
	}
	if buf != nil {
		*buf = data
	}
	if int64(len(data)) > maxSize {
		return nil, tooLarge(int64(len(data)), maxSize)
	}
	return data, nil
}

// readByPath is readBytes for any path: it learns the file's kind and
// size by a stat of the path before it opens anything, so that a device
// given by mistake is never opened.
func readByPath(path string, maxSize int64, into []byte) ([]byte, error) {
	kind, size, err := statPath(path)
	if err != nil {
		return nil, osError(err)
	}
	if kind == kindDir {
		return nil, fail(ErrUnreadable, "is a directory, not a file")
	}
	if kind == kindOther {
		return nil, fail(ErrUnreadable, "is not a regular file")
	}
	if size > maxSize {
		return nil, tooLarge(size, maxSize)
	}
	var data []byte
	if kind == kindRegular {
		data, err = readRegular(path, maxSize, size, into)
	} else {
		data, err = readOpened(path, maxSize, size)
	}
	if err != nil {
		return nil, osError(err)
	}
	return data, nil
}

// The kinds of file statPath tells apart.
const (
	kindRegular = iota
	kindDir
	kindPipe  // a named pipe, read through os.Open
	kindOther // a device, a socket: not read
)

// kindOf classes a FileInfo as statPath does.
func kindOf(fi fs.FileInfo) int {
	switch {
	case fi.IsDir():
		return kindDir
	case fi.Mode().IsRegular():
		return kindRegular
	case fi.Mode()&fs.ModeNamedPipe != 0:
		return kindPipe
	}
	return kindOther
}

// readOpened reads up to maxSize+1 bytes of the file at path through an
// *os.File (size is what its stat said).
func readOpened(path string, maxSize, size int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAll(io.LimitReader(f, maxSize+1), size)
}

// readAll is io.ReadAll into a buffer of the size the file's stat gave (plus
// one byte, to see the end without growing): io.ReadAll starts at 512 bytes
// and doubles, which for a batch of files was a sixth of all allocation.
// The buffer still grows if the file is longer than its stat said.
func readAll(r io.Reader, size int64) ([]byte, error) {
	n := 512
	if size > 0 && size < 1<<30 {
		n = int(size) + 1
	}
	b := make([]byte, 0, n)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		k, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

func tooLarge(size, maxSize int64) error {
	return fail(ErrTooLarge, "the file is %s, more than the limit of %s", ByteSize(size), ByteSize(maxSize))
}

// ByteSize writes n bytes for people: 512 B, 3.2 KiB, 20 MiB. Messages
// about file sizes use it, so that every path says a size the same way.
func ByteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit && exp < 4; m /= unit {
		div *= unit
		exp++
	}
	v := float64(n) / float64(div)
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	return s + " " + string("KMGTP"[exp]) + "iB"
}

// osError keeps the reason of an os error without its path, which the
// *Error around it already names.
func osError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%w: %w", ErrUnreadable, err)
}

// sniffFormat guesses the format of a file whose extension says nothing.
func sniffFormat(data []byte) string {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return FormatDOCX
	}
	head := data[:min(len(data), sniffLen)]
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		if s, err := decodeText(head[:len(head)&^1]); err == nil {
			head = []byte(s)
		}
	}
	lower := bytes.ToLower(head)
	switch {
	case bytes.Contains(lower, []byte("<xliff")):
		return FormatXLIFF
	case bytes.Contains(lower, []byte("<tmx")):
		return FormatTMX
	case bytes.Contains(lower, []byte("<!doctype html")), bytes.Contains(lower, []byte("<html")):
		return FormatHTML
	}
	return FormatText
}

func allEmpty(docs []*Document) bool {
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			if p.Text != "" {
				return false
			}
		}
	}
	return true
}

// setLanguage fills Lang and LangSource. A monolingual file takes the
// flag, else its name, else its own declaration, else its content. The
// documents of a bilingual file (XLIFF, TMX) take their declarations,
// else their content: one flag cannot name two languages.
func setLanguage(path string, d *Document, opt Options) error {
	if !d.Segmented {
		if opt.Lang != language.Und {
			if !Supported(opt.Lang) {
				return fail(ErrLanguage, "tally does not read %s (it reads %s)", opt.Lang, supportedList())
			}
			d.Lang, d.LangSource = opt.Lang, LangFlag
			return nil
		}
		if t, ok := LangFromName(path); ok {
			d.Lang, d.LangSource = t, LangName
			return nil
		}
	}
	if d.Lang != language.Und {
		if Supported(d.Lang) {
			d.LangSource = LangFile
			return nil
		}
		if d.Segmented {
			return fail(ErrLanguage, "the file declares %s, which tally does not read (it reads %s)", d.Lang, supportedList())
		}
		d.Lang = language.Und // an HTML lang="ja" on a page in German: let the content decide
	}
	t, reason := detectLanguage(joinText(d.Paragraphs, sampleLen))
	if reason != "" {
		if d.Segmented {
			return fail(ErrLanguage, "cannot tell the language of one side (%s); declare it in the file", reason)
		}
		return fail(ErrLanguage, "cannot tell the language (%s); name the file %s or pass --lang",
			reason, suggestName(path, "de"))
	}
	d.Lang, d.LangSource = t, LangContent
	return nil
}

// joinText joins paragraph texts with newlines up to about limit bytes.
func joinText(ps []Paragraph, limit int) string {
	var b strings.Builder
	for _, p := range ps {
		if b.Len() >= limit {
			break
		}
		if p.Text == "" {
			continue
		}
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
