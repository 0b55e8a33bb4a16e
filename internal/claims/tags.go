package claims

import (
	"github.com/newsparse/newsparse/internal/syntax"
	"github.com/newsparse/newsparse/internal/tokens"
)

// The parts of speech the claims layer reads. Tagging a whole text costs
// several times what the other layers cost together, so the claims layer
// tags only where a cue asks for tags: around a cue the reference model
// judges, in reference prose (see tagFeatures), the words the model reads
// of its clause and two more on each side. That is half the sentences of
// the Wikipedia file, 37% of its words, and one sentence in sixty of
// PolNeAR's news (those of the four articles read as reference prose).
// News copy is not tagged: the news model reads no tags, which did not
// help it on held-out FactBank. Nor are chunks read: on held-out
// Wikipedia they added a twentieth of a point to what parts of speech
// gave, for four and a half times the tagger's cost. The words are taken
// from the document's word table as the tokens layer takes them
// (tokens.Pieces) and tagged with the tagger that layer pools.

// sentTags holds the parts of speech of words of the current sentence,
// one a word: the tag of the word's first token ("do" of "don't"; the
// one token of "U.S.-led" for each of its words).
type sentTags struct {
	done     bool           // words of the current sentence are tagged
	from, to int            // which: words [from, to)
	pos      []uint8        // by word of the sentence, set in [from, to)
	tg       *tokens.Tagger // from tokens.GetTagger, held until release
	// In the current findClaimsWith: the sentences tagged, and the
	// words (a word tagged in two ranges counts twice).
	tagged, words int
}

// tagRange tags words [a, b) of the current sentence as a sentence of
// their own, unless they are what was tagged last.
func (sc *sentScan) tagRange(a, b int) {
	st := &sc.tags
	if st.done && st.from == a && st.to == b {
		return
	}
	if !st.done {
		st.tagged++
	}
	st.done, st.from, st.to = true, a, b
	if st.tg == nil {
		st.tg = tokens.GetTagger()
	}
	st.words += b - a
	t := st.tg
	t.Words, t.Spans = tokens.Pieces(t.Words[:0], t.Spans[:0], sc.text, sc.ws[a:b])
	t.POS = t.Tagger.Tag(t.Words, t.POS)
	n := len(sc.ws)
	if cap(st.pos) < n {
		st.pos = make([]uint8, n, 2*n)
	}
	st.pos = st.pos[:n]
	// Each word takes the tags of the token that holds its first byte.
	p := 0
	for k := a; k < b; k++ {
		w := sc.ws[k]
		for p+1 < len(t.Spans) && t.Spans[p][1] <= w.Start {
			p++
		}
		if p < len(t.Spans) {
			st.pos[k] = t.POS[p]
		} else {
			st.pos[k] = syntax.NN
		}
	}
}

// release returns the tagger to its pool.
func (st *sentTags) release() {
	if st.tg != nil {
		tokens.PutTagger(st.tg)
		st.tg = nil
	}
}
