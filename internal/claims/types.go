// Package claims is the claims layer of newsparse: it finds the clauses a
// text does not itself vouch for, with their hedging cues, certainty and
// local source. It reads the shared reading (internal/reading), the word
// lists and the pooled taggers of internal/tokens, nothing else; newsparse
// links each claim's source to the names and quotes layers' findings.
package claims

// Certainty is how sure a claim is left.
type Certainty string

// The certainty levels, from most to least sure.
const (
	Certain  Certainty = "certain"
	Probable Certainty = "probable"
	Possible Certainty = "possible"
	Doubtful Certainty = "doubtful"
)

// Kind is the kind of a hedging cue.
type Kind string

// The cue kinds.
const (
	Modal  Kind = "modal"  // may, might, could
	Adverb Kind = "adverb" // possibly, reportedly
	Verb   Kind = "verb"   // suggested, appears, is believed
	Source Kind = "source" // sources said, critics say
	Denial Kind = "denial" // denied, disputed
	Other  Kind = "other"  // it is unclear whether, if
)

// Span is a range of the text: Doc.Text[Start:End].
type Span struct{ Start, End int }

// span is the Span of text[start:end].
func span(_ string, start, end int) Span { return Span{start, end} }

// Cue is a word or phrase that takes certainty away from a claim.
type Cue struct {
	Span
	Kind Kind
}

// Claim is a clause whose truth the text does not itself commit to.
type Claim struct {
	Span
	Certainty Certainty
	Cues      []Cue
	// Source is the words of who the claim is attributed to, when the
	// claim's own sentence names them, or nil.
	Source *Span
}
