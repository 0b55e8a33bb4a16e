package claims

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/hedgemodel"
	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/internal/syntax"
)

// scanSentence loads the first sentence of text into a sentScan.
func scanSentence(text string) *sentScan {
	d := reading.Read(text, nil)
	s := d.Sents[0]
	sc := new(sentScan)
	sc.tab = claimWords()
	sc.reset(d.Text, d.Words[s.Word0:s.WordEnd], d.Lower[s.Word0:s.WordEnd])
	return sc
}

// TestClaimTagsAlign: the claims layer's tags are the tagger's, one a
// word of the document's word table: a contraction takes its first
// token's ("did" of "didn't"), and "suspect" is a verb or a noun by its
// place.
func TestClaimTagsAlign(t *testing.T) {
	sc := scanSentence("Police suspect the men didn't flee, and the main suspect was freed.")
	defer sc.tags.release()
	sc.tagRange(0, len(sc.ws))
	var got []string
	for k := range sc.ws {
		got = append(got, sc.low[k]+"/"+syntax.POSName(sc.tags.pos[k]))
	}
	want := "police/NNS suspect/VBP the/DT men/NNS didn't/VBD flee/VB ,/, and/CC the/DT main/JJ suspect/NN was/VBD freed/VBN ./."
	if s := strings.Join(got, " "); s != want {
		t.Errorf("tags\n%s\nwant\n%s", s, want)
	}
}

// TestClaimsTagFewSentences: the claims layer tags only the sentences
// where a cue asks for tags, and in them only the words around the cue:
// in reference prose those whose cues the reference model judges, in
// news none.
func TestClaimsTagFewSentences(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 12; i++ {
		switch i {
		case 3:
			b.WriteString("The harbor is often described as one of the oldest on the coast.\n\n")
		case 7:
			b.WriteString("Some historians argue that the pier was built earlier, before the harbor wall and the granite lighthouse on the northern point of the old town were finished by the masons of the county in the spring.\n\n")
		default:
			b.WriteString("The harbor has a pier and a lighthouse built of granite.\n\n")
		}
	}
	news := "The harbor board said on Monday that fares would rise.\n\n" +
		"The pier will close in May for repairs, the board said.\n\n"
	for _, c := range []struct {
		text string
		g    reading.Genre
		want int
	}{
		{b.String(), reading.GenreReference, 2},
		{news, reading.GenreNews, 0},
	} {
		d := reading.Read(c.text, nil)
		if g := reading.GenreOf(&d); g != c.g {
			t.Fatalf("genre %d, want %d: %q", g, c.g, c.text)
		}
		model := hedgemodel.Default()
		if c.g == reading.GenreReference {
			model = hedgemodel.Reference()
		}
		var w Scratch
		Find(&d, model, c.g, &w)
		if got := w.claims.tags.tagged; got != c.want {
			t.Errorf("%d sentences tagged, want %d, of %d: %q", got, c.want, len(d.Sents), c.text)
		}
		if got := w.claims.tags.words; got > 20*c.want {
			t.Errorf("%d words tagged in %d sentences", got, c.want)
		}
		if w.claims.tags.tg != nil {
			t.Error("the tagger is not returned to its pool")
		}
	}
}
