package quotes

import (
	"strings"
	"testing"
)

// quoteWith returns the quote of qs whose text is content, or nil.
func quoteWith(qs []Quote, content string) *Quote {
	for i := range qs {
		if qs[i].Text == content {
			return &qs[i]
		}
	}
	return nil
}

// TestQuoteSpeakerOfEarlierQuote: "..., adding that ..." takes the
// speaker of the quote before it in its sentence, however many quoted
// segments the article holds after that sentence.
func TestQuoteSpeakerOfEarlierQuote(t *testing.T) {
	text := "“The ward is cold,” Ana Ruiz said on Monday, adding that the heating had failed.\n\n" +
		"The board met. “We will see,” Tom Berg said. “Soon,” he added. “Not now,” Berg said. “Later,” he said. “Maybe,” Berg said.\n"
	q := quoteWith(parse(text, false).Quotes, "that the heating had failed")
	if q == nil || q.Speaker == nil || q.Speaker.Text != "Ana Ruiz" {
		t.Errorf("got %+v, want the reported clause spoken by Ana Ruiz", q)
	}
}

// TestQuoteSpeakerExtent: the rules' speaker span runs over what belongs
// to the speaker between its head and the verb (a bracket, an appositive
// opened by an article or a possessive name, a relative clause), and in
// a trailer over a description before the name; the entity stays the
// head's. A time phrase after the cue is no content.
func TestQuoteSpeakerExtent(t *testing.T) {
	for _, tc := range []struct{ text, content, speaker, entity string }{
		{"Sen. Ana Ruiz (D-Maine) said the bill would fail.", "the bill would fail", "Sen. Ana Ruiz (D-Maine)", "Ana Ruiz"},
		{"“The bill will fail,” Sen. Ana Ruiz (D-Maine) said.", "The bill will fail", "Sen. Ana Ruiz (D-Maine)", "Ana Ruiz"},
		{"Ana Ruiz, the head of the Harbor Union, said the ferry would stop.", "the ferry would stop", "Ana Ruiz, the head of the Harbor Union", "Ana Ruiz"},
		{"Ana Ruiz (D-Maine), Tom Berg's rival, said the bill would fail.", "the bill would fail", "Ana Ruiz (D-Maine), Tom Berg's rival", "Ana Ruiz"},
		{"The officer who led the raid said the house was empty.", "the house was empty", "The officer who led the raid", ""},
		{"“The count is wrong,” the party's chairman, Phil Lovas, said on Thursday.", "The count is wrong", "the party's chairman, Phil Lovas", "Phil Lovas"},
	} {
		a := parse(tc.text, true)
		q := quoteWith(a.Quotes, tc.content)
		if q == nil || q.Speaker == nil {
			t.Errorf("%q: got %+v, want %q spoken by %q", tc.text, a.Quotes, tc.content, tc.speaker)
			continue
		}
		ent := ""
		for _, e := range a.Entities {
			if e.ID == q.Speaker.Entity {
				ent = e.Name
			}
		}
		if q.Speaker.Text != tc.speaker || ent != tc.entity {
			t.Errorf("%q: speaker %q (entity %q), want %q (%q)", tc.text, q.Speaker.Text, ent, tc.speaker, tc.entity)
		}
		if len(a.Quotes) != 1 {
			t.Errorf("%q: %d quotes, want 1: %+v", tc.text, len(a.Quotes), a.Quotes)
		}
	}
	for _, text := range []string{"Tom Berg commented on Thursday.", "The vote, Tom Berg commented on Thursday."} {
		for _, q := range parse(text, true).Quotes {
			if q.Text == "Thursday" || q.Text == "on Thursday" {
				t.Errorf("%q: a time phrase as content: %+v", text, q)
			}
		}
	}
}

// TestQuoteInfinitiveContent: after a verb with an infinitive ("urged
// the board to resume ...", "agreed to clean up ..."), the reported words
// are the infinitive's, a relative "that" or a pronoun further on being
// part of them, not the start of a clause of their own.
func TestQuoteInfinitiveContent(t *testing.T) {
	for _, tc := range []struct{ text, content string }{
		{"The mining firm agreed to clean up the old pits and reclaim the land that had been ravaged.", "to clean up the old pits and reclaim the land that had been ravaged"},
		{"The council urged the harbor board to resume talks it abandoned in 2009.", "the harbor board to resume talks it abandoned in 2009"},
		{"The council warned the harbor board to refrain from steps that would worsen the situation.", "the harbor board to refrain from steps that would worsen the situation"},
		{"Ruiz told reporters on Friday that the toll would rise.", "that the toll would rise"},
		{"Ruiz said in a letter to voters that the toll would rise.", "that the toll would rise"},
	} {
		qs := parse(tc.text, true).Quotes
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("%q: got %+v, want one quote %q", tc.text, qs, tc.content)
		}
	}
}

// TestQuoteCompleteContent: a tagger's content cut right after "that",
// or ending on a determiner, runs on to its clause or noun phrase, but
// not past the limit nor into another attribution.
func TestQuoteCompleteContent(t *testing.T) {
	for _, tc := range []struct{ text, part, want string }{
		{"Ruiz responded that gun control is not the answer to the crime wave.", "that gun control", "that gun control is not the answer to the crime wave"},
		{"Ruiz did not address his series of late-night posts about the port.", "his", "his series of late-night posts about the port"},
		{"Ruiz offered some pointed advice to the board.", "some", "some pointed advice to the board"},
		{"Ruiz said the vote was fair.", "the vote was fair", "the vote was fair"},
		{"Ruiz responded that gun control, Berg said, is the answer.", "that gun control", "that gun control"},
	} {
		q := scanOf(tc.text, false)
		s := strings.Index(tc.text, tc.part)
		p := span(tc.text, s, s+len(tc.part))
		x := Quote{Span: p, Parts: []Span{p}}
		q.completeContent(&x, len(tc.text))
		if x.Text != tc.want || len(x.Parts) != 1 || x.Parts[0] != x.Span {
			t.Errorf("%q: got %q (parts %+v), want %q", tc.text, x.Text, x.Parts, tc.want)
		}
	}
}

// TestQuoteCueBe: a cue takes the "be" right before it, with its
// negation and what carries it, as PolNeAR marks cues.
func TestQuoteCueBe(t *testing.T) {
	for _, tc := range []struct{ text, cue string }{
		{"Ruiz was asked whether the ward would close.", "was asked"},
		{"Ruiz is not expected to win the vote.", "is not expected"},
		{"The ward plan has been criticized as too costly by Ruiz.", "has been criticized"},
		{"Ruiz said the ward would close.", "said"},
	} {
		qs := parse(tc.text, true).Quotes
		if len(qs) != 1 || qs[0].Cue == nil || qs[0].Cue.Text != tc.cue {
			t.Errorf("%q: got %+v, want cue %q", tc.text, qs, tc.cue)
		}
	}
}

// TestParticipleSpeaker: a reported clause that hangs from a participle
// (", citing ...", "a stack of letters saying ...") is spoken by the
// subject of the clause the participle hangs from, past the adverbials
// fronted before it; a speaker right before a participle with no comma
// stays ("is promising", "had voters wondering").
func TestParticipleSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, content, speaker string
		rulesOnly              bool
	}{
		{"In March, the harbor board halted the ferry sale, citing a risk to the pier.", "a risk to the pier", "the harbor board", true},
		{"Rattled by the vote, Ana Ruiz rewrote her bill on Friday, promising to cut the fee.", "to cut the fee", "Ana Ruiz", true},
		{"Recently, however, the union released a report on wages, and warning that pay had fallen.", "that pay had fallen", "the union", true},
		{"In March, the harbor board halted the ferry sale, citing a risk to the pier.", "a risk to the pier", "the harbor board", false},
		{"Rattled by the vote, Ana Ruiz rewrote her bill on Friday, promising to cut the fee.", "to cut the fee", "Ana Ruiz", false},
		{"The fight over the pier is loud, and Tom Berg is promising to close it.", "to close it", "Tom Berg", true},
	} {
		a := parse(tc.text, tc.rulesOnly)
		q := quoteWith(a.Quotes, tc.content)
		if q == nil || q.Speaker == nil || q.Speaker.Text != tc.speaker {
			t.Errorf("%q (rules only %v): got %+v (speaker %+v), want %q spoken by %q", tc.text, tc.rulesOnly, q, speakerOf(q), tc.content, tc.speaker)
		}
	}
}

// speakerOf returns q's speaker, or nil.
func speakerOf(q *Quote) *Speaker {
	if q == nil {
		return nil
	}
	return q.Speaker
}

// TestParticipleSpeakerBroken: a speaker that is no noun phrase ("a
// stack of", as the tagger may read one) gives way to the clause's
// subject even without a comma before the participle; a noun phrase
// there stays.
func TestParticipleSpeakerBroken(t *testing.T) {
	text := "Ana Ruiz sent a stack of letters on Friday saying that the pier would close."
	at := func(w string) Span {
		i := strings.Index(text, w)
		return span(text, i, i+len(w))
	}
	for _, tc := range []struct{ speaker, want string }{
		{"a stack of", "Ana Ruiz"},
		{"a stack of letters", "a stack of letters"},
	} {
		q := scanOf(text, true)
		cue := at("saying")
		qs := []Quote{{Span: at("that the pier would close"), Kind: Indirect, Cue: &cue,
			Speaker: &Speaker{Span: at(tc.speaker)}}}
		q.participleSpeakers(qs)
		if got := qs[0].Speaker; got == nil || got.Text != tc.want {
			t.Errorf("speaker %q: got %+v, want %q", tc.speaker, got, tc.want)
		}
	}
}

// TestBrokenSpeakers: a speaker that is no noun phrase, as the tagger may
// read one, is mended: cut short before the cue, it runs on to the cue;
// inside the cue's words or opening with a verb, the subject before the
// cue takes its place, or the subject of the clause the cue's verb
// joins; a noun phrase stays, one opening with a regular past ("retired
// engineer Ana Ruiz") among them.
func TestBrokenSpeakers(t *testing.T) {
	for _, tc := range []struct{ text, content, cue, speaker, want string }{
		{"Hours later, Ana Ruiz sent a stack of letters urging a recount.", "a recount", "sent a stack of letters", "a stack of", "Ana Ruiz"},
		{"A panel of doctors said the pier was unsafe.", "the pier was unsafe", "said", "A panel of", "A panel of doctors"},
		{"A city report released last year found that the pier was failing.", "that the pier was failing", "found", "A city report released", "A city report released last year"},
		{"She read the report, which left little doubt that the pier was failing.", "that the pier was failing", "left little doubt", "left little", "which"},
		{"Ana Ruiz met the board and its lawyers and came away convinced that the pier was safe.", "that the pier was safe", "came away convinced", "came away", "Ana Ruiz"},
		{"The harbor board said the pier was unsafe.", "the pier was unsafe", "said", "The harbor board", "The harbor board"},
		{"The pier is unsafe, retired engineer Ana Ruiz said.", "The pier is unsafe", "said", "retired engineer Ana Ruiz", "retired engineer Ana Ruiz"},
	} {
		at := func(w string) Span {
			i := strings.Index(tc.text, w)
			return span(tc.text, i, i+len(w))
		}
		q := scanOf(tc.text, true)
		cue := at(tc.cue)
		qs := []Quote{{Span: at(tc.content), Kind: Indirect, Cue: &cue, Speaker: &Speaker{Span: at(tc.speaker)}}}
		q.brokenSpeakers(qs)
		if got := qs[0].Speaker; got == nil || got.Text != tc.want {
			t.Errorf("%q, speaker %q: got %+v, want %q", tc.text, tc.speaker, got, tc.want)
		}
	}
}

// TestCoordinatedSpeaker: a cue after another verb and "and" ("I laughed
// and said") is spoken by the subject of that verb, not by the subject of
// a clause fronted before it.
func TestCoordinatedSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, content, speaker string
		rulesOnly              bool
	}{
		{"Tom Berg, the mayor, spoke on Monday.\n\nOnce, when my aunt mentioned the harbor to me, I laughed and said, \"I don't believe in the harbor.\"\n\nThe council meets in June, he said.\n",
			"I don't believe in the harbor.", "I", false},
		{"When the board met, Ana Ruiz listened and said the pier would close.", "the pier would close", "Ana Ruiz", true},
	} {
		q := quoteWith(parse(tc.text, tc.rulesOnly).Quotes, tc.content)
		if q == nil || q.Speaker == nil || q.Speaker.Text != tc.speaker {
			t.Errorf("%q: got %+v (speaker %+v), want %q spoken by %q", tc.text, q, speakerOf(q), tc.content, tc.speaker)
		}
	}
}

// TestNearSpeakers: a quote whose speaker lies in another sentence than
// its cue takes the speaker the cue's sentence names: the subject before
// the cue, a pronoun before "’s", the name after "according to".
func TestNearSpeakers(t *testing.T) {
	text := "Tom Berg, the mayor, spoke on Monday.\n\n" +
		"Much of the spike came from laws pushed by Ana Ruiz and carried further by Tom Berg. The two former mayors touted the “Clean Harbor Pact,” which came with harsh fines.\n\n" +
		"“We will fight,” Berg said.\n\n" +
		"According to Ana Ruiz, “It was left up to the council, and it failed.”\n\n" +
		"The plan is dead. It’s denouncing what it calls “the worst vote in years.”\n\n" +
		"Another paragraph here, he said.\n"
	qs := parse(text, false).Quotes
	// The tagger's quote of the pact, given as the tagger gave it once (a
	// retrained tagger may not find it): its speaker the name of the
	// sentence before, which the cue's own subject replaces.
	q := scanOf(text, true)
	at := func(s string) Span {
		i := strings.Index(text, s)
		return span(text, i, i+len(s))
	}
	pact := Quote{Span: at("the “Clean Harbor Pact"), Kind: Partial, Cue: ptr(at("touted")),
		Speaker: &Speaker{Span: at("Tom Berg.")}}
	pact.Speaker.Span = span(text, pact.Speaker.Start, pact.Speaker.End-1)
	near := []Quote{pact}
	q.nearSpeakers(near)
	if sp := near[0].Speaker; sp == nil || sp.Text != "The two former mayors" {
		t.Errorf("the pact's speaker: got %+v, want \"The two former mayors\"", sp)
	}
	for _, tc := range []struct{ content, speaker string }{
		{"It was left up to the council, and it failed.", "Ana Ruiz"},
		{"what it calls “the worst vote in years.”", "It"},
	} {
		q := quoteWith(qs, tc.content)
		if q == nil || q.Speaker == nil || q.Speaker.Text != tc.speaker {
			t.Errorf("got %+v (speaker %+v), want %q spoken by %q", q, speakerOf(q), tc.content, tc.speaker)
		}
	}
}

// ptr returns a pointer to a copy of s.
func ptr(s Span) *Span { return &s }
