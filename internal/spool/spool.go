// Package spool keeps a sequence of values in a temporary file, so that a
// program can produce many values, hold none of them, and read them back in
// the same order as often as it needs. tally spools the sets of a corpus
// (once grouped, and again once checked) so that its memory does not grow
// with the number of sets.
package spool

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
)

// Spool is a gob stream of values of type T in a temporary file, removed by
// Close. A Spool is used by one goroutine at a time.
type Spool[T any] struct {
	f   *os.File
	w   *bufio.Writer
	enc *gob.Encoder
	n   int
	err error
}

// New creates a spool in dir ("" for the system's temporary folder).
func New[T any](dir string) (*Spool[T], error) {
	f, err := os.CreateTemp(dir, "tally-spool-*")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	w := bufio.NewWriter(f)
	return &Spool[T]{f: f, w: w, enc: gob.NewEncoder(w)}, nil
}

// Add appends v. After a write error Add does nothing and Err reports it.
func (sp *Spool[T]) Add(v *T) {
	if sp.err != nil {
		return
	}
	if err := sp.enc.Encode(v); err != nil {
		sp.err = fmt.Errorf("spool: %w", err)
		return
	}
	sp.n++
}

// Len is the number of values added.
func (sp *Spool[T]) Len() int { return sp.n }

// All yields the values in the order they were added. It may be called more
// than once; each call reads the file from the start. A read error ends
// the sequence and is kept for Err.
func (sp *Spool[T]) All() iter.Seq[*T] {
	return func(yield func(*T) bool) {
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
			v := new(T)
			if err := dec.Decode(v); err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF
				}
				sp.err = fmt.Errorf("spool: %w", err)
				return
			}
			if !yield(v) {
				return
			}
		}
	}
}

// Err reports the first error writing or reading the spool.
func (sp *Spool[T]) Err() error { return sp.err }

// Close removes the spool's file.
func (sp *Spool[T]) Close() error {
	err := sp.f.Close()
	if rerr := os.Remove(sp.f.Name()); err == nil {
		err = rerr
	}
	return err
}
