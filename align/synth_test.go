package align

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// synthetic builds a document pair of n source paragraphs with realistic
// lengths (60 to 900 runes) and anchors (most paragraphs carry two to five
// unique numbers, some a common one), and a target that translates it with
// length ratio 1.15 and noise, and random merges, splits, deletions and
// insertions (about 3% each). It returns the gold links as in gold files.
func synthetic(n int, seed uint64) (src, tgt []Unit, gold []string) {
	r := rand.New(rand.NewPCG(seed, 7))
	next := 0
	para := func(l int, anchors []string) Unit {
		return Unit{Text: strings.Repeat("w", l), Anchors: anchors}
	}
	src = make([]Unit, n)
	for i := range src {
		var a []string
		if r.IntN(10) < 7 {
			for k := 2 + r.IntN(4); k > 0; k-- {
				next++
				a = append(a, "#"+strconv.Itoa(next))
			}
		}
		if r.IntN(4) == 0 {
			a = append(a, "VND")
		}
		src[i] = para(60+r.IntN(840), a)
	}
	translate := func(us []Unit) Unit {
		var l float64
		var a []string
		for _, u := range us {
			l += float64(len(u.Text))
			for _, x := range u.Anchors {
				if r.IntN(20) != 0 { // a few numbers disagree or are dropped
					a = append(a, x)
				}
			}
		}
		return para(int(l*1.15*(0.85+0.3*r.Float64())), a)
	}
	ints := func(from, to int) string {
		s := make([]string, 0, to-from)
		for k := from; k < to; k++ {
			s = append(s, strconv.Itoa(k))
		}
		return strings.Join(s, ",")
	}
	for i := 0; i < n; {
		j := len(tgt)
		switch x := r.IntN(100); {
		case x < 3 && i+1 < n: // merge
			tgt = append(tgt, translate(src[i:i+2]))
			gold = append(gold, ints(i, i+2)+"-"+ints(j, j+1))
			i += 2
		case x < 6: // split
			t := translate(src[i : i+1])
			h := len(t.Text) / 2
			tgt = append(tgt, para(h, t.Anchors[:len(t.Anchors)/2]), para(len(t.Text)-h, t.Anchors[len(t.Anchors)/2:]))
			gold = append(gold, ints(i, i+1)+"-"+ints(j, j+2))
			i++
		case x < 9: // deletion
			gold = append(gold, ints(i, i+1)+"-")
			i++
		case x < 12: // insertion
			tgt = append(tgt, para(40+r.IntN(200), nil))
			gold = append(gold, "-"+ints(j, j+1))
		default:
			tgt = append(tgt, translate(src[i:i+1]))
			gold = append(gold, ints(i, i+1)+"-"+ints(j, j+1))
			i++
		}
	}
	return src, tgt, gold
}

// TestSyntheticLarge checks that the banded search keeps the quality of
// the full one on long documents, and its speed.
func TestSyntheticLarge(t *testing.T) {
	for _, n := range []int{200, 5000} {
		src, tgt, gold := synthetic(n, uint64(n))
		start, cpu := time.Now(), cpuTime()
		a := Align(src, tgt, Options{Granularity: GranularityParagraph})
		took, cpu := time.Since(start), cpuTime()-cpu
		if err := a.Validate(len(src), len(tgt)); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range a.Links {
			got = append(got, linkString(l))
		}
		tp, ng, nw := prf(got, gold)
		p, r, f1 := scores(tp, ng, nw)
		t.Logf("n=%d: %d links in %v (cpu %v), P=%.3f R=%.3f F1=%.3f", n, nw, took, cpu, p, r, f1)
		if f1 < 0.85 {
			t.Errorf("n=%d: F1 = %.3f, want >= 0.85", n, f1)
		}
		if took > 2*time.Second { // generous: race detector, slow machines
			t.Errorf("n=%d took %v", n, took)
		}
	}
}

func BenchmarkAlign(b *testing.B) {
	for _, n := range []int{100, 1000, 5000} {
		src, tgt, _ := synthetic(n, 1)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				Align(src, tgt, Options{Granularity: GranularityParagraph})
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

func BenchmarkTextAnchors(b *testing.B) {
	text := loadGold(b, "testdata/seed_de_en.txtar").src[7].Text
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		TextAnchors(text)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := loadGold(b, "testdata/seed_de_en.txtar").src[7].Text
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
