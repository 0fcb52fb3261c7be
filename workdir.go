package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// exitInterrupted is the exit code of a run stopped by SIGINT or SIGTERM:
// 128 + SIGINT, as shells report it.
const exitInterrupted = 130

// workDir is the private temporary folder of one folder run: the on-disk
// sorts of the grouping, the index of content grouping and the spool of
// checked sets live in it. It is removed when the run ends, and also when
// the run is interrupted (Ctrl-C, SIGTERM): an interrupted batch over a
// large corpus must not leave hundreds of MB in /tmp.
type workDir struct {
	path string
	sigs chan os.Signal
	done chan struct{}
}

// newWorkDir creates the folder under the system's temporary folder and
// watches for an interruption until close: then it removes the folder,
// tells stderr and exits with exitInterrupted.
func newWorkDir(stderr io.Writer) (*workDir, error) {
	w := &workDir{sigs: make(chan os.Signal, 1), done: make(chan struct{})}
	// Watch before the folder exists, so that no signal can find it there
	// unwatched.
	signal.Notify(w.sigs, os.Interrupt, syscall.SIGTERM)
	path, err := os.MkdirTemp("", "tally-")
	if err != nil {
		signal.Stop(w.sigs)
		return nil, fmt.Errorf("temporary folder: %w", err)
	}
	w.path = path
	go func() {
		select {
		case sig := <-w.sigs:
			removeAll(path)
			fmt.Fprintf(stderr, "\ntally: interrupted (%v); temporary files removed\n", sig)
			os.Exit(exitInterrupted)
		case <-w.done:
		}
	}()
	return w, nil
}

// close stops watching for interruptions and removes the folder.
func (w *workDir) close() {
	signal.Stop(w.sigs)
	close(w.done)
	removeAll(w.path)
}

// removeAll removes a folder in which other goroutines may still be
// creating files: os.RemoveAll fails when a file appears while it runs, so
// it tries again.
func removeAll(path string) {
	for range 5 {
		if os.RemoveAll(path) == nil {
			return
		}
	}
}
