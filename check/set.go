package check

import (
	"fmt"
	"iter"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/tally-qa/tally/document"
	"golang.org/x/text/language"
)

// Job is one set of language versions to check: files that are versions of
// one document. A bilingual file (XLIFF, TMX) is a set on its own.
type Job struct {
	Name  string   // a name for the set in reports
	Paths []string // the files
	// Langs forces the language of a file, by path; missing paths are
	// identified from their name or content.
	Langs map[string]language.Tag
	// Source names the source version of this set (a path or a language),
	// overriding SetOptions.Source.
	Source string
}

// SetOptions tunes the check of sets of versions.
type SetOptions struct {
	Options
	// Source picks the source version: a language ("en"), a file path, or ""
	// for the default: English if present, else the first file.
	Source string
	// AllPairs checks every pair of versions instead of every version
	// against the source.
	AllPairs bool
	// Read tunes reading the files.
	Read document.Options
}

// Set checks one set of versions: it reads the files, picks the source
// version and checks every other version against it. Files that cannot be
// read are returned as problems; the rest of the set is still checked.
func Set(job Job, opt SetOptions) (SetResult, []Problem) {
	return checkSet(job, opt, new(setScratch))
}

// checkSet is Set in the room sc, which it leaves free for the next set.
func checkSet(job Job, opt SetOptions, sc *setScratch) (SetResult, []Problem) {
	defer sc.reset()
	res := SetResult{Name: job.Name, Findings: []Finding{}}
	// Most files hold one document: room for one each, and for the files
	// and pairs of the result, rather than slices grown append by append
	// (a set of a few 1 kB files made as many allocations growing them as
	// checking a pair does).
	docs := make([]*document.Document, 0, len(job.Paths))
	var failed []Problem
	for _, p := range job.Paths {
		ro := opt.Read
		if t, ok := job.Langs[p]; ok {
			ro.Lang = t
		}
		ds, err := document.Read(p, ro)
		if err != nil {
			failed = append(failed, Problem{Path: p, Reason: reason(p, err)})
			continue
		}
		docs = append(docs, ds...)
	}
	if len(docs) == 0 {
		return res, failed
	}
	source := opt.Source
	if job.Source != "" {
		source = job.Source
	}
	src, err := pickSource(docs, source)
	if err != nil {
		failed = append(failed, Problem{Path: job.Name, Reason: err.Error()})
		return res, failed
	}
	docs[0], docs[src] = docs[src], docs[0]
	vs := make([]*version, len(docs))
	res.Files = make([]FileInfo, 0, len(docs))
	pairs := len(docs) - 1
	if opt.AllPairs {
		pairs = len(docs) * (len(docs) - 1) / 2
	}
	if pairs > 0 {
		res.Pairs = make([]PairStats, 0, pairs)
	}
	for i, d := range docs {
		vs[i] = readFactsIn(d, sc)
		res.Files = append(res.Files, FileInfo{Path: d.Path, Lang: d.Lang.String(), LangSource: d.LangSource, Source: i == 0})
	}
	for i := 0; i < len(vs); i++ {
		for j := i + 1; j < len(vs); j++ {
			if i > 0 && !opt.AllPairs {
				break
			}
			st, fs := checkPair(vs[i], vs[j], opt.Options, &sc.pairs) // the pairs' room, one pair after another
			res.Pairs = append(res.Pairs, st)
			if len(res.Findings) == 0 && len(fs) > 0 {
				res.Findings = fs // the pair's own: no copy
			} else {
				res.Findings = append(res.Findings, fs...)
			}
		}
	}
	for _, f := range res.Findings {
		res.Counts.Add(f.Severity)
	}
	return res, failed
}

// reason is err's message without the path in front, which the report
// prints in its own column.
func reason(path string, err error) string {
	return strings.TrimPrefix(err.Error(), path+": ")
}

// pickSource returns the index of the source version: the one named by
// source (a path or a language), else English if present, else the first.
func pickSource(docs []*document.Document, source string) (int, error) {
	if source != "" {
		for i, d := range docs {
			if d.Path == source || filepath.Clean(d.Path) == filepath.Clean(source) {
				return i, nil
			}
		}
		tag, err := language.Parse(source)
		if err != nil {
			return 0, fmt.Errorf("--source %q is neither one of the files nor a language tag", source)
		}
		for i, d := range docs {
			if sameLanguage(d.Lang, tag) {
				return i, nil
			}
		}
		return 0, fmt.Errorf("no version in %s (--source %s)", tag, source)
	}
	for i, d := range docs {
		if sameLanguage(d.Lang, language.English) {
			return i, nil
		}
	}
	return 0, nil
}

func sameLanguage(a, b language.Tag) bool {
	ab, _ := a.Base()
	bb, _ := b.Base()
	return ab == bb
}

// BatchOptions tunes Batch.
type BatchOptions struct {
	SetOptions
	// Jobs is the number of sets checked at once (0: the number of CPUs).
	Jobs int
	// Progress, if set, is called after each set with the number done and
	// the total; calls come from one goroutine at a time.
	Progress func(done, total int)
	// Emit, if set, receives each checked set of two or more versions in the
	// order of the jobs, as soon as it and every set before it are done,
	// and the report's Sets stay empty: a caller that writes them out (a
	// Spool) holds only a window of sets in memory, however many there are.
	// Calls come from one goroutine at a time.
	Emit func(*SetResult)
}

// Batch checks many sets in parallel with a bounded worker pool. Documents
// are read when their set is checked and dropped after. The report lists
// sets (or opt.Emit receives them) in the order of jobs, whatever the
// timing; at most four sets per worker wait, checked, for an earlier one to
// finish. A job that yields one version only is listed as unpaired.
func Batch(jobs []Job, opt BatchOptions) *Report {
	return BatchFunc(len(jobs), func(i int) Job { return jobs[i] }, opt)
}

// BatchFunc is Batch over nJobs jobs made by job(i), in order, as the
// workers are ready for them, so that a caller with a great many sets need
// not hold all their jobs at once.
func BatchFunc(nJobs int, job func(i int) Job, opt BatchOptions) *Report {
	return BatchSeq(nJobs, func(yield func(Job) bool) {
		for i := range nJobs {
			if !yield(job(i)) {
				return
			}
		}
	}, opt)
}

// BatchSeq is Batch over the jobs of a sequence read once, in order, as the
// workers are ready for them (a sequence read from disk holds no jobs in
// memory). nJobs is their number, for Progress; a sequence that ends early
// ends the batch.
func BatchSeq(nJobs int, jobs iter.Seq[Job], opt BatchOptions) *Report {
	n := opt.Jobs
	if n <= 0 {
		n = runtime.NumCPU()
	}
	type result struct {
		set    SetResult
		failed []Problem
	}
	r := &Report{Sets: []SetResult{}}
	emit := func(res *result) {
		r.Failed = append(r.Failed, res.failed...)
		switch len(res.set.Files) {
		case 0:
			return
		case 1:
			r.Unpaired = append(r.Unpaired, res.set.Files[0])
			return
		}
		r.Totals.Errors += res.set.Counts.Errors
		r.Totals.Warnings += res.set.Counts.Warnings
		r.Totals.Infos += res.set.Counts.Infos
		if opt.Emit != nil {
			opt.Emit(&res.set)
			return
		}
		r.Sets = append(r.Sets, res.set)
	}

	// slots bounds the sets handed out but not yet emitted, so that a slow
	// set cannot make the finished ones after it pile up without limit.
	slots := make(chan struct{}, 4*n)
	pending := make(map[int]*result)
	var mu sync.Mutex
	done, nextOut := 0, 0
	type numbered struct {
		i   int
		job Job
	}
	next := make(chan numbered)
	var wg sync.WaitGroup
	for w := 0; w < min(n, max(1, nJobs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := new(setScratch) // this worker's, from set to set
			for nj := range next {
				s, f := checkSet(nj.job, opt.SetOptions, sc)
				mu.Lock()
				pending[nj.i] = &result{s, f}
				for res, ok := pending[nextOut]; ok; res, ok = pending[nextOut] {
					delete(pending, nextOut)
					nextOut++
					emit(res)
					<-slots
				}
				done++
				if opt.Progress != nil {
					opt.Progress(done, nJobs)
				}
				mu.Unlock()
			}
		}()
	}
	i := 0
	for job := range jobs {
		slots <- struct{}{}
		next <- numbered{i, job}
		i++
	}
	close(next)
	wg.Wait()
	return r
}
