package document

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readRegular (plain system calls on Unix) must read what readOpened
// (os.Open) reads, whatever the stat size said and wherever the limit is.
func TestReadRegularSameAsOpened(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 70000} {
		data := bytes.Repeat([]byte("0123456789abcdef"), n/16+1)[:n]
		path := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, maxSize := range []int64{0, 1, int64(n) - 1, int64(n), int64(n) + 1, 1 << 20} {
			if maxSize < 0 {
				continue
			}
			// A stat size that is right, too small (the file grew) and
			// unknown.
			for _, size := range []int64{int64(n), int64(n) / 2, 0} {
				got, err := readRegular(path, maxSize, size, nil)
				want, werr := readOpened(path, maxSize, size)
				if err != nil || werr != nil {
					t.Fatalf("n=%d max=%d size=%d: errors %v, %v", n, maxSize, size, err, werr)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("n=%d max=%d size=%d: read %d bytes, os.Open reads %d", n, maxSize, size, len(got), len(want))
				}
			}
		}
	}
	_, err := readRegular(filepath.Join(dir, "missing.txt"), 10, 0, nil)
	_, werr := readOpened(filepath.Join(dir, "missing.txt"), 10, 0)
	if err == nil || werr == nil || osError(err).Error() != osError(werr).Error() {
		t.Errorf("missing file: %v, os.Open says %v", err, werr)
	}
}

// statPath must class files as os.Stat does and fail where it fails.
func TestStatPathSameAsOsStat(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(file, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{file, dir, filepath.Join(dir, "missing"), os.DevNull}
	if err := os.Symlink(file, filepath.Join(dir, "link")); err == nil {
		paths = append(paths, filepath.Join(dir, "link"))
	}
	for _, p := range paths {
		kind, size, err := statPath(p)
		fi, werr := os.Stat(p)
		if (err != nil) != (werr != nil) {
			t.Fatalf("%s: error %v, os.Stat says %v", p, err, werr)
		}
		if err != nil {
			if osError(err).Error() != osError(werr).Error() {
				t.Errorf("%s: %v, os.Stat says %v", p, osError(err), osError(werr))
			}
			continue
		}
		if kind != kindOf(fi) || (kind != kindDir && size != fi.Size()) {
			t.Errorf("%s: kind %d size %d, os.Stat says %d and %d", p, kind, size, kindOf(fi), fi.Size())
		}
	}
}

// ReadHead must return what os.Open and io.ReadFull return: the first n
// bytes, all of a shorter file, and os.Open's error without the path.
func TestReadHeadSameAsOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	for _, size := range []int{0, 1, 511, 512, 513, 5000} {
		data := bytes.Repeat([]byte("héllo\x00"), size/7+1)[:size]
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, 512} {
			got, err := ReadHead(path, n)
			want := data[:min(n, size)]
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("size %d, n %d: got %d bytes, %v; want %d bytes", size, n, len(got), err, len(want))
			}
		}
	}
	missing := filepath.Join(dir, "missing.txt")
	_, err := ReadHead(missing, 512)
	_, werr := os.Open(missing)
	var pe *fs.PathError
	if err == nil || !errors.As(werr, &pe) || err.Error() != pe.Err.Error() {
		t.Errorf("missing file: %v, os.Open says %v", err, werr)
	}
}

// Read puts plain text and Markdown into pooled buffers: a document must
// keep its text when the buffer it was read from is reused for the next
// file.
func TestReadKeepsTextAfterBufferReuse(t *testing.T) {
	dir := t.TempDir()
	var docs []*Document
	for i, name := range []string{"a.en.txt", "b.en.txt", "c.en.md", "d.en.txt"} {
		path := filepath.Join(dir, name)
		text := fmt.Sprintf("Paragraph %d says %s.\n\nIt grew by %d%%.\n", i, strings.Repeat("x", 10*(4-i)), i)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Read(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, got...)
	}
	for i, d := range docs {
		want := fmt.Sprintf("Paragraph %d says %s.", i, strings.Repeat("x", 10*(4-i)))
		if len(d.Paragraphs) != 2 || d.Paragraphs[0].Text != want {
			t.Errorf("%s: paragraphs %+v, want %q first", d.Path, d.Paragraphs, want)
		}
	}
}
