package quotes

import (
	"strings"
	"testing"
)

// TestTrimAdverbials holds where a reported clause starts when
// adverbials of time or manner stand between its cue and its "to" or
// "that", and that a content of adverbials alone is no quote.
func TestTrimAdverbials(t *testing.T) {
	for _, tc := range []struct {
		text, cue, content string
		want               string // "": the quote is dropped
	}{
		{"The council voted 7-2 on Tuesday night to build a wall.", "voted",
			"7-2 on Tuesday night to build a wall", "to build a wall"},
		{"The board voted unanimously last week to close the plant.", "voted",
			"unanimously last week to close the plant", "to close the plant"},
		{"Ines Ward said late on Friday that the pier was safe.", "said",
			"late on Friday that the pier was safe", "that the pier was safe"},
		{"The board voted unanimously.", "voted", "unanimously", ""},
		// Words that open the clause itself stay.
		{"Ines Ward said 40 boats were late.", "said", "40 boats were late", "40 boats were late"},
		{"Ines Ward said Tuesday's vote was fair.", "said", "Tuesday's vote was fair", "Tuesday's vote was fair"},
		{"Ines Ward said the pier was safe.", "said", "the pier was safe", "the pier was safe"},
		// Not before the content, or in two parts: left alone.
		{"Unanimously, the board voted.", "voted", "Unanimously", "Unanimously"},
	} {
		q := scanOf(tc.text, false)
		cs := strings.Index(tc.text, tc.content)
		cb := strings.Index(tc.text, tc.cue)
		cue := span(tc.text, cb, cb+len(tc.cue))
		x := Quote{Span: span(tc.text, cs, cs+len(tc.content)), Kind: Indirect, Cue: &cue}
		x.Parts = []Span{x.Span}
		got := q.trimAdverbials([]Quote{x})
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%q: kept %q, want it dropped", tc.text, got[0].Text)
		case tc.want == "":
		case len(got) != 1:
			t.Errorf("%q: dropped, want %q", tc.text, tc.want)
		case got[0].Text != tc.want || len(got[0].Parts) != 1 || got[0].Parts[0] != got[0].Span:
			t.Errorf("%q: got %q (parts %v), want %q in one part", tc.text, got[0].Text, got[0].Parts, tc.want)
		}
	}
}

// TestSpeakersAppositive: the tagger's content that is the appositive of
// a speaker named after its cue is no quote; "according to X," is followed
// by its content.
func TestSpeakersAppositive(t *testing.T) {
	for _, tc := range []struct {
		text, cue, speaker, content string
		want                        bool
	}{
		{"The union will strike, said Omar Haddad, its president.", "said", "Omar Haddad", "its president", true},
		{"According to Omar Haddad, the union will strike.", "According to", "Omar Haddad", "the union will strike", false},
		{"Omar Haddad said the union will strike.", "said", "Omar Haddad", "the union will strike", false},
		{"The union will strike, said Omar Haddad.", "said", "Omar Haddad", "The union will strike", false},
	} {
		q := scanOf(tc.text, false)
		at := func(s string) Span {
			i := strings.Index(tc.text, s)
			return span(tc.text, i, i+len(s))
		}
		x := Quote{Span: at(tc.content), Kind: Indirect, Cue: ptr(at(tc.cue)), Speaker: &Speaker{Span: at(tc.speaker)}}
		if got := q.speakersAppositive(x); got != tc.want {
			t.Errorf("%q: speakersAppositive = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTrailerOverPassive: a clause whose verb is a passive of saying or
// holding ("was charged", "is expected") is the speaker's of a trailing
// attribution in its sentence, not a quote without a source; and an
// attribution that interrupts an indirect quote's clause is in none of its
// parts.
func TestTrailerOverPassive(t *testing.T) {
	for _, tc := range []struct {
		text, content, speaker, cue string
		parts                       []string
	}{
		{"A former official was charged Thursday with accepting bribes, federal prosecutors said.",
			"A former official was charged Thursday with accepting bribes", "federal prosecutors", "said", nil},
		{"The vote is expected to slip, officials said.", "The vote is expected to slip", "officials", "said", nil},
		{"Malloy is accused of steering contracts to the firm, according to an indictment.",
			"Malloy is accused of steering contracts to the firm", "an indictment", "according to", nil},
		{"The vote is expected to slip.", "The vote is expected to slip", "", "is expected", nil},
		{"The company, prosecutors allege, paid for the renovation.",
			"The company, prosecutors allege, paid for the renovation", "prosecutors", "allege",
			[]string{"The company", "paid for the renovation"}},
		{"In exchange, prosecutors said, the company paid for the renovation.",
			"In exchange, prosecutors said, the company paid for the renovation", "prosecutors", "said",
			[]string{"In exchange", "the company paid for the renovation"}},
	} {
		for _, rulesOnly := range []bool{true, false} {
			x := quoteWith(parse("Harbor\n\n"+tc.text+"\n", rulesOnly).Quotes, tc.content)
			if x == nil {
				t.Errorf("%q (rules only %v): no quote %q", tc.text, rulesOnly, tc.content)
				continue
			}
			sp := ""
			if x.Speaker != nil {
				sp = x.Speaker.Text
			}
			var parts []string
			for _, p := range x.Parts {
				parts = append(parts, p.Text)
			}
			want := tc.parts
			if want == nil {
				want = []string{tc.content}
			}
			if sp != tc.speaker || x.Cue == nil || x.Cue.Text != tc.cue || strings.Join(parts, "|") != strings.Join(want, "|") {
				t.Errorf("%q (rules only %v): speaker %q cue %v parts %q, want %q %q %q", tc.text, rulesOnly, sp, x.Cue, parts, tc.speaker, tc.cue, want)
			}
		}
	}
}

// TestNarrativeClause: after a reported clause, ", and" or ", but" with a
// new subject and a verb that is no modal of reported speech opens the
// writer's words.
func TestNarrativeClause(t *testing.T) {
	for _, tc := range []struct{ text, content string }{
		{"The board said the schedule would change in March, and the captains' union objected.", "the schedule would change in March"},
		{"The board said the fares would rise, but Ana Ruiz disagreed.", "the fares would rise"},
	} {
		for _, rulesOnly := range []bool{true, false} {
			if quoteWith(parse("Harbor\n\n"+tc.text+"\n", rulesOnly).Quotes, tc.content) == nil {
				t.Errorf("%q (rules only %v): no quote %q in %v", tc.text, rulesOnly, tc.content, parse("Harbor\n\n"+tc.text+"\n", rulesOnly).Quotes)
			}
		}
	}
}

// TestCueOutOfContent: a content starts after its cue's particle ("refers
// to him only as ...": "him only as ...").
func TestCueOutOfContent(t *testing.T) {
	text := "Harbor\n\nThe indictment refers to him only as \"Individual A.\"\n"
	for _, rulesOnly := range []bool{true, false} {
		for _, x := range parse(text, rulesOnly).Quotes {
			if x.Cue != nil && x.Cue.Start < x.Start && x.Cue.End > x.Start {
				t.Errorf("rules only %v: cue %q runs into content %q", rulesOnly, x.Cue.Text, x.Text)
			}
			for _, p := range x.Parts {
				if p.Start < x.Start || p.End > x.End {
					t.Errorf("rules only %v: part %q out of content %q", rulesOnly, p.Text, x.Text)
				}
			}
		}
		found := false
		for _, x := range parse(text, rulesOnly).Quotes {
			found = found || strings.HasPrefix(x.Text, "him only as")
		}
		if !found {
			t.Errorf("rules only %v: no quote of \"him only as ...\"", rulesOnly)
		}
	}
}

// TestSpeakerNoLink: the tagger's wider speaker does not take in the
// conjunction before the rules' speaker ("while Rovers boss Mark Hughes").
func TestSpeakerNoLink(t *testing.T) {
	text := "Cup\n\nHarbor City manager Ines Dahl said her side \"never stopped believing,\" while Rovers boss Mark Hughes called the penalty decision \"a joke.\"\n"
	for _, rulesOnly := range []bool{true, false} {
		for _, x := range parse(text, rulesOnly).Quotes {
			if x.Speaker != nil && strings.HasPrefix(x.Speaker.Text, "while") {
				t.Errorf("rules only %v: speaker %q of %q", rulesOnly, x.Speaker.Text, x.Text)
			}
		}
	}
}
