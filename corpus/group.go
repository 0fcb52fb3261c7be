package corpus

import (
	"errors"
	"fmt"
	"iter"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/document"
)

// How a member's language was found (Member.LangSource).
const (
	LangFromName    = "name"    // the file name or folder declares it
	LangFromContent = "content" // identified from a sample of the text
	LangFromFile    = "file"    // declared inside a bilingual file (XLIFF, TMX)
)

// What a set was formed from (Set.Basis).
const (
	BasisName    = "name"    // names that share a stem and differ in the language tag
	BasisContent = "content" // shared anchors: URLs, numbers, codes, names
	BasisFile    = "file"    // one bilingual file (XLIFF, TMX) holding all versions
)

// Member is one language version in a set (or an unpaired file).
type Member struct {
	Path       string       `json:"path"`        // the file; for a bilingual file, every member has the same Path
	Lang       language.Tag `json:"lang"`        // language.Und when it could not be identified
	LangSource string       `json:"lang_source"` // LangFromName, LangFromContent or LangFromFile
}

// Set is a group of files that are language versions of one document, at
// most one per language.
type Set struct {
	Name    string   `json:"name"`    // the name key (BasisName), or the first member's path without extension
	Basis   string   `json:"basis"`   // BasisName, BasisContent or BasisFile
	Score   float64  `json:"score"`   // BasisContent: the weakest link that joined the set (0..1); else 1
	Members []Member `json:"members"` // sorted by Path, then language
}

// Grouping is the answer of Group.
type Grouping struct {
	Sets     []Set    `json:"sets"`     // sorted by the first member's path
	Unpaired []Member `json:"unpaired"` // files with no counterpart, sorted by path
	Failed   []Skip   `json:"failed"`   // files that could not be read, sorted by path
	Stats    Stats    `json:"stats"`
}

// Stats says what Group did, for progress reports and benchmarks.
type Stats struct {
	Files      int `json:"files"`      // files in the listing
	ByName     int `json:"by_name"`    // files placed in sets by their names
	Read       int `json:"read"`       // files read for content grouping
	Detected   int `json:"detected"`   // files whose language was identified from their content
	Anchors    int `json:"anchors"`    // distinct anchors kept for scoring (shared across languages, not too common)
	Candidates int `json:"candidates"` // scored candidate pairs
	Links      int `json:"links"`      // pairs that joined sets
}

// Mode selects how Group forms sets.
type Mode string

// The grouping modes.
const (
	ModeAuto    Mode = "auto"    // by name first; the files names leave over by content
	ModeName    Mode = "name"    // by name only; the rest is unpaired
	ModeContent Mode = "content" // every file by content (names still give the language)
)

// ParseMode reads a --group flag value; "" is ModeAuto.
func ParseMode(s string) (Mode, error) {
	switch Mode(strings.ToLower(s)) {
	case "", ModeAuto:
		return ModeAuto, nil
	case ModeName:
		return ModeName, nil
	case ModeContent:
		return ModeContent, nil
	}
	return "", fmt.Errorf("unknown grouping mode %q (want auto, name or content)", s)
}

// GroupOptions tunes Group. The zero value is the default.
type GroupOptions struct {
	Mode Mode // "" is ModeAuto

	// MaxSize is the largest file read, in bytes (0: document.DefaultMaxSize).
	MaxSize int64
	// Workers reads files in parallel (0: GOMAXPROCS). The grouping does
	// not depend on it.
	Workers int
	// SampleSize bounds the text, in bytes, whose language Detect
	// identifies (0: DefaultSampleSize). When it is too little text to
	// tell, 4 KB are tried.
	SampleSize int
	// MinScore is the weighted Jaccard score two documents need to be
	// linked (0: DefaultMinScore).
	MinScore float64
	// MaxAnchorFiles ignores anchors found in more files than this (0: 1%
	// of the files, at least 12 and at most 50).
	MaxAnchorFiles int

	// TempDir is where the on-disk sorts and the set spool live ("": the
	// system's temporary folder).
	TempDir string

	// Progress, if set, is called after each file read for content grouping,
	// from one goroutine at a time, with done counting up to total.
	Progress func(done, total int)

	// Read reads a file (nil: document.Read). Tests and embedders may
	// replace it.
	Read func(path string, opt document.Options) ([]*document.Document, error)
	// Detect identifies the language of a text when Read leaves it
	// undetermined (nil: document.DetectLanguage).
	Detect func(text string) (language.Tag, bool)
}

// withDefaults fills in the zero fields.
func (opt GroupOptions) withDefaults() GroupOptions {
	if opt.Read == nil {
		opt.Read = document.Read
	}
	if opt.Detect == nil {
		opt.Detect = document.DetectLanguage
	}
	if opt.SampleSize <= 0 {
		opt.SampleSize = DefaultSampleSize
	}
	if opt.MinScore <= 0 {
		opt.MinScore = DefaultMinScore
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	return opt
}

// DefaultSampleSize is the sample for language identification when
// GroupOptions.SampleSize is 0. 1 KB of running text is plenty for the
// languages tally reads, and identification costs about 0.7 ms per KB.
const DefaultSampleSize = 1024

// DefaultMinScore is the score two documents need to be linked by content
// when GroupOptions.MinScore is 0.
const DefaultMinScore = 0.2

// Group sorts the files of a listing into sets of language versions, as
// the mode says (see the package documentation). Files that cannot be read
// are listed in Failed with the reason and the rest goes on; the error is
// non-nil for bad options and when the temporary files of the grouping fail.
// It is Grouper with the answer in memory.
func Group(l *Listing, opt GroupOptions) (*Grouping, error) {
	gr, err := NewGrouper(opt)
	if err != nil {
		return nil, err
	}
	for _, f := range l.Files {
		gr.Add(f)
	}
	sets, err := gr.Finish()
	if err != nil {
		return nil, err
	}
	defer sets.Close()
	g := &Grouping{Unpaired: sets.Unpaired, Failed: sets.Failed, Stats: sets.Stats}
	for s := range sets.All() {
		g.Sets = append(g.Sets, *s)
	}
	return g, sets.Err()
}

func sortMembers(ms []Member) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Path != ms[j].Path {
			return ms[i].Path < ms[j].Path
		}
		return ms[i].Lang.String() < ms[j].Lang.String()
	})
}

// docAnchors is what readOne finds of a document: no text, only its
// language and its hashed anchors (or why it cannot be grouped).
type docAnchors struct {
	path       string
	rel        string
	lang       language.Tag
	langSource string
	anchors    []uint64 // sorted, distinct; nil once in the index

	failed *Skip // the file could not be read
	set    *Set  // a bilingual file: a set by itself
	// leftOut holds what the walk would have listed of a file it left
	// unsniffed (sniffLater) and whose rules leave it out.
	leftOut *Listing
}

// readAll reads the n files in parallel. The anchors of file k (the k-th
// of files) go to post under k, and the rest of what readOne found to
// keep, called with one file at a time (under a lock), in any order.
// later, if not nil, applies the walk's rules to the files it left.
func readAll(files iter.Seq[File], n int, opt GroupOptions, later *sniffLater, post *postings, keep func(k int, d *docAnchors)) {
	type job struct {
		k int
		f File
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan job)
	)
	for w := 0; w < min(opt.Workers, max(1, n)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				k := j.k
				d := readFile(j.f, opt, later)
				post.add(int32(k), d.anchors)
				d.anchors = nil
				mu.Lock()
				keep(k, d)
				done++
				if opt.Progress != nil {
					opt.Progress(done, n)
				}
				mu.Unlock()
			}
		}()
	}
	k := 0
	for f := range files {
		next <- job{k, f}
		k++
	}
	close(next)
	wg.Wait()
}

// docLang is a document's language and the way it was found, numbered by
// a langTable.
type docLang struct {
	lang   uint16
	source uint8
}

// groupDoc is what content grouping keeps of a document it groups: its
// index in the files being grouped, and its docLang. Its anchors are in
// the postings.
type groupDoc struct {
	file int32
	docLang
}

// langTable numbers the languages of documents and the ways they were
// found (LangFromName, ...), so that a document needs a few bytes for them.
type langTable struct {
	tags    []language.Tag
	sources []string
}

// number returns the numbers of tag and source, adding them if new.
func (t *langTable) number(tag language.Tag, source string) docLang {
	l := slices.Index(t.tags, tag)
	if l < 0 {
		l = len(t.tags)
		t.tags = append(t.tags, tag)
	}
	s := slices.Index(t.sources, source)
	if s < 0 {
		s = len(t.sources)
		t.sources = append(t.sources, source)
	}
	return docLang{lang: uint16(l), source: uint8(s)}
}

// member returns the Member of document d, at path.
func (t *langTable) member(path string, d groupDoc) Member {
	return Member{Path: path, Lang: t.tags[d.lang], LangSource: t.sources[d.source]}
}

// placeholderLang is handed to document.Read for plain text and Markdown
// files whose name declares no language (those formats cannot declare one
// inside), so that Read does not identify it from 4 KB: readOne does, from
// a smaller sample.
var placeholderLang = language.English

// fullSample is the sample size tried when a small sample was not enough.
const fullSample = 4096

// readOne reads one file and reduces it to its anchors. The language is
// the one the name declares (then it is not identified at all), else the
// one the file declares (HTML lang, XLIFF, TMX), else the one identified
// from a bounded sample of its text.
func readOne(f File, opt GroupOptions) *docAnchors { return readFile(f, opt, nil) }

// readFile is readOne, which applies the walk's rules to f if later (not
// nil) says the walk left it unsniffed.
func readFile(f File, opt GroupOptions, later *sniffLater) *docAnchors {
	d := &docAnchors{path: f.Path, rel: f.Rel, lang: language.Und}
	format := document.FormatFromName(f.Path)
	bilingual := format == "xliff" || format == "tmx"
	info, nameOK := ParseName(f.Rel)
	named := nameOK && !bilingual
	undeclared := format == document.FormatText || format == document.FormatMarkdown

	// The files come from a walk, which found them regular.
	ropt := document.Options{MaxSize: opt.MaxSize, Listed: true}
	switch {
	case named:
		ropt.Lang = info.Lang
	case undeclared:
		ropt.Lang = placeholderLang
	}
	var (
		docs []*document.Document
		err  error
	)
	if later != nil && later.leaves(nameOK) {
		var admitted bool
		docs, admitted, d.leftOut, err = later.read(f, ropt)
		if !admitted {
			return d
		}
	} else {
		docs, err = opt.Read(f.Path, ropt)
	}
	if err != nil && !named && errors.Is(err, document.ErrLanguage) {
		return d // readable, but in no language tally can tell: unpaired
	}
	if err != nil {
		d.failed = &Skip{Path: f.Path, Reason: readReason(err), Detail: strings.TrimPrefix(err.Error(), f.Path+": ")}
		return d
	}
	if len(docs) == 0 || empty(docs) {
		d.failed = &Skip{Path: f.Path, Reason: ReasonEmpty, Detail: "no text"}
		return d
	}
	if len(docs) > 1 {
		s := &Set{Name: stripExt(f.Rel), Basis: BasisFile}
		for _, doc := range docs {
			s.Members = append(s.Members, Member{Path: f.Path, Lang: doc.Lang, LangSource: LangFromFile})
		}
		d.set = s
		return d
	}
	doc := docs[0]
	// The anchors are collected in scratch space kept from file to file
	// (growing a slice to a few hundred hashes was a fifth of readOne's
	// allocations), and copied out at their final length. The URLs of
	// each paragraph are blanked out once, for the language's sample and
	// for the anchors, and go to the anchor set as they are found (the
	// sample blanked them again: a twentieth of content grouping's time
	// on dense files with a source line).
	sc := readScratchPool.Get().(*readScratch)
	defer sc.release()
	for _, p := range doc.Paragraphs {
		sc.texts = append(sc.texts, blankURLs(p.Text, sc.set.add))
	}
	switch {
	case named:
		d.lang, d.langSource = info.Lang, LangFromName
	case !undeclared && doc.Lang != language.Und:
		d.lang, d.langSource = doc.Lang, doc.LangSource
	default:
		tag, ok := opt.Detect(sampleTexts(sc.texts, opt.SampleSize))
		if !ok && opt.SampleSize < fullSample {
			tag, ok = opt.Detect(sampleTexts(sc.texts, fullSample))
		}
		if ok {
			d.lang, d.langSource = tag, LangFromContent
		}
	}
	if d.lang == language.Und {
		return d
	}
	all, lead := readsNumberWords(doc.Paragraphs), true
	for i, p := range doc.Paragraphs {
		facts := all
		if lead && hasDigit(p.Text) {
			facts, lead = true, false
		}
		sc.buf = scanBlankedTo(&sc.set, sc.texts[i], d.lang, facts, sc.buf)
	}
	d.anchors = slices.Clone(sc.set.sorted())
	return d
}

// readScratch is readOne's scratch space: the anchor set of the file being
// read, its paragraphs without URLs and the token scanner's buffer.
type readScratch struct {
	set   anchorSet
	texts []string
	buf   []byte
}

// release empties sc and puts it back in readScratchPool. The texts are
// cleared, so that the pool holds no document's text.
func (sc *readScratch) release() {
	sc.set.h = sc.set.h[:0]
	clear(sc.texts)
	sc.texts = sc.texts[:0]
	readScratchPool.Put(sc)
}

var readScratchPool = sync.Pool{New: func() any { return new(readScratch) }}

// readReason classifies a document.Read error.
func readReason(err error) string {
	switch {
	case errors.Is(err, document.ErrLanguage):
		return ReasonUnknownLang
	case errors.Is(err, document.ErrEmpty):
		return ReasonEmpty
	case errors.Is(err, document.ErrBinary):
		return ReasonBinary
	case errors.Is(err, document.ErrTooLarge):
		return ReasonTooLarge
	}
	return ReasonUnreadable
}

func empty(docs []*document.Document) bool {
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			if strings.TrimSpace(p.Text) != "" {
				return false
			}
		}
	}
	return true
}

// sampleTexts joins the first texts (a document's paragraphs, without
// URLs, which language identifiers misread: see blankURLs) up to about n
// bytes, cut at a rune boundary.
//
// The joined text is the texts, each followed by '\n', from the first
// until n bytes are reached, then cut to n bytes at most: only its first
// n+1 bytes are written (the byte after the cut tells a rune boundary),
// into one allocation.
func sampleTexts(texts []string, n int) string {
	total := 0
	for _, t := range texts {
		if total >= n {
			break
		}
		total += len(t) + 1
	}
	room := min(total, n+1)
	var b strings.Builder
	b.Grow(room)
	for _, t := range texts {
		if b.Len() >= room {
			break
		}
		b.WriteString(t[:min(len(t), room-b.Len())])
		if b.Len() < room {
			b.WriteByte('\n')
		}
	}
	s := b.String()
	if total > n {
		k := n
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
		s = s[:k]
	}
	return s
}

func stripExt(rel string) string { return strings.TrimSuffix(rel, path.Ext(rel)) }
