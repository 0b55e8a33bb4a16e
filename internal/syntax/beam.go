package syntax

import "math/rand"

// The chunker decodes with a beam: at each word it keeps the width best
// sequences of chunk tags so far (hypotheses), each extended by every
// tag allowed after its last, and it learns with the same beam (see
// trainChunkBeam). Two hypotheses whose last two tags agree score every
// later word alike, so only the better one is kept (the first on a tie).
// A model trained greedily has width 1, and its beam is the greedy
// decoder it was trained with.

// maxBeam bounds a model's beam width.
const maxBeam = 16

// hyp is a hypothesis of the beam: its score, its last two tags, and the
// hypothesis of the word before that it extends (its index in that
// word's beam).
type hyp[S int64 | float64] struct {
	score       S
	prev, prev2 uint8
	back        int32
	gold        bool // in training: every tag so far is the gold one
}

// beamPush adds candidate c to kept, the best hypotheses so far in order
// (the better first, the earlier on ties), holding at most width: c
// replaces a worse one with the same last two tags, and is dropped when
// such a one is as good.
func beamPush[S int64 | float64](kept []hyp[S], width int, c hyp[S]) []hyp[S] {
	if len(kept) == width && c.score <= kept[width-1].score {
		// As good as the worst at best (as any of its last two tags
		// kept is).
		return kept
	}
	for j := range kept {
		if kept[j].prev == c.prev && kept[j].prev2 == c.prev2 {
			if kept[j].score >= c.score {
				return kept
			}
			kept = append(kept[:j], kept[j+1:]...)
			break
		}
	}
	at := len(kept)
	for j := range kept {
		if kept[j].score < c.score {
			at = j
			break
		}
	}
	if len(kept) < width {
		kept = append(kept, c)
	}
	copy(kept[at+1:], kept[at:len(kept)-1])
	kept[at] = c
	return kept
}

// beamDecoder holds the room of beam decoding, reused from call to call.
type beamDecoder struct {
	hyps []hyp[int64] // width a word
	n    []int        // hypotheses kept at each word
	sc   [NumChunk]int32
}

// decode sets dst (of one tag a word, n words) to the best sequence of
// chunk tags of the beam of width w. score sets sc to the scores of the
// tags of word i after tags prev and prev2; prepare(i) is called before
// the scores of word i are asked for.
func (d *beamDecoder) decode(dst []uint8, w int, prepare func(i int), score func(i int, prev, prev2 uint8, sc *[NumChunk]int32)) {
	n := len(dst)
	w = min(max(w, 1), maxBeam)
	if cap(d.hyps) < n*w {
		d.hyps = make([]hyp[int64], n*w)
	}
	if cap(d.n) < n {
		d.n = make([]int, n)
	}
	hyps, counts := d.hyps[:n*w], d.n[:n]
	start := uint8(NumChunk)
	sc := &d.sc
	root := [1]hyp[int64]{{prev: start, prev2: start, back: -1}}
	for i := 0; i < n; i++ {
		prepare(i)
		last := root[:]
		if i > 0 {
			last = hyps[(i-1)*w:][:counts[i-1]]
		}
		kept := hyps[i*w:][:0:w]
		for h := range last {
			hp := &last[h]
			score(i, hp.prev, hp.prev2, sc)
			ok := allowedAfter[hp.prev]
			for t, v := range sc {
				s := hp.score + int64(v)
				if ok&(1<<t) == 0 || len(kept) == w && s <= kept[w-1].score {
					continue // (as beamPush would)
				}
				kept = beamPush(kept, w, hyp[int64]{score: s, prev: uint8(t), prev2: hp.prev, back: int32(h)})
			}
		}
		counts[i] = len(kept)
	}
	// Back from the best of the last word.
	backtrack(dst, hyps, w, n-1)
}

// allowedAfter[prev] has bit t set when chunk tag t may follow prev
// (chunkAllowed); prev NumChunk is the start of the sentence.
var allowedAfter = func() (a [NumChunk + 1]uint32) {
	for p := range a {
		for t := range NumChunk {
			if chunkAllowed(uint8(p), t) {
				a[p] |= 1 << t
			}
		}
	}
	return a
}()

// beamOf returns the beam width that model data m was trained with: 1
// when it says none (a greedy model).
func beamOf(m *table) int {
	if ws := m.weights(key(tBeam, 0)); len(ws) == 1 {
		return min(max(int(int16(ws[0])), 1), maxBeam)
	}
	return 1
}

// trainChunkBeam is one run of the chunker's training with a beam of
// width w, as it decodes: each sentence is decoded in full, and where the
// best hypothesis beats the gold tags by the most (of the words where the
// gold tags are not the best: the greatest violation), the features of
// the gold tags up to there are rewarded and those of that hypothesis
// penalised. Sentences are seen in an order shuffled with seed before
// each of epochs passes; cur(si) prepares sentence si and returns what
// the features read of its words and its part-of-speech tags.
func trainChunkBeam(sents []Sentence, cur func(si int) ([]word, []uint8), epochs, w int, seed int64, progress Progress) *perceptron {
	const nt = int(NumChunk)
	p := &perceptron{index: map[uint64]int32{}}
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var hyps []hyp[float64]
	var counts []int
	var own, dyn []uint64
	var so, sc [NumChunk]float64
	var pred []uint8
	start := uint8(nt)
	root := [1]hyp[float64]{{prev: start, prev2: start, back: -1, gold: true}}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			ws, pos := cur(si)
			g := s.Chunks
			n := len(ws)
			if n == 0 {
				continue
			}
			if cap(hyps) < n*w {
				hyps = make([]hyp[float64], n*w)
			}
			if cap(counts) < n {
				counts = make([]int, n)
			}
			hyps, counts = hyps[:n*w], counts[:n]
			gs := 0.0 // the score of the gold tags so far
			gprev, gprev2 := start, start
			worst, at := 0.0, -1 // the greatest violation, and where
			for i := 0; i < n; i++ {
				win := posWindow(pos, i, n)
				own = chunkOwn(own[:0], ws, pos, i)
				clear(so[:])
				p.score(so[:], own)
				last := root[:]
				if i > 0 {
					last = hyps[(i-1)*w:][:counts[i-1]]
				}
				kept := hyps[i*w:][:0:w]
				for h := range last {
					hp := &last[h]
					dyn = chunkTags(dyn[:0], ws, win, i, hp.prev, hp.prev2)
					sc = so
					p.score(sc[:], dyn)
					for t := range sc {
						if !chunkAllowed(hp.prev, uint8(t)) {
							continue
						}
						kept = beamPush(kept, w, hyp[float64]{score: hp.score + sc[t], prev: uint8(t), prev2: hp.prev,
							back: int32(h), gold: hp.gold && uint8(t) == g[i]})
					}
				}
				counts[i] = len(kept)
				dyn = chunkTags(dyn[:0], ws, win, i, gprev, gprev2)
				sc = so
				p.score(sc[:], dyn)
				gs += sc[g[i]]
				gprev2, gprev = gprev, g[i]
				if !kept[0].gold {
					if v := kept[0].score - gs; at < 0 || v > worst {
						worst, at = v, i
					}
				}
			}
			p.c += int64(n)
			total += n
			pred = backtrack(pred, hyps, w, n-1)
			for i := range pred {
				if pred[i] != g[i] {
					wrong++
				}
			}
			if at < 0 {
				continue
			}
			pred = backtrack(pred, hyps, w, at)
			pp, pp2, gp, gp2 := start, start, start, start
			for j := 0; j <= at; j++ {
				if pred[j] != g[j] || pp != gp || pp2 != gp2 {
					for _, k := range chunkFeatures(own[:0], ws, pos, j, gp, gp2) {
						p.update(k, g[j], 1)
					}
					for _, k := range chunkFeatures(own[:0], ws, pos, j, pp, pp2) {
						p.update(k, pred[j], -1)
					}
				}
				pp2, pp = pp, pred[j]
				gp2, gp = gp, g[j]
			}
		}
		if progress != nil {
			progress(ep+1, wrong, total)
		}
	}
	return p
}

// backtrack sets dst to the tags of the best hypothesis of word i and
// those it extends, from beams of width w.
func backtrack[S int64 | float64](dst []uint8, hyps []hyp[S], w, i int) []uint8 {
	dst = resize(dst, i+1)
	h := 0
	for ; i >= 0; i-- {
		hp := &hyps[i*w+h]
		dst[i] = hp.prev
		h = int(hp.back)
	}
	return dst
}
