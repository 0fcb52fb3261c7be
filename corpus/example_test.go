package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/tally-qa/tally/corpus"
)

func Example() {
	dir, _ := os.MkdirTemp("", "corpus-example")
	defer os.RemoveAll(dir)
	for name, text := range map[string]string{
		"press/release.de.txt": "Die Stadt investiert 4.000 Milliarden VND.\n",
		"press/release.en.txt": "The city invests 4,000 billion VND.\n",
		"press/memo.txt":       "A memo with no counterpart.\n",
		".drafts/old.txt":      "hidden\n",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(text), 0o644)
	}

	l, err := corpus.Discover(dir, corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	g, err := corpus.Group(l, corpus.GroupOptions{Mode: corpus.ModeName})
	if err != nil {
		fmt.Println(err)
		return
	}
	src, _ := corpus.ChooseSource(g.Sets, "")
	for k, s := range g.Sets {
		fmt.Printf("set %s (by %s), source %s\n", s.Name, s.Basis, s.Members[src[k]].Lang)
		for _, m := range s.Members {
			rel, _ := filepath.Rel(dir, m.Path)
			fmt.Printf("  %s %s\n", m.Lang, filepath.ToSlash(rel))
		}
	}
	for _, m := range g.Unpaired {
		rel, _ := filepath.Rel(dir, m.Path)
		fmt.Println("unpaired:", filepath.ToSlash(rel))
	}
	fmt.Println("skipped:", l.SkipCounts())
	// Output:
	// set press/release (by name), source en
	//   de press/release.de.txt
	//   en press/release.en.txt
	// unpaired: press/memo.txt
	// skipped: map[hidden:1]
}
