package newsparse

import (
	"os"
	"testing"
	"time"

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

// BenchmarkParseNewsQuoteModel parses the PolNeAR development texts (as
// BenchmarkParseNews) with the learned quote tagger on and off, so that its
// cost is read A/B in one run.
func BenchmarkParseNewsQuoteModel(b *testing.B) {
	texts := newsTexts(b)
	size := 0
	for _, text := range texts {
		size += len(text)
	}
	opts := Options{Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC)}
	for _, on := range []bool{true, false} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			defer func(was bool) { useQuoteModel = was }(useQuoteModel)
			useQuoteModel = on
			Parse(texts[0], opts)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, text := range texts {
					Parse(text, opts)
				}
			}
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
	size := 0
	for _, text := range texts {
		size += len(text)
	}
	opts := Options{Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC)}
	defer func(was bool) { useQuoteModel = was }(useQuoteModel)
	run := func() {
		for _, text := range texts {
			Parse(text, opts)
		}
	}
	var on, off time.Duration = 1<<63 - 1, 1<<63 - 1
	for i := 0; i < 5; i++ {
		useQuoteModel = true
		on = min(on, layerTime(1, run))
		useQuoteModel = false
		off = min(off, layerTime(1, run))
	}
	mb := func(d time.Duration) float64 { return float64(size) / d.Seconds() / 1e6 }
	t.Logf("%d bytes: on %v (%.2f MB/s), off %v (%.2f MB/s), ratio %.2f", size, on, mb(on), off, mb(off), float64(on)/float64(off))
}
