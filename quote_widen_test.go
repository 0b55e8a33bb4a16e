package newsparse

import (
	"strings"
	"testing"
)

// TestQuoteModelWidensPartial checks that a partial quote of the rules
// takes the tagger's content when the tagger's quote is the same one (its
// cue) and its content holds the quoted words: PolNeAR's content is the
// reported clause, not the quoted words alone. Content that reaches into
// the cue, or lies elsewhere, or adds one word only ("a “rash” plan"),
// leaves the rules' quote as it was, and so does a direct quote.
func TestQuoteModelWidensPartial(t *testing.T) {
	const text = "Cutting the ferry route “would hurt everyone,” Mayor Lena Dahl said. “We will vote no,” Dahl said."
	d := newDoc(text)
	q := newQuoteScan(d, findEntities(d))
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
	d2 := newDoc(text2)
	q2 := newQuoteScan(d2, findEntities(d2))
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
