package newsparse

import (
	"github.com/newsparse/newsparse/internal/syntax"
	"github.com/newsparse/newsparse/internal/tokens"
)

// Token is one word of the text with its part of speech and the phrase it
// belongs to. Tokens are the words as the document splits them, but for
// contractions, which are two tokens as the Penn Treebank writes them:
// "don't" is "do" and "n't", "we're" is "we" and "'re".
type Token struct {
	Start int `json:"start"` // byte offset of the first byte
	End   int `json:"end"`   // byte offset just past the last byte
	// POS is the Penn Treebank part-of-speech tag: "NN", "VBD", "DT", ...
	POS string `json:"pos"`
	// Chunk is the IOB2 phrase-chunk tag: "B-NP", "I-NP", "B-VP", "O", ...
	Chunk string `json:"chunk"`
}

// findTokens runs the tokens layer (internal/tokens) on d: every word
// with its part of speech and phrase chunk.
func findTokens(d *doc) []Token {
	tags := tokens.Find(&d.Doc, d.w.tokens)
	d.w.tokens = tags
	toks := make([]Token, len(tags))
	for i, t := range tags {
		toks[i] = Token{t.Start, t.End, syntax.POSName(t.POS), syntax.ChunkName(t.Chunk)}
	}
	return toks
}
