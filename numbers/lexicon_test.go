package numbers

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// lexiconsOf lists the lexicons of a locale by name.
func lexiconsOf(l *Locale) map[string]*lexicon {
	return map[string]*lexicon{
		"scales": l.scales, "currencies": l.currencies, "curBefore": l.curBefore, "units": l.units,
		"percent": l.percent, "points": l.points, "permille": l.permille, "months": l.months,
		"qualifiers": l.qualifiers, "rangeIn": l.rangeIn, "rangePre": l.rangePre, "timeWords": l.timeWords,
		"ordSuffix": l.ordSuffix, "ordPrefix": l.ordPrefix, "dateJoin": l.dateJoin, "minuteWords": l.minuteWords,
		"scaleJoin": l.scaleJoin, "timeBefore": l.timeBefore, "notNumbers": l.notNumbers,
	}
}

// keysOfLexicon recovers the keys of lx, sorted as newLexicon sorts them.
func keysOfLexicon(lx *lexicon) []string {
	seen := map[string]bool{}
	var keys []string
	for _, b := range lx.buckets {
		for _, e := range b.keys {
			if !seen[e.k] {
				seen[e.k] = true
				keys = append(keys, e.k)
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

// refMatch is lexicon.match as first written, without the second-byte and
// prefix tests: every key indexed under s[i] is compared.
func refMatch(keys []string, s string, i int) (string, int) {
	if i >= len(s) {
		return "", 0
	}
	for _, k := range keys {
		if k[0] != s[i] && !(foldable(k) && foldByte(k[0]) == s[i]) {
			continue // not in s[i]'s bucket
		}
		if len(s)-i < len(k) {
			continue
		}
		seg := s[i : i+len(k)]
		if seg != k && !(foldable(k) && strings.EqualFold(seg, k)) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(k)
		if isWordRune(last) && i+len(k) < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[i+len(k):]); isWordRune(r) {
				continue
			}
		}
		return k, len(k)
	}
	return "", 0
}

// refMatchBefore is lexicon.matchBefore without the test on the byte
// before the last: every key indexed under s[j-1] is compared.
func refMatchBefore(keys []string, s string, j int) (string, int) {
	if j <= 0 || j > len(s) {
		return "", -1
	}
	for _, k := range keys {
		if l := k[len(k)-1]; l != s[j-1] && !(foldable(k) && foldByte(l) == s[j-1]) {
			continue // not in s[j-1]'s list
		}
		if len(k) > j {
			continue
		}
		seg := s[j-len(k) : j]
		if seg != k && !(foldable(k) && strings.EqualFold(seg, k)) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(k)
		if st := j - len(k); st > 0 && isWordRune(first) {
			if r, _ := utf8.DecodeLastRuneInString(s[:st]); isWordRune(r) || s[st-1] == '_' {
				continue
			}
		}
		return k, j - len(k)
	}
	return "", -1
}

// checkLexicons compares match with refMatch, and matchBefore with
// refMatchBefore, at every position of text, in every lexicon of every
// table.
func checkLexicons(t *testing.T, text string) {
	t.Helper()
	for code, l := range registry {
		for name, lx := range lexiconsOf(l) {
			keys := keysOfLexicon(lx)
			for i := 0; i <= len(text); i++ {
				k, w := lx.match(text, i)
				rk, rw := refMatch(keys, text, i)
				if k != rk || w != rw {
					t.Fatalf("%s %s at %d of %q: match = %q/%d, want %q/%d", code, name, i, text, k, w, rk, rw)
				}
				if lx == nil {
					continue
				}
				k, at := lx.matchBefore(text, i)
				rk, rat := refMatchBefore(keys, text, i)
				if k != rk || at != rat {
					t.Fatalf("%s %s before %d of %q: matchBefore = %q/%d, want %q/%d", code, name, i, text, k, at, rk, rat)
				}
			}
		}
	}
}

// propertyTexts are the texts the fast paths are checked on against the
// plain ones: the benchmark paragraphs, and the inputs of the extraction
// tables of every language as written and in upper case.
func propertyTexts(t *testing.T) []string {
	var texts []string
	for _, code := range newsLangs {
		texts = append(texts, benchParagraphs(t, code)...)
	}
	for _, cases := range [][]extractCase{englishCases, germanCases, frenchCases, dutchCases, spanishCases, portugueseCases, italianCases, vietnameseCases} {
		for _, c := range cases {
			texts = append(texts, c.in, strings.ToUpper(c.in))
		}
	}
	return texts
}

// fuzzShort runs check on the first 64 bytes of the fuzzer's text: the
// checks try every position in every table.
func fuzzShort(f *testing.F, seeds []string, check func(*testing.T, string)) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		check(t, text[:min(len(text), 64)])
	})
}

// TestLexiconMatchAgreesWithPlainScan runs the comparison on propertyTexts.
func TestLexiconMatchAgreesWithPlainScan(t *testing.T) {
	for _, text := range propertyTexts(t) {
		checkLexicons(t, text)
	}
}

// TestLexiconMatch pins the fast paths on cases that exercise them.
func TestLexiconMatch(t *testing.T) {
	lx := newLexicon([]string{"tháng 8", "tháng 10", "tháng tám", "km", "Mio.", "%", "Kelvin"})
	for _, c := range []struct {
		s    string
		want string
	}{
		{"tháng 8 năm 2019", "tháng 8"},
		{"THÁNG 8", "tháng 8"},     // folded
		{"Tháng Tám", "tháng tám"}, // folded, non-ASCII
		{"tháng 80", ""},           // no boundary after the key
		{"thành phố", ""},          // fails on the common prefix
		{"t", ""},                  // shorter than any key
		{"km/h", "km"},
		{"KM", ""},      // two bytes: exact only
		{"mio.", ""},    // upper-case key: exact only
		{"% mehr", "%"}, // one-byte key: no second-byte test
		{"\u212Aelvin", ""},
		{"kelvin", ""}, // "Kelvin" has an upper-case letter: exact only
	} {
		k, w := lx.match(c.s, 0)
		if k != c.want || (k != "" && w != len(k)) {
			t.Errorf("match(%q) = %q/%d, want %q", c.s, k, w, c.want)
		}
	}
}

// TestLexiconMatchBefore pins the test on the byte before the last.
func TestLexiconMatchBefore(t *testing.T) {
	lx := newLexicon([]string{"more than", "less than", "in excess of", "à peu près", "gần", "$", "US$", "Mio."})
	for _, c := range []struct {
		s    string
		want string
	}{
		{"more than", "more than"},
		{"MORE THAN", "more than"},   // folded ASCII
		{"in 2024 in", ""},           // ends with n, but not "an"
		{"an", ""},                   // shorter than the keys
		{"À PEU PRÈS", "à peu près"}, // folded, not ASCII: no test on the byte before
		{"GẦN", "gần"},
		{"US$", "US$"}, // one-byte "$" in the list: no test
		{"x$", "$"},
		{"mio.", ""}, // upper-case key: exact only
		{"Mio.", "Mio."},
		{"bymore than", ""}, // no boundary before
	} {
		k, at := lx.matchBefore(c.s, len(c.s))
		if k != c.want || (k != "" && at != len(c.s)-len(k)) {
			t.Errorf("matchBefore(%q) = %q/%d, want %q", c.s, k, at, c.want)
		}
	}
}

// FuzzLexiconMatch: on any text, match and matchBefore agree with the
// plain scans.
func FuzzLexiconMatch(f *testing.F) {
	fuzzShort(f, []string{"Tháng 8/2019", "3 Mio. € 5 km", "ſeptember \u212Am", "ÉTÉ 5 %", "tháng\xff", "mehr als 5", "more than 5, in 2024", "ENVIRON 5 à peu près"}, checkLexicons)
}

// TestHasFoldPrefix compares hasFoldPrefix with strings.EqualFold on the
// cases where the byte lengths agree.
func TestHasFoldPrefix(t *testing.T) {
	for _, c := range []struct {
		s, p string
		want bool
	}{
		{"tháng 8", "tháng", true},
		{"THÁNG", "tháng", true},
		{"thành", "tháng", false},
		{"thá", "tháng", false},
		{"Đồng", "đồ", true},
		{"\u212Am", "km", true}, // the Kelvin sign folds to k
		{"ſe", "se", true},      // the long s folds to s
		{"x", "", true},
	} {
		if got := hasFoldPrefix(c.s, 0, c.p); got != c.want {
			t.Errorf("hasFoldPrefix(%q, %q) = %v, want %v", c.s, c.p, got, c.want)
		}
	}
}

// TestLexiconBuckets checks the numbering of the buckets of every lexicon
// of every locale: a byte has a bucket (and is in firstSet or lastSet)
// exactly when some key starts or ends with it, in either case when the
// key folds, and the bucket holds those keys and no others.
func TestLexiconBuckets(t *testing.T) {
	for code, l := range registry {
		for name, lx := range lexiconsOf(l) {
			if lx == nil {
				continue
			}
			if len(lx.buckets[0].keys) != 0 || len(lx.byLast[0]) != 0 {
				t.Errorf("%s %s: bucket 0 is not empty", code, name)
			}
			for c := range 256 {
				b := byte(c)
				var first, last []string
				for _, k := range keysOfLexicon(lx) {
					e := newLexKey(k)
					if k[0] == b || e.fold && foldByte(k[0]) == b {
						first = append(first, k)
					}
					if k[len(k)-1] == b || e.fold && foldByte(k[len(k)-1]) == b {
						last = append(last, k)
					}
				}
				var gotFirst, gotLast []string
				for _, e := range lx.bucket(b).keys {
					gotFirst = append(gotFirst, e.k)
				}
				for _, e := range lx.byLast[lx.lastAt[b]] {
					gotLast = append(gotLast, e.k)
				}
				sort.Strings(first)
				sort.Strings(last)
				sort.Strings(gotFirst)
				sort.Strings(gotLast)
				if strings.Join(first, "|") != strings.Join(gotFirst, "|") || strings.Join(last, "|") != strings.Join(gotLast, "|") {
					t.Errorf("%s %s byte %#x: first %q, want %q; last %q, want %q", code, name, b, gotFirst, first, gotLast, last)
				}
				if lx.firstSet.has(b) != (len(first) > 0) || lx.lastSet.has(b) != (len(last) > 0) {
					t.Errorf("%s %s byte %#x: firstSet %v lastSet %v, keys %q / %q", code, name, b, lx.firstSet.has(b), lx.lastSet.has(b), first, last)
				}
			}
		}
	}
}

// TestTablesNoEmptyWords: no table has an empty ChangeFrom word, which
// finish relies on when it does not look "" up.
func TestTablesNoEmptyWords(t *testing.T) {
	for code, l := range registry {
		for _, w := range l.ChangeFrom {
			if w == "" {
				t.Errorf("%s: an empty ChangeFrom word", code)
			}
		}
		if l.changeFrom[""] {
			t.Errorf("%s: changeFrom holds \"\"", code)
		}
	}
}

// TestLexKeyEndsFit checks the byte test match and matchBefore make before
// comparing a key: it may let a text through that equal turns away, never
// turn away one that equal takes.
func TestLexKeyEndsFit(t *testing.T) {
	for _, c := range []struct {
		key, seg string
		fit      bool
	}{
		{"million", "million", true},
		{"million", "MILLION", true}, // folded
		{"million", "millioN", true},
		{"million", "mission", true}, // the ends only: equal decides
		{"million", "billion", false},
		{"million", "millions"[:7], true},
		{"million", "milliard"[:7], false},
		{"MW", "MW", true},
		{"MW", "mw", true}, // not folded: equal turns it away
		{"MW", "MV", false},
		{"m", "m", true},
		{"m", "M", true},
		{"US$", "US$", true},
		{"US$", "USD", false},
		{"€", "£\x00", true}, // "€" folds (three bytes, no capital) and is not ASCII: no byte test
		{"độ", "ĐỘ", true},   // folded with non-ASCII bytes: no byte test
		{"độ", "xxxxx", true},
		{"năm", "NĂM", true},
	} {
		e := newLexKey(c.key)
		if got := e.endsFit(c.seg); got != c.fit {
			t.Errorf("%q.endsFit(%q) = %v, want %v", c.key, c.seg, got, c.fit)
		}
		if !e.endsFit(c.seg) && e.equal(c.seg) {
			t.Errorf("%q: endsFit turns away %q, which equal takes", c.key, c.seg)
		}
	}
}

// TestLexiconValuesByID checks that right reads by a matched key's id the
// value the locale's map gives for the key.
func TestLexiconValuesByID(t *testing.T) {
	for key, l := range registry {
		for _, c := range []struct {
			name string
			lx   *lexicon
			of   func(id int32) any
			m    func(k string) any
		}{
			{"Scales", l.scales, func(id int32) any { return l.scaleOf[id] }, func(k string) any { return l.Scales[k] }},
			{"Currencies", l.currencies, func(id int32) any { return l.currencyOf[id] }, func(k string) any { return l.Currencies[k] }},
			{"Units", l.units, func(id int32) any { return l.unitOf[id] }, func(k string) any { return l.Units[k] }},
		} {
			for _, k := range keysOfLexicon(c.lx) {
				e, w := c.lx.matchKey(k, 0)
				if w == 0 {
					continue // a longer key or a boundary: not this test's matter
				}
				if got, want := c.of(e.id), c.m(e.k); got != want {
					t.Errorf("%s %s %q: by id %v, by key %v", key, c.name, e.k, got, want)
				}
			}
		}
	}
}
