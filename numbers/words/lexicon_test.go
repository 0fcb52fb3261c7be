package words

import (
	"strings"
	"testing"
)

// TestTables builds every language's tables: a typo in the data (unknown
// role or flag, a word defined twice) fails here, not at a user's first call.
func TestTables(t *testing.T) {
	t.Parallel()
	for i, code := range codes {
		s := registered[i]
		if s == nil {
			t.Errorf("%s: not registered", code)
			continue
		}
		if s.code != code {
			t.Errorf("registered[%d] is %s, want %s", i, s.code, code)
		}
		if _, err := build(s); err != nil {
			t.Errorf("%s: %v", code, err)
		}
	}
}

func TestParseDataErrors(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ data, want string }{
		{"unit 1 one", "missing ':'"},
		{"unit : one", "want 'role value [flags]'"},
		{"digit 1 : one", "unknown role"},
		{"unit x : one", "bad value"},
		{"frac 1/0 : none", "bad value"},
		{"unit 1 loud : one", "unknown flag"},
		{"unit 1 den=0 : one", "bad flag"},
		{"unit 1 :", "no words"},
	} {
		err := parseData(c.data, func(string, entry) {})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parseData(%q) = %v, want an error with %q", c.data, err, c.want)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	t.Parallel()
	if _, err := build(&spec{code: "xx", data: "unit 1 : one\nunit 1 : one"}); err == nil || !strings.Contains(err.Error(), "defined twice") {
		t.Errorf("duplicate word: err = %v", err)
	}
	if _, err := build(&spec{code: "xx", compound: true, data: "teen 17 : dix_sept"}); err == nil || !strings.Contains(err.Error(), "multi-word") {
		t.Errorf("multi-word in a compounding language: err = %v", err)
	}
}

func TestExpand(t *testing.T) {
	t.Parallel()
	got := strings.Join(expand("erst{e,er}{,s}"), " ")
	if want := "erste erstes erster ersters"; got != want {
		t.Errorf("expand = %q, want %q", got, want)
	}
	if got := expand("plain"); len(got) != 1 || got[0] != "plain" {
		t.Errorf("expand(plain) = %v", got)
	}
}

func TestUnknownLanguage(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"", "xx", "EN", "en-GB"} {
		if _, ok := Match(lang, "one"); ok {
			t.Errorf("Match(%q, one) matched", lang)
		}
	}
}
