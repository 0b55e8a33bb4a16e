package newsparse

import "github.com/newsparse/newsparse/internal/syntax"

// The parts of speech and phrase chunks the claims layer reads. Tagging a
// whole text costs several times what the other layers cost together, so
// the claims layer tags a sentence only when a cue in it asks for the
// tags: a cue the reference model judges, in reference prose (see
// tagFeatures). News copy is not tagged: the news model reads no tags,
// which did not help it on held-out FactBank. The words are taken from
// the document's word table as the tokens layer takes them (unitPieces)
// and tagged with the tagger that layer pools.

// sentTags holds the tags of the current sentence's words, one a word:
// the tags of the word's first token ("do" of "don't"; the one token of
// "U.S.-led" for each of its words).
type sentTags struct {
	done       bool // the current sentence is tagged
	pos, chunk []uint8
	tg         *tokenTagger // from syntaxTaggers, held until release
	// tagged counts the sentences tagged in the current findClaimsWith.
	tagged int
}

// tag tags the current sentence of sc, once.
func (sc *sentScan) tag() {
	st := &sc.tags
	if st.done {
		return
	}
	st.done = true
	if st.tg == nil {
		st.tg = syntaxTaggers.Get().(*tokenTagger)
	}
	st.tagged++
	t := st.tg
	t.words, t.spans = unitPieces(t.words[:0], t.spans[:0], sc.text, sc.ws)
	t.pos, t.chunk = t.tg.TagChunk(t.words, t.pos, t.chunk)
	n := len(sc.ws)
	if cap(st.pos) < n {
		st.pos, st.chunk = make([]uint8, n, 2*n), make([]uint8, n, 2*n)
	}
	st.pos, st.chunk = st.pos[:n], st.chunk[:n]
	// Each word takes the tags of the token that holds its first byte.
	p := 0
	for k, w := range sc.ws {
		for p+1 < len(t.spans) && t.spans[p][1] <= w.start {
			p++
		}
		if p < len(t.spans) {
			st.pos[k], st.chunk[k] = t.pos[p], t.chunk[p]
		} else {
			st.pos[k], st.chunk[k] = syntax.NN, syntax.O
		}
	}
}

// release returns the tagger to its pool.
func (st *sentTags) release() {
	if st.tg != nil {
		syntaxTaggers.Put(st.tg)
		st.tg = nil
	}
}

// posAt returns the part of speech of word k ("<s>", "</s>" beyond the
// sentence).
func (sc *sentScan) posAt(k int) string {
	if k < 0 {
		return "<s>"
	}
	if k >= len(sc.ws) {
		return "</s>"
	}
	sc.tag()
	return syntax.POSName(sc.tags.pos[k])
}

// chunkAt returns the phrase type of word k's chunk (its B tag, for the
// B and I tags alike), or O, as beyond the sentence.
func (sc *sentScan) chunkAt(k int) uint8 {
	if k < 0 || k >= len(sc.ws) {
		return syntax.O
	}
	sc.tag()
	return syntax.Phrase(sc.tags.chunk[k])
}
