package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// agreeDir holds pairs of press-release-style articles whose numbers agree,
// written as a translator would (scale words, separators, spelled-out
// numbers, dates, merged and split paragraphs). known/ under it holds pairs
// that tally still gets wrong; its README says what.
const agreeDir = "testdata/agree"

// agreePairs returns the pairs of dir as [source, target] paths: every
// topic.en.txt with the one other version of the same topic.
func agreePairs(t *testing.T, dir string) [][2]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	byTopic := map[string][]string{}
	for _, f := range files {
		topic, _, _ := strings.Cut(filepath.Base(f), ".")
		byTopic[topic] = append(byTopic[topic], f)
	}
	topics := make([]string, 0, len(byTopic))
	for topic := range byTopic {
		topics = append(topics, topic)
	}
	sort.Strings(topics)
	var pairs [][2]string
	for _, topic := range topics {
		fs := byTopic[topic]
		if len(fs) != 2 {
			t.Fatalf("%s: topic %q has %d files, want an English and one other version", dir, topic, len(fs))
		}
		en, other := fs[0], fs[1]
		if !strings.HasSuffix(en, ".en.txt") {
			en, other = other, en
		}
		if !strings.HasSuffix(en, ".en.txt") {
			t.Fatalf("%s: topic %q has no English version", dir, topic)
		}
		pairs = append(pairs, [2]string{en, other})
	}
	return pairs
}

// checkAgree runs tally check on args with JSON output and returns the
// findings at warning or error (as lines to print), the info findings, and
// the decoded report.
func checkAgree(t *testing.T, args ...string) (alarms, notes []string, r batchJSON) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"tally", "check", "--format", "json"}, args...), &out, &errOut)
	if code == exitTrouble {
		t.Fatalf("tally check %v: exit %d; stderr:\n%s", args, code, errOut.String())
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("tally check %v: %v", args, err)
	}
	for _, f := range r.Findings {
		line := fmt.Sprintf("%s %s/%s %s ¶%d %q ↔ %s ¶%d %q: %s", f.Severity, f.Kind, f.Cause,
			filepath.Base(f.SourceFile), f.SourceParagraph, f.SourceText,
			filepath.Base(f.TargetFile), f.TargetParagraph, f.TargetText, f.Message)
		if f.Severity == "warning" || f.Severity == "error" {
			alarms = append(alarms, line)
		} else {
			notes = append(notes, line)
		}
	}
	if len(alarms) == 0 && code != exitOK {
		t.Errorf("tally check %v: exit %d without a finding at error", args, code)
	}
	return alarms, notes, r
}

// TestAgreeCorpusNoFalseAlarms runs the real CLI on every pair of
// testdata/agree, and once on the folder as a batch: versions that agree
// must give no finding at warning or error. Info findings are listed in the
// log. The pairs under known/ are run as a report only.
func TestAgreeCorpusNoFalseAlarms(t *testing.T) {
	pairs := agreePairs(t, agreeDir)
	if len(pairs) < 12 {
		t.Fatalf("%d pairs in %s, want at least 12", len(pairs), agreeDir)
	}
	for _, p := range pairs {
		t.Run(strings.TrimSuffix(filepath.Base(p[0]), ".en.txt"), func(t *testing.T) {
			alarms, notes, r := checkAgree(t, p[0], p[1])
			for _, n := range notes {
				t.Log(n)
			}
			for _, a := range alarms {
				t.Error("false alarm: " + a)
			}
			if len(r.Sets) != 1 {
				t.Errorf("%d sets, want 1", len(r.Sets))
			}
		})
	}

	t.Run("batch", func(t *testing.T) {
		// The folder's own files only, without known/.
		dir := t.TempDir()
		for _, p := range pairs {
			for _, f := range p {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		alarms, _, r := checkAgree(t, "--jobs", "2", dir)
		for _, a := range alarms {
			t.Error("false alarm: " + a)
		}
		if len(r.Sets) != len(pairs) || len(r.Unpaired) != 0 || len(r.Failed) != 0 {
			t.Errorf("%d sets, %d unpaired, %d failed; want %d, 0, 0", len(r.Sets), len(r.Unpaired), len(r.Failed), len(pairs))
		}
	})

	t.Run("known", func(t *testing.T) {
		known := filepath.Join(agreeDir, "known")
		if _, err := os.Stat(known); err != nil {
			t.Skip("no known false alarms")
		}
		for _, p := range agreePairs(t, known) {
			alarms, _, _ := checkAgree(t, p[0], p[1])
			t.Logf("%s: %d known false alarms", filepath.Base(p[0]), len(alarms))
			for _, a := range alarms {
				t.Log("  " + a)
			}
		}
	})
}
