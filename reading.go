package newsparse

import "github.com/newsparse/newsparse/internal/reading"

// The shared reading (internal/reading) by the names the layers of this
// package use.
type (
	word     = reading.Word
	wordKind = reading.Kind
	sent     = reading.Sent
	para     = reading.Para
)

// The kinds of word.
const (
	wAlpha  = reading.Alpha
	wNumber = reading.Number
	wAbbrev = reading.Abbrev
	wPunct  = reading.Punct
	wQuote  = reading.Quote
	wPoss   = reading.Poss
)
