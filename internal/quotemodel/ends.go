package quotemodel

import (
	_ "embed"
	"sync"

	"github.com/newsparse/newsparse/internal/linear"
)

// Ranker is a linear model over hashed features that ranks the places
// where a reported clause may end: the quotes layer scores each word
// boundary from the clause's first word to the end of its sentence and
// keeps the best. Its weights are trained by TestTrainRanker in
// internal/quotes on PolNeAR's train part. It is read-only and safe for
// concurrent use.
type Ranker = linear.Model

// RankerBits is the number of bits of a feature hash that a Ranker keeps:
// it has 1<<RankerBits weights.
const RankerBits = 16

//go:embed ends.bin
var embeddedEnds []byte

// Ends returns the embedded ranker of clause ends, loaded once, or nil
// when its weights are missing or malformed (the caller then keeps the
// ends the rules and the tagger gave).
var Ends = sync.OnceValue(func() *Ranker {
	r, err := DecodeRanker(embeddedEnds)
	if err != nil {
		return nil
	}
	return r
})

// rankerMagic opens an encoded Ranker: the format's name and version (see
// internal/linear for the rest).
const rankerMagic = "QEN1"

// DecodeRanker reads a Ranker written by EncodeRanker.
func DecodeRanker(b []byte) (*Ranker, error) { return linear.Decode(b, rankerMagic, RankerBits) }

// EncodeRanker writes weights (1<<RankerBits of them) in the format
// DecodeRanker reads.
func EncodeRanker(w []float32) []byte { return linear.Encode(w, rankerMagic) }
