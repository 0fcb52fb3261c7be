package document

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"
)

// supported are the languages tally reads, in the order messages list them.
var supported = []language.Tag{
	language.English, language.German, language.Dutch, language.French,
	language.Spanish, language.Italian, language.Portuguese, language.Vietnamese,
}

// Languages returns the languages tally reads.
func Languages() []language.Tag { return slices.Clone(supported) }

// Supported reports whether tally reads the language of t (its base
// language is one of Languages; regions such as pt-BR or de-CH are fine).
func Supported(t language.Tag) bool {
	if t == language.Und {
		return false
	}
	base, conf := t.Base()
	if conf != language.Exact {
		return false
	}
	for _, s := range supported {
		if b, _ := s.Base(); b == base {
			return true
		}
	}
	return false
}

// supportedList is the list of codes for messages: "en, de, nl, …".
func supportedList() string {
	codes := make([]string, len(supported))
	for i, t := range supported {
		codes[i] = t.String()
	}
	return strings.Join(codes, ", ")
}

const (
	// minLetters is the least number of letters language identification
	// is trusted with (go-deps.md §2: below it whatlanggo gets 5 of 18
	// short lines right).
	minLetters = 40
	// sampleLen bounds the text identification looks at: enough for a
	// sure answer, and batch runs stay fast.
	sampleLen = 2048
)

// whitelist is the set whatlanggo chooses from: the languages tally reads,
// plus Polish and Swedish, which were in the measured set (86/86 correct)
// and let a Polish or Swedish text be reported as unsupported instead of
// being read as its nearest supported neighbour.
var whitelist = map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Deu: true, whatlanggo.Nld: true, whatlanggo.Fra: true,
	whatlanggo.Spa: true, whatlanggo.Ita: true, whatlanggo.Por: true, whatlanggo.Vie: true,
	whatlanggo.Pol: true, whatlanggo.Swe: true,
}

var (
	urlOrMail = regexp.MustCompile(`(?i)\b(?:https?://|ftp://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	// langNames names the unsupported languages the detector can answer.
	langNames = map[whatlanggo.Lang]string{whatlanggo.Pol: "Polish", whatlanggo.Swe: "Swedish"}
)

// detectLanguage is DetectLanguage with the reason for a refusal: "too
// little text" or why the text is not in a language tally reads.
func detectLanguage(text string) (language.Tag, string) {
	text = sample(text)
	if strings.Contains(text, "://") || strings.Contains(text, "www.") || strings.Contains(text, "@") {
		text = urlOrMail.ReplaceAllString(text, " ")
	}
	c := countText(text)
	if c.letters < minLetters {
		return language.Und, "too little text"
	}
	if c.latin*2 < c.letters {
		return language.Und, "the text is not in Latin script, and tally reads only " + supportedList()
	}
	if t, ok := funcWordDecide(c.words); ok {
		return t, ""
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: whitelist})
	if name, ok := langNames[info.Lang]; ok {
		return language.Und, "the text looks " + name + ", and tally reads only " + supportedList()
	}
	t, err := language.Parse(info.Lang.Iso6391())
	if info.Lang < 0 || err != nil || !Supported(t) {
		return language.Und, "the text is too unlike any language tally reads"
	}
	return t, ""
}

// sample cuts text to at most sampleLen bytes, at a space when there is
// one near the end, never inside a character.
func sample(text string) string {
	if len(text) <= sampleLen {
		return text
	}
	cut := sampleLen
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(text[:cut], ' '); sp > sampleLen*3/4 {
		cut = sp
	}
	return text[:cut]
}
