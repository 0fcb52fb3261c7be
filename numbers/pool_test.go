package numbers

import (
	"reflect"
	"sync"
	"testing"

	"golang.org/x/text/language"
)

// TestExtractReusesNothingItReturns: a later call, which reuses the pooled
// scanner, leaves the facts of an earlier call as they were.
func TestExtractReusesNothingItReturns(t *testing.T) {
	first := Extract("Im Jahr 2024 stieg der Umsatz um 12,4 % auf 4,7 Milliarden Euro.", language.German)
	want := make([]Fact, len(first))
	copy(want, first)
	for range 3 {
		Extract("In 2019, 1,197 of 43,000 households earned $5 million from 5 to 10 August.", language.English)
	}
	if !reflect.DeepEqual(first, want) {
		t.Fatalf("a later call changed the facts of an earlier one:\n%v\nwant\n%v", first, want)
	}
	if len(first) != 3 {
		t.Fatalf("got %d facts, want 3: %v", len(first), first)
	}
	if got := Extract("no numbers here", language.English); got != nil {
		t.Fatalf("no facts: got %#v, want nil", got)
	}
}

// TestExtractConcurrent: calls from many goroutines, in many languages at
// once, read what one call at a time reads (run with -race).
func TestExtractConcurrent(t *testing.T) {
	type job struct {
		para string
		tag  language.Tag
	}
	var jobs []job
	for _, code := range newsLangs {
		for _, p := range benchParagraphs(t, code) {
			jobs = append(jobs, job{p, language.Make(code)})
		}
	}
	want := make([][]Fact, len(jobs))
	for i, j := range jobs {
		want[i] = Extract(j.para, j.tag)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(jobs))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range jobs {
				i := (k + g*7) % len(jobs) // each goroutine in another order
				if got := Extract(jobs[i].para, jobs[i].tag); !reflect.DeepEqual(got, want[i]) {
					errs <- jobs[i].para
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for p := range errs {
		t.Errorf("concurrent Extract differs on %q", p)
	}
}

// TestScanNumeralArena: a numeral read into the arena is the numeral read
// on its own.
func TestScanNumeralArena(t *testing.T) {
	var a strArena
	for _, c := range []string{"5", "1.234,5", "1 234 567", "12.345.678.901.234.567.890,12", "83.790", "1,2,3,4,5,6,7,8,9,10,11"} {
		for _, l := range []*Locale{registry["en"], registry["de"], registry["fr"]} {
			n1, ok1 := scanNumeral(c, 0, l)
			n2, ok2 := scanNumeralIn(c, 0, l, &a)
			if ok1 != ok2 || !reflect.DeepEqual(n1, n2) {
				t.Errorf("%s %q: arena read %+v/%v, plain read %+v/%v", l.Lang, c, n2, ok2, n1, ok1)
			}
		}
	}
}
