package spool

import (
	"os"
	"path/filepath"
	"slices"
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
	for i := range 100 {
		sp.Add(&rec{Name: "value", Nums: []int{i}})
	}
	collect(sp) // flushes
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
