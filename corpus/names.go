package corpus

import (
	"path"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
)

// nameCodes are the language codes a file or folder name may carry. Codes
// that are also common English words ("in", "is", "to", "no", "am", "be",
// "as", "so", "or", "an", "my", "me", "he", "we", "it"...) would be read in
// too many names that are not language tags; "it" is kept because Italian
// is one of tally's languages, but only as a whole suffix or folder name.
var nameCodes = map[string]bool{
	"en": true, "de": true, "nl": true, "fr": true, "es": true, "it": true,
	"pt": true, "vi": true, "pl": true, "sv": true, "da": true, "fi": true,
	"nb": true, "cs": true, "sk": true, "hu": true, "ro": true, "ru": true,
	"uk": true, "el": true, "tr": true, "ja": true, "zh": true, "ko": true,
	"th": true, "id": true, "ca": true, "hr": true, "sl": true, "bg": true,
	"lt": true, "lv": true, "et": true,
}

// NameInfo is what a file's path says about its language and its set.
type NameInfo struct {
	Key        string       // the set the file belongs to: its path with the language part removed
	Lang       language.Tag // the language the name declares
	Convention string       // "suffix" (x.de.txt, x_de.txt, x-de.txt), "dir" (de/x.txt) or "stem" (x/de.txt)
}

// ParseName reads the language and the set key from a slash-separated
// relative path: report.de.txt, report_de.txt, report-de.txt and
// report.pt-BR.txt (suffix), de/report.txt (dir), report/de.txt (stem).
// ok is false when the path declares no language.
func ParseName(rel string) (info NameInfo, ok bool) {
	info, ok = parseName(rel)
	if !ok || !hasAlnum(info.Key) {
		return NameInfo{}, false
	}
	return info, true
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func parseName(rel string) (info NameInfo, ok bool) {
	dir, file := path.Split(rel)
	dir = strings.TrimSuffix(dir, "/")
	stem := strings.TrimSuffix(file, path.Ext(file))

	// report/de.txt: the file is named by its language, the folder by the set.
	if tag, ok := parseCode(stem); ok && dir != "" {
		return NameInfo{Key: dir, Lang: tag, Convention: "stem"}, true
	}
	// report.de.txt, report_de.txt, report-de.txt, report_pt-BR.txt
	if base, tag, ok := splitSuffix(stem); ok {
		return NameInfo{Key: path.Join(dir, base), Lang: tag, Convention: "suffix"}, true
	}
	// de/report.txt
	if dir != "" {
		pdir, last := path.Split(dir)
		if tag, ok := parseCode(last); ok {
			return NameInfo{Key: path.Join(strings.TrimSuffix(pdir, "/"), stem), Lang: tag, Convention: "dir"}, true
		}
	}
	return NameInfo{}, false
}

// splitSuffix splits "report_de" into "report" and de, "news.pt-BR" into
// "news" and pt-BR.
func splitSuffix(stem string) (base string, tag language.Tag, ok bool) {
	i := strings.LastIndexAny(stem, "._-")
	if i <= 0 {
		return "", language.Und, false
	}
	last := stem[i+1:]
	if tag, ok := parseCode(last); ok {
		return stem[:i], tag, true
	}
	// A region after the language: pt-BR, en_US.
	if len(last) == 2 && isUpperASCII(last) {
		j := strings.LastIndexAny(stem[:i], "._-")
		if j > 0 {
			if tag, ok := parseCode(stem[j+1 : i]); ok {
				if t, err := language.Parse(stem[j+1:i] + "-" + last); err == nil {
					tag = t
				}
				return stem[:j], tag, true
			}
		}
	}
	return "", language.Und, false
}

// parseCode reads a bare language code of nameCodes, in lower or upper case.
func parseCode(s string) (language.Tag, bool) {
	if len(s) != 2 {
		return language.Und, false
	}
	low := strings.ToLower(s)
	if !nameCodes[low] || (low != s && s != strings.ToUpper(s)) {
		return language.Und, false
	}
	tag, ok := nameTags()[low]
	return tag, ok
}

// nameTags maps each of nameCodes to its tag, parsed once: language.Parse
// allocates, and a batch parses the code of every file's name.
var nameTags = sync.OnceValue(func() map[string]language.Tag {
	m := make(map[string]language.Tag, len(nameCodes))
	for c := range nameCodes {
		if tag, err := language.Parse(c); err == nil {
			m[c] = tag
		}
	}
	return m
})

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
