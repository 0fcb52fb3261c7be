package numbers

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/cockroachdb/apd/v3"
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
	var a arena
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

// TestArenaDecimalsKept: the values an arena hands out stay as they were
// while it hands out more, across blocks and across Extract calls.
func TestArenaDecimalsKept(t *testing.T) {
	var a arena
	var got []*apd.Decimal
	for k := range 3*decBlock + 5 {
		var d apd.Decimal
		d.SetFinite(int64(k), -2)
		got = append(got, a.decimal(&d))
	}
	for k, d := range got {
		var want apd.Decimal
		want.SetFinite(int64(k), -2)
		if d.Cmp(&want) != 0 {
			t.Fatalf("value %d is %s, want %s", k, d, &want)
		}
	}
	// the values of facts with other readings and ranges, kept while
	// later calls reuse the scanner, are as they were when read
	paras := []string{"83.790 Millionen VND", "1.234 und 5.678 Euro", "zwischen 2,5 und 3,5 Prozent", "2019-2024", "4.000 Milliarden"}
	var kept [][]Fact
	var want []string
	for range 2 * decBlock {
		for _, p := range paras {
			fs := Extract(p, language.German)
			kept = append(kept, fs)
			want = append(want, factValues(fs))
		}
	}
	for k, fs := range kept {
		if got := factValues(fs); got != want[k] {
			t.Fatalf("%q: values %s, read as %s", paras[k%len(paras)], got, want[k])
		}
	}
}

// factValues writes the values facts point to.
func factValues(fs []Fact) string {
	var b strings.Builder
	for _, f := range fs {
		for _, d := range []*apd.Decimal{f.Alt, f.Low, f.High} {
			if d != nil {
				b.WriteString(d.String())
			}
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestExtractFactWindows: the facts of a call are a window of a block
// shared with the calls before and after it, capped at its length, so
// that an append by the caller writes into an array of its own, whatever
// the number of facts (below factRoom, past it, past factBlock).
func TestExtractFactWindows(t *testing.T) {
	para := func(n int) string {
		var b strings.Builder
		for k := range n {
			fmt.Fprintf(&b, "%d apples, ", 10+k)
		}
		return b.String()
	}
	for _, n := range []int{1, factRoom - 1, factRoom, factRoom + 1, factBlock, factBlock + 1, 3 * factBlock} {
		var calls [][]Fact
		for range 4 {
			fs := Extract(para(n), language.English)
			if len(fs) != n || cap(fs) != n {
				t.Fatalf("%d numbers: %d facts in room for %d", n, len(fs), cap(fs))
			}
			calls = append(calls, fs)
		}
		for k, fs := range calls {
			_ = append(fs, Fact{Text: "appended"})
			for j := k + 1; j < len(calls); j++ {
				if calls[j][0].Text != "10" {
					t.Fatalf("%d numbers: an append to the facts of call %d wrote %q into call %d", n, k, calls[j][0].Text, j)
				}
			}
		}
	}
}
