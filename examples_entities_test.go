package newsparse_test

import (
	"fmt"

	"github.com/newsparse/newsparse"
)

func ExampleEntities() {
	text := "German Chancellor Olaf Scholz met Prime Minister Mark Carney in Ottawa on Tuesday.\n\n" +
		"Scholz said the European Union would back the plan. Carney’s office agreed."
	for _, e := range newsparse.Entities(text) {
		fmt.Printf("%s %-6s %-15s", e.ID, e.Type, e.Name)
		for _, m := range e.Mentions {
			fmt.Printf(" [%d:%d]", m.Start, m.End)
		}
		fmt.Println()
	}
	// Output:
	// e1 NORP   German          [0:6]
	// e2 PERSON Olaf Scholz     [18:29] [84:90]
	// e3 PERSON Mark Carney     [49:60] [136:142]
	// e4 GPE    Ottawa          [64:70]
	// e5 ORG    European Union  [100:114]
}

// An acronym defined in parentheses is the same entity as its long form,
// and a surname is the person first named in full.
func ExampleEntities_linking() {
	text := "The International Energy Agency (IEA) warned on Monday that demand would fall. " +
		"Fatih Birol, who leads the IEA, said prices could rise. Birol spoke in Paris."
	for _, e := range newsparse.Entities(text) {
		fmt.Printf("%s %s %q:", e.ID, e.Type, e.Name)
		for _, m := range e.Mentions {
			fmt.Printf(" %q", m.Text)
		}
		fmt.Println()
	}
	// Output:
	// e1 ORG "International Energy Agency": "International Energy Agency" "IEA" "IEA"
	// e2 PERSON "Fatih Birol": "Fatih Birol" "Birol"
	// e3 GPE "Paris": "Paris"
}
