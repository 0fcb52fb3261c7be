package check

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
)

// Spool keeps the sets of a batch on disk as they are checked, so that a run
// over a hundred thousand files holds one set's findings in memory at a
// time, not all of them, and the report is still written in a fixed order
// after the last set (its summary comes before the details). The file is a
// gob stream in a temporary file, removed by Close.
//
// A Spool is used by one goroutine at a time.
type Spool struct {
	f   *os.File
	w   *bufio.Writer
	enc *gob.Encoder
	n   int
	err error
}

// NewSpool creates a spool in dir ("" for the system's temporary folder).
func NewSpool(dir string) (*Spool, error) {
	f, err := os.CreateTemp(dir, "tally-spool-*")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	w := bufio.NewWriter(f)
	return &Spool{f: f, w: w, enc: gob.NewEncoder(w)}, nil
}

// Add appends s. After a write error Add does nothing and Err reports it.
func (sp *Spool) Add(s *SetResult) {
	if sp.err != nil {
		return
	}
	if err := sp.enc.Encode(s); err != nil {
		sp.err = fmt.Errorf("spool: %w", err)
		return
	}
	sp.n++
}

// Len is the number of sets added.
func (sp *Spool) Len() int { return sp.n }

// All yields the sets in the order they were added. It may be called more
// than once; each call reads the file from the start. A read error ends
// the sequence and is kept for Err.
func (sp *Spool) All() iter.Seq[*SetResult] {
	return func(yield func(*SetResult) bool) {
		if sp.err != nil || sp.n == 0 {
			return
		}
		if err := sp.w.Flush(); err != nil {
			sp.err = fmt.Errorf("spool: %w", err)
			return
		}
		if _, err := sp.f.Seek(0, io.SeekStart); err != nil {
			sp.err = fmt.Errorf("spool: %w", err)
			return
		}
		// Appending resumes at the end, whatever this reading leaves.
		defer func() {
			if _, err := sp.f.Seek(0, io.SeekEnd); err != nil && sp.err == nil {
				sp.err = fmt.Errorf("spool: %w", err)
			}
		}()
		dec := gob.NewDecoder(bufio.NewReader(sp.f))
		for range sp.n {
			var s SetResult
			if err := dec.Decode(&s); err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF
				}
				sp.err = fmt.Errorf("spool: %w", err)
				return
			}
			if !yield(&s) {
				return
			}
		}
	}
}

// Err reports the first error writing or reading the spool.
func (sp *Spool) Err() error { return sp.err }

// Close removes the spool's file.
func (sp *Spool) Close() error {
	err := sp.f.Close()
	if rerr := os.Remove(sp.f.Name()); err == nil {
		err = rerr
	}
	return err
}
