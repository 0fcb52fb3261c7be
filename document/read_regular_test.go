package document

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
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
				got, err := readRegular(path, maxSize, size)
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
	_, err := readRegular(filepath.Join(dir, "missing.txt"), 10, 0)
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
