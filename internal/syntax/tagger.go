package syntax

import (
	_ "embed"
	"errors"
	"sync"
)

//go:embed pos.bin
var posAsset []byte

//go:embed chunk.bin
var chunkAsset []byte

// models are the embedded models, decoded once.
type models struct {
	pos, chunk *Model
}

var loaded = sync.OnceValues(func() (models, error) {
	p, err := Load(posAsset)
	if err != nil || p.kind != kindPOS {
		return models{}, errors.New("syntax: the embedded part-of-speech model does not decode")
	}
	c, err := Load(chunkAsset)
	if err != nil || c.kind != kindChunk {
		return models{}, errors.New("syntax: the embedded chunk model does not decode")
	}
	return models{p, c}, nil
})

// Err reports whether the embedded models decode: nil when they do. When
// they do not, the taggers give every word NN and O rather than fail.
func Err() error {
	_, err := loaded()
	return err
}

// Tagger holds the buffers of tagging: reused from call to call, so that
// tagging allocates nothing once they have grown. A Tagger is not safe
// for concurrent use; Tag and Chunk take one from a pool.
type Tagger struct {
	words []word
	keys  []uint64
	sc    [64]int32
}

var pool = sync.Pool{New: func() any { return new(Tagger) }}

// Tag sets dst to the part-of-speech tags of a sentence's words, one a
// word, and returns it; dst's room is reused.
func Tag(words []string, dst []uint8) []uint8 {
	t := pool.Get().(*Tagger)
	dst = t.Tag(words, dst)
	pool.Put(t)
	return dst
}

// Chunk sets dst to the chunk tags of a sentence's words, given their
// part-of-speech tags, and returns it; dst's room is reused.
func Chunk(words []string, pos []uint8, dst []uint8) []uint8 {
	t := pool.Get().(*Tagger)
	dst = t.Chunk(words, pos, dst)
	pool.Put(t)
	return dst
}

// resize returns dst with length n, reusing its room.
func resize(dst []uint8, n int) []uint8 {
	if cap(dst) < n {
		return make([]uint8, n)
	}
	return dst[:n]
}

// Tag is the package's Tag with t's buffers.
func (t *Tagger) Tag(words []string, dst []uint8) []uint8 {
	dst = resize(dst, len(words))
	ms, err := loaded()
	if err != nil {
		for i := range dst {
			dst[i] = NN
		}
		return dst
	}
	return t.TagWith(ms.pos, words, dst)
}

// TagWith is Tag with model m, which must be a part-of-speech model.
func (t *Tagger) TagWith(m *Model, words []string, dst []uint8) []uint8 {
	dst = resize(dst, len(words))
	if m == nil || m.kind != kindPOS {
		clear(dst)
		return dst
	}
	t.words = readWords(t.words[:0], words)
	nt := m.ntags
	start := uint8(nt)
	prev, prev2 := start, start
	sc := t.sc[:nt]
	for i := range words {
		copy(sc, m.fixedRow(prev, prev2))
		t.keys = posOwn(t.keys[:0], &t.words[i])
		t.keys = posContext(t.keys, t.words, i, prev)
		for _, k := range t.keys {
			m.add(sc, k)
		}
		bt := 0
		for k := 1; k < nt; k++ {
			if sc[k] > sc[bt] {
				bt = k
			}
		}
		dst[i] = uint8(bt)
		prev2, prev = prev, uint8(bt)
	}
	return dst
}

// Chunk is the package's Chunk with t's buffers. Tags of pos beyond the
// set read as no tag known; pos shorter than words is read as if padded.
func (t *Tagger) Chunk(words []string, pos []uint8, dst []uint8) []uint8 {
	dst = resize(dst, len(words))
	ms, err := loaded()
	if err != nil {
		clear(dst)
		return dst
	}
	return t.ChunkWith(ms.chunk, words, pos, dst)
}

// ChunkWith is Chunk with model m, which must be a chunk model.
func (t *Tagger) ChunkWith(m *Model, words []string, pos []uint8, dst []uint8) []uint8 {
	dst = resize(dst, len(words))
	if m == nil || m.kind != kindChunk || len(pos) < len(words) {
		clear(dst)
		return dst
	}
	t.words = readWords(t.words[:0], words)
	nt := m.ntags
	start := uint8(nt)
	prev, prev2 := start, start
	sc := t.sc[:nt]
	for i := range words {
		copy(sc, m.fixedRow(prev, prev2))
		t.keys = chunkContext(t.keys[:0], t.words, pos, i, prev, prev2)
		for _, k := range t.keys {
			m.add(sc, k)
		}
		bt := bestTag(sc, prev, chunkAllowed)
		dst[i] = bt
		prev2, prev = prev, bt
	}
	return dst
}
