package lexicon_test

import (
	"bytes"
	"fmt"

	"github.com/newsparse/newsparse/lexicon"
)

func ExampleGazetteer() {
	countries := lexicon.Gazetteer("countries.txt")
	fmt.Println(bytes.Contains(countries, []byte("\nnorway\n")), lexicon.Gazetteer("no-such-list.txt") == nil)
	// Output: true true
}

func ExampleWords() {
	titles := lexicon.Words("titles.txt")
	fmt.Println(len(titles) > 10, lexicon.Words("no-such-list.txt") == nil)
	// Output: true true
}
