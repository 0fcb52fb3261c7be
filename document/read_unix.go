//go:build unix

package document

import "syscall"

// readRegular reads up to maxSize+1 bytes of the regular file at path
// (size is what its stat said) with plain open, read and close system
// calls. os.Open would also put the descriptor in non-blocking mode, try
// to register it with the network poller (which refuses regular files)
// and put it back: five more system calls per file, a fifth of the cost of
// reading a 1 kB file. A regular file never blocks the way the poller is
// there for, so nothing is lost. The bytes and the errors (bare errnos,
// which osError reports as it reports os.Open's) are the same as
// readOpened's. The bytes go into buf if it is large enough, else into a
// new slice.
func readRegular(path string, maxSize, size int64, buf []byte) ([]byte, error) {
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	return readFD(fd, maxSize, size, buf)
}

// readFD is readRegular's reading of the open file fd.
func readFD(fd int, maxSize, size int64, buf []byte) ([]byte, error) {
	n := 512
	if size > 0 && size < 1<<30 {
		n = int(size) + 1 // one byte more, to see the end without growing
	}
	b := buf[:0]
	if cap(b) < n {
		b = make([]byte, 0, n)
	}
	for int64(len(b)) <= maxSize {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // longer than its stat said: grow
		}
		// Read no more than maxSize+1 bytes in all, as readOpened's
		// LimitReader does (rem >= 0 by the loop's condition).
		want := b[len(b):cap(b)]
		if rem := maxSize - int64(len(b)); rem < int64(len(want)) {
			want = want[:rem+1]
		}
		k, err := ignoringEINTR(func() (int, error) { return syscall.Read(fd, want) })
		if err != nil {
			return b, err
		}
		if k <= 0 {
			break
		}
		b = b[:len(b)+k]
		if k < len(want) && int64(len(b)) == size {
			// A regular file read short at the size its stat gave has
			// ended there: the read that would return 0 to say so is one
			// system call in five of a small file's reading.
			break
		}
	}
	return b, nil
}

// openListed opens a file a folder listing found regular and learns its
// size from the open file (fstat), where readByPath stats the path first:
// the stat of a path costs more than the fstat of an open file, and one
// system call is saved. The file is opened non-blocking, so that a named
// pipe put in its place since cannot hang the run. ok is false when the
// file cannot be opened or is not a regular file now: the caller then
// goes the way of any other path, which reports it as it always has. When
// ok, the caller closes fd.
func openListed(path string) (fd int, size int64, ok bool) {
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
	})
	if err != nil {
		return -1, 0, false
	}
	var st syscall.Stat_t
	_, err = ignoringEINTR(func() (int, error) { return 0, syscall.Fstat(fd, &st) })
	if err != nil || uint32(st.Mode)&syscall.S_IFMT != syscall.S_IFREG {
		syscall.Close(fd)
		return -1, 0, false
	}
	return fd, st.Size, true
}

// readListed is readBytes for a file a folder listing found regular (see
// openListed); ok is false when the caller must read it by its path.
func readListed(path string, maxSize int64, into []byte) (data []byte, ok bool, err error) {
	fd, size, ok := openListed(path)
	if !ok {
		return nil, false, nil
	}
	defer syscall.Close(fd)
	if size > maxSize {
		return nil, true, tooLarge(size, maxSize)
	}
	data, err = readFD(fd, maxSize, size, into)
	if err != nil {
		return nil, true, osError(err)
	}
	return data, true, nil
}

// readListedSized is ReadListedAdmitted's reading: the bytes of a file a
// folder listing found regular, unless it is larger than maxSize (then
// data is nil), and its size. ok is false when the file cannot be opened
// or read, or is not a regular file now (as headListed's).
func readListedSized(path string, maxSize int64, into []byte) (data []byte, size int64, ok bool) {
	fd, size, ok := openListed(path)
	if !ok {
		return nil, 0, false
	}
	defer syscall.Close(fd)
	if size > maxSize {
		return nil, size, true
	}
	data, err := readFD(fd, maxSize, size, into)
	if err != nil {
		return nil, 0, false
	}
	return data, size, true
}

// headListed is ReadListedHead's: the first n bytes of a file a folder
// listing found regular, if it is not empty and at most maxSize bytes long.
// The head goes into buf if it is large enough.
func headListed(path string, n int, maxSize int64, buf []byte) (head []byte, size int64, ok bool) {
	fd, size, ok := openListed(path)
	if !ok {
		return nil, 0, false
	}
	defer syscall.Close(fd)
	if size == 0 || size > maxSize {
		return nil, size, true
	}
	head, err := readFD(fd, int64(n)-1, min(size, int64(n)-1), buf)
	if err != nil {
		return nil, 0, false
	}
	return head, size, true
}

// ignoringEINTR repeats a system call that a signal interrupted, as the os
// package does (the Go runtime's own signals can interrupt any call).
func ignoringEINTR(call func() (int, error)) (int, error) {
	for {
		n, err := call()
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// statPath is os.Stat's kind and size of the file at path (following
// symbolic links) with one plain system call: os.Stat also allocates a
// FileInfo and its name for every file of a batch. Errors are bare
// errnos, which osError reports as it reports os.Stat's.
func statPath(path string) (kind int, size int64, err error) {
	var st syscall.Stat_t
	if _, err := ignoringEINTR(func() (int, error) { return 0, syscall.Stat(path, &st) }); err != nil {
		return 0, 0, err
	}
	switch uint32(st.Mode) & syscall.S_IFMT {
	case syscall.S_IFDIR:
		return kindDir, st.Size, nil
	case syscall.S_IFREG:
		return kindRegular, st.Size, nil
	case syscall.S_IFIFO:
		return kindPipe, st.Size, nil
	}
	return kindOther, st.Size, nil
}
