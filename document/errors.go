package document

import (
	"errors"
	"fmt"
)

// Kinds of problems with an input file. An *Error returned by Read wraps
// exactly one of them (or an operating-system error such as
// fs.ErrNotExist), so callers can tell them apart with errors.Is while the
// message stays a one-line explanation written for the user.
var (
	// ErrUnreadable: the file is missing, a directory, or cannot be opened.
	ErrUnreadable = errors.New("cannot read the file")
	// ErrTooLarge: the file is larger than Options.MaxSize, or a compressed
	// format expands past its limit.
	ErrTooLarge = errors.New("file too large")
	// ErrBinary: the bytes are not text (NUL bytes, control bytes, a known
	// binary signature).
	ErrBinary = errors.New("binary file")
	// ErrEncoding: the bytes are text in an encoding tally does not read
	// without guessing (invalid UTF-8, UTF-16 without a byte-order mark).
	ErrEncoding = errors.New("not UTF-8")
	// ErrEmpty: the file holds no text.
	ErrEmpty = errors.New("no text")
	// ErrFormat: the file is malformed for its format (broken XML, a DOCX
	// without a document part, a hostile archive or DTD).
	ErrFormat = errors.New("malformed file")
	// ErrLanguage: the language cannot be told, or it is one tally does not
	// read.
	ErrLanguage = errors.New("unknown language")
)

// problem is a user-facing message that errors.Is matches against one of
// the kinds above.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string        { return p.msg }
func (p *problem) Is(target error) bool { return target == p.kind }
func fail(kind error, format string, args ...any) error {
	return &problem{kind: kind, msg: fmt.Sprintf(format, args...)}
}
