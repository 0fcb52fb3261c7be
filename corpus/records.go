package corpus

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// The records of the on-disk sorts and of the set spool are fields joined by
// NUL bytes, which no path, name or language tag can hold. They are written
// and read by tally alone, within one run; a record that does not read back
// is an error, not a guess.

const sep = "\x00"

var errRecord = errors.New("a damaged record in a temporary file")

// tagCache parses language tags once each: a corpus has a few dozen tags
// and a great many records.
type tagCache map[string]language.Tag

func (c tagCache) parse(s string) (language.Tag, error) {
	if t, ok := c[s]; ok {
		return t, nil
	}
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("%w: language %q", errRecord, s)
	}
	c[s] = t
	return t, nil
}

// appendFile appends a file's record to b: its path, name and size.
func appendFile(b []byte, f File) []byte {
	b = append(append(append(append(b, f.Path...), sep...), f.Rel...), sep...)
	return strconv.AppendInt(b, f.Size, 10)
}

// fileOf reads the three fields appendFile wrote.
func fileOf(p []string) (File, error) {
	size, err := strconv.ParseInt(p[2], 10, 64)
	if err != nil {
		return File{}, fmt.Errorf("%w: size %q", errRecord, p[2])
	}
	return File{Path: p[0], Rel: p[1], Size: size}, nil
}

func decodeFile(val []byte) (File, error) {
	var fields [3]string
	p, n := splitFields(string(val), fields[:])
	if n != 3 {
		return File{}, fmt.Errorf("%w (%d fields in a file)", errRecord, n)
	}
	return fileOf(p)
}

// splitFields is strings.Split(s, sep) into the room of p, which the
// fields of most records fit, so that reading a record takes no slice of
// its own. n is the number of fields s has; when it is more than len(p),
// fields is a new slice of them all.
func splitFields(s string, p []string) (fields []string, n int) {
	n = strings.Count(s, sep) + 1
	if n > len(p) {
		return strings.Split(s, sep), n
	}
	for i := range n - 1 {
		p[i], s, _ = strings.Cut(s, sep)
	}
	p[n-1] = s
	return p[:n], n
}

// appendNamed appends the record of a file named by convention, with what
// its name says, to b.
func appendNamed(b []byte, f File, lang, key string) []byte {
	b = append(append(appendFile(b, f), sep...), lang...)
	return append(append(b, sep...), key...)
}

func decodeNamed(val []byte, tags tagCache) (namedFile, error) {
	var fields [5]string
	p, n := splitFields(string(val), fields[:])
	if n != 5 {
		return namedFile{}, fmt.Errorf("%w (%d fields in a named file)", errRecord, n)
	}
	f, err := fileOf(p[:3])
	if err != nil {
		return namedFile{}, err
	}
	tag, err := tags.parse(p[3])
	if err != nil {
		return namedFile{}, err
	}
	return namedFile{file: f, lang: tag, key: p[4]}, nil
}

// appendSet appends the record of a set to b: its name, basis and score,
// then three fields per member. The score is written in the shortest form
// that reads back exactly.
func appendSet(b []byte, s *Set) []byte {
	b = append(append(append(b, s.Name...), sep...), s.Basis...)
	b = strconv.AppendFloat(append(b, sep...), s.Score, 'g', -1, 64)
	for _, m := range s.Members {
		b = append(append(append(b, sep...), m.Path...), sep...)
		b = append(append(append(b, m.Lang.String()...), sep...), m.LangSource...)
	}
	return b
}

func decodeSet(val []byte, tags tagCache) (*Set, error) {
	var fields [3 + 3*4]string // a set of up to four members
	p, n := splitFields(string(val), fields[:])
	if n < 3 || (n-3)%3 != 0 {
		return nil, fmt.Errorf("%w (%d fields in a set)", errRecord, n)
	}
	score, err := strconv.ParseFloat(p[2], 64)
	if err != nil {
		return nil, fmt.Errorf("%w: score %q", errRecord, p[2])
	}
	s := &Set{Name: p[0], Basis: p[1], Score: score, Members: make([]Member, 0, (len(p)-3)/3)}
	for i := 3; i < len(p); i += 3 {
		tag, err := tags.parse(p[i+1])
		if err != nil {
			return nil, err
		}
		s.Members = append(s.Members, Member{Path: p[i], Lang: tag, LangSource: p[i+2]})
	}
	return s, nil
}
