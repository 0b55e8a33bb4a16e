// Package quotes is the quotes layer of newsparse: direct, partial and
// reported speech, each with its speaker and cue, found by rules and by a
// learned tagger (internal/quotemodel) in news. It reads the shared
// reading, the names layer's entities and their mentions, the word lists
// and the pooled taggers of internal/tokens, nothing else.
package quotes

// Kind is the kind of a Quote.
type Kind string

// The quote kinds.
const (
	Direct   Kind = "direct"   // "We will win," she said.
	Partial  Kind = "partial"  // quoted words inside a reported sentence
	Indirect Kind = "indirect" // She said that they would win.
)

// Span is a range of the text, Text[Start:End], and its text.
type Span struct {
	Start, End int
	Text       string
}

// span is the Span of text[start:end].
func span(text string, start, end int) Span { return Span{start, end, text[start:end]} }

// Quote is something someone is reported to have said or written: the
// public newsparse.Quote, whose documentation says what each part holds.
type Quote struct {
	Span
	Kind    Kind
	Speaker *Speaker // the words naming who said it, or nil
	Cue     *Span    // the reporting words, or nil
	Parts   []Span   // the quoted pieces in text order
}

// Speaker is the words naming a quote's source and the ID of its entity,
// or "".
type Speaker struct {
	Span
	Entity string
}

// Scratch is the scratch space of Find, kept from call to call: the
// per-word arrays, the quoted segments, the quotes found before sorting,
// the attribution lists and the tagger's arrays. The zero Scratch is
// ready to use.
type Scratch struct {
	qints  []int32
	qflags []uint8
	segs   []segment
	qout   []Quote
	qmerge []Quote // mergeRunsIn's array, as the quotes are sorted
	qres   []Quote // the rules' quotes (see result)
	// speakers is the slab of the quotes' speakers (see newSpeaker).
	speakers []Speaker
	attrs    []attr
	own      []int32
	qf       *quoteFeatures
}

// Clear drops the references of w into the last text read.
func (w *Scratch) Clear() {
	clear(w.segs[:cap(w.segs)]) // pointers to speakers and cues of the output
	w.segs = w.segs[:0]
	clear(w.qout[:cap(w.qout)]) // the quotes' texts and speakers
	w.qout = w.qout[:0]
	clear(w.qmerge[:cap(w.qmerge)]) // the same, sorted
	w.qmerge = w.qmerge[:0]
	clear(w.qres[:cap(w.qres)])
	w.qres = w.qres[:0]
	clear(w.speakers[:cap(w.speakers)])
	w.speakers = w.speakers[:0]
}

// reuse returns s emptied, with room for at least n elements: s's own
// array when it is large enough.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}
