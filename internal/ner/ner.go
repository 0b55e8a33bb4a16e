// Package ner is newsparse's name tagger: a greedy left-to-right averaged
// perceptron over hashed token features, tagging words with BIO tags over
// PER, ORG, LOC and MISC (the CoNLL-2003 scheme). The features are the
// same in training (internal/nertrain) and tagging, because both call
// this package.
//
// Tagging takes two passes (Ratinov and Roth's two stages): the second
// reads the first pass's tags of the whole document, the types given to
// every other mention of a word and the longest name it was part of, so
// that a word's type comes from the weight of its mentions rather than
// from the first one. Both passes are linear in the document.
//
// A Model is read-only once loaded and safe for concurrent use.
package ner

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Tags. B tags are 1..4, I tags 5..8, in the order of Types.
const (
	O       = 0
	NumTags = 9
)

// Types are the CoNLL entity types, indexed by (tag-1)%4.
var Types = [4]string{"PER", "ORG", "LOC", "MISC"}

// TagType returns the type index (0..3) of a non-O tag.
func TagType(t uint8) int { return int(t-1) % 4 }

// IsBegin reports whether t is a B tag.
func IsBegin(t uint8) bool { return t >= 1 && t <= 4 }

// Doc is a document to tag: its words and its sentences as [start, end)
// ranges of word indexes, in order.
//
// A caller holding the text can give the words as Spans of Text instead,
// with Words nil: no string a word to build. Word i is then
// Text[Spans[i][0]:Spans[i][1]], or for a span starting at a Form (a
// negative number) that form's word.
type Doc struct {
	Words []string
	Sents [][2]int
	Text  string
	Spans [][2]int32
}

// Forms: a span {Form, 0} stands for a word the text does not write so.
const (
	FormPoss   = -1 - iota // 's
	FormSingle             // '
	FormDouble             // "
	FormDash               // -
)

// Len returns the number of words of d.
func (d *Doc) Len() int {
	if d.Words != nil {
		return len(d.Words)
	}
	return len(d.Spans)
}

// Word returns word i of d.
func (d *Doc) Word(i int) string {
	if d.Words != nil {
		return d.Words[i]
	}
	sp := d.Spans[i]
	if sp[0] < 0 {
		return formWord(sp[0])
	}
	return d.Text[sp[0]:sp[1]]
}

func formWord(f int32) string {
	switch f {
	case FormPoss:
		return "'s"
	case FormSingle:
		return "'"
	case FormDouble:
		return "\""
	}
	return "-"
}

// Flags of a word, from its shape and the gazetteers.
const (
	fCap      = 1 << iota // first rune upper case
	fAllCaps              // every letter upper case, at least two letters
	fLower                // first rune lower case
	fDigit                // contains a digit
	fGiven                // a given name
	fCountry              // a country (or part of a multi-word one)
	fCity                 // a city
	fRegion               // a state, region, continent, sea
	fDemonym              // a nationality or group adjective
	fOrgWord              // an organization head or suffix
	fTitle                // a title or role before a name
	fPartName             // a word of a multi-word gazetteer entry
	fClub                 // a sports club or team, or a company
	fLaw                  // the head word of a law, treaty or programme

	// fOneByte marks a word of one byte. It is no feature: GazFlags and
	// the exported flags leave it out.
	fOneByte   = 1 << oneByteBit
	oneByteBit = 14
)

// GazFlags are the flags that come from the gazetteers.
const GazFlags = fGiven | fCountry | fCity | fRegion | fDemonym | fOrgWord | fTitle | fPartName | fClub | fLaw

// Gazetteer bits exported for callers that type mentions.
const (
	// Cap and Lower tell a word's first rune is upper or lower case.
	Cap   = fCap
	Lower = fLower

	Given   = fGiven
	Country = fCountry
	City    = fCity
	Region  = fRegion
	Demonym = fDemonym
	OrgWord = fOrgWord
	Title   = fTitle
	// Area marks a whole gazetteer entry that is a continent, sea or
	// region without a government of its own (Europe, the Middle East).
	Area = 1 << 15
)

// tok is what the features read of a word.
type tok struct {
	lw    uint32 // hash of the lower-cased word
	shape uint32 // hash of the collapsed shape (Xx, X.X., dd)
	id    uint32 // the word's index in the document tables (by lw)
	flags uint16
	span  uint16 // its place in a multi-word gazetteer entry (markSpans), or 0
	start bool   // the word opens its sentence
	caps  bool   // the word is in a capitals sentence
	table bool   // the word is in a table row: figures, no lower-case word
}

const fnvOffset, fnvPrime = 2166136261, 16777619

// hashLower returns the FNV-1a hash of w lower-cased: the key of a word in
// the gazetteers and the document tables.
func hashLower(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint32(c)) * fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		var buf [4]byte
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:m] {
			h = (h ^ uint32(b)) * fnvPrime
		}
		i += n
	}
	return h
}

// wordInfo returns in one pass over w the hash of w lower-cased (as
// hashLower), the hash of its collapsed shape (Xx, X.X., dd) and its shape
// flags.
func wordInfo(w string) (lw, shape uint32, flags uint16) {
	// Most words are ASCII: one table read a byte, no rune counts, and no
	// branch but the loop's; a word with a byte beyond ASCII is read
	// again, rune by rune.
	if len(w) == 0 {
		shape = fnvOffset
		return fnvOffset, (shape ^ '1') * fnvPrime, 0
	}
	lw, shape = fnvOffset, fnvOffset
	var last uint32
	var classes uint32 // the union of the bytes' classes
	for i := 0; i < len(w); i++ {
		e := byteInfo[w[i]]
		classes |= e
		lw = (lw ^ e>>8&0xff) * fnvPrime
		c := e & 0xff
		// Branch-free (a conditional move): a change of class is hard
		// to predict.
		next := (shape ^ c) * fnvPrime
		if c != last {
			shape = next
		}
		last = c
	}
	if classes&bBeyond != 0 {
		return wordInfoRunes(w)
	}
	// No branches on what is hard to predict: whether the word is one
	// character (a mark), how it starts.
	next := (shape ^ '1') * fnvPrime // a single character differs from a run
	if len(w) == 1 {
		shape = next
	}
	e := byteInfo[w[0]]
	flags = uint16(e>>21&1)*fCap | uint16(e>>16&1)*fLower | uint16(classes>>17&1)*fDigit
	if classes&((aUpper|aLower)<<8) == aUpper<<8 && len(w) >= 2 {
		// Capitals and no lower case: at least two capitals?
		upper := 0
		for i := 0; i < len(w); i++ {
			upper += int(asciiInfo[w[i]] >> 13 & 1)
		}
		if upper >= 2 {
			flags |= fAllCaps
		}
	}
	return lw, shape, flags
}

// byteInfo holds for each byte its shape character (as asciiInfo) in bits
// 0-7, the byte lower-cased in bits 8-15, and its class (asciiInfo's
// shifted by 8, or bBeyond for a byte beyond ASCII) above.
var byteInfo = func() (t [256]uint32) {
	for b := range t {
		if b >= utf8.RuneSelf {
			t[b] = bBeyond
			continue
		}
		e := asciiInfo[b]
		t[b] = uint32(byte(e)) | uint32(byte(b)|byte(e>>8)&0x20)<<8 | uint32(e&^0xff)<<8
	}
	return t
}()

const bBeyond = 1 << 24

// wordInfoRunes is wordInfo for a word with a rune beyond ASCII.
func wordInfoRunes(w string) (lw, shape uint32, flags uint16) {
	lw, shape = fnvOffset, fnvOffset
	var last byte
	var classes uint16 // the union of the runes' classes
	upper, n := 0, 0
	for i := 0; i < len(w); n++ {
		var c byte
		if b := w[i]; b < utf8.RuneSelf {
			// One table read instead of a switch: ASCII is most words.
			e := asciiInfo[b]
			c = byte(e)
			classes |= e
			upper += int(e >> 13 & 1)
			lw = (lw ^ uint32(b|byte(e>>8)&0x20)) * fnvPrime
			i++
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			switch {
			case unicode.IsLower(r):
				c = 'x'
				classes |= aLower
			case unicode.IsUpper(r):
				c = 'X'
				classes |= aUpper
				upper++
			default:
				c = 'o'
			}
			var buf [4]byte
			m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, b := range buf[:m] {
				lw = (lw ^ uint32(b)) * fnvPrime
			}
			i += size
		}
		if n == 0 {
			if c == 'X' {
				flags |= fCap
			} else if c == 'x' {
				flags |= fLower
			}
		}
		// Branch-free (a conditional move): a change of class is hard
		// to predict.
		next := (shape ^ uint32(c)) * fnvPrime
		if c != last {
			shape = next
		}
		last = c
	}
	if classes&aDigit != 0 {
		flags |= fDigit
	}
	if upper >= 2 && classes&aLower == 0 {
		flags |= fAllCaps
	}
	if n <= 1 {
		shape = (shape ^ '1') * fnvPrime // a single character differs from a run
	}
	return lw, shape, flags
}

// Classes of a rune in asciiInfo and wordInfo. aUpper is 0x20 in the
// high byte: or-ed into an upper-case letter, it lower-cases it.
const (
	aLower = 1 << 8
	aDigit = 1 << 9
	aUpper = 1 << 13
)

// asciiInfo holds for each ASCII byte its shape character in the low byte
// (x, X, d, or the byte itself) and its class.
var asciiInfo = func() (t [utf8.RuneSelf]uint16) {
	for b := range t {
		switch {
		case 'a' <= b && b <= 'z':
			t[b] = 'x' | aLower
		case 'A' <= b && b <= 'Z':
			t[b] = 'X' | aUpper
		case '0' <= b && b <= '9':
			t[b] = 'd' | aDigit
		default:
			t[b] = uint16(b)
		}
	}
	return t
}()

// mix combines a feature template with a value hash.
func mix(template, v uint32) uint32 {
	h := (v ^ (template * 0x9E3779B1)) * 0x85EBCA6B
	h ^= h >> 13
	h *= 0xC2B2AE35
	return h ^ h>>16
}

// Feature templates.
const (
	tBias = iota + 1
	tW0
	tWm1
	tWp1
	tWm2
	tWp2
	tShape0
	tShapeM1
	tShapeP1
	tSuf3
	tSuf4
	tPre3
	tPrev
	tPrev2
	tPrevW0
	tPrevShape
	tStartShape
	tGaz
	tGazM1
	tGazP1
	tDoc
	tBigramL
	tBigramR
	tShapeWin
	tHist

	// The second pass's features: what the first pass said about the
	// word and, elsewhere in the document, about the same word.
	tEvOthers
	tEvLong
	tEvSelf
	tEvWin
	// The type the first pass's scores, summed over the word's other
	// mentions, favour, and by how much.
	tEvScore

	// A word in a table row ("Harbor City 3 Lakeside 1"): the word
	// itself and what follows it there.
	tTableW
	tTableP1

	// A word inside a multi-word gazetteer entry: the entry's lists and
	// the word's place in it (see markSpans).
	tGazSpan
)

// docWord holds what the document says about a word elsewhere.
const (
	dSeenLower  = 1 << iota // written in lower case somewhere
	dSeenCapMid             // capitalized in mid-sentence in a mixed-case sentence
	dSeenStart              // capitalized at a sentence start
)

// perWord is what the tagger keeps about a distinct word of a document.
type perWord struct {
	docw uint16 // what the document says about the word elsewhere
	hist uint16 // the last tag given to the word earlier in the document
	// For Tag: 1 + the index of the word's sums (see wordSums), or 0.
	sumsOf int32
}

// tagger holds the per-document state of one tagging (or training) pass.
type tagger struct {
	doc   Doc
	toks  []tok
	ids   idTable   // lower-cased word hash -> index into per
	per   []perWord // by word id, side by side: one cache line a word
	feats []uint32

	// For Tag: the sums of each distinct word (see wordSums).
	sums []wordSums

	// For the second pass: the first pass's tags, and what they say of
	// each distinct word (by word id).
	prior []uint8
	ev    []evidence
	// For the second pass: the first pass's scores of each word (see
	// TypeScores), and for the first pass of Tag, where they are
	// recorded, or nil.
	scores [][4]int32
	rec    [][4]int32

	priorBuf []uint8    // the array behind prior, kept for reuse
	recBuf   [][4]int32 // the array behind rec, kept for reuse
}

// evidence is what the first pass said of one distinct word over the whole
// document: how often each type (or O) was given to its capitalized
// mentions, and the type and length of the longest name it was part of.
type evidence struct {
	count [5]uint16 // O, PER, ORG, LOC, MISC, saturating
	longT uint8     // 1 + the type of the longest name, or 0
	longN uint8     // that name's length in words, at most 255
	score [4]int64  // the first pass's scores of the capitalized mentions, summed
}

// TypeScores are what the first pass's scores of a word say of each type:
// for PER, ORG, LOC and MISC, the score of the best tag of that type
// allowed there less the score of O, at most maxTypeScore either way.
type TypeScores = [4]int32

// maxTypeScore bounds a word's type scores: no mention outweighs many.
const maxTypeScore = 1 << 16

// typeScores returns the type scores of a word given the score of each
// tag and the previous tag.
func typeScores(score func(k int) int32, prev uint8) (ts TypeScores) {
	o := score(O)
	for k := range ts {
		s := score(1 + k)
		if prev != O && TagType(prev) == k {
			s = max(s, score(5+k))
		}
		ts[k] = min(max(s-o, -maxTypeScore), maxTypeScore)
	}
	return ts
}

// gather reads the first pass's tags prior for the second pass: the
// evidence of every distinct word, in one pass over the document (linear
// in its words). It also forgets the first pass's history.
//
// scores, when not nil, holds the first pass's type scores of each word,
// which the evidence sums.
func (tg *tagger) gather(prior []uint8, scores [][4]int32) {
	tg.prior = prior
	tg.scores = scores
	if cap(tg.ev) >= len(tg.per) {
		tg.ev = tg.ev[:len(tg.per)]
		clear(tg.ev)
	} else {
		tg.ev = make([]evidence, len(tg.per))
	}
	for k := range tg.per {
		tg.per[k].hist = 0
		tg.per[k].sumsOf = 0
	}
	tg.sums = tg.sums[:0]
	n := len(tg.toks)
	for _, s := range tg.doc.Sents {
		if s[0] >= s[1] || s[0] < 0 || s[1] > n {
			continue
		}
		for i := s[0]; i < s[1]; i++ {
			t := &tg.toks[i]
			if t.flags&fCap == 0 {
				continue
			}
			e := &tg.ev[t.id]
			k := priorType(prior[i])
			if e.count[k] < 0xffff {
				e.count[k]++
			}
			if scores != nil {
				for k, v := range scores[i] {
					e.score[k] += int64(v)
				}
			}
		}
		// The names of the sentence: each word records the longest.
		for i := s[0]; i < s[1]; {
			if prior[i] == O {
				i++
				continue
			}
			j := i + 1
			for j < s[1] && prior[j] != O && !IsBegin(prior[j]) && TagType(prior[j]) == TagType(prior[i]) {
				j++
			}
			ln := uint8(min(j-i, 255))
			for k := i; k < j; k++ {
				e := &tg.ev[tg.toks[k].id]
				if ln > e.longN {
					e.longN, e.longT = ln, uint8(TagType(prior[i])+1)
				}
			}
			i = j
		}
	}
}

// priorType returns 0 for O, else 1 + the type of tag t.
func priorType(t uint8) int {
	if t == O {
		return 0
	}
	return TagType(t) + 1
}

// evValues returns the values of the second pass's features of word i in
// sentence [s0, s1): the other mentions' majority type, the longest
// name, the word's own first-pass tag and its neighbours'.
func (tg *tagger) evValues(i, s0, s1 int) (others, long, self, win, score uint32) {
	t := &tg.toks[i]
	e := tg.ev[t.id]
	caps := b2u(t.caps)
	if t.flags&fCap != 0 {
		e.count[priorType(tg.prior[i])]-- // the others, not this one
		if tg.scores != nil {
			for k, v := range tg.scores[i] {
				e.score[k] -= int64(v)
			}
		}
	}
	total, named := 0, 0
	maj, majN := 0, 0
	for k, c := range e.count {
		total += int(c)
		if k > 0 {
			named += int(c)
			if int(c) > majN {
				maj, majN = k, int(c)
			}
		}
	}
	others = uint32(maj)*16 + b2u(total > 0)*8 + b2u(majN > 0 && majN == named)*4 + b2u(majN*2 >= total && total > 0)*2 + caps
	long = uint32(e.longT)*16 + uint32(min(e.longN, 4))*2 + caps
	self = uint32(tg.prior[i])*2 + caps
	pm, pp := uint32(NumTags), uint32(NumTags)
	if i-1 >= s0 {
		pm = uint32(tg.prior[i-1])
	}
	if i+1 < s1 {
		pp = uint32(tg.prior[i+1])
	}
	win = pm*100 + uint32(tg.prior[i])*10 + pp
	score = 1 << 20
	if total > 0 && tg.scores != nil {
		// The type the summed scores favour, whether over O, and its
		// margin over the next type, in powers of two.
		bt, second := 0, int64(math.MinInt64)
		for k := 1; k < 4; k++ {
			if e.score[k] > e.score[bt] {
				bt = k
			}
		}
		for k, v := range e.score {
			if k != bt && v > second {
				second = v
			}
		}
		margin := uint64(e.score[bt]-second) >> 11
		score = uint32(bt)*64 + b2u(e.score[bt] > 0)*32 + uint32(min(bits.Len64(margin), 7))*4 + b2u(majN == named && named > 0)*2
	}
	score += caps
	return
}

// prepare computes the word features of doc once.
func (tg *tagger) prepare(doc Doc) {
	n := doc.Len()
	tg.doc = doc
	tg.toks = resize(tg.toks, n)
	tg.ids.reset(n)
	gaz := gazetteer()
	// The loops read slices held in locals: stores through tg would make
	// the compiler load tg's fields again each word.
	toks := tg.toks
	// What a word gives its tok depends on the word alone, and a few
	// words ("the", ",") make much of any text: a word of at most eight
	// bytes, known by its bytes, takes the tok of its last place when a
	// small cache still holds it.
	var seen [seenSize]seenWord
	for i := range toks {
		var w string
		var key uint64
		var slot *seenWord
		if doc.Words != nil {
			w = doc.Words[i]
		} else if sp := doc.Spans[i]; sp[0] >= 0 {
			w = doc.Text[sp[0]:sp[1]]
			if n := len(w); n <= 8 && n > 0 && len(doc.Text)-int(sp[0]) >= 8 {
				key = le64(doc.Text[sp[0]:]) & (^uint64(0) >> (64 - 8*n))
				slot = &seen[(key*0x9E3779B97F4A7C15)>>(64-seenBits)]
				if slot.key == key && int(slot.n) == n {
					toks[i] = toks[slot.at]
					continue
				}
			}
		} else {
			w = formWord(sp[0])
		}
		lw, sh, fl := wordInfo(w)
		id := tg.ids.id(lw, gaz)
		// Branch-free: whether a word has a case, or is one byte, is
		// hard to predict. A word with a case (fCap bit 0, fLower bit 2)
		// gets its gazetteer flags.
		fl |= tg.ids.gaz[id] & -((fl | fl>>2) & 1)
		fl |= uint16(b2u(len(w) == 1)) << oneByteBit
		toks[i] = tok{lw: lw, shape: sh, id: id, flags: fl}
		if slot != nil {
			*slot = seenWord{key: key, n: int32(len(w)), at: int32(i)}
		}
	}
	per := resize(tg.per, int(tg.ids.n))
	tg.per = per
	sp := spans()
	for _, s := range doc.Sents {
		if s[0] >= s[1] || s[0] < 0 || s[1] > n {
			continue
		}
		st := toks[s[0]:s[1]]
		// A sentence mostly in capitals (a headline) says nothing by its
		// case. The counts add bits, not branches: fCap is bit 0, fAllCaps
		// bit 1 and fLower bit 2.
		capsN, alpha := 0, 0
		for k := range st {
			f := int(st[k].flags)
			a := (f | f>>2) & 1 // a word with a case
			alpha += a
			capsN += a & (f>>1 | f&(f>>oneByteBit))
		}
		caps := alpha >= 2 && capsN*2 > alpha
		// A row of a table: a figure and no lower-case word.
		digits, lowers := 0, 0
		for k := range st {
			f := int(st[k].flags)
			digits += f >> 3 & 1 // fDigit is bit 3
			lowers += f >> 2 & 1
		}
		table := digits > 0 && lowers == 0 && len(st) >= 2
		markSpans(st, sp)
		first := true
		for k := range st {
			t := &st[k]
			f := t.flags
			t.caps = caps
			t.table = table
			if first {
				if f&(fCap|fLower|fDigit) != 0 {
					t.start = true
					first = false
				} else if !isOpener(doc.Word(s[0] + k)) {
					first = false
				} // else quotes and brackets before the first word
			}
			d := (f >> 2) & dSeenLower // fLower is bit 2
			if f&fCap != 0 && !caps {
				switch {
				case t.start:
					d = dSeenStart
				case k > 0 && !isOpener(doc.Word(s[0]+k-1)):
					d = dSeenCapMid
				}
			}
			per[t.id].docw |= d
		}
	}
}

// seenWord is a word prepare has read: its bytes, its length (0 for no
// word) and its place.
type seenWord struct {
	key   uint64
	n, at int32
}

// The cache of prepare holds 2^seenBits words, one a slot, the last read.
const (
	seenBits = 9
	seenSize = 1 << seenBits
)

// le64 returns the first eight bytes of s as a little-endian number (one
// load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// isOpener reports whether w is a mark after which a capital says nothing.
func isOpener(w string) bool {
	switch w {
	case "\"", "'", "“", "‘", "(", "[", "-", "--", "—", ":", "«":
		return true
	}
	return false
}

// scored reports whether word i gets scored at all: the cheap gate. A word
// that does not start with a capital (or digit inside a name) and follows
// an O is O. In the second pass, so is a word after an O that the first
// pass left O, as it did every other mention of the word: nothing in the
// document says it is a name.
func (tg *tagger) scored(i int, prev uint8) bool {
	if prev != O {
		return true
	}
	t := &tg.toks[i]
	if t.flags&fCap == 0 {
		return false
	}
	if tg.prior != nil && tg.prior[i] == O {
		c := &tg.ev[t.id].count
		return c[1]|c[2]|c[3]|c[4] != 0
	}
	return true
}

// features fills tg.feats with the feature buckets of word i in sentence
// [s0, s1), given the two previous tags, and returns them.
func (tg *tagger) features(i, s0, s1 int, prev, prev2 uint8, mask uint32) []uint32 {
	f := tg.feats[:0]
	t := &tg.toks[i]
	w := tg.doc.Word(i)
	add := func(tmpl, v uint32) { f = append(f, mix(tmpl, v)&mask) }
	const none = 0x5bd1e995 // the value of a missing neighbour
	tokAt := func(j int) (uint32, uint32, uint16) {
		if j < s0 || j >= s1 {
			return none, none, 0
		}
		return tg.toks[j].lw, tg.toks[j].shape, tg.toks[j].flags
	}
	wm1, sm1, gm1 := tokAt(i - 1)
	wp1, sp1, gp1 := tokAt(i + 1)
	wm2, _, _ := tokAt(i - 2)
	wp2, _, _ := tokAt(i + 2)
	caps := b2u(t.caps)
	add(tBias, 0)
	add(tW0, t.lw)
	add(tWm1, wm1)
	add(tWp1, wp1)
	add(tWm2, wm2)
	add(tWp2, wp2)
	add(tShape0, t.shape)
	add(tShapeM1, sm1)
	add(tShapeP1, sp1)
	add(tShapeWin, sm1*31+t.shape*17+sp1)
	add(tSuf3, hashLower(suffix(w, 3)))
	add(tSuf4, hashLower(suffix(w, 4)))
	add(tPre3, hashLower(prefix(w, 3)))
	add(tPrev, uint32(prev))
	add(tPrev2, uint32(prev)*16+uint32(prev2))
	add(tPrevW0, t.lw*31+uint32(prev))
	add(tPrevShape, t.shape*31+uint32(prev))
	if t.start {
		add(tStartShape, t.shape)
	}
	add(tGaz, uint32(t.flags&(GazFlags|fAllCaps))*4+caps*2+b2u(t.start))
	add(tGazM1, uint32(gm1&GazFlags))
	add(tGazP1, uint32(gp1&GazFlags))
	d := tg.per[t.id].docw
	add(tDoc, uint32(d)*8+caps*4+b2u(t.start)*2+b2u(t.flags&fCap != 0))
	add(tBigramL, wm1*31+t.lw)
	add(tBigramR, t.lw*31+wp1)
	add(tHist, uint32(tg.per[t.id].hist)*2+caps)
	if t.table {
		add(tTableW, t.lw)
		add(tTableP1, sp1)
	}
	if t.span != 0 {
		add(tGazSpan, uint32(t.span)*2+caps)
	}
	if tg.prior != nil {
		o, l, sf, wn, sc := tg.evValues(i, s0, s1)
		add(tEvOthers, o)
		add(tEvLong, l)
		add(tEvSelf, sf)
		add(tEvWin, wn)
		add(tEvScore, sc)
	}
	tg.feats = f
	return f
}

// The features of features, split for Tag, which sums the bias and the
// previous two tags once for all words, and the features of a word alone
// once for each distinct word.

// ownBuckets returns the buckets of the features of word i alone.
func (tg *tagger) ownBuckets(bs *[maxBuckets]uint32, i int, mask uint32) []uint32 {
	t := &tg.toks[i]
	w := tg.doc.Word(i)
	bs[0] = mix(tW0, t.lw) & mask
	bs[1] = mix(tShape0, t.shape) & mask
	bs[2] = mix(tSuf3, hashLower(suffix(w, 3))) & mask
	bs[3] = mix(tSuf4, hashLower(suffix(w, 4))) & mask
	bs[4] = mix(tPre3, hashLower(prefix(w, 3))) & mask
	return bs[:5]
}

// prevBuckets returns the buckets of the features of word i with the
// previous tag.
func (tg *tagger) prevBuckets(bs *[maxBuckets]uint32, i int, prev uint8, mask uint32) []uint32 {
	t := &tg.toks[i]
	bs[0] = mix(tPrevW0, t.lw*31+uint32(prev)) & mask
	bs[1] = mix(tPrevShape, t.shape*31+uint32(prev)) & mask
	return bs[:2]
}

// contextBuckets returns the buckets of the other features of word i in
// sentence [s0, s1): its neighbours, its place, what the document says.
func (tg *tagger) contextBuckets(bs *[maxBuckets]uint32, i, s0, s1 int, mask uint32) []uint32 {
	const none = 0x5bd1e995 // the value of a missing neighbour
	t := &tg.toks[i]
	wm1, sm1, gm1 := uint32(none), uint32(none), uint16(0)
	wp1, sp1, gp1 := uint32(none), uint32(none), uint16(0)
	wm2, wp2 := uint32(none), uint32(none)
	if i-1 >= s0 {
		p := &tg.toks[i-1]
		wm1, sm1, gm1 = p.lw, p.shape, p.flags
		if i-2 >= s0 {
			wm2 = tg.toks[i-2].lw
		}
	}
	if i+1 < s1 {
		p := &tg.toks[i+1]
		wp1, sp1, gp1 = p.lw, p.shape, p.flags
		if i+2 < s1 {
			wp2 = tg.toks[i+2].lw
		}
	}
	caps := b2u(t.caps)
	bs[0] = mix(tWm1, wm1) & mask
	bs[1] = mix(tWp1, wp1) & mask
	bs[2] = mix(tWm2, wm2) & mask
	bs[3] = mix(tWp2, wp2) & mask
	bs[4] = mix(tShapeM1, sm1) & mask
	bs[5] = mix(tShapeP1, sp1) & mask
	bs[6] = mix(tShapeWin, sm1*31+t.shape*17+sp1) & mask
	bs[7] = mix(tGaz, uint32(t.flags&(GazFlags|fAllCaps))*4+caps*2+b2u(t.start)) & mask
	bs[8] = mix(tGazM1, uint32(gm1&GazFlags)) & mask
	bs[9] = mix(tGazP1, uint32(gp1&GazFlags)) & mask
	bs[10] = mix(tDoc, uint32(tg.per[t.id].docw)*8+caps*4+b2u(t.start)*2+b2u(t.flags&fCap != 0)) & mask
	bs[11] = mix(tBigramL, wm1*31+t.lw) & mask
	bs[12] = mix(tBigramR, t.lw*31+wp1) & mask
	bs[13] = mix(tHist, uint32(tg.per[t.id].hist)*2+caps) & mask
	k := 14
	if t.start {
		bs[k] = mix(tStartShape, t.shape) & mask
		k++
	}
	if t.table {
		bs[k] = mix(tTableW, t.lw) & mask
		bs[k+1] = mix(tTableP1, sp1) & mask
		k += 2
	}
	if t.span != 0 {
		bs[k] = mix(tGazSpan, uint32(t.span)*2+caps) & mask
		k++
	}
	if tg.prior != nil {
		o, l, sf, wn, sc := tg.evValues(i, s0, s1)
		bs[k] = mix(tEvOthers, o) & mask
		bs[k+1] = mix(tEvLong, l) & mask
		bs[k+2] = mix(tEvSelf, sf) & mask
		bs[k+3] = mix(tEvWin, wn) & mask
		bs[k+4] = mix(tEvScore, sc) & mask
		k += 5
	}
	return bs[:k]
}

// maxBuckets bounds the buckets of one call of the functions above.
const maxBuckets = 23

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// suffix returns the last n bytes of w (a byte cut is fine for hashing).
func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

func prefix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[:n]
}

// order returns the valid sentences in the order they are tagged: those
// in mixed case first, then those in capitals (headlines), which can then
// lean on how the body read the same words.
func (tg *tagger) order(sents [][2]int) [][2]int {
	out := make([][2]int, 0, len(sents))
	for pass := 0; pass < 2; pass++ {
		for _, s := range sents {
			if s[0] >= s[1] || s[0] < 0 || s[1] > len(tg.toks) {
				continue
			}
			if tg.toks[s[0]].caps == (pass == 1) {
				out = append(out, s)
			}
		}
	}
	return out
}

// remember records the tag given to word i, for the words after it:
// a name read once is read the same way further on.
func (tg *tagger) remember(i int, t uint8) {
	v := uint16(5)
	if t != O {
		v = uint16(TagType(t) + 1)
	}
	tg.per[tg.toks[i].id].hist = v
}

// allowed reports whether tag t may follow prev: an I tag continues a
// B or I of its own type.
func allowed(prev, t uint8) bool {
	if t <= 4 {
		return true
	}
	return prev != O && TagType(prev) == TagType(t)
}

// table16 is an open-addressing hash table from a word hash to 16 bits of
// flags: cheaper than a map for the one lookup every word needs. A slot
// holds its key and value side by side: one cache line a probe.
type table16 struct {
	slots []slot16
	mask  uint32
}

type slot16 struct {
	key uint32 // 0 marks an empty slot; key 0 is stored as 1
	val uint16
}

func newTable16(n int) *table16 {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &table16{slots: make([]slot16, size), mask: uint32(size - 1)}
}

// slot returns the value of key, adding the key when it is missing. The
// table never fills: it has twice as many slots as keys.
func (t *table16) slot(key uint32) *uint16 {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.key {
		case key:
			return &s.val
		case 0:
			s.key = key
			return &s.val
		}
	}
}

// get returns the value of key, or 0.
func (t *table16) get(key uint32) uint16 {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.key {
		case key:
			return s.val
		case 0:
			return 0
		}
	}
}

// idTable numbers the distinct keys of a document (word hashes) in order
// of first sight: an open-addressing table that grows as keys come. A
// slot holds its key and number side by side: one cache line a probe.
type idTable struct {
	slots []idSlot
	mask  uint32
	n     uint32   // keys so far
	gaz   []uint16 // by number: the gazetteer flags of the key (see id)
}

type idSlot struct {
	key uint32 // 0 marks an empty slot; key 0 is stored as 1
	id  uint32
}

// reset empties t, sized for a document of words words: at most words
// keys, about half of them distinct: it seldom grows.
func (t *idTable) reset(words int) {
	size := 64
	for size < words {
		size <<= 1
	}
	t.slots = resize(t.slots, size)
	t.mask = uint32(size - 1)
	t.n = 0
	if cap(t.gaz) >= size/2 {
		t.gaz = t.gaz[:0]
	} else {
		t.gaz = make([]uint16, 0, size/2)
	}
}

// id returns the number of key, numbering it when it is new; then it
// appends the key's flags in gaz to t.gaz, so that t.gaz[id] holds them.
func (t *idTable) id(key uint32, gaz *table16) uint32 {
	k := key
	if k == 0 {
		k = 1
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.key {
		case k:
			return s.id
		case 0:
			if 2*(t.n+1) > uint32(len(t.slots)) {
				t.grow()
				return t.id(key, gaz)
			}
			s.key, s.id = k, t.n
			t.n++
			t.gaz = append(t.gaz, gaz.get(key))
			return t.n - 1
		}
	}
}

// grow doubles the table, keeping every key's number.
func (t *idTable) grow() {
	old := t.slots
	size := 2 * len(old)
	t.slots = make([]idSlot, size)
	t.mask = uint32(size - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := s.key & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = s
	}
}
