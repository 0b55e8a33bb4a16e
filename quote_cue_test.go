package newsparse

import "testing"

// TestQuoteCueSpans checks the cue and speaker spans that fitCues gives,
// with the tagger and with the rules alone: the verb group with its
// auxiliaries, negation and adverbs; a cue's own preposition in, a plain
// "said"'s out; the speaker with its appositive, its entity the head's.
func TestQuoteCueSpans(t *testing.T) {
	for _, tc := range []struct {
		text, content, speaker, entity, cue string
	}{
		// The verb group.
		{"Mayor Ines Ward has repeatedly insisted that the pier is safe.",
			"that the pier is safe", "Mayor Ines Ward", "Ines Ward", "has repeatedly insisted"},
		{"The harbor office did not say whether the pier would reopen.",
			"whether the pier would reopen", "The harbor office", "", "did not say"},
		{"Ferry captains haven't denied that the crossings were late.",
			"that the crossings were late", "Ferry captains", "", "haven't denied"},
		{"Pilots will also argue that the channel is too shallow.",
			"that the channel is too shallow", "Pilots", "", "will also argue"},
		// A name is no auxiliary.
		{"Harbor chief Ana May said the pier was safe.",
			"the pier was safe", "Harbor chief Ana May", "Ana May", "said"},
		// A plain verb of saying leaves its preposition out ...
		{"Ines Ward says of the mayor, “She never listens to us.”",
			"She never listens to us.", "Ines Ward", "Ines Ward", "says"},
		{"Ines Ward said on her website that the pier was safe.",
			"that the pier was safe", "Ines Ward", "Ines Ward", "said"},
		// ... a cue that takes one keeps it.
		{"Dockworkers called for the pier to be rebuilt before winter.",
			"the pier to be rebuilt before winter", "Dockworkers", "", "called for"},
		// The speaker after the verb, with its appositive to the
		// sentence's end.
		{"“The pier is safe,” said Ines Ward, a harbor engineer who inspected it in May.",
			"The pier is safe", "Ines Ward, a harbor engineer who inspected it in May", "Ines Ward", "said"},
		{"“The pier is safe,” said Rep. Tom Berg (D-Maine), who chairs the harbor panel.",
			"The pier is safe", "Rep. Tom Berg (D-Maine), who chairs the harbor panel", "Tom Berg", "said"},
		// A participle after the comma opens no appositive.
		{"“The pier is safe,” said Ines Ward, adding that the ferries would run.",
			"The pier is safe", "Ines Ward", "Ines Ward", "said"},
		// The source of "according to" runs to its comma, with one
		// appositive when the quote's words came before.
		{"The pier will close in May, according to the Bureau of Harbors and Ports.",
			"The pier will close in May", "the Bureau of Harbors and Ports", "", "according to"},
		// Before the quote's words too, the source runs to its comma, and
		// the name the head ("the Department") cut short is its entity.
		{"According to the Bureau of Harbors and Ports, the pier will close in May.",
			"the pier will close in May", "the Bureau of Harbors and Ports", "Bureau of Harbors and Ports", "According to"},
		{"According to a report by the Department of Environmental Protection, the pier will close in May.",
			"the pier will close in May", "a report by the Department of Environmental Protection",
			"Department of Environmental Protection", "According to"},
		{"The pier will close in May, according to the Department of Environmental Protection.",
			"The pier will close in May", "the Department of Environmental Protection",
			"Department of Environmental Protection", "according to"},
		// A reporting word after a preposition in the speaker's appositive
		// is no cue ("head of forecasting").
		{"“The roads are closed,” Ana Ruiz, the head of forecasting, said.",
			"The roads are closed", "Ana Ruiz", "Ana Ruiz", "said"},
		// "who" after a comma speaks for the name before it.
		{"Ines Ward, who said the pier was safe, left early.",
			"the pier was safe", "who", "Ines Ward", "said"},
		{"The pier will close in May, according to Ines Ward, an engineer at the port, who toured it.",
			"The pier will close in May", "Ines Ward, an engineer at the port", "Ines Ward", "according to"},
		{"According to lawyers for the city, the pier will close in May.",
			"the pier will close in May", "lawyers for the city", "", "According to"},
		{"The pier will close, according to the Harbor Safety Board (HSB).",
			"The pier will close", "the Harbor Safety Board (HSB)", "Harbor Safety Board", "according to"},
		// The speaker before the verb, with the appositive between them.
		{"Ines Ward, the harbor's chief engineer, said the pier was safe.",
			"the pier was safe", "Ines Ward, the harbor's chief engineer", "Ines Ward", "said"},
		{"Ines Ward, 41, a nurse from the east shore, said the pier was safe.",
			"the pier was safe", "Ines Ward, 41, a nurse from the east shore", "Ines Ward", "said"},
		// One word between commas is an adverb, and a relative clause
		// stays out.
		{"Ines Ward, meanwhile, said the pier was safe.",
			"the pier was safe", "Ines Ward", "Ines Ward", "said"},
		{"Ines Ward, herself, said the pier was safe.",
			"the pier was safe", "Ines Ward", "Ines Ward", "said"},
		{"Ines Ward, who inspected the pier in May, said it was safe.",
			"it was safe", "Ines Ward", "Ines Ward", "said"},
	} {
		for _, rulesOnly := range []bool{false, true} {
			a := Parse(tc.text, Options{quoteRulesOnly: rulesOnly})
			q := quoteWith(a.Quotes, tc.content)
			if q == nil {
				t.Errorf("%q (rules only %v): no quote %q in %+v", tc.text, rulesOnly, tc.content, a.Quotes)
				continue
			}
			sp, ent, cue := speakerAndCue(a, *q)
			if sp != tc.speaker || ent != tc.entity || cue != tc.cue {
				t.Errorf("%q (rules only %v):\n got speaker %q (%q) cue %q\nwant speaker %q (%q) cue %q",
					tc.text, rulesOnly, sp, ent, cue, tc.speaker, tc.entity, tc.cue)
			}
		}
	}
}

// speakerAndCue returns the words of q's speaker, the name of its entity
// in a, and the words of its cue ("" for what q lacks).
func speakerAndCue(a *Article, q Quote) (speaker, entity, cue string) {
	if q.Speaker != nil {
		speaker = q.Speaker.Text
		if e := a.Entity(q.Speaker.Entity); e != nil {
			entity = e.Name
		}
	}
	if q.Cue != nil {
		cue = q.Cue.Text
	}
	return speaker, entity, cue
}

// quoteWith returns the quote of qs whose text is content, or nil.
func quoteWith(qs []Quote, content string) *Quote {
	for i := range qs {
		if qs[i].Text == content {
			return &qs[i]
		}
	}
	return nil
}
