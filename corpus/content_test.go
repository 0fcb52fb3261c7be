package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// doc builds a document from its language and anchor strings.
func doc(name, lang string, anchors ...string) *docAnchors {
	var s anchorSet
	for _, a := range anchors {
		ns := byte(a[0])
		s.add(ns, a[2:])
	}
	return &docAnchors{path: name, rel: name, lang: language.MustParse(lang), langSource: LangFromContent, anchors: s.sorted()}
}

// indexDocs puts the documents' anchors in an on-disk index, under their
// positions in docs.
func indexDocs(t *testing.T, docs []*docAnchors) *postings {
	t.Helper()
	post, err := newPostings(t.TempDir(), 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(post.close)
	for i, d := range docs {
		post.add(int32(i), d.anchors)
	}
	return post
}

// nums returns n distinct digit anchors with a prefix.
func nums(prefix string, n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, fmt.Sprintf("d:%s%03d", prefix, i))
	}
	return out
}

func TestGroupByContent(t *testing.T) {
	t.Parallel()
	common := []string{"d:2024", "n:hanoi"} // in every document
	with := func(a ...[]string) []string {
		var out []string
		for _, x := range a {
			out = append(out, x...)
		}
		return append(out, common...)
	}
	for _, c := range []struct {
		name string
		docs []*docAnchors
		want []string // sets as "a+b", unpaired as "-c"
	}{
		{"pair and a stranger", []*docAnchors{
			doc("a.txt", "de", with(nums("a", 10))...),
			doc("b.txt", "en", with(nums("a", 10))...),
			doc("c.txt", "fr", with(nums("c", 10))...),
		}, []string{"a.txt+b.txt", "-c.txt"}},
		{"same language never in one set", []*docAnchors{
			doc("a.txt", "de", with(nums("a", 10))...),
			doc("b.txt", "de", with(nums("a", 10))...),
		}, []string{"-a.txt", "-b.txt"}},
		{"three languages", []*docAnchors{
			doc("a.txt", "de", with(nums("a", 10))...),
			doc("b.txt", "en", with(nums("a", 9))...),
			doc("c.txt", "fr", with(nums("a", 8))...),
		}, []string{"a.txt+b.txt+c.txt"}},
		{"the closer of two English candidates wins, the other stays alone", []*docAnchors{
			doc("de.txt", "de", with(nums("a", 10))...),
			doc("en1.txt", "en", with(nums("a", 10))...),
			doc("en2.txt", "en", with(nums("a", 6), nums("z", 4))...),
		}, []string{"de.txt+en1.txt", "-en2.txt"}},
		{"a weak link is not enough", []*docAnchors{
			doc("a.txt", "de", with(nums("a", 2), nums("x", 20))...),
			doc("b.txt", "en", with(nums("a", 2), nums("y", 20))...),
		}, []string{"-a.txt", "-b.txt"}},
		{"names count only when found in another language", []*docAnchors{
			doc("a.txt", "de", with(nums("a", 5), []string{"n:regierung", "n:stadt", "n:jahr", "n:quang"})...),
			doc("b.txt", "en", with(nums("a", 5), []string{"n:quang"})...),
			doc("c.txt", "de", with(nums("c", 5), []string{"n:regierung", "n:stadt", "n:jahr"})...),
		}, []string{"a.txt+b.txt", "-c.txt"}},
		{"no chaining of two articles through one shared language", []*docAnchors{
			doc("a-de.txt", "de", with(nums("a", 10))...),
			doc("a-en.txt", "en", with(nums("a", 10), nums("b", 2))...),
			doc("b-fr.txt", "fr", with(nums("b", 2), nums("f", 10))...),
		}, []string{"a-de.txt+a-en.txt", "-b-fr.txt"}},
		{"nothing", nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var st Stats
			post := indexDocs(t, c.docs)
			files, err := newFileStore(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer files.close()
			langs := new(langTable)
			docs := make([]groupDoc, len(c.docs))
			for i, d := range c.docs {
				files.add(File{Path: d.path, Rel: d.rel})
				docs[i] = groupDoc{file: int32(i), docLang: langs.number(d.lang, d.langSource)}
			}
			var sets []Set
			var unpaired []Member
			put := func(s Set) error { sets = append(sets, s); return nil }
			err = groupByContent(docs, files, langs, post, nil, GroupOptions{}.withDefaults(), &st, put, &unpaired)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range sets {
				var names []string
				for _, m := range s.Members {
					names = append(names, m.Path)
				}
				got = append(got, strings.Join(names, "+"))
				if s.Score < DefaultMinScore || s.Score > 1 {
					t.Errorf("set %s: score %v", s.Name, s.Score)
				}
			}
			for _, m := range unpaired {
				got = append(got, "-"+m.Path)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestMaxAnchorFiles(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]int{5: 12, 1000: 12, 3000: 30, 100000: 50} {
		if got := maxAnchorFiles(n, GroupOptions{}); got != want {
			t.Errorf("maxAnchorFiles(%d) = %d, want %d", n, got, want)
		}
	}
	if got := maxAnchorFiles(5, GroupOptions{MaxAnchorFiles: 3}); got != 3 {
		t.Errorf("option ignored: %d", got)
	}
	// The postings drop anchors held by more files than anchorFilesBound
	// before the number of files is known: no number of files may count
	// more.
	for _, opt := range []GroupOptions{{}, {MaxAnchorFiles: 3}, {MaxAnchorFiles: 500}} {
		for n := 0; n <= 1_000_000; n += 997 {
			if m, b := maxAnchorFiles(n, opt), anchorFilesBound(opt); m > b {
				t.Fatalf("%+v: maxAnchorFiles(%d) = %d, above anchorFilesBound %d", opt, n, m, b)
			}
		}
	}
}
