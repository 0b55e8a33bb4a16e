package newsparse

import (
	"os"
	"testing"

	"github.com/newsparse/newsparse/internal/quotemodel"
)

// TestQuoteModelOnArticle runs the learned attribution tagger, switched
// off in Parse (useQuoteModel), on the example article: the embedded
// weights decode, every quote it gives has exact spans inside the text,
// and every quote of the rules is kept, as addModelQuotes promises.
func TestQuoteModelOnArticle(t *testing.T) {
	m := quotemodel.Default()
	if m == nil {
		t.Fatal("the embedded quote model does not decode")
	}
	data, err := os.ReadFile("testdata/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	d := newDoc(text)
	ents := findEntities(d)
	q := newQuoteScan(d, ents)
	q.direct()
	q.headlineColon()
	q.speakerColons()
	q.reported()
	rules := q.result()
	rules = append([]Quote(nil), rules...) // q's arrays are reused
	got := q.modelQuotes(m, rules)
	inText := func(what string, s, e int) {
		if s < 0 || e > len(text) || s >= e {
			t.Errorf("%s span [%d,%d) outside the text or empty", what, s, e)
		}
	}
	for _, x := range got {
		inText("quote", x.Start, x.End)
		if x.Cue != nil {
			inText("cue", x.Cue.Start, x.Cue.End)
		}
		if x.Speaker != nil {
			inText("speaker", x.Speaker.Start, x.Speaker.End)
		}
		for _, p := range x.Parts {
			if p.Start < x.Start || p.End > x.End || p.Start >= p.End {
				t.Errorf("part [%d,%d) outside its quote [%d,%d)", p.Start, p.End, x.Start, x.End)
			}
		}
	}
	for _, r := range rules {
		found := false
		for _, x := range got {
			found = found || x.Start == r.Start && x.End == r.End
		}
		if !found {
			t.Errorf("the rules' quote %q is lost", text[r.Start:r.End])
		}
	}
	if len(rules) == 0 {
		t.Fatal("no quotes from the rules: the test reads nothing")
	}
}
