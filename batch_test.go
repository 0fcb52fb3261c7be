package main

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/check"
	"github.com/tally-qa/tally/corpus"
	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

// batchJSON is the part of the JSON report this test reads.
type batchJSON struct {
	Findings []struct {
		Severity   string `json:"severity"`
		Kind       string `json:"kind"`
		Cause      string `json:"cause"`
		SourceFile string `json:"source_file"`
		TargetFile string `json:"target_file"`
		TargetText string `json:"target_text"`
		// read by the false-alarm test (agree_corpus_test.go)
		SourceText      string `json:"source_text"`
		SourceParagraph int    `json:"source_paragraph"`
		TargetParagraph int    `json:"target_paragraph"`
		Message         string `json:"message"`
	} `json:"findings"`
	Sets     []json.RawMessage `json:"sets"`
	Unpaired []json.RawMessage `json:"unpaired"`
	Failed   []json.RawMessage `json:"failed"`
}

// TestBatchFindsPlantedErrors checks a generated corpus folder through the
// real CLI and compares the findings with what the generator planted: every
// planted error is reported on its file (the target version's, or the
// source's when the error was planted in the source), and nothing else at
// warning or error (recall and precision of 1 on synthetic text). The
// number of workers must not change a byte of the output. The article
// style puts number-free prose between the same figure paragraphs.
func TestBatchFindsPlantedErrors(t *testing.T) {
	t.Parallel()
	all := []string{"en", "de", "nl", "fr", "es", "it", "pt", "vi"}
	for _, tc := range []struct {
		langs []string
		sets  int
		style string
	}{
		{[]string{"en", "de"}, 30, ""},
		{all, 120, ""},
		{[]string{"fr", "es", "it", "pt", "vi", "nl"}, 90, ""},
		{all, 100, "article"},
	} {
		langs := tc.langs
		name := strings.Join(langs, "-")
		if tc.style != "" {
			name += "-" + tc.style
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			m, err := gen.Generate(dir, gen.Config{Sets: tc.sets, Seed: 7, Langs: langs, ErrorRate: 0.5, Style: tc.style})
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			code := run([]string{"tally", "check", "--format", "json", "--jobs", "1", dir}, &out, &errOut)
			if code != exitFindings {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, errOut.String())
			}
			var r batchJSON
			if err := json.Unmarshal(out.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			if len(r.Sets) != len(m.Sets) || len(r.Unpaired) != len(m.Unpaired) || len(r.Failed) != 0 {
				t.Errorf("%d sets, %d unpaired, %d failed; want %d, %d, 0",
					len(r.Sets), len(r.Unpaired), len(r.Failed), len(m.Sets), len(m.Unpaired))
			}

			// Every planted error must be found on its file.
			planted := map[string]string{} // file → kind
			for _, s := range m.Sets {
				for _, p := range s.Errors {
					planted[filepath.Join(dir, filepath.FromSlash(p.Path))] = p.Kind
				}
			}
			found := map[string]bool{}
			for _, f := range r.Findings {
				if f.Severity != "error" && f.Severity != "warning" {
					continue
				}
				file := f.TargetFile
				kind, ok := planted[file]
				if !ok {
					file = f.SourceFile
					kind, ok = planted[file]
				}
				if !ok {
					t.Errorf("false alarm: %s %s %s on %s (%q)", f.Severity, f.Kind, f.Cause, file, f.TargetText)
					continue
				}
				if !agrees(kind, f.Kind, f.Cause) {
					t.Errorf("%s: planted %s, reported %s/%s", file, kind, f.Kind, f.Cause)
				}
				found[file] = true
			}
			for file, kind := range planted {
				if !found[file] {
					t.Errorf("missed: planted %s in %s", kind, file)
				}
			}
			t.Logf("%d planted errors, %d found, %d findings", len(planted), len(found), len(r.Findings))

			// Another worker count gives the same bytes.
			var again bytes.Buffer
			if code := run([]string{"tally", "check", "--format", "json", "--jobs", "3", dir}, &again, &errOut); code != exitFindings {
				t.Fatalf("second run: exit %d", code)
			}
			if !bytes.Equal(out.Bytes(), again.Bytes()) {
				t.Error("output with --jobs 3 differs from --jobs 1")
			}

			// The same files written to another folder in a shuffled order
			// (so the directory lists them differently) give the same report.
			shuffled := shuffledCopy(t, dir, 99)
			var third bytes.Buffer
			if code := run([]string{"tally", "check", "--format", "json", "--jobs", "2", shuffled}, &third, &errOut); code != exitFindings {
				t.Fatalf("shuffled run: exit %d", code)
			}
			if got := bytes.ReplaceAll(third.Bytes(), []byte(shuffled), []byte(dir)); !bytes.Equal(out.Bytes(), got) {
				t.Error("output for the shuffled copy differs")
			}
		})
	}
}

// shuffledCopy copies the files of dir into a new folder in a random order
// and returns the folder.
func shuffledCopy(t *testing.T, dir string, seed uint64) string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rand.New(rand.NewPCG(seed, seed)).Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
	out := t.TempDir()
	for _, p := range files {
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// agrees says whether a finding's kind and cause fit what was planted.
func agrees(planted, kind, cause string) bool {
	switch planted {
	case "separator":
		return kind == "mismatch" && cause == "separator"
	case "digit":
		return kind == "mismatch" && (cause == "digit_changed" || cause == "transposition" || cause == "value_changed")
	case "dropped_paragraph":
		// "extra" when the version without the paragraph is the source:
		// the target has facts it lacks (between prose paragraphs the
		// aligner may pair the figure paragraph with a prose one).
		return kind == "unaligned" || kind == "missing" || kind == "extra" || kind == "low_confidence_alignment"
	}
	return false
}

// failWriter fails every write, as a full disk or a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

// TestWriteSetsReportsWriteError: "tally sets" must not exit 0 when its
// output could not be written.
func TestWriteSetsReportsWriteError(t *testing.T) {
	l, g, err := corpus.GroupFolder(t.TempDir(), corpus.Options{}, corpus.GroupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	for _, write := range []func(io.Writer, *corpus.Listing, *corpus.Sets) error{writeSets, writeSetsJSON} {
		if err := write(failWriter{}, l, g); err == nil {
			t.Fatal("writing sets into a failing writer: no error")
		}
	}
	var b bytes.Buffer
	if err := writeSets(&b, l, g); err != nil || b.String() != "0 sets, 0 unpaired, 0 files\n" {
		t.Fatalf("writeSets = %q, %v", b.String(), err)
	}
}

// gcPercentNow returns the collector's current target without changing it.
func gcPercentNow() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

func TestCollectorPhases(t *testing.T) {
	if _, set := os.LookupEnv("GOGC"); set {
		t.Skip("GOGC is set: tally leaves the collector alone")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	var seen [][3]int
	wrapped, restore := collectorPhases(func(done, total int) {
		seen = append(seen, [3]int{done, total, gcPercentNow()})
	})
	for done := 1; done <= 3; done++ {
		wrapped(done, 3)
	}
	restore()
	want := [][3]int{{1, 3, groupGCPercent}, {2, 3, groupGCPercent}, {3, 3, graphGCPercent}}
	if !reflect.DeepEqual(seen, want) {
		t.Errorf("(done, total, GC percent) = %v, want %v", seen, want)
	}
	if got := gcPercentNow(); got != gcPercent {
		t.Errorf("after restore the GC percent is %d, want %d", got, gcPercent)
	}

	// No file read: nothing changes, and restore does nothing.
	_, restore = collectorPhases(nil)
	restore()
	if got := gcPercentNow(); got != gcPercent {
		t.Errorf("with no file read the GC percent is %d, want %d", got, gcPercent)
	}
}

func TestJobFor(t *testing.T) {
	de, en, fr := language.German, language.English, language.French
	tests := []struct {
		name   string
		set    corpus.Set
		source int
		want   check.Job
	}{
		{
			name:   "files",
			set:    corpus.Set{Name: "a", Members: []corpus.Member{{Path: "a.de.txt", Lang: de}, {Path: "a.en.txt", Lang: en}, {Path: "a.txt"}}},
			source: 1,
			want:   check.Job{Name: "a", Paths: []string{"a.de.txt", "a.en.txt", "a.txt"}, Langs: map[string]language.Tag{"a.de.txt": de, "a.en.txt": en}, Source: "a.en.txt"},
		},
		{
			// a bilingual file: its languages are the file's to say, and the
			// source is named by language
			name:   "bilingual",
			set:    corpus.Set{Name: "memo", Members: []corpus.Member{{Path: "memo.xlf", Lang: de}, {Path: "memo.xlf", Lang: en}}},
			source: 1,
			want:   check.Job{Name: "memo", Paths: []string{"memo.xlf"}, Langs: map[string]language.Tag{}, Source: "en"},
		},
		{
			name:   "no source",
			set:    corpus.Set{Name: "b", Members: []corpus.Member{{Path: "b.fr.txt", Lang: fr}, {Path: "b.de.txt", Lang: de}}},
			source: -1,
			want:   check.Job{Name: "b", Paths: []string{"b.fr.txt", "b.de.txt"}, Langs: map[string]language.Tag{"b.fr.txt": fr, "b.de.txt": de}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := jobFor(tt.set, tt.source); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("jobFor = %+v, want %+v", got, tt.want)
			}
		})
	}
}
