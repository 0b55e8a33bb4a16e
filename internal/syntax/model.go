package syntax

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
)

// Model is a trained averaged perceptron, for part-of-speech tags or for
// chunk tags: for each feature it keeps, the weights of the tags it
// speaks for. It is read-only once loaded and safe for concurrent use.
type Model struct {
	kind  byte // kindPOS or kindChunk
	ntags int

	// slots is an open-addressing table from a feature key to its
	// weights: the key's low bits choose the slot, its high 32 bits are
	// kept to tell keys apart.
	slots []slot
	mask  uint64
	// pairs holds the weights of the features, each tag<<16 | the
	// weight as an uint16.
	pairs []uint32

	// fixed holds for each two previous tags the summed weights of the
	// features that read nothing else (bias and previous tags): the same
	// for every word, so summed at load. Tag ntags stands for the start
	// of the sentence.
	fixed []int32
	// none holds, for a part-of-speech model, the sums of the word
	// beyond either end of a sentence.
	none *wordSums
	// noneChunk holds the same for a chunk model.
	noneChunk *chunkWordSums
}

type slot struct {
	check uint32 // the key's high 32 bits
	ref   uint32 // offset into pairs << 6 | count; 0 for an empty slot
}

// The kinds of model.
const (
	kindPOS   = 'P'
	kindChunk = 'C'
)

const magic = "newsparse-syntax-1\n"

// ErrBadModel is returned by Load for data that is not a model.
var ErrBadModel = errors.New("syntax: bad model data")

// maxRaw bounds the decoded size of a model (64 MB): a corrupt length
// cannot make Load allocate more.
const maxRaw = 64 << 20

// feature is a feature of a model being encoded: its key and weights.
type feature struct {
	key uint64
	ws  []tagWeight
}

type tagWeight struct {
	tag uint8
	w   int16
}

// Load decodes a model written by encode. It never panics: short, long or
// corrupt data gives ErrBadModel.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic)+2 || string(data[:len(magic)]) != magic {
		return nil, ErrBadModel
	}
	kind, ntags := data[len(magic)], int(data[len(magic)+1])
	switch {
	case kind == kindPOS && ntags == int(NumPOS):
	case kind == kindChunk && ntags == int(NumChunk):
	default:
		return nil, ErrBadModel
	}
	br := bytes.NewReader(data[len(magic)+2:])
	zr := flate.NewReader(br)
	raw, err := io.ReadAll(io.LimitReader(zr, maxRaw+1))
	if err != nil || len(raw) > maxRaw || br.Len() != 0 {
		return nil, ErrBadModel
	}
	nfeat, k := binary.Uvarint(raw)
	if k <= 0 || nfeat > uint64(len(raw)) {
		return nil, ErrBadModel
	}
	raw = raw[k:]
	size := 16
	for uint64(size) < 2*nfeat {
		size <<= 1
	}
	m := &Model{kind: kind, ntags: ntags, slots: make([]slot, size), mask: uint64(size - 1)}
	m.pairs = make([]uint32, 0, len(raw)/3)
	var key uint64
	for f := uint64(0); f < nfeat; f++ {
		d, k := binary.Uvarint(raw)
		if k <= 0 || (f > 0 && d == 0) || key+d < key {
			return nil, ErrBadModel
		}
		key += d
		raw = raw[k:]
		if len(raw) < 1 {
			return nil, ErrBadModel
		}
		n := int(raw[0])
		raw = raw[1:]
		if n < 1 || n > ntags || len(m.pairs)+n >= 1<<26 {
			return nil, ErrBadModel
		}
		off := len(m.pairs)
		last := -1
		for j := 0; j < n; j++ {
			if len(raw) < 1 {
				return nil, ErrBadModel
			}
			tag := int(raw[0])
			w, k := binary.Varint(raw[1:])
			if tag <= last || tag >= ntags || k <= 0 || w < -32768 || w > 32767 {
				return nil, ErrBadModel
			}
			last = tag
			raw = raw[1+k:]
			m.pairs = append(m.pairs, uint32(tag)<<16|uint32(uint16(int16(w))))
		}
		i := key & m.mask
		for m.slots[i].ref != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{check: uint32(key >> 32), ref: uint32(off)<<6 | uint32(n)}
	}
	if len(raw) != 0 {
		return nil, ErrBadModel
	}
	m.sumFixed()
	if kind == kindPOS {
		m.none = new(wordSums)
		m.wordSums(m.none, &none, nil)
	} else {
		m.noneChunk = new(chunkWordSums)
		m.chunkWordSums(m.noneChunk, &none, nil)
	}
	return m, nil
}

// sumFixed fills m.fixed.
func (m *Model) sumFixed() {
	nt := m.ntags
	m.fixed = make([]int32, (nt+1)*(nt+1)*nt)
	var keys []uint64
	for p := 0; p <= nt; p++ {
		for p2 := 0; p2 <= nt; p2++ {
			keys = fixedKeys(keys[:0], uint8(p), uint8(p2))
			sc := m.fixed[(p*(nt+1)+p2)*nt:][:nt]
			for _, k := range keys {
				m.add(sc, k)
			}
		}
	}
}

// fixedRow returns the fixed scores after tags prev and prev2.
func (m *Model) fixedRow(prev, prev2 uint8) []int32 {
	nt := m.ntags
	return m.fixed[(int(prev)*(nt+1)+int(prev2))*nt:][:nt]
}

// weights returns the weights of feature key, or nil.
func (m *Model) weights(key uint64) []uint32 {
	check := uint32(key >> 32)
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		s := m.slots[i]
		if s.ref == 0 {
			return nil
		}
		if s.check == check {
			off, n := s.ref>>6, s.ref&63
			return m.pairs[off : off+n]
		}
	}
}

// add adds the weights of feature key to the scores sc.
func (m *Model) add(sc []int32, key uint64) {
	for _, p := range m.weights(key) {
		sc[p>>16&63] += int32(int16(p))
	}
}

// sum adds the weights of features keys to sc.
func (m *Model) sum(sc []int32, keys []uint64) {
	for _, k := range keys {
		m.add(sc, k)
	}
}

// encode writes a model in the form Load reads: the features sorted by
// key, their keys as differences.
func encode(kind byte, ntags int, feats []feature) []byte {
	var raw []byte
	raw = binary.AppendUvarint(raw, uint64(len(feats)))
	var last uint64
	for _, f := range feats {
		raw = binary.AppendUvarint(raw, f.key-last)
		last = f.key
		raw = append(raw, byte(len(f.ws)))
		for _, tw := range f.ws {
			raw = append(raw, tw.tag)
			raw = binary.AppendVarint(raw, int64(tw.w))
		}
	}
	var buf bytes.Buffer
	buf.WriteString(magic)
	buf.WriteByte(kind)
	buf.WriteByte(byte(ntags))
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	zw.Write(raw)
	zw.Close()
	return buf.Bytes()
}
