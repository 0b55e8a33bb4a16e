package newsparse_test

import (
	"fmt"

	"github.com/newsparse/newsparse"
)

func ExampleClaims() {
	text := "The mayor suggested that the ferry might stop running in winter. " +
		"The council, however, denied reports that the budget had been cut."
	for _, c := range newsparse.Claims(text) {
		fmt.Printf("%q (%s)\n", c.Text, c.Certainty)
		for _, h := range c.Cues {
			fmt.Printf("  cue %q %s\n", h.Text, h.Kind)
		}
		if c.Source != nil {
			fmt.Printf("  source %q\n", c.Source.Text)
		}
	}
	// Output:
	// "the ferry might stop running in winter" (possible)
	//   cue "suggested" verb
	//   cue "might" modal
	//   source "The mayor"
	// "the budget had been cut" (doubtful)
	//   cue "denied" denial
}

func ExampleClaims_anonymousSource() {
	text := "The deal was signed in secret, sources said. Officials at the Port Authority confirmed the schedule."
	for _, c := range newsparse.Claims(text) {
		fmt.Printf("%q hedged=%v by %q\n", c.Text, c.Hedged, c.Source.Text)
	}
	// Output:
	// "The deal was signed in secret" hedged=true by "sources"
}
