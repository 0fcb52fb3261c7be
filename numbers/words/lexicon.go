package words

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// role is what a lexicon entry does in a number.
type role uint8

// The roles. The first group composes cardinals (and, with entry.ord set,
// ordinals); the second stands alone or wraps a cardinal.
const (
	rNone       role = iota // placeholder: first word of a multi-word entry only
	rZero                   // zero, null: a number on its own only
	rUnit                   // 1..9 (and vi "không" 0 inside a number)
	rTeen                   // a complete value below 100 that takes no unit: ten, eleven, veintitrés
	rTen                    // 20..90 (vi mười 10): may take a unit
	rHundreds               // a complete hundreds value: doscientos, cien
	rHundred                // ×100 after a smaller number, or 100 bare: hundred, hundert
	rThousand               // ×1000 after a number, or 1000 bare: thousand, mille
	rTensMul                // ×10 after a unit: vi mươi, chục
	rConn                   // and, und, et, y, e, lẻ: joins parts where entry.conn allows
	rFrac                   // a fraction on its own: half, Hälfte, quarter
	rMixed                  // a fixed mixed number: anderthalb (1.5)
	rMult                   // a multiplier on its own: twice, doppelt
	rMultSuffix             // makes the number before it a multiplier: -fach, -mal, -voudig
	rColl                   // a collective: dozen (12), decade (10); after a number, multiplies it
	rDen                    // only a denominator after a numerator: thirds, halves
	rHalfAdd                // adds a half of the last part: einhalb, rưỡi
	rOrdPrefix              // vi thứ: makes the number after it an ordinal
	rMultPrefix             // vi gấp: makes the number after it a multiplier
	rFracConn               // vi phần: numerator phần denominator
	rStop                   // a multi-word entry that is not a number: mille-feuille
)

// Connector positions (entry.conn).
const (
	cnTenUnit       = 1 << iota // twenty-and-one style: vingt et un, treinta y uno, vinte e três
	cnUnitTen                   // unit-and-ten style: dreiundzwanzig, drieëntwintig
	cnAfterHundred              // one hundred and five, cento e vinte, một trăm lẻ năm
	cnAfterThousand             // two thousand and nine, mil e quinhentos
	cnHalf                      // one and a half, deux et demi, dos y medio
)

// entry is one word or morpheme of a language's number vocabulary.
type entry struct {
	role    role
	n       int64 // value for composing roles, multipliers, collectives, denominators' numerator
	d       int64 // denominator for rFrac and rMixed (1 otherwise)
	den     int64 // > 0: can be a fraction's denominator after a numerator
	conn    uint8 // connector positions, for rConn
	ord     bool  // an ordinal form
	weak    bool  // as often an article, pronoun or other word as a number
	article bool  // en "a", "an": only first, only before hundred/thousand/fractions/collectives
	half    bool  // the word for half: may follow a number and a connector (one and a half)
	inner   bool  // a morpheme that cannot end a word (it "vent" in ventuno)
	needPre bool  // cannot start a number (it mila, vi mươi, fr cents)
	noMul   bool  // a thousand word that takes no multiplier (it mille)
	tenTeen bool  // a ten that takes a teen (fr soixante-dix, quatre-vingt-dix)
	multi   bool  // first word of a multi-word entry
	start   bool  // can be the first entry of a number (set by build)
}

// lang is the compiled vocabulary and conventions of one language.
type lang struct {
	code     string
	trie     *trie   // words, multi-word keys ("dix sept") and, where compound, morphemes
	compound bool    // numbers are written as one word: split words into morphemes
	hyphen   bool    // a hyphen joins number words (twenty-three, dix-sept)
	unitTen  bool    // units come before tens (dreiundzwanzig)
	ordChain bool    // every word of a compound ordinal is ordinal (vigésimo tercero)
	filter   *Filter // quick test of a word start, built from trie
}

// spec is the data of one language: the vocabulary as text (see parseData)
// and the conventions.
type spec struct {
	code     string
	data     string
	compound bool // numbers are written as one word (de, nl, it): decompose words into morphemes
	hyphen   bool
	unitTen  bool
	ordChain bool
	extra    func(add func(word string, e entry)) // generated entries (inflections)
}

// codes are the languages Match knows, in the order of compiled.
var codes = [...]string{"en", "de", "nl", "fr", "es", "it", "pt", "vi"}

// compiled holds, per language, a function that builds its tables once;
// registered holds the specs they are built from.
var (
	compiled   [len(codes)]func() *lang
	registered [len(codes)]*spec
)

// langIndex returns the index of code in codes, or -1.
func langIndex(code string) int {
	switch code {
	case "en":
		return 0
	case "de":
		return 1
	case "nl":
		return 2
	case "fr":
		return 3
	case "es":
		return 4
	case "it":
		return 5
	case "pt":
		return 6
	case "vi":
		return 7
	}
	return -1
}

// register makes a language available to Match. Called from each language
// file's init.
func register(s *spec) {
	i := langIndex(s.code)
	if i < 0 {
		panic("words: register unknown language " + s.code)
	}
	registered[i] = s
	compiled[i] = sync.OnceValue(func() *lang {
		l, err := build(s)
		if err != nil {
			panic(err) // the tables are part of the program: TestTables catches this
		}
		return l
	})
}

// build compiles a spec into a lang.
func build(s *spec) (*lang, error) {
	l := &lang{code: s.code, trie: newTrie(), compound: s.compound, hyphen: s.hyphen, unitTen: s.unitTen, ordChain: s.ordChain}
	var errs []string
	add := func(word string, e entry) {
		word = strings.ToLower(word)
		for _, w := range expand(word) {
			ep := new(entry)
			*ep = e
			switch ep.role {
			case rNone, rConn, rDen, rStop:
			default:
				ep.start = !ep.needPre
			}
			w = strings.ReplaceAll(w, "_", " ")
			if f, _, ok := strings.Cut(w, " "); ok {
				if s.compound {
					errs = append(errs, fmt.Sprintf("%s: multi-word entry %q in a compounding language", s.code, w))
					continue
				}
				fe := l.trie.get(f)
				if fe == nil {
					fe = &entry{role: rNone}
					l.trie.set(f, fe)
				}
				fe.multi = true
			}
			if old := l.trie.get(w); old != nil && old.multi && old.role == rNone {
				ep.multi = true
			} else if old != nil {
				errs = append(errs, fmt.Sprintf("%s: %q defined twice", s.code, w))
			}
			l.trie.set(w, ep)
		}
	}
	if err := parseData(s.data, add); err != nil {
		return nil, fmt.Errorf("%s: %w", s.code, err)
	}
	if s.extra != nil {
		s.extra(add)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	l.filter = newFilter(l)
	return l, nil
}

// expand expands brace groups: "erst{e,er,en}" → erste, erster, ersten.
// Several groups multiply out; a word without braces is itself.
func expand(w string) []string {
	i := strings.IndexByte(w, '{')
	if i < 0 {
		return []string{w}
	}
	j := strings.IndexByte(w[i:], '}')
	if j < 0 {
		return []string{w}
	}
	j += i
	var out []string
	for _, alt := range strings.Split(w[i+1:j], ",") {
		for _, rest := range expand(w[j+1:]) {
			out = append(out, w[:i]+alt+rest)
		}
	}
	return out
}

var roleNames = map[string]role{
	"lead": rNone, "zero": rZero, "unit": rUnit, "teen": rTeen, "ten": rTen,
	"hundreds": rHundreds, "hundred": rHundred, "thousand": rThousand, "tensmul": rTensMul,
	"conn": rConn, "frac": rFrac, "mixed": rMixed, "mult": rMult, "multsuffix": rMultSuffix,
	"coll": rColl, "den": rDen, "halfadd": rHalfAdd, "ordprefix": rOrdPrefix,
	"multprefix": rMultPrefix, "fracconn": rFracConn, "stop": rStop,
}

var connNames = map[string]uint8{
	"tenunit": cnTenUnit, "unitten": cnUnitTen, "hundred": cnAfterHundred,
	"thousand": cnAfterThousand, "half": cnHalf,
}

// parseData reads a language's vocabulary. One entry group a line:
//
//	role value [flags] : word word ...
//
// value is an integer, a fraction "1/3", or "-"; flags are comma-separated
// (weak, ord, article, half, inner, needpre, nomul, tenteen, den=N, and for
// conn the positions tenunit, unitten, hundred, thousand, half). Words may
// use brace groups ("erst{e,er}") and "_" between the words of a multi-word
// entry ("dix_sept": dix-sept or dix sept). '#' starts a comment.
func parseData(data string, add func(string, entry)) error {
	for ln, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		head, ws, ok := strings.Cut(line, ":")
		if !ok {
			if strings.TrimSpace(line) != "" {
				return fmt.Errorf("line %d: missing ':' in %q", ln+1, line)
			}
			continue
		}
		f := strings.Fields(head)
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("line %d: want 'role value [flags]', got %q", ln+1, head)
		}
		r, ok := roleNames[f[0]]
		if !ok {
			return fmt.Errorf("line %d: unknown role %q", ln+1, f[0])
		}
		e := entry{role: r, d: 1}
		if f[1] != "-" {
			num, den, isFrac := strings.Cut(f[1], "/")
			n, err := strconv.ParseInt(num, 10, 64)
			if err != nil {
				return fmt.Errorf("line %d: bad value %q", ln+1, f[1])
			}
			e.n = n
			if isFrac {
				d, err := strconv.ParseInt(den, 10, 64)
				if err != nil || d <= 0 {
					return fmt.Errorf("line %d: bad value %q", ln+1, f[1])
				}
				e.d = d
			}
		}
		if len(f) == 3 {
			for _, fl := range strings.Split(f[2], ",") {
				if err := setFlag(&e, fl); err != nil {
					return fmt.Errorf("line %d: %w", ln+1, err)
				}
			}
		}
		words := strings.Fields(ws)
		if len(words) == 0 {
			return fmt.Errorf("line %d: no words", ln+1)
		}
		for _, w := range words {
			add(w, e)
		}
	}
	return nil
}

func setFlag(e *entry, fl string) error {
	switch {
	case fl == "weak":
		e.weak = true
	case fl == "ord":
		e.ord = true
	case fl == "article":
		e.article, e.weak = true, true
	case fl == "half" && e.role != rConn:
		e.half = true
	case fl == "inner":
		e.inner = true
	case fl == "needpre":
		e.needPre = true
	case fl == "nomul":
		e.noMul = true
	case fl == "tenteen":
		e.tenTeen = true
	case strings.HasPrefix(fl, "den="):
		d, err := strconv.ParseInt(fl[4:], 10, 64)
		if err != nil || d <= 0 {
			return fmt.Errorf("bad flag %q", fl)
		}
		e.den = d
	case e.role == rConn && connNames[fl] != 0:
		e.conn |= connNames[fl]
	default:
		return fmt.Errorf("unknown flag %q", fl)
	}
	return nil
}

// trie holds a language's entries, lower case, byte-wise. The root has a
// full table so that most words that are not numbers fail on one load.
type trie struct {
	root  [256]int32
	nodes []trieNode
}

type trieNode struct {
	edges []trieEdge
	e     *entry
}

type trieEdge struct {
	b    byte
	next int32
}

func newTrie() *trie {
	t := &trie{nodes: make([]trieNode, 1, 512)}
	for i := range t.root {
		t.root[i] = -1
	}
	return t
}

// node returns the node of w, creating it when create is set (-1 if absent).
func (t *trie) node(w string, create bool) int32 {
	n := int32(0)
	for i := 0; i < len(w); i++ {
		c := t.child(n, w[i])
		if c < 0 {
			if !create {
				return -1
			}
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			if n == 0 {
				t.root[w[i]] = c
			} else {
				t.nodes[n].edges = append(t.nodes[n].edges, trieEdge{w[i], c})
			}
		}
		n = c
	}
	return n
}

func (t *trie) get(w string) *entry {
	if n := t.node(w, false); n > 0 {
		return t.nodes[n].e
	}
	return nil
}

func (t *trie) set(w string, e *entry) { t.nodes[t.node(w, true)].e = e }

// lookup returns the entry of the whole of w, or nil.
func (t *trie) lookup(w []byte) *entry {
	n := int32(0)
	for _, b := range w {
		if n = t.child(n, b); n < 0 {
			return nil
		}
	}
	return t.nodes[n].e
}

func (t *trie) child(n int32, b byte) int32 {
	if n == 0 {
		return t.root[b]
	}
	for _, ed := range t.nodes[n].edges {
		if ed.b == b {
			return ed.next
		}
	}
	return -1
}
