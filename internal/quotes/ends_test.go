package quotes

import (
	"testing"

	"github.com/newsparse/newsparse/internal/quotemodel"
)

// TestFitEnds checks where reported clauses end in news, the ranker of
// clause ends at work: clauses that run on past where the rules stop
// ("and would be replaced ..."), and the rules' cuts that the ranker may
// not undo: a time or setting that closes the sentence, a dash before a
// clause of its own, the comma that closes a relative clause holding the
// cue.
func TestFitEnds(t *testing.T) {
	if quotemodel.Ends() == nil {
		t.Fatal("the embedded ranker of clause ends does not decode")
	}
	cases := []struct{ text, cue, want string }{
		// The rules stop at "and", or at the comma before a relative
		// clause; the clause goes on.
		{"The engineer said on Tuesday the sea wall was beyond repair and would be replaced before the winter storms.", "said",
			"the sea wall was beyond repair and would be replaced before the winter storms"},
		{"White House aides confirmed that the envoy had carried a letter to the summit, which the president read aloud.", "confirmed",
			"that the envoy had carried a letter to the summit, which the president read aloud"},
		// The rules' cuts hold.
		{"The ferry company disputed the timetable on Friday.", "disputed", "the timetable"},
		{"The ferry company criticized the timetable in a statement.", "criticized", "the timetable"},
		{"The harbor master said the jetty was safe — Okafor disagreed.", "said", "the jetty was safe"},
		{"The director, who said the clinic would close, resigned.", "said", "the clinic would close"},
		{"The nurses, who warned that the ward was unsafe, walked out.", "warned", "that the ward was unsafe"},
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
