// Package quotemodel holds the learned tagger of attributions: a
// first-order linear-chain model (an averaged structured perceptron) that
// tags each word of a paragraph as part of a source, a cue, a content, or
// none, in BIO form. Its features are hashed by the caller (the quotes
// layer, internal/quotes, which also trains it: see its train_test.go);
// this package only stores the weights and decodes with Viterbi. It holds
// too the Ranker of where a reported clause ends (ends.go).
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
// has 1<<Bits rows of NTags weights, 256 KB loaded. At 16 bits (1 MB)
// PolNeAR dev came out the same (found 70.9 against 71.0, content 57.1
// against 57.2), at 18 and 20 no better; the smaller table stays in the
// processor's cache, and Parse ran about 7% faster (six paired runs, all
// six faster).
const Bits = 14

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
	// u holds the emission weights, a row a hash: 8 lanes of 16 bits in
	// two uint64 (little-endian lanes: lane t is tag t's weight, lane 7
	// padding), each lane the weight plus bias, so that Emit can add four
	// lanes in one 64-bit addition. A row is 16 bytes and never
	// straddles a cache line.
	u     []uint64
	trans [NTags + 1][NTags]int32 // row NTags: from the start
}

// Emit spells out the NTags sums.
var _, _ [NTags - 7][7 - NTags]int

// bias is added to each weight of a lane: a lane holds 0 to 65535.
const bias = 1 << 15

// biasRow is a row of zero weights: every lane bias.
const biasRow = 0x8000800080008000

// newModel returns a model whose emission weights are all 0.
func newModel() *Model {
	m := &Model{u: make([]uint64, 2<<Bits)}
	for i := range m.u {
		m.u[i] = biasRow
	}
	return m
}

// weight returns the weight of tag t in row i.
func (m *Model) weight(i, t int) int16 {
	return int16(int32(uint16(m.u[2*i+t/4]>>(16*(t%4)))) - bias)
}

// setWeight sets the weight of tag t in row i.
func (m *Model) setWeight(i, t int, x int16) {
	sh := 16 * (t % 4)
	p := &m.u[2*i+t/4]
	*p = *p&^(0xffff<<sh) | uint64(uint16(int32(x)+bias))<<sh
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
// switched off) does not link the weights.
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
	m := newModel()
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
			m.setWeight(i, t, int16(binary.LittleEndian.Uint16(b[p+4+2*t:])))
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
	m := newModel()
	for i, x := range w {
		m.setWeight(i/NTags, i%NTags, int16(math.Round(float64(x)*scale)))
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
		zero := true
		for t := 0; t < NTags; t++ {
			if m.weight(i, t) != 0 {
				zero = false
			}
		}
		if zero {
			continue
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(i))
		for t := 0; t < NTags; t++ {
			b = binary.LittleEndian.AppendUint16(b, uint16(m.weight(i, t)))
		}
	}
	return b
}

// Emit adds to sc the emission scores of the hashed features fs.
func (m *Model) Emit(fs []uint32, sc *[NTags]float64) {
	var em [NTags]int64
	m.sums(fs, &em)
	for t := range sc {
		sc[t] += float64(em[t])
	}
}

// sums adds to em the emission scores of the hashed features fs.
func (m *Model) sums(fs []uint32, em *[NTags]int64) {
	for len(fs) > 0 {
		n := min(len(fs), maxEmit)
		m.emit(fs[:n], em)
		fs = fs[n:]
	}
}

// maxEmit is the most features emit sums: a 32-bit lane then holds at
// most maxEmit*65535.
const maxEmit = 1 << 16

// emit is sums for at most maxEmit features. It spreads the 16-bit lanes
// of each row over 32-bit lanes of four uint64 sums (even and odd lanes of
// each half row), which no carry crosses, and removes the biases at the
// end: the sums are exactly those of the weights.
func (m *Model) emit(fs []uint32, em *[NTags]int64) {
	const lo = 0x0000ffff0000ffff
	var s0, s1, s2, s3 uint64
	for _, f := range fs {
		i := int(f&(1<<Bits-1)) * 2
		r := (*[2]uint64)(m.u[i : i+2])
		s0 += r[0] & lo
		s1 += r[0] >> 16 & lo
		s2 += r[1] & lo
		s3 += r[1] >> 16 & lo
	}
	b := int64(len(fs)) * bias
	em[0] += int64(uint32(s0)) - b
	em[1] += int64(uint32(s1)) - b
	em[2] += int64(s0>>32) - b
	em[3] += int64(s1>>32) - b
	em[4] += int64(uint32(s2)) - b
	em[5] += int64(uint32(s3)) - b
	em[6] += int64(s2>>32) - b
}

// Scratch is the reusable memory of a tagging: the Viterbi scores and
// back pointers of the words read so far. Its zero value is ready for
// use; it grows to the longest sequence tagged with it.
//
// The scores are integers: sums of integer weights (the trainer's too,
// counts of its updates), which float64 held exactly; int64 takes the
// same decisions, faster.
type Scratch struct {
	score []int64
	back  []uint8
	n     int
	tr    [NTags + 1][NTags]int64
}

// Begin starts a new sequence in s, to be tagged by m: then Next for each
// word, then End.
func (m *Model) Begin(s *Scratch) {
	var tr [NTags + 1][NTags]int64
	for a := range tr {
		for c := range tr[a] {
			tr[a][c] = int64(m.trans[a][c])
		}
	}
	s.begin(&tr)
}

// forbidden is the transition score of a pair of tags Allowed refuses:
// far below any path of allowed ones (whose scores step keeps near 0),
// yet far from overflow, so that step needs no test.
const forbidden = -1 << 50

// begin starts a sequence under the transitions tr.
func (s *Scratch) begin(tr *[NTags + 1][NTags]int64) {
	s.n = 0
	for a := range s.tr {
		from := a
		if a == NTags {
			from = -1
		}
		for c := range s.tr[a] {
			s.tr[a][c] = tr[a][c]
			if !Allowed(from, c) {
				s.tr[a][c] = forbidden
			}
		}
	}
}

// Next reads the next word of the sequence, given its hashed features.
func (m *Model) Next(s *Scratch, fs []uint32) {
	var em [NTags]int64
	m.sums(fs, &em)
	s.step(&em)
}

// End writes the best tag sequence of the words read since Begin into
// tags, grown if needed, and returns it.
func (s *Scratch) End(tags []uint8) []uint8 {
	if cap(tags) < s.n {
		tags = make([]uint8, s.n)
	}
	tags = tags[:s.n]
	s.backtrack(tags)
	return tags
}

// Tag writes into tags the best tag sequence for the words whose hashed
// features are flat[offs[k]:offs[k+1]] for word k. len(tags) must be
// len(offs)-1. It runs in time linear in the number of words and
// features.
func (m *Model) Tag(flat []uint32, offs []int, tags []uint8, s *Scratch) {
	m.Begin(s)
	for k := 0; k+1 < len(offs); k++ {
		m.Next(s, flat[offs[k]:offs[k+1]])
	}
	s.backtrack(tags)
}

// step extends the Viterbi lattice by one word with emissions em, under
// the transitions s.tr.
func (s *Scratch) step(em *[NTags]int64) {
	k := s.n
	if need := (k + 1) * NTags; cap(s.score) < need {
		c := max(need, 2*cap(s.score), 64*NTags)
		score, back := make([]int64, c), make([]uint8, c)
		copy(score, s.score[:k*NTags])
		copy(back, s.back[:k*NTags])
		s.score, s.back = score, back
	}
	s.score, s.back = s.score[:cap(s.score)], s.back[:cap(s.back)]
	cur := (*[NTags]int64)(s.score[k*NTags : (k+1)*NTags])
	back := (*[NTags]uint8)(s.back[k*NTags : (k+1)*NTags])
	top := int64(math.MinInt64)
	if k == 0 {
		for t := range cur {
			cur[t] = s.tr[NTags][t] + em[t]
			back[t] = 0
			top = max(top, cur[t])
		}
	} else {
		prev := (*[NTags]int64)(s.score[(k-1)*NTags : k*NTags])
		for t := range cur {
			best, arg := prev[0]+s.tr[0][t], 0
			if t%2 == 0 && t > 0 {
				// An inside tag follows its own begin or inside tag only.
				best, arg = prev[t-1]+s.tr[t-1][t], t-1
				if v := prev[t] + s.tr[t][t]; v > best {
					best, arg = v, t
				}
			} else {
				for a := 1; a < NTags; a++ {
					if v := prev[a] + s.tr[a][t]; v > best {
						best, arg = v, a
					}
				}
			}
			best += em[t]
			cur[t] = best
			back[t] = uint8(arg)
			top = max(top, best)
		}
	}
	for t := range cur { // keep the numbers small on long inputs
		cur[t] -= top
	}
	s.n++
}

// backtrack writes the best path through the lattice into tags
// (len(tags) == s.n).
func (s *Scratch) backtrack(tags []uint8) {
	n := s.n
	if n <= 0 {
		return
	}
	best, arg := int64(math.MinInt64), 0
	last := s.score[(n-1)*NTags : n*NTags]
	for t := 0; t < NTags; t++ {
		if last[t] > best {
			best, arg = last[t], t
		}
	}
	for k := n - 1; k >= 0; k-- {
		tags[k] = uint8(arg)
		arg = int(s.back[k*NTags+arg])
	}
}
