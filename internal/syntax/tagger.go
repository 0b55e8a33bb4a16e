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
	words  []word
	keys   []uint64
	sc     [64]int32
	static []int32 // per word of a sentence, the scores of what reads words alone

	// cache holds the wordSums of words met before under model cacheOf,
	// by a hash of the word.
	cache   []wordSums
	cacheOf *Model
	// windows holds the windowSums of part-of-speech windows met before
	// under model windowsOf.
	windows   []windowSums
	windowsOf *Model
	// chunkCache holds the chunkWordSums of words met before under model
	// chunkCacheOf.
	chunkCache   []chunkWordSums
	chunkCacheOf *Model
}

// chunkWordSums are the summed chunk weights of a word read alone, in
// each of its roles (see chunkWord).
type chunkWordSums struct {
	key  uint64 // the word's hashes; 0 for an empty entry
	sums [4][NumChunk]int32
}

// chunkSums returns the chunkWordSums of w under m, from t's cache when
// it holds them.
func (t *Tagger) chunkSums(m *Model, w *word) *chunkWordSums {
	if t.chunkCache == nil {
		t.chunkCache = make([]chunkWordSums, 1<<sumsBits)
	}
	if t.chunkCacheOf != m {
		clear(t.chunkCache)
		t.chunkCacheOf = m
	}
	k := uint64(w.cw)<<32 | uint64(w.lw) | 1 // never 0
	e := &t.chunkCache[(k*0x9E3779B97F4A7C15)>>(64-sumsBits)]
	if e.key != k {
		m.chunkWordSums(e, w, t.keys[:0])
		e.key = k
	}
	return e
}

// chunkWordSums fills e with the sums of w, using keys as room.
func (m *Model) chunkWordSums(e *chunkWordSums, w *word, keys []uint64) {
	*e = chunkWordSums{}
	// keys has room for the most keys of any role: no allocation.
	for role := range e.sums {
		m.sum(e.sums[role][:], chunkWord(keys[:0], w, role))
	}
}

// windowSums are the summed chunk weights of the features that read a
// window of part-of-speech tags (see posWindow) alone.
type windowSums struct {
	key  uint64 // the window | 1<<63; 0 for an empty entry
	sums [NumChunk]int32
}

// windowBits is the log2 of the entries of a Tagger's cache of
// windowSums.
const windowBits = 12

var pool = sync.Pool{New: func() any { return NewTagger() }}

// NewTagger returns a Tagger with its buffers made.
func NewTagger() *Tagger {
	return &Tagger{keys: make([]uint64, 0, maxKeys)}
}

// maxKeys bounds the keys of one feature function.
const maxKeys = 32

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

// Tag is the package's Tag with t's buffers. The zero Tagger is ready to
// use.
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
	if cap(t.keys) < maxKeys {
		t.keys = make([]uint64, 0, maxKeys)
	}
	dst = resize(dst, len(words))
	if m == nil || m.kind != kindPOS {
		clear(dst)
		return dst
	}
	if len(words) == 0 {
		return dst
	}
	t.words = readWords(t.words[:0], words)
	ws := t.words
	const nt = int(NumPOS)
	// What reads one word alone, summed once a distinct word (see
	// posSums), goes to the scores of the words it is read for.
	n := len(ws)
	if cap(t.static) < n*nt {
		t.static = make([]int32, n*nt)
	}
	static := t.static[:n*nt]
	clear(static)
	ns := m.none
	for i := range ws {
		e := t.sums(m, &ws[i])
		dst[i] = e.dict
		addTo(static[i*nt:][:nt], e.own[:])
		if i+1 < n {
			addTo(static[(i+1)*nt:][:nt], e.left1[:])
		}
		if i+2 < n {
			addTo(static[(i+2)*nt:][:nt], e.left2[:])
		}
		if i > 0 {
			addTo(static[(i-1)*nt:][:nt], e.right1[:])
		}
		if i > 1 {
			addTo(static[(i-2)*nt:][:nt], e.right2[:])
		}
	}
	// The words beyond the ends.
	for i := 0; i < min(2, n); i++ {
		addTo(static[i*nt:][:nt], ns.left2[:])
		addTo(static[(n-1-i)*nt:][:nt], ns.right2[:])
	}
	addTo(static[:nt], ns.left1[:])
	addTo(static[(n-1)*nt:][:nt], ns.right1[:])

	start := uint8(nt)
	prev, prev2 := start, start
	var sc [NumPOS]int32
	for i := range ws {
		if dst[i] < NumPOS {
			// A word of the tag dictionary.
			prev2, prev = prev, dst[i]
			continue
		}
		copy(sc[:], static[i*nt:][:nt])
		fx := m.fixedRow(prev, prev2)
		addTo(sc[:], fx)
		t.keys = posPairs(t.keys[:0], ws, i, prev)
		for _, k := range t.keys {
			m.add(sc[:], k)
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

// addTo adds v to sc.
func addTo(sc, v []int32) {
	v = v[:len(sc)]
	for k := range sc {
		sc[k] += v[k]
	}
}

// wordSums are the summed part-of-speech weights of what reads one word
// alone: its own features, and its features as each neighbour.
type wordSums struct {
	key                               uint64 // the word's hashes; 0 for an empty entry
	dict                              uint8  // the word's tag in the tag dictionary, or NumPOS
	own, left1, right1, left2, right2 [NumPOS]int32
}

// sumsBits is the log2 of the entries of a Tagger's cache of wordSums.
const sumsBits = 10

// sums returns the wordSums of w under m, from t's cache when it holds
// them.
func (t *Tagger) sums(m *Model, w *word) *wordSums {
	if t.cacheOf != m {
		if t.cache == nil {
			t.cache = make([]wordSums, 1<<sumsBits)
		}
		clear(t.cache)
		t.cacheOf = m
	}
	k := uint64(w.cw)<<32 | uint64(w.lw) | 1 // never 0
	e := &t.cache[(k*0x9E3779B97F4A7C15)>>(64-sumsBits)]
	if e.key == k {
		return e
	}
	m.wordSums(e, w, t.keys[:0])
	e.key = k
	return e
}

// wordSums fills e with the sums of w, using keys as room.
func (m *Model) wordSums(e *wordSums, w *word, keys []uint64) {
	*e = wordSums{dict: NumPOS}
	// keys has room for the most keys of any role: no allocation.
	if ws := m.weights(key(tDict, uint64(w.cw))); len(ws) == 1 {
		e.dict = uint8(ws[0] >> 16 & 63) // its own features are not needed
	} else {
		m.sum(e.own[:], posOwn(keys[:0], w))
	}
	m.sum(e.left1[:], posLeft1(keys[:0], w))
	m.sum(e.right1[:], posRight1(keys[:0], w))
	m.sum(e.left2[:], posLeft2(keys[:0], w))
	m.sum(e.right2[:], posRight2(keys[:0], w))
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
	if cap(t.keys) < maxKeys {
		t.keys = make([]uint64, 0, maxKeys)
	}
	dst = resize(dst, len(words))
	if m == nil || m.kind != kindChunk || len(pos) < len(words) {
		clear(dst)
		return dst
	}
	if len(words) == 0 {
		return dst // nothing to chunk (and no row of sums to start from)
	}
	t.words = readWords(t.words[:0], words)
	nt := m.ntags
	start := uint8(nt)
	prev, prev2 := start, start
	sc := t.sc[:nt]
	if t.windows == nil {
		t.windows = make([]windowSums, 1<<windowBits)
	}
	if t.windowsOf != m {
		clear(t.windows)
		t.windowsOf = m
	}
	// What reads one word alone goes to the scores of the words it is
	// read for, summed once a distinct word.
	n := len(words)
	if cap(t.static) < n*nt {
		t.static = make([]int32, n*nt)
	}
	static := t.static[:n*nt]
	clear(static)
	for i := range t.words {
		e := t.chunkSums(m, &t.words[i])
		addTo(static[i*nt:][:nt], e.sums[0][:])
		if i+1 < n {
			addTo(static[(i+1)*nt:][:nt], e.sums[1][:])
		}
		if i > 0 {
			addTo(static[(i-1)*nt:][:nt], e.sums[2][:])
		}
		if i > 1 {
			addTo(static[(i-2)*nt:][:nt], e.sums[3][:])
		}
	}
	addTo(static[:nt], m.noneChunk.sums[1][:])
	for i := max(n-2, 0); i < n; i++ {
		if i+1 >= n {
			addTo(static[i*nt:][:nt], m.noneChunk.sums[2][:])
		}
		addTo(static[i*nt:][:nt], m.noneChunk.sums[3][:])
	}
	for i := range words {
		copy(sc, m.fixedRow(prev, prev2))
		addTo(sc, static[i*nt:][:nt])
		win := posWindow(pos, i, len(words))
		// What reads the tags around the word alone is summed once a
		// window of tags, and kept.
		k := win | 1<<63
		e := &t.windows[(k*0x9E3779B97F4A7C15)>>(64-windowBits)]
		if e.key != k {
			*e = windowSums{key: k}
			t.keys = chunkWindow(t.keys[:0], win)
			m.sum(e.sums[:], t.keys)
		}
		addTo(sc, e.sums[:])
		t.keys = chunkContext(t.keys[:0], t.words, win, i, prev, prev2)
		for _, k := range t.keys {
			m.add(sc, k)
		}
		bt := bestTag(sc, prev, chunkAllowed)
		dst[i] = bt
		prev2, prev = prev, bt
	}
	return dst
}
