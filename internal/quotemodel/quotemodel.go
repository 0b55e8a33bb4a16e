// Package quotemodel holds the learned tagger of attributions: a
// first-order linear-chain model (an averaged structured perceptron) that
// tags each word of a paragraph as part of a source, a cue, a content, or
// none, in BIO form. Its features are hashed by the caller (the root
// package's quote layer, which also trains it: see quote_train_test.go);
// this package only stores the weights and decodes with Viterbi.
package quotemodel

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"sync"
)

// The tags, in BIO form.
const (
	O    = iota // no role
	BSrc        // first word of a source
	ISrc        // a later word of a source
	BCue        // first word of a cue
	ICue        // a later word of a cue
	BCon        // first word of a content piece
	ICon        // a later word of a content piece
	// NTags is the number of tags.
	NTags
)

// Bits is the number of bits of a feature hash that the model keeps: it
// has 1<<Bits rows of NTags weights.
const Bits = 18

// Allowed reports whether tag b may follow tag a (a = -1 at the start): an
// inside tag continues its own role only.
func Allowed(a, b int) bool {
	switch b {
	case ISrc:
		return a == BSrc || a == ISrc
	case ICue:
		return a == BCue || a == ICue
	case ICon:
		return a == BCon || a == ICon
	}
	return true
}

// Model is a linear-chain tagger over hashed features. It is read-only
// and safe for concurrent use.
type Model struct {
	w     []int16                 // (1<<Bits)*NTags emission weights
	trans [NTags + 1][NTags]int32 // row NTags: from the start
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the embedded model, loaded once, or nil when the
// embedded weights are missing or malformed (the caller then keeps the
// hand rules alone). It is a function, not a sync.OnceValue variable, so
// that a program which never calls it (the quotes layer while its model is
// switched off) does not link the 4 MB of weights.
func Default() *Model {
	defaultOnce.Do(func() {
		if m, err := Decode(embedded); err == nil {
			defaultModel = m
		}
	})
	return defaultModel
}

// magic opens an encoded model: the format's name and version. Then come
// the (NTags+1)*NTags transition weights (int32), then each row of
// emission weights that is not all zero, as its index (uint32) and NTags
// int16, by increasing index; all little-endian.
const magic = "QTM1"

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	const row = 4 + 2*NTags
	head := len(magic) + 4*(NTags+1)*NTags
	if len(b) < head || string(b[:len(magic)]) != magic || (len(b)-head)%row != 0 {
		return nil, errors.New("quotemodel: not a model of this version")
	}
	m := &Model{w: make([]int16, (1<<Bits)*NTags)}
	p := len(magic)
	for a := range m.trans {
		for c := range m.trans[a] {
			m.trans[a][c] = int32(binary.LittleEndian.Uint32(b[p:]))
			p += 4
		}
	}
	last := -1
	for ; p < len(b); p += row {
		i := int(binary.LittleEndian.Uint32(b[p:]))
		if i <= last || i >= 1<<Bits {
			return nil, errors.New("quotemodel: row index out of order or range")
		}
		for t := 0; t < NTags; t++ {
			m.w[i*NTags+t] = int16(binary.LittleEndian.Uint16(b[p+4+2*t:]))
		}
		last = i
	}
	return m, nil
}

// Quantize turns float weights (as a trainer keeps them: (1<<Bits)*NTags
// emissions and the transitions) into a Model, scaling them all by one
// factor so that the largest fits an int16.
func Quantize(w []float32, trans [NTags + 1][NTags]float32) *Model {
	var mx float64
	for _, x := range w {
		mx = math.Max(mx, math.Abs(float64(x)))
	}
	for a := range trans {
		for _, x := range trans[a] {
			mx = math.Max(mx, math.Abs(float64(x)))
		}
	}
	scale := 1.0
	if mx > 0 {
		scale = 32767 / mx
	}
	m := &Model{w: make([]int16, len(w))}
	for i, x := range w {
		m.w[i] = int16(math.Round(float64(x) * scale))
	}
	for a := range trans {
		for c, x := range trans[a] {
			m.trans[a][c] = int32(math.Round(float64(x) * scale))
		}
	}
	return m
}

// Encode writes m in the format Decode reads.
func (m *Model) Encode() []byte {
	b := []byte(magic)
	for a := range m.trans {
		for _, x := range m.trans[a] {
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		}
	}
	for i := 0; i < 1<<Bits; i++ {
		r := m.w[i*NTags : (i+1)*NTags]
		zero := true
		for _, x := range r {
			if x != 0 {
				zero = false
			}
		}
		if zero {
			continue
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(i))
		for _, x := range r {
			b = binary.LittleEndian.AppendUint16(b, uint16(x))
		}
	}
	return b
}

// Emit adds to sc the emission scores of the hashed features fs.
func (m *Model) Emit(fs []uint32, sc *[NTags]float64) {
	var acc [NTags]int32
	for _, f := range fs {
		r := m.w[int(f&(1<<Bits-1))*NTags:]
		r = r[:NTags]
		for t := range acc {
			acc[t] += int32(r[t])
		}
	}
	for t := range sc {
		sc[t] += float64(acc[t])
	}
}

// Scratch is the reusable memory of Tag.
type Scratch struct {
	score []float64
	back  []uint8
}

// Tag writes into tags the best tag sequence for the words whose hashed
// features are flat[offs[k]:offs[k+1]] for word k. len(tags) must be
// len(offs)-1. It runs in time linear in the number of words and
// features.
func (m *Model) Tag(flat []uint32, offs []int, tags []uint8, s *Scratch) {
	var tr [NTags + 1][NTags]float64
	for a := range tr {
		for c := range tr[a] {
			tr[a][c] = float64(m.trans[a][c])
		}
	}
	viterbi(len(offs)-1, func(k int, em *[NTags]float64) { m.Emit(flat[offs[k]:offs[k+1]], em) }, &tr, tags, s)
}

// viterbi writes into tags the best sequence of n tags under the
// emissions emit gives and the transitions tr.
func viterbi(n int, emit func(k int, em *[NTags]float64), tr *[NTags + 1][NTags]float64, tags []uint8, s *Scratch) {
	if n <= 0 {
		return
	}
	if cap(s.score) < n*NTags {
		s.score = make([]float64, n*NTags)
		s.back = make([]uint8, n*NTags)
	}
	score, back := s.score[:n*NTags], s.back[:n*NTags]
	neg := math.Inf(-1)
	for k := 0; k < n; k++ {
		var em [NTags]float64
		emit(k, &em)
		cur := score[k*NTags : (k+1)*NTags]
		top := neg
		for t := 0; t < NTags; t++ {
			best, arg := neg, 0
			if k == 0 {
				if Allowed(-1, t) {
					best = tr[NTags][t]
				}
			} else {
				prev := score[(k-1)*NTags : k*NTags]
				for a := 0; a < NTags; a++ {
					if prev[a] == neg || !Allowed(a, t) {
						continue
					}
					if v := prev[a] + tr[a][t]; v > best {
						best, arg = v, a
					}
				}
			}
			if best != neg {
				best += em[t]
			}
			cur[t] = best
			back[k*NTags+t] = uint8(arg)
			top = math.Max(top, best)
		}
		for t := range cur { // keep the numbers small on long inputs
			if cur[t] != neg {
				cur[t] -= top
			}
		}
	}
	best, arg := neg, 0
	last := score[(n-1)*NTags:]
	for t := 0; t < NTags; t++ {
		if last[t] > best {
			best, arg = last[t], t
		}
	}
	for k := n - 1; k >= 0; k-- {
		tags[k] = uint8(arg)
		arg = int(back[k*NTags+arg])
	}
}
