package newsparse

import (
	"github.com/newsparse/newsparse/internal/names"
	"github.com/newsparse/newsparse/internal/quotes"
)

// Quotes returns the direct, partial and reported speech of a news
// article, sorted by position, each with its speaker and cue where they can
// be found. It is Parse(text, Options{}).Quotes without the other layers
// that quotes do not need. The result is empty, never nil.
//
// A direct quote is text between quotation marks presented as someone's
// words; a partial quote is a few quoted words inside a sentence that
// reports someone ("spoke of “great progress”"); an indirect quote is the
// clause a reporting verb governs ("said that ...", "..., officials
// said", "according to ..."). Quoted words that nobody is reported as
// saying (scare quotes, titles) are not quotes, and quoted words inside
// reported speech are not repeated as partial quotes of their own.
//
// A quote interrupted by its attribution (“The best way,” she said, “is
// peace.”) is one Quote whose span runs from the first quoted word to the
// last. A quotation mark left open ends its quote at the end of its
// paragraph, unless the next paragraph opens with a quotation mark (the
// newsroom's way of running a quote over several paragraphs); such a quote
// spans its paragraphs, the marks between them included.
//
// Speakers are the words that name the source: a name ("Jane Roe"), a
// noun phrase ("officials familiar with the talks"), a pronoun ("she") or
// a relative pronoun ("who"); Speaker.Entity links them to an entity of
// the article when Parse found one. Quotes is safe for concurrent use.
func Quotes(text string) []Quote {
	d := newDoc(text)
	return findQuotes(d, findEntities(d))
}

// findQuotes runs the quotes layer (internal/quotes) on d, its speakers
// linked to ents, and gives the quotes as the Article holds them.
func findQuotes(d *doc, ents []Entity) []Quote {
	es := d.named // the names layer's own entities, when ents was made of them
	if len(ents) != len(d.entities) || len(ents) > 0 && &ents[0] != &d.entities[0] {
		es = make([]names.Entity, len(ents))
		for i, e := range ents {
			es[i] = names.Entity{ID: string(e.ID), Name: e.Name, Type: names.Type(e.Type), Gender: e.Gender}
		}
	}
	found := quotes.Find(&d.Doc, genreOf(d), es, d.mentionsOf(ents), d.quoteRulesOnly, &d.w.quotes)
	// The quotes' parts share one array, their speakers and cues two more.
	nParts, nSpeakers, nCues := 0, 0, 0
	for _, q := range found {
		nParts += len(q.Parts)
		if q.Speaker != nil {
			nSpeakers++
		}
		if q.Cue != nil {
			nCues++
		}
	}
	parts, speakers, cues := make([]Span, nParts), make([]Speaker, nSpeakers), make([]Span, nCues)
	out := make([]Quote, len(found))
	for i, q := range found {
		out[i] = Quote{Span: Span(q.Span), Kind: QuoteKind(q.Kind)}
		if q.Speaker != nil {
			speakers[0] = Speaker{Span: Span(q.Speaker.Span), Entity: EntityID(q.Speaker.Entity)}
			out[i].Speaker, speakers = &speakers[0], speakers[1:]
		}
		if q.Cue != nil {
			cues[0] = Span(*q.Cue)
			out[i].Cue, cues = &cues[0], cues[1:]
		}
		if q.Parts != nil {
			ps := parts[:len(q.Parts):len(q.Parts)]
			parts = parts[len(q.Parts):]
			for k, p := range q.Parts {
				ps[k] = Span(p)
			}
			out[i].Parts = ps
		}
	}
	return out
}
