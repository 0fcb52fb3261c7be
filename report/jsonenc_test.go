package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/tally-qa/tally/check"
)

// trickyStrings exercise every escape encoding/json makes without HTML
// escaping, and what it leaves alone.
var trickyStrings = []string{
	"", "plain", `quote " and \ backslash`, "tab\tnew\nline\rcr\bbs\fff", "\x00\x01\x1f\x7f",
	"<html> & 'x'", "Quảng Ninh 83,79 Mrd. €", "bad \xff\xfe utf-8 \xe2\x80", "sep \u2028 and \u2029", "😀",
}

// fill sets every field of v (a pointer to a struct) to a value derived from
// n, recursing into structs, slices and arrays, so that a field added to
// the types later is filled too.
func fill(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.Pointer:
		fill(v.Elem(), n)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(v.Field(i), n+i)
		}
	case reflect.String:
		v.SetString(trickyStrings[n%len(trickyStrings)])
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(n%7) - 2) // zero and negative too
	case reflect.Bool:
		v.SetBool(n%2 == 0)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), n%3, n%3)
		for i := 0; i < s.Len(); i++ {
			fill(s.Index(i), n+i+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fill(v.Index(i), n+i)
		}
	default:
		panic("fill: no case for " + v.Kind().String())
	}
}

// wantJSON is what jsonWriter.element writes for v.
func wantJSON(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestJSONEncodersMatchEncodingJSON(t *testing.T) {
	t.Parallel()
	var w indenter
	for n := range 40 {
		var f JSONFinding
		var s JSONSet
		if n > 0 { // n == 0: the zero values (omitempty, null slices)
			fill(reflect.ValueOf(&f), n)
			fill(reflect.ValueOf(&s), n)
			f.Severity = check.Severity(n%6 - 1) // the names, and out of range
		}
		w = indenter{prefix: "    "}
		appendJSONFinding(&w, &f)
		if got, want := string(w.b), wantJSON(t, f); got != want {
			t.Errorf("finding %d:\n%s\nencoding/json writes:\n%s", n, got, want)
		}
		w = indenter{prefix: "    "}
		appendJSONSet(&w, &s)
		if got, want := string(w.b), wantJSON(t, s); got != want {
			t.Errorf("set %d:\n%s\nencoding/json writes:\n%s", n, got, want)
		}
	}
}

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	t.Parallel()
	strs := append([]string{}, trickyStrings...)
	for c := range 256 {
		strs = append(strs, string([]byte{byte(c)}), "a"+string(rune(c))+"b")
	}
	for _, s := range strs {
		if got, want := string(appendJSONString(nil, s)), encodeJSONString(t, s); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}

// encodeJSONString is s as encoding/json writes it without HTML escaping.
func encodeJSONString(t testing.TB, s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// FuzzAppendJSONString: the report's text fields hold whatever the files
// held (any bytes, any runes); the hand-written quoting must agree with
// encoding/json on every one.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendJSONString(nil, s)), encodeJSONString(t, s); got != want {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
