package newsparse

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestClaimSourceEntity links a claim's source to the entity whose mention
// overlaps it, with hand-built entities standing in for the entity layer.
func TestClaimSourceEntity(t *testing.T) {
	text := "Senator Maria Lindqvist suggested that the bridge might close in winter."
	d := newDoc(text)
	start := strings.Index(text, "Maria Lindqvist")
	ents := []Entity{{ID: "e1", Name: "Maria Lindqvist", Type: Person,
		Mentions: []Span{span(text, start, start+len("Maria Lindqvist"))}}}
	cs := findClaims(d, ents, nil)
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(cs), cs)
	}
	c := cs[0]
	if c.Text != "the bridge might close in winter" {
		t.Errorf("claim %q", c.Text)
	}
	if c.Source == nil || c.Source.Text != "Senator Maria Lindqvist" || c.Source.Entity != "e1" {
		t.Errorf("source %+v, want Senator Maria Lindqvist -> e1", c.Source)
	}
}

// TestClaimSourceFromQuote takes the speaker of a quote overlapping a
// claim that has no local source, with its entity.
func TestClaimSourceFromQuote(t *testing.T) {
	text := "He told reporters the ferry may be late, Ortiz said."
	d := newDoc(text)
	q0 := strings.Index(text, "the ferry")
	sp := strings.Index(text, "Ortiz")
	quotes := []Quote{{
		Span:    span(text, q0, strings.Index(text, ",")),
		Kind:    Indirect,
		Speaker: &Speaker{Span: span(text, sp, sp+len("Ortiz")), Entity: "e2"},
	}}
	cs := findClaims(d, nil, quotes)
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(cs), cs)
	}
	if s := cs[0].Source; s == nil || s.Text != "Ortiz" || s.Entity != "e2" {
		t.Errorf("source %+v, want Ortiz -> e2", s)
	}
}

// TestClaimsHostileInput: any text gives valid, in-bounds claims.
func TestClaimsHostileInput(t *testing.T) {
	inputs := []string{
		"",
		"may",
		"May.",
		"sources said",
		"according to",
		"denied that",
		", , , might ; : —",
		"\xff\xfe might \xff could \xc3",
		strings.Repeat("officials said that it might ", 500),
		strings.Repeat("“ ' \" might ", 300),
		strings.Repeat("if whether that ", 400) + "would",
		"The Kremlin denied Trump’s",
		"According to officials familiar with",
	}
	for _, in := range inputs {
		a := Parse(in, Options{})
		checkInvariants(t, in, a)
		for _, c := range a.Claims {
			if !c.Hedged || len(c.Cues) == 0 {
				t.Errorf("%.40q: claim %q without cues or unhedged", in, c.Text)
			}
			if !utf8.ValidString(c.Text) && utf8.ValidString(in) {
				t.Errorf("claim text %q not valid UTF-8", c.Text)
			}
		}
	}
}

// TestClaimCertainty: a claim takes the certainty of its least sure cue.
func TestClaimCertainty(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Certainty
	}{
		{"The plan will likely pass.", Probable},
		{"The plan might pass.", Possible},
		{"The plan is unlikely to pass.", Doubtful},
		{"The minister denied that the plan had passed.", Doubtful},
	} {
		cs := Claims(tc.text)
		if len(cs) != 1 || cs[0].Certainty != tc.want {
			t.Errorf("%q: got %+v, want one claim %s", tc.text, cs, tc.want)
		}
	}
}

// TestNotHedged: demands, abilities, months, factive reports by a named
// source and reported futures make no claim.
func TestNotHedged(t *testing.T) {
	for _, text := range []string{
		"Ukraine must have firm guarantees.",
		"Riders can buy passes online.",
		"The vote is set for May 12.",
		"In May, the council met twice.",
		"The White House confirmed that the talks ended.",
		"Dana Whitfield revealed that the pier will close.",
		"The union said it would strike on Monday.",
		"The company would not comment.",
		"The captain appeared in court.",
		"He could not finish the race.",
	} {
		if cs := Claims(text); len(cs) != 0 {
			t.Errorf("%q: got %d claims, first %q", text, len(cs), cs[0].Text)
		}
	}
}

// TestHedgeModelInNews: in news copy the learned check keeps the hedges
// that plainly hedge and drops words that the newsroom uses without doubt;
// outside news (no reported speech) the rules alone decide.
func TestHedgeModelInNews(t *testing.T) {
	news := "The council met on Tuesday, officials said.\n\n" +
		"The mayor said the bridge might close in May.\n\n" +
		"The repairs could potentially cost twice as much, she told reporters.\n\n" +
		"“We will see,” said the engineer.\n\n"
	a := Parse(news, Options{})
	var cues []string
	for _, c := range a.Claims {
		for _, h := range c.Cues {
			cues = append(cues, h.Text)
		}
	}
	for _, want := range []string{"might", "potentially"} {
		if !slices.Contains(cues, want) {
			t.Errorf("news: cue %q not kept; cues %q", want, cues)
		}
	}
	if g := genreOf(newDoc(news)); g != genreNews {
		t.Errorf("the news text is read as %d, want news", g)
	}
	if g := genreOf(newDoc("The bridge is one of the oldest in the region. It might close.")); g != genreShort {
		t.Errorf("two sentences without speech are read as %d, want too short to tell", g)
	}
}

// TestClaimComplementScope: a noun or adjective cue followed by a "that"
// clause hedges the clause, not the words before it; a relative "that"
// ("the allegation that surfaced") opens no complement.
func TestClaimComplementScope(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"It is possible that the bridge will close.", "the bridge will close"},
		{"The mayor doubts that the bridge is safe.", "the bridge is safe"},
		{"It is said that the bridge was built in a single night.", "the bridge was built in a single night"},
		{"There is speculation that the mayor will resign.", "the mayor will resign"},
		{"There is no assurance that the ferry will run.", "the ferry will run"},
		{"There are rumors that the mayor will resign.", "the mayor will resign"},
		{"The allegation that surfaced on Monday was false.", "The allegation that surfaced on Monday was false"},
		// A complement without "that" opens at its subject: "it" after a
		// verb of saying, a determiner or a name (not a weekday).
		{"The union, which represents 3,000 dockers, said it may strike in May.", "it may strike in May"},
		{"Ortiz said the cuts may buy them a quarter.", "the cuts may buy them a quarter"},
		{"Ortiz denied it and may resign.", "Ortiz denied it and may resign"},
		{"The council said Mayor Ana Ruiz may resign.", "Mayor Ana Ruiz may resign"},
		{"The council said Tuesday that the mayor may resign.", "the mayor may resign"},
	} {
		cs := Claims(c.text)
		if len(cs) != 1 || cs[0].Text != c.want {
			t.Errorf("Claims(%q) = %s, want one claim %q", c.text, describeClaims(cs), c.want)
		}
	}
}

// claimsByRules returns the claims the lexicons and their rules find in
// text, read as reference prose (so that the cues of rule "ref" are
// proposed) and without a learned check: what the cue lists say, before
// a model judges it.
func claimsByRules(text string) []Claim {
	d := newDoc(text)
	ents := findEntities(d)
	return findClaimsWith(d, ents, findQuotes(d, ents), nil, genreReference)
}

// TestClaimCueContext: cue words read in their context. "Deny" that
// withholds, "suspect" the noun, source nouns that say nothing, "feel"
// over an object and "until" a date make no claim; doxastic verbs,
// "unless" and "until" over an unrealised event do, and a denial's span is
// the denied content.
func TestClaimCueContext(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// want: the claims as describeClaims writes them, or "no claims"
		{"The court denied him bail.", "no claims"},
		{"The ministry denied entry to the reporters.", "no claims"},
		{"The reporters were denied access to the hearing.", "no claims"},
		{"The main suspect was released.", "no claims"},
		{"Police arrested a murder suspect in the case.", "no claims"},
		{"The city will have officials ready at the polls.", "no claims"},
		{"Observers from the union watched the vote.", "no claims"},
		{"The fishermen feel the cold in winter.", "no claims"},
		{"The mayor was worried about the cost.", "no claims"},
		{"The bridge stayed closed until 1990.", "no claims"},
		{"The bridge will stay closed until June.", "no claims"},
		{"The mayor denied the report's accuracy.", `["the report's accuracy" doubtful "denied"/denial] `},
		{"Police suspect that the fire was set.", `["the fire was set" possible "suspect"/verb] `},
		{"Residents fear the bridge will collapse.", `["the bridge will collapse" possible "fear"/verb] `},
		{"The mayor feels the plan is wrong.", `["the plan is wrong" probable "feels"/verb] `},
		{"Ten people are feared dead.", `["Ten people are feared dead" possible "feared"/verb] `},
		{"The ferry will not sail unless the wind drops.", `["The ferry will not sail unless the wind drops" possible "unless"/other] `},
		{"The bridge will stay closed until the repairs are done.", `["The bridge will stay closed until the repairs are done" possible "until"/other] `},
		{"Officials familiar with the talks said the deal was close.", `["the deal was close" probable "Officials familiar with the talks said"/source] `},
		{"The plan was criticized by experts.", `["The plan was criticized by experts" probable "criticized"/source "experts"/source] `},
	} {
		if got := describeClaims(Claims(c.text)); got != c.want {
			t.Errorf("Claims(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// TestClaimSourceAgents: a claim's source is an agent, a person or body
// that says or thinks it: not the negated auxiliary after a pronoun, a
// noun of time, or a relative pronoun, nor a pronoun's contracted
// auxiliary ("I'll"); a trailing ", X said" is cut off the claim and kept
// as its source.
func TestClaimSourceAgents(t *testing.T) {
	for _, c := range []struct{ text, claim, source string }{
		{"I don't think the bridge will hold.", "I don't think the bridge will hold", "I"},
		{"We didn’t expect the bridge to hold.", "We didn’t expect the bridge to hold", "We"},
		{"The weekend suggested the plan might fail.", "The weekend suggested the plan might fail", ""},
		{"The plan, which many expected to fail, passed.", "which many expected to fail, passed", "many"},
		{"The storm may have damaged the pier, officials said.", "The storm may have damaged the pier", "officials"},
		// A pronoun with its contracted auxiliary is the pronoun ...
		{"I'd suggest that the bridge will hold.", "the bridge will hold", "I"},
		{"They’d thought the bridge would hold.", "They’d thought the bridge would hold", "They"},
		// ... and an object pronoun opens no claimed clause: the
		// sentence is the claim.
		{"I'll believe it when I see the new bridge.", "I'll believe it when I see the new bridge", "I"},
		{"I believe it is safe.", "it is safe", "I"},
		// A trailer with the speaker after its verb is cut off too, and
		// the opening mark with it; "we" after a noun opens no clause.
		{"“The benefits we see may last for years,” said lead author Ana Ruiz.", "The benefits we see may last for years", "lead author Ana Ruiz"},
		// A noun in -ing after its article is a source (a verb form is
		// not: TestClaimSourceNoVerb).
		{"The ruling suggests the port may close.", "The ruling suggests the port may close", "The ruling"},
	} {
		cs := claimsByRules(c.text)
		if len(cs) != 1 {
			t.Errorf("%q: got %s, want one claim", c.text, describeClaims(cs))
			continue
		}
		src := ""
		if cs[0].Source != nil {
			src = cs[0].Source.Text
		}
		if cs[0].Text != c.claim || src != c.source {
			t.Errorf("%q: claim %q source %q, want %q source %q", c.text, cs[0].Text, src, c.claim, c.source)
		}
	}
}

// TestWouldInNews: in news every "would" but the future of a report goes
// to the news model, which keeps the consequence of a condition.
func TestWouldInNews(t *testing.T) {
	text := "The mayor said he would visit the pier on Friday.\n\n" +
		"Fares would double if the plan passed, the council said.\n\n"
	var cues []string
	for _, c := range Parse(text, Options{}).Claims {
		for _, h := range c.Cues {
			cues = append(cues, fmt.Sprintf("%s@%d", h.Text, h.Start))
		}
	}
	want := []string{"would@57"}
	if !slices.Contains(cues, want[0]) || len(cues) > 2 || slices.Contains(cues, "would@16") {
		t.Errorf("cues %q, want %q (and perhaps \"if\"), not the reported future at 16", cues, want)
	}
}

// TestClaimSourceNoVerb: the word before a verb of thinking that is itself
// a verb form ("never stopped believing") is no claim's source.
func TestClaimSourceNoVerb(t *testing.T) {
	text := "Dahl said her side \"never stopped believing,\" and the fans cheered."
	for _, c := range claimsByRules(text) {
		if c.Source != nil && c.Source.Text == "stopped" {
			t.Errorf("%q: claim %q has the source %q", text, c.Text, c.Source.Text)
		}
	}
}
