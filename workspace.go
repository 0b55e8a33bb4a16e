package newsparse

import (
	"sync"

	"github.com/newsparse/newsparse/internal/claims"
	"github.com/newsparse/newsparse/internal/names"
	"github.com/newsparse/newsparse/internal/quotes"
	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/internal/times"
	"github.com/newsparse/newsparse/internal/tokens"
)

// workspace holds the scratch arrays of one Parse call: the word table,
// the sentence table and the per-word arrays of the layers. Parse takes one
// from workspaces and gives it back when the Article is built, so that a
// service parsing article after article allocates its scratch space once.
// Nothing in an Article points into a workspace, and a workspace handed
// back holds no reference to the text.
type workspace struct {
	read reading.Scratch // the reading's arrays
	// The quotes layer's arrays.
	quotes quotes.Scratch
	// The claims layer's sentence scanner, with its per-word arrays.
	claims claims.Scratch
	// The mention index (see mentionsOf).
	mentions []mentionRef
	// The names layer's mentions, entity drafts and mention keys.
	names names.Scratch
	// The times layer's per-word arrays.
	times times.Scratch
	// The tokens layer's tags, before Parse turns them into Tokens.
	tokens []tokens.Tag
}

// workspaces is the pool of idle workspaces. A sync.Pool is safe for
// concurrent use and lets the garbage collector take idle ones.
var workspaces = sync.Pool{New: func() any { return new(workspace) }}

// maxPooledWords bounds the word table of a workspace kept for reuse
// (about 6 MB of news text): the scratch space of a rare huge input is
// left to the garbage collector rather than held.
const maxPooledWords = 1 << 20

// release gives d's workspace back for reuse, with the arrays d grew and
// without any reference into d.text. d must not be read afterwards.
func (d *doc) release() {
	w := d.w
	if w == nil {
		return
	}
	d.w = nil
	if cap(d.Words) > maxPooledWords {
		return // the other arrays grow with the words
	}
	clear(d.Lower) // strings into the text's lower-case copy
	w.read.Words, w.read.Lower, w.read.Sents = d.Words[:0], d.Lower[:0], d.Sents[:0]
	w.quotes.Clear()
	clear(w.mentions[:cap(w.mentions)]) // entity IDs, strings of the output
	w.mentions = w.mentions[:0]
	w.names.Clear(maxPooledWords / 8)
	workspaces.Put(w)
}

// reuse returns s emptied, with room for at least n elements: s's own
// array when it is large enough.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}
