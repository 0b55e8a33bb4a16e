package newsparse

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"
)

// BenchmarkParseNewsQuoteModel parses the PolNeAR development texts (as
// BenchmarkParseNews) with the learned quote tagger on and off, so that its
// cost is read A/B in one run.
func BenchmarkParseNewsQuoteModel(b *testing.B) {
	texts := newsTexts(b)
	opts := Options{Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC)}
	for _, on := range []bool{true, false} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			opts := opts
			opts.quoteRulesOnly = !on
			Parse(texts[0], opts)
			benchParseNews(b, texts, opts)
		})
	}
}

// TestQuoteModelCost prints Parse's CPU time on the PolNeAR development
// texts with the learned quote tagger on and off, the least of several
// interleaved runs (CPU time holds up better than wall time on a busy
// machine). Run it with NEWSPARSE_QUOTE_COST=1.
func TestQuoteModelCost(t *testing.T) {
	if os.Getenv("NEWSPARSE_QUOTE_COST") == "" {
		t.Skip("set NEWSPARSE_QUOTE_COST=1 to weigh the quote tagger")
	}
	texts := newsTexts(t)
	size := textBytes(texts)
	opts := Options{Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC)}
	rules := opts
	rules.quoteRulesOnly = true
	run := func(opts Options) func() {
		return func() {
			for _, text := range texts {
				Parse(text, opts)
			}
		}
	}
	var on, off time.Duration = 1<<63 - 1, 1<<63 - 1
	for i := 0; i < 5; i++ {
		on = min(on, layerTime(1, run(opts)))
		off = min(off, layerTime(1, run(rules)))
	}
	mb := func(d time.Duration) float64 { return float64(size) / d.Seconds() / 1e6 }
	t.Logf("%d bytes: on %v (%.2f MB/s), off %v (%.2f MB/s), ratio %.2f", size, on, mb(on), off, mb(off), float64(on)/float64(off))
}

// TestQuoteRulesOnlyPerCall checks that leaving the tagger out is a
// per-call choice: two Parse calls running side by side, one with the
// tagger and one without, each see their own (the tagger takes the light
// verb into PolNeAR's cue "went on to say", the rules keep the verb).
func TestQuoteRulesOnlyPerCall(t *testing.T) {
	const text = "Mayor Olaf Brandt went on to say that the tunnel, shut since Monday, is unsafe."
	cue := func(opts Options) string {
		a := Parse(text, opts)
		if len(a.Quotes) != 1 || a.Quotes[0].Cue == nil {
			return fmt.Sprintf("%d quotes", len(a.Quotes))
		}
		c := a.Quotes[0].Cue
		return text[c.Start:c.End]
	}
	var wg sync.WaitGroup
	got := make([]string, 2)
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				c := cue(Options{quoteRulesOnly: i == 1})
				if k == 0 {
					got[i] = c
				} else if c != got[i] {
					got[i] = fmt.Sprintf("%q then %q", got[i], c)
					return
				}
			}
		}(i)
	}
	wg.Wait()
	if got[0] != "went on to say" || got[1] != "say" {
		t.Errorf("cues with the tagger and with the rules alone: %q, %q; want %q, %q", got[0], got[1], "went on to say", "say")
	}
}

// TestQuoteModelConventions checks, on sentences of its own, what the
// learned tagger adds to the rules' quotes in Parse: the cue with its
// auxiliaries, adverbs and particle, and the speaker with its appositive,
// as PolNeAR marks them, while the speaker's entity stays the head's.
// (Each sentence names a weekday or "said": the tagger reads news only,
// see genreOf.)
func TestQuoteModelConventions(t *testing.T) {
	for _, tc := range []struct {
		text, speaker, entity, cue string
	}{
		{"Nora Vale, the harbor's chief engineer, said the crane would be repaired.", "Nora Vale, the harbor's chief engineer", "Nora Vale", "said"},
		{"Mayor Olaf Brandt has repeatedly argued that the tunnel, shut since Monday, is unsafe.", "Mayor Olaf Brandt", "Olaf Brandt", "has repeatedly argued"},
		// A name's possessive opens a description of the name before it.
		{"Tom Berg, Acme's chief executive, said the plant would close.", "Tom Berg, Acme's chief executive", "Tom Berg", "said"},
		{"Piet Amsel has demanded that the council publish the report by Friday.", "Piet Amsel", "Piet Amsel", "has demanded"},
	} {
		a := Parse(tc.text, Options{})
		if len(a.Quotes) == 0 {
			t.Errorf("%q: no quote", tc.text)
			continue
		}
		q := a.Quotes[0]
		sp, ent, cue := speakerAndCue(a, q)
		if sp != tc.speaker || ent != tc.entity || cue != tc.cue {
			t.Errorf("%q:\n got speaker %q (entity %q) cue %q\nwant speaker %q (entity %q) cue %q", tc.text, sp, ent, cue, tc.speaker, tc.entity, tc.cue)
		}
	}
}

// TestSpeakerColonOnlyPunctuation: a transcript label followed by nothing
// but punctuation ("KELLER: , . !") is no quote; its empty content once ran
// backwards and Parse panicked (found by random word sequences).
func TestSpeakerColonOnlyPunctuation(t *testing.T) {
	text := "The hearing opened.\n\nKELLER: , ; . !\n\nIt closed.\n"
	a := Parse(text, Options{})
	checkInvariants(t, text, a)
	for _, q := range a.Quotes {
		if q.Cue != nil && text[q.Cue.Start:q.Cue.End] == ":" {
			t.Errorf("a quote from a label with no words: %+v", q)
		}
	}
}
