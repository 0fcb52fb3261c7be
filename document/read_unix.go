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
	}
	return b, nil
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
