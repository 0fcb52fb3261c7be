package corpus

import (
	"fmt"
	"iter"

	"github.com/bsm/extsort"
	"golang.org/x/text/language"

	"github.com/tally-qa/tally/internal/spool"
)

// sortBuffer bounds the records an on-disk sort holds in memory before it
// writes a sorted run, in bytes of key and value. 1 MB is some 6,000 files
// or sets per run: a folder of a million files makes some 150 runs, merged
// with 1 MB of read buffers in all.
var sortBuffer = 1 << 20 // a variable so that tests can make the sorts spill

// Grouper forms the sets of a folder too large to group in memory. Files
// are handed to it one at a time (Add), in any order; the files whose names
// declare a language and a set go to an on-disk sort, and only the files
// names leave over are kept in memory (content grouping needs their
// anchors). Finish forms the sets and keeps them on disk too (Sets).
//
// Group is the in-memory form: the same grouping, answered as a Grouping.
type Grouper struct {
	opt   GroupOptions
	mode  Mode
	named *extsort.Sorter // files named by convention, by set key, language, path
	rest  *pendingFiles   // files the names do not place
	later *sniffLater     // not nil: the walk leaves files it would sniff to content grouping
	stats Stats
	err   error
	// key and val are where Add writes a named file's record: the sort
	// copies them, so one buffer each serves every file.
	key, val []byte
}

// NewGrouper returns a Grouper; the error is non-nil for bad options.
func NewGrouper(opt GroupOptions) (*Grouper, error) {
	mode, err := ParseMode(string(opt.Mode))
	if err != nil {
		return nil, err
	}
	g := &Grouper{opt: opt.withDefaults(), mode: mode}
	g.rest = newPendingFiles(g.opt.TempDir)
	if mode != ModeContent {
		g.named = extsort.New(&extsort.Options{WorkDir: opt.TempDir, BufferSize: sortBuffer})
	}
	return g, nil
}

// Add takes one file of the folder. After an error writing the on-disk
// sort, Add does nothing and Finish returns the error.
func (g *Grouper) Add(f File) {
	if g.err != nil {
		return
	}
	if g.named == nil {
		g.addRest(f)
		return
	}
	info, ok := ParseName(f.Rel)
	if !ok {
		g.addRest(f)
		return
	}
	g.stats.Files++
	lang := info.Lang.String()
	// Keys sort by set key, then language, then path: a set's files come
	// together, and of two files in one language the first by path wins.
	g.key = append(append(append(append(append(g.key[:0], info.Key...), 0), lang...), 0), f.Rel...)
	g.val = appendNamed(g.val[:0], f, lang, info.Key)
	if err := g.named.Put(g.key, g.val); err != nil {
		g.err = fmt.Errorf("grouping by name: %w", err)
	}
}

// addRest is Add for a file the names do not place.
func (g *Grouper) addRest(f File) {
	g.stats.Files++
	g.rest.add(f)
}

// addUnsniffed is the walk's Listing.later: it adds f, which the walk has
// not sniffed, if content grouping will read it (sniffLater.leaves), and
// then reports true. A file whose name says something is left to the walk
// (false) in ModeAuto: the names may place it.
func (g *Grouper) addUnsniffed(f File) bool {
	if g.err != nil {
		return true // Add would do nothing
	}
	nameOK := false
	if g.mode == ModeAuto {
		_, nameOK = ParseName(f.Rel)
	}
	if !g.later.leaves(nameOK) {
		return false
	}
	g.addRest(f)
	return true
}

// namedFile is one record of the on-disk sort of named files.
type namedFile struct {
	file File
	lang language.Tag
	key  string
}

// Finish forms the sets: by name first (unless the mode is content), then by
// content the files names leave over (unless the mode is name). Files that
// cannot be read are listed in Sets.Failed and the rest goes on; the error
// is non-nil only when the temporary files fail. The Grouper cannot be used
// after Finish; the caller closes the Sets.
func (g *Grouper) Finish() (*Sets, error) {
	if g.named != nil {
		defer g.named.Close()
	}
	defer g.rest.close()
	if g.err != nil {
		return nil, g.err
	}
	out := &Sets{Stats: g.stats, langs: make(map[language.Tag]int)}
	bySet := extsort.New(&extsort.Options{WorkDir: g.opt.TempDir, BufferSize: sortBuffer})
	defer bySet.Close()
	var key, val []byte // the record of a set, which the sort copies
	put := func(s Set) error {
		sortMembers(s.Members)
		if s.Basis != BasisContent {
			s.Score = 1
		}
		countSetLanguages(out.langs, &s)
		val = appendSet(val[:0], &s)
		// Sets are listed by their first member's path (a file is in one set
		// at most, so the key is unique), then its language.
		key = append(append(append(key[:0], s.Members[0].Path...), 0), s.Members[0].Lang.String()...)
		if err := bySet.Put(key, val); err != nil {
			return fmt.Errorf("grouping: %w", err)
		}
		return nil
	}

	if g.named != nil {
		if err := g.groupByName(g.rest, put, &out.Stats); err != nil {
			return nil, err
		}
	}

	if g.mode == ModeName {
		var err error
		for f := range g.rest.sorted(&err) {
			m := Member{Path: f.Path, Lang: language.Und}
			if info, ok := ParseName(f.Rel); ok {
				m.Lang, m.LangSource = info.Lang, LangFromName
			}
			out.Unpaired = append(out.Unpaired, m)
		}
		if err != nil {
			return nil, err
		}
	} else if err := g.groupByContent(put, out); err != nil {
		return nil, err
	}
	sortMembers(out.Unpaired)
	sortSkips(out.Failed)

	// The spool keeps each set as the record it was sorted as: gob cannot
	// encode a language.Tag, and this spares decoding and encoding again.
	sp, err := spool.New[[]byte](g.opt.TempDir)
	if err != nil {
		return nil, fmt.Errorf("grouping: %w", err)
	}
	out.spool = sp
	it, err := bySet.Sort()
	if err != nil {
		out.Close()
		return nil, fmt.Errorf("grouping: %w", err)
	}
	defer it.Close()
	for it.Next() {
		val := it.Value()
		sp.Add(&val)
	}
	if err := it.Err(); err != nil {
		out.Close()
		return nil, fmt.Errorf("grouping: %w", err)
	}
	if err := sp.Err(); err != nil {
		out.Close()
		return nil, fmt.Errorf("grouping: %w", err)
	}
	return out, nil
}

// groupByName reads the sorted named files back and forms a set of every key
// with files in two or more languages. It adds the named files left over to
// rest: no other file with the same key, or a second file in a language
// the key has already.
func (g *Grouper) groupByName(rest *pendingFiles, put func(Set) error, st *Stats) error {
	it, err := g.named.Sort()
	if err != nil {
		return fmt.Errorf("grouping by name: %w", err)
	}
	defer it.Close()
	tags := make(tagCache)
	var group []namedFile
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		key := group[0].key
		// Of the files of one language the first is a member, the others
		// are left over. Fewer than two members leave all of them over
		// (rest sorts its files, so the order they come in is no matter).
		langs := 1
		for i := 1; i < len(group); i++ {
			if group[i].lang != group[i-1].lang {
				langs++
			}
		}
		if langs < 2 {
			for _, e := range group {
				rest.add(e.file)
			}
			group = group[:0]
			return nil
		}
		members := make([]Member, 0, langs)
		for i, e := range group {
			if i > 0 && e.lang == group[i-1].lang {
				rest.add(e.file)
				continue
			}
			members = append(members, Member{Path: e.file.Path, Lang: e.lang, LangSource: LangFromName})
		}
		group = group[:0]
		st.ByName += len(members)
		return put(Set{Name: key, Basis: BasisName, Members: members})
	}
	for it.Next() {
		e, err := decodeNamed(it.Value(), tags)
		if err != nil {
			return err
		}
		if len(group) > 0 && e.key != group[0].key {
			if err := flush(); err != nil {
				return err
			}
		}
		group = append(group, e)
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("grouping by name: %w", err)
	}
	return flush()
}

// groupByContent reads the files names leave over (sorted by path) and
// forms sets of them by their anchors.
func (g *Grouper) groupByContent(put func(Set) error, out *Sets) error {
	post, err := newPostings(g.opt.TempDir, anchorFilesBound(g.opt))
	if err != nil {
		return err
	}
	defer post.close()
	store, err := newFileStore(g.opt.TempDir)
	if err != nil {
		return err
	}
	defer store.close()
	// The files are numbered in the order of their names, and kept in the
	// store under their numbers as they are read.
	n := g.rest.len()
	var ferr error
	files := func(yield func(File) bool) {
		for f := range g.rest.sorted(&ferr) {
			store.add(f)
			if !yield(f) {
				return
			}
		}
	}
	// What is kept of a file read is 4 bytes without a pointer (its
	// language and how it was found, numbered by langs), where a docAnchors
	// with its strings took 120: 12 MB for the 108,000 files of 35,000
	// anonymous sets. The files that cannot be grouped (unreadable, a
	// bilingual file, no language) are few and kept whole in rare.
	langs := new(langTable)
	kept := make([]docLang, n)
	rare := make(map[int]*docAnchors)
	readAll(files, n, g.opt, g.later, post, func(k int, d *docAnchors) {
		if d.failed != nil || d.set != nil || d.lang == language.Und || d.leftOut != nil {
			rare[k] = d
			return
		}
		kept[k] = langs.number(d.lang, d.langSource)
	})
	if ferr != nil {
		return ferr
	}
	read := n // less the files the walk's rules leave out
	var pool []groupDoc
	remap := make([]int32, n) // from the index's numbering to pool's
	for k := range n {
		remap[k] = int32(len(pool))
		d := rare[k]
		switch {
		case d == nil:
			if langs.sources[kept[k].source] == LangFromContent {
				out.Stats.Detected++
			}
			pool = append(pool, groupDoc{file: int32(k), docLang: kept[k]})
		case d.failed != nil:
			out.Failed = append(out.Failed, *d.failed)
		case d.set != nil:
			if err := put(*d.set); err != nil {
				return err
			}
		case d.leftOut != nil:
			// As if the walk had left it out: it is no file of the grouping.
			out.walkSkipped = append(out.walkSkipped, d.leftOut.Skipped...)
			out.walkFailed = append(out.walkFailed, d.leftOut.Failed...)
			out.Stats.Files--
			read--
		default:
			out.Unpaired = append(out.Unpaired, Member{Path: d.path, Lang: language.Und})
		}
	}
	out.Stats.Read = read
	kept, rare = nil, nil
	return groupByContent(pool, store, langs, post, remap, g.opt, &out.Stats, put, &out.Unpaired)
}

// Sets is the answer of Grouper.Finish: the sets on disk, read back by All
// in the order of Grouping.Sets, and the rest in memory.
type Sets struct {
	Unpaired []Member // files with no counterpart, sorted by path
	Failed   []Skip   // files that could not be read, sorted by path
	Stats    Stats

	spool *spool.Spool[[]byte] // the sets, as appendSet writes them
	langs map[language.Tag]int // the number of sets with a member in each language
	err   error

	// The files the walk left unsniffed whose sniff leaves them out, for
	// the Listing's Skipped and Failed (see sniffLater).
	walkSkipped, walkFailed []Skip
}

// Len is the number of sets.
func (s *Sets) Len() int { return s.spool.Len() }

// All yields the sets sorted by their first member's path. It may be called
// more than once. A read error ends the sequence and is kept for Err.
func (s *Sets) All() iter.Seq[*Set] {
	return func(yield func(*Set) bool) {
		tags := make(tagCache)
		for val := range s.spool.All() {
			set, err := decodeSet(*val, tags)
			if err != nil {
				if s.err == nil {
					s.err = fmt.Errorf("grouping: reading the sets back: %w", err)
				}
				return
			}
			if !yield(set) {
				return
			}
		}
	}
}

// Err reports the first error reading the sets back.
func (s *Sets) Err() error {
	if err := s.spool.Err(); err != nil {
		return err
	}
	return s.err
}

// Close removes the sets' temporary file.
func (s *Sets) Close() error {
	if s.spool == nil {
		return nil
	}
	return s.spool.Close()
}

// GroupFolder walks root as Discover does and groups its files as Group
// does, holding in memory neither the list of files named by convention nor
// the sets: a folder of a million named files groups in a few MB. The
// Listing has no Files; the caller closes the Sets. The files content
// grouping reads whole are sniffed as it reads them (see sniffLater), so
// that lopt.Found counts them all, and the Listing's Skipped and Failed
// are complete only when GroupFolder returns.
func GroupFolder(root string, lopt Options, gopt GroupOptions) (*Listing, *Sets, error) {
	g, err := NewGrouper(gopt)
	if err != nil {
		return nil, nil, err
	}
	// The files content grouping reads whole are left to it unsniffed
	// (see sniffLater), when it reads them as the walk would sniff them:
	// with document.Read and the same largest size.
	var later func(File) bool
	if maxSize := effectiveMaxSize(lopt.MaxSize); g.mode != ModeName && gopt.Read == nil && maxSize == effectiveMaxSize(gopt.MaxSize) {
		g.later = &sniffLater{mode: g.mode, maxSize: maxSize}
		later = g.addUnsniffed
	}
	l, err := walk(root, lopt, g.Add, later)
	if err != nil {
		if g.named != nil {
			g.named.Close()
		}
		g.rest.close()
		return nil, nil, err
	}
	sets, err := g.Finish()
	if err != nil {
		return nil, nil, err
	}
	if len(sets.walkSkipped) > 0 {
		l.Skipped = append(l.Skipped, sets.walkSkipped...)
		sortSkips(l.Skipped)
	}
	if len(sets.walkFailed) > 0 {
		l.Failed = append(l.Failed, sets.walkFailed...)
		sortSkips(l.Failed)
	}
	sets.walkSkipped, sets.walkFailed = nil, nil
	return l, sets, nil
}
