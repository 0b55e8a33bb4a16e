package newsparse_test

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/newsparse/newsparse"
)

func ExampleParse() {
	text := "Ferry Service Resumes\n\n" +
		"By Jane Doe\n\n" +
		"OSLO (Reuters) - Ferries resumed on Friday after a three-day strike. Mr. Berg, the union's leader, said the U.S. owners had agreed to talks.\n\n" +
		"Passengers cheered."
	a := newsparse.Parse(text, newsparse.Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
	fmt.Println("headline:", a.Headline.Text)
	fmt.Println("byline:", a.Byline.Text)
	fmt.Println("dateline:", a.Dateline.Text)
	for i, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			fmt.Printf("%d: %s\n", i+1, s.Text(text))
		}
	}
	// Output:
	// headline: Ferry Service Resumes
	// byline: By Jane Doe
	// dateline: OSLO (Reuters) -
	// 1: Ferries resumed on Friday after a three-day strike.
	// 1: Mr. Berg, the union's leader, said the U.S. owners had agreed to talks.
	// 2: Passengers cheered.
}

// Offsets are bytes into the text exactly as given, whatever it holds.
func ExampleSpan() {
	text := "Zoë Ngugi arrived.\r\nShe spoke."
	a := newsparse.Parse(text, newsparse.Options{})
	for _, p := range a.Paragraphs {
		fmt.Printf("[%d:%d] %q\n", p.Start, p.End, text[p.Start:p.End])
	}
	// Output:
	// [0:19] "Zoë Ngugi arrived."
	// [21:31] "She spoke."
}

// The Article marshals to the JSON contract of the command-line tool.
func ExampleArticle_MarshalJSON() {
	a := newsparse.Parse("Markets rose.", newsparse.Options{})
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(a)
	// Output:
	// {"published":null,"version":"0.2.0","headline":null,"byline":null,"dateline":null,"paragraphs":[{"start":0,"end":13,"text":"Markets rose.","sentences":[{"start":0,"end":13,"text":"Markets rose."}]}],"entities":[],"quotes":[],"times":[],"timeline":[],"claims":[],"credits":[]}
}
