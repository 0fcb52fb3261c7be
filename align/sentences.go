package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence (compared in
// lower case, without the period). Single letters ("z. B.", "U.S.", "e.g.")
// and numbers of up to three digits before a word ("15. Konferenz") are
// recognised without the list.
var abbreviations = map[string]bool{
	// en
	"no": true, "nos": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof": true,
	"st": true, "vs": true, "approx": true, "dept": true, "gov": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "fig": true, "vol": true, "jr": true, "sr": true,
	// de
	"nr": true, "bzw": true, "ca": true, "vgl": true, "ggf": true, "evtl": true,
	"inkl": true, "bspw": true, "zb": true, "art": true, "abs": true, "hr": true,
	"fr": true, "mio": true, "mrd": true, "str": true, "tel": true, "bd": true,
	// fr
	"mme": true, "mlle": true, "env": true,
	// nl
	"bijv": true, "dhr": true, "mevr": true, "mln": true, "mld": true,
	// vi
	"tp": true, "tr": true, "ths": true, "ts": true, "pgs": true,
	// months
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "okt": true, "nov": true,
	"dec": true, "dez": true,
}

// Sentences splits text into sentences, trimmed of surrounding space. A
// sentence ends at '.', '!', '?' or '…' (with any closing quotes or
// brackets) followed by space and then an upper-case letter, a digit or an
// opening quote or bracket. A period does not end a sentence after an
// abbreviation ("Nr. 17", "z. B.", "e.g.", "U.S."), after a number of up to
// three digits followed by a word ("15. Konferenz"), or inside a number
// ("83.79"). Blank text gives none.
func Sentences(text string) []string {
	spans := sentenceSpans(text)
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for k, s := range spans {
		out[k] = text[s[0]:s[1]]
	}
	return out
}

// sentenceSpans returns the byte spans of the sentences of text.
func sentenceSpans(text string) [][2]int {
	var spans [][2]int
	start := -1
	for k := 0; k < len(text); {
		r, size := utf8.DecodeRuneInString(text[k:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = k
			}
			k += size
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			k += size
			continue
		}
		end := k + size
		for end < len(text) { // more terminators, closing quotes, brackets
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(".!?…\"'”’»)]", r2) && !unicode.Is(unicode.Pe, r2) && !unicode.Is(unicode.Pf, r2) {
				break
			}
			end += s2
		}
		if r == '.' && end == k+size && noSplitBefore(text[start:k], text[end:]) {
			k = end
			continue
		}
		if !startsSentence(text[end:]) {
			k = end
			continue
		}
		spans = append(spans, [2]int{start, end})
		start = -1
		k = end
	}
	if start >= 0 {
		if e := len(strings.TrimRightFunc(text, unicode.IsSpace)); e > start {
			spans = append(spans, [2]int{start, e})
		}
	}
	return spans
}

// startsSentence reports whether rest begins with space and then an
// upper-case letter, a digit or an opening quote or bracket.
func startsSentence(rest string) bool {
	t := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if len(t) == len(rest) || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.Is(unicode.Ps, r) ||
		unicode.Is(unicode.Pi, r) || r == '"' || r == '„' || r == '\''
}

// noSplitBefore reports whether the period between before and after belongs
// to an abbreviation or an ordinal number.
func noSplitBefore(before, after string) bool {
	w := before[strings.LastIndexFunc(before, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})+1:]
	switch {
	case w == "":
		return false
	case utf8.RuneCountInString(w) == 1 && unicode.IsLetter([]rune(w)[0]):
		return true // initial, "z. B.", "U.S."
	case abbreviations[strings.ToLower(w)]:
		return true
	case len(w) <= 3 && strings.Trim(w, "0123456789") == "":
		// "15. Konferenz", "5. August": an ordinal when a word follows,
		// unless that word typically starts a sentence ("on May 1. The").
		t := strings.TrimLeftFunc(after, unicode.IsSpace)
		r, _ := utf8.DecodeRuneInString(t)
		end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(t)
		}
		return unicode.IsLetter(r) && !sentenceStarters[t[:end]]
	}
	return false
}

// sentenceStarters are capitalised words that start sentences but hardly
// follow an ordinal number ("15. Konferenz" but "on May 1. The line").
var sentenceStarters = map[string]bool{
	// en
	"The": true, "A": true, "An": true, "It": true, "Its": true, "This": true, "That": true,
	"These": true, "Those": true, "He": true, "She": true, "They": true, "We": true, "I": true,
	"In": true, "On": true, "At": true, "For": true, "But": true, "And": true, "As": true,
	"There": true, "According": true, "However": true,
	// de
	"Der": true, "Die": true, "Das": true, "Es": true, "Er": true, "Sie": true, "Wir": true,
	"Ich": true, "Ein": true, "Eine": true, "Im": true, "Am": true, "Auch": true, "Dies": true,
	"Diese": true, "Dieser": true, "Laut": true, "Nach": true, "Mit": true, "Bei": true,
	// fr
	"Le": true, "La": true, "Les": true, "Il": true, "Elle": true, "Ils": true, "Elles": true,
	"Un": true, "Une": true, "Ce": true, "Cette": true, "Selon": true, "En": true, "Au": true,
	// nl
	"De": true, "Het": true, "Een": true, "Dit": true, "Deze": true, "Dat": true, "Hij": true,
	"Zij": true, "Ze": true, "Volgens": true,
}

// Sentence is one sentence of a paragraph: Text is Paragraph's text from
// byte Start to End.
type Sentence struct {
	Paragraph  int    `json:"paragraph"`
	Start, End int    `json:"-"`
	Text       string `json:"text"`
}

// SentenceAlignment is the answer of AlignSentences.
type SentenceAlignment struct {
	// Source and Target are the sentences of the two sides; every
	// paragraph has at least one (a blank paragraph an empty one).
	Source, Target []Sentence
	// Sentences links indices into Source and Target.
	Sentences Alignment
	// Paragraphs is Sentences mapped back to the paragraphs given: each link
	// is a group of consecutive paragraphs joined through sentence links,
	// scored with the mean score of those sentence links.
	Paragraphs Alignment
}

// AlignSentences splits every unit of src and tgt into sentences, aligns
// the sentences and merges the sentence links into paragraph links. Use it
// (or Options.Granularity) when the two sides break paragraphs differently:
// one long paragraph on one side and twelve on the other still align.
//
// A sentence's anchors are opt.SentenceAnchors of its text (by default
// TextAnchors plus numbers with their separators removed), plus those of
// its paragraph's anchors that occur literally in it (codes, URLs).
//
// Mapping back: the paragraphs of a sentence link's two sides are joined;
// paragraphs joined directly or through other links form one paragraph
// link. A paragraph whose sentences all have no counterpart becomes 1-0
// (0-1). Sentence.Paragraph tells, for finer reports, which paragraph a
// sentence came from.
func AlignSentences(src, tgt []Unit, opt Options) SentenceAlignment {
	var sa SentenceAlignment
	sa.Source = splitUnits(src)
	sa.Target = splitUnits(tgt)
	anchors := opt.SentenceAnchors
	if anchors == nil {
		anchors = defaultSentenceAnchors
	}
	su := sentenceUnits(sa.Source, src, anchors)
	tu := sentenceUnits(sa.Target, tgt, anchors)
	opt.Granularity = GranularityParagraph
	sa.Sentences = alignUnits(su, tu, opt)
	sa.Paragraphs = toParagraphs(sa.Sentences, sa.Source, sa.Target)
	return sa
}

func defaultSentenceAnchors(text string) []string {
	return append(TextAnchors(text), digitAnchors(text)...)
}

// splitUnits splits each unit into sentences; a blank unit gives one empty
// sentence so that every paragraph takes part.
func splitUnits(us []Unit) []Sentence {
	var out []Sentence
	for p, u := range us {
		spans := sentenceSpans(u.Text)
		if len(spans) == 0 {
			out = append(out, Sentence{Paragraph: p})
			continue
		}
		for _, s := range spans {
			out = append(out, Sentence{Paragraph: p, Start: s[0], End: s[1], Text: u.Text[s[0]:s[1]]})
		}
	}
	return out
}

func sentenceUnits(ss []Sentence, paras []Unit, anchors func(string) []string) []Unit {
	out := make([]Unit, len(ss))
	for k, s := range ss {
		a := anchors(s.Text)
		for _, pa := range paras[s.Paragraph].Anchors {
			if pa != "" && strings.Contains(s.Text, pa) {
				a = append(a, pa)
			}
		}
		out[k] = Unit{Text: s.Text, Anchors: a}
	}
	return out
}

// toParagraphs merges sentence links into paragraph links. Because the
// sentence links are monotone and sentences come in paragraph order, a link
// can only join the group being built or start a new one.
func toParagraphs(a Alignment, src, tgt []Sentence) Alignment {
	var out Alignment
	var cur Link
	var sum float64
	var count int
	lastS, lastT := -1, -1 // last paragraph in cur, per side
	flush := func() {
		if count > 0 {
			cur.Score = sum / float64(count)
			out.Links = append(out.Links, cur)
		}
		cur, sum, count = Link{}, 0, 0
	}
	for _, l := range a.Links {
		joins := false
		for _, s := range l.Source {
			joins = joins || src[s].Paragraph == lastS
		}
		for _, t := range l.Target {
			joins = joins || tgt[t].Paragraph == lastT
		}
		if !joins {
			flush()
		}
		for _, s := range l.Source {
			if p := src[s].Paragraph; p != lastS {
				cur.Source = append(cur.Source, p)
				lastS = p
			}
		}
		for _, t := range l.Target {
			if p := tgt[t].Paragraph; p != lastT {
				cur.Target = append(cur.Target, p)
				lastT = p
			}
		}
		sum += l.Score
		count++
	}
	flush()
	return out
}
