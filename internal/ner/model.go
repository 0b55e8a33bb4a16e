package ner

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/bits"
	"math/rand"
	"sort"
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/wordlist"
	"github.com/newsparse/newsparse/lexicon"
)

// Model is a trained tagger: one row of NumTags weights per feature bucket.
// Most buckets are never trained (only capitalised words and the words
// after a name are scored): their rows are zero and not stored. index
// gives each bucket its row, 0 for the zero row; at most maxStored rows
// are stored, in bucket order.
type Model struct {
	bits  uint
	index rowIndex
	rows  []row // rows[0] is zero
	// fixed holds for each two previous tags the sum of their rows and
	// the bias row: the same for every document, so summed at load, and
	// no 243 reads of the table, mostly misses, a document.
	fixed [NumTags * NumTags]row
	// next, when not nil, is the second pass: a model that tags the
	// document again, reading what this one said of every word
	// throughout the document (see evidence).
	next *Model
}

// sumFixed fills m.fixed from m.rows.
func (m *Model) sumFixed() {
	mask := uint32(1)<<m.bits - 1
	bias := mix(tBias, 0) & mask
	for p := range uint32(NumTags) {
		for p2 := range uint32(NumTags) {
			m.addRows(&m.fixed[p*NumTags+p2], []uint32{bias, mix(tPrev, p) & mask, mix(tPrev2, p*16+p2) & mask})
		}
	}
}

// row holds the NumTags int16 weights of a bucket, each plus 32768, three
// to a word in lanes of 21 bits: a score adds 3 words a bucket, not 9
// numbers. Weights are at most maxWeight either way (Train scales them so,
// Load refuses others), so no lane overflows into the next while at most
// maxRows rows are added (33 * (32768 + 30000) < 1<<21), and every tag's
// lane then carries the same offset, 32768 per row, so lanes compare as
// the scores do.
type row [3]uint64

const (
	laneBits  = 21
	laneMask  = 1<<laneBits - 1
	offset    = 1 << 15
	maxWeight = 30000
	maxRows   = 33
)

// A score sums the fixed rows (bias and the two previous tags), a word's
// own and previous-tag rows and its context rows: at most maxRows.
var _ = [1]int{}[3+5+2+maxBuckets-maxRows]
var _ = [1]int{}[max(0, maxRows*(offset+maxWeight)-laneMask)]

// set sets weight k of r to v.
func (r *row) set(k int, v int16) {
	sh := laneBits * uint(k%3)
	r[k/3] = r[k/3]&^(laneMask<<sh) | uint64(int32(v)+offset)<<sh
}

// get returns weight k of r.
func (r *row) get(k int) int16 {
	return int16(int32(r[k/3]>>(laneBits*uint(k%3))&laneMask) - offset)
}

// lane returns the sum in lane k of r, a sum of rows.
func (r *row) lane(k int) int32 {
	return int32(r[k/3] >> (laneBits * uint(k%3)) & laneMask)
}

//go:embed model.bin
var modelAsset []byte

// Default returns the embedded model, decoded once, or nil when the asset
// cannot be decoded (the caller then finds no names rather than failing).
var Default = sync.OnceValue(func() *Model {
	m, err := Load(modelAsset)
	if err != nil {
		return nil
	}
	return m
})

const magic = "newsparse-ner-3\n"

// ErrBadModel is returned by Load for data that is not a model.
var ErrBadModel = errors.New("ner: bad model data")

// Load decodes a model written by Encode. It never panics: short, long or
// corrupt data gives ErrBadModel.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return nil, ErrBadModel
	}
	br := bytes.NewReader(data[len(magic):])
	first, err := loadPass(br)
	if err != nil {
		return nil, err
	}
	// A second pass follows, or the data ends.
	if br.Len() > 0 {
		if first.next, err = loadPass(br); err != nil || br.Len() != 0 {
			return nil, ErrBadModel
		}
	}
	return first, nil
}

// loadPass reads the weights of one pass from br: the log2 of its bucket
// count, then in a flate stream, which must end where it does, a bitmap
// of the buckets whose row is not zero (bit i%8 of byte i/8 for bucket
// i) and those rows in bucket order, NumTags little-endian int16 each.
func loadPass(br *bytes.Reader) (*Model, error) {
	b, err := br.ReadByte()
	if err != nil {
		return nil, ErrBadModel
	}
	bits := uint(b)
	if bits < 8 || bits > 20 { // at most 2^20 buckets: 4 MB of index
		return nil, ErrBadModel
	}
	// bytes.Reader is an io.ByteReader: flate reads no byte past its
	// stream.
	r := flate.NewReader(br)
	bitmap := make([]byte, 1<<bits/8)
	if _, err := io.ReadFull(r, bitmap); err != nil {
		return nil, ErrBadModel
	}
	n := 0
	for _, x := range bitmap {
		n += bitsSet(x)
	}
	raw := make([]byte, 2*NumTags*n)
	if _, err := io.ReadFull(r, raw); err != nil {
		return nil, ErrBadModel
	}
	var extra [1]byte
	if k, err := r.Read(extra[:]); k != 0 || err != io.EOF {
		return nil, ErrBadModel
	}
	if n > maxStored {
		return nil, ErrBadModel
	}
	m := &Model{bits: bits, index: newRowIndex(1 << bits), rows: make([]row, 1, n+1)}
	for i := range 1 << bits {
		if bitmap[i/8]>>(i%8)&1 == 0 {
			continue
		}
		var rw row
		for k := range NumTags {
			v := int16(binary.LittleEndian.Uint16(raw[2*NumTags*(len(m.rows)-1)+2*k:]))
			if v > maxWeight || v < -maxWeight {
				return nil, ErrBadModel
			}
			rw.set(k, v)
		}
		m.index.set(uint32(i))
		m.rows = append(m.rows, rw)
	}
	m.index.count()
	m.rows[0].zero()
	m.sumFixed()
	return m, nil
}

// rowIndex gives a bucket its row: a bitmap of the buckets that have one,
// and for each 64 buckets the number of the first row among them. The
// rows are stored in bucket order, so a bucket's row is that number plus
// the bits set before its own. 2^20 buckets take 160 KB rather than 2 MB
// of a row number each: a document's look-ups, about thirty a scored
// word, stay in the cache.
type rowIndex struct {
	bits  []uint64
	first []uint32 // 1 + the rows of the buckets before word i of bits
}

// newRowIndex returns an empty index of n buckets, a multiple of 64.
func newRowIndex(n int) rowIndex {
	return rowIndex{bits: make([]uint64, n/64), first: make([]uint32, n/64)}
}

// set marks bucket b as having a row. Buckets are set in increasing
// order, then count is called once.
func (x *rowIndex) set(b uint32) { x.bits[b>>6] |= 1 << (b & 63) }

// count numbers the rows after the buckets are set.
func (x *rowIndex) count() {
	n := uint32(1)
	for i, w := range x.bits {
		x.first[i] = n
		n += uint32(bits.OnesCount64(w))
	}
}

// row returns the row of bucket b, 0 when it has none.
func (x *rowIndex) row(b uint32) uint32 {
	w := x.bits[b>>6]
	below := w & (1<<(b&63) - 1)
	has := uint32(w>>(b&63)) & 1
	return (x.first[b>>6] + uint32(bits.OnesCount64(below))) * has
}

// maxStored bounds the rows of a pass that are not zero.
const maxStored = 1<<16 - 1

// bitsSet returns the number of bits set in x.
func bitsSet(x byte) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// strongest returns the buckets kept, in order, with at most limit of
// them: when there are more, the weakest rows (by their largest weight;
// the later bucket on ties) are left out, as the untrained are.
func strongest(rows []row, kept []int, limit int) []int {
	if len(kept) <= limit {
		return kept
	}
	strength := func(b int) int {
		s := 0
		for k := range NumTags {
			s = max(s, abs(int(rows[b].get(k))))
		}
		return s
	}
	kept = append([]int(nil), kept...)
	sort.SliceStable(kept, func(i, j int) bool { return strength(kept[i]) > strength(kept[j]) })
	kept = kept[:limit]
	sort.Ints(kept)
	return kept
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// zero sets every weight of r to 0.
func (r *row) zero() {
	for k := range NumTags {
		r.set(k, 0)
	}
}

// isZero reports whether every weight of r is 0.
func (r *row) isZero() bool {
	for k := range NumTags {
		if r.get(k) != 0 {
			return false
		}
	}
	return true
}

// Encode writes the model in the form Load reads.
func (m *Model) Encode() []byte {
	var buf bytes.Buffer
	buf.WriteString(magic)
	for _, p := range []*Model{m, m.next} {
		if p == nil {
			break
		}
		buf.WriteByte(byte(p.bits))
		zw, _ := flate.NewWriter(&buf, flate.BestCompression)
		bitmap := make([]byte, 1<<p.bits/8)
		var raw []byte
		for i := range uint32(1) << p.bits {
			x := p.index.row(i)
			if x == 0 {
				continue
			}
			bitmap[i/8] |= 1 << (i % 8)
			for k := range NumTags {
				raw = binary.LittleEndian.AppendUint16(raw, uint16(p.rows[x].get(k)))
			}
		}
		zw.Write(bitmap)
		zw.Write(raw)
		zw.Close()
	}
	return buf.Bytes()
}

// Tag returns one tag per word of doc. Sentences are tagged left to right,
// each word seeing the tags chosen before it. Words outside every sentence
// are O.
func (m *Model) Tag(doc Doc) []uint8 {
	tags, _ := m.TagWords(doc)
	return tags
}

// TagWords is Tag that also returns the flags of each word, which the
// tagger reads anyway: Cap or Lower from its first rune and, for a word
// with either, its gazetteer flags as Lookup gives them. The flags are nil
// when m is nil.
func (m *Model) TagWords(doc Doc) (tags []uint8, flags []uint16) {
	return m.TagWordsInto(doc, nil, nil)
}

// TagWordsInto is TagWords, reusing the room of tags and flags for the
// slices it returns.
func (m *Model) TagWordsInto(doc Doc, tags []uint8, flags []uint16) ([]uint8, []uint16) {
	tags = resize(tags, doc.Len())
	if m == nil {
		return tags, nil
	}
	tg := taggers.Get().(*tagger)
	defer tg.release()
	tg.prepare(doc)
	flags = resize(flags, doc.Len())
	for i, t := range tg.toks {
		flags[i] = t.flags &^ fOneByte
	}
	// Names are about a quarter of the distinct words: room for most.
	if cap(tg.sums) >= int(tg.ids.n/4+32) {
		tg.sums = tg.sums[:0]
	} else {
		tg.sums = make([]wordSums, 0, tg.ids.n/4+32)
	}
	if m.next != nil {
		tg.recBuf = resize(tg.recBuf, len(tags))
		tg.rec = tg.recBuf
	}
	m.pass(tg, doc, tags)
	if m.next != nil {
		tg.priorBuf = append(tg.priorBuf[:0], tags...)
		tg.gather(tg.priorBuf, tg.rec)
		tg.rec = nil
		m.next.pass(tg, doc, tags)
	}
	return tags, flags
}

// firstPass returns the tags of m's first pass alone and the type scores
// of each word (zero for a word it did not score): what a second pass
// trained on them reads.
func (m *Model) firstPass(doc Doc) ([]uint8, [][4]int32) {
	tags := make([]uint8, doc.Len())
	var tg tagger
	tg.prepare(doc)
	tg.rec = make([][4]int32, len(tags))
	m.pass(&tg, doc, tags)
	return tags, tg.rec
}

// taggers holds idle taggers, whose arrays a call reuses: a service
// tagging document after document allocates them once. A sync.Pool is
// safe for concurrent use.
var taggers = sync.Pool{New: func() any { return new(tagger) }}

// maxPooledWords bounds the documents whose tagger is kept for reuse: the
// arrays of a rare huge one are left to the garbage collector.
const maxPooledWords = 1 << 20

// release gives tg back to taggers, without its document.
func (tg *tagger) release() {
	tg.doc, tg.prior, tg.scores, tg.rec = Doc{}, nil, nil, nil
	if len(tg.toks) > maxPooledWords {
		return
	}
	taggers.Put(tg)
}

// resize returns s with length n, zeroed, in s's array when it is large
// enough.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		s = s[:n]
		clear(s)
		return s
	}
	return make([]T, n)
}

// pass tags the sentences of doc into tags with m's weights.
func (m *Model) pass(tg *tagger, doc Doc, tags []uint8) {
	mask := uint32(1)<<m.bits - 1
	var bs [maxBuckets]uint32
	for _, s := range tg.order(doc.Sents) {
		prev, prev2 := uint8(O), uint8(O)
		for i := s[0]; i < s[1]; i++ {
			t := uint8(O)
			if tg.scored(i, prev) {
				// At most 3 + 5 + 2 + maxBuckets rows: maxRows.
				sc := m.fixed[int(prev)*NumTags+int(prev2)]
				ws := tg.wordSums(m, i, mask)
				sc.add(&ws.own)
				if prev == O {
					sc.add(&ws.afterO)
				} else {
					m.addRows(&sc, tg.prevBuckets(&bs, i, prev, mask))
				}
				m.addRows(&sc, tg.contextBuckets(&bs, i, s[0], s[1], mask))
				t = bestAfter(&sc, prev)
				tg.remember(i, t)
				if tg.rec != nil {
					tg.rec[i] = typeScores(func(k int) int32 { return sc.lane(k) }, prev)
				}
			}
			tags[i] = t
			prev2, prev = prev, t
		}
	}
}

// wordSums holds the summed rows of the features of one word that depend
// on the word alone: a word met again in the document reuses them.
type wordSums struct {
	at     int // the word's index in the document: no string to scan
	own    row // the word's own features (ownBuckets)
	afterO row // its features with the previous tag, after an O
}

// wordSums returns the sums of word i, computing them at its first sight.
// They are kept by the word's hash and checked against the word itself,
// so that two words never share sums.
func (tg *tagger) wordSums(m *Model, i int, mask uint32) *wordSums {
	w := tg.doc.Word(i)
	id := tg.toks[i].id
	if k := tg.per[id].sumsOf; k != 0 && tg.doc.Word(tg.sums[k-1].at) == w {
		return &tg.sums[k-1]
	}
	var bs [maxBuckets]uint32
	tg.sums = append(tg.sums, wordSums{at: i})
	ws := &tg.sums[len(tg.sums)-1]
	m.addRows(&ws.own, tg.ownBuckets(&bs, i, mask))
	m.addRows(&ws.afterO, tg.prevBuckets(&bs, i, O, mask))
	if tg.per[id].sumsOf == 0 {
		tg.per[id].sumsOf = int32(len(tg.sums))
	}
	return ws
}

// addRows adds the rows of buckets bs to sum.
func (m *Model) addRows(sum *row, bs []uint32) {
	for _, b := range bs {
		sum.add(&m.rows[m.index.row(b)])
	}
}

// add adds r to the sum of rows s.
func (s *row) add(r *row) {
	s[0] += r[0]
	s[1] += r[1]
	s[2] += r[2]
}

// best returns the highest-scoring tag allowed after prev (O on ties).
func best[T int32 | float64](sc []T, prev uint8) uint8 {
	bt := uint8(O)
	for k := 1; k < NumTags; k++ {
		if allowed(prev, uint8(k)) && sc[k] > sc[bt] {
			bt = uint8(k)
		}
	}
	return bt
}

// bestAfter is best for Tag: of the I tags only the one continuing prev
// is allowed, so it weighs the B tags, then that one.
// The scores are the lanes of sc, a sum of rows.
func bestAfter(sc *row, prev uint8) uint8 {
	// The lanes of O and the B tags (0 to 4) read with constant shifts.
	const m = laneMask
	bt, top := uint8(O), sc[0]&m
	if v := sc[0] >> laneBits & m; v > top {
		bt, top = 1, v
	}
	if v := sc[0] >> (2 * laneBits) & m; v > top {
		bt, top = 2, v
	}
	if v := sc[1] & m; v > top {
		bt, top = 3, v
	}
	if v := sc[1] >> laneBits & m; v > top {
		bt, top = 4, v
	}
	if prev != O {
		if k := 5 + TagType(prev); uint64(sc.lane(k)) > top {
			bt = uint8(k)
		}
	}
	return bt
}

// TrainDoc is a document with its gold tags.
type TrainDoc struct {
	Doc
	Tags []uint8
	// Prior, when not nil, holds a first pass's tags: the model trained
	// is then a second pass, which reads them (see TrainTwoPass).
	Prior []uint8
	// PriorScores holds that first pass's type scores of each word.
	PriorScores [][4]int32
}

// TrainTwoPass learns a first pass as Train does, and a second pass that
// reads the first pass's tags of the whole document. The first-pass tags
// it learns from are those of models that never saw the document (folds
// models trained each without one fold of the documents), so that they
// err as the first pass errs on new text. The same input always gives the
// same model.
func TrainTwoPass(docs []TrainDoc, bits uint, epochs, runs int, seed int64, folds int, progress func(epoch, wrong, total int)) *Model {
	first := Train(docs, bits, epochs, runs, seed, progress)
	if folds < 2 || len(docs) < folds {
		return first
	}
	second := make([]TrainDoc, len(docs))
	for f := 0; f < folds; f++ {
		var rest []TrainDoc
		for i, d := range docs {
			if i%folds != f {
				rest = append(rest, TrainDoc{Doc: d.Doc, Tags: d.Tags})
			}
		}
		m := Train(rest, bits, epochs, runs, seed, nil)
		for i, d := range docs {
			if i%folds == f {
				prior, scores := m.firstPass(d.Doc)
				second[i] = TrainDoc{Doc: d.Doc, Tags: d.Tags, Prior: prior, PriorScores: scores}
			}
		}
	}
	first.next = Train(second, bits, epochs, runs, seed, progress)
	return first
}

// Train learns a model from docs with averaged perceptrons: runs of them
// (at least one), each with its own shuffles (seed, seed+1, ...), whose
// averaged weights are averaged again into one model; each makes epochs
// passes over the documents, shuffled before each, with 2^bits feature
// buckets. Averaging runs smooths out the luck of one order of the
// documents. The same input always gives the same model. progress, when
// not nil, is called after each pass with the count of wrong tags.
func Train(docs []TrainDoc, bits uint, epochs, runs int, seed int64, progress func(epoch, wrong, total int)) *Model {
	n := (1 << bits) * NumTags
	avg := make([]float64, n)
	runs = max(runs, 1)
	for r := range runs {
		trainRun(avg, docs, bits, epochs, seed+int64(r), progress)
	}
	maxAbs := 0.0
	for i := range avg {
		avg[i] /= float64(runs)
		maxAbs = math.Max(maxAbs, math.Abs(avg[i]))
	}
	m := &Model{bits: bits, index: newRowIndex(n / NumTags), rows: make([]row, 1)}
	m.rows[0].zero()
	scale := 0.0
	if maxAbs != 0 {
		scale = maxWeight / maxAbs
	}
	rows := make([]row, n/NumTags)
	var kept []int // the buckets whose row is not zero
	for b := range rows {
		for k := range NumTags {
			rows[b].set(k, int16(math.Round(avg[b*NumTags+k]*scale)))
		}
		if !rows[b].isZero() {
			kept = append(kept, b)
		}
	}
	for _, b := range strongest(rows, kept, maxStored) {
		m.index.set(uint32(b))
		m.rows = append(m.rows, rows[b])
	}
	m.index.count()
	m.sumFixed()
	return m
}

// trainRun is one perceptron of Train, its documents shuffled with seed:
// it adds its averaged weights to avg.
func trainRun(avg []float64, docs []TrainDoc, bits uint, epochs int, seed int64, progress func(epoch, wrong, total int)) {
	n := len(avg)
	mask := uint32(1)<<bits - 1
	w := make([]float64, n)
	acc := make([]float64, n) // sum of weights over time, kept lazily
	ts := make([]int, n)      // time of each weight's last change
	c := 1
	upd := func(idx int, delta float64) {
		acc[idx] += float64(c-ts[idx]) * w[idx]
		ts[idx] = c
		w[idx] += delta
	}
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var tg tagger
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, di := range order {
			doc := docs[di]
			tg.prepare(doc.Doc)
			tg.prior, tg.scores = nil, nil
			if doc.Prior != nil {
				tg.gather(doc.Prior, doc.PriorScores)
			}
			for _, s := range tg.order(doc.Sents) {
				prev, prev2 := uint8(O), uint8(O)
				for i := s[0]; i < s[1]; i++ {
					gold := doc.Tags[i]
					t := uint8(O)
					if tg.scored(i, prev) {
						fs := tg.features(i, s[0], s[1], prev, prev2, mask)
						var sc [NumTags]float64
						for _, b := range fs {
							row := w[int(b)*NumTags : int(b)*NumTags+NumTags]
							for k, v := range row {
								sc[k] += v
							}
						}
						t = best(sc[:], prev)
						tg.remember(i, t)
						if !allowed(prev, gold) {
							gold = gold - 4 // an I after O is a B
						}
						total++
						if t != gold {
							wrong++
							for _, b := range fs {
								upd(int(b)*NumTags+int(gold), 1)
								upd(int(b)*NumTags+int(t), -1)
							}
						}
						c++
					}
					prev2, prev = prev, t
				}
			}
		}
		if progress != nil {
			progress(ep+1, wrong, total)
		}
	}
	for i := range w {
		avg[i] += (acc[i] + float64(c-ts[i])*w[i]) / float64(c)
	}
}

// gazetteer maps the hash of a lower-cased word to its gazetteer flags.
var gazetteer = sync.OnceValue(func() *table16 {
	g, _ := loadGazetteers()
	return fill(g)
})

// phrases maps the hash of a lower-cased entry, words joined by single
// spaces, to its flags.
var phrases = sync.OnceValue(func() map[uint32]uint16 {
	_, p := loadGazetteers()
	return p
})

func loadGazetteers() (map[uint32]uint16, map[uint32]uint16) {
	words := map[uint32]uint16{}
	whole := map[uint32]uint16{}
	for _, l := range lists {
		for _, e := range Lines(l.name) {
			whole[hashLower(e)] |= l.flag | l.phrase
			parts := strings.Fields(e)
			if len(parts) == 1 {
				words[hashLower(e)] |= l.flag
				continue
			}
			for k, p := range parts {
				switch p {
				case "and", "of", "the", "de", "la", "el", "da":
					continue
				}
				f := uint16(fPartName)
				if k == len(parts)-1 {
					f |= l.flag
				}
				words[hashLower(p)] |= f
			}
		}
	}
	return words, whole
}

// lists are the gazetteers: a word of an entry gets flag (the tagger's
// feature); a whole entry also gets phrase (for typing names only).
var lists = []struct {
	name         string
	flag, phrase uint16
}{
	{"givennames.txt", fGiven, 0},
	{"countries.txt", fCountry, 0},
	{"cities.txt", fCity, 0},
	{"regions.txt", fRegion, 0},
	{"areas.txt", fRegion, Area},
	{"demonyms.txt", fDemonym, 0},
	{"orgwords.txt", fOrgWord, 0},
	{"titles.txt", fTitle, 0},
	{"clubs.txt", fClub, 0},
	{"companies.txt", fClub, 0},
	{"laws.txt", fLaw, 0},
}

// Lines returns the entries of the gazetteer name (lexicon/gazetteers/):
// "#" starts a comment, blank lines are skipped.
func Lines(name string) []string {
	return wordlist.Parse(lexicon.Gazetteer(name))
}

// Lookup returns the gazetteer flags of one word (any case).
func Lookup(w string) uint16 { return gazetteer().get(hashLower(w)) }

// LookupPhrase returns the gazetteer flags of a whole name, its words
// joined by single spaces (any case): "New York", "United States".
func LookupPhrase(name string) uint16 { return phrases()[hashLower(name)] }
