package newsparse

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/syntax"
)

// scanSentence loads the first sentence of text into a sentScan.
func scanSentence(text string) *sentScan {
	d := newDoc(text)
	s := d.sents[0]
	sc := &d.w.claims
	sc.tab = claimWords()
	sc.reset(d.text, d.words[s.word0:s.wordEnd], d.lower[s.word0:s.wordEnd])
	return sc
}

// TestClaimTagsAlign: the claims layer's tags are the tagger's, one a
// word of the document's word table: a contraction takes its first
// token's ("did" of "didn't"), and "suspect" is a verb or a noun by its
// place.
func TestClaimTagsAlign(t *testing.T) {
	sc := scanSentence("Police suspect the men didn't flee, and the main suspect was freed.")
	defer sc.tags.release()
	var got []string
	for k := range sc.ws {
		got = append(got, sc.low[k]+"/"+sc.posAt(k))
	}
	want := "police/NNS suspect/VBP the/DT men/NNS didn't/VBD flee/VB ,/, and/CC the/DT main/JJ suspect/NN was/VBD freed/VBN ./."
	if s := strings.Join(got, " "); s != want {
		t.Errorf("tags\n%s\nwant\n%s", s, want)
	}
	if c := sc.chunkAt(1); c != syntax.BVP || sc.chunkAt(5) != c || sc.chunkAt(10) != syntax.BNP {
		t.Errorf("chunks of suspect (verb), flee, suspect (noun): %d %d %d", sc.chunkAt(1), sc.chunkAt(5), sc.chunkAt(10))
	}
	if sc.posAt(-1) != "<s>" || sc.posAt(len(sc.ws)) != "</s>" {
		t.Errorf("ends: %q %q", sc.posAt(-1), sc.posAt(len(sc.ws)))
	}
}

// TestClaimsTagFewSentences: the claims layer tags only the sentences
// where a cue asks for tags: in reference prose those whose cues the
// reference model judges, in news none.
func TestClaimsTagFewSentences(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 12; i++ {
		switch i {
		case 3:
			b.WriteString("The harbor is often described as one of the oldest on the coast.\n\n")
		case 7:
			b.WriteString("Some historians argue that the pier was built earlier.\n\n")
		default:
			b.WriteString("The harbor has a pier and a lighthouse built of granite.\n\n")
		}
	}
	news := "The harbor board said on Monday that fares would rise.\n\n" +
		"The pier will close in May for repairs, the board said.\n\n"
	for _, c := range []struct {
		text string
		g    genre
		want int
	}{
		{b.String(), genreReference, 2},
		{news, genreNews, 0},
	} {
		d := newDoc(c.text)
		if g := genreOf(d); g != c.g {
			t.Fatalf("genre %d, want %d: %q", g, c.g, c.text)
		}
		ents := findEntities(d)
		findClaims(d, ents, findQuotes(d, ents))
		if got := d.w.claims.tags.tagged; got != c.want {
			t.Errorf("%d sentences tagged, want %d, of %d: %q", got, c.want, len(d.sents), c.text)
		}
		if d.w.claims.tags.tg != nil {
			t.Error("the tagger is not returned to its pool")
		}
	}
}
