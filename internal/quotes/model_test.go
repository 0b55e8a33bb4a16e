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

// TestTaggerSpeakerOverCarried: a quote the rules find no cue for takes
// the speaker of the quote before it; when the tagger reads a cue and a
// source right before the quote ("She went on, “...”"), that source is
// the speaker, not the carried one.
func TestTaggerSpeakerOverCarried(t *testing.T) {
	text := "Tom Berg, the mayor, spoke on Monday.\n\n" +
		"“It is only when the press shows up,” she said.\n\n" +
		"She continued, “When the cameras leave, the mayor stops saying it.”\n\n" +
		"The council meets again in June, he said.\n"
	q := quoteWith(parse(text, false).Quotes, "When the cameras leave, the mayor stops saying it.")
	want := strings.Index(text, "She continued")
	if q == nil || q.Speaker == nil || q.Speaker.Start != want || q.Speaker.Text != "She" {
		t.Errorf("got %+v (speaker %+v), want the speaker “She” at %d", q, speakerOf(q), want)
	}
}

// TestAttributionNextTo: the tagger's cue and source replace a carried
// speaker only when nothing but punctuation stands between them and the
// quote, before it or after it.
func TestAttributionNextTo(t *testing.T) {
	text := "She went on, “The tide will take it.” Ana Ruiz took it as a joke, “The tide will take it,” she went on."
	q := scanOf(text, false)
	at := func(w string, from int) [2]int {
		i := from + strings.Index(text[from:], w)
		return [2]int{i, i + len(w)}
	}
	first, second := at("The tide will take it", 0), at("The tide will take it", 20)
	for _, tc := range []struct {
		quote, cue, src [2]int
		want            bool
	}{
		{first, at("went on", 0), at("She", 0), true},
		{second, at("went on", 60), at("she", 60), true},
		{second, at("took", 0), at("Ana Ruiz", 0), false},
	} {
		r := Quote{Span: span(text, tc.quote[0], tc.quote[1])}
		x := modelQuote{start: tc.quote[0], end: tc.quote[1], cue: tc.cue, src: tc.src}
		if got := q.attributionNextTo(r, x); got != tc.want {
			t.Errorf("cue %q, source %q: got %v, want %v", text[tc.cue[0]:tc.cue[1]], text[tc.src[0]:tc.src[1]], got, tc.want)
		}
	}
}
