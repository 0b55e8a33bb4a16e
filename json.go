package newsparse

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// articleJSON is the JSON shape of an [Article]: the contract of the package
// documentation. Every exported field of Article has its key here (a test
// checks it), in the order the contract gives.
type articleJSON struct {
	Published  *string         `json:"published"`
	Version    string          `json:"version"`
	Headline   *Span           `json:"headline"`
	Byline     *Span           `json:"byline"`
	Dateline   *Span           `json:"dateline"`
	Paragraphs []paragraphJSON `json:"paragraphs"`
	Entities   []Entity        `json:"entities"`
	Quotes     []Quote         `json:"quotes"`
	Times      []Time          `json:"times"`
	Timeline   []eventJSON     `json:"timeline"`
	Claims     []Claim         `json:"claims"`
	Credits    []Span          `json:"credits"`
	Tokens     []Token         `json:"tokens,omitempty"`
}

type paragraphJSON struct {
	Start     int            `json:"start"`
	End       int            `json:"end"`
	Text      string         `json:"text"`
	Sentences []sentenceJSON `json:"sentences"`
}

type sentenceJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// eventJSON is a timeline [Event]. Its sentence has offsets only, as the
// contract has always had it: the sentence's text is in the paragraph's
// list of sentences, once. (Version 0.1.0 wrote it again on every event,
// and the JSON of a long sentence with many events grew with the square of
// its length.)
type eventJSON struct {
	Time     int           `json:"time"`
	Value    string        `json:"value"`
	Event    Span          `json:"event"`
	Sentence eventSentence `json:"sentence"`
	Entities []EntityID    `json:"entities"`
}

// eventSentence is the sentence of a timeline event in the JSON.
type eventSentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// span2 is a [start, end) pair of byte offsets.
type span2 struct{ start, end int }

// sub returns the source text of [start, end): from the text the Article
// was parsed from, or from the paragraph and sentence texts it was decoded
// with; "" when neither holds it (an Article built by hand).
func (a *Article) sub(start, end int) string {
	if a.decoded != nil {
		return a.decoded[span2{start, end}]
	}
	if 0 <= start && start <= end && end <= len(a.src) {
		return a.src[start:end]
	}
	return ""
}

// MarshalJSON writes the Article in the documented JSON shape: "published"
// as "YYYY-MM-DD" or null, "version" as [Version], every list as [] when it
// is empty or nil, and each paragraph and sentence of the paragraphs with
// its "text" (a timeline event's sentence has only its offsets: the text
// of a sentence is written once, however many events it holds).
//
// It has a value receiver, so an Article marshals the same held by value or
// by pointer.
func (a Article) MarshalJSON() ([]byte, error) {
	return a.JSON(Bytes)
}

// jsonValue returns the Article in its JSON shape. Its lists share memory
// with the Article's.
func (a *Article) jsonValue() articleJSON {
	v := articleJSON{
		Version:    Version,
		Headline:   a.Headline,
		Byline:     a.Byline,
		Dateline:   a.Dateline,
		Paragraphs: make([]paragraphJSON, len(a.Paragraphs)),
		Entities:   nonNil(a.Entities),
		Quotes:     nonNil(a.Quotes),
		Times:      nonNil(a.Times),
		Timeline:   make([]eventJSON, len(a.Timeline)),
		Claims:     nonNil(a.Claims),
		Credits:    nonNil(a.Credits),
		Tokens:     a.Tokens,
	}
	if !a.Published.IsZero() {
		s := a.Published.Format("2006-01-02")
		v.Published = &s
	}
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Sentences)
	}
	ss := make([]sentenceJSON, 0, n) // one array for every sentence
	for i, p := range a.Paragraphs {
		first := len(ss)
		for _, s := range p.Sentences {
			ss = append(ss, a.sentenceJSON(s))
		}
		v.Paragraphs[i] = paragraphJSON{p.Start, p.End, a.sub(p.Start, p.End), ss[first:len(ss):len(ss)]}
	}
	for i, e := range a.Timeline {
		v.Timeline[i] = eventJSON{e.Time, e.Value, e.Event, eventSentence{e.Sentence.Start, e.Sentence.End}, nonNil(e.Entities)}
	}
	for i, e := range v.Entities {
		if e.Mentions == nil {
			v.Entities = append([]Entity(nil), v.Entities...)
			v.Entities[i].Mentions = []Span{}
		}
	}
	for i, c := range v.Claims {
		if c.Cues == nil {
			v.Claims = append([]Claim(nil), v.Claims...)
			v.Claims[i].Cues = []Hedge{}
		}
	}
	return v
}

func (a *Article) sentenceJSON(s Sentence) sentenceJSON {
	return sentenceJSON{s.Start, s.End, a.sub(s.Start, s.End)}
}

// nonNil returns s, or an empty slice when s is nil, so that JSON writes [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// UnmarshalJSON reads an Article from the JSON that [Article.MarshalJSON]
// writes, with byte offsets, so that encoding what it decoded gives the same
// bytes. (Where the source had invalid UTF-8, the JSON has U+FFFD in its
// place, written as \ufffd; encoded again it is the character itself.) "published" must be "YYYY-MM-DD" or null; "version" is read and
// not kept (the Article writes this library's Version). A paragraph's or
// sentence's "text" must match its offsets: JSON written with offsets in
// another unit (the command-line tool's -offsets runes) is refused. The
// paragraph texts are kept, so that the decoded Article writes them again;
// it knows no other text of its source. Missing lists decode as empty.
func (a *Article) UnmarshalJSON(b []byte) error {
	var v articleJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	out := Article{
		Headline:   v.Headline,
		Byline:     v.Byline,
		Dateline:   v.Dateline,
		Paragraphs: make([]Paragraph, len(v.Paragraphs)),
		Entities:   nonNil(v.Entities),
		Quotes:     nonNil(v.Quotes),
		Times:      nonNil(v.Times),
		Timeline:   make([]Event, len(v.Timeline)),
		Claims:     nonNil(v.Claims),
		Credits:    nonNil(v.Credits),
		Tokens:     v.Tokens,
		decoded:    make(map[span2]string),
	}
	if v.Published != nil {
		t, err := time.Parse("2006-01-02", *v.Published)
		if err != nil {
			return fmt.Errorf("newsparse: bad \"published\" date %q: want YYYY-MM-DD", *v.Published)
		}
		out.Published = t
	}
	prevEnd := 0
	for i, p := range v.Paragraphs {
		if p.Start < prevEnd || !bytesMatch(p.Start, p.End, p.Text) {
			return fmt.Errorf("newsparse: paragraph %d [%d,%d) is out of order or does not span its text of %d bytes (offsets not in bytes?)", i, p.Start, p.End, len(p.Text))
		}
		prevEnd = p.End
		out.decoded[span2{p.Start, p.End}] = p.Text
		ss := make([]Sentence, len(p.Sentences))
		for j, s := range p.Sentences {
			exact := len(p.Text) == p.End-p.Start
			if s.Start < p.Start || s.End > p.End || !bytesMatch(s.Start, s.End, s.Text) ||
				exact && p.Text[s.Start-p.Start:s.End-p.Start] != s.Text {
				return fmt.Errorf("newsparse: sentence %d.%d [%d,%d) is outside its paragraph or does not span its text (offsets not in bytes?)", i, j, s.Start, s.End)
			}
			out.decoded[span2{s.Start, s.End}] = s.Text
			ss[j] = Sentence{Start: s.Start, End: s.End}
		}
		out.Paragraphs[i] = Paragraph{Start: p.Start, End: p.End, Sentences: ss}
	}
	for i, e := range v.Timeline {
		out.Timeline[i] = Event{Time: e.Time, Value: e.Value, Event: e.Event,
			Sentence: Sentence{Start: e.Sentence.Start, End: e.Sentence.End}, Entities: nonNil(e.Entities)}
	}
	*a = out
	return nil
}

// bytesMatch reports whether [start, end) can be the byte span of text as
// JSON carried it: the same length, or, where the source had invalid UTF-8
// (which JSON writes as U+FFFD, three bytes for one), no shorter than the
// span and the span no shorter than a third of it.
func bytesMatch(start, end int, text string) bool {
	n := end - start
	if n < 0 {
		return false
	}
	if n == len(text) {
		return true
	}
	return strings.ContainsRune(text, utf8.RuneError) && n < len(text) && 3*n >= len(text)
}
