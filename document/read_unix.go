//go:build unix

package document

import "syscall"

// This file reads files with plain system calls. os.Open would also put
// each descriptor in non-blocking mode, try to register it with the
// network poller (which refuses regular files) and put it back: five more
// system calls per file, a fifth of the cost of reading a 1 kB file; and
// os.Stat allocates a FileInfo per file. A regular file never blocks the
// way the poller is there for, so nothing is lost. Errors are bare errnos,
// which osError reports as it reports the os package's.

// openStat opens path and asks the descriptor what it is: one path look-up
// where stat then open made two. For a regular file it returns the open
// descriptor (the caller closes it with closeFD); for a directory its kind
// without a descriptor. For anything else, or when the open or the fstat
// fails, ok is false and the caller stats the path as before, so that
// named pipes, devices and every error are handled and worded as they were
// (the open is non-blocking and takes no controlling terminal, so opening
// a pipe or a device here does not wait or change anything).
func openStat(path string) (fd, kind int, size int64, ok bool) {
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	})
	if err != nil {
		return -1, 0, 0, false
	}
	var st syscall.Stat_t
	if _, err := ignoringEINTR(func() (int, error) { return 0, syscall.Fstat(fd, &st) }); err == nil {
		switch uint32(st.Mode) & syscall.S_IFMT {
		case syscall.S_IFREG:
			return fd, kindRegular, st.Size, true
		case syscall.S_IFDIR:
			syscall.Close(fd)
			return -1, kindDir, st.Size, true
		}
	}
	syscall.Close(fd)
	return -1, 0, 0, false
}

func closeFD(fd int) { syscall.Close(fd) }

// readRegular reads up to maxSize+1 bytes of the regular file at path
// (size is what its stat said), as readOpened does.
func readRegular(path string, maxSize, size int64) ([]byte, error) {
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	return readFD(fd, maxSize, size)
}

// readFD reads up to maxSize+1 bytes from the open regular file fd (size
// is what its stat said), as readOpened does through an *os.File.
func readFD(fd int, maxSize, size int64) ([]byte, error) {
	n := 512
	if size > 0 && size < 1<<30 {
		n = int(size) + 1 // one byte more, to see the end without growing
	}
	b := make([]byte, 0, n)
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

// statPath is os.Stat's kind and size of the file at path (following
// symbolic links) with one plain system call.
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
