// Package linear holds the linear models over hashed features that
// newsparse's layers learn: one float32 weight for each bucket of a table
// of 1<<bits, a feature's hash read modulo the table. The hedge models
// (internal/hedgemodel) and the quotes layer's ranker of clause ends
// (internal/quotemodel) are such models; this package keeps their weights
// and their file format, in which the weights that are not zero follow a
// magic naming the format, each as its index and its value (uint32 and
// float32, little-endian), by increasing index.
package linear

import (
	"encoding/binary"
	"errors"
	"math"
)

// Model is a linear model over hashed features. It is read-only and safe
// for concurrent use.
type Model struct {
	w []float32
}

// New returns a model with the weights w, whose length is a power of two
// (for training and tests).
func New(w []float32) *Model { return &Model{w: w} }

// Weights returns the model's weights, which the caller must not change.
func (m *Model) Weights() []float32 { return m.w }

// Score returns the sum of the weights of the hashed features fs, each
// read modulo the table.
func (m *Model) Score(fs []uint32) float32 {
	mask := uint32(len(m.w) - 1)
	var s float32
	for _, f := range fs {
		s += m.w[f&mask]
	}
	return s
}

// Decode reads a model of 1<<bits weights written by Encode with the same
// magic.
func Decode(b []byte, magic string, bits int) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic || (len(b)-len(magic))%8 != 0 {
		return nil, errors.New("linear: not a " + magic + " model")
	}
	w := make([]float32, 1<<bits)
	last := -1
	for p := len(magic); p < len(b); p += 8 {
		i := int(binary.LittleEndian.Uint32(b[p:]))
		if i <= last || i >= len(w) {
			return nil, errors.New("linear: " + magic + " weight index out of order or range")
		}
		w[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[p+4:]))
		last = i
	}
	return &Model{w: w}, nil
}

// Encode writes the weights w after magic, in the format Decode reads.
func Encode(w []float32, magic string) []byte {
	b := []byte(magic)
	for i, x := range w {
		if x != 0 {
			b = binary.LittleEndian.AppendUint32(b, uint32(i))
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	}
	return b
}
