//go:build unix

package document

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe is not opened by openStat (without waiting for a writer)
// and is still read through os.Open, as before.
func TestReadBytesNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "p.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, _, _, ok := openStat(fifo); ok {
			t.Error("openStat opened a named pipe")
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("openStat waits for a writer")
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			f.WriteString("hello")
			f.Close()
		}
	}()
	data, err := readBytes(fifo, 100)
	if err != nil || string(data) != "hello" {
		t.Errorf("readBytes(fifo) = %q, %v", data, err)
	}
}
