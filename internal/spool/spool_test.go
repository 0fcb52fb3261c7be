package spool

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

type rec struct {
	Name string
	Nums []int
}

func collect[T any](sp *Spool[T]) []T {
	var out []T
	for v := range sp.All() {
		out = append(out, *v)
	}
	return out
}

// addHundred adds 100 records to sp and reads them back once, so that
// they are all written to its file.
func addHundred(sp *Spool[rec]) {
	for i := range 100 {
		sp.Add(&rec{Name: "value", Nums: []int{i}})
	}
	collect(sp)
}

func TestSpoolReadsBackInOrderAgainAndAfterMoreAdds(t *testing.T) {
	for _, n := range []int{0, 1, 3, 5000} {
		sp, err := New[rec](t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		var want []rec
		for i := range n {
			r := rec{Name: string(rune('a' + i%26)), Nums: []int{i, i * 2}}
			sp.Add(&r)
			want = append(want, r)
		}
		for pass := range 2 {
			if got := collect(sp); !slices.EqualFunc(got, want, eq) {
				t.Fatalf("n=%d pass %d: got %d values, want %d (or different ones)", n, pass, len(got), len(want))
			}
		}
		extra := rec{Name: "late"}
		sp.Add(&extra)
		want = append(want, extra)
		if got := collect(sp); !slices.EqualFunc(got, want, eq) || sp.Len() != n+1 {
			t.Fatalf("n=%d: after a late Add got %d values (Len %d), want %d", n, len(got), sp.Len(), n+1)
		}
		if err := sp.Err(); err != nil {
			t.Fatal(err)
		}
		if err := sp.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func eq(a, b rec) bool { return a.Name == b.Name && slices.Equal(a.Nums, b.Nums) }

func TestSpoolStopsEarly(t *testing.T) {
	sp, err := New[rec](t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	for i := range 10 {
		sp.Add(&rec{Nums: []int{i}})
	}
	k := 0
	for range sp.All() {
		if k++; k == 3 {
			break
		}
	}
	if got := collect(sp); len(got) != 10 {
		t.Fatalf("after an early break the next reading got %d values, want 10", len(got))
	}
}

func TestSpoolCloseRemovesFile(t *testing.T) {
	dir := t.TempDir()
	sp, err := New[rec](dir)
	if err != nil {
		t.Fatal(err)
	}
	sp.Add(&rec{Name: "x"})
	if err := sp.Close(); err != nil {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(left) != 0 {
		t.Fatalf("Close left %v", left)
	}
}

func TestSpoolTruncatedFileIsAnError(t *testing.T) {
	sp, err := New[rec](t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	addHundred(sp)
	if err := os.Truncate(sp.f.Name(), 40); err != nil {
		t.Fatal(err)
	}
	if got := collect(sp); len(got) == 100 {
		t.Fatal("a truncated spool read back every value")
	}
	if sp.Err() == nil {
		t.Fatal("a truncated spool read back without an error")
	}
}

func TestNewInMissingFolderIsAnError(t *testing.T) {
	if _, err := New[rec](filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatal("New in a missing folder succeeded")
	}
}

// recCodec writes a rec as its name's length and bytes, then its numbers,
// for the tests of NewCodec.
var recCodec = &Codec[rec]{
	Append: func(b []byte, v *rec) []byte {
		b = binary.AppendUvarint(b, uint64(len(v.Name)))
		b = append(b, v.Name...)
		for _, n := range v.Nums {
			b = binary.AppendVarint(b, int64(n))
		}
		return b
	},
	Read: func(data []byte, v *rec) error {
		n, k := binary.Uvarint(data)
		if k <= 0 || uint64(len(data)-k) < n {
			return errors.New("bad name")
		}
		v.Name, data = string(data[k:k+int(n)]), data[k+int(n):]
		for len(data) > 0 {
			x, k := binary.Varint(data)
			if k <= 0 {
				return errors.New("bad number")
			}
			v.Nums, data = append(v.Nums, int(x)), data[k:]
		}
		return nil
	},
}

func TestCodecSpoolReadsBackInOrder(t *testing.T) {
	for _, n := range []int{0, 1, 3, 5000} {
		sp, err := NewCodec(t.TempDir(), recCodec)
		if err != nil {
			t.Fatal(err)
		}
		var want []rec
		for i := range n {
			r := rec{Name: strings.Repeat("x", i%300), Nums: []int{i, -i, i * 1000}}
			sp.Add(&r)
			want = append(want, r)
		}
		for pass := range 2 {
			if got := collect(sp); !slices.EqualFunc(got, want, eq) {
				t.Fatalf("n=%d pass %d: got %d values, want %d (or different ones)", n, pass, len(got), len(want))
			}
		}
		if err := sp.Err(); err != nil {
			t.Fatal(err)
		}
		sp.Close()
	}
}

// TestBytesSpoolAsGob: []byte values, written as they are, read back as
// gob read them (an empty value as nil), and each its own copy.
func TestBytesSpoolAsGob(t *testing.T) {
	values := [][]byte{nil, {}, {0}, []byte("set"), bytes.Repeat([]byte{0xff}, 70000), {}}
	sp, err := New[[]byte](t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	if sp.codec == nil {
		t.Fatal("a spool of []byte uses gob")
	}
	for _, v := range values {
		sp.Add(&v)
	}
	got := collect(sp)
	if len(got) != len(values) {
		t.Fatalf("got %d values, want %d", len(got), len(values))
	}
	for k, v := range values {
		if want := gobRoundTrip(t, v); !bytes.Equal(got[k], want) || (got[k] == nil) != (want == nil) {
			t.Errorf("value %d: got %q (nil %v), gob gives %q (nil %v)", k, got[k], got[k] == nil, want, want == nil)
		}
	}
	if len(got[3]) > 0 && len(got[2]) > 0 && &got[3][0] == &got[2][0] {
		t.Error("two values share their bytes")
	}
}

func gobRoundTrip(t *testing.T, v []byte) []byte {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&v); err != nil {
		t.Fatal(err)
	}
	var out []byte
	if err := gob.NewDecoder(&b).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCodecSpoolBadFileIsAnError(t *testing.T) {
	for _, tc := range []struct {
		name string
		hurt func(path string) error
	}{
		{"truncated", func(path string) error { return os.Truncate(path, 40) }},
		{"huge length", func(path string) error {
			return os.WriteFile(path, binary.AppendUvarint(nil, 1<<40), 0o600)
		}},
		{"bad value", func(path string) error { return os.WriteFile(path, []byte{2, 9, 'a'}, 0o600) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp, err := NewCodec(t.TempDir(), recCodec)
			if err != nil {
				t.Fatal(err)
			}
			defer sp.Close()
			addHundred(sp)
			if err := tc.hurt(sp.f.Name()); err != nil {
				t.Fatal(err)
			}
			if got := collect(sp); len(got) == 100 {
				t.Fatal("a damaged spool read back every value")
			}
			if sp.Err() == nil {
				t.Fatal("a damaged spool read back without an error")
			}
		})
	}
}
