package newsparse

import (
	"encoding/json"
	"time"

	"github.com/newsparse/newsparse/internal/times"
)

// Options tune [Parse]. The zero value is ready to use.
type Options struct {
	// Published is when the article was published. Relative expressions
	// ("Friday", "last week") resolve against its date; when it is zero they
	// keep their TIMEX3 shape with the unknown parts as X ("XXXX-WXX-5").
	// Only the year, month and day are used. The clock is never consulted.
	Published time.Time
	// Tokens asks for Article.Tokens: every word with its part of speech
	// and phrase chunk.
	Tokens bool

	// Layers are the analyses to run (see [Layer] for what each needs);
	// zero runs them all. A layer not run is an empty list.
	Layers Layer

	// Names are names the caller knows, with their types: {"Acme
	// Holdings", Org}. Where one stands in the text word for word (or in
	// capitals), it is a name of that type, whatever the tagger reads; the
	// mentions that join it (a surname, an acronym) and the pronouns that
	// stand for it follow.
	Names []Name

	// quoteRulesOnly leaves the learned quote tagger out, so that the
	// package's tests and benchmarks weigh it per call, with no shared
	// switch; users always get the tagger.
	quoteRulesOnly bool
}

// Name is a name given in [Options.Names] with its type.
type Name struct {
	Name string     `json:"name"`
	Type EntityType `json:"type"`
}

// Parse reads one news article and returns its structure. Any string is a
// valid article: Parse never fails and never panics; empty text gives an
// empty, non-nil Article. Time and memory grow linearly with len(text).
//
// Every finding carries byte offsets into text exactly as given, so
// text[Start:End] is the finding's text. Invalid UTF-8 is read as U+FFFD
// without shifting any offset.
//
// Parse has no state of its own and is safe for concurrent use.
func Parse(text string, opts Options) *Article {
	run := opts.Layers.withNeeds() // what was asked and what it needs
	d := newDoc(text)              // paragraphs, sentences, words
	d.quoteRulesOnly = opts.quoteRulesOnly
	a := d.article(opts.Published) // headline, byline, dateline, paragraphs
	a.src = text
	if run&LayerEntities != 0 {
		a.Entities = findEntitiesNamed(d, opts.Names) // names, typed and linked
	}
	if run&LayerQuotes != 0 {
		a.Quotes = findQuotes(d, a.Entities) // who said what
	}
	var found []times.Time // the times layer's own findings, which the timeline reads
	if run&LayerTimes != 0 {
		found = times.Find(&d.Doc, opts.Published, &d.w.times)
		a.Times = timeSpans(d.Text, found) // TIMEX3 expressions
	}
	if run&LayerTimeline != 0 {
		a.Timeline = timelineOf(d, found, a.Entities) // events in time order
	}
	if run&LayerClaims != 0 {
		a.Claims = findClaims(d, a.Entities, a.Quotes) // what the article does not vouch for
	}
	if opts.Tokens {
		a.Tokens = findTokens(d) // parts of speech and phrase chunks
	}
	d.release() // the scratch space, for the next call
	return a
}

// Article is the structure of one news article. Every list is sorted by
// position in the text and is empty, never nil, when nothing was found.
// Its JSON form is the contract described in the package documentation.
type Article struct {
	// Published is Options.Published truncated to its date, or zero.
	Published time.Time `json:"-"`
	// Headline is the title line, when the text opens with one.
	Headline *Span `json:"headline"`
	// Byline names the writers ("By Jane Doe", "Raphael Kanu"), when given.
	Byline *Span `json:"byline"`
	// Dateline is the place (and agency) that opens the body:
	// "WASHINGTON (Reuters) -". The first sentence starts after it.
	Dateline *Span `json:"dateline"`
	// Paragraphs of the body, without the headline and byline.
	Paragraphs []Paragraph `json:"paragraphs"`
	// Entities are the people, organisations, places and groups named,
	// each once, in order of first mention.
	Entities []Entity `json:"entities"`
	// Quotes are direct, partial and reported speech.
	Quotes []Quote `json:"quotes"`
	// Times are the temporal expressions, normalized to TIMEX3 values.
	Times []Time `json:"times"`
	// Timeline lists the events anchored by a time, sorted by that time.
	Timeline []Event `json:"timeline"`
	// Claims are the assertions the article does not itself vouch for.
	Claims []Claim `json:"claims"`
	// Tokens are the words with their parts of speech and phrase chunks,
	// in text order, when Options.Tokens asks for them; nil otherwise,
	// and then absent from the JSON.
	Tokens []Token `json:"tokens,omitempty"`

	// Credits are the lines that end the article crediting its writers
	// or carrying the publisher's boilerplate ("Reporting by ...",
	// "Contributing: ...", "Follow us on ..."), in text order. They are
	// no paragraph, and no entity, quote, time or claim is read in them.
	Credits []Span `json:"credits"`

	src     string           // the text parsed, for the JSON's paragraph and sentence texts
	decoded map[span2]string // or, when decoded from JSON, those texts
}

// Span is a piece of the input: Text is always input[Start:End], a
// substring that shares the input's memory.
type Span struct {
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset just past the last byte
	Text  string `json:"text"`
}

// span makes the Span of text[start:end].
func span(text string, start, end int) Span {
	return Span{Start: start, End: end, Text: text[start:end]}
}

// Paragraph is one paragraph of the body and its sentences.
type Paragraph struct {
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Sentences []Sentence `json:"sentences"`
}

// Text returns the paragraph's text in src, the text given to [Parse].
func (p Paragraph) Text(src string) string { return src[p.Start:p.End] }

// Sentence is one sentence, always inside its paragraph.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Text returns the sentence's text in src, the text given to [Parse].
func (s Sentence) Text(src string) string { return src[s.Start:s.End] }

// EntityID names an [Entity] of the same Article ("e1", "e2", ...). The
// empty EntityID means no entity and is written as JSON null.
type EntityID string

// MarshalJSON writes the ID as a JSON string, or null when it is empty.
func (id EntityID) MarshalJSON() ([]byte, error) {
	if id == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(id))
}

// EntityType is the kind of thing an [Entity] is.
type EntityType string

// The entity types, as in OntoNotes.
const (
	Person    EntityType = "PERSON" // people, including fictional
	Org       EntityType = "ORG"    // companies, agencies, institutions, parties
	GPE       EntityType = "GPE"    // countries, cities, states: places with a government
	Location  EntityType = "LOC"    // regions, mountains, bodies of water
	Facility  EntityType = "FAC"    // buildings, airports, bases, bridges
	NORP      EntityType = "NORP"   // nationalities, religious and political groups
	EventName EntityType = "EVENT"  // named events: wars, summits, storms
	Misc      EntityType = "MISC"   // other names: works, laws, products
)

// Entity is one person, organisation, place or group, however often and
// however it is named.
type Entity struct {
	ID EntityID `json:"id"`
	// Name is the canonical name: the longest full form used.
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Mentions are the names in the text, in text order; titles and
	// possessive endings are left out ("Putin" in "President Putin’s").
	Mentions []Span `json:"mentions"`
	// Gender is "female" or "male" for a person whose given name or
	// title ("Mrs.", "Sir") tells it, else empty: pronouns ("he",
	// "she") link only to a person of their gender.
	Gender string `json:"gender,omitempty"`
}

// QuoteKind says how words are reported.
type QuoteKind string

// The quote kinds.
const (
	Direct   QuoteKind = "direct"   // "We will win," she said.
	Partial  QuoteKind = "partial"  // quoted words inside a reported sentence
	Indirect QuoteKind = "indirect" // She said that they would win.
)

// Quote is something someone is reported to have said or written. Its Span
// is the content, without quote marks. Reported speech keeps its
// complementizer, as attribution corpora (PARC, PolNeAR) mark it: in "She
// said that they would win" the content is "that they would win".
type Quote struct {
	Span
	Kind QuoteKind `json:"kind"`
	// Speaker is the words naming who said it, or nil when nobody near is.
	Speaker *Speaker `json:"speaker"`
	// Cue is the reporting words: "said", "argued", "according to".
	Cue *Span `json:"cue"`
	// Parts are the quoted pieces in text order: one for an unbroken
	// quote, two for “The best way,” she said, “is peace.” The
	// narrator's words lie in no part. The Span covers them all: from the
	// first part's start to the last part's end, or, when the quoted words
	// close a reported clause (“he argued that “the best way ...””), from
	// the clause's start, "that" included, as attribution corpora mark it.
	Parts []Span `json:"parts,omitempty"`
}

// Speaker is the words naming a source, and the entity they name. For a
// pronoun ("he said") Entity is the entity the pronoun refers to.
type Speaker struct {
	Span
	Entity EntityID `json:"entity"`
}

// TimeType is the TIMEX3 type of a [Time].
type TimeType string

// The TIMEX3 types.
const (
	Date     TimeType = "DATE"     // Friday, March 2013, last week
	Clock    TimeType = "TIME"     // 3 p.m., Friday night
	Duration TimeType = "DURATION" // two hours, a decade
	Set      TimeType = "SET"      // every Monday, annually
)

// Time is a temporal expression, with the TimeML extent ("Friday", not
// "on Friday") and its TIMEX3 value against Options.Published.
type Time struct {
	Span
	Type TimeType `json:"type"`
	// Value is the TIMEX3 value: "2025-08-15", "2025-W33", "PT2H30M",
	// "PRESENT_REF"; unknown parts are X.
	Value string `json:"value"`
	// Mod is the TIMEX3 modifier: "", "MORE_THAN", "LESS_THAN", "APPROX",
	// "START", "MID", "END", ...
	Mod string `json:"mod"`
}

// Event is something that happened, or will, at a [Time] of the article.
type Event struct {
	// Time is the index in Article.Times of the event's time.
	Time int `json:"time"`
	// Value is the time's resolved value, repeated for sorting and reading.
	Value string `json:"value"`
	// Event is the event's words: "met", "will travel to Washington".
	Event    Span     `json:"event"`
	Sentence Sentence `json:"sentence"`
	// Entities are the IDs of the entities taking part.
	Entities []EntityID `json:"entities"`
}

// Certainty grades how far a [Claim] is vouched for.
type Certainty string

// The certainty levels, from most to least sure.
const (
	Certain  Certainty = "certain"
	Probable Certainty = "probable"
	Possible Certainty = "possible"
	Doubtful Certainty = "doubtful"
)

// HedgeKind is the kind of a [Hedge].
type HedgeKind string

// The hedge kinds.
const (
	HedgeModal  HedgeKind = "modal"  // may, might, could
	HedgeAdverb HedgeKind = "adverb" // possibly, reportedly
	HedgeVerb   HedgeKind = "verb"   // suggested, appears, is believed
	HedgeSource HedgeKind = "source" // sources said, critics say
	HedgeDenial HedgeKind = "denial" // denied, disputed
	HedgeOther  HedgeKind = "other"  // it is unclear whether, if
)

// Hedge is a word or phrase that takes certainty away from a claim.
type Hedge struct {
	Span
	Kind HedgeKind `json:"kind"`
}

// Claim is a clause whose truth the article does not itself commit to.
type Claim struct {
	Span
	Hedged    bool      `json:"hedged"`
	Certainty Certainty `json:"certainty"`
	Cues      []Hedge   `json:"cues"`
	// Source is who the claim is attributed to, or nil.
	Source *Speaker `json:"source"`
}
