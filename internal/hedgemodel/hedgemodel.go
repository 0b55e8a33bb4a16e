// Package hedgemodel holds the learned weights that decide whether a hedge
// cue, met in its sentence, takes certainty away from it: "could" in "it
// could rain" does, "could" in "she could not swim" does not. The weights
// are linear models over hashed features of the cue and its neighbours,
// one for news copy (Default) and one for reference prose (Reference),
// trained by TestTrainHedgeModel in the root package from the hedge
// corpora (see the README); this package only reads them.
package hedgemodel

import (
	_ "embed"
	"sync"

	"github.com/newsparse/newsparse/internal/linear"
)

// Bits is the number of bits of a feature hash that the model keeps: it
// has 1<<Bits weights.
const Bits = 17

// Model is a linear classifier over hashed features: its Score is above
// zero where the cue hedges its clause. It is read-only and safe for
// concurrent use.
type Model = linear.Model

//go:embed model.bin
var embedded []byte

//go:embed reference.bin
var embeddedRef []byte

// Default returns the embedded model of news copy, loaded once, or nil
// when the embedded weights are missing or malformed (the caller then
// keeps every cue, as the hand rules alone do).
var Default = sync.OnceValue(func() *Model { return decodeOrNil(embedded) })

// Reference returns the embedded model of reference prose (encyclopedic
// text, where vague sources, frequency adverbs and reputation words
// hedge), loaded once, or nil when its weights are missing or malformed.
var Reference = sync.OnceValue(func() *Model { return decodeOrNil(embeddedRef) })

func decodeOrNil(b []byte) *Model {
	m, err := Decode(b)
	if err != nil {
		return nil
	}
	return m
}

// magic opens an encoded model: the format's name and version (see
// internal/linear for the rest).
const magic = "HDG2"

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) { return linear.Decode(b, magic, Bits) }

// Encode writes weights (1<<Bits of them) in the format Decode reads.
func Encode(w []float32) []byte { return linear.Encode(w, magic) }

// New returns a model with the given weights (1<<Bits of them), for
// training and tests.
func New(w []float32) *Model { return linear.New(w) }
