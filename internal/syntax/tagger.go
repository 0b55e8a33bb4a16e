package syntax

import (
	_ "embed"
	"errors"
	"math/bits"
	"slices"
	"sync"

	"github.com/newsparse/newsparse/internal/ner"
)

//go:embed pos.bin
var posAsset []byte

//go:embed chunk.bin
var chunkAsset []byte

// models are the embedded models, decoded once.
type models struct {
	pos, chunk *Model
	same       bool // they have the same vocabulary (sameVocab)
}

// sameVocab reports whether models a and b number the same words alike.
func sameVocab(a, b *Model) bool {
	return slices.Equal(a.vocab, b.vocab) && len(a.recs) == len(b.recs)
}

// The embedded models load on first use, each on its own: a caller that
// only tags (the claims layer) never decodes the chunker's, a third of the
// time of loading both.
var (
	posLoaded = sync.OnceValues(func() (*Model, error) {
		p, err := Load(posAsset)
		if err != nil || p.kind != kindPOS {
			return nil, errors.New("syntax: the embedded part-of-speech model does not decode")
		}
		return p, nil
	})
	loaded = sync.OnceValues(func() (models, error) {
		p, err := posLoaded()
		if err != nil {
			return models{}, err
		}
		c, err := Load(chunkAsset)
		if err != nil || c.kind != kindChunk {
			return models{}, errors.New("syntax: the embedded chunk model does not decode")
		}
		return models{p, c, sameVocab(p, c)}, nil
	})
)

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
	keys []uint64
	// Of the sentence being tagged, a word at a time: what the model
	// reads of it, and the sum of the rows (see Model.wordRows) it
	// reads of itself and its neighbours, ntags a word.
	recs []wordRec
	acc  []int32
	ids  []int32  // its number in the vocabulary, or -1
	own  []word   // what readWord reads of it, for a word out of the vocabulary
	hs   []uint64 // its vocabHash
	skip []bool   // its sum is not needed: a word of the tag dictionary

	// oovCache holds the rows of words out of the vocabulary met before,
	// under model oovOf, one cache a kind of model.
	oovCache [2][]oovRows
	oovOf    [2]*Model

	sink uint32 // what touch reads, kept so that it is read

	beam beamDecoder // the chunker's
	// The chunker's scores of a word by the tag before it (see
	// chunkWith).
	byPrev [NumChunk + 1][NumChunk]int32
	seen   [NumChunk + 1]int
}

// oovRows are the record and rows of a word out of a model's vocabulary.
type oovRows struct {
	key  uint64 // vocabHash | 1, ^ capsKey in a sentence of capitals; 0 for an empty entry
	rec  wordRec
	rows [5 * NumPOS]int32
}

// capsKey marks in oovRows.key a word read in a sentence of capitals.
const capsKey = 0x5bd1e9955bd1e994

// oovBits is the log2 of the entries of a Tagger's oovCache.
const oovBits = 9

var pool = sync.Pool{New: func() any { return NewTagger() }}

// NewTagger returns a Tagger with its buffers made.
func NewTagger() *Tagger {
	return &Tagger{keys: make([]uint64, 0, maxKeys)}
}

// maxKeys bounds the keys of one feature function.
const maxKeys = 64

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
	p, err := posLoaded()
	if err != nil {
		for i := range dst {
			dst[i] = NN
		}
		return dst
	}
	return t.TagWith(p, words, dst)
}

// read fills t's records and rows of words under m.
func (t *Tagger) read(m *Model, words []string) {
	t.readAgain(m, words, false)
}

// readAgain is read; with again, the words are those t read last, under a
// model of the same vocabulary (see sameVocab), whose numbers it reuses.
func (t *Tagger) readAgain(m *Model, words []string, again bool) {
	if cap(t.keys) < maxKeys {
		t.keys = make([]uint64, 0, maxKeys)
	}
	t.recs = t.recs[:0]
	if again && len(t.ids) == len(words) {
		t.fill(m, words, false)
		return
	}
	t.ids, t.own, t.hs = t.ids[:0], t.own[:0], t.hs[:0]
	// Which words the vocabulary knows, and whether the sentence is
	// written in capitals (as readWords tells).
	cased, caps := 0, 0
	for _, w := range words {
		h := vocabHash(w)
		id := m.lookup(h)
		t.ids = append(t.ids, int32(id))
		t.hs = append(t.hs, h)
		t.own = append(t.own, word{})
		var fl uint16
		if id >= 0 {
			fl = m.recs[id].flags
		} else {
			wd := &t.own[len(t.own)-1]
			readWord(wd, w)
			fl = wd.flags
		}
		if fl&(ner.Cap|ner.Lower) != 0 {
			cased++
			if fl&ner.AllCaps != 0 || fl&ner.Cap != 0 && len(w) == 1 {
				caps++
			}
		}
	}
	// A sentence in capitals changes a word's own part-of-speech
	// features: its words are summed as those out of the vocabulary.
	t.fill(m, words, m.kind == kindPOS && cased >= 2 && 2*caps > cased)
}

// rowShift tells, for each role a row is read in (see wordRows), how
// many words after the word the row is of the word that reads it: the
// word before the one tagged is read in role 1, so its row goes to the
// word after it.
var rowShift = [2][5]int{
	{0, 1, -1, 2, -2}, // part of speech: own, left1, right1, left2, right2
	{0, 1, -1, -2, 2}, // chunk: see chunkWord
}

// fill fills t's records of words, whose numbers in m's vocabulary read
// has found, and their sums of rows (t.acc): each word's rows are added
// once to the sums of the words that read them. capsSent tells a
// sentence in capitals.
func (t *Tagger) fill(m *Model, words []string, capsSent bool) {
	nt, n := m.ntags, len(words)
	shift := &rowShift[0]
	if m.kind == kindChunk {
		shift = &rowShift[1]
	}
	t.acc = slices.Grow(t.acc[:0], n*nt)[:n*nt]
	clear(t.acc)
	t.touch(m)
	// The words whose sums are never read: those of the tag dictionary.
	t.skip = slices.Grow(t.skip[:0], n)[:n]
	for i := range words {
		id := t.ids[i]
		t.skip[i] = m.kind == kindPOS && id >= 0 && m.recs[id].dict < NumPOS
	}
	for i, w := range words {
		id := t.ids[i]
		if id < 0 {
			if m.kind == kindChunk && !m.lwKnown.has(t.own[i].lw) {
				// No feature of the chunker reads a word no word
				// of training is, lower-cased (chunkWord): no rows.
				t.recs = append(t.recs, m.record(&t.own[i]))
				continue
			}
			e := t.oovEntry(m, w, t.hs[i], false, &t.own[i], capsSent)
			t.recs = append(t.recs, e.rec)
			for r := 0; r < m.nrows; r++ {
				if p := i + shift[r]; p >= 0 && p < n && !t.skip[p] {
					addRow(t.acc[p*nt:][:nt], e.rows[r*nt:][:nt])
				}
			}
			continue
		}
		rec := m.recs[id]
		if capsSent {
			// Its flags' feature changes, in its own row when it has
			// one (no word of the tag dictionary).
			if rec.dict >= NumPOS {
				own := t.acc[i*nt:][:nt]
				m.aff.addScaled(own, key(tFlags, uint64(rec.flags)), -1)
				m.aff.addScaled(own, key(tFlags, uint64(rec.flags|fCapsSent)), 1)
			}
			rec.flags |= fCapsSent
		}
		t.recs = append(t.recs, rec)
		// Its block of rows (see Model.rowData): the dense rows, then
		// the sparse entries.
		blk := m.rowData[rec.rows:]
		mask, q := uint16(blk[0]), 2
		for r := 0; r < m.nrows; r++ {
			if mask&(1<<r) == 0 {
				continue
			}
			row := blk[q:][:nt]
			q += nt
			if p := i + shift[r]; p >= 0 && p < n && !t.skip[p] {
				dst := t.acc[p*nt:][:nt]
				for k, v := range row {
					dst[k] += int32(v)
				}
			}
		}
		sp := blk[q:][:2*int(uint16(blk[1]))]
		for k := 0; k+1 < len(sp); k += 2 {
			e := uint16(sp[k])
			p := i + shift[e>>8]
			if p < 0 || p >= n || t.skip[p] {
				continue
			}
			t.acc[p*nt+int(e&0xff)] += int32(sp[k+1])
		}
	}
	// The rows of none, for the words near the sentence's ends.
	for p := 0; p < n; p++ {
		if p >= 2 && p+2 < n || t.skip[p] {
			continue
		}
		for r := 1; r < m.nrows; r++ {
			if j := p - shift[r]; j < 0 || j >= n {
				addRow(t.acc[p*nt:][:nt], m.noneRows[r*nt:][:nt])
			}
		}
	}
}

// touch reads a little of every cache line of m's tables that tagging
// the words of t.ids will read (their records, rows and conjunction
// lists), in a loop so short that the processor waits for all of them at
// once: the sums after find them in its caches instead of each word
// waiting in turn.
func (t *Tagger) touch(m *Model) {
	var sink uint32
	nt := m.ntags
	for _, id := range t.ids {
		if id < 0 {
			continue
		}
		rec := &m.recs[id]
		blk := m.rowData[rec.rows:]
		size := 2 + bits.OnesCount16(uint16(blk[0]))*nt + 2*int(uint16(blk[1]))
		for k := 32; k < size; k += 32 {
			sink += uint32(blk[k])
		}
		sink += uint32(blk[size-1])
		if rec.lid != noID {
			sink += m.byWord.ent[rec.lid]
		}
		if rec.sid != noID {
			sink += m.bySuffix.ent[rec.sid]
		}
	}
	t.sink = sink
}

// addRow adds row src to dst.
func addRow(dst, src []int32) {
	for k, v := range src[:len(dst)] {
		dst[k] += v
	}
}

// oovEntry returns the entry of t's oovCache that holds the record and
// rows of word w (of vocabHash h) under m, summed now if it does not hold
// them. wd is what readWord read of w, unless known (in the vocabulary).
func (t *Tagger) oovEntry(m *Model, w string, h uint64, known bool, wd *word, caps bool) *oovRows {
	c := 0
	if m.kind == kindChunk {
		c = 1
	}
	if t.oovOf[c] != m {
		if t.oovCache[c] == nil {
			t.oovCache[c] = make([]oovRows, 1<<oovBits)
		}
		clear(t.oovCache[c])
		t.oovOf[c] = m
	}
	k := h | 1
	if caps {
		k ^= capsKey
	}
	e := &t.oovCache[c][(k*0x9E3779B97F4A7C15)>>(64-oovBits)]
	if e.key == k {
		return e
	}
	if known {
		readWord(wd, w)
	}
	rw := *wd
	if caps {
		rw.flags |= fCapsSent
	}
	e.key = k
	e.rec = m.record(&rw)
	m.fillRows(e.rows[:m.nrows*m.ntags], &rw, t.keys[:0], e.rec.dict < NumPOS)
	return e
}

// record returns what the taggers read of word wd under m.
func (m *Model) record(wd *word) wordRec {
	r := wordRec{lw: wd.lw, suf3: wd.suf[2], shape: wd.shape, flags: wd.flags, dict: NumPOS, lid: noID, sid: noID,
		known: m.lwKnown.has(wd.lw)}
	if id, ok := m.lids[wd.lw]; ok {
		r.lid = id
	}
	if id, ok := m.sids[wd.suf[2]]; ok {
		r.sid = id
	}
	if m.kind == kindPOS && m.cwKnown.has(wd.cw) {
		if ws := m.weights(key(tDict, uint64(wd.cw))); len(ws) == 1 {
			r.dict = uint8(ws[0] >> 16 & 63)
		}
	}
	return r
}

// wordRows appends to rows the rows of word wd: the summed weights of the
// features that read it alone, from each place they read it from. For a
// part-of-speech model: as the word tagged (none for a word of the tag
// dictionary, which is never scored), the word before it, after it, two
// before, two after; for a chunk model, see chunkWord.
func (m *Model) wordRows(rows []int32, wd *word, keys []uint64) []int32 {
	n := len(rows)
	rows = append(rows, make([]int32, m.nrows*m.ntags)...)
	m.fillRows(rows[n:], wd, keys, m.record(wd).dict < NumPOS)
	return rows
}

// fillRows sets r to the rows of wd (see wordRows), using keys as room.
// The keys' first slots are loaded for all keys before any is probed, so
// that the loads wait on memory together (a word out of the vocabulary
// has its rows summed while it is tagged).
func (m *Model) fillRows(r []int32, wd *word, keys []uint64, dict bool) {
	clear(r)
	nt := m.ntags
	// The keys of each role; role k's are keys[ends[k]:ends[k+1]].
	var ends [chunkRoles + 1]int
	keys = keys[:0]
	if m.kind == kindPOS {
		if !dict {
			keys = posOwn(keys, wd)
		}
		ends[1] = len(keys)
		keys = posLeft1(keys, wd)
		ends[2] = len(keys)
		keys = posRight1(keys, wd)
		ends[3] = len(keys)
		keys = posLeft2(keys, wd)
		ends[4] = len(keys)
		keys = posRight2(keys, wd)
		ends[5] = len(keys)
	} else {
		for role := 0; role < chunkRoles; role++ {
			keys = chunkWord(keys, wd, role)
			ends[role+1] = len(keys)
		}
	}
	var tabs [maxKeys]*table
	var hs [maxKeys]uint64
	var first [maxKeys]slot
	keys = keys[:min(len(keys), maxKeys)]
	for i, k := range keys {
		tb := m.wordTable(k)
		tabs[i] = tb
		if tb != nil {
			hs[i] = mix(k)
			first[i] = tb.slots[hs[i]&tb.mask]
		}
	}
	for role := 0; role < chunkRoles; role++ {
		sc := r[role*nt:][:nt]
		for i := ends[role]; i < ends[role+1] && i < len(keys); i++ {
			if tabs[i] == nil {
				continue
			}
			for _, p := range tabs[i].weightsFrom(hs[i], first[i]) {
				sc[p>>16&63] += int32(int16(p))
			}
		}
	}
}

// TagWith is Tag with model m, which must be a part-of-speech model.
func (t *Tagger) TagWith(m *Model, words []string, dst []uint8) []uint8 {
	dst = resize(dst, len(words))
	if m == nil || m.kind != kindPOS {
		clear(dst)
		return dst
	}
	if len(words) == 0 {
		return dst
	}
	t.read(m, words)
	const nt = int(NumPOS)
	recs, acc := t.recs, t.acc
	n := len(words)
	start := uint8(nt)
	prev, prev2 := start, start
	var sc [NumPOS]int32
	for i := range words {
		r := &recs[i]
		if r.dict < NumPOS {
			// A word of the tag dictionary.
			dst[i] = r.dict
			prev2, prev = prev, r.dict
			continue
		}
		// What reads one word alone, from its rows; what reads tags
		// alone.
		fx := (*[NumPOS]int32)(m.fixedRow(prev, prev2))
		ws := (*[NumPOS]int32)(acc[i*nt:])
		for k := range sc {
			sc[k] = fx[k] + ws[k]
		}
		p1 := &m.none
		if i+1 < n {
			p1 = &recs[i+1]
		}
		// What reads the word's place (posPairs).
		if i == 0 {
			m.add(sc[:], key(tStart, pair(r.lw, r.shape)))
			m.add(sc[:], key(tStart, uint64(r.shape)))
		}
		if r.flags&fCapsSent != 0 && r.known {
			m.add(sc[:], key(tCapsW0, uint64(r.lw)))
		}
		// What reads a word with the previous tag (posConj).
		m.byWord.add(sc[:], r.lid, conjSlot[tPrevW0], prev)
		m.bySuffix.add(sc[:], r.sid, conjSlot[tPrevSuf], prev)
		m.byWord.add(sc[:], p1.lid, conjSlot[tPrevWp1], prev)
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

// TagChunk sets pos to the part-of-speech tags of a sentence's words and
// chunk to their chunk tags, reusing their room: Tag and Chunk in one,
// reading each word once.
func (t *Tagger) TagChunk(words []string, pos, chunk []uint8) ([]uint8, []uint8) {
	ms, err := loaded()
	if err != nil {
		return t.Tag(words, pos), t.Chunk(words, pos, chunk)
	}
	pos = t.TagWith(ms.pos, words, pos)
	return pos, t.chunkWith(ms.chunk, words, pos, chunk, ms.same)
}

// ChunkWith is Chunk with model m, which must be a chunk model.
func (t *Tagger) ChunkWith(m *Model, words []string, pos []uint8, dst []uint8) []uint8 {
	return t.chunkWith(m, words, pos, dst, false)
}

// chunkWith is ChunkWith; with again, words are those t tagged last with
// a model of the same vocabulary as m.
func (t *Tagger) chunkWith(m *Model, words []string, pos []uint8, dst []uint8, again bool) []uint8 {
	dst = resize(dst, len(words))
	if m == nil || m.kind != kindChunk || len(pos) < len(words) {
		clear(dst)
		return dst
	}
	if len(words) == 0 {
		return dst
	}
	t.readAgain(m, words, again)
	const nt = int(NumChunk)
	const ni = nIdx
	recs, acc := t.recs, t.acc
	n := len(words)
	ct := &m.ct
	// The beam (see beamDecoder.decode, whose choices this loop makes
	// the same, beamPush written out): width w a word.
	w := min(max(m.beam, 1), maxBeam)
	d := &t.beam
	if cap(d.hyps) < n*w {
		d.hyps = make([]hyp[int64], n*w)
	}
	if cap(d.n) < n {
		d.n = make([]int, n)
	}
	hyps, counts := d.hyps[:n*w], d.n[:n]
	root := [1]hyp[int64]{{prev: uint8(nt), prev2: uint8(nt), back: -1}}
	// What reads the chunk tags before the word (chunkTags): of the
	// tag before alone, once for each such tag of the beam (byPrev,
	// summed at word i when seen[prev] is i+1), then with the tag two
	// before.
	byPrev, seen := &t.byPrev, &t.seen
	clear(seen[:])
	// The part-of-speech tags around word i, as tagIdx numbers them:
	// x[k] is of word i+k-3, slid along.
	var x [6]int
	x[0], x[1], x[2] = tagIdx(noTag), tagIdx(noTag), tagIdx(noTag)
	x[3] = tagIdx(uint64(pos[0]))
	x[4], x[5] = tagIdx(noTag), tagIdx(noTag)
	if n > 1 {
		x[4] = tagIdx(uint64(pos[1]))
	}
	if n > 2 {
		x[5] = tagIdx(uint64(pos[2]))
	}
	var own [NumChunk]int32
	var w0, w1, w2 *[3]uint32
	for i := 0; i < n; i++ {
		if i > 0 {
			copy(x[:5], x[1:])
			x[5] = tagIdx(noTag)
			if i+2 < n {
				x[5] = tagIdx(uint64(pos[i+2]))
			}
		}
		// What reads neither chunk tag before the word, the same for
		// every hypothesis of the beam: what reads tags alone (rows of
		// the tables, the features of three tags) and one word alone
		// (its rows).
		im3, im2, im1, i0, ip1, ip2 := x[0], x[1], x[2], x[3], x[4], x[5]
		a := (*[NumChunk]int32)(ct.pairs[((0*ni+im1)*ni+i0)*nt:])
		b := (*[NumChunk]int32)(ct.pairs[((1*ni+i0)*ni+ip1)*nt:])
		c := (*[NumChunk]int32)(ct.pairs[((2*ni+im2)*ni+im1)*nt:])
		e := (*[NumChunk]int32)(ct.pairs[((3*ni+ip1)*ni+ip2)*nt:])
		f := (*[NumChunk]int32)(ct.pairs[((4*ni+im1)*ni+ip1)*nt:])
		fm3 := (*[NumChunk]int32)(ct.far[im3*nt:])
		ws := (*[NumChunk]int32)(acc[i*nt:])
		for k := range own {
			own[k] = a[k] + b[k] + c[k] + e[k] + f[k] + fm3[k] + ws[k]
		}
		// The references of the features of three tags: of the
		// three that start at word i (for word i, i+1 and i+2), slid.
		if i == 0 {
			w0 = (*[3]uint32)(ct.win3[((im2*ni+im1)*ni+i0)*3:])
			w1 = (*[3]uint32)(ct.win3[((im1*ni+i0)*ni+ip1)*3:])
		} else {
			w0, w1 = w1, w2
		}
		w2 = (*[3]uint32)(ct.win3[((i0*ni+ip1)*ni+ip2)*3:])
		ct.addRef(&own, w0[0])
		ct.addRef(&own, w1[1])
		ct.addRef(&own, w2[2])
		bp3 := ct.byPrev[(i0*ni+ip1)*(nt+1)*2:][:(nt+1)*2]
		bp4 := ct.byPrev[(im1*ni+i0)*(nt+1)*2:][:(nt+1)*2]
		const np = (nt + 1) * (nt + 1) * nt
		var fps []int32
		var fps16 []int16
		if ct.prev16 != nil {
			fps16 = ct.prev16[i0*np:][:np]
		} else {
			fps = ct.prev[i0*np:][:np]
		}
		r := &recs[i]
		m1, p1 := &m.none, &m.none
		if i > 0 {
			m1 = &recs[i-1]
		}
		if i+1 < n {
			p1 = &recs[i+1]
		}
		// What reads a word with a tag (chunkConj): the tags as
		// given, noTag beyond the end.
		v0, vp1 := pos[i], uint8(noTag)
		if i+1 < n {
			vp1 = pos[i+1]
		}
		m.byWord.add(own[:], r.lid, conjSlot[tCW0P0], v0)
		m.byWord.add(own[:], m1.lid, conjSlot[tCWm1P0], v0)
		m.byWord.add(own[:], p1.lid, conjSlot[tCWp1P0], v0)
		m.byWord.add(own[:], r.lid, conjSlot[tCW0Pp1], vp1)
		m.bySuffix.add(own[:], r.sid, conjSlot[tCSuf3], v0)

		last := root[:]
		if i > 0 {
			last = hyps[(i-1)*w:][:counts[i-1]]
		}
		kept := hyps[i*w:][:w]
		kc := 0
		for h := range last {
			hp := &last[h]
			prev, prev2 := hp.prev, hp.prev2
			pv := &byPrev[prev]
			if seen[prev] != i+1 {
				seen[prev] = i + 1
				*pv = own
				ct.addRef(pv, bp3[int(prev)*2])
				ct.addRef(pv, bp4[int(prev)*2+1])
				m.byWord.add(pv[:], r.lid, conjSlot[tCPrevW0], prev)
			}
			// The scores of the tags after prev2 and prev.
			var sc [NumChunk]int32
			at := (int(prev2)*(nt+1) + int(prev)) * nt
			if fps16 != nil {
				fp := (*[NumChunk]int16)(fps16[at:])
				for k := range sc {
					sc[k] = pv[k] + int32(fp[k])
				}
			} else {
				fp := (*[NumChunk]int32)(fps[at:])
				for k := range sc {
					sc[k] = pv[k] + fp[k]
				}
			}
			ok := allowedAfter[prev]
			base := hp.score
			for ; ok != 0; ok &= ok - 1 {
				tg := bits.TrailingZeros32(ok)
				s := base + int64(sc[tg])
				if kc == w && s <= kept[w-1].score {
					continue
				}
				// beamPush: one hypothesis of each last two tags,
				// the better; the best first, the earlier on ties.
				j := 0
				for j < kc && (kept[j].prev != uint8(tg) || kept[j].prev2 != prev) {
					j++
				}
				if j < kc {
					if kept[j].score >= s {
						continue
					}
					copy(kept[j:kc-1], kept[j+1:kc])
					kc--
				}
				at := 0
				for at < kc && kept[at].score >= s {
					at++
				}
				if kc < w {
					kc++
				}
				copy(kept[at+1:kc], kept[at:kc-1])
				kept[at] = hyp[int64]{score: s, prev: uint8(tg), prev2: prev, back: int32(h)}
			}
		}
		counts[i] = kc
	}
	backtrack(dst, hyps, w, n-1)
	return dst
}
