//go:build unix

package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/text/language"

	"github.com/tally-qa/tally/document"
)

// The odd files of a folder, for the walk's rules applied late
// (sniffLater): every kind of file the walk leaves out, and files it takes
// that the grouping then fails, next to versions that pair.
const (
	laterEN = "In 2023 the city spent 4,250 million euros on 17 new schools, 38 percent more than in 2021, and opened 12 libraries.\n" +
		"The mayor said on Tuesday that the budget for roads will grow by 9.5 percent to 812 million euros next year.\n"
	laterDE = "Im Jahr 2023 gab die Stadt 4.250 Millionen Euro für 17 neue Schulen aus, 38 Prozent mehr als 2021, und eröffnete 12 Bibliotheken.\n" +
		"Der Bürgermeister sagte am Dienstag, dass das Budget für Straßen im nächsten Jahr um 9,5 Prozent auf 812 Millionen Euro wächst.\n"
)

// laterFiles are the regular files of the odd folder (slash paths).
var laterFiles = map[string]string{
	"a1.txt":           laterEN,
	"a2.txt":           laterDE,
	"named.en.txt":     laterEN,
	"named.de.txt":     laterDE,
	"alone.fr.txt":     laterEN,
	"sub/deep.md":      laterDE,
	"empty.txt":        "",
	"space.txt":        "  \n\t\n",
	"bin.txt":          "ab\x00\x01\x02cd\x00",
	"nul511.txt":       strings.Repeat("a", 511) + "\x00",
	"nul512.txt":       strings.Repeat("a", 512) + "\x00tail",
	"u16bom.txt":       "\xff\xfeH\x00i\x00 \x002\x000\x002\x003\x00",
	"u16nobom.txt":     "H\x00e\x00l\x00l\x00o\x00 \x00w\x00o\x00r\x00l\x00d\x00 \x002\x000\x002\x003\x00",
	"latin1.txt":       "Stra\xdfe 2023 \xfcber 45 Prozent\n",
	"tiny.txt":         "x",
	"fake.docx":        "not a zip",
	"zip.docx":         "PK\x03\x04garbage",
	"broken.xlf":       "<xliff><file",
	"page.html":        "<html lang=\"de\"><body><p>" + laterDE + "</p></body></html>",
	"big.txt":          strings.Repeat(laterEN, 8),
	"ja.txt":           "日本語の文書です。二〇二三年。\n",
	"notes.csv":        "a,b\n",
	".hidden/x.txt":    laterEN,
	".dot.txt":         laterEN,
	"dir.txt/in.txt":   laterEN,
	"weird\nname.txt":  laterDE,
	"deep/er/f.de.txt": laterDE,
}

// writeLaterFolder writes the odd folder: laterFiles, and a
// symlink to a file, a broken symlink, a symlink loop and a named pipe.
func writeLaterFolder(t *testing.T) string {
	t.Helper()
	dir := writeTree(t, laterFiles)
	for name, target := range map[string]string{"link.txt": "a1.txt", "dangling.md": "nowhere", "loop": "."} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// folderAnswer is everything GroupFolder answers that a report shows.
type folderAnswer struct {
	skipped, failed []Skip // the Listing's
	sets            []Set
	unpaired        []Member
	groupFailed     []Skip
	stats           Stats
}

func groupFolderAnswer(t *testing.T, dir string, lopt Options, gopt GroupOptions) folderAnswer {
	t.Helper()
	l, sets, err := GroupFolder(dir, lopt, gopt)
	if err != nil {
		t.Fatal(err)
	}
	defer sets.Close()
	a := folderAnswer{skipped: l.Skipped, failed: l.Failed, unpaired: sets.Unpaired, groupFailed: sets.Failed, stats: sets.Stats}
	for s := range sets.All() {
		a.sets = append(a.sets, *s)
	}
	if err := sets.Err(); err != nil {
		t.Fatal(err)
	}
	return a
}

func setsEqual(a, b []Set) bool {
	return slices.EqualFunc(a, b, func(x, y Set) bool {
		return x.Name == y.Name && x.Basis == y.Basis && x.Score == y.Score && slices.Equal(x.Members, y.Members)
	})
}

// TestGroupFolderSniffsLater: GroupFolder, which leaves the files content
// grouping reads to it unsniffed, answers exactly as when the walk sniffs
// every file (a Read of its own makes GroupFolder sniff in the walk), in
// every mode and with limits that leave some files out as too large.
func TestGroupFolderSniffsLater(t *testing.T) {
	realReady(t)
	dir := writeLaterFolder(t)
	for _, mode := range []Mode{ModeContent, ModeAuto, ModeName} {
		for _, maxSize := range []int64{0, int64(len(laterEN)), 512, 300, 8, 1} {
			lopt := Options{MaxSize: maxSize}
			gopt := GroupOptions{Mode: mode, MaxSize: maxSize, Workers: 2}
			got := groupFolderAnswer(t, dir, lopt, gopt)
			gopt.Read = document.Read
			want := groupFolderAnswer(t, dir, lopt, gopt)
			where := string(mode) + ", max size " + document.ByteSize(maxSize)
			if !slices.Equal(got.skipped, want.skipped) {
				t.Errorf("%s: skipped\n%v\nwant\n%v", where, got.skipped, want.skipped)
			}
			if !slices.Equal(got.failed, want.failed) {
				t.Errorf("%s: failed\n%v\nwant\n%v", where, got.failed, want.failed)
			}
			if !slices.Equal(got.groupFailed, want.groupFailed) {
				t.Errorf("%s: grouping failed\n%v\nwant\n%v", where, got.groupFailed, want.groupFailed)
			}
			if !setsEqual(got.sets, want.sets) || !slices.Equal(got.unpaired, want.unpaired) {
				t.Errorf("%s: sets %v unpaired %v, want %v %v", where, got.sets, got.unpaired, want.sets, want.unpaired)
			}
			if got.stats != want.stats {
				t.Errorf("%s: stats %+v, want %+v", where, got.stats, want.stats)
			}
			if maxSize == 0 && mode != ModeName && len(want.sets) == 0 {
				t.Errorf("%s: no set at all", where)
			}
		}
	}
}

// TestSniffLaterVerdicts: each odd file by itself, read by sniffLater,
// is admitted or left out (with the walk's Skip, in the walk's list) as
// the walk's own sniff says, and the documents of an admitted file are
// document.Read's.
func TestSniffLaterVerdicts(t *testing.T) {
	realReady(t)
	dir := writeLaterFolder(t)
	tests := []struct {
		rel     string
		maxSize int64
		reason  string // "": admitted; else the Skip's reason
		failed  bool   // the Skip is in Failed (else Skipped)
	}{
		{"a1.txt", 0, "", false},
		{"u16bom.txt", 0, "", false},
		{"u16nobom.txt", 0, "", false},
		{"nul512.txt", 0, "", false}, // the walk looks at 512 bytes only
		{"space.txt", 0, "", false},  // the grouping finds it empty
		{"ja.txt", 0, "", false},
		{"zip.docx", 0, "", false},
		{"empty.txt", 0, ReasonEmpty, false},
		{"bin.txt", 0, ReasonBinary, false},
		{"nul511.txt", 0, ReasonBinary, false},
		{"fake.docx", 0, ReasonBinary, false},
		{"big.txt", int64(len(laterEN)), ReasonTooLarge, true},
		{"a1.txt", int64(len(laterEN)) - 1, ReasonTooLarge, true},
		{"a1.txt", int64(len(laterEN)), "", false},
		{"empty.txt", 1, ReasonEmpty, false},
		{"link.txt", 0, "", false},
		{"dangling.md", 0, ReasonUnreadable, true},
		{"pipe.txt", 0, ReasonNotRegular, false},
		{"nowhere.txt", 0, ReasonUnreadable, true},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.rel)
		maxSize := effectiveMaxSize(tt.maxSize)
		s := &sniffLater{mode: ModeContent, maxSize: maxSize}
		ropt := document.Options{MaxSize: tt.maxSize, Listed: true, Lang: language.English}
		docs, admitted, verdict, err := s.read(File{Path: path, Rel: tt.rel}, ropt)

		// The walk's own sniff of the file, listed as a regular file.
		walked := &Listing{}
		walkAdmitted := false
		walked.considerPath(path, tt.rel, true, maxSize, func(File) { walkAdmitted = true })

		if admitted != (tt.reason == "") || admitted != walkAdmitted {
			t.Errorf("%s (max %d): admitted %v, the walk %v, want %v", tt.rel, tt.maxSize, admitted, walkAdmitted, tt.reason == "")
			continue
		}
		if !admitted {
			if !slices.Equal(verdict.Skipped, walked.Skipped) || !slices.Equal(verdict.Failed, walked.Failed) {
				t.Errorf("%s: left out as %v %v, the walk %v %v", tt.rel, verdict.Skipped, verdict.Failed, walked.Skipped, walked.Failed)
			}
			list := verdict.Skipped
			if tt.failed {
				list = verdict.Failed
			}
			if len(verdict.Skipped)+len(verdict.Failed) != 1 || len(list) != 1 || list[0].Reason != tt.reason {
				t.Errorf("%s: left out as %v %v, want %s", tt.rel, verdict.Skipped, verdict.Failed, tt.reason)
			}
			continue
		}
		wantDocs, wantErr := document.Read(path, ropt)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Errorf("%s: error %v, Read's %v", tt.rel, err, wantErr)
			continue
		}
		if len(docs) != len(wantDocs) {
			t.Errorf("%s: %d documents, Read %d", tt.rel, len(docs), len(wantDocs))
			continue
		}
		for i := range docs {
			if docs[i].Lang != wantDocs[i].Lang || docs[i].Format != wantDocs[i].Format || !slices.Equal(docs[i].Paragraphs, wantDocs[i].Paragraphs) {
				t.Errorf("%s: document %d differs from Read's", tt.rel, i)
			}
		}
	}
}
