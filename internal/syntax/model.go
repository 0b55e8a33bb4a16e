package syntax

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
	"slices"
	"sync"
)

// Model is a trained averaged perceptron, for part-of-speech tags or for
// chunk tags: for each feature it keeps, the weights of the tags it
// speaks for. It is read-only once loaded and safe for concurrent use.
type Model struct {
	kind  byte // kindPOS or kindChunk
	ntags int
	beam  int // a chunk model's beam width (beamOf)

	// The features that the taggers look up one by one (leanTemplate)
	// and their weights.
	table
	// src is the data the model was decoded from, which reference
	// decodes again for the reference decoders' table of every feature.
	src     []byte
	refOnce sync.Once
	ref     *table

	// fixed holds for each two previous tags the summed weights of the
	// features that read nothing else (bias and previous tags): the same
	// for every word, so summed at load. Tag ntags stands for the start
	// of the sentence.
	fixed []int32

	// What compile makes of the features for speed.

	// vocab is an open-addressing table from vocabHash of a word of the
	// model's vocabulary to its number: the hash's high bits | number+1.
	vocab []uint64
	vmask uint64
	// recs holds what the taggers read of each vocabulary word, and
	// rowData its rows, the sums of what reads it alone (see wordRows),
	// nrows rows of ntags a word, in one block a word from rec.rows: a
	// mask of the rows kept dense and the number of sparse entries,
	// the dense rows in order, their values clamped to 16 bits, then
	// the sparse entries, two values each, row<<8 | tag and a value to
	// add to that row's value of the tag: the values of the rows of
	// mostly zeros (all the chunker's, the tagger's of the words two
	// away), and what does not fit in 16 bits of the others (a value
	// too large has more than one entry).
	recs    []wordRec
	rowData []int16
	nrows   int
	// none is the word beyond either end of a sentence.
	none     wordRec
	noneRows []int32
	// lids and sids number the hashes of lower-cased words and of
	// suffixes that have conjunction features (conjTemplates), whose
	// weights byWord and bySuffix keep by those numbers: where each
	// hash's block of lists starts.
	lids, sids       map[uint32]uint32
	byWord, bySuffix conjTable
	// ct holds a chunk model's sums of what reads tags alone.
	ct chunkTagTables
	// lwKnown and cwKnown hold the hashes (lower-cased and as written)
	// of every word of training: no feature reads another word's.
	lwKnown, cwKnown hashSet
	// aff holds the features that read a word's affixes, shape or
	// flags, which the words out of the vocabulary read: a table of
	// their own, small.
	aff table
}

// hashSet is a set of 32-bit hashes, open-addressing.
type hashSet struct {
	slots []uint32 // h+1, 0 for empty; h = 2^32-1 is held by full
	full  bool
	mask  uint32
}

// makeHashSet returns a set of hs.
func makeHashSet(hs []uint32) hashSet {
	size := 16
	for size < 2*len(hs) {
		size <<= 1
	}
	s := hashSet{slots: make([]uint32, size), mask: uint32(size - 1)}
	for _, h := range hs {
		if h == ^uint32(0) {
			s.full = true
			continue
		}
		i := (h * 0x9E3779B1) & s.mask
		for s.slots[i] != 0 && s.slots[i] != h+1 {
			i = (i + 1) & s.mask
		}
		s.slots[i] = h + 1
	}
	return s
}

// has reports whether h is in s.
func (s *hashSet) has(h uint32) bool {
	if h == ^uint32(0) {
		return s.full
	}
	if len(s.slots) == 0 {
		return false
	}
	for i := (h * 0x9E3779B1) & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h + 1:
			return true
		case 0:
			return false
		}
	}
}

// known fills m.lwKnown and m.cwKnown from the words of training.
func (m *Model) known(words []string) {
	lw, cw := make([]uint32, 0, len(words)+1), make([]uint32, 0, len(words)+1)
	var wd word
	for _, w := range append(words, "\x00") { // and none
		readWord(&wd, w)
		lw, cw = append(lw, wd.lw), append(cw, wd.cw)
	}
	m.lwKnown, m.cwKnown = makeHashSet(lw), makeHashSet(cw)
}

// The templates whose value is the hash of a lower-cased word, or of a
// word as written, and those that read a word's affixes, shape or flags.
var lwTemplate, cwTemplate, affTemplate = func() (lw, cw, aff [tMax]bool) {
	for _, t := range []int{tW0, tWm1, tWp1, tWm2, tWp2, tCapsW0, tCW0, tCWm1, tCWp1, tCWp2, tCWm2} {
		lw[t] = true
	}
	cw[tCW], cw[tDict] = true, true
	for _, t := range []int{tShape0, tSuf1, tSuf2, tSuf3, tSuf4, tPre1, tPre2, tPre3, tFlags,
		tSufM1, tSufP1, tShapeM1, tShapeP1} {
		aff[t] = true
	}
	return
}()

// wordTable returns the table in which feature key of a word's own (see
// fillRows) is looked up: the small table of affixes, or none when the
// key reads a word no feature reads.
func (m *Model) wordTable(key uint64) *table {
	t := key >> 56
	switch {
	case t >= tMax:
	case affTemplate[t]:
		return &m.aff
	case lwTemplate[t] && !m.lwKnown.has(uint32(key)):
		return nil
	case cwTemplate[t] && !m.cwKnown.has(uint32(key)):
		return nil
	}
	return &m.table
}

// wordRec is what the taggers read of a word: its hashes for the
// features that read it with another word, its numbers in the
// conjunction tables, and its tag in the tag dictionary.
type wordRec struct {
	lw, suf3, shape uint32
	lid, sid        uint32 // noID when the model has no conjunction of it
	flags           uint16
	dict            uint8  // the word's tag in the tag dictionary, or NumPOS
	known           bool   // a word of training, lower-cased: features read it
	rows            uint32 // a vocabulary word's: where its rows are in rowData
}

// noID is the number of a hash that no conjunction reads.
const noID = ^uint32(0)

// conjTable keeps the weights of conjunction features by the number of
// their word or suffix, each number's lists together in one block of ent
// (a number is where its block starts): first, in 16-bit halves of
// (nslot+2)/2 words, where each template slot's list starts in the block
// and where the last ends, then the lists. The list of template slot k
// is first a mask of the tag values it holds (two words, low then high:
// bit v for a value v below 63, bit 63 for noTag), then a header a tag
// value in the order of the values, v | count<<8 | offset<<16 (of its
// weights from the list's start), then the weights, tag<<16 | weight.
// The mask finds a value's header without a scan.
type conjTable struct {
	ent   []uint32
	dir   []uint32 // while compile builds it: where each list starts
	nslot int
}

// conjMask is the number of words of a conjTable list's mask.
const conjMask = 2

// add adds to sc the weights of the feature of template slot k, number
// id and tag value v.
func (c *conjTable) add(sc []int32, id uint32, k int, v uint8) {
	if id == noID {
		return
	}
	b := int(id)
	from := c.ent[b+k/2] >> (k % 2 * 16) & 0xffff
	to := c.ent[b+(k+1)/2] >> ((k + 1) % 2 * 16) & 0xffff
	if from == to {
		return
	}
	at := b + int(from)
	es := c.ent[at:]
	mask := uint64(es[0]) | uint64(es[1])<<32
	var h uint32
	switch {
	case v < 63:
		if mask&(1<<v) == 0 {
			return
		}
		h = es[conjMask+bits.OnesCount64(mask&(1<<v-1))]
	case v == noTag:
		if mask&(1<<63) == 0 {
			return
		}
		// The greatest value: the last header.
		h = es[es[conjMask]>>16-1]
	default:
		// A value no tag has: no model has one, but look.
		h = 0
		for _, x := range es[conjMask : es[conjMask]>>16] {
			if uint8(x) == v {
				h = x
				break
			}
		}
		if h == 0 {
			return
		}
	}
	off, n := h>>16, h>>8&0xff
	for _, e := range es[off:][:n] {
		sc[e>>16&63] += int32(int16(e))
	}
}

// conjBit returns the bit of tag value v in a conjTable list's mask, and
// whether it has one.
func conjBit(v uint8) (uint, bool) {
	switch {
	case v < 63:
		return uint(v), true
	case v == noTag:
		return 63, true
	}
	return 0, false
}

// The template slots of each kind of conjunction, in conjTable.
var conjSlot = func() (k [tMax]int) {
	for _, ts := range [][]int{{tPrevW0, tPrevWp1}, {tPrevSuf}, {tCW0P0, tCWm1P0, tCWp1P0, tCW0Pp1, tCPrevW0}, {tCSuf3}} {
		for i, t := range ts {
			k[t] = i
		}
	}
	return k
}()

// conjSlots is the number of template slots of a conjunction table.
const conjSlots = 5

// table is an open-addressing table from a feature key to its weights.
type table struct {
	// slots: mix(key)'s low bits choose the slot, its high 32 bits are
	// kept to tell keys apart.
	slots []slot
	mask  uint64
	// pairs holds the weights of the features, each tag<<16 | the
	// weight as an uint16.
	pairs []uint32
}

// insert adds the feature of key whose weights are pairs[off:off+n].
func (tb *table) insert(key uint64, off, n int) {
	h := mix(key)
	i := h & tb.mask
	for tb.slots[i].ref != 0 {
		i = (i + 1) & tb.mask
	}
	tb.slots[i] = slot{check: uint32(h >> 32), ref: uint32(off)<<6 | uint32(n)}
}

// makeSlots makes room in tb for n features.
func (tb *table) makeSlots(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	tb.slots, tb.mask = make([]slot, size), uint64(size-1)
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

const magic = "newsparse-syntax-2\n"

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
// corrupt data gives ErrBadModel. The model keeps data, which the
// reference decoders decode again: data must not change after.
func Load(data []byte) (*Model, error) { return load(data, false) }

// load is Load; with full, the model's table keeps every feature (see
// reference).
func load(data []byte, full bool) (*Model, error) {
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
	m := &Model{kind: kind, ntags: ntags}
	m.makeSlots(int(nfeat))
	m.pairs = make([]uint32, 0, len(raw)/3)
	var conj, tri, aff, lean []conjFeature
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
		m.insert(key, off, n)
		if t := key >> 56; t < tMax && conjTemplates[t] != 0 {
			conj = append(conj, conjFeature{key, uint32(off), uint8(n)})
		}
		if t := key >> 56; t < tMax && affTemplate[t] {
			aff = append(aff, conjFeature{key, uint32(off), uint8(n)})
		}
		if kind == kindChunk && isTri(key>>56) {
			tri = append(tri, conjFeature{key, uint32(off), uint8(n)})
		}
		if t := key >> 56; t < tMax && leanTemplate[t] {
			lean = append(lean, conjFeature{key, uint32(off), uint8(n)})
		}
	}
	m.beam = beamOf(&m.table)
	// The vocabulary: its first nrows words get rows.
	nrows, k := binary.Uvarint(raw)
	if k <= 0 || nrows >= 1<<vocabIDBits-1 {
		return nil, ErrBadModel
	}
	raw = raw[k:]
	nw, k := binary.Uvarint(raw)
	if k <= 0 || nw > uint64(len(raw)) || nrows > nw {
		return nil, ErrBadModel
	}
	raw = raw[k:]
	words := make([]string, 0, nw)
	for j := uint64(0); j < nw; j++ {
		l, k := binary.Uvarint(raw)
		if k <= 0 || l > uint64(len(raw)-k) {
			return nil, ErrBadModel
		}
		words = append(words, string(raw[k:k+int(l)]))
		raw = raw[k+int(l):]
	}
	if len(raw) != 0 {
		return nil, ErrBadModel
	}
	m.sumFixed()
	m.aff.makeSlots(len(aff))
	for _, f := range aff {
		m.aff.insert(f.key, len(m.aff.pairs), int(f.n))
		m.aff.pairs = append(m.aff.pairs, m.pairs[f.off:f.off+uint32(f.n)]...)
	}
	m.known(words)
	if m.compile(words[:nrows], conj) != nil {
		return nil, ErrBadModel
	}
	if kind == kindChunk {
		m.buildChunkTags(tri)
	}
	if !full {
		// All the rest is in the tables made above: keep what the
		// taggers look up one by one, the rest waits for reference.
		m.src = data
		m.table = copyTable(&m.table, m.leanOnly(lean, words[nrows:]))
	}
	return m, nil
}

// leanTemplate tells the templates whose features the fast taggers look
// up in a model's table once it has loaded (see wordTable, record and
// TagWith): those of a word alone, which the words of training read out
// of the vocabulary, and those of a word's place. The model's other
// features are summed into rows, dense tables or tables of their own.
var leanTemplate = func() (k [tMax]bool) {
	for t := range k {
		k[t] = lwTemplate[t] || cwTemplate[t]
	}
	k[tStart] = true
	return k
}()

// leanOnly returns the features of fs that the fast taggers may look up.
// A feature of a word as written (tCW) is looked up only for a word
// without rows, so those of the words with rows (all but rare, the words
// of training after the vocabulary's rows) are left out. (Those of a
// lower-cased word stay: a word out of the vocabulary may be one of them
// written otherwise.)
func (m *Model) leanOnly(fs []conjFeature, rare []string) []conjFeature {
	cw := make([]uint32, 0, len(rare)+1)
	var wd word
	for _, w := range append(rare[:len(rare):len(rare)], "\x00") {
		readWord(&wd, w)
		cw = append(cw, wd.cw)
	}
	rareCw := makeHashSet(cw)
	out := fs[:0]
	for _, f := range fs {
		if f.key>>56 == tCW && !rareCw.has(uint32(f.key)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// copyTable returns a table of the features fs of tb, their weights
// copied.
func copyTable(tb *table, fs []conjFeature) table {
	var out table
	out.makeSlots(len(fs))
	out.pairs = make([]uint32, 0, len(fs))
	for _, f := range fs {
		out.insert(f.key, len(out.pairs), int(f.n))
		out.pairs = append(out.pairs, tb.pairs[f.off:f.off+uint32(f.n)]...)
	}
	return out
}

// reference returns the table of every feature of m, which the reference
// decoders look up: decoded again from the model's data on first use.
func (m *Model) reference() *table {
	m.refOnce.Do(func() {
		if m.src == nil {
			m.ref = &m.table
			return
		}
		fm, err := load(m.src, true)
		if err != nil {
			m.ref = &table{} // cannot be: m.src has decoded before
			m.ref.makeSlots(0)
			return
		}
		m.ref = &fm.table
	})
	return m.ref
}

// conjFeature is a conjunction feature met by Load: its key and where its
// weights are in pairs.
type conjFeature struct {
	key uint64
	off uint32
	n   uint8
}

// vocabIDBits bounds the numbers of vocabulary words (see Model.vocab).
const vocabIDBits = 20

// vocabHash is the hash of a word as written by which the vocabulary
// finds it (FNV-1a, 64 bits).
func vocabHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// lookup returns the number of the vocabulary word of hash h (vocabHash),
// or -1. Two words whose hashes share their high 44 bits are one word to
// it: with 64-bit hashes that is too rare to matter.
func (m *Model) lookup(h uint64) int {
	const low = 1<<vocabIDBits - 1
	for i := (h >> 17) & m.vmask; ; i = (i + 1) & m.vmask {
		e := m.vocab[i]
		if e == 0 {
			return -1
		}
		if e&^low == h&^low {
			return int(e&low) - 1
		}
	}
}

// compile makes the tables that tag fast: the conjunction tables from
// conj, the vocabulary with its records and rows from words. It fails
// on conjunction lists too long for the tables' offsets.
func (m *Model) compile(words []string, conj []conjFeature) error {
	// Number the hashes of the conjunctions, by kind.
	m.lids, m.sids = map[uint32]uint32{}, map[uint32]uint32{}
	ids := func(key uint64) (map[uint32]uint32, *conjTable) {
		if conjTemplates[key>>56] == conjWord {
			return m.lids, &m.byWord
		}
		return m.sids, &m.bySuffix
	}
	for _, c := range conj {
		mp, _ := ids(c.key)
		hh := hashOf(c.key)
		if _, ok := mp[hh]; !ok {
			mp[hh] = uint32(len(mp))
		}
	}
	// The features come sorted by key: by template, hash, then tag
	// value, so each list comes sorted by tag value. Count, sum, fill.
	tabs := [2]*conjTable{&m.byWord, &m.bySuffix}
	tabs[0].dir = make([]uint32, len(m.lids)*conjSlots+1)
	tabs[1].dir = make([]uint32, len(m.sids)*conjSlots+1)
	which := func(c conjFeature) (int, int) {
		mp, ct := ids(c.key)
		fi := 0
		if ct == &m.bySuffix {
			fi = 1
		}
		return fi, int(mp[hashOf(c.key)])*conjSlots + conjSlot[c.key>>56]
	}
	for _, c := range conj {
		fi, j := which(c)
		tabs[fi].dir[j+1] += 1 + uint32(c.n)
	}
	for fi := range tabs {
		for j := 0; j+1 < len(tabs[fi].dir); j++ {
			if tabs[fi].dir[j+1] != 0 {
				tabs[fi].dir[j+1] += conjMask
			}
		}
	}
	heads := [2][]uint32{make([]uint32, len(tabs[0].dir)), make([]uint32, len(tabs[1].dir))}
	for _, c := range conj {
		fi, j := which(c)
		heads[fi][j]++
	}
	for fi := range heads {
		for j := range heads[fi] {
			if heads[fi][j] != 0 {
				heads[fi][j] += conjMask
			}
		}
	}
	for _, ct := range tabs {
		ct.nslot = conjSlots
		for j := 1; j < len(ct.dir); j++ {
			ct.dir[j] += ct.dir[j-1]
		}
		ct.ent = make([]uint32, ct.dir[len(ct.dir)-1])
	}
	// Where each list's next header and next weight go.
	nextH := [2][]uint32{make([]uint32, len(tabs[0].dir)), make([]uint32, len(tabs[1].dir))}
	for fi := range nextH {
		for j := range nextH[fi] {
			nextH[fi][j] = conjMask
		}
	}
	nextW := [2][]uint32{make([]uint32, len(tabs[0].dir)), make([]uint32, len(tabs[1].dir))}
	for fi, ct := range tabs {
		for j := 0; j+1 < len(ct.dir); j++ {
			nextW[fi][j] = heads[fi][j]
		}
	}
	for _, c := range conj {
		fi, j := which(c)
		ct := tabs[fi]
		base := ct.dir[j]
		ct.ent[base+nextH[fi][j]] = uint32(uint8(c.key)) | uint32(c.n)<<8 | nextW[fi][j]<<16
		if b, ok := conjBit(uint8(c.key)); ok {
			ct.ent[base+uint32(b/32)] |= 1 << (b % 32)
		}
		nextH[fi][j]++
		copy(ct.ent[base+nextW[fi][j]:], m.pairs[c.off:c.off+uint32(c.n)])
		nextW[fi][j] += uint32(c.n)
	}
	// Into blocks, one a number, and the numbers into where they start.
	for fi, ct := range tabs {
		mp := m.lids
		if fi == 1 {
			mp = m.sids
		}
		var ok bool
		if ct.ent, ok = blocks(ct.ent, ct.dir, mp); !ok {
			return ErrBadModel
		}
		ct.dir = nil
	}
	// The vocabulary.
	size := 16
	for size < 2*len(words) {
		size <<= 1
	}
	m.vocab, m.vmask = make([]uint64, size), uint64(size-1)
	if m.kind == kindPOS {
		m.nrows = 5
	} else {
		m.nrows = chunkRoles
	}
	m.recs = make([]wordRec, 0, len(words))
	nr := m.nrows * m.ntags
	m.rowData = make([]int16, 0, len(words)*nr/2)
	var sp []int16
	scratch := make([]int32, nr)
	var keys []uint64
	var wd word
	for _, w := range words {
		h := vocabHash(w)
		if m.lookup(h) >= 0 {
			continue // a word twice, or two words of one hash
		}
		i := (h >> 17) & m.vmask
		for m.vocab[i] != 0 {
			i = (i + 1) & m.vmask
		}
		m.vocab[i] = h&^(1<<vocabIDBits-1) | uint64(len(m.recs)+1)
		readWord(&wd, w)
		rec := m.record(&wd)
		m.fillRows(scratch, &wd, keys[:0], rec.dict < NumPOS)
		rec.rows = uint32(len(m.rowData))
		m.rowData = append(m.rowData, 0, 0)
		var mask uint16
		sp = sp[:0]
		for r := 0; r < m.nrows; r++ {
			row := scratch[r*m.ntags:][:m.ntags]
			if 2*nonzeros(row) <= m.ntags {
				for tag, v := range row {
					sp = appendSparse(sp, r, tag, v)
				}
				continue
			}
			mask |= 1 << r
			for tag, v := range row {
				c := clamp16(v)
				m.rowData = append(m.rowData, c)
				sp = appendSparse(sp, r, tag, v-int32(c))
			}
		}
		if len(sp)/2 > 0xffff || len(m.rowData) >= 1<<31 {
			return ErrBadModel
		}
		m.rowData[rec.rows] = int16(mask)
		m.rowData[rec.rows+1] = int16(uint16(len(sp) / 2))
		m.rowData = append(m.rowData, sp...)
		m.recs = append(m.recs, rec)
	}
	m.rowData = slices.Clip(m.rowData)
	m.none = m.record(&none)
	m.noneRows = m.wordRows(nil, &none, keys[:0])
	return nil
}

// blocks returns the lists of ent, found by dir (list j = id*conjSlots +
// slot is ent[dir[j]:dir[j+1]]), as the blocks of a conjTable, and sets
// the numbers of mp to where their blocks start; false when a block is
// too long for its 16-bit offsets.
func blocks(ent, dir []uint32, mp map[uint32]uint32) ([]uint32, bool) {
	const head = (conjSlots + 2) / 2
	nid := (len(dir) - 1) / conjSlots
	out := make([]uint32, 0, len(ent)+nid*head)
	at := make([]uint32, nid)
	for id := 0; id < nid; id++ {
		b := len(out)
		at[id] = uint32(b)
		out = append(out, make([]uint32, head)...)
		j := id * conjSlots
		if head+dir[j+conjSlots]-dir[j] > 0xffff {
			return nil, false
		}
		for k := 0; k <= conjSlots; k++ {
			off := uint32(head) + dir[j+k] - dir[j]
			out[b+k/2] |= off << (k % 2 * 16)
		}
		out = append(out, ent[dir[j]:dir[j+conjSlots]]...)
	}
	for h, id := range mp {
		mp[h] = at[id]
	}
	return slices.Clip(out), true
}

// clamp16 returns v, or the nearest int16 to it.
func clamp16(v int32) int16 { return int16(min(max(v, -1<<15), 1<<15-1)) }

// appendSparse appends to sp the sparse entries (see Model.rowData) of
// value v of row r and tag tag: none for zero, more than one when it
// does not fit in 16 bits.
func appendSparse(sp []int16, r, tag int, v int32) []int16 {
	for v != 0 {
		c := clamp16(v)
		sp = append(sp, int16(r<<8|tag), c)
		v -= int32(c)
	}
	return sp
}

// nonzeros returns the number of values of r that are not zero.
func nonzeros(r []int32) int {
	n := 0
	for _, v := range r {
		if v != 0 {
			n++
		}
	}
	return n
}

// hashOf returns the hash in the value of a conjunction's key (see
// conj).
func hashOf(key uint64) uint32 { return uint32(key >> 8) }

// sumFixed fills m.fixed.
func (m *Model) sumFixed() {
	nt := m.ntags
	m.fixed = make([]int32, (nt+1)*(nt+1)*nt)
	var keys []uint64
	for p := 0; p <= nt; p++ {
		for p2 := 0; p2 <= nt; p2++ {
			keys = fixedKeys(keys[:0], uint8(p), uint8(p2))
			m.sum(m.fixed[(p*(nt+1)+p2)*nt:][:nt], keys)
		}
	}
}

// fixedRow returns the fixed scores after tags prev and prev2.
func (m *Model) fixedRow(prev, prev2 uint8) []int32 {
	nt := m.ntags
	return m.fixed[(int(prev)*(nt+1)+int(prev2))*nt:][:nt]
}

// weights returns the weights of feature key, or nil.
func (m *table) weights(key uint64) []uint32 {
	h := mix(key)
	check := uint32(h >> 32)
	for i := h & m.mask; ; i = (i + 1) & m.mask {
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

// weightsFrom is weights of a key of hash h (mix(key)) whose first slot,
// m.slots[h&m.mask], is s.
func (m *table) weightsFrom(h uint64, s slot) []uint32 {
	check := uint32(h >> 32)
	for i := h & m.mask; ; {
		if s.ref == 0 {
			return nil
		}
		if s.check == check {
			off, n := s.ref>>6, s.ref&63
			return m.pairs[off : off+n]
		}
		i = (i + 1) & m.mask
		s = m.slots[i]
	}
}

// add adds the weights of feature key to the scores sc.
func (m *table) add(sc []int32, key uint64) {
	for _, p := range m.weights(key) {
		sc[p>>16&63] += int32(int16(p))
	}
}

// addScaled adds to sc the weights of feature key times k.
func (m *table) addScaled(sc []int32, key uint64, k int32) {
	for _, p := range m.weights(key) {
		sc[p>>16&63] += k * int32(int16(p))
	}
}

// sum adds the weights of features keys to sc.
func (m *table) sum(sc []int32, keys []uint64) {
	for _, k := range keys {
		m.add(sc, k)
	}
}

// encode writes a model in the form Load reads: the features sorted by
// key, their keys as differences, then the vocabulary: every word of
// training, the first nrows of them those whose rows Load sums.
func encode(kind byte, ntags int, feats []feature, words []string, nrows int) []byte {
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
	raw = binary.AppendUvarint(raw, uint64(nrows))
	raw = binary.AppendUvarint(raw, uint64(len(words)))
	for _, w := range words {
		raw = binary.AppendUvarint(raw, uint64(len(w)))
		raw = append(raw, w...)
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
