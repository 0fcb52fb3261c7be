package numbers

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// crossAgree is an English fact and its faithful rendering in another
// language: Compare must find them the same.
type crossAgree struct {
	en, tgt string
	spelled bool // needs numbers/words
}

// crossDisagree is an English fact and a wrong rendering: Compare must name
// the cause and suggest the English value in the target's style.
type crossDisagree struct {
	en, tgt string
	cause   Cause
	suggest string
}

// runCrossLanguage checks Compare from English to tag on both tables, and
// Match on the whole lists: each agreeing pair is paired as Same.
func runCrossLanguage(t *testing.T, tag language.Tag, agree []crossAgree, disagree []crossDisagree) {
	t.Helper()
	for _, p := range agree {
		t.Run(p.en+"="+p.tgt, func(t *testing.T) {
			t.Parallel()
			if p.spelled && !wordsReady() {
				t.Skip("numbers/words not ready")
			}
			a, b := one(t, p.en, language.English), one(t, p.tgt, tag)
			if d := Compare(a, b, language.English, tag); d.Cause != Same || d.Ambiguous {
				t.Errorf("Compare(%q, %q) = %q ambiguous=%v (%s), want same", p.en, p.tgt, d.Cause, d.Ambiguous, d.Message)
			}
			if a.Key() != b.Key() {
				t.Errorf("keys differ: %q vs %q", a.Key(), b.Key())
			}
			ps := Match([]Fact{a}, []Fact{b}, language.English, tag)
			if len(ps) != 1 || ps[0].Src != 0 || ps[0].Tgt != 0 || ps[0].Diagnosis.Cause != Same {
				t.Errorf("Match = %+v, want one Same pair", ps)
			}
		})
	}
	for _, p := range disagree {
		t.Run(p.en+"≠"+p.tgt, func(t *testing.T) {
			t.Parallel()
			a, b := one(t, p.en, language.English), one(t, p.tgt, tag)
			d := Compare(a, b, language.English, tag)
			if d.Cause != p.cause {
				t.Errorf("Compare(%q, %q) = %q (%s), want %q", p.en, p.tgt, d.Cause, d.Message, p.cause)
			}
			if d.Suggestion != p.suggest {
				t.Errorf("suggestion %q, want %q", d.Suggestion, p.suggest)
			}
			if !strings.Contains(d.Message, b.Text) {
				t.Errorf("message %q does not name %q", d.Message, b.Text)
			}
			ps := Match([]Fact{a}, []Fact{b}, language.English, tag)
			if len(ps) != 1 || ps[0].Diagnosis.Cause != p.cause {
				t.Errorf("Match = %+v, want one pair with cause %q", ps, p.cause)
			}
		})
	}
}
