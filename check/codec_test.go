package check

import (
	"bytes"
	"encoding/gob"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/tally-qa/tally/internal/spool"
)

// filled returns a SetResult with every field, at any depth, set to a
// value of its own: distinct strings, distinct non-zero integers (some
// negative), true, and two elements in every slice.
func filled() SetResult {
	var s SetResult
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				fill(v.Field(i))
			}
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			fallthrough
		case reflect.Array:
			for i := range v.Len() {
				fill(v.Index(i))
			}
		case reflect.String:
			n++
			v.SetString("value " + strconv.Itoa(n) + " “ü”")
		case reflect.Int:
			n++
			v.SetInt(int64(n * (1 - 2*(n%2)) * 1000))
		case reflect.Bool:
			v.SetBool(true)
		default:
			panic("filled: no value for a field of kind " + v.Kind().String() + ": teach filled and setCodec")
		}
	}
	fill(reflect.ValueOf(&s).Elem())
	for i := range s.Findings { // a valid severity: gob writes it by name
		s.Findings[i].Severity = Severity(1 + i)
	}
	return s
}

func roundTrip(t *testing.T, s SetResult) SetResult {
	t.Helper()
	var got SetResult
	if err := readSet(appendSet(nil, &s), &got); err != nil {
		t.Fatal(err)
	}
	return got
}

func gobTrip(t *testing.T, s SetResult) SetResult {
	t.Helper()
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&s); err != nil {
		t.Fatal(err)
	}
	var got SetResult
	if err := gob.NewDecoder(&b).Decode(&got); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestSetCodecEveryField: a set with every field set reads back equal, so
// a field added to SetResult or the types in it but not to setCodec fails.
func TestSetCodecEveryField(t *testing.T) {
	s := filled()
	if got := roundTrip(t, s); !reflect.DeepEqual(got, s) {
		t.Fatalf("read back\n%+v\nwrote\n%+v", got, s)
	}
}

// TestSetCodecAsGob: sets read back as gob read them back, which is what
// the reports were written from: empty slices as nil.
func TestSetCodecAsGob(t *testing.T) {
	dir := filepath.Join("..", "testdata", "seeds")
	seed, failed := Set(Job{Name: "seed", Paths: []string{
		filepath.Join(dir, "000_c3de660a0af737e8.txt"),
		filepath.Join(dir, "001_7e5fed813674fb67.txt"),
	}}, SetOptions{Options: Options{All: true}})
	if len(failed) > 0 || len(seed.Findings) == 0 {
		t.Fatalf("seed set: failed %v, %d findings", failed, len(seed.Findings))
	}
	for _, tc := range []struct {
		name string
		s    SetResult
	}{
		{"zero", SetResult{}},
		{"empty slices", SetResult{Name: "e", Files: []FileInfo{}, Pairs: []PairStats{}, Findings: []Finding{}}},
		{"zero elements", SetResult{Files: make([]FileInfo, 2), Pairs: make([]PairStats, 1), Findings: make([]Finding, 3)}},
		{"every field", filled()},
		{"seed", seed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := roundTrip(t, tc.s), gobTrip(t, tc.s); !reflect.DeepEqual(got, want) {
				t.Fatalf("read back\n%#v\ngob reads back\n%#v", got, want)
			}
		})
	}
}

// TestSetCodecDamagedIsAnError: every cut of an encoding, and a length
// too large for the data, fail without a panic.
func TestSetCodecDamagedIsAnError(t *testing.T) {
	s := filled()
	data := appendSet(nil, &s)
	for n := range len(data) {
		var got SetResult
		if err := readSet(data[:n], &got); err == nil {
			t.Fatalf("the first %d of %d bytes read without an error", n, len(data))
		}
	}
	var got SetResult
	if err := readSet(append(data, 0), &got); err == nil {
		t.Fatal("a byte too many read without an error")
	}
	huge := []byte{0, 0xff, 0xff, 0xff, 0xff, 0x0f} // no name, 2³²-1 files
	if err := readSet(huge, &got); err == nil {
		t.Fatal("a length past the data read without an error")
	}
}

// TestSpoolSets: a Spool of sets reads back what was added, in order.
func TestSpoolSets(t *testing.T) {
	sp, err := NewSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	want := []SetResult{filled(), {Name: "second"}, filled()}
	want[2].Name = "third"
	for i := range want {
		sp.Add(&want[i])
	}
	var got []SetResult
	for s := range sp.All() {
		got = append(got, *s)
	}
	if err := sp.Err(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back %d sets, want %d (or different ones)", len(got), len(want))
	}
}

// BenchmarkSpoolSets writes the checked dense sets to a spool and reads
// them back, as tally check does with every set of a batch: by setCodec,
// and by gob (spool.New) for comparison.
func BenchmarkSpoolSets(b *testing.B) {
	jobs, _ := denseJobs(b)
	var sets []SetResult
	for _, job := range jobs {
		s, _ := Set(job, SetOptions{})
		sets = append(sets, s)
	}
	for _, tc := range []struct {
		name string
		open func(dir string) (*Spool, error)
	}{
		{"codec", NewSpool},
		{"gob", spool.New[SetResult]},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sp, err := tc.open(b.TempDir())
				if err != nil {
					b.Fatal(err)
				}
				for i := range sets {
					sp.Add(&sets[i])
				}
				n := 0
				for range sp.All() {
					n++
				}
				if err := sp.Err(); err != nil || n != len(sets) {
					b.Fatalf("read back %d of %d sets: %v", n, len(sets), err)
				}
				sp.Close()
			}
		})
	}
}
