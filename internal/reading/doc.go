// Package reading is the shared reading of a text that every layer of
// newsparse stands on ([Read]): its header lines (headline, byline,
// dateline) and closing credits, its paragraphs and sentences, and their
// words with their kinds and lower-case forms. A layer reads a [Doc];
// nothing here knows of any layer.
package reading

// Doc is a text as every layer reads it: its body's paragraphs, their
// sentences, the header lines (headline, byline, dateline) and the words
// of both. Every offset is a byte offset into Text; every index is an
// index into Paras, Sents or Words.
type Doc struct {
	Text  string
	Paras []Para
	Sents []Sent   // body sentences, in text order
	Words []Word   // words of the header lines and of every sentence, in text order
	Lower []string // Lower[i] is Words[i] lower-cased (see Lowering)
	// Header holds the headline, byline and dateline as pseudo-sentences
	// (Para -1), so that a layer that reads names can read them too.
	Header []Sent

	// The header lines found, or nil.
	Headline, Byline, Dateline *Span
	// DatelineAt is where the body's first paragraph starts, when a
	// dateline may open it, or -1.
	DatelineAt int
	// Credits are the credit and boilerplate lines that end the text.
	Credits []Span
}

// Para is a body paragraph, Text[Start:End], and the range of its
// sentences in Doc.Sents.
type Para struct {
	Start, End     int
	Sent0, SentEnd int
}

// Sent is a sentence (or header line), Text[Start:End], and the range of
// its words in Doc.Words.
type Sent struct {
	Start, End     int
	Para           int // index in Doc.Paras, or -1 for a header line
	Word0, WordEnd int
}

// Span is a range of the text: Doc.Text[Start:End].
type Span struct{ Start, End int }

// span is the Span of text[start:end].
func span(_ string, start, end int) Span { return Span{start, end} }
