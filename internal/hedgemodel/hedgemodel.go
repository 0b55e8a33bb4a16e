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
	"encoding/binary"
	"errors"
	"math"
	"sync"
)

// Bits is the number of bits of a feature hash that the model keeps: it
// has 1<<Bits weights.
const Bits = 17

// Model is a linear classifier over hashed features. It is read-only and
// safe for concurrent use.
type Model struct {
	w []float32
}

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

// magic opens an encoded model: the format's name and version. The
// weights that are not zero follow, each as its index and its value
// (uint32 and float32, little-endian), by increasing index.
const magic = "HDG2"

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic || (len(b)-len(magic))%8 != 0 {
		return nil, errors.New("hedgemodel: not a model of this version")
	}
	w := make([]float32, 1<<Bits)
	last := -1
	for p := len(magic); p < len(b); p += 8 {
		i := int(binary.LittleEndian.Uint32(b[p:]))
		if i <= last || i >= len(w) {
			return nil, errors.New("hedgemodel: weight index out of order or range")
		}
		w[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[p+4:]))
		last = i
	}
	return &Model{w: w}, nil
}

// Encode writes weights (1<<Bits of them) in the format Decode reads.
func Encode(w []float32) []byte {
	b := []byte(magic)
	for i, x := range w {
		if x != 0 {
			b = binary.LittleEndian.AppendUint32(b, uint32(i))
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	}
	return b
}

// New returns a model with the given weights (1<<Bits of them), for
// training and tests.
func New(w []float32) *Model { return &Model{w: w} }

// Score returns the model's score for the hashed features fs: above zero,
// the cue hedges its clause.
func (m *Model) Score(fs []uint32) float32 {
	var s float32
	for _, f := range fs {
		s += m.w[f&(1<<Bits-1)]
	}
	return s
}
