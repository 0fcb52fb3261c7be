package corpus

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/tally-qa/tally/document"
)

// A folder's walk reads the first bytes of every file it lists, to leave
// out empty, too large and binary files (Listing.admit), and content
// grouping then reads the files whose names say nothing whole: two opens,
// two fstats, two reads and two closes a file. GroupFolder has the walk
// leave those files unsniffed, and the grouping's read apply the walk's
// rules to what it reads (sniffLater), which saves four system calls and a
// pass a file (tally sets --group content on 2,000 dense sets: 14 system
// calls a file -> 10, and some 6% of the CPU time). A file the rules leave
// out is reported by the Listing as the walk would have reported it
// (Sets.walkSkipped, walkFailed), and counts as no file of the grouping.

// sniffLater is what content grouping needs to apply the walk's rules to
// the files the walk left to it.
type sniffLater struct {
	mode    Mode  // the grouping's: which files the walk leaves (leaves)
	maxSize int64 // the walk's (and the grouping's) largest file
}

// leaves reports whether the walk leaves a file to content grouping
// unsniffed: every file in ModeContent; in ModeAuto those whose names
// ParseName does not take (nameOK false), which no other file can join
// by name.
func (s *sniffLater) leaves(nameOK bool) bool {
	return s.mode == ModeContent || (s.mode == ModeAuto && !nameOK)
}

// errLeftOut is what read's admit answers for a file the walk's rules
// leave out.
var errLeftOut = errors.New("left out by the walk's rules")

// read reads f, which the walk left unsniffed, as readOne's opt.Read
// would with ropt, if the walk's rules admit it. Else admitted is false
// and verdict holds what the walk would have listed in Skipped or Failed
// (one Skip in all). The rules are the walk's own code (Listing.admit,
// and when the file cannot be read as listed, Listing.considerPath), run
// on a Listing of its own.
func (s *sniffLater) read(f File, ropt document.Options) (docs []*document.Document, admitted bool, verdict *Listing, err error) {
	verdict = &Listing{}
	take := func(File) { admitted = true }
	ext := strings.ToLower(filepath.Ext(f.Path))
	admit := func(size int64, data []byte) error {
		head := func() ([]byte, error) { return data[:min(len(data), headLen)], nil }
		verdict.admit(f.Path, f.Rel, ext, size, s.maxSize, head, take)
		if !admitted {
			return errLeftOut
		}
		return nil
	}
	docs, taken, err := document.ReadListedAdmitted(f.Path, ropt, admit)
	if !taken {
		// As the walk does when the head cannot be read that way: it
		// stats the path and reads the head as for any other file.
		verdict.considerPath(f.Path, f.Rel, true, s.maxSize, take)
		if admitted {
			docs, err = document.Read(f.Path, ropt)
		}
	}
	if !admitted {
		return nil, false, verdict, nil
	}
	return docs, true, nil, err
}
