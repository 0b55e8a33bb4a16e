package newsparse_test

import (
	"fmt"

	"github.com/newsparse/newsparse"
)

// Parse gives each word its part of speech and phrase chunk when asked.
func ExampleParse_tokens() {
	text := "The mayor didn't sign the budget."
	a := newsparse.Parse(text, newsparse.Options{Tokens: true})
	for _, t := range a.Tokens {
		fmt.Printf("%-6s %-4s %s\n", text[t.Start:t.End], t.POS, t.Chunk)
	}
	// Output:
	// The    DT   B-NP
	// mayor  NN   I-NP
	// did    VBD  B-VP
	// n't    RB   I-VP
	// sign   VB   I-VP
	// the    DT   B-NP
	// budget NN   I-NP
	// .      .    O
}
