package gen_test

import (
	"fmt"
	"os"

	"github.com/tally-qa/tally/internal/gencorpus/gen"
)

func ExampleGenerate() {
	dir, _ := os.MkdirTemp("", "gencorpus")
	defer os.RemoveAll(dir)
	m, err := gen.Generate(dir, gen.Config{Sets: 4, Seed: 1, Unpaired: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range m.Sets {
		fmt.Println(s.ID, "named:", s.Named, "versions:", len(s.Files))
	}
	fmt.Println("unpaired:", len(m.Unpaired))
	// Output:
	// set000000 named: true versions: 3
	// set000001 named: false versions: 4
	// set000002 named: true versions: 4
	// set000003 named: false versions: 2
	// unpaired: 1
}
