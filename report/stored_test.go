package report

import (
	"bytes"
	"testing"

	"github.com/tally-qa/tally/check"
)

// TestWriteStoredSameAsWrite renders every fixture report through a
// check.Spool on disk and in memory: the bytes must be the same in every
// format and variant, so a large batch looks exactly like a small one.
func TestWriteStoredSameAsWrite(t *testing.T) {
	t.Parallel()
	for _, rc := range reports {
		for _, f := range Formats {
			for _, opt := range []Options{{}, {All: true, Verbose: true, Width: 100}, {Color: true}} {
				r := rc.r()
				want := render(t, f, r, opt)

				sp, err := check.NewSpool(t.TempDir())
				if err != nil {
					t.Fatal(err)
				}
				for i := range r.Sets {
					sp.Add(&r.Sets[i])
				}
				rest := *r
				rest.Sets = nil
				var got bytes.Buffer
				if err := WriteStored(&got, f, &rest, sp, opt); err != nil {
					t.Fatal(err)
				}
				if err := sp.Close(); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Errorf("%s %s %+v: stored output differs:\n--- stored\n%s\n--- in memory\n%s", rc.name, f, opt, got.Bytes(), want)
				}
			}
		}
	}
}

// TestJSONStreamSameAsEncoder checks the piecewise JSON writer against
// encoding/json on the whole document.
func TestJSONStreamSameAsEncoder(t *testing.T) {
	t.Parallel()
	for _, rc := range reports {
		for _, opt := range []Options{{}, {All: true}} {
			var want bytes.Buffer
			if err := encodeJSON(&want, NewJSONReport(rc.r(), opt)); err != nil {
				t.Fatal(err)
			}
			if got := render(t, JSON, rc.r(), opt); !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%s: streamed JSON differs from encoding/json:\n--- streamed\n%s\n--- encoding/json\n%s", rc.name, got, want.Bytes())
			}
		}
	}
}
