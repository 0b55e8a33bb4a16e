package newsparse

import (
	"slices"

	"github.com/newsparse/newsparse/internal/claims"
	"github.com/newsparse/newsparse/internal/hedgemodel"
)

// Claims returns the hedged claims of text: the clauses the article does
// not itself vouch for, with their cues, certainty and source. It is
// Parse(text, Options{}).Claims without the other layers' output; the
// result is sorted by start and empty, never nil, when text hedges
// nothing.
//
// A clause is a claim when it carries an epistemic modal ("might",
// "could"), a hedging adverb or verb ("potentially", "suggested", "is
// believed"), an anonymous or vague source ("sources said", "according
// to officials familiar with the talks", "some experts"), a denial ("the
// Kremlin denied Trump's claim that ...", certainty doubtful), or words
// of doubt ("it is unclear whether"). Clauses asserted plainly, or
// reported factively by a named source ("White House officials
// confirmed"), are left out, so every Claim returned has Hedged set.
// Modals of ability or obligation ("can", "must") and "May" the month
// are not hedges.
func Claims(text string) []Claim {
	d := newDoc(text)
	ents := findEntities(d)
	return findClaims(d, ents, findQuotes(d, ents))
}

// findClaims runs the claims layer (internal/claims) on d, with the
// learned check on cues of d's genre (news copy or reference prose; a
// text too short to tell keeps every cue the rules propose), and links
// each claim's source to the entities of ents by mention overlap, or takes
// it from a quote of quotes overlapping the claim when the claim's own
// words name none.
func findClaims(d *doc, ents []Entity, quotes []Quote) []Claim {
	switch g := genreOf(d); g {
	case genreNews:
		if m := hedgemodel.Default(); m != nil {
			return findClaimsWith(d, ents, quotes, m, g)
		}
	case genreReference:
		if m := hedgemodel.Reference(); m != nil {
			return findClaimsWith(d, ents, quotes, m, g)
		}
	}
	return findClaimsWith(d, ents, quotes, nil, genreShort)
}

// findClaimsWith is findClaims with the learned check on cues given (nil:
// every cue the rules propose) and the genre d is read as, which sets the
// cues proposed.
func findClaimsWith(d *doc, ents []Entity, quotes []Quote, model *hedgemodel.Model, g genre) []Claim {
	found := claims.Find(&d.Doc, model, g, &d.w.claims)
	out := make([]Claim, len(found))
	n := 0
	for _, c := range found {
		n += len(c.Cues)
	}
	all := make([]Hedge, n) // the claims' cues share one array
	for i, c := range found {
		cues := all[:len(c.Cues):len(c.Cues)]
		all = all[len(c.Cues):]
		for k, h := range c.Cues {
			cues[k] = Hedge{Span: span(d.Text, h.Start, h.End), Kind: HedgeKind(h.Kind)}
		}
		out[i] = Claim{Span: span(d.Text, c.Start, c.End), Hedged: true, Certainty: Certainty(c.Certainty), Cues: cues}
		if c.Source != nil {
			out[i].Source = &Speaker{Span: span(d.Text, c.Source.Start, c.Source.End)}
		}
	}
	attachSources(out, d.mentionsOf(ents), quotes)
	return out
}

// attachSources links each claim's source to its entity and, where the
// claim has no local source, takes the speaker of a quote overlapping it.
func attachSources(cs []Claim, ms []mentionRef, quotes []Quote) {
	var speakers map[[2]int]EntityID // made when first needed
	q := 0
	for i := range cs {
		c := &cs[i]
		// A denied claim's source is its original claimant, never the
		// denier, who is the speaker of any quote overlapping it.
		if c.Source == nil && !slices.ContainsFunc(c.Cues, func(h Hedge) bool { return h.Kind == HedgeDenial }) {
			for q < len(quotes) && quotes[q].End <= c.Start {
				q++
			}
			// A few quotes at most: a claim's speaker is near its start.
			for k := q; k < len(quotes) && k < q+8 && quotes[k].Start < c.End; k++ {
				if sp := quotes[k].Speaker; sp != nil && quotes[k].End > c.Start && !claims.TimeSpeaker(sp.Text) {
					s := *sp
					c.Source = &s
					break
				}
			}
		}
		if c.Source != nil && c.Source.Entity == "" {
			c.Source.Entity = entityAt(ms, c.Source.Start, c.Source.End)
			if c.Source.Entity == "" {
				if speakers == nil {
					speakers = map[[2]int]EntityID{}
					for _, q := range quotes {
						if sp := q.Speaker; sp != nil && sp.Entity != "" {
							speakers[[2]int{sp.Start, sp.End}] = sp.Entity
						}
					}
				}
				c.Source.Entity = speakers[[2]int{c.Source.Start, c.Source.End}]
			}
		}
	}
}
