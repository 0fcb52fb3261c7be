package check

import (
	"encoding/binary"
	"errors"
)

// setCodec is how a Spool writes a SetResult: every field in declaration
// order, integers as varints, strings and slices after their length. It
// replaces gob, which spent its time on reflection and allocated every
// string it read back: a set's strings are now cut from one string made
// of the whole frame. Reading gives what gob gave: an empty slice reads
// back as nil. TestSetCodecEveryField fails on a field added to the types
// but not here.
var setCodec = &spoolCodec{Append: appendSet, Read: readSet}

// appendSet appends the encoding of s to b.
func appendSet(b []byte, s *SetResult) []byte {
	e := encoder{b}
	e.str(s.Name)
	e.uint(len(s.Files))
	for i := range s.Files {
		f := &s.Files[i]
		e.str(f.Path)
		e.str(f.Lang)
		e.str(f.LangSource)
		e.bool(f.Source)
	}
	e.uint(len(s.Pairs))
	for i := range s.Pairs {
		p := &s.Pairs[i]
		e.str(p.SourceFile)
		e.str(p.TargetFile)
		e.str(p.SourceLang)
		e.str(p.TargetLang)
		e.int(p.Links)
		e.int(p.Paragraphs[0])
		e.int(p.Paragraphs[1])
		e.int(p.FactsCompared)
		e.int(p.Agreed)
	}
	e.uint(len(s.Findings))
	for i := range s.Findings {
		f := &s.Findings[i]
		e.int(int(f.Severity))
		e.str(f.Kind)
		e.str(f.Cause)
		e.str(f.SourceFile)
		e.str(f.TargetFile)
		e.str(f.SourceLang)
		e.str(f.TargetLang)
		e.int(f.SourceParagraph)
		e.int(f.TargetParagraph)
		e.int(f.SourceLine)
		e.int(f.TargetLine)
		e.str(f.SourceUnit)
		e.str(f.TargetUnit)
		e.str(f.SourceText)
		e.str(f.TargetText)
		e.str(f.SourceValue)
		e.str(f.TargetValue)
		e.str(f.SourceContext)
		e.str(f.TargetContext)
		e.str(f.Message)
		e.str(f.Suggestion)
	}
	e.int(s.Counts.Errors)
	e.int(s.Counts.Warnings)
	e.int(s.Counts.Infos)
	return e.b
}

// readSet sets s from data, an encoding made by appendSet.
func readSet(data []byte, s *SetResult) error {
	d := decoder{s: string(data)} // the one copy: every string is cut from it
	*s = SetResult{Name: d.str()}
	if n := d.len(4); n > 0 {
		s.Files = make([]FileInfo, n)
		for i := range s.Files {
			f := &s.Files[i]
			f.Path, f.Lang, f.LangSource = d.str(), d.str(), d.str()
			f.Source = d.bool()
		}
	}
	if n := d.len(9); n > 0 {
		s.Pairs = make([]PairStats, n)
		for i := range s.Pairs {
			p := &s.Pairs[i]
			p.SourceFile, p.TargetFile, p.SourceLang, p.TargetLang = d.str(), d.str(), d.str(), d.str()
			p.Links = d.int()
			p.Paragraphs = [2]int{d.int(), d.int()}
			p.FactsCompared, p.Agreed = d.int(), d.int()
		}
	}
	if n := d.len(21); n > 0 {
		s.Findings = make([]Finding, n)
		for i := range s.Findings {
			f := &s.Findings[i]
			f.Severity = Severity(d.int())
			f.Kind, f.Cause = d.str(), d.str()
			f.SourceFile, f.TargetFile, f.SourceLang, f.TargetLang = d.str(), d.str(), d.str(), d.str()
			f.SourceParagraph, f.TargetParagraph, f.SourceLine, f.TargetLine = d.int(), d.int(), d.int(), d.int()
			f.SourceUnit, f.TargetUnit = d.str(), d.str()
			f.SourceText, f.TargetText = d.str(), d.str()
			f.SourceValue, f.TargetValue = d.str(), d.str()
			f.SourceContext, f.TargetContext = d.str(), d.str()
			f.Message, f.Suggestion = d.str(), d.str()
		}
	}
	s.Counts = Counts{Errors: d.int(), Warnings: d.int(), Infos: d.int()}
	if d.err == nil && d.k != len(d.s) {
		d.err = errCorrupt
	}
	return d.err
}

var errCorrupt = errors.New("corrupt set")

// encoder appends varints and strings to b.
type encoder struct{ b []byte }

func (e *encoder) uint(n int) { e.b = binary.AppendUvarint(e.b, uint64(n)) }
func (e *encoder) int(n int)  { e.b = binary.AppendVarint(e.b, int64(n)) }
func (e *encoder) str(s string) {
	e.uint(len(s))
	e.b = append(e.b, s...)
}
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// decoder reads what encoder wrote from s, from k on. After the first
// error (data that ends early or does not parse) it reads zeros and keeps
// the error.
type decoder struct {
	s   string
	k   int
	err error
}

func (d *decoder) uint() uint64 {
	var x uint64
	for shift := 0; d.err == nil; shift += 7 {
		if d.k >= len(d.s) || shift > 63 {
			d.err = errCorrupt
			break
		}
		c := d.s[d.k]
		d.k++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	return 0
}

func (d *decoder) int() int {
	u := d.uint()
	return int(int64(u>>1) ^ -int64(u&1)) // zig-zag, as binary.AppendVarint
}

// len reads the length of a slice whose elements take at least min bytes
// each: a length the rest of the data cannot hold is an error, not an
// allocation.
func (d *decoder) len(min int) int {
	n := d.uint()
	if n > uint64(len(d.s)-d.k)/uint64(min) {
		d.err = errCorrupt
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.uint()
	if n > uint64(len(d.s)-d.k) {
		d.err = errCorrupt
		return ""
	}
	s := d.s[d.k : d.k+int(n)]
	d.k += int(n)
	return s
}

func (d *decoder) bool() bool {
	if d.k >= len(d.s) {
		d.err = errCorrupt
		return false
	}
	d.k++
	return d.s[d.k-1] != 0
}
