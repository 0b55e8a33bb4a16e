package quotemodel

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"sync"
)

// Ranker is a linear model over hashed features that ranks the places
// where a reported clause may end: the quotes layer scores each word
// boundary from the clause's first word to the end of its sentence and
// keeps the best. Its weights are trained by TestTrainRanker in
// internal/quotes on PolNeAR's train part. It is read-only and safe for
// concurrent use.
type Ranker struct {
	w []float32
}

// RankerBits is the number of bits of a feature hash that a Ranker keeps:
// it has 1<<RankerBits weights.
const RankerBits = 16

//go:embed ends.bin
var embeddedEnds []byte

// Ends returns the embedded ranker of clause ends, loaded once, or nil
// when its weights are missing or malformed (the caller then keeps the
// ends the rules and the tagger gave).
var Ends = sync.OnceValue(func() *Ranker { return decodeRankerOrNil(embeddedEnds) })

func decodeRankerOrNil(b []byte) *Ranker {
	r, err := DecodeRanker(b)
	if err != nil {
		return nil
	}
	return r
}

// rankerMagic opens an encoded Ranker: the format's name and version. The
// weights that are not zero follow, each as its index and its value
// (uint32 and float32, little-endian), by increasing index.
const rankerMagic = "QEN1"

// DecodeRanker reads a Ranker written by EncodeRanker.
func DecodeRanker(b []byte) (*Ranker, error) {
	if len(b) < len(rankerMagic) || string(b[:len(rankerMagic)]) != rankerMagic || (len(b)-len(rankerMagic))%8 != 0 {
		return nil, errors.New("quotemodel: not a ranker of this version")
	}
	w := make([]float32, 1<<RankerBits)
	last := -1
	for p := len(rankerMagic); p < len(b); p += 8 {
		i := int(binary.LittleEndian.Uint32(b[p:]))
		if i <= last || i >= len(w) {
			return nil, errors.New("quotemodel: ranker weight index out of order or range")
		}
		w[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[p+4:]))
		last = i
	}
	return &Ranker{w: w}, nil
}

// EncodeRanker writes weights (1<<RankerBits of them) in the format
// DecodeRanker reads.
func EncodeRanker(w []float32) []byte {
	b := []byte(rankerMagic)
	for i, x := range w {
		if x != 0 {
			b = binary.LittleEndian.AppendUint32(b, uint32(i))
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	}
	return b
}

// NewRanker returns a Ranker with the given weights (1<<RankerBits of
// them), for training and tests.
func NewRanker(w []float32) *Ranker { return &Ranker{w: w} }

// Score returns the ranker's score of the hashed features fs: the higher,
// the likelier the place they describe.
func (r *Ranker) Score(fs []uint32) float32 {
	var s float32
	for _, f := range fs {
		s += r.w[f&(1<<RankerBits-1)]
	}
	return s
}
