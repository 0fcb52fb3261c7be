package check

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

func TestSlab(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		takes []int // the sizes taken, in order, before a reset
	}{
		{"one window", []int{5}},
		{"windows that fit", []int{3, 4, 0, 2}},
		{"a window that grows the array", []int{2, 2, 50, 1}},
		{"an empty window", []int{0}},
		{"past maxSlab", []int{maxSlab + 1, 3}},
	}
	var s slab[*int]
	for round := range 2 { // the second round reuses what the first left
		for _, tt := range tests {
			var ws [][]*int
			for k, n := range tt.takes {
				w := s.take(n)
				if len(w) != n || cap(w) != n {
					t.Fatalf("round %d, %s: take(%d) gave len %d cap %d", round, tt.name, n, len(w), cap(w))
				}
				for i, p := range w {
					if p != nil {
						t.Fatalf("round %d, %s: take %d, element %d not zero", round, tt.name, k, i)
					}
				}
				v := k
				for i := range w {
					w[i] = &v
				}
				ws = append(ws, w)
			}
			// No window was written over by a later one.
			for k, w := range ws {
				for _, p := range w {
					if *p != k {
						t.Fatalf("round %d, %s: window %d holds %d", round, tt.name, k, *p)
					}
				}
			}
			s.reset()
			if s.n != 0 || len(s.buf) > maxSlab || slices.ContainsFunc(s.buf, func(p *int) bool { return p != nil }) {
				t.Fatalf("round %d, %s: reset left n %d, %d elements", round, tt.name, s.n, len(s.buf))
			}
		}
	}
}

// A worker's sets, each checked in the room the sets before it left, must
// come out as each checked in fresh room (Set), however their sizes
// follow one another.
func TestCheckSetInReusedScratchIsSet(t *testing.T) {
	t.Parallel()
	agree := func(name string) []string {
		return []string{
			filepath.Join("..", "testdata", "agree", name+".en.txt"),
			filepath.Join("..", "testdata", "agree", name+".fr.txt"),
		}
	}
	seeds := func(names ...string) []string {
		var ps []string
		for _, n := range names {
			ps = append(ps, filepath.Join("..", "testdata", "seeds", n))
		}
		return ps
	}
	jobs := []Job{
		{Name: "seeds", Paths: seeds("000_c3de660a0af737e8.txt", "001_7e5fed813674fb67.txt")},
		{Name: "aeroport", Paths: agree("aeroport")},
		{Name: "three", Paths: seeds("001_7e5fed813674fb67.txt", "000_c3de660a0af737e8.txt", "002_cd54c826d24dbb6a.txt")},
		{Name: "allerta", Paths: []string{filepath.Join("..", "testdata", "agree", "allerta.en.txt"), filepath.Join("..", "testdata", "agree", "allerta.it.txt")}},
		{Name: "seeds again", Paths: seeds("000_c3de660a0af737e8.txt", "001_7e5fed813674fb67.txt", "004_59b3fac83c647b5d.txt")},
		{Name: "missing", Paths: []string{"no-such-file.en.txt", filepath.Join("..", "testdata", "agree", "aeroport.fr.txt")}},
	}
	for _, opt := range []SetOptions{{}, {AllPairs: true}, {Options: Options{All: true}}} {
		sc := new(setScratch)
		for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {2, 1, 2, 4, 0, 4}} {
			for _, i := range order {
				got, gotFailed := checkSet(jobs[i], opt, sc)
				want, wantFailed := Set(jobs[i], opt)
				if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotFailed, wantFailed) {
					t.Fatalf("%+v, %s: in reused room\n%+v %v\nwant\n%+v %v", opt, jobs[i].Name, got, gotFailed, want, wantFailed)
				}
			}
		}
	}
}
