package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tally-qa/tally/document"
)

// Extensions lists the file extensions tally reads (lower case, with the dot).
var Extensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".xlf", ".xliff", ".tmx"}

// The reasons a path is skipped or fails, as found in Skip.Reason. They are
// fixed phrases so that callers can count them (see Listing.SkipCounts).
const (
	ReasonHidden      = "hidden"                // a dot-name file or folder
	ReasonUnsupported = "unsupported extension" // not one of Extensions
	ReasonBinary      = "binary content"        // NUL bytes in the first 512 bytes
	ReasonNotRegular  = "not a regular file"    // device, socket, symlinked folder ...
	ReasonTooLarge    = "too large"             // over Options.MaxSize
	ReasonUnreadable  = "unreadable"            // the file or folder could not be read
	ReasonEmpty       = "empty"                 // zero bytes or no text
	ReasonUnknownLang = "unsupported language"  // the name declares a language tally does not read
)

// Skip is a path left out of a listing or a grouping, and why.
type Skip struct {
	Path   string `json:"path"`             // the path as walked (root joined with the relative path)
	Reason string `json:"reason"`           // one of the Reason constants
	Detail string `json:"detail,omitempty"` // specifics: the extension, the size, the error ("" if none)
}

// String returns "path: reason (detail)".
func (s Skip) String() string {
	if s.Detail == "" {
		return s.Path + ": " + s.Reason
	}
	return s.Path + ": " + s.Reason + " (" + s.Detail + ")"
}

// File is one readable file found by Discover.
type File struct {
	Path string `json:"path"` // root joined with Rel, usable with os.Open
	Rel  string `json:"rel"`  // the path relative to the root, with forward slashes
	Size int64  `json:"size"` // in bytes
}

// Listing is the answer of Discover.
type Listing struct {
	Root    string `json:"root"`
	Files   []File `json:"files"`   // sorted by Rel
	Skipped []Skip `json:"skipped"` // left out on purpose, sorted by Path
	Failed  []Skip `json:"failed"`  // could not be taken in (too large, unreadable), sorted by Path

	head []byte // the walk's buffer for the heads of listed files (see considerListed)
	// later, if set, is offered every listed regular file with a supported
	// extension before its head is read: when it takes the file (true), it
	// applies the rules of admit itself, later (see GroupFolder).
	later func(File) bool
}

// headLen is how much of a file the walk reads to tell text from binary.
const headLen = 512

// SkipCounts counts the skipped paths by reason.
func (l *Listing) SkipCounts() map[string]int {
	m := make(map[string]int)
	for _, s := range l.Skipped {
		m[s.Reason]++
	}
	return m
}

// Options tunes Discover. The zero value is the default.
type Options struct {
	MaxSize int64 // largest file accepted, in bytes (0: document.DefaultMaxSize)
	// Found, if set, is called now and then during the walk with the number
	// of readable files found so far (for a progress display).
	Found func(files int)
}

// foundEvery is how many files the walk finds between calls of Found.
const foundEvery = 256

// Discover walks root recursively and lists the files tally can read. Hidden
// files and folders (names starting with a dot) are skipped, as are files
// with an unsupported extension or binary content; files larger than
// opt.MaxSize and unreadable files or folders are listed as failed, and the
// walk goes on. Everything is sorted by path. The error is non-nil only when
// root itself cannot be walked.
func Discover(root string, opt Options) (*Listing, error) {
	var files []File
	l, err := Walk(root, opt, func(f File) { files = append(files, f) })
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Rel < files[j].Rel })
	l.Files = files
	return l, nil
}

// Walk is Discover for a folder too large to list in memory: it hands each
// readable file to visit as the walk finds it (in no particular order) and
// returns a Listing whose Files is nil. Skipped and Failed are sorted by
// path. Folders are read a few hundred entries at a time, unsorted, so that
// a flat folder of a million files costs no more memory than a small one
// (filepath.WalkDir reads and sorts a whole folder first).
func Walk(root string, opt Options, visit func(File)) (*Listing, error) {
	return walk(root, opt, visit, nil)
}

// walk is Walk, which offers the files it may leave unsniffed to later
// (nil: none; see Listing.later).
func walk(root string, opt Options, visit func(File), later func(File) bool) (*Listing, error) {
	maxSize := effectiveMaxSize(opt.MaxSize)
	fi, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	l := &Listing{Root: root, later: later}
	if !fi.IsDir() {
		l.consider(root, filepath.Base(root), fi, maxSize, visit)
		return l, nil
	}
	if opt.Found != nil {
		n, inner := 0, visit
		visit = func(f File) {
			inner(f)
			if n++; n%foundEvery == 0 {
				opt.Found(n)
			}
		}
		defer func() { opt.Found(n) }()
	}
	if err := l.walkDir(root, "", maxSize, visit); err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	l.head, l.later = nil, nil
	sortSkips(l.Skipped)
	sortSkips(l.Failed)
	return l, nil
}

// walkBatch is the number of folder entries read at a time.
const walkBatch = 256

// walkDir walks the folder dir (rel from the root, "" for the root itself).
// An error is returned only for the root; a subfolder that cannot be read
// is listed as failed.
func (l *Listing) walkDir(dir, rel string, maxSize int64, visit func(File)) error {
	f, err := os.Open(dir)
	if err != nil {
		if rel == "" {
			return err
		}
		l.Failed = append(l.Failed, Skip{Path: dir, Reason: ReasonUnreadable, Detail: unwrapPathError(err)})
		return nil
	}
	defer f.Close()
	for {
		entries, err := f.ReadDir(walkBatch)
		for _, d := range entries {
			l.walkEntry(dir, rel, d, maxSize, visit)
		}
		if errors.Is(err, io.EOF) || (err == nil && len(entries) == 0) {
			return nil
		}
		if err != nil {
			if rel == "" {
				return err
			}
			l.Failed = append(l.Failed, Skip{Path: dir, Reason: ReasonUnreadable, Detail: unwrapPathError(err)})
			return nil
		}
	}
}

// walkEntry takes one entry of a folder: a hidden name is skipped, a folder
// walked, anything else considered.
func (l *Listing) walkEntry(dir, rel string, d fs.DirEntry, maxSize int64, visit func(File)) {
	path := filepath.Join(dir, d.Name())
	erel := d.Name()
	if rel != "" {
		erel = rel + "/" + d.Name()
	}
	if strings.HasPrefix(d.Name(), ".") {
		l.Skipped = append(l.Skipped, Skip{Path: path, Reason: ReasonHidden})
		return
	}
	if d.IsDir() {
		_ = l.walkDir(path, erel, maxSize, visit)
		return
	}
	l.considerPath(path, erel, d.Type().IsRegular(), maxSize, visit)
}

// considerPath adds one non-hidden entry of a folder, not a folder by its
// listing, to the listing; listed says the listing found it regular.
func (l *Listing) considerPath(path, erel string, listed bool, maxSize int64, visit func(File)) {
	if listed && l.considerListed(path, erel, maxSize, visit) {
		return
	}
	info, err := os.Stat(path) // follows a symlink to a file
	if err != nil {
		l.Failed = append(l.Failed, Skip{Path: path, Reason: ReasonUnreadable, Detail: unwrapPathError(err)})
		return
	}
	l.consider(path, erel, info, maxSize, visit)
}

// consider adds one non-hidden, non-directory entry to the listing.
func (l *Listing) consider(path, rel string, info fs.FileInfo, maxSize int64, visit func(File)) {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case !info.Mode().IsRegular():
		l.Skipped = append(l.Skipped, Skip{Path: path, Reason: ReasonNotRegular, Detail: info.Mode().Type().String()})
	case !supported(ext):
		l.Skipped = append(l.Skipped, unsupportedSkip(path, ext))
	default:
		l.admit(path, rel, ext, info.Size(), maxSize, func() ([]byte, error) { return document.ReadHead(path, headLen) }, visit)
	}
}

// considerListed is consider for a file the folder's listing says is
// regular, without a stat of its path: the extension is looked at first,
// and the size comes with the head (document.ReadListedHead), which saves
// a system call a file. It returns false, having done nothing, when the
// file cannot be taken that way (it cannot be opened, or is no longer a
// regular file): consider then takes it, and says what is wrong.
func (l *Listing) considerListed(path, rel string, maxSize int64, visit func(File)) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if !supported(ext) {
		l.Skipped = append(l.Skipped, unsupportedSkip(path, ext))
		return true
	}
	if l.later != nil && l.later(File{Path: path, Rel: rel}) {
		return true
	}
	if l.head == nil {
		l.head = make([]byte, 0, headLen)
	}
	head, size, ok := document.ReadListedHeadInto(l.head, path, headLen, maxSize)
	if !ok {
		return false
	}
	// head shares l.head's array, which the next file's head overwrites:
	// admit is done with it before the walk goes on.
	l.admit(path, rel, ext, size, maxSize, func() ([]byte, error) { return head, nil }, visit)
	return true
}

// admit takes a regular file with a supported extension and size bytes,
// unless it is too large, empty or binary by its head (read only when it
// is neither).
func (l *Listing) admit(path, rel, ext string, size, maxSize int64, head func() ([]byte, error), visit func(File)) {
	if size > maxSize {
		l.Failed = append(l.Failed, tooLargeSkip(path, size, maxSize))
		return
	}
	if size == 0 {
		l.Skipped = append(l.Skipped, Skip{Path: path, Reason: ReasonEmpty})
		return
	}
	h, err := head()
	if err != nil {
		l.Failed = append(l.Failed, Skip{Path: path, Reason: ReasonUnreadable, Detail: unwrapPathError(err)})
		return
	}
	if looksBinary(h, ext) {
		l.Skipped = append(l.Skipped, Skip{Path: path, Reason: ReasonBinary})
		return
	}
	visit(File{Path: path, Rel: rel, Size: size})
}

func unsupportedSkip(path, ext string) Skip {
	if ext == "" {
		ext = "none"
	}
	return Skip{Path: path, Reason: ReasonUnsupported, Detail: ext}
}

func tooLargeSkip(path string, size, maxSize int64) Skip {
	return Skip{Path: path, Reason: ReasonTooLarge,
		Detail: fmt.Sprintf("the file is %s, more than the limit of %s", document.ByteSize(size), document.ByteSize(maxSize))}
}

func supported(ext string) bool {
	for _, e := range Extensions {
		if e == ext {
			return true
		}
	}
	return false
}

// looksBinary reports whether head (the first bytes of a file with extension
// ext) is binary: a NUL byte outside what UTF-16 text holds. A .docx must be
// a zip archive instead.
func looksBinary(head []byte, ext string) bool {
	if ext == ".docx" {
		return !bytes.HasPrefix(head, []byte("PK\x03\x04"))
	}
	if bytes.IndexByte(head, 0) < 0 {
		return false
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false // UTF-16 with a byte order mark
	}
	// UTF-16 without BOM: the NULs of ASCII characters all fall on one parity.
	var even, odd int
	for i, b := range head {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	if half >= 4 && ((odd*10 >= half*6 && even == 0) || (even*10 >= half*6 && odd == 0)) {
		return false
	}
	return true
}

func sortSkips(s []Skip) {
	sort.Slice(s, func(i, j int) bool { return s[i].Path < s[j].Path })
}

// unwrapPathError keeps the problem of a *fs.PathError without repeating the
// path, which Skip carries already.
func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// effectiveMaxSize is the largest file read for a MaxSize option: 0 and
// less mean document.DefaultMaxSize.
func effectiveMaxSize(maxSize int64) int64 {
	if maxSize <= 0 {
		return document.DefaultMaxSize
	}
	return maxSize
}
