package numbers

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tally-qa/tally/internal/runes"
)

// This file holds the lexicon: the words and symbols of a locale's tables
// (units, scales, currencies, qualifiers...) matched at a position of the
// text or ending at one.

// lexicon is a set of words and symbols matched at a position, longest
// first, by their first byte.
type lexicon struct {
	// firstSet and lastSet mark the bytes that some key starts or ends
	// with: most positions fail on them, and the 64 bytes of both stay in
	// cache where the 18 kB of the tables below do not (the test on the
	// bucket itself was a third of match's time).
	firstSet, lastSet byteSet
	// firstAt and lastAt number the bucket of a byte in buckets and
	// byLast (0 is an empty one): a table of 256 buckets and 256 lists
	// was 18 kB a lexicon, most of it empty, and the thirty-odd lexicons
	// of every locale were 6 MB to allocate and clear at start-up.
	firstAt, lastAt [256]uint8
	buckets         []lexBucket // by the first byte of the text, for match
	byLast          [][]lexKey  // by the last byte, for matchBefore
	// beforeLast[n], when not nil, holds the bytes that may stand before
	// the last in a match of one of byLast[n] (see secondBytes): the word
	// before a number ("in 2024", "by 5%") ends with a byte that some
	// qualifier ends with far more often than it ends a qualifier, and the
	// keys of the list were compared one by one.
	beforeLast []*byteSet
}

// bucket returns the keys that start with c.
func (lx *lexicon) bucket(c byte) *lexBucket { return &lx.buckets[lx.firstAt[c]] }

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// lexBucket holds the keys that may match text starting with one byte,
// longest first, with what lets most positions fail without a comparison.
type lexBucket struct {
	keys []lexKey
	// second, when not nil, holds the bytes that may follow the first in a
	// match of one of keys; nil means any byte may (see secondBytes).
	second *[4]uint64
	// prefix is the longest run of whole runes that all keys start with,
	// when longer than a byte: text that does not start with it, in any
	// case, matches none of them.
	prefix string
}

// starts reports whether some key may match text that starts with c.
func (lx *lexicon) starts(c byte) bool { return lx != nil && lx.firstSet.has(c) }

// lexKey is one key of a lexicon with what match needs to know about it,
// worked out once when the table is built rather than at every position.
type lexKey struct {
	k         string
	fold      bool // matches in any case (see foldable)
	ascii     bool // all bytes ASCII: case-folded byte by byte
	wordStart bool // starts with a letter or digit: needs a boundary before
	wordEnd   bool // ends with a letter or digit: needs a boundary after
	// bytewise is set when equal compares byte by byte, exactly or
	// ASCII-folded (every key but a folded one with a non-ASCII byte);
	// then first and last, the key's end bytes lower-cased, must be the
	// text's at both ends. A bucket's keys share their first byte and
	// often their second, and most fail on the byte at the other end:
	// testing it first saves the call that compares the strings, which
	// was most of match's time and of matchBefore's.
	bytewise    bool
	first, last byte
	// id is the key's index in the list newLexicon was given: a locale
	// keeps the values of a map's keys in that order (see valuesOf), and
	// right reads a unit's or a scale's by it, without hashing the key.
	id int32
}

// endsFit reports whether the text seg, of the key's length, may be the
// key by its first and last bytes: false only when equal is false.
func (e *lexKey) endsFit(seg string) bool {
	return !e.bytewise || foldLower(seg[0]) == e.first && foldLower(seg[len(seg)-1]) == e.last
}

func newLexKey(k string) lexKey {
	first, _ := utf8.DecodeRuneInString(k)
	last, _ := utf8.DecodeLastRuneInString(k)
	ascii := true
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	fold := foldable(k)
	return lexKey{k: k, fold: fold, ascii: ascii, wordStart: isWordRune(first), wordEnd: isWordRune(last),
		bytewise: !fold || ascii, first: foldLower(k[0]), last: foldLower(k[len(k)-1])}
}

// equal reports whether seg, of the key's length, is the key.
func (e *lexKey) equal(seg string) bool {
	if seg == e.k {
		return true
	}
	if !e.fold {
		return false
	}
	if e.ascii {
		return equalFoldASCII(seg, e.k)
	}
	return strings.EqualFold(seg, e.k)
}

func newLexicon(keys []string) *lexicon {
	lx := &lexicon{buckets: make([]lexBucket, 1, 8), byLast: make([][]lexKey, 1, 8), beforeLast: make([]*byteSet, 1, 8)}
	ids := make(map[string]int32, len(keys))
	for n, k := range keys {
		if _, dup := ids[k]; !dup {
			ids[k] = int32(n)
		}
	}
	keys = append([]string(nil), keys...) // the table's own order stays: Format takes ScaleJoin[0]
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		if k == "" {
			continue
		}
		e := newLexKey(k)
		e.id = ids[k]
		c := k[0]
		lx.addFirst(c, e)
		if f := foldByte(c); f != c && e.fold {
			lx.addFirst(f, e)
		}
		l := k[len(k)-1]
		lx.addLast(l, e)
		if f := foldByte(l); f != l && e.fold {
			lx.addLast(f, e)
		}
	}
	for n := 1; n < len(lx.buckets); n++ {
		b := &lx.buckets[n]
		b.second, b.prefix = secondBytes(b.keys), commonPrefix(b.keys)
	}
	for n := 1; n < len(lx.byLast); n++ {
		lx.beforeLast[n] = beforeLastBytes(lx.byLast[n])
	}
	return lx
}

// addFirst adds e to the bucket of its first byte c, making the bucket
// when it is c's first key.
func (lx *lexicon) addFirst(c byte, e lexKey) {
	if lx.firstAt[c] == 0 {
		lx.firstAt[c] = bucketNumber(len(lx.buckets))
		lx.buckets = append(lx.buckets, lexBucket{})
		lx.firstSet.add(c)
	}
	b := &lx.buckets[lx.firstAt[c]]
	b.keys = append(b.keys, e)
}

// addLast adds e to the list of its last byte c, as addFirst does.
func (lx *lexicon) addLast(c byte, e lexKey) {
	if lx.lastAt[c] == 0 {
		lx.lastAt[c] = bucketNumber(len(lx.byLast))
		lx.byLast = append(lx.byLast, nil)
		lx.beforeLast = append(lx.beforeLast, nil)
		lx.lastSet.add(c)
	}
	lx.byLast[lx.lastAt[c]] = append(lx.byLast[lx.lastAt[c]], e)
}

// bucketNumber returns n as a number of firstAt or lastAt. A key starts and
// ends with one of the 179 bytes that start or end a rune in UTF-8, and a
// bucket of one of the rest holds a key of invalid UTF-8, which the tables
// do not have: the numbers stay below 256.
func bucketNumber(n int) uint8 {
	if n > 255 {
		panic("numbers: a lexicon with more than 255 first or last bytes")
	}
	return uint8(n)
}

// commonPrefix returns the longest run of whole runes that all keys start
// with, or "" when it is a byte or less.
func commonPrefix(keys []lexKey) string {
	if len(keys) == 0 {
		return ""
	}
	p := keys[0].k
	for _, e := range keys[1:] {
		n := 0
		for n < len(p) && n < len(e.k) && p[n] == e.k[n] {
			n++
		}
		p = p[:n]
	}
	for len(p) > 0 && !utf8.ValidString(p) {
		p = p[:len(p)-1] // cut inside a rune
	}
	if len(p) < 2 {
		return ""
	}
	return p
}

// hasFoldPrefix reports whether s[i:] starts with p rune by rune, in any
// case, as strings.EqualFold compares. When it is false, no key that starts
// with p matches at i, exactly or folded: strings.EqualFold would fail on
// the same rune.
func hasFoldPrefix(s string, i int, p string) bool {
	for k := 0; k < len(p); {
		if i >= len(s) {
			return false
		}
		a, b := s[i], p[k]
		if a < utf8.RuneSelf && b < utf8.RuneSelf {
			if a != b && foldLower(a) != foldLower(b) {
				return false
			}
			i++
			k++
			continue
		}
		r1, w1 := runes.DecodeAt(s, i)
		r2, w2 := runes.DecodeAt(p, k)
		if !runes.SameFold(r1, r2) {
			return false
		}
		i += w1
		k += w2
	}
	return true
}

// secondBytes returns the set of bytes that may follow the first byte in a
// match of one of keys, or nil when it cannot tell: a key of one byte, or a
// case-folded key whose second byte is not ASCII. A case-folded ASCII byte
// allows both cases, and 'k' and 's' also allow the lead bytes of the
// Kelvin sign and the long s, which strings.EqualFold takes for them.
func secondBytes(keys []lexKey) *[4]uint64 {
	if len(keys) == 0 {
		return nil
	}
	set := new([4]uint64)
	add := func(b byte) { set[b>>6] |= 1 << (b & 63) }
	for _, e := range keys {
		if len(e.k) < 2 {
			return nil
		}
		b := e.k[1]
		add(b)
		if !e.fold {
			continue
		}
		if b >= utf8.RuneSelf {
			return nil
		}
		add(foldByte(b))
		switch foldLower(b) {
		case 'k':
			add(0xE2) // U+212A KELVIN SIGN
		case 's':
			add(0xC5) // U+017F LATIN SMALL LETTER LONG S
		}
	}
	return set
}

// beforeLastBytes returns the set of bytes that may stand just before the
// last byte in a match of one of keys, or nil when it cannot tell: a key of
// one byte, or a case-folded key that is not all ASCII (strings.EqualFold
// may take a rune of another width for one of its runes). An ASCII key
// folds byte by byte (equalFoldASCII), so both cases of its byte are all.
func beforeLastBytes(keys []lexKey) *byteSet {
	if len(keys) == 0 {
		return nil
	}
	set := new(byteSet)
	for _, e := range keys {
		if len(e.k) < 2 || e.fold && !e.ascii {
			return nil
		}
		b := e.k[len(e.k)-2]
		set.add(b)
		if e.fold {
			set.add(foldByte(b))
		}
	}
	return set
}

func foldByte(c byte) byte {
	switch {
	case c >= 'a' && c <= 'z':
		return c - 32
	case c >= 'A' && c <= 'Z':
		return c + 32
	}
	return c
}

// foldable reports whether key matches in any case: lower-case keys of at
// least three bytes.
func foldable(k string) bool {
	if len(k) < 3 {
		return false
	}
	for _, r := range k {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// match returns the longest key that s[i:] starts with and that ends at a
// word boundary (when the key ends in a letter), and its length in s.
func (lx *lexicon) match(s string, i int) (string, int) {
	if e, w := lx.matchKey(s, i); w > 0 {
		return e.k, w
	}
	return "", 0
}

// matchKey is match returning the key itself (nil when none matches), for
// its id.
func (lx *lexicon) matchKey(s string, i int) (*lexKey, int) {
	if lx == nil || i >= len(s) || !lx.firstSet.has(s[i]) {
		return nil, 0
	}
	b := lx.bucket(s[i])
	if b.second != nil {
		if i+1 >= len(s) || b.second[s[i+1]>>6]&(1<<(s[i+1]&63)) == 0 {
			return nil, 0
		}
	}
	if b.prefix != "" && !hasFoldPrefix(s, i, b.prefix) {
		return nil, 0
	}
	keys := b.keys
	for n := range keys {
		e := &keys[n]
		if len(s)-i < len(e.k) {
			continue
		}
		// the byte tests first (the ends, then the boundary after, a call),
		// then the comparison of the strings: the same keys pass all of
		// them, and most fail on the ends
		seg := s[i : i+len(e.k)]
		if !e.endsFit(seg) || e.wordEnd && i+len(e.k) < len(s) && wordRuneAt(s, i+len(e.k)) || !e.equal(seg) {
			continue
		}
		return e, len(e.k)
	}
	return nil, 0
}

// matchBefore returns the longest key that s[:j] ends with, starting at a
// word boundary, and the position where it starts.
func (lx *lexicon) matchBefore(s string, j int) (string, int) {
	if lx == nil {
		return "", -1
	}
	if j <= 0 || j > len(s) || !lx.lastSet.has(s[j-1]) {
		return "", -1
	}
	n := lx.lastAt[s[j-1]]
	if set := lx.beforeLast[n]; set != nil && (j < 2 || !set.has(s[j-2])) {
		return "", -1
	}
	keys := lx.byLast[n] // longest first
	for n := range keys {
		e := &keys[n]
		if len(e.k) > j {
			continue
		}
		// the byte tests first, as in match
		st := j - len(e.k)
		seg := s[st:j]
		if !e.endsFit(seg) || st > 0 && e.wordStart && wordRuneBefore(s, st) || !e.equal(seg) {
			continue
		}
		return e.k, j - len(e.k)
	}
	return "", -1
}
