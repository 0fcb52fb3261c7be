package corpus

import (
	"bytes"
	"slices"
)

// fileList holds files compactly: the files whose names say nothing wait in
// one until content grouping has formed their sets, so a folder of a
// hundred thousand such files holds a hundred thousand of them. Each file's
// path and name are bytes of one array and its size a number, with no
// string header or pointer per file (File with its two strings took about
// 120 bytes a file and three objects for the collector to trace; here it is
// the bytes of the path and name and 24 more).
type fileList struct {
	text []byte  // the paths and names, one after the other
	ends []int   // file i's path ends at ends[2i], its name at ends[2i+1]
	size []int64 // file i's size
}

// add appends f.
func (l *fileList) add(f File) {
	l.text = append(l.text, f.Path...)
	l.ends = append(l.ends, len(l.text))
	l.text = append(l.text, f.Rel...)
	l.ends = append(l.ends, len(l.text))
	l.size = append(l.size, f.Size)
}

// len is the number of files.
func (l *fileList) len() int { return len(l.size) }

// start is where file i's path starts in text.
func (l *fileList) start(i int) int {
	if i == 0 {
		return 0
	}
	return l.ends[2*i-1]
}

// rel is file i's Rel, as bytes of text.
func (l *fileList) rel(i int) []byte { return l.text[l.ends[2*i]:l.ends[2*i+1]] }

// path is file i's Path.
func (l *fileList) path(i int) string { return string(l.text[l.start(i):l.ends[2*i]]) }

// at is file i.
func (l *fileList) at(i int) File {
	return File{Path: l.path(i), Rel: string(l.rel(i)), Size: l.size[i]}
}

// sortByRel returns the files sorted by Rel (stable: files with the same
// Rel keep their order).
func (l *fileList) sortByRel() *fileList {
	order := make([]int32, l.len())
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return bytes.Compare(l.rel(int(a)), l.rel(int(b))) })
	out := &fileList{
		text: make([]byte, 0, len(l.text)),
		ends: make([]int, 0, len(l.ends)),
		size: make([]int64, 0, len(l.size)),
	}
	for _, i := range order {
		out.text = append(out.text, l.text[l.start(int(i)):l.ends[2*i+1]]...)
		relLen := l.ends[2*i+1] - l.ends[2*i]
		out.ends = append(out.ends, len(out.text)-relLen, len(out.text))
		out.size = append(out.size, l.size[i])
	}
	return out
}
