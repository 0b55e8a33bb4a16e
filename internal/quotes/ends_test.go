package quotes

import (
	"testing"

	"github.com/newsparse/newsparse/internal/quotemodel"
	"github.com/newsparse/newsparse/internal/reading"
)

// TestFitEnds checks where reported clauses end in news, the ranker of
// clause ends at work: clauses that run on past where the rules stop
// ("and would be replaced ..."), and the rules' cuts that the ranker may
// not undo: a time or setting that closes the sentence, a dash before a
// clause of its own, the comma that closes a relative clause holding the
// cue, another quote's attribution.
func TestFitEnds(t *testing.T) {
	if quotemodel.Ends() == nil {
		t.Fatal("the embedded ranker of clause ends does not decode")
	}
	cases := []struct{ text, cue, want string }{
		// The rules stop at "and"; the clause goes on. (Past the comma
		// before a relative clause, ", which ...", PolNeAR's annotators
		// stop as often as they go on, and the ranker's choice there
		// changes from one retraining to the next: no case pins it.)
		{"The engineer said on Tuesday the sea wall was beyond repair and would be replaced before the winter storms.", "said",
			"the sea wall was beyond repair and would be replaced before the winter storms"},
		// The rules' cuts hold.
		{"The ferry company disputed the timetable on Friday.", "disputed", "the timetable"},
		{"The ferry company criticized the timetable in a statement.", "criticized", "the timetable"},
		{"The harbor master said the jetty was safe — Okafor disagreed.", "said", "the jetty was safe"},
		{"The director, who said the clinic would close, resigned.", "said", "the clinic would close"},
		{"The nurses, who warned that the ward was unsafe, walked out.", "warned", "that the ward was unsafe"},
		// A clause inside another attribution stops at that one's cue.
		{"Mayor Ruth Okafor has demanded that the council fund the ferry in exchange for ending the strike at the harbor, aides confirmed following her meeting with Governor Tom Hale in Carrow.", "has demanded",
			"that the council fund the ferry in exchange for ending the strike at the harbor"},
	}
	for _, c := range cases {
		text := c.text + "\n\nThe meeting ended at noon on Monday.\n"
		found := false
		for _, q := range parse(text, false).Quotes {
			if q.Cue == nil || q.Cue.Text != c.cue {
				continue
			}
			found = true
			if q.Text != c.want {
				t.Errorf("%q:\n got %q\nwant %q", c.text, q.Text, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no quote with the cue %q", c.text, c.cue)
		}
	}
}

// TestEndCandidates checks the places the ranker of ends may choose
// among: never inside quotation marks, never after punctuation, and not
// where the writer's words begin (a closing time, a setting, a dash
// before a clause of its own), which the rules decide.
func TestEndCandidates(t *testing.T) {
	cases := []struct {
		text, quote string
		never       []string // words before which the clause may not end
	}{
		{"The ferry captains said the island council wants a vote in June.", "the island council wants a vote in June", []string{"in"}},
		{"The ferry captains said the island council was “unfair, and slow” last year.", "the island council was “unfair, and slow” last year", []string{"last", "and", "slow"}},
	}
	for _, c := range cases {
		q := scanOf(c.text, true)
		res := q.find(false)
		var x *Quote
		for i := range res {
			if res[i].Text == c.quote {
				x = &res[i]
			}
		}
		if x == nil {
			t.Errorf("%q: the rules give no quote %q (%v)", c.text, c.quote, res)
			continue
		}
		s, ok := q.endSiteOf(*x, len(c.text), nil)
		if !ok {
			t.Errorf("%q: no site", c.text)
			continue
		}
		q.eachEnd(s, nil, func(b int, _ []uint32) {
			if b == s.cur || b >= len(q.ws) {
				return
			}
			for _, w := range c.never {
				if q.wtext(b) == w {
					t.Errorf("%q: a candidate end before %q", c.text, w)
				}
			}
			if q.ws[b-1].Kind == reading.Punct {
				t.Errorf("%q: a candidate end after %q", c.text, q.wtext(b-1))
			}
		})
	}
}
