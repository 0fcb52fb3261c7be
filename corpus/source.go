package corpus

import (
	"fmt"
	"path/filepath"
	"sort"

	"golang.org/x/text/language"
)

// Source returns the index in set.Members of the member in language prefer
// (matched on the base language when no member has the exact tag), or -1.
func Source(set Set, prefer language.Tag) int {
	if prefer == language.Und {
		return -1
	}
	for i, m := range set.Members {
		if m.Lang == prefer {
			return i
		}
	}
	pb, _ := prefer.Base()
	for i, m := range set.Members {
		if mb, _ := m.Lang.Base(); mb == pb {
			return i
		}
	}
	return -1
}

// ChooseSource picks the source version of every set and returns its index
// in the set's Members, in the order of sets.
//
// flag is the --source value. It may be:
//   - "": English where a set has it, else the language most sets share
//     (ties: the smaller tag), else the set's first member;
//   - a language ("de", "pt-BR"): that language where a set has it, else the
//     rule for "";
//   - a file path: in the set holding that file, that file; in the others,
//     the file's language where a set has it, else the rule for "". It is an
//     error if no set holds the file.
func ChooseSource(sets []Set, flag string) ([]int, error) {
	common := commonLanguage(sets)
	fallback := func(s Set) int {
		if i := Source(s, language.English); i >= 0 {
			return i
		}
		if i := Source(s, common); i >= 0 {
			return i
		}
		return 0
	}
	out := make([]int, len(sets))
	if flag == "" {
		for k, s := range sets {
			out[k] = fallback(s)
		}
		return out, nil
	}
	if tag, err := language.Parse(flag); err == nil && len(flag) <= 12 && filepath.Ext(flag) == "" {
		for k, s := range sets {
			if out[k] = Source(s, tag); out[k] < 0 {
				out[k] = fallback(s)
			}
		}
		return out, nil
	}
	// A file path.
	want := filepath.Clean(flag)
	holder, pos := -1, -1
	for k, s := range sets {
		for i, m := range s.Members {
			if filepath.Clean(m.Path) == want {
				holder, pos = k, i
			}
		}
	}
	if holder < 0 {
		return nil, fmt.Errorf("--source %s: not a language and not a file of any set", flag)
	}
	tag := sets[holder].Members[pos].Lang
	for k, s := range sets {
		switch {
		case k == holder:
			out[k] = pos
		default:
			if out[k] = Source(s, tag); out[k] < 0 {
				out[k] = fallback(s)
			}
		}
	}
	return out, nil
}

// commonLanguage returns the language found in the most sets (ties: the
// smaller tag string), or language.Und when there are no sets.
func commonLanguage(sets []Set) language.Tag {
	count := make(map[language.Tag]int)
	for _, s := range sets {
		seen := make(map[language.Tag]bool)
		for _, m := range s.Members {
			if m.Lang != language.Und && !seen[m.Lang] {
				seen[m.Lang] = true
				count[m.Lang]++
			}
		}
	}
	tags := make([]language.Tag, 0, len(count))
	for t := range count {
		tags = append(tags, t)
	}
	sort.Slice(tags, func(i, j int) bool {
		if count[tags[i]] != count[tags[j]] {
			return count[tags[i]] > count[tags[j]]
		}
		return tags[i].String() < tags[j].String()
	})
	if len(tags) == 0 {
		return language.Und
	}
	return tags[0]
}
