package document_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/tally-qa/tally/document"
)

func ExampleRead() {
	dir, _ := os.MkdirTemp("", "tally")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "bericht.de.txt")
	text := "Das Einkommen lag bei\n83,79 Millionen VND.\n\nVon 2020 bis heute gab es\n68 Resolutionen.\n"
	_ = os.WriteFile(path, []byte(text), 0o644)

	docs, err := document.Read(path, document.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Println(d.Format, d.Lang, d.LangSource)
	for _, p := range d.Paragraphs {
		fmt.Printf("line %d: %s\n", p.Line, p.Text)
	}
	// Output:
	// text de name
	// line 1: Das Einkommen lag bei 83,79 Millionen VND.
	// line 4: Von 2020 bis heute gab es 68 Resolutionen.
}

func ExampleLangFromName() {
	for _, name := range []string{"release.de.txt", "release_pt-BR.md", "nl/release.html", "code.txt"} {
		tag, ok := document.LangFromName(name)
		fmt.Println(name, tag, ok)
	}
	// Output:
	// release.de.txt de true
	// release_pt-BR.md pt-BR true
	// nl/release.html nl true
	// code.txt und false
}

func ExampleDetectLanguage() {
	tag, ok := document.DetectLanguage("Het gemiddelde inkomen bedroeg 83,79 miljoen VND per persoon per jaar.")
	fmt.Println(tag, ok)
	_, ok = document.DetectLanguage("Bron: 2024")
	fmt.Println(ok)
	// Output:
	// nl true
	// false
}
