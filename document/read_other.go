//go:build !unix

package document

// readRegular reads a regular file; outside Unix through os.Open.
func readRegular(path string, maxSize, size int64) ([]byte, error) {
	return readOpened(path, maxSize, size)
}
