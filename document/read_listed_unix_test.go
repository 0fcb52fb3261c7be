//go:build unix

package document

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }

// Read must answer the same, documents or error, whether or not the file
// is said to be Listed: for regular files of every size against the limit,
// an empty file, a folder, a missing path and a device. (A named pipe is
// read by path, as any path a user gives: that waits for its writer.)
func TestReadListedSameAsByPath(t *testing.T) {
	dir := t.TempDir()
	paths := []string{filepath.Join(dir, "missing.txt"), dir, os.DevNull}
	for i, text := range []string{"", "Hello, world: 1,234 people.\n\nSecond paragraph.", strings.Repeat("Ein Satz mit 12,5 Prozent. ", 200)} {
		p := filepath.Join(dir, fmt.Sprintf("f%d.en.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for _, p := range paths {
		for _, max := range []int64{0, 40, 1 << 20} {
			want, werr := Read(p, Options{MaxSize: max, Format: FormatText})
			got, err := Read(p, Options{MaxSize: max, Format: FormatText, Listed: true})
			if fmt.Sprint(err) != fmt.Sprint(werr) {
				t.Errorf("%s, max %d: listed: %v; by path: %v", p, max, err, werr)
				continue
			}
			if len(got) != len(want) || (len(got) > 0 && fmt.Sprint(got[0].Paragraphs) != fmt.Sprint(want[0].Paragraphs)) {
				t.Errorf("%s, max %d: listed read %v, by path %v", p, max, got, want)
			}
		}
	}
}

// ReadListedHead must give the size a stat gives and the head ReadHead
// gives, and leave to the caller what it cannot read as a regular file.
func TestReadListedHead(t *testing.T) {
	dir := t.TempDir()
	shared := bytes.Repeat([]byte("y"), 600)
	for _, n := range []int{0, 1, 100, 511, 512, 513, 5000} {
		p := filepath.Join(dir, fmt.Sprintf("f%d.txt", n))
		if err := os.WriteFile(p, bytes.Repeat([]byte("x"), n), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, max := range []int64{int64(n) - 1, int64(n), 1 << 20} {
			head, size, ok := ReadListedHead(p, 512, max)
			if !ok || size != int64(n) {
				t.Errorf("%d bytes, max %d: size %d, ok %v", n, max, size, ok)
				continue
			}
			want, err := ReadHead(p, 512)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 || int64(n) > max {
				want = nil // not read: empty or too large
			}
			if !bytes.Equal(head, want) {
				t.Errorf("%d bytes, max %d: head of %d bytes, want %d", n, max, len(head), len(want))
			}
			// ReadListedHeadInto gives the same into buffers reused from
			// file to file, holding another file's bytes, of any size.
			for _, buf := range [][]byte{nil, shared[:0:100], shared} {
				into, isize, iok := ReadListedHeadInto(buf, p, 512, max)
				if !iok || isize != size || !bytes.Equal(into, want) {
					t.Errorf("%d bytes, max %d, into a buffer of %d: %d bytes (ok %v, size %d), want %d",
						n, max, cap(buf), len(into), iok, isize, len(want))
				}
			}
		}
	}
	notRegular := []string{filepath.Join(dir, "missing.txt"), dir}
	if fifo := filepath.Join(dir, "pipe.txt"); mkfifo(fifo) == nil {
		notRegular = append(notRegular, fifo)
	}
	for _, p := range notRegular {
		if head, size, ok := ReadListedHead(p, 512, 1<<20); ok {
			t.Errorf("%s: ok (%d bytes of %d): want the caller to stat it", p, len(head), size)
		}
	}
}

// readFD stops at a short read only where the file ends at the size its
// stat gave; a file that has grown or shrunk since is read to its end all
// the same.
func TestReadFDWithStaleSize(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name      string
		n, size   int
		maxSize   int64
		wantBytes int
	}{
		{"as stat said", 1000, 1000, 1 << 20, 1000},
		{"grown since", 1000, 10, 1 << 20, 1000},
		{"shrunk since", 100, 1000, 1 << 20, 100},
		{"grown past the limit", 1000, 10, 500, 501},
		{"empty by stat", 300, 0, 1 << 20, 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_"))
			if err := os.WriteFile(p, bytes.Repeat([]byte("z"), tc.n), 0o644); err != nil {
				t.Fatal(err)
			}
			fd, err := syscall.Open(p, syscall.O_RDONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer syscall.Close(fd)
			b, err := readFD(fd, tc.maxSize, int64(tc.size), nil)
			if err != nil || len(b) != tc.wantBytes {
				t.Errorf("read %d bytes (%v), want %d", len(b), err, tc.wantBytes)
			}
		})
	}
}

// ReadListedAdmitted must hand admit the size a stat gives and the bytes
// of the file (none when it is over the limit), stop at admit's error,
// answer as Read does once admit lets it go on, and leave to the caller
// what it cannot read as a regular file, without calling admit.
func TestReadListedAdmitted(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	if err := mkfifo(pipe); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"empty.txt":  "",
		"space.txt":  " \n\n",
		"one.en.txt": "Hello, world: 1,234 people.\n\nSecond paragraph.",
		"long.md":    strings.Repeat("Ein Satz mit 12,5 Prozent. ", 200),
		"bin.txt":    "a\x00b",
		"page.html":  "<html lang=\"de\"><p>Im Jahr 2023 waren es 45 Prozent.</p></html>",
		"fake.docx":  "PK\x03\x04 not a zip",
		"x.xlf":      "<xliff><file",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		maxSize int64
		taken   bool
	}{
		{"empty.txt", 0, true},
		{"space.txt", 0, true},
		{"one.en.txt", 0, true},
		{"one.en.txt", 10, true},
		{"one.en.txt", int64(len(files["one.en.txt"])), true},
		{"long.md", 0, true},
		{"long.md", 100, true},
		{"bin.txt", 0, true},
		{"page.html", 0, true},
		{"fake.docx", 0, true},
		{"x.xlf", 0, true},
		{"missing.txt", 0, false},
		{"pipe.txt", 0, false},
		{".", 0, false},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		opt := Options{MaxSize: tt.maxSize, Listed: true}
		calls := 0
		var gotSize int64
		var gotData []byte
		docs, taken, err := ReadListedAdmitted(p, opt, func(size int64, data []byte) error {
			calls++
			gotSize, gotData = size, append([]byte(nil), data...)
			return nil
		})
		if taken != tt.taken || (calls == 1) != tt.taken || calls > 1 {
			t.Errorf("%s: taken %v, admit called %d times; want taken %v", tt.name, taken, calls, tt.taken)
			continue
		}
		if !taken {
			continue
		}
		text := files[tt.name]
		limit := tt.maxSize
		if limit == 0 {
			limit = DefaultMaxSize
		}
		wantData := text
		if int64(len(text)) > limit {
			wantData = ""
		}
		if gotSize != int64(len(text)) || string(gotData) != wantData {
			t.Errorf("%s, max %d: admit saw %d bytes %q, want %d %q", tt.name, tt.maxSize, gotSize, gotData, len(text), wantData)
		}
		want, werr := Read(p, opt)
		if fmt.Sprint(err) != fmt.Sprint(werr) {
			t.Errorf("%s, max %d: %v; Read: %v", tt.name, tt.maxSize, err, werr)
			continue
		}
		if docsString(docs) != docsString(want) || len(want) == 0 && tt.name == "one.en.txt" && tt.maxSize == 0 {
			t.Errorf("%s, max %d: %s; Read: %s", tt.name, tt.maxSize, docsString(docs), docsString(want))
		}

		stop := fmt.Errorf("stop")
		docs, taken, err = ReadListedAdmitted(p, opt, func(int64, []byte) error { return stop })
		if docs != nil || !taken || err != stop {
			t.Errorf("%s: admit's error: %v, %v, %v", tt.name, docs, taken, err)
		}
	}
}

// docsString writes documents out whole, for comparisons.
func docsString(docs []*Document) string {
	var b strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&b, "%+v\n", *d)
	}
	return b.String()
}
