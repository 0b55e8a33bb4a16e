package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/quotemodel"
)

// TestQuoteModelOnArticle runs the learned attribution tagger on the
// example article: the embedded weights decode, every quote it gives has
// exact spans inside the text, and every quote of the rules is kept, as
// addModelQuotes promises.
func TestQuoteModelOnArticle(t *testing.T) {
	m := quotemodel.Default()
	if m == nil {
		t.Fatal("the embedded quote model does not decode")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "alaska-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	q := scanOf(text, true)
	rules := q.rules()
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

// TestQuoteModelGuards checks the words addModelQuotes refuses to add to
// a rule quote's speaker and cue: a verb run on after the speaker, an
// appositive cut short, and the quote's own content.
func TestQuoteModelGuards(t *testing.T) {
	const text = "Ivo Lind smiled at them, and Ana Ruiz, the team captain, said it."
	at := func(s string) int { return strings.Index(text, s) }
	for _, tc := range []struct {
		s, e int
		want bool
	}{
		{at(" smiled"), at(" at them"), false},    // "Ivo Lind smiled"
		{at(", the team"), at(" captain"), false}, // "Ana Ruiz, the team"
		{at(", the team"), at(", said"), true},    // "Ana Ruiz, the team captain"
		{at(" captain"), at(" captain"), true},    // nothing added
	} {
		if got := appositive(text, tc.s, tc.e); got != tc.want {
			t.Errorf("appositive(%q) = %v, want %v", text[tc.s:tc.e], got, tc.want)
		}
	}
	r := Quote{Span: span(text, 0, 10), Parts: []Span{span(text, 0, 3), span(text, 7, 10)}}
	if !inParts(r, 2, 5) || inParts(r, 3, 7) || !inParts(Quote{Span: span(text, 0, 10)}, 4, 5) || inParts(r, 5, 5) {
		t.Error("inParts: wrong overlap of parts")
	}
}
