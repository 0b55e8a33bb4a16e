package quotes

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/quotemodel"
)

// TestQuoteModelWidensPartial checks that a partial quote of the rules
// takes the tagger's content when the tagger's quote is the same one (its
// cue) and its content holds the quoted words: PolNeAR's content is the
// reported clause, not the quoted words alone. Content that reaches into
// the cue, or lies elsewhere, or adds one word only ("a “rash” plan"),
// leaves the rules' quote as it was, and so does a direct quote.
func TestQuoteModelWidensPartial(t *testing.T) {
	const text = "Cutting the ferry route “would hurt everyone,” Mayor Lena Dahl said. “We will vote no,” Dahl said."
	q := scanOf(text, true)
	rules := append([]Quote(nil), q.rules()...)
	var partial, direct Quote
	for _, r := range rules {
		switch r.Kind {
		case Partial:
			partial = r
		case Direct:
			direct = r
		}
	}
	if partial.Cue == nil || partial.Text != "would hurt everyone" || direct.Cue == nil {
		t.Fatalf("the rules' quotes are not the ones this test reads: %+v", rules)
	}
	at := func(s string) [2]int {
		i := strings.Index(text, s)
		return [2]int{i, i + len(s)}
	}
	model := func(r Quote, content string) modelQuote {
		c := at(content)
		return modelQuote{start: c[0], end: c[1], p0: 0, p1: 1, cue: [2]int{r.Cue.Start, r.Cue.End}}
	}
	for _, tc := range []struct {
		rule          Quote
		content, want string
	}{
		// The quote's marks come with it, paired.
		{partial, "Cutting the ferry route “would hurt everyone", "Cutting the ferry route “would hurt everyone,”"},
		{partial, "route “would hurt everyone", "would hurt everyone"},      // one word more: no clause
		{partial, "everyone,” Mayor Lena Dahl said", "would hurt everyone"}, // into the cue
		{partial, "Cutting the ferry", "would hurt everyone"},               // elsewhere
		{direct, "We will vote", "We will vote no"},                         // direct: the marks tell
	} {
		f := q.newQuoteFeatures(rules)
		x := model(tc.rule, tc.content)
		f.parts = append(f.parts[:0], [2]int{x.start, x.end})
		f.mqs = append(f.mqs[:0], x)
		got := q.addModelQuotes(f, append([]Quote(nil), rules...))
		var res *Quote
		for i := range got {
			if got[i].Cue != nil && got[i].Cue.Start == tc.rule.Cue.Start {
				res = &got[i]
			}
		}
		if res == nil {
			t.Errorf("%q: the rules' quote is lost", tc.content)
			continue
		}
		if res.Text != tc.want || len(res.Parts) != 1 || res.Parts[0].Text != tc.want {
			t.Errorf("tagger's content %q: got %q (parts %v), want %q", tc.content, res.Text, res.Parts, tc.want)
		}
		if tc.rule.Kind == Partial && res.Kind != Partial {
			t.Errorf("tagger's content %q: kind %v, want partial", tc.content, res.Kind)
		}
	}

	// Content reaching into another rule quote: quotes do not cross.
	const text2 = "Dahl said the vote was over, and cutting the ferry route “would hurt everyone,” Lena Dahl said."
	q2 := scanOf(text2, true)
	rules2 := append([]Quote(nil), q2.rules()...)
	if len(rules2) != 2 || rules2[1].Kind != Partial || rules2[1].Cue == nil {
		t.Fatalf("the rules' quotes are not the ones this test reads: %+v", rules2)
	}
	f := q2.newQuoteFeatures(rules2)
	c := strings.Index(text2, "was over")
	x := modelQuote{start: c, end: rules2[1].End, p0: 0, p1: 1, cue: [2]int{rules2[1].Cue.Start, rules2[1].Cue.End}}
	f.parts = append(f.parts[:0], [2]int{x.start, x.end})
	f.mqs = append(f.mqs[:0], x)
	got := q2.addModelQuotes(f, append([]Quote(nil), rules2...))
	if len(got) != 2 || got[1].Text != "would hurt everyone" {
		t.Errorf("content over another quote: got %+v", got)
	}
}

// TestQuoteClauseBeforeQuote: in news, quoted words right after their
// cue take the reported clause they close, from "that" as PolNeAR marks
// it ("said that “we will ...”"), or from the subject after the cue
// ("said the cuts “would ...”"). And the quoted words of a clause
// already reported ("added that the plan “has to go.”") are no second,
// partial quote. A quote that only "that" introduces stays direct, and
// its part is the quoted words alone.
func TestQuoteClauseBeforeQuote(t *testing.T) {
	for _, tc := range []struct {
		text  string
		want  []string
		kind  Kind
		parts string // the first part: the quoted words, no narrator's
	}{
		{"Mayor Lena Dahl said that “we will vote no on the ferry cuts.”", []string{"that “we will vote no on the ferry cuts.”"}, Direct, "we will vote no on the ferry cuts."},
		{"Mayor Lena Dahl added that the ferry plan “has to go.”", []string{"that the ferry plan “has to go"}, Indirect, ""},
		{"Mayor Lena Dahl said the ferry cuts “would hurt everyone.”", []string{"the ferry cuts “would hurt everyone"}, Indirect, ""},
		{"Mayor Lena Dahl described the ferry plan as “a disgrace to the island.”", []string{"the ferry plan as “a disgrace to the island"}, Indirect, ""},
	} {
		q := scanOf(tc.text, true)
		got := q.modelQuotes(quotemodel.Default(), q.rules())
		var texts []string
		for _, r := range got {
			texts = append(texts, r.Text)
			if len(r.Parts) == 0 || r.Parts[0].Start < r.Start || r.Parts[len(r.Parts)-1].End > r.End {
				t.Errorf("%q: parts %v not inside the quote %q", tc.text, r.Parts, r.Text)
			}
			if r.Kind != tc.kind {
				t.Errorf("%q: kind %v, want %v", tc.text, r.Kind, tc.kind)
			}
			if tc.parts != "" && (len(r.Parts) == 0 || r.Parts[0].Text != tc.parts) {
				t.Errorf("%q: parts %v, want the quoted words %q", tc.text, r.Parts, tc.parts)
			}
		}
		if !slices.Equal(texts, tc.want) {
			t.Errorf("%q: quotes %q, want %q", tc.text, texts, tc.want)
		}
	}
}

// TestClauseBeforeQuoteGuards: the words between a cue and its quoted
// words join them only as the clause's subject: not the object of a
// naming verb, not past "as" or a comma with no "that", not after "told"
// (its listener), not from another sentence, not one word ("a").
func TestClauseBeforeQuoteGuards(t *testing.T) {
	for _, tc := range []struct{ text, cue, want string }{
		{"Lena Dahl said the ferry plan “was a disgrace.”", "said", "the ferry plan “was a disgrace"},
		{"Lena Dahl said on Friday, at a meeting, that the plan “was a disgrace.”", "said", "that the plan “was a disgrace"},
		{"Lena Dahl called the ferry plan “a disgrace.”", "called", "a disgrace"},
		{"Lena Dahl has labeled the ferry plan “a disgrace.”", "has labeled", "a disgrace"},
		{"Lena Dahl saw the ferry plan as “a disgrace.”", "saw", "a disgrace"},
		{"Lena Dahl said on Friday, at a meeting, the plan “was a disgrace.”", "said", "was a disgrace"},
		{"Lena Dahl told reporters the ferry plan “was a disgrace.”", "told", "was a disgrace"},
		{"Lena Dahl said so. The ferry plan “was a disgrace.”", "said", "was a disgrace"},
		{"Lena Dahl spoke of a “disgrace.”", "spoke of", "disgrace"},
	} {
		q := scanOf(tc.text, false)
		c := strings.Index(tc.text, tc.cue)
		i := strings.Index(tc.text, "“") + len("“")
		j := strings.Index(tc.text, ".”")
		cue := span(tc.text, c, c+len(tc.cue))
		r := Quote{Span: span(tc.text, i, j), Kind: Partial, Cue: &cue}
		if got := tc.text[q.clauseBeforeQuote(r, -1):j]; got != tc.want {
			t.Errorf("%q: content %q, want %q", tc.text, got, tc.want)
		}
	}
}
