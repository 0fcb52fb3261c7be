package document

import (
	"bytes"
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
