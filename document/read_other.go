//go:build !unix

package document

import (
	"io"
	"os"
)

// readRegular reads a regular file; outside Unix through os.Open.
func readRegular(path string, maxSize, size int64, _ []byte) ([]byte, error) {
	return readOpened(path, maxSize, size)
}

// statPath is the kind and size of the file at path, from os.Stat.
func statPath(path string) (kind int, size int64, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, 0, err
	}
	return kindOf(fi), fi.Size(), nil
}

// readHead reads the first n bytes of the file at path (fewer if it is
// shorter); outside Unix through os.Open.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	m, err := io.ReadFull(f, b)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, err
	}
	return b[:m], nil
}
