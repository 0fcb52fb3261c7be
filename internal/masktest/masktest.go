// Package masktest checks the byte masks of eight-bytes-at-a-time scanners
// (align's specialBytes, numbers' nonLetters, corpus's needsLook): a
// function of a little-endian word of eight text bytes that sets the high
// bit of each byte lane whose byte the scanner must look at, and no other
// bit.
package masktest

import (
	"testing"

	"github.com/tally-qa/tally/internal/runes"
)

// Check calls mask on every word made of one byte value (all 256) in one
// lane (all 8) and fill in the others, for each fill, and fails t at the
// first word whose mask is not the high bit of exactly the lanes whose
// byte marked says.
func Check(t testing.TB, name string, mask func(uint64) uint64, marked func(byte) bool, fills ...byte) {
	t.Helper()
	for _, fill := range fills {
		for lane := range 8 {
			for c := range 256 {
				var w [8]byte
				for k := range w {
					w[k] = fill
				}
				w[lane] = byte(c)
				var want uint64
				for k, b := range w {
					if marked(b) {
						want |= 0x80 << (8 * k)
					}
				}
				if got := mask(runes.Load8(string(w[:]), 0)); got != want {
					t.Fatalf("%s(%q) = %#x, want %#x", name, w, got, want)
				}
			}
		}
	}
}
