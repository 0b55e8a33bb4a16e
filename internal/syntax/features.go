package syntax

import (
	"github.com/newsparse/newsparse/internal/ner"
)

// word is what the features read of a word: hashes of its lower-cased
// form, its shape, its affixes, and its shape flags. It is computed once a
// word, without building a string.
type word struct {
	lw    uint32    // hash of the lower-cased word (as the name tagger's)
	shape uint32    // hash of the collapsed shape: Xx, X.X., dd
	suf   [4]uint32 // hashes of the last 1, 2, 3, 4 bytes, lower-cased
	pre   [3]uint32 // hashes of the first 1, 2, 3 bytes, lower-cased
	cw    uint32    // hash of the word as written
	flags uint16    // ner's shape flags, fHyphen, fCapsSent
}

// More flags: ner's leave bits 13 to 15 free.
const (
	fHyphen   = 1 << 15 // a hyphen inside the word
	fCapsSent = 1 << 13 // the word is in a sentence written in capitals
)

const fnvOffset, fnvPrime = 2166136261, 16777619

// readWord fills wd with what the features read of w.
func readWord(wd *word, w string) {
	wd.lw, wd.shape, wd.flags = ner.WordInfo(w)
	// Affixes byte by byte (a cut rune is fine for hashing), ASCII
	// lower-cased.
	h := uint32(fnvOffset)
	for k := 0; k < 3; k++ {
		if k < len(w) {
			h = (h ^ uint32(lowerByte(w[k]))) * fnvPrime
		}
		wd.pre[k] = h
	}
	h = fnvOffset
	for k := 0; k < 4; k++ {
		if k < len(w) {
			h = (h ^ uint32(lowerByte(w[len(w)-1-k]))) * fnvPrime
		}
		wd.suf[k] = h
	}
	h = fnvOffset
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k > 0 && k+1 < len(w) && c == '-' {
			wd.flags |= fHyphen
		}
		h = (h ^ uint32(c)) * fnvPrime
	}
	wd.cw = h
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// none is the word beyond either end of a sentence.
var none = func() (wd word) {
	readWord(&wd, "\x00")
	return wd
}()

// Feature templates. A feature is a template and a value, hashed together
// into one 64-bit key (see key).
const (
	tBias = iota + 1
	tPrev
	tPrev2
	tW0
	tShape0
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tFlags
	tWm1
	tWp1
	tWm2
	tWp2
	tSufM1
	tSufP1
	tShapeM1
	tShapeP1
	tPrevW0
	tStart
	tCW
	tPrevSuf
	tPrevWp1
	tCapsW0

	// chunker
	tCW0
	tCWm1
	tCWp1
	tCP0
	tCPm1
	tCPm2
	tCPp1
	tCPp2
	tCPm1P0
	tCP0Pp1
	tCPm2Pm1P0
	tCPm1P0Pp1
	tCP0Pp1Pp2
	tCW0P0
	tCWm1P0
	tCWp1P0
	tCPrevP0
	tCPrevW0
	tCPrevP0Pp1
	tCPm2Pm1
	tCPp1Pp2
	tCPm1Pp1
	tCPrevPm1P0
	tCPrev2PrevP0
	tCW0Pp1
	tCWp2
	tCSuf3

	tDict // not a feature: a word's tag in the tag dictionary

	// more of the chunker's
	tCWm2
	tCPm3

	tBeam // not a feature: a chunk model's beam width (see beamOf)

	tMax // not a template: the number of them
)

// key makes the feature key of template t and value v: the template in
// the top byte, the value in the 56 bits below it, as it is when it fits
// (so that a model can read a feature's parts back: see compile), hashed
// when it does not (two words' hashes).
func key(t uint64, v uint64) uint64 {
	if v >= 1<<56 {
		v = mix(v) >> 8
	}
	return t<<56 | v
}

// mix is splitmix64's finalizer: a bijection that spreads every bit of x
// over all the bits of the result.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

// conj packs a hash and a tag (or noTag) into the value of a
// conjunction feature: 40 bits, which key keeps as they are.
func conj(h uint32, tag uint32) uint64 { return uint64(h)<<8 | uint64(tag&0xff) }

// pair packs two 32-bit values into one.
func pair(a, b uint32) uint64 { return uint64(a)<<32 | uint64(b) }

// fixedKeys appends the keys of the features that depend on the previous
// two tags alone: summed once for all words at load.
func fixedKeys(f []uint64, prev, prev2 uint8) []uint64 {
	return append(f, key(tBias, 0), key(tPrev, uint64(prev)), key(tPrev2, uint64(prev)<<8|uint64(prev2)))
}

// posOwn appends the keys of the part-of-speech features of a word alone.
func posOwn(f []uint64, w *word) []uint64 {
	return append(f,
		key(tW0, uint64(w.lw)),
		key(tCW, uint64(w.cw)),
		key(tShape0, uint64(w.shape)),
		key(tSuf1, uint64(w.suf[0])),
		key(tSuf2, uint64(w.suf[1])),
		key(tSuf3, uint64(w.suf[2])),
		key(tSuf4, uint64(w.suf[3])),
		key(tPre1, uint64(w.pre[0])),
		key(tPre2, uint64(w.pre[1])),
		key(tPre3, uint64(w.pre[2])),
		key(tFlags, uint64(w.flags)),
	)
}

// The features of a word as a neighbour of the word tagged: they read the
// neighbour alone, so a tagger can sum them once a distinct word.

// posLeft1 appends the keys of word w as the word before the one tagged.
func posLeft1(f []uint64, w *word) []uint64 {
	return append(f, key(tWm1, uint64(w.lw)), key(tSufM1, uint64(w.suf[2])), key(tShapeM1, uint64(w.shape)))
}

// posRight1 appends the keys of word w as the word after the one tagged.
func posRight1(f []uint64, w *word) []uint64 {
	return append(f, key(tWp1, uint64(w.lw)), key(tSufP1, uint64(w.suf[2])), key(tShapeP1, uint64(w.shape)))
}

// posLeft2 appends the keys of word w two words before the one tagged.
func posLeft2(f []uint64, w *word) []uint64 { return append(f, key(tWm2, uint64(w.lw))) }

// posRight2 appends the keys of word w two words after the one tagged.
func posRight2(f []uint64, w *word) []uint64 { return append(f, key(tWp2, uint64(w.lw))) }

// neighbours returns the words around word i of ws, none beyond the
// sentence's ends.
func neighbours(ws []word, i int) (m2, m1, p1, p2 *word) {
	m1, p1, m2, p2 = &none, &none, &none, &none
	if i > 0 {
		m1 = &ws[i-1]
		if i > 1 {
			m2 = &ws[i-2]
		}
	}
	if i+1 < len(ws) {
		p1 = &ws[i+1]
		if i+2 < len(ws) {
			p2 = &ws[i+2]
		}
	}
	return m2, m1, p1, p2
}

// posContext appends the keys of the part-of-speech features of word i of
// sentence ws that read its neighbours (see posLeft1 and the others).
func posContext(f []uint64, ws []word, i int) []uint64 {
	m2, m1, p1, p2 := neighbours(ws, i)
	f = posLeft1(f, m1)
	f = posRight1(f, p1)
	f = posLeft2(f, m2)
	return posRight2(f, p2)
}

// posPairs appends the keys of the part-of-speech features of word i of
// sentence ws that read its place: the first word, a sentence in
// capitals. (Features of two words, tried, did not pay: 95.63 without
// them, 95.65 with, on CoNLL valid, for 1.2 MB more of model and three
// look-ups a word.)
func posPairs(f []uint64, ws []word, i int) []uint64 {
	w := &ws[i]
	if i == 0 {
		f = append(f, key(tStart, pair(w.lw, w.shape)), key(tStart, uint64(w.shape)))
	}
	if w.flags&fCapsSent != 0 {
		f = append(f, key(tCapsW0, uint64(w.lw)))
	}
	return f
}

// posConj appends the keys of the part-of-speech features of word i of
// sentence ws that read a word with the previous tag. Their values are a
// word's hash and a tag, pair(hash, tag): see conjTemplates.
func posConj(f []uint64, ws []word, i int, prev uint8) []uint64 {
	w := &ws[i]
	_, _, p1, _ := neighbours(ws, i)
	return append(f,
		key(tPrevW0, conj(w.lw, uint32(prev))),
		key(tPrevSuf, conj(w.suf[2], uint32(prev))),
		key(tPrevWp1, conj(p1.lw, uint32(prev))),
	)
}

// noTag is the part-of-speech tag beyond either end of a sentence, in
// posWindow.
const noTag = 0xff

// posWindow returns the part-of-speech tags of words i-2 to i+2 of a
// sentence of n words, packed one a byte, the first the highest; noTag
// beyond the ends.
func posWindow(pos []uint8, i, n int) uint64 {
	var win uint64
	for j := i - 2; j <= i+2; j++ {
		t := uint64(noTag)
		if j >= 0 && j < n {
			t = uint64(pos[j])
		}
		win = win<<8 | t
	}
	return win
}

// chunkWindow appends the keys of the chunk features that read the
// part-of-speech tags around a word alone (win, from posWindow).
func chunkWindow(f []uint64, win uint64) []uint64 {
	pm2, pm1, p0, pp1, pp2 := win>>32&0xff, win>>24&0xff, win>>16&0xff, win>>8&0xff, win&0xff
	return append(f,
		key(tCP0, p0),
		key(tCPm1, pm1),
		key(tCPm2, pm2),
		key(tCPp1, pp1),
		key(tCPp2, pp2),
		key(tCPm1P0, pm1<<8|p0),
		key(tCP0Pp1, p0<<8|pp1),
		key(tCPm2Pm1P0, pm2<<16|pm1<<8|p0),
		key(tCPm1P0Pp1, pm1<<16|p0<<8|pp1),
		key(tCP0Pp1Pp2, p0<<16|pp1<<8|pp2),
		key(tCPm2Pm1, pm2<<8|pm1),
		key(tCPp1Pp2, pp1<<8|pp2),
		key(tCPm1Pp1, pm1<<8|pp1),
	)
}

// chunkWords appends the keys of the chunk features of word i of sentence
// ws that read one word alone: chunkWord of the word and its neighbours.
func chunkWords(f []uint64, ws []word, i int) []uint64 {
	m2, m1, p1, p2 := neighbours(ws, i)
	f = chunkWord(f, &ws[i], 0)
	f = chunkWord(f, m1, 1)
	f = chunkWord(f, p1, 2)
	f = chunkWord(f, p2, 3)
	return chunkWord(f, m2, 4)
}

// chunkRoles is the number of places chunkWord reads a word from.
const chunkRoles = 5

// chunkWord appends the keys of the chunk features of word w read as the
// word chunked (role 0), the one before it (1), after it (2), two after
// it (3), or two before it (4).
func chunkWord(f []uint64, w *word, role int) []uint64 {
	switch role {
	case 0:
		return append(f, key(tCW0, uint64(w.lw)))
	case 1:
		return append(f, key(tCWm1, uint64(w.lw)))
	case 2:
		return append(f, key(tCWp1, uint64(w.lw)))
	case 3:
		return append(f, key(tCWp2, uint64(w.lw)))
	}
	return append(f, key(tCWm2, uint64(w.lw)))
}

// chunkConj appends the keys of the chunk features of word i of sentence
// ws that read a word with a part-of-speech tag (win, from posWindow),
// each conj(hash, tag): see conjTemplates.
func chunkConj(f []uint64, ws []word, win uint64, i int) []uint64 {
	w := &ws[i]
	_, m1, p1, _ := neighbours(ws, i)
	p0, pp1 := uint32(win>>16&0xff), uint32(win>>8&0xff)
	return append(f,
		key(tCW0P0, conj(w.lw, p0)),
		key(tCWm1P0, conj(m1.lw, p0)),
		key(tCWp1P0, conj(p1.lw, p0)),
		key(tCW0Pp1, conj(w.lw, pp1)),
		key(tCSuf3, conj(w.suf[2], p0)),
	)
}

// chunkTags appends the keys of the chunk features that read the chunk
// tags before word i of sentence ws, prev and prev2, alone, with the word,
// or with the part-of-speech window win (posWindow).
func chunkTags(f []uint64, ws []word, win uint64, i int, prev, prev2 uint8) []uint64 {
	pm1, p0, pp1 := win>>24&0xff, win>>16&0xff, win>>8&0xff
	pv := uint64(prev)
	f = fixedKeys(f, prev, prev2)
	return append(f,
		key(tCPrevW0, conj(ws[i].lw, uint32(prev))),
		key(tCPrevP0, pv<<8|p0),
		key(tCPrevP0Pp1, pv<<16|p0<<8|pp1),
		key(tCPrevPm1P0, pv<<16|pm1<<8|p0),
		key(tCPrev2PrevP0, uint64(prev2)<<16|pv<<8|p0),
	)
}

// conjTemplates tells, for each template whose value is conj(hash, tag),
// what the hash is of: a lower-cased word (conjWord) or a three-byte
// suffix (conjSuffix); 0 for other templates. A model gathers these
// features by word and by suffix when it loads (see compile).
var conjTemplates = func() (k [tMax]uint8) {
	for _, t := range []int{tPrevW0, tPrevWp1, tCW0P0, tCWm1P0, tCWp1P0, tCW0Pp1, tCPrevW0} {
		k[t] = conjWord
	}
	k[tPrevSuf], k[tCSuf3] = conjSuffix, conjSuffix
	return k
}()

// What the hash of a conjunction's value is of.
const (
	conjWord = 1 + iota
	conjSuffix
)

// chunkMore appends the keys of the chunker's feature that reads the tag
// three words before. (Tried and left out, as they did not pay on CoNLL
// valid: two words together, the tag three words after, shapes and
// flags, the words beside with their own tags.)
func chunkMore(f []uint64, pos []uint8, i int) []uint64 {
	t := uint64(noTag)
	if i >= 3 {
		t = uint64(pos[i-3])
	}
	return append(f, key(tCPm3, t))
}
