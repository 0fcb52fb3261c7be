package document

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/runes"
)

// Language identification is the most expensive step of a batch over files
// whose names do not say their language: whatlanggo's trigram profiles cost
// about 0.7 ms per 2 KB sample, more than reading, aligning and checking the
// document together. Running text in the languages tally reads is, however,
// full of short function words that belong to one language only ("the",
// "und", "het", "les", "los", "della", "não", "của"), and counting them
// answers almost every news paragraph at a fraction of the cost. Function
// words decide when the count is clear; whatlanggo decides the rest (short
// text, mixed text, a language outside the list).
//
// Considered: lingua-go (accurate, but loads hundreds of MB of models) and
// whatlanggo alone (measured: 42% of a batch's CPU on generated corpora).

// funcWordLists are frequent function words of each language. A word listed
// for two languages ("de", "la", "en", "a") says nothing and is dropped when
// the index is built; Polish and Swedish are listed so that a text in them
// is not counted as its nearest neighbour but handed to whatlanggo, which
// names them.
var funcWordLists = map[string]string{
	"en": "the and of to is was that for with on are by this from has have which its their will were been than also would there after who said it",
	"de": "der die das und ist nicht mit den von zu im dem auf für ein eine einer sich auch wird wurde werden des bei nach aus sind hat noch über zum zur wie oder sowie",
	"nl": "het een van en is dat op te met voor niet zijn worden werd bij door ook naar aan er dan nog wordt heeft hebben deze uit maar als zo",
	"fr": "le les des et est du une dans pour qui sur pas au aux par avec ce cette sont ont été plus ses leur mais il elle nous",
	"es": "el los las del y es por una para con su sus al lo como más pero fue han este esta entre sobre también según",
	"it": "il gli di della che è per con non sono nel nella dei delle da alla anche più questo hanno stato degli ai",
	"pt": "o os do da dos das em no na um uma não pelo pela pelos pelas são também seu sua ao aos mais foi à às após nas por para como entre sobre",
	"vi": "của và là các những được có trong cho này với không người một đã để từ theo đến tại khi về cũng đó ra như sẽ nhiều",
	"pl": "w nie się z że jest jak od po za przez oraz dla ale są roku został było które jego także może",
	"sv": "och att det som på är av för med till har inte ett var ska eller efter också sig under vid",
}

// funcWords maps a lower-case function word to the index of its language in
// funcLangs.
var funcWords, funcLangs = buildFuncWords()

// funcWordTable is funcWords as countText looks words up: an open-
// addressing hash table keyed by a word's bytes packed into a uint64
// (packWord; function words are at most eight bytes long, which building
// it checks). Hashing the word as a string and probing the map was 40% of
// countText; here a lookup is a multiplication and a comparison or two.
// TestFuncWordTable checks it against funcWords.
var funcWordTable = func() (t struct {
	keys  [funcTableSize]uint64 // 0: an empty slot
	langs [funcTableSize]uint8
}) {
	for w, li := range funcWords {
		k, ok := packWord([]byte(w))
		if !ok || w == "" {
			panic("function word " + w + " longer than funcWordTable holds")
		}
		h := funcWordSlot(k)
		for t.keys[h] != 0 {
			h = (h + 1) % funcTableSize
		}
		t.keys[h], t.langs[h] = k, uint8(li)
	}
	return t
}()

// funcTableSize is the number of slots of funcWordTable, a power of two
// about four times the number of function words: few probes go past the
// first slot.
const funcTableBits, funcTableSize = 10, 1 << 10

// funcWordSlot is the first slot of funcWordTable a packed word is looked
// for in (Fibonacci hashing).
func funcWordSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - funcTableBits) }

// packWord packs the bytes of w, at most eight, into a uint64, the first in
// the low byte; ok is false for a longer word. Words hold no zero byte, so
// two words of different lengths never pack alike.
func packWord(w []byte) (k uint64, ok bool) {
	if len(w) > 8 {
		return 0, false
	}
	for i, c := range w {
		k |= uint64(c) << (8 * i)
	}
	return k, true
}

// funcWordLang returns the index in funcLangs of the language of the
// function word packed into k (a non-empty word), as funcWords does.
func funcWordLang(k uint64) (int, bool) {
	for h := funcWordSlot(k); ; h = (h + 1) % funcTableSize {
		switch funcWordTable.keys[h] {
		case k:
			return int(funcWordTable.langs[h]), true
		case 0:
			return 0, false
		}
	}
}

// funcWordLens has bit n of entry c set when a function word of n bytes
// (n < 16) starts with byte c: a word that no function word could be is
// not looked up in funcWords (most words of running text are longer than
// the function words of their letter, or start with one none starts with).
var funcWordLens = func() (t [256]uint16) {
	for w := range funcWords {
		if len(w) >= 16 {
			panic("function word " + w + " longer than funcWordLens holds")
		}
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// maxFuncWordLen is the length in bytes of the longest function word
// there can be: packWord packs no more.
const maxFuncWordLen = 8

// textCounts is what language identification counts in a text, in one
// pass (countText): its letters (unicode.IsLetter), those of them in Latin
// script, and the function words of each language of funcLangs.
type textCounts struct {
	letters, latin int
	words          [16]int
}

// countText counts the letters and function words of text. A word is a
// run of letters, lower-cased; words too long for a 32-byte buffer count
// for no language. The letters are those of the words: both passes that
// counted them apart went over the same bytes with the same tables.
func countText(text string) (c textCounts) {
	var buf [32]byte
	for i := 0; i < len(text); {
		// Skip to the next letter; ASCII bytes by table.
		if ch := text[i]; ch < utf8.RuneSelf {
			if asciiLetter[ch] == 0 {
				i++
				continue
			}
			// An ASCII letter: find where its run of ASCII letters ends.
			// If the word ends there (most words), it is lower-cased and
			// looked up only if a function word could be that long and
			// start with that letter; if it goes on past ASCII, the loop
			// below reads it rune by rune.
			j := i + 1
			for j < len(text) && asciiLetter[text[j]] != 0 {
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf {
				n := j - i
				c.letters += n
				c.latin += n
				if n < 16 && funcWordLens[asciiLetter[ch]]&(1<<n) != 0 {
					// n <= maxFuncWordLen: funcWordLens has no longer word.
					if li, found := funcWordLang(packLowerASCII(text, i, n)); found {
						c.words[li]++
					}
				}
				i = j
				continue
			}
		} else if r, n := runes.DecodeAt(text, i); !runes.Letter.Has(r) {
			i += n
			continue
		}
		// A word: letters, lower-cased into buf.
		w := buf[:0]
		long := false
		for i < len(text) {
			if ch := text[i]; ch < utf8.RuneSelf {
				l := asciiLetter[ch]
				if l == 0 {
					break
				}
				c.letters++
				c.latin++
				if len(w)+utf8.UTFMax > len(buf) {
					long = true
				} else {
					w = append(w, l)
				}
				i++
				continue
			}
			r, n := runes.DecodeAt(text, i)
			if !runes.Letter.Has(r) {
				break
			}
			c.letters++
			if runes.Latin.Has(r) {
				c.latin++
			}
			if len(w)+utf8.UTFMax > len(buf) {
				long = true
			} else {
				w = utf8.AppendRune(w, lowerRune(r))
			}
			i += n
		}
		if long || funcWordLens[w[0]]&(1<<len(w)) == 0 {
			continue
		}
		if k, ok := packWord(w); ok {
			if li, found := funcWordLang(k); found {
				c.words[li]++
			}
		}
	}
	return c
}

// packLowerASCII is packWord of the n ASCII letters at text[i:],
// lower-cased (1 <= n <= maxFuncWordLen): the lower case of an ASCII
// letter is the letter with bit 5 set, so the word is packed from one load
// where eight bytes are left, with no copy. TestPackLowerASCII checks it
// against packWord.
func packLowerASCII(text string, i, n int) uint64 {
	if i+8 > len(text) {
		return packLowerTail(text, i, n)
	}
	return (runes.Load8(text, i) | 0x2020202020202020) & (^uint64(0) >> (64 - 8*n))
}

// packLowerTail is packLowerASCII near the end of text, byte by byte.
func packLowerTail(text string, i, n int) (k uint64) {
	for b := range n {
		k |= uint64(text[i+b]|0x20) << (8 * b)
	}
	return k
}

// lowerRune is unicode.ToLower, from tables for the letters of Latin-1,
// Latin Extended-A and -B and Latin Extended Additional (Vietnamese): the
// binary search of unicode.ToLower was a tenth of countText's instructions
// on the corpus generator's texts. TestLowerRune checks the tables.
func lowerRune(r rune) rune {
	if i := r - 0xC0; i >= 0 && int(i) < len(lowerLatin) {
		return rune(lowerLatin[i])
	}
	if i := r - 0x1E00; i >= 0 && int(i) < len(lowerVietnamese) {
		return rune(lowerVietnamese[i])
	}
	return unicode.ToLower(r)
}

// The tables of lowerRune: unicode.ToLower of U+00C0 to U+024F, and of
// U+1E00 to U+1EFF (all below U+10000, as uint16 holds).
var lowerLatin, lowerVietnamese = lowerTable(0xC0, 0x250), lowerTable(0x1E00, 0x1F00)

// lowerTable returns unicode.ToLower of the runes from first to end (not
// included).
func lowerTable(first, end rune) []uint16 {
	t := make([]uint16, end-first)
	for i := range t {
		t[i] = uint16(unicode.ToLower(first + rune(i)))
	}
	return t
}

// asciiLetter maps an ASCII letter to its lower case, and every other byte
// to 0.
var asciiLetter = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

func buildFuncWords() (map[string]int, []string) {
	langs := make([]string, 0, len(funcWordLists))
	for l := range funcWordLists {
		langs = append(langs, l)
	}
	seen := map[string]int{} // word → language index, or -1 when shared
	slices.Sort(langs)
	for i, l := range langs {
		for _, w := range strings.Fields(funcWordLists[l]) {
			if j, ok := seen[w]; ok && j != i {
				seen[w] = -1
				continue
			}
			seen[w] = i
		}
	}
	words := map[string]int{}
	for w, i := range seen {
		if i >= 0 {
			words[w] = i
		}
	}
	return words, langs
}

const (
	// funcMinHits is the least number of function words of the winning
	// language for the count to decide.
	funcMinHits = 8
	// funcMinRatio is how many times the runner-up's count the winner's
	// must be.
	funcMinRatio = 3
)

// funcWordLanguage identifies text by its function words. ok is false when
// the count does not decide (too few words, two languages close, or a
// language tally does not read), and the caller must ask whatlanggo.
func funcWordLanguage(text string) (tag language.Tag, ok bool) {
	return funcWordDecide(countText(text).words)
}

// funcWordDecide is funcWordLanguage from the counts of function words.
func funcWordDecide(counts [16]int) (tag language.Tag, ok bool) {
	best, second := -1, 0
	for i := range funcLangs {
		switch {
		case best < 0 || counts[i] > counts[best]:
			if best >= 0 {
				second = counts[best]
			}
			best = i
		case counts[i] > second:
			second = counts[i]
		}
	}
	if counts[best] < funcMinHits || counts[best] < funcMinRatio*second {
		return language.Und, false
	}
	t := funcTags[best]
	if t == language.Und {
		return language.Und, false
	}
	return t, true
}

// funcTags holds the tag of each language of funcLangs, or language.Und
// for one tally does not read (Polish, Swedish): parsed once, as parsing a
// tag for every file identified cost a quarter of funcWordLanguage.
var funcTags = func() []language.Tag {
	tags := make([]language.Tag, len(funcLangs))
	for i, l := range funcLangs {
		if t, err := language.Parse(l); err == nil && Supported(t) {
			tags[i] = t
		}
	}
	return tags
}()
