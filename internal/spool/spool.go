// Package spool keeps a sequence of values in a temporary file, so that a
// program can produce many values, hold none of them, and read them back in
// the same order as often as it needs. tally spools the sets of a corpus
// (once grouped, and again once checked) so that its memory does not grow
// with the number of sets.
package spool

import (
	"bufio"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
)

// Spool is a stream of values of type T in a temporary file, removed by
// Close: a gob stream, or frames of the value's own encoding (NewCodec;
// []byte values are written as they are). A Spool is used by one goroutine
// at a time.
type Spool[T any] struct {
	f     *os.File
	w     *bufio.Writer
	enc   *gob.Encoder // nil when codec is set
	codec *Codec[T]
	buf   []byte // the frame being written or read
	n     int
	err   error
}

// Codec is the encoding of a Spool's values in place of gob, which spends
// most of its time on reflection and allocates every string it reads.
// Append appends the encoding of v to b and returns it; Read sets v from
// data, an encoding made by Append, and may not keep data (the spool
// reuses it) but may keep what it copies out of it.
type Codec[T any] struct {
	Append func(b []byte, v *T) []byte
	Read   func(data []byte, v *T) error
}

// maxFrame bounds the length of a frame read back, so that a corrupt
// length fails instead of allocating without limit.
const maxFrame = 1 << 30

// maxKeptFrame bounds the room the spool keeps for its frames, so that
// one huge value does not pin its memory.
const maxKeptFrame = 1 << 20

// New creates a spool in dir ("" for the system's temporary folder). Its
// values are written with gob, except []byte values, written as they are.
func New[T any](dir string) (*Spool[T], error) {
	if c, ok := any(&bytesCodec).(*Codec[T]); ok { // T is []byte
		return NewCodec(dir, c)
	}
	sp, err := create[T](dir)
	if err == nil {
		sp.enc = gob.NewEncoder(sp.w)
	}
	return sp, err
}

// NewCodec creates a spool in dir ("" for the system's temporary folder)
// whose values are written by c, each in a frame of its own.
func NewCodec[T any](dir string, c *Codec[T]) (*Spool[T], error) {
	sp, err := create[T](dir)
	if err == nil {
		sp.codec = c
	}
	return sp, err
}

func create[T any](dir string) (*Spool[T], error) {
	f, err := os.CreateTemp(dir, "tally-spool-*")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	return &Spool[T]{f: f, w: bufio.NewWriter(f)}, nil
}

// bytesCodec writes a []byte as it is; an empty one reads back as nil, as
// from gob.
var bytesCodec = Codec[[]byte]{
	Append: func(b []byte, v *[]byte) []byte { return append(b, *v...) },
	Read: func(data []byte, v *[]byte) error {
		*v = nil
		if len(data) > 0 {
			*v = append([]byte(nil), data...)
		}
		return nil
	},
}

// Add appends v. After a write error Add does nothing and Err reports it.
func (sp *Spool[T]) Add(v *T) {
	if sp.err != nil {
		return
	}
	if err := sp.write(v); err != nil {
		sp.err = fmt.Errorf("spool: %w", err)
		return
	}
	sp.n++
}

// write writes v with gob, or as a frame: its length (uvarint), then its
// encoding.
func (sp *Spool[T]) write(v *T) error {
	if sp.codec == nil {
		return sp.enc.Encode(v)
	}
	sp.buf = sp.codec.Append(sp.buf[:0], v)
	var n [binary.MaxVarintLen64]byte
	if _, err := sp.w.Write(binary.AppendUvarint(n[:0], uint64(len(sp.buf)))); err != nil {
		return err
	}
	_, err := sp.w.Write(sp.buf)
	sp.trim()
	return err
}

// trim drops a frame buffer grown past maxKeptFrame.
func (sp *Spool[T]) trim() {
	if cap(sp.buf) > maxKeptFrame {
		sp.buf = nil
	}
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
		r := bufio.NewReader(sp.f)
		read := sp.readFrame
		if sp.codec == nil {
			dec := gob.NewDecoder(r)
			read = func(_ *bufio.Reader, v *T) error { return dec.Decode(v) }
		}
		for range sp.n {
			v := new(T)
			if err := read(r, v); err != nil {
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

// readFrame reads one frame written by write into v.
func (sp *Spool[T]) readFrame(r *bufio.Reader, v *T) error {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return err
	}
	if n > maxFrame {
		return fmt.Errorf("frame of %d bytes: corrupt", n)
	}
	if uint64(cap(sp.buf)) < n {
		sp.buf = make([]byte, n)
	}
	sp.buf = sp.buf[:n]
	if _, err := io.ReadFull(r, sp.buf); err != nil {
		return err
	}
	err = sp.codec.Read(sp.buf, v)
	sp.trim()
	return err
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
