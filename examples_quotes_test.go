package newsparse_test

import (
	"fmt"

	"github.com/newsparse/newsparse"
)

func ExampleQuotes() {
	text := "“The bridge opens in May,” said Mayor Ana Ruiz.\n\n" +
		"Engineers said the cost had doubled, according to the council.\n\n" +
		"She spoke of a “regrettable” delay on Monday."
	for _, q := range newsparse.Quotes(text) {
		speaker := "?"
		if q.Speaker != nil {
			speaker = q.Speaker.Text
		}
		fmt.Printf("%s | %s | %s\n", q.Kind, speaker, q.Text)
	}
	// Output:
	// direct | Mayor Ana Ruiz | The bridge opens in May
	// indirect | the council | Engineers said the cost had doubled
	// indirect | Engineers | the cost had doubled
	// partial | She | regrettable
}
