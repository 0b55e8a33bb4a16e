package syntax

import (
	"math"

	"github.com/newsparse/newsparse/internal/ner"
	"math/rand"
	"sort"
)

// Sentence is a sentence with its gold tags, for training: one
// part-of-speech tag and one chunk tag a word.
type Sentence struct {
	Words  []string
	POS    []uint8
	Chunks []uint8
}

// Progress, when not nil, is told after each training pass how many
// words the model got wrong, of how many.
type Progress func(epoch, wrong, total int)

// TrainPOS learns a part-of-speech model from sents: epochs passes over
// them, shuffled before each, by each of runs perceptrons (the first
// shuffling with seed, the next with seed+1, ...), whose averaged weights
// are averaged into the model. Weights that round to less than
// minWeight (of 32767) are dropped. The same input always gives the same
// bytes, which Load reads.
func TrainPOS(sents []Sentence, epochs, runs int, seed int64, minWeight int, progress Progress) []byte {
	nt := int(NumPOS)
	var ws []word
	dict := tagDictionary(sents)
	var extra []feature
	for cw, t := range dict {
		extra = append(extra, feature{key(tDict, uint64(cw)), []tagWeight{{t, 1}}})
	}
	return train(kindPOS, nt, sents, runs, seed, minWeight, func(seed int64) *perceptron {
		return trainRun(nt, sents, epochs, seed, progress,
			func(s *Sentence) []uint8 { return s.POS },
			func(si int) { ws = readWords(ws[:0], sents[si].Words) },
			func(f []uint64, s *Sentence, i int, prev, prev2 uint8, _ []uint8) []uint64 {
				return posFeatures(f, ws, i, prev, prev2)
			},
			func(prev, t uint8) bool { return true },
			func(s *Sentence, i int) (uint8, bool) {
				t, ok := dict[ws[i].cw]
				return t, ok
			})
	}, extra)
}

// posFeatures appends the keys of the part-of-speech features of word i
// of sentence ws after tags prev and prev2: what the model is, which
// Tagger.TagWith sums by other roads.
func posFeatures(f []uint64, ws []word, i int, prev, prev2 uint8) []uint64 {
	f = fixedKeys(f, prev, prev2)
	f = posOwn(f, &ws[i])
	f = posContext(f, ws, i)
	f = posPairs(f, ws, i)
	return posConj(f, ws, i, prev)
}

// chunkFeatures appends the keys of the chunk features of word i of
// sentence ws, whose part-of-speech tags are pos, after chunk tags prev
// and prev2: what the model is, which Tagger.ChunkWith sums by other
// roads.
func chunkFeatures(f []uint64, ws []word, pos []uint8, i int, prev, prev2 uint8) []uint64 {
	f = chunkOwn(f, ws, pos, i)
	return chunkTags(f, ws, posWindow(pos, i, len(ws)), i, prev, prev2)
}

// chunkOwn appends the keys of the chunk features of word i of sentence
// ws, whose part-of-speech tags are pos, that do not read the chunk tags
// before it: the same for every hypothesis of a beam.
func chunkOwn(f []uint64, ws []word, pos []uint8, i int) []uint64 {
	win := posWindow(pos, i, len(ws))
	f = chunkWindow(f, win)
	f = chunkWords(f, ws, i)
	f = chunkMore(f, pos, i)
	return chunkConj(f, ws, win, i)
}

// vocabulary returns the words of sents, those seen at least
// vocabMinCount times first (the words whose rows a model sums when it
// loads, nrows of them), each part sorted.
func vocabulary(sents []Sentence) (words []string, nrows int) {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			counts[w]++
		}
	}
	var rare []string
	for w, c := range counts {
		if c >= vocabMinCount {
			words = append(words, w)
		} else {
			rare = append(rare, w)
		}
	}
	sort.Strings(words)
	sort.Strings(rare)
	return append(words, rare...), len(words)
}

// vocabMinCount is how often a word must be seen in training to be in
// a model's vocabulary.
const vocabMinCount = 2

// tagDictionary returns the words of sents that are frequent and nearly
// always have one tag, by their hash as written: the tagger gives them
// that tag without weighing anything.
func tagDictionary(sents []Sentence) map[uint32]uint8 {
	counts := map[string]*[NumPOS]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			c := counts[w]
			if c == nil {
				c = new([NumPOS]int)
				counts[w] = c
			}
			c[s.POS[i]]++
		}
	}
	dict := map[uint32]uint8{}
	for w, c := range counts {
		n, best := 0, 0
		for t, k := range c {
			n += k
			if k > c[best] {
				best = t
			}
		}
		if n >= dictMinCount && float64(c[best]) >= dictShare*float64(n) {
			var wd word
			readWord(&wd, w)
			dict[wd.cw] = uint8(best)
		}
	}
	return dict
}

// A word goes in the tag dictionary when seen at least dictMinCount times
// in training, with one tag at least dictShare of them.
const (
	dictMinCount = 20
	dictShare    = 0.995
)

// TrainChunk learns a chunk model from sents, reading the part-of-speech
// tags pos[k] for sentence k (the gold ones, or better, a tagger's), as
// TrainPOS does, with a beam of width beam (1: greedy, left to right; see
// trainChunkBeam), which the model keeps to decode with.
func TrainChunk(sents []Sentence, pos [][]uint8, beam, epochs, runs int, seed int64, minWeight int, progress Progress) []byte {
	nt := int(NumChunk)
	var ws []word
	var cur []uint8
	prepare := func(si int) {
		ws = readWords(ws[:0], sents[si].Words)
		cur = pos[si]
	}
	beam = min(max(beam, 1), maxBeam)
	var extra []feature
	if beam > 1 {
		extra = append(extra, feature{key(tBeam, 0), []tagWeight{{0, int16(beam)}}})
	}
	return train(kindChunk, nt, sents, runs, seed, minWeight, func(seed int64) *perceptron {
		if beam > 1 {
			return trainChunkBeam(sents, func(si int) ([]word, []uint8) {
				prepare(si)
				return ws, cur
			}, epochs, beam, seed, progress)
		}
		return trainRun(nt, sents, epochs, seed, progress,
			func(s *Sentence) []uint8 { return s.Chunks }, prepare,
			func(f []uint64, s *Sentence, i int, prev, prev2 uint8, _ []uint8) []uint64 {
				return chunkFeatures(f, ws, cur, i, prev, prev2)
			},
			chunkAllowed, func(*Sentence, int) (uint8, bool) { return 0, false })
	}, extra)
}

// readWords appends what the features read of each of words to ws.
func readWords(ws []word, words []string) []word {
	n := len(ws)
	cased, caps := 0, 0
	for _, w := range words {
		ws = append(ws, word{})
		wd := &ws[len(ws)-1]
		readWord(wd, w)
		if wd.flags&(ner.Cap|ner.Lower) != 0 {
			cased++
			if wd.flags&ner.AllCaps != 0 || wd.flags&ner.Cap != 0 && len(w) == 1 {
				caps++
			}
		}
	}
	// A sentence mostly in capitals (a headline) says little by its case.
	if cased >= 2 && 2*caps > cased {
		for k := n; k < len(ws); k++ {
			ws[k].flags |= fCapsSent
		}
	}
	return ws
}

// entry is one weight of a feature in training, averaged lazily: acc is
// the sum of the weight over the steps up to ts.
type entry struct {
	tag uint8
	w   int32
	ts  int64
	acc int64
}

// perceptron is the sparse weights of training.
type perceptron struct {
	index map[uint64]int32
	feats [][]entry
	c     int64 // the step
}

func (p *perceptron) score(sc []float64, keys []uint64) {
	for _, k := range keys {
		if i, ok := p.index[k]; ok {
			for _, e := range p.feats[i] {
				sc[e.tag] += float64(e.w)
			}
		}
	}
}

func (p *perceptron) update(k uint64, tag uint8, d int32) {
	i, ok := p.index[k]
	if !ok {
		i = int32(len(p.feats))
		p.index[k] = i
		p.feats = append(p.feats, nil)
	}
	es := p.feats[i]
	for j := range es {
		if e := &es[j]; e.tag == tag {
			e.acc += (p.c - e.ts) * int64(e.w)
			e.ts = p.c
			e.w += d
			return
		}
	}
	p.feats[i] = append(es, entry{tag: tag, w: d, ts: p.c})
}

// train makes the model shared by TrainPOS and TrainChunk: the averaged
// weights of runs perceptrons, each learnt by run with its own seed (seed,
// seed+1, ...), averaged, with the features of extra.
func train(kind byte, nt int, sents []Sentence, runs int, seed int64, minWeight int,
	run func(seed int64) *perceptron, extra []feature) []byte {
	// The averaged weights of each run, summed.
	sum := map[uint64][]float64{}
	for r := 0; r < max(runs, 1); r++ {
		p := run(seed + int64(r))
		for k, i := range p.index {
			ws := sum[k]
			if ws == nil {
				ws = make([]float64, nt)
				sum[k] = ws
			}
			for _, e := range p.feats[i] {
				ws[e.tag] += float64(e.acc+(p.c-e.ts)*int64(e.w)) / float64(p.c)
			}
		}
	}
	// Scale to int16 and drop what rounds to little.
	maxAbs := 0.0
	for _, ws := range sum {
		for _, w := range ws {
			maxAbs = math.Max(maxAbs, math.Abs(w))
		}
	}
	scale := 0.0
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	keysOf := make([]uint64, 0, len(sum))
	for k := range sum {
		keysOf = append(keysOf, k)
	}
	sort.Slice(keysOf, func(i, j int) bool { return keysOf[i] < keysOf[j] })
	var feats []feature
	for _, k := range keysOf {
		var tw []tagWeight
		for t, w := range sum[k] {
			q := math.Round(w * scale)
			if math.Abs(q) < float64(max(minWeight, 1)) {
				continue
			}
			tw = append(tw, tagWeight{uint8(t), int16(q)})
		}
		if len(tw) > 0 {
			feats = append(feats, feature{k, tw})
		}
	}
	feats = append(feats, extra...)
	sort.Slice(feats, func(i, j int) bool { return feats[i].key < feats[j].key })
	vocab, nrows := vocabulary(sents)
	return encode(kind, nt, feats, vocab, nrows)
}

// trainRun is one run of train, greedy, left to right, each word seeing
// the two tags chosen before it: the perceptron it learns.
func trainRun(nt int, sents []Sentence, epochs int, seed int64, progress Progress,
	gold func(*Sentence) []uint8, prepare func(si int),
	features func(f []uint64, s *Sentence, i int, prev, prev2 uint8, tags []uint8) []uint64,
	allowed func(prev, t uint8) bool, known func(s *Sentence, i int) (uint8, bool)) *perceptron {
	p := &perceptron{index: map[uint64]int32{}}
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var keys []uint64
	sc := make([]float64, nt)
	var tags []uint8
	start := uint8(nt)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			prepare(si)
			g := gold(s)
			tags = tags[:0]
			prev, prev2 := start, start
			for i := range s.Words {
				if t, ok := known(s, i); ok {
					// A word whose tag the model knows outright.
					tags = append(tags, t)
					prev2, prev = prev, t
					continue
				}
				keys = features(keys[:0], s, i, prev, prev2, tags)
				clear(sc)
				p.score(sc, keys)
				t := bestTag(sc, prev, allowed)
				p.c++
				total++
				if t != g[i] {
					wrong++
					for _, k := range keys {
						p.update(k, g[i], 1)
						p.update(k, t, -1)
					}
				}
				tags = append(tags, t)
				prev2, prev = prev, t
			}
		}
		if progress != nil {
			progress(ep+1, wrong, total)
		}
	}
	return p
}

// bestTag returns the highest-scoring tag allowed after prev (the lowest
// on ties).
func bestTag[T int32 | float64](sc []T, prev uint8, allowed func(prev, t uint8) bool) uint8 {
	bt := -1
	for k := range sc {
		if allowed(prev, uint8(k)) && (bt < 0 || sc[k] > sc[bt]) {
			bt = k
		}
	}
	return uint8(bt)
}

// TagReference tags words with part-of-speech model m the slow way, as
// training decodes: every feature of posFeatures looked up. It gives
// what Tagger.TagWith gives, far more slowly: it is for tests and for
// measuring models whose features the fast road does not read yet.
func TagReference(m *Model, words []string) []uint8 {
	ref := m.reference()
	ws := readWords(nil, words)
	out := make([]uint8, len(words))
	start := uint8(NumPOS)
	prev, prev2 := start, start
	sc := make([]int32, NumPOS)
	for i := range ws {
		if d := ref.weights(key(tDict, uint64(ws[i].cw))); len(d) == 1 {
			out[i] = uint8(d[0] >> 16 & 63)
		} else {
			clear(sc)
			ref.sum(sc, posFeatures(nil, ws, i, prev, prev2))
			out[i] = bestTag(sc, prev, func(uint8, uint8) bool { return true })
		}
		prev2, prev = prev, out[i]
	}
	return out
}

// ChunkReference chunks words with chunk model m the slow way (see
// TagReference).
func ChunkReference(m *Model, words []string, pos []uint8) []uint8 {
	ref := m.reference()
	ws := readWords(nil, words)
	out := make([]uint8, len(words))
	var d beamDecoder
	d.decode(out, m.beam, func(int) {}, func(i int, prev, prev2 uint8, sc *[NumChunk]int32) {
		clear(sc[:])
		ref.sum(sc[:], chunkFeatures(nil, ws, pos, i, prev, prev2))
	})
	return out
}
