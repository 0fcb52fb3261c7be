package words

import (
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/runes"
)

// Filter is a quick test, built once per language, for the common case at a
// word start: a word that cannot begin a number. It looks at the first two
// bytes of the lower-cased word, which turns most words away in a few
// nanoseconds, then at the first three ("the" and "three", "de" and
// "deux"), and walks the word through the trie only when they fit. It
// errs on the safe side: when MayStart is false, Match is sure to fail;
// when it is true, Match may still fail.
type Filter struct {
	l *lang
	// pair[b0] has bit b1 set when a key that may start a number starts
	// with the bytes b0 b1 (lower case); bit 0 stands for a key of the one
	// byte b0.
	pair [256][4]uint64
	// one[b0] is set in a compounding language when the one-byte key b0
	// starts a number: any word that starts with b0 may then be one.
	one [256]bool
	// anyThird[b0] has bit b1 set in a compounding language when the
	// two-byte key b0 b1 starts a number: any word that starts with them
	// may then be one, whatever its third byte.
	anyThird [256][4]uint64
	// triple has bit triHash(b0, b1, b2) set for the first three bytes of
	// every key of three bytes or more that may start a number, and for
	// b0 b1 0 when a key of two bytes may (a word of two bytes that is
	// that key). Other triples share bits with them: a set bit lets a word
	// through to the trie, which has the last word.
	triple [1 << tripleBits / 64]uint64
}

// tripleBits is the size of Filter.triple, in bits of a hash: 2 kB.
const tripleBits = 14

// triHash hashes three bytes into tripleBits bits (Fibonacci hashing).
func triHash(b0, b1, b2 byte) uint32 {
	return (uint32(b0)<<16 | uint32(b1)<<8 | uint32(b2)) * 0x9E3779B1 >> (32 - tripleBits)
}

// FilterFor returns the filter of lang (a base language code, as for
// Match), or nil for a language Match does not know. A nil *Filter lets
// nothing pass, as Match matches nothing in an unknown language.
func FilterFor(lang string) *Filter {
	i := langIndex(lang)
	if i < 0 || compiled[i] == nil {
		return nil
	}
	return compiled[i]().filter
}

// MayStart reports whether s may start with a number word of the filter's
// language. False means Match(lang, s) fails; true means it may not.
func (f *Filter) MayStart(s string) bool {
	if f == nil {
		return false
	}
	b0, b1, b2, n := firstBytes(s)
	return f.mayStartBytes(b0, b1, b2, n) && f.l.mayStart(s)
}

// mayStartBytes is MayStart's test of the first n bytes (0 to 3) of the
// lower-cased word, b0 b1 b2: false means MayStart is false.
func (f *Filter) mayStartBytes(b0, b1, b2 byte, n int) bool {
	if n == 0 {
		return false
	}
	if f.one[b0] {
		return true
	}
	if f.pair[b0][b1>>6]&(1<<(b1&63)) == 0 {
		return false
	}
	if n >= 2 && f.anyThird[b0][b1>>6]&(1<<(b1&63)) == 0 {
		if h := triHash(b0, b1, b2); f.triple[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// MayStartTriple reports whether a word whose lower-cased form starts with
// the letters b0 b1 b2 may pass MayStart; b2 is 0 for a word that ends
// after b0 b1. False means MayStart is false for every such word. As
// MayStartPair, it lets a caller keep its own table of the common case.
func (f *Filter) MayStartTriple(b0, b1, b2 byte) bool {
	n := 3
	if b2 == 0 {
		n = 2
	}
	return f != nil && f.mayStartBytes(b0, b1, b2, n)
}

// MayStartPair reports whether a word whose lower-cased form starts with
// the two bytes b0 b1 may pass MayStart: false means MayStart is false for
// every such word. It lets a caller keep its own table of the common case.
func (f *Filter) MayStartPair(b0, b1 byte) bool {
	return f != nil && (f.one[b0] || f.pair[b0][b1>>6]&(1<<(b1&63)) != 0)
}

// firstBytes returns the first three bytes of the lower-cased first word of
// s (letters and combining marks, as mayStart reads it) and how many there
// are (0 to 3); the bytes past the word's end are 0.
func firstBytes(s string) (b0, b1, b2 byte, n int) {
	// the common case, ASCII letters up to the third or the word's end,
	// without lowerRune's buffer: an ASCII letter lower-cases to itself | 0x20
	if len(s) > 0 && asciiLetter(s[0]) {
		if len(s) == 1 || s[1] < utf8.RuneSelf && !asciiLetter(s[1]) {
			return s[0] | 0x20, 0, 0, 1
		}
		if asciiLetter(s[1]) {
			if len(s) == 2 || s[2] < utf8.RuneSelf && !asciiLetter(s[2]) {
				return s[0] | 0x20, s[1] | 0x20, 0, 2
			}
			if asciiLetter(s[2]) {
				return s[0] | 0x20, s[1] | 0x20, s[2] | 0x20, 3
			}
			// a third letter that is not ASCII: "những", "thế"
			var buf [utf8.UTFMax]byte
			if b, size := lowerRune(s, 2, &buf); size > 0 {
				return s[0] | 0x20, s[1] | 0x20, b[0], 3
			}
			return s[0] | 0x20, s[1] | 0x20, 0, 2
		}
	}
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s) && n < 3; {
		b, size := lowerRune(s, i, &buf)
		if size == 0 {
			break
		}
		for _, c := range b {
			switch n {
			case 0:
				b0 = c
			case 1:
				b1 = c
			case 2:
				b2 = c
			}
			n++
		}
		i += size
	}
	return b0, b1, b2, min(n, 3)
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// lowerRune reads the rune at s[i] as part of a word the way mayStart and
// readWord do: an ASCII letter, or any other letter or combining mark. It
// returns the rune lower-cased and encoded (in buf unless ASCII) and its
// width in s, or a width of 0 where the word ends.
func lowerRune(s string, i int, buf *[utf8.UTFMax]byte) ([]byte, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return nil, 0
		}
		buf[0] = c
		return buf[:1], 1
	}
	r, size := runes.DecodeAt(s, i)
	if r < lowerTableSize {
		l := lowerTable[r]
		if l < 0 {
			return nil, 0
		}
		return buf[:utf8.EncodeRune(buf[:], l)], size
	}
	if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
		return nil, 0
	}
	return buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))], size
}

// lowerTableSize covers the Latin, Greek, Cyrillic and Vietnamese letters
// (U+1EA0–U+1EF9) that news text is written in.
const lowerTableSize = 0x2000

// lowerTable holds, for each rune below lowerTableSize, the rune lower-cased
// when it continues a word (a letter or a combining mark), else -1:
// lowerRune without the Unicode range tables.
var lowerTable = func() (t [lowerTableSize]rune) {
	for r := rune(0); r < lowerTableSize; r++ {
		t[r] = -1
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			t[r] = unicode.ToLower(r)
		}
	}
	return t
}()

// addTriple sets the bit of the three bytes in f.triple.
func (f *Filter) addTriple(b0, b1, b2 byte) {
	h := triHash(b0, b1, b2)
	f.triple[h>>6] |= 1 << (h & 63)
}

// newFilter builds the filter of a compiled language from its trie: the
// pairs of first bytes of every key that can start a number (or is the
// first word of a multi-word key).
func newFilter(l *lang) *Filter {
	f := &Filter{l: l}
	t := l.trie
	starts := func(e *entry) bool { return e != nil && (e.start || e.multi) }
	memo := make(map[int32]bool)
	var below func(n int32) bool // the subtree of n holds a starting key
	below = func(n int32) bool {
		if v, ok := memo[n]; ok {
			return v
		}
		v := starts(t.nodes[n].e)
		for _, ed := range t.nodes[n].edges {
			if below(ed.next) {
				v = true
			}
		}
		memo[n] = v
		return v
	}
	for b0 := 0; b0 < 256; b0++ {
		n1 := t.root[b0]
		if n1 < 0 {
			continue
		}
		if e := t.nodes[n1].e; starts(e) {
			f.pair[b0][0] |= 1
			if l.compound && e.start {
				f.one[b0] = true
			}
		}
		for _, ed := range t.nodes[n1].edges {
			if !below(ed.next) {
				continue
			}
			b1 := ed.b
			f.pair[b0][b1>>6] |= 1 << (b1 & 63)
			if starts(t.nodes[ed.next].e) {
				if l.compound {
					f.anyThird[b0][b1>>6] |= 1 << (b1 & 63) // a prefix of longer words
				} else {
					f.addTriple(byte(b0), b1, 0) // the whole word
				}
			}
			for _, ed2 := range t.nodes[ed.next].edges {
				if below(ed2.next) {
					f.addTriple(byte(b0), b1, ed2.b)
				}
			}
		}
	}
	return f
}
