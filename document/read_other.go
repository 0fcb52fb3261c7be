//go:build !unix

package document

import "os"

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

// readListed leaves every file to readByPath outside Unix.
func readListed(string, int64, []byte) ([]byte, bool, error) { return nil, false, nil }

// headListed leaves every file to a stat and ReadHead outside Unix.
func headListed(string, int, int64, []byte) ([]byte, int64, bool) { return nil, 0, false }

// readListedSized leaves every file to the caller's other way outside Unix.
func readListedSized(string, int64, []byte) ([]byte, int64, bool) { return nil, 0, false }
