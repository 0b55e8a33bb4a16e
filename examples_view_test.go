package newsparse_test

import (
	"os"
	"time"

	"github.com/newsparse/newsparse"
)

// WriteText gives a summary to read at a terminal; WriteHTML a page to
// review in a browser.
func ExampleArticle_WriteText() {
	text := "Mayor Ana Ruiz said on Friday that the bridge will open on Monday. It may cost more."
	a := newsparse.Parse(text, newsparse.Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
	a.WriteText(os.Stdout, text)
	// Output:
	// headline  -
	// byline    -
	// dateline  -
	// published 2025-08-16
	// body      1 paragraph, 2 sentences
	//
	// Entities (1)
	//     1  Ana Ruiz (PERSON, e1)
	//
	// Quotes (1)
	//   indirect  Mayor Ana Ruiz [Ana Ruiz] (said): "that the bridge will open on Monday"
	//
	// Times (2)
	//   2025-08-15    Friday (DATE)
	//   2025-08-18    Monday (DATE)
	//
	// Timeline (2)
	//   2025-08-15    said (Ana Ruiz)
	//   2025-08-18    will open (Ana Ruiz)
	//
	// Claims (1)
	//   possible  "It may cost more"
	//             cues: may (modal)
}
