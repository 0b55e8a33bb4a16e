package newsparse

import (
	"time"

	"github.com/newsparse/newsparse/internal/names"
	"github.com/newsparse/newsparse/internal/reading"
)

// doc is the text cut into the pieces every layer reads: the header lines,
// the body's paragraphs, their sentences and the sentences' words. Every
// offset is a byte offset into text.
type doc struct {
	// Doc holds the text and its reading: paragraphs, sentences, words.
	reading.Doc
	// quoteRulesOnly is Options.quoteRulesOnly: the quotes are the
	// rules' alone.
	quoteRulesOnly bool

	// The names layer's entities, as it found them, and the Entities made
	// of them (see findEntitiesNamed), for the layers that read them.
	named    []names.Entity
	entities []Entity

	// The mention index of the entities last asked for (see mentionsOf).
	indexed  []Entity
	mentions []mentionRef

	// genre is genreOf(d), once genreRead.
	genre     genre
	genreRead bool

	w *workspace // the scratch arrays, given back by release
}

// newDoc reads text (see reading.Read) with the arrays of a workspace
// from the pool.
func newDoc(text string) *doc {
	w := workspaces.Get().(*workspace)
	return &doc{Doc: reading.Read(text, &w.read), w: w}
}

// article returns the Article of the doc's paragraphs and header, with the
// other layers' lists empty.
func (d *doc) article(published time.Time) *Article {
	a := &Article{
		Headline:   d.headerSpan(d.Headline),
		Byline:     d.headerSpan(d.Byline),
		Dateline:   d.headerSpan(d.Dateline),
		Paragraphs: make([]Paragraph, len(d.Paras)),
		Credits:    make([]Span, len(d.Credits)),
		Entities:   []Entity{},
		Quotes:     []Quote{},
		Times:      []Time{},
		Timeline:   []Event{},
		Claims:     []Claim{},
	}
	if !published.IsZero() {
		y, m, day := published.Date()
		a.Published = time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	}
	for i, c := range d.Credits {
		a.Credits[i] = span(d.Text, c.Start, c.End)
	}
	// One array holds the sentences of every paragraph.
	ss := make([]Sentence, len(d.Sents))
	for i, s := range d.Sents {
		ss[i] = Sentence{s.Start, s.End}
	}
	for i, p := range d.Paras {
		a.Paragraphs[i] = Paragraph{Start: p.Start, End: p.End, Sentences: ss[p.Sent0:p.SentEnd:p.SentEnd]}
	}
	return a
}

// headerSpan is the Span of a header line h, or nil when there is none.
func (d *doc) headerSpan(h *reading.Span) *Span {
	if h == nil {
		return nil
	}
	sp := span(d.Text, h.Start, h.End)
	return &sp
}

// genre is how a text is read (see reading.Genre).
type genre = reading.Genre

const (
	genreShort     = reading.GenreShort
	genreNews      = reading.GenreNews
	genreReference = reading.GenreReference
)

// genreOf is reading.GenreOf(d), read once: the quotes and claims layers
// both ask.
func genreOf(d *doc) genre {
	if !d.genreRead {
		d.genre, d.genreRead = reading.GenreOf(&d.Doc), true
	}
	return d.genre
}
