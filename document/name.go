package document

import (
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

// nameSeparators separate the elements of a file name that may carry a
// language code: x.de.txt, x_de.txt, x-de.txt.
const nameSeparators = "._-"

// langFromName is LangFromName.
func langFromName(path string) (language.Tag, bool) {
	base := filepath.Base(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if t, ok := langFromElements(splitName(stem), false); ok {
		return t, true
	}
	dir := filepath.Base(filepath.Dir(path))
	if dir == "." || dir == string(filepath.Separator) {
		return language.Und, false
	}
	return langFromElements(splitName(dir), true)
}

func splitName(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(nameSeparators, r) })
}

// langFromElements reads a language from the last name elements: "de",
// or "pt" "BR" (a region that is not itself a language code we read, or
// written in upper case after a lower-case language). whole requires the
// elements to be nothing but the code (a folder named de or pt-BR).
func langFromElements(el []string, whole bool) (language.Tag, bool) {
	n := len(el)
	if n == 0 {
		return language.Und, false
	}
	last := el[n-1]
	if n >= 2 && len(last) == 2 && isCode(el[n-2]) && isLetters(last) &&
		(!isCode(last) || (isUpper(last) && !isUpper(el[n-2]))) {
		if whole && n != 2 {
			return language.Und, false
		}
		lang := strings.ToLower(el[n-2])
		if t, err := language.Parse(lang + "-" + strings.ToUpper(last)); err == nil {
			return t, true
		}
		return language.Make(lang), true
	}
	if !isCode(last) || (whole && n != 1) {
		return language.Und, false
	}
	return language.Make(strings.ToLower(last)), true
}

// isCode reports whether s is, in any case, the ISO 639-1 code of a
// language tally reads.
func isCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	s = strings.ToLower(s)
	for _, t := range supported {
		if t.String() == s {
			return true
		}
	}
	return false
}

func isLetters(s string) bool {
	for _, c := range []byte(s) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func isUpper(s string) bool { return strings.ToUpper(s) == s }

// suggestName is the file name with a language code inserted, for
// messages: x.txt → x.de.txt.
func suggestName(path, code string) string {
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	return strings.TrimSuffix(base, ext) + "." + code + ext
}
