package corpus

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"iter"
	"os"

	"github.com/bsm/extsort"
)

// The files whose names say nothing wait for content grouping, which needs
// all of them, so a folder of a hundred thousand such files holds a
// hundred thousand of them. They wait on disk, not in memory: first in an
// on-disk sort (pendingFiles), since content grouping numbers them in the
// order of their names; then, as grouping reads them in that order, in a
// file of records that it reads a path back from when it forms the sets
// (fileStore), 8 bytes in memory a file. In memory, a file's path and name
// were some 90 bytes: a quarter of content grouping's peak heap.

// pendingFiles gathers files in any order and gives them back sorted by
// Rel (files with equal Rel in the order they were added).
type pendingFiles struct {
	sort *extsort.Sorter
	n    int
	buf  []byte // add's scratch space
	err  error  // the first error writing the sort
}

func newPendingFiles(dir string) *pendingFiles {
	return &pendingFiles{sort: extsort.New(&extsort.Options{WorkDir: dir, BufferSize: sortBuffer})}
}

// add adds f. After an error writing the sort, add does nothing and sorted
// returns the error.
func (p *pendingFiles) add(f File) {
	if p.err != nil {
		return
	}
	// The key is Rel and the file's number: no Rel holds a NUL, so keys sort
	// as their Rel do, and equal Rel by number. Put copies key and value.
	b := append(append(p.buf[:0], f.Rel...), sep...)
	b = binary.BigEndian.AppendUint64(b, uint64(p.n))
	keyLen := len(b)
	b = appendFile(b, f)
	if err := p.sort.Put(b[:keyLen], b[keyLen:]); err != nil {
		p.err = fmt.Errorf("grouping: %w", err)
	}
	p.buf = b
	p.n++
}

// len is the number of files added.
func (p *pendingFiles) len() int { return p.n }

// sorted sorts the files and returns them in order; after the sequence,
// *errp holds the first error reading them (nil if none). sorted is called
// once; close the pendingFiles after.
func (p *pendingFiles) sorted(errp *error) iter.Seq[File] {
	return func(yield func(File) bool) {
		if p.err != nil {
			*errp = p.err
			return
		}
		it, err := p.sort.Sort()
		if err != nil {
			*errp = fmt.Errorf("grouping: %w", err)
			return
		}
		defer it.Close()
		for it.Next() {
			f, err := decodeFile(it.Value())
			if err != nil {
				*errp = fmt.Errorf("grouping: %w", err)
				return
			}
			if !yield(f) {
				return
			}
		}
		if err := it.Err(); err != nil {
			*errp = fmt.Errorf("grouping: %w", err)
		}
	}
}

func (p *pendingFiles) close() { p.sort.Close() }

// fileStore keeps the records of files in a temporary file,
// numbered in the order they were added, and reads one back by its number.
// A read error is kept (err) and answered with empty strings: the caller
// checks err once it is done.
type fileStore struct {
	f    *os.File
	w    *bufio.Writer
	ends []int64 // file i's record ends at ends[i]
	buf  []byte
	err  error
}

func newFileStore(dir string) (*fileStore, error) {
	f, err := os.CreateTemp(dir, "tally-files-*")
	if err != nil {
		return nil, fmt.Errorf("grouping: %w", err)
	}
	return &fileStore{f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// add appends f's record (appendFile).
func (s *fileStore) add(f File) {
	end := int64(0)
	if len(s.ends) > 0 {
		end = s.ends[len(s.ends)-1]
	}
	s.buf = appendFile(s.buf[:0], f)
	if s.err == nil {
		_, s.err = s.w.Write(s.buf)
	}
	s.ends = append(s.ends, end+int64(len(s.buf)))
}

// len is the number of files added.
func (s *fileStore) len() int { return len(s.ends) }

// file returns file i's path and name.
func (s *fileStore) file(i int) (path, rel string) {
	if s.w != nil && s.err == nil {
		s.err = s.w.Flush()
		s.w = nil
	}
	if s.err != nil {
		return "", ""
	}
	start := int64(0)
	if i > 0 {
		start = s.ends[i-1]
	}
	s.buf = append(s.buf[:0], make([]byte, s.ends[i]-start)...)
	if _, err := s.f.ReadAt(s.buf, start); err != nil {
		s.err = err
		return "", ""
	}
	f, err := decodeFile(s.buf)
	if err != nil {
		s.err = err
		return "", ""
	}
	return f.Path, f.Rel
}

// close removes the temporary file.
func (s *fileStore) close() {
	s.f.Close()
	os.Remove(s.f.Name())
}
