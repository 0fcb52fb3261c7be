//go:build !unix

package document

import "os"

// openStat opens nothing outside Unix: readBytes stats the path first.
func openStat(path string) (fd, kind int, size int64, ok bool) { return -1, 0, 0, false }

func closeFD(fd int) {}

// readFD is never called outside Unix (openStat opens nothing).
func readFD(fd int, maxSize, size int64) ([]byte, error) { panic("document: readFD outside Unix") }

// readRegular reads a regular file; outside Unix through os.Open.
func readRegular(path string, maxSize, size int64) ([]byte, error) {
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
