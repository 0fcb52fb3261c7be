package corpus

import (
	"fmt"
	"iter"
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
	all := func(yield func(*Set) bool) {
		for i := range sets {
			if !yield(&sets[i]) {
				return
			}
		}
	}
	rule, err := NewSourceRule(flag, commonLanguage(countLanguages(sets)), all)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(sets))
	for k := range sets {
		out[k] = rule.Pick(&sets[k])
	}
	return out, nil
}

// SourceRule picks the source version of a set as ChooseSource says, one
// set at a time, for sets that are not all in memory.
type SourceRule struct {
	common language.Tag // the language most sets share
	tag    language.Tag // the language asked for, or the language of the file asked for
	path   string       // the file asked for, cleaned
}

// NewSourceRule makes the rule for the --source value flag. common is the
// language most sets share (Sets.CommonLanguage); sets is read only when
// flag names a file, to find the file's language.
func NewSourceRule(flag string, common language.Tag, sets iter.Seq[*Set]) (*SourceRule, error) {
	r := &SourceRule{common: common, tag: language.Und}
	if flag == "" {
		return r, nil
	}
	if tag, err := language.Parse(flag); err == nil && len(flag) <= 12 && filepath.Ext(flag) == "" {
		r.tag = tag
		return r, nil
	}
	r.path = filepath.Clean(flag)
	found := false
	for s := range sets {
		for _, m := range s.Members {
			if filepath.Clean(m.Path) == r.path {
				r.tag, found = m.Lang, true
			}
		}
	}
	if !found {
		return nil, fmt.Errorf("--source %s: not a language and not a file of any set", flag)
	}
	return r, nil
}

// Pick returns the index in s.Members of the source version.
func (r *SourceRule) Pick(s *Set) int {
	if r.path != "" {
		// The last match, as the file's language is taken from it (a
		// bilingual file is several members with one path).
		for i := len(s.Members) - 1; i >= 0; i-- {
			if filepath.Clean(s.Members[i].Path) == r.path {
				return i
			}
		}
	}
	if i := Source(*s, r.tag); i >= 0 {
		return i
	}
	if i := Source(*s, language.English); i >= 0 {
		return i
	}
	if i := Source(*s, r.common); i >= 0 {
		return i
	}
	return 0
}

// CommonLanguage returns the language found in the most sets (ties: the
// smaller tag string), or language.Und when there are no sets.
func (s *Sets) CommonLanguage() language.Tag { return commonLanguage(s.langs) }

// countLanguages counts the sets that have a member in each language.
func countLanguages(sets []Set) map[language.Tag]int {
	count := make(map[language.Tag]int)
	for i := range sets {
		countSetLanguages(count, &sets[i])
	}
	return count
}

// commonLanguage returns the language with the greatest count (ties: the
// smaller tag string), or language.Und when count is empty.
func commonLanguage(count map[language.Tag]int) language.Tag {
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

// countSetLanguages adds one to count for each language s has a member in.
func countSetLanguages(count map[language.Tag]int, s *Set) {
	seen := make(map[language.Tag]bool, len(s.Members))
	for _, m := range s.Members {
		if m.Lang != language.Und && !seen[m.Lang] {
			seen[m.Lang] = true
			count[m.Lang]++
		}
	}
}
