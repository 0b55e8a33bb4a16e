package newsparse

import (
	"os"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/lexicon"
)

// TestQuotesUnbalanced: ten thousand marks that never close, in one
// paragraph of 10 MB, give quotes that stay in their paragraph, in linear
// time.
func TestQuotesUnbalanced(t *testing.T) {
	for _, chunk := range []string{
		"the mayor said “we will see and so on and so forth about it, ",
		"the mayor said \"we will see and so on\" and \"so forth about it, ",
	} {
		gen := func(n int) string {
			var b strings.Builder
			for b.Len() < n {
				b.WriteString(chunk)
				if b.Len()/len(chunk)%1000 == 0 {
					b.WriteString("she said ")
				}
			}
			b.WriteString("end.\n\nNext paragraph, untouched.")
			return b.String()
		}
		checkLinear(t, chunk, gen, 256<<10, func(text string) { findQuotes(newDoc(text), nil) })
		text := gen(1 << 20)
		next := strings.LastIndex(text, "Next")
		for _, q := range findQuotes(newDoc(text), nil) {
			if q.Start < next && q.End > next {
				t.Fatalf("quote %d-%d runs into the next paragraph", q.Start, q.End)
			}
			if text[q.Start:q.End] != q.Text {
				t.Fatal("bad span")
			}
		}
	}
}

func TestQuotesEdgeCases(t *testing.T) {
	for _, text := range []string{"", "\"", "“", "”", "\"\"", "said", ", said", "according to",
		"“a” “b” “c", "He said:", "''", "X: “", "said \xff \"\xfe", "— said"} {
		qs := Quotes(text)
		if qs == nil {
			t.Errorf("Quotes(%q) = nil", text)
		}
		for _, q := range qs {
			if text[q.Start:q.End] != q.Text || q.Start >= q.End {
				t.Errorf("Quotes(%q): bad span %+v", text, q)
			}
		}
	}
}

func TestQuoteLexicons(t *testing.T) {
	for _, name := range []string{"reporting-verbs.txt", "mention-verbs.txt", "quote-verbs.txt"} {
		lines := lexicon.Words(name)
		if len(lines) < 50 {
			t.Fatalf("%s: %d entries", name, len(lines))
		}
		for i, l := range lines {
			if l != strings.ToLower(l) || strings.ContainsAny(l, " \t") {
				t.Errorf("%s: entry %q not one lower-case word", name, l)
			}
			if i > 0 && lines[i-1] >= l {
				t.Errorf("%s: %q after %q: not sorted and unique", name, l, lines[i-1])
			}
		}
	}
}

func BenchmarkQuotes(b *testing.B) {
	data, err := readTestArticles()
	if err != nil {
		b.Skip(err)
	}
	d := newDoc(data)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		findQuotes(d, nil)
	}
}

// readTestArticles returns the golden articles of testdata, repeated to
// about 2 MB.
func readTestArticles() (string, error) {
	var b strings.Builder
	for _, f := range []string{"quotes-direct.txtar", "quotes-reported.txtar", "quotes-partial.txtar"} {
		data, err := readGoldenInput(f)
		if err != nil {
			return "", err
		}
		b.WriteString(data)
		b.WriteString("\n\n")
	}
	one := b.String()
	return strings.Repeat(one, 2<<20/len(one)+1), nil
}

func readGoldenInput(name string) (string, error) {
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		return "", err
	}
	in, _ := readTxtar(data).get("input.txt")
	return string(in), nil
}

// TestQuoteSpeakers pins one layout a case: the first quote found, its
// kind, speaker and cue.
func TestQuoteSpeakers(t *testing.T) {
	for _, tc := range []struct {
		text, content, kind, speaker, cue string
	}{
		{"“We are ready,” said Dr. Ana Ruiz of the clinic.", "We are ready", "direct", "Dr. Ana Ruiz", "said"},
		{"“We are ready,” she told reporters.", "We are ready", "direct", "she", "told"},
		{"Ana Ruiz, a doctor at the clinic, said the ward would close.", "the ward would close", "indirect", "Ana Ruiz, a doctor at the clinic", "said"},
		{"The ward will close, the hospital said on Monday.", "The ward will close", "indirect", "the hospital", "said"},
		{"The ward will close, said Ana Ruiz, the director.", "The ward will close", "indirect", "Ana Ruiz, the director", "said"},
		{"According to two nurses, the ward will close.", "the ward will close", "indirect", "two nurses", "According to"},
		{"The ward will close in May, according to the hospital.", "The ward will close in May", "indirect", "the hospital", "according to"},
		{"The director, who said the ward would close, left.", "the ward would close", "indirect", "who", "said"},
		{"Ruiz said: “The ward will close.”", "The ward will close.", "direct", "Ruiz", "said"},
		{"''We are ready,'' Mr. Okafor said.", "We are ready", "direct", "Mr. Okafor", "said"},
		{"“We are ready.” — Ana Ruiz", "We are ready.", "direct", "Ana Ruiz", "—"}, // the dash is the cue, as PolNeAR marks it
		{"Ruiz warned of “grave risks” ahead.", "grave risks", "partial", "Ruiz", "warned of"},
		{"The board told staff it would vote in May.", "it would vote in May", "indirect", "The board", "told"},
		// An attribution inside the reported clause: the whole clause is content.
		{"That plan, critics argue, would close the ward.", "That plan, critics argue, would close the ward", "indirect", "critics", "argue"},
		{"The vote, said Ana Ruiz, was never fair.", "The vote, said Ana Ruiz, was never fair", "indirect", "Ana Ruiz", "said"},
		{"Ana Ruiz told staff in a memo sent to every ward last Friday night that the wing would close.", "that the wing would close", "indirect", "Ana Ruiz", "told"},
		{"The ward will close, many say.", "The ward will close", "indirect", "many", "say"},
		{"As the nurses noted, the ward has no heating.", "the ward has no heating", "indirect", "the nurses", "noted"},
		{"The ward has no heating, as the nurses noted.", "The ward has no heating", "indirect", "the nurses", "noted"},
		{"After the storm, officials said the ward was safe.", "the ward was safe", "indirect", "officials", "said"},
		{"The clinic issued a statement saying the ward would close.", "the ward would close", "indirect", "The clinic", "saying"},
		{"The nurses sent the board a letter asking whether the ward would close.", "whether the ward would close", "indirect", "The nurses", "asking"},
		{"The union, which urged a strike, was angry.", "a strike", "indirect", "which", "urged"},
		// A restrictive relative clause is part of the speaker's noun phrase, as PolNeAR marks it.
		{"Nurses who worked the night shift said the ward was cold.", "the ward was cold", "indirect", "Nurses who worked the night shift", "said"},
		// A curly mark typed the wrong way round still pairs by its place.
		{"“We are ready,“ said Ana Ruiz.", "We are ready", "direct", "Ana Ruiz", "said"},
		{"”We are ready,” said Ana Ruiz.", "We are ready", "direct", "Ana Ruiz", "said"},
		{"The director seemed to suggest the ward would close.", "the ward would close", "indirect", "The director", "suggest"},
		{"Pollster Ann Roe: “Voters are tired.”", "Voters are tired.", "direct", "Pollster Ann Roe", ""},
		{"Since May, according to the union, the ward has lost nine nurses.", "Since May, according to the union, the ward has lost nine nurses", "indirect", "the union", "according to"},
		{"The ward will close, according to Ann Roe, a nurse.", "The ward will close", "indirect", "Ann Roe, a nurse", "according to"},
		{"Roe, speaking to nurses on the night shift, said the ward would close.", "the ward would close", "indirect", "Roe", "said"},
		{"They met Roe, who in 2019 said the ward would close.", "the ward would close", "indirect", "who", "said"},
		{"The vote, said Ana Ruiz, the director, was never fair.", "The vote, said Ana Ruiz, the director, was never fair", "indirect", "Ana Ruiz", "said"},
		{"Roe said the ward, despite the new roof, was too cold.", "the ward, despite the new roof, was too cold", "indirect", "Roe", "said"},
		{"The ward “is too cold,” retired nurse Ana Ruiz said.", "is too cold", "partial", "retired nurse Ana Ruiz", "said"},
		{"” … and the ward is cold,” Ana Ruiz wrote.", "… and the ward is cold", "direct", "Ana Ruiz", "wrote"},
		{"The mayor condemned the closure and pledged to fight it.", "the closure", "indirect", "The mayor", "condemned"},
		{"The mayor criticized the closure in a statement on Friday.", "the closure", "indirect", "The mayor", "criticized"},
		// A month, a year or a stretch of time closing the clause is when, not what.
		{"The mayor criticized the closure in June.", "the closure", "indirect", "The mayor", "criticized"},
		{"The union has opposed the merger in recent months.", "the merger", "indirect", "The union", "has opposed"},
		{"The mayor criticized the closure in the valley.", "the closure in the valley", "indirect", "The mayor", "criticized"},
		{"The mayor wants a vote in June.", "a vote in June", "indirect", "The mayor", "wants"}, // when the vote is to be
		{"The trouble, she told me on Friday, is the heating.", "The trouble, she told me on Friday, is the heating", "indirect", "she", "told"},
		{"She said Friday's vote was rigged.", "Friday's vote was rigged", "indirect", "She", "said"},
		{"The ward is near the gym, which, Roe said, is always cold.", "which, Roe said, is always cold", "indirect", "Roe", "said"},
		{"“Closed,” she said.", "Closed", "direct", "she", "said"},
		{"Some argue the ward should never have opened.", "the ward should never have opened", "indirect", "Some", "argue"},
	} {
		qs := Quotes(tc.text)
		if len(qs) == 0 {
			t.Errorf("%q: no quote", tc.text)
			continue
		}
		q := qs[0]
		var sp, cue string
		if q.Speaker != nil {
			sp = q.Speaker.Text
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		if q.Text != tc.content || string(q.Kind) != tc.kind || sp != tc.speaker || cue != tc.cue {
			t.Errorf("%q:\n got %q %s speaker %q cue %q\nwant %q %s speaker %q cue %q",
				tc.text, q.Text, q.Kind, sp, cue, tc.content, tc.kind, tc.speaker, tc.cue)
		}
	}
	// A subject with a modifier set off by commas is no reported clause
	// before an inverted verb; nor is "X rose" before ", said the bank".
	for _, text := range []string{"The survey, by two firms, shows Roe ahead.", "Prices rose, said the bank."} {
		for _, q := range Quotes(text) {
			if q.Speaker != nil && q.Speaker.Text != "The survey" && q.Speaker.Text != "the bank" {
				t.Errorf("%q: speaker %q for %q", text, q.Speaker.Text, q.Text)
			}
		}
	}
	// After “... true.” a capitalized sentence is a new one: its verb
	// reports its own clause, unless the sentence is only an attribution.
	if qs := Quotes(`He shrugged: "It is not true." She said the ward would close.`); len(qs) != 2 || qs[1].Text != "the ward would close" || qs[1].Speaker == nil || qs[1].Speaker.Text != "She" {
		t.Errorf("a sentence after a closed quote: got %+v", qs)
	}
	if qs := Quotes(`"We are ready." Ana Ruiz said on Friday.`); len(qs) != 1 || qs[0].Speaker == nil || qs[0].Speaker.Text != "Ana Ruiz" {
		t.Errorf("an attribution sentence after a closed quote: got %+v", qs)
	}
	// A hearer is not what was told; a noun after "some" is no verb.
	for _, text := range []string{"Ana Ruiz told The Harbor Post on Thursday.", "Some calls into the ward went unanswered."} {
		if qs := Quotes(text); len(qs) != 0 {
			t.Errorf("%q: got %+v, want no quote", text, qs)
		}
	}
	// After a determiner or a superlative a verb of saying is a noun.
	for _, text := range []string{"It was the biggest decline for a port in years.", "The ferry cuts renewed our worst fears about the town."} {
		if qs := Quotes(text); len(qs) != 0 {
			t.Errorf("%q: got %+v, want no quote", text, qs)
		}
	}
	// One quoted word standing alone, with no verb of saying, is a label.
	if qs := Quotes("Ana Ruiz runs the ward.\n\n“Politicking.”\n\nThat is her word for it."); len(qs) != 0 {
		t.Errorf("a one-word label: got %+v, want no quote", qs)
	}
	// An editorial label before a colon is nobody speaking.
	if qs := Quotes("The vote is Tuesday.\n\nCorrection: An earlier version of this article misstated the date."); len(qs) != 0 {
		t.Errorf("a correction line: got %+v, want no quote", qs)
	}
	// Scare quotes and titles are no quotes.
	for _, text := range []string{"The so-called “reform” stalled.", "She watched “Meet the Press” on Sunday.", "Her new book is out: “Fixing the Harbor Ferry”."} {
		if qs := Quotes(text); len(qs) != 0 {
			t.Errorf("%q: got %+v, want no quote", text, qs)
		}
	}
}

// FuzzQuotes: any text gives quotes whose spans are the text's own bytes,
// on rune boundaries (as decoding reads them), sorted by start.
func FuzzQuotes(f *testing.F) {
	for _, name := range []string{"quotes-direct.txtar", "quotes-reported.txtar", "quotes-partial.txtar", "quotes-straight-crlf.txtar"} {
		if in, err := readGoldenInput(name); err == nil {
			f.Add(in)
		}
	}
	f.Add("“a,” he said, “b” ''c'' «d» \"e")
	f.Fuzz(func(t *testing.T, text string) {
		qs := Quotes(text)
		if qs == nil {
			t.Fatal("nil quotes")
		}
		checkOutputBound(t, text, &Article{Quotes: qs})
		for i, q := range qs {
			spans := []Span{q.Span}
			if q.Speaker != nil {
				spans = append(spans, q.Speaker.Span)
			}
			if q.Cue != nil {
				spans = append(spans, *q.Cue)
			}
			for _, s := range spans {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text ||
					!onBoundary(text, s.Start) || !onBoundary(text, s.End) {
					t.Fatalf("bad span %+v", s)
				}
			}
			if i > 0 && qs[i-1].Start > q.Start {
				t.Fatalf("not sorted: %d after %d", q.Start, qs[i-1].Start)
			}
		}
	})
}

// TestQuotePartsAcrossParagraphs: a quote that runs over a paragraph
// break (its first paragraph left open, the next reopened) is one quote
// with a part for each paragraph, the marks and the break in none. (A
// lead-in with its verb before the colon, in a first paragraph of one
// sentence, is no headline "Speaker: words": headlineColon leaves it.)
func TestQuotePartsAcrossParagraphs(t *testing.T) {
	text := "Lars Eng said on Monday: “The mill will shut in June.\n\n“Nobody in the valley wanted this.”\n\nThe union meets on Friday."
	qs := Quotes(text)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1: %s", len(qs), describeQuotes(qs))
	}
	var got []string
	for _, p := range qs[0].Parts {
		got = append(got, p.Text)
		if text[p.Start:p.End] != p.Text {
			t.Errorf("part %q is not text[%d:%d]", p.Text, p.Start, p.End)
		}
	}
	want := []string{"The mill will shut in June.", "Nobody in the valley wanted this."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("parts %q, want %q", got, want)
	}
}

// TestHeadlineRubric: a headline's rubric before its colon ("Live
// updates:", "Analysis:", "The Latest:") names no speaker; a name does.
func TestHeadlineRubric(t *testing.T) {
	for _, tc := range []struct {
		headline string
		speaker  string // "": no quote of the headline
	}{
		{"Live updates: Storm closes roads across the west", ""},
		{"Analysis: Harbor plan faces a long road", ""},
		{"The Latest: Harbor plan faces a long road", ""},
		{"Ruiz: Harbor plan faces a long road", "Ruiz"},
		{"Poll: Harbor plan faces a long road", "Poll"},
	} {
		text := tc.headline + "\n\nThe plan was filed with the city on Monday, and the board will meet in June.\n"
		got := ""
		for _, q := range Quotes(text) {
			if q.End <= len(tc.headline) && q.Speaker != nil {
				got = q.Speaker.Text
			}
		}
		if got != tc.speaker {
			t.Errorf("%q: headline speaker %q, want %q", tc.headline, got, tc.speaker)
		}
	}
}

// TestHeadlineTrailer: a headline's trailing attribution names its source
// without an article, as headlines do: "..., study finds".
func TestHeadlineTrailer(t *testing.T) {
	for _, tc := range []struct{ headline, content, speaker string }{
		{"Daily coffee linked to lower risk of liver disease, study finds", "Daily coffee linked to lower risk of liver disease", "study"},
		{"Voters sour on harbor plan, poll shows", "Voters sour on harbor plan", "poll"},
		{"Harbor plan will cost $40 million, report says", "Harbor plan will cost $40 million", "report"},
	} {
		text := tc.headline + "\n\nThe study was published on Monday in a journal. It followed 500,000 people.\n"
		var got *Quote
		for i, q := range Quotes(text) {
			if q.Text == tc.content {
				got = &Quotes(text)[i]
			}
		}
		if got == nil || got.Speaker == nil || got.Speaker.Text != tc.speaker {
			t.Errorf("%q: got %s, want %q said by %q", tc.headline, describeQuotes(Quotes(text)), tc.content, tc.speaker)
		}
	}
}
