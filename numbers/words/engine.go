package words

import (
	"unicode"
	"unicode/utf8"

	"github.com/cockroachdb/apd/v3"
)

const (
	maxTok  = 16  // tokens looked at in one number
	maxWord = 120 // bytes of a lower-cased word (two for a multi-word entry)
)

// token is one entry read from the input.
type token struct {
	e       *entry
	end     int  // byte offset in s just past the token, when wordEnd
	wordEnd bool // the token ends a word (a number may end here)
}

func match(l *lang, s string) (Result, bool) {
	if s == "" {
		return Result{}, false
	}
	if !l.filter.MayStart(s) {
		return Result{}, false
	}
	var toks [maxTok]token
	n := l.tokenize(s, &toks)
	for n > 0 {
		p := parser{l: l, t: toks[:n]}
		num, den, kind, ok := p.number()
		if !ok || p.i == 0 {
			return Result{}, false
		}
		if last := toks[p.i-1]; last.wordEnd {
			r := Result{Len: last.end, Kind: kind}
			r.Weak = p.weak || p.i == 1 && toks[0].e.weak
			setValue(&r.Value, num, den)
			return r, true
		}
		n = p.i - 1
	}
	return Result{}, false
}

// mayStart is the quick test for the common case, a word that is not a
// number. It walks the trie along s's first word: in a compounding language
// some entry that can start a number must be a prefix of the word; otherwise
// the whole word must be an entry.
func (l *lang) mayStart(s string) bool {
	t := l.trie
	n := int32(0)
	seen := false
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		b, size := lowerRune(s, i, &buf)
		if size == 0 {
			break
		}
		for _, c := range b {
			if n = t.child(n, c); n < 0 {
				return l.compound && seen
			}
		}
		i += size
		if e := t.nodes[n].e; e != nil && e.start {
			seen = true
		}
	}
	if l.compound {
		return seen
	}
	e := t.nodes[n].e
	return e != nil && (e.start || e.multi)
}

// setValue sets d to num/den: exact when den divides a power of ten,
// otherwise rounded to 12 significant digits.
func setValue(d *apd.Decimal, num, den int64) {
	if g := gcd(num, den); g > 1 {
		num, den = num/g, den/g
	}
	if den == 1 {
		d.SetFinite(num, 0)
		return
	}
	m, e := den, int32(0)
	for m%10 == 0 {
		m /= 10
		e++
	}
	k := int64(1)
	for m%2 == 0 {
		m /= 2
		k *= 5
		e++
	}
	for m%5 == 0 {
		m /= 5
		k *= 2
		e++
	}
	// den = 10^e / k * m; exact when m == 1
	if m == 1 {
		d.SetFinite(num*k, -e)
		return
	}
	ctx := apd.BaseContext.WithPrecision(12)
	ctx.Rounding = apd.RoundHalfEven
	_, _ = ctx.Quo(d, apd.New(num, 0), apd.New(den, 0))
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

// tokenize reads number entries from the start of s into toks and returns
// how many it read. It stops at the first word that is not a number word.
func (l *lang) tokenize(s string, toks *[maxTok]token) int {
	var buf [maxWord]byte
	n, p := 0, 0
	for n < maxTok {
		lw, q, ok := readWord(s, p, buf[:])
		if !ok {
			break
		}
		if l.compound {
			k := l.decompose(buf[:lw], toks[n:])
			if k == 0 {
				break
			}
			n += k
		} else {
			e := l.trie.lookup(buf[:lw])
			if e != nil && e.multi {
				if q2, sep, ok := l.sep(s, q); ok && lw+1 < len(buf) {
					buf[lw] = ' '
					if lw2, q3, ok := readWord(s, q2, buf[lw+1:]); ok && sep > 0 {
						if e2 := l.trie.lookup(buf[:lw+1+lw2]); e2 != nil {
							e, q = e2, q3
						}
					}
				}
			}
			if e == nil || e.role == rNone || e.role == rStop {
				break
			}
			toks[n] = token{e: e}
			n++
		}
		toks[n-1].end, toks[n-1].wordEnd = q, true
		q2, _, ok := l.sep(s, q)
		if !ok {
			break
		}
		p = q2
	}
	return n
}

// sep reads one separator between number words at s[q:]: a space, a no-break
// space, or (where the language joins with it) a hyphen. It returns the
// offset after it.
func (l *lang) sep(s string, q int) (next int, size int, ok bool) {
	if q >= len(s) {
		return q, 0, false
	}
	if s[q] == ' ' || (s[q] == '-' && l.hyphen) {
		return q + 1, 1, true
	}
	if s[q] < utf8.RuneSelf {
		return q, 0, false
	}
	r, size := utf8.DecodeRuneInString(s[q:])
	if r == '\u00a0' || r == '\u202f' || (l.hyphen && (r == '\u2010' || r == '\u2011')) {
		return q + size, size, true
	}
	return q, 0, false
}

// readWord lower-cases the word (letters and combining marks) at s[p:] into
// buf. It returns the word's length in buf and the offset in s after it; ok is
// false when there is no word, it does not fit, or a digit or '_' is glued to
// its end.
func readWord(s string, p int, buf []byte) (n, q int, ok bool) {
	q = p
	for q < len(s) {
		c := s[q]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9' || c == '_':
				return 0, q, false
			default:
				return n, q, n > 0
			}
			if n >= len(buf) {
				return 0, q, false
			}
			buf[n] = c
			n++
			q++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[q:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			if unicode.IsDigit(r) || (r == utf8.RuneError && size == 1) {
				return 0, q, false
			}
			return n, q, n > 0
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return 0, q, false
		}
		n += utf8.EncodeRune(buf[n:], r)
		q += size
	}
	return n, q, n > 0
}

// decompose splits a lower-cased word into morphemes, longest first, and
// writes them to out. It returns the number of morphemes, or 0 when the word
// is not made of number morphemes only.
func (l *lang) decompose(w []byte, out []token) int {
	var failed [maxWord + 1]uint8 // failed[pos] = k+1 of a failed attempt from pos with k morphemes before
	return l.dfs(w, 0, out, 0, &failed)
}

func (l *lang) dfs(w []byte, pos int, out []token, k int, failed *[maxWord + 1]uint8) int {
	if pos == len(w) {
		return k
	}
	if k == len(out) || (failed[pos] != 0 && int(failed[pos]) <= k+1) {
		return 0
	}
	type cand struct {
		end int
		e   *entry
	}
	var cs [12]cand
	nc := 0
	node := int32(0)
	for i := pos; i < len(w); i++ {
		node = l.trie.child(node, w[i])
		if node < 0 {
			break
		}
		if e := l.trie.nodes[node].e; e != nil && nc < len(cs) {
			cs[nc] = cand{i + 1, e}
			nc++
		}
	}
	for j := nc - 1; j >= 0; j-- {
		c := cs[j]
		if c.e.inner && c.end == len(w) {
			continue
		}
		if c.e.role == rNone || c.e.role == rStop {
			continue
		}
		out[k] = token{e: c.e}
		if r := l.dfs(w, c.end, out, k+1, failed); r > 0 {
			return r
		}
	}
	failed[pos] = uint8(k + 1)
	return 0
}

// isWordRune reports whether r continues a word: a letter, a combining mark
// or a digit.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r) || r == '_'
}
