package document

import (
	"math/rand/v2"
	"testing"
)

// countControl (eight bytes at a time) must count as countControlBytes
// (byte by byte): every byte value at every place of short inputs, and
// random inputs from mostly text to mostly control bytes.
func TestCountControl(t *testing.T) {
	for n := 1; n <= 17; n++ {
		for pos := range n {
			for c := range 256 {
				b := make([]byte, n)
				for i := range b {
					b[i] = 'a'
				}
				b[pos] = byte(c)
				if got, want := countControl(b), countControlBytes(b); got != want {
					t.Fatalf("byte %#x at %d of %d: %d, want %d", c, pos, n, got, want)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, pool := range []string{"abc \n", "\x00\x01\x1f\x20\x7f\x80\xff\t\n\r\f\v", "xy\x7e\x7f\x80\x1f\x20\x21"} {
		for range 2000 {
			b := make([]byte, rng.IntN(40))
			for i := range b {
				b[i] = pool[rng.IntN(len(pool))]
			}
			if got, want := countControl(b), countControlBytes(b); got != want {
				t.Fatalf("%q: %d, want %d", b, got, want)
			}
		}
	}
}

func FuzzCountControl(f *testing.F) {
	f.Add([]byte("Hello,\nworld\x01\x7f\x00 and more text here\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := countControl(b), countControlBytes(b); got != want {
			t.Fatalf("%q: %d, want %d", b, got, want)
		}
	})
}
