package quotes

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/fnv"
	"github.com/newsparse/newsparse/internal/names"
	"github.com/newsparse/newsparse/internal/quotemodel"
	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/internal/tokens"
)

// The learned attribution tagger (issue 14). The hand rules of the quote
// layer run first; their quotes, the cue lexicon and the quotation marks
// then become features of a linear-chain tagger that marks every word of
// a paragraph as source, cue, content or none (PolNeAR's annotation), and
// the tagged spans are assembled into quotes. The weights are trained by
// TestTrainQuoteModel (train_test.go) on PolNeAR's train part.

// quoteFeatures holds the per-word inputs of the tagger that the rule
// layer gives, and the features it builds.
type quoteFeatures struct {
	rule   []uint8  // the rules' tag of each word (quotemodel tags)
	ruleK  []uint8  // the kind of the rule quote whose content holds the word: 0 none, 1 direct, 2 partial, 3 indirect
	ment   []uint8  // the type of the entity mention holding the word: 0 none, else 1 + index in entityTypes
	fs     []uint32 // the features of the word wordFeatures read last
	tags   []uint8
	scr    quotemodel.Scratch
	spans  []tagSpan
	mqs    []modelQuote
	parts  [][2]int
	shapes []byte   // the shape of each word of the paragraph
	wh     []uint32 // the hash of each word of the paragraph, with two words of edge on either side
	right  []int16  // the distance from each word of the paragraph to the next cue in its sentence, or -1
	// The paragraph beginPara readied: its words w0..w1-1, its sentences
	// s0..s1-1, the sentence si of the word read last, and the last
	// lexicon cue read in that sentence (-1: none).
	w0, w1, s0, s1, si, lastCue int
	// pos and chunk are the words' part-of-speech and chunk tags, when
	// the tagger reads them (syntaxFeatures).
	pos, chunk []uint8
}

// syntaxFeatures makes the tagger read parts of speech and chunks. It is
// off: tagging would make Parse several times slower, for about one
// point of exact source and cue on PolNeAR dev (with: 69.7 / 68.0;
// without: 68.3 / 66.2, the same features otherwise).
const syntaxFeatures = false

// tagSyntax sets f.pos and f.chunk for the body words, sentence by
// sentence.
func (q *quoteScan) tagSyntax(f *quoteFeatures) {
	n := len(q.ws)
	f.pos, f.chunk = make([]uint8, n), make([]uint8, n)
	t := tokens.GetTagger()
	defer tokens.PutTagger(t)
	for _, s := range q.d.Sents {
		t.Words = t.Words[:0]
		for k := s.Word0; k < s.WordEnd; k++ {
			t.Words = append(t.Words, q.text[q.ws[k].Start:q.ws[k].End])
		}
		t.POS = t.Tagger.Tag(t.Words, t.POS)
		t.Chunk = t.Tagger.Chunk(t.Words, t.POS, t.Chunk)
		copy(f.pos[s.Word0:s.WordEnd], t.POS)
		copy(f.chunk[s.Word0:s.WordEnd], t.Chunk)
	}
}

// wordAt returns the index of the word holding byte b, or the first word
// after it; ws is sorted by start.
func wordAt(ws []reading.Word, b int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].End > b })
}

// markRule sets the rule tags of the words in [s, e).
func markRule(f *quoteFeatures, ws []reading.Word, s, e int, b, in uint8) {
	first := true
	for k := wordAt(ws, s); k < len(ws) && ws[k].Start < e; k++ {
		if first {
			f.rule[k] = b
			first = false
		} else {
			f.rule[k] = in
		}
	}
}

// newQuoteFeatures reads the rule layer's quotes and the entity mentions
// into per-word arrays.
func (q *quoteScan) newQuoteFeatures(rules []Quote) *quoteFeatures {
	n := len(q.ws)
	var f *quoteFeatures
	if q.d.w != nil {
		if q.d.w.qf == nil {
			q.d.w.qf = new(quoteFeatures)
		}
		f = q.d.w.qf
	} else {
		f = new(quoteFeatures)
	}
	f.rule = reuse(f.rule, n)[:n]
	clear(f.rule)
	f.ruleK = reuse(f.ruleK, n)[:n]
	clear(f.ruleK)
	f.ment = reuse(f.ment, n)[:n]
	clear(f.ment)
	f.pos, f.chunk = nil, nil
	if syntaxFeatures {
		q.tagSyntax(f)
	}
	for _, x := range rules {
		k := uint8(3)
		switch x.Kind {
		case Direct:
			k = 1
		case Partial:
			k = 2
		}
		markRule(f, q.ws, x.Start, x.End, quotemodel.BCon, quotemodel.ICon)
		for j := wordAt(q.ws, x.Start); j < n && q.ws[j].Start < x.End; j++ {
			f.ruleK[j] = k
		}
		if x.Cue != nil {
			markRule(f, q.ws, x.Cue.Start, x.Cue.End, quotemodel.BCue, quotemodel.ICue)
		}
		if x.Speaker != nil {
			markRule(f, q.ws, x.Speaker.Start, x.Speaker.End, quotemodel.BSrc, quotemodel.ISrc)
		}
	}
	for _, m := range q.link.ms {
		t := uint8(1)
		switch q.link.typeOf(string(m.ID)) {
		case names.Person:
			t = 2
		case names.Org:
			t = 3
		case names.Location:
			t = 4
		}
		for j := wordAt(q.ws, m.Start); j < n && q.ws[j].Start < m.End; j++ {
			f.ment[j] = t
		}
	}
	return f
}

// shapeOf returns a coarse shape of a word: its kind, and for letters the
// case of its first and later letters.
func shapeOf(text string, w reading.Word) byte {
	switch w.Kind {
	case reading.Number:
		return 'd'
	case reading.Punct:
		return 'p'
	case reading.Quote:
		return 'q'
	case reading.Poss:
		return 's'
	case reading.Abbrev:
		return 'a'
	}
	c := text[w.Start]
	up := 'A' <= c && c <= 'Z'
	allUp := up
	for i := w.Start + 1; i < w.End && allUp; i++ {
		if c := text[i]; 'a' <= c && c <= 'z' {
			allUp = false
		}
	}
	switch {
	case allUp && w.End-w.Start > 1:
		return 'U'
	case up:
		return 'X'
	}
	return 'x'
}

// distBucket buckets a distance in words.
func distBucket(d int) byte {
	switch {
	case d < 0:
		return 'n'
	case d <= 3:
		return byte('0' + d)
	case d <= 6:
		return '5'
	case d <= 12:
		return '9'
	}
	return 'f'
}

// maxCueDist is the furthest cue wordFeatures measures a distance to.
const maxCueDist = 20

// cueLRHash[l+1][r+1] is the hash of the feature cueLR of a word l words
// after the last cue and r before the next (-1: none near).
var cueLRHash = func() (h [maxCueDist + 2][maxCueDist + 2]uint32) {
	for l := range h {
		for r := range h[l] {
			h[l][r] = fnv.Byte(fnv.Byte(fhCueLR, distBucket(l-1)), distBucket(r-1))
		}
	}
	return h
}()

// mix combines a feature's hash so far with a word's hash.
func mix(h, w uint32) uint32 {
	h = (h ^ w) * 0x9e3779b1
	return h ^ h>>15
}

// Feature names, hashed once, and the hashes of the words beyond a
// paragraph's edges.
var (
	hBefore = fnv.String(fnv.Offset, "<p")
	hAfter  = fnv.String(fnv.Offset, "p>")
	fhBias  = fnv.String(fnv.Offset, "bias")
	fhW0    = fnv.String(fnv.Offset, "w0=")
	fhWm1   = fnv.String(fnv.Offset, "w-1=")
	fhWp1   = fnv.String(fnv.Offset, "w+1=")
	fhWm1W0 = fnv.Byte(fnv.String(fnv.Offset, "w-1w0="), 0)
	fhW0Wp1 = fnv.Byte(fnv.String(fnv.Offset, "w0w+1="), 0)
	fhSuf3  = fnv.String(fnv.Offset, "suf3=")
	fhShape = fnv.String(fnv.Offset, "shape=")
	fhVk    = fnv.String(fnv.Offset, "vk=")
	fhCueLR = fnv.String(fnv.Offset, "cueLR=")
	fhInq   = fnv.String(fnv.Offset, "inq=")
	fhInqw  = fnv.String(fnv.Offset, "inqw=")
	fhSpos  = fnv.String(fnv.Offset, "spos=")
	fhR0    = fnv.String(fnv.Offset, "r0=")
	fhR3    = fnv.String(fnv.Offset, "r3=")
	fhR0w   = fnv.String(fnv.Offset, "r0w=")
	fhRk    = fnv.String(fnv.Offset, "rk=")
	fhMent  = fnv.String(fnv.Offset, "ment=")
	fhP0    = fnv.String(fnv.Offset, "p0=")
	fhPm1P0 = fnv.String(fnv.Offset, "p-1p0=")
	fhP0Pp1 = fnv.String(fnv.Offset, "p0p+1=")
	fhPm2   = fnv.String(fnv.Offset, "p-2=")
	fhPp2   = fnv.String(fnv.Offset, "p+2=")
	fhP3    = fnv.String(fnv.Offset, "p3=")
	fhC0    = fnv.String(fnv.Offset, "c0=")
	fhCm1C0 = fnv.String(fnv.Offset, "c-1c0=")
	fhC0Cp1 = fnv.String(fnv.Offset, "c0c+1=")
	fhP0r   = fnv.String(fnv.Offset, "p0r=")
	fhP0cue = fnv.String(fnv.Offset, "p0cue=")
)

// beginPara readies f for the words w0..w1-1 (the words of one body
// paragraph, whose sentences are d.sents[s0:s1]): their shapes and the
// distance from each to the nearest lexicon cue after it in its sentence.
// Then wordFeatures gives each word's features, in order.
func (q *quoteScan) beginPara(f *quoteFeatures, w0, w1, s0, s1 int) {
	n := w1 - w0
	f.w0, f.w1, f.s0, f.s1, f.si, f.lastCue = w0, w1, s0, s1, s0, -1
	f.shapes = reuse(f.shapes, n)[:n]
	f.right = reuse(f.right, n)[:n]
	// wh[k+2] is the hash of word w0+k, lower-cased, and the two before
	// and after are the paragraph's edges.
	f.wh = reuse(f.wh, n+4)[:n+4]
	f.wh[0], f.wh[1] = hBefore, hBefore
	f.wh[n+2], f.wh[n+3] = hAfter, hAfter
	for k := 0; k < n; k++ {
		f.shapes[k] = shapeOf(q.text, q.ws[w0+k])
		f.wh[k+2] = fnv.String(fnv.Offset, q.d.Lower[w0+k])
	}
	// right[k]: the distance to the next cue in the sentence, within 20
	// words, or -1.
	si := s1 - 1
	next := -1
	for i := w1 - 1; i >= w0; i-- {
		for si > s0 && q.d.Sents[si].Word0 > i {
			si--
			next = -1
		}
		if next >= 0 && next-i <= maxCueDist {
			f.right[i-w0] = int16(next - i)
		} else {
			f.right[i-w0] = -1
		}
		if q.isCue(i) {
			next = i
		}
	}
}

// mayAttribute reports whether the words w0..w1-1 hold a lexicon cue, a
// quotation mark or a rule quote's word: the paragraphs with none the
// tagger leaves alone.
func (q *quoteScan) mayAttribute(f *quoteFeatures, w0, w1 int) bool {
	for i := w0; i < w1; i++ {
		if q.isCue(i) || q.segOf[i] > 0 || f.rule[i] != 0 {
			return true
		}
	}
	return false
}

// isCue reports whether word i is in the cue lexicon, verb or noun.
func (q *quoteScan) isCue(i int) bool { return q.verbKind[i] != 0 || q.nounOf[i] != 0 }

// wordFeatures returns the features of word i, the next word of the
// paragraph beginPara readied (words are read in order). The slice is
// f's, valid until the next call.
func (q *quoteScan) wordFeatures(f *quoteFeatures, i int) []uint32 {
	d := q.d
	w0, w1 := f.w0, f.w1
	for f.si < f.s1-1 && d.Sents[f.si].WordEnd <= i {
		f.si++
		f.lastCue = -1
	}
	s := d.Sents[f.si]
	wh := f.wh[i-w0:] // wh[2] is word i's hash
	left, right := -1, int(f.right[i-w0])
	if f.lastCue >= 0 && i-f.lastCue <= maxCueDist {
		left = i - f.lastCue
	}
	inQ := byte('0')
	if q.segOf[i] > 0 {
		inQ = '1'
	}
	l := d.Lower[i]
	fs := f.fs[:0]
	fs = append(fs,
		fhBias,
		mix(fhW0, wh[2]),
		mix(fhWm1, wh[1]),
		mix(fhWp1, wh[3]),
		mix(mix(fhWm1W0, wh[1]), wh[2]),
		mix(mix(fhW0Wp1, wh[2]), wh[3]))
	if len(l) > 3 {
		fs = append(fs, fnv.String(fhSuf3, l[len(l)-3:]))
	}
	sh := f.shapes[i-w0]
	pos := byte('m')
	switch {
	case i == s.Word0 && i == s.WordEnd-1:
		pos = 'o'
	case i == s.Word0:
		pos = 'b'
	case i == s.WordEnd-1:
		pos = 'e'
	}
	first := byte('0')
	if f.si == f.s0 {
		first = '1'
	}
	r := q.ruleTagAt(f, i, w0, w1)
	rl, rr := q.ruleTagAt(f, i-1, w0, w1), q.ruleTagAt(f, i+1, w0, w1)
	fs = append(fs,
		fnv.Byte(fhShape, sh),
		fnv.Byte(fnv.Byte(fhVk, q.verbKind[i]), q.nounOf[i]),
		cueLRHash[left+1][right+1],
		fnv.Byte(fhInq, inQ),
		fnv.Byte(mix(fhInqw, wh[2]), inQ),
		fnv.Byte(fnv.Byte(fhSpos, pos), first),
		fnv.Byte(fhR0, r),
		fnv.Byte(fnv.Byte(fnv.Byte(fhR3, rl), r), rr),
		mix(fnv.Byte(fhR0w, r), wh[2]),
		fnv.Byte(fnv.Byte(fhRk, f.ruleK[i]), r),
		fnv.Byte(fnv.Byte(fhMent, f.ment[i]), r))
	if f.pos != nil {
		p := func(j int) byte {
			if j < w0 || j >= w1 {
				return 255
			}
			return f.pos[j]
		}
		c := func(j int) byte {
			if j < w0 || j >= w1 {
				return 255
			}
			return f.chunk[j]
		}
		fs = append(fs,
			fnv.Byte(fhP0, p(i)),
			fnv.Byte(fnv.Byte(fhPm1P0, p(i-1)), p(i)),
			fnv.Byte(fnv.Byte(fhP0Pp1, p(i)), p(i+1)),
			fnv.Byte(fhPm2, p(i-2)),
			fnv.Byte(fhPp2, p(i+2)),
			fnv.Byte(fnv.Byte(fnv.Byte(fhP3, p(i-1)), p(i)), p(i+1)),
			fnv.Byte(fhC0, c(i)),
			fnv.Byte(fnv.Byte(fhCm1C0, c(i-1)), c(i)),
			fnv.Byte(fnv.Byte(fhC0Cp1, c(i)), c(i+1)),
			fnv.Byte(fnv.Byte(fhP0r, p(i)), r),
			fnv.Byte(fnv.Byte(fnv.Byte(fhP0cue, p(i)), distBucket(left)), distBucket(right)))
	}
	if q.isCue(i) {
		f.lastCue = i
	}
	f.fs = fs
	return fs
}

// ruleTagAt returns the rule tag of word i, or a boundary value outside
// w0..w1-1.
func (q *quoteScan) ruleTagAt(f *quoteFeatures, i, w0, w1 int) byte {
	if i < w0 || i >= w1 {
		return 'x'
	}
	return '0' + f.rule[i]
}

// forParagraphs calls fn with each body paragraph's words and sentences.
func (q *quoteScan) forParagraphs(fn func(w0, w1, s0, s1 int)) {
	for _, p := range q.d.Paras {
		if p.SentEnd <= p.Sent0 {
			continue
		}
		w0, w1 := q.d.Sents[p.Sent0].Word0, q.d.Sents[p.SentEnd-1].WordEnd
		if w1 > w0 {
			fn(w0, w1, p.Sent0, p.SentEnd)
		}
	}
}

// tagSpan is a run of words with one role.
type tagSpan struct {
	role   int // quotemodel.BSrc, BCue or BCon
	w0, w1 int // words
	owner  int // the cue span it belongs to, or -1
}

// modelQuote is a quote the tagger found, before it becomes a Quote: its
// parts are f.parts[p0:p1] (byte ranges), its cue and source byte
// ranges (src[1] == 0: no source). It holds no string, so that the
// workspace keeps no reference to the text.
type modelQuote struct {
	start, end int
	p0, p1     int
	cue, src   [2]int
}

// modelQuotes tags every paragraph with m and assembles the tags into
// quotes, which complete and add to the rules' quotes (see
// addModelQuotes).
func (q *quoteScan) modelQuotes(m *quotemodel.Model, rules []Quote) []Quote {
	f := q.newQuoteFeatures(rules)
	f.mqs, f.parts = f.mqs[:0], f.parts[:0]
	q.forParagraphs(func(w0, w1, s0, s1 int) {
		if w1-w0 > maxModelWords {
			return // no news paragraph: the rules alone read it
		}
		if !q.mayAttribute(f, w0, w1) {
			return
		}
		q.beginPara(f, w0, w1, s0, s1)
		m.Begin(&f.scr)
		for i := w0; i < w1; i++ {
			m.Next(&f.scr, q.wordFeatures(f, i))
		}
		f.tags = f.scr.End(f.tags)
		f.spans = spansOf(f.tags, w0, f.spans[:0])
		q.assemble(f)
	})
	// Paragraphs come in order, and so do a paragraph's cues; a quote
	// runs from its first part, which may come before its cue.
	slices.SortStableFunc(f.mqs, func(a, b modelQuote) int { return cmp.Compare(a.start, b.start) })
	qs := q.addModelQuotes(f, rules)
	q.clauseBeforeQuotes(qs)
	return q.dropHeldPartials(qs)
}

// dropHeldPartials drops the partial quotes whose quoted words an
// indirect quote starting before them already holds, but for the stop or
// comma inside the closing mark ("added that the plan “has to go.”": the
// clause, not "has to go." again; the rules' own check misses them for
// that stop). On PolNeAR dev it changes no quote found and lifts exact
// content from 55.3 to 56.3.
func (q *quoteScan) dropHeldPartials(qs []Quote) []Quote {
	out := qs[:0]
	held := -1 // the index in out of the indirect quote reaching furthest so far
	for _, r := range qs {
		if r.Kind == Partial && held >= 0 {
			x := out[held]
			e := strings.TrimRight(r.Text, ".,!?")
			if r.Start+len(e) <= x.End && x.Start < r.Start {
				continue
			}
		}
		if r.Kind == Indirect && (held < 0 || r.End > out[held].End) {
			held = len(out)
		}
		out = append(out, r)
	}
	return out
}

// overlap returns the bytes shared by [a0, a1) and [b0, b1).
func overlap(a0, a1, b0, b1 int) int {
	return max(0, min(a1, b1)-max(a0, b0))
}

// sameQuote reports whether a rule quote r is the tagger's quote x: their
// cues overlap, or, r having no cue, their contents overlap by half
// their union. A rule quote that is not the same as any is kept, nested
// attributions among them ("sources confirmed that X has demanded that
// ..."), which PolNeAR, one role a word, cannot mark.
func sameQuote(x modelQuote, r Quote) bool {
	if r.Cue != nil {
		return overlap(x.cue[0], x.cue[1], r.Cue.Start, r.Cue.End) > 0
	}
	o := overlap(x.start, x.end, r.Start, r.End)
	return 2*o >= max(x.end, r.End)-min(x.start, r.Start)
}

// spansOf cuts a tag sequence (of the words from w0) into role spans.
func spansOf(tags []uint8, w0 int, out []tagSpan) []tagSpan {
	for k := 0; k < len(tags); k++ {
		t := int(tags[k])
		if t == quotemodel.O {
			continue
		}
		role := t
		if role%2 == 0 { // an inside tag with no begin: Viterbi forbids it
			role--
		}
		e := k + 1
		for e < len(tags) && int(tags[e]) == role+1 {
			e++
		}
		out = append(out, tagSpan{role: role, w0: w0 + k, w1: w0 + e, owner: -1})
		k = e - 1
	}
	return out
}

// assemble groups the spans of one paragraph (f.spans) into quotes,
// appended to f.mqs: each content piece and each source goes to the
// nearest cue (by words between them); a cue with content makes a quote.
func (q *quoteScan) assemble(f *quoteFeatures) {
	spans := f.spans
	gap := func(a, b tagSpan) int {
		if a.w1 <= b.w0 {
			return b.w0 - a.w1
		}
		return a.w0 - b.w1
	}
	// Each span's owner: the nearer of the cues before and after it.
	last := -1
	for i := range spans {
		if spans[i].role == quotemodel.BCue {
			last = i
			continue
		}
		spans[i].owner = last
	}
	last = -1
	for i := len(spans) - 1; i >= 0; i-- {
		if spans[i].role == quotemodel.BCue {
			last = i
			continue
		}
		if o := spans[i].owner; last >= 0 && (o < 0 || gap(spans[i], spans[last]) < gap(spans[i], spans[o])) {
			spans[i].owner = last
		}
	}
	ws := q.ws
	for j := range spans {
		c := spans[j]
		if c.role != quotemodel.BCue {
			continue
		}
		cue := trimmedSpan(q.text, ws[c.w0].Start, ws[c.w1-1].End)
		if cue.End <= cue.Start {
			continue
		}
		x := modelQuote{p0: len(f.parts), p1: len(f.parts), cue: [2]int{cue.Start, cue.End}}
		src := -1
		// The spans a cue owns lie between the cues before and after it.
		lo, hi := j, j
		for lo > 0 && spans[lo-1].role != quotemodel.BCue {
			lo--
		}
		for hi < len(spans)-1 && spans[hi+1].role != quotemodel.BCue {
			hi++
		}
		for i := lo; i <= hi; i++ {
			s := spans[i]
			if s.owner != j {
				continue
			}
			switch s.role {
			case quotemodel.BCon:
				p := trimmedSpan(q.text, ws[s.w0].Start, ws[s.w1-1].End)
				p = trimQuoteMarks(q.text, p)
				if p.End > p.Start {
					f.parts = append(f.parts, [2]int{p.Start, p.End})
					x.p1++
				}
			case quotemodel.BSrc:
				if src < 0 || gap(s, c) < gap(spans[src], c) {
					src = i
				}
			}
		}
		if x.p1 == x.p0 {
			f.parts = f.parts[:x.p0]
			continue
		}
		x.start, x.end = f.parts[x.p0][0], f.parts[x.p1-1][1]
		if src >= 0 {
			s := spans[src]
			sp := trimmedSpan(q.text, ws[s.w0].Start, ws[s.w1-1].End)
			if sp.End <= sp.Start {
				sp = span(q.text, ws[s.w0].Start, ws[s.w1-1].End)
			}
			x.src = [2]int{sp.Start, sp.End}
		}
		f.mqs = append(f.mqs, x)
	}
}

// quote makes the Quote of the tagger's quote x.
func (q *quoteScan) quote(f *quoteFeatures, x modelQuote) Quote {
	r := Quote{Span: span(q.text, x.start, x.end)}
	r.Parts = make([]Span, 0, x.p1-x.p0)
	for _, p := range f.parts[x.p0:x.p1] {
		r.Parts = append(r.Parts, span(q.text, p[0], p[1]))
	}
	cue := span(q.text, x.cue[0], x.cue[1])
	r.Cue = &cue
	if x.src[1] > 0 {
		sp := span(q.text, x.src[0], x.src[1])
		r.Speaker = q.newSpeaker(Speaker{Span: sp, Entity: q.link.link(q.text, sp)})
	}
	r.Kind = q.kindOf(r)
	return r
}

// trimQuoteMarks drops the quotation marks and spaces at the edges of p.
func trimQuoteMarks(text string, p Span) Span {
	s, e := p.Start, p.End
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !reading.IsQuoteRune(r) && r != ' ' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !reading.IsQuoteRune(r) && r != ' ' {
			break
		}
		e -= n
	}
	return trimmedSpan(text, s, e)
}

// kindOf tells a quote's kind from its quotation marks: direct when every
// part lies in quotation marks, partial when some quoted words lie
// inside, else indirect.
func (q *quoteScan) kindOf(x Quote) Kind {
	all, some := true, false
	for _, p := range x.Parts {
		k0 := wordAt(q.ws, p.Start)
		k1 := wordAt(q.ws, p.End-1)
		if k0 >= len(q.ws) || k1 >= len(q.ws) {
			continue
		}
		if q.segOf[k0] == 0 || q.segOf[k0] != q.segOf[k1] {
			all = false
		}
		for k := k0; k <= k1 && !some; k++ {
			some = q.segOf[k] > 0
		}
	}
	switch {
	case all:
		return Direct
	case some:
		return Partial
	}
	return Indirect
}

// addModelQuotes keeps the rule quotes, completing them from the
// tagger's quote that is the same (see sameQuote): a missing speaker or
// cue, and the tagger's wider cue and source spans. It adds the tagger's
// quotes that have a source naming an entity and overlap no rule quote.
// Both lists are sorted by start; so is the result. It allocates only
// what it changes or adds.
func (q *quoteScan) addModelQuotes(f *quoteFeatures, rules []Quote) []Quote {
	const near = 8
	ms := f.mqs
	reach := -1 // the furthest end of the rules before rules[i]
	for i := range rules {
		r := &rules[i]
		next := math.MaxInt // where the rule after r starts
		if i+1 < len(rules) {
			next = rules[i+1].Start
		}
		k := sort.Search(len(ms), func(j int) bool { return ms[j].start >= r.End })
		for j := k - 1; j >= 0 && j >= k-near; j-- {
			x := ms[j]
			if !sameQuote(x, *r) {
				continue
			}
			// The tagger's spans where they hold the rules': the cue with
			// its auxiliaries and negation ("has not said"), the source
			// with its appositive; the entity stays the rules' link, the
			// head's.
			if r.Cue == nil && !inParts(*r, x.cue[0], x.cue[1]) ||
				r.Cue != nil && x.cue[0] <= r.Cue.Start && r.Cue.End <= x.cue[1] && (x.cue[0] < r.Cue.Start || r.Cue.End < x.cue[1]) &&
					!inParts(*r, x.cue[0], r.Cue.Start) && !inParts(*r, r.Cue.End, x.cue[1]) {
				c := span(q.text, x.cue[0], x.cue[1])
				r.Cue = &c
			}
			if r.Kind == Partial && q.widensPartial(f, x, *r) {
				// A partial quote is the quoted words of a reported
				// clause, and PolNeAR's content is the clause: the
				// tagger's content, where it holds the quoted words
				// ("cutting it “would hurt us,” she said": "cutting it
				// “would hurt us”"), its marks paired.
				s, e := x.start, x.end
				if s == r.Start {
					s = q.openingMark(s)
				}
				if e == r.End {
					e = q.closingMark(e)
				}
				if reach <= s && e <= next && q.wordsBetween(s, r.Start)+q.wordsBetween(r.End, e) >= 2 {
					r.Span = span(q.text, s, e)
					r.Parts = make([]Span, 0, x.p1-x.p0)
					for k, p := range f.parts[x.p0:x.p1] {
						if k == 0 {
							p[0] = s
						}
						if k == x.p1-x.p0-1 {
							p[1] = e
						}
						r.Parts = append(r.Parts, span(q.text, p[0], p[1]))
					}
					r.Kind = q.kindOf(*r)
				}
			}
			switch {
			case x.src[1] == 0:
			case r.Speaker == nil:
				if !inParts(*r, x.src[0], x.src[1]) && !nonAgent(q.text[x.src[0]:x.src[1]]) {
					sp := span(q.text, x.src[0], x.src[1])
					r.Speaker = q.newSpeaker(Speaker{Span: sp, Entity: q.link.link(q.text, sp)})
				}
			case x.src[0] <= r.Speaker.Start && r.Speaker.End <= x.src[1] && (x.src[0] < r.Speaker.Start || r.Speaker.End < x.src[1]) &&
				!strings.ContainsAny(q.text[x.src[0]:r.Speaker.Start], ",;:") && !q.opensWithLink(x.src[0], r.Speaker.Start) &&
				!inParts(*r, x.src[0], r.Speaker.Start) && !inParts(*r, r.Speaker.End, x.src[1]) &&
				appositive(q.text, r.Speaker.End, x.src[1]):
				// (The words the tagger adds before the rules' speaker are
				// its modifiers, never a phrase of their own ended by a
				// comma: "According to a survey, most riders".)
				sp := *r.Speaker
				sp.Span = span(q.text, x.src[0], x.src[1])
				r.Speaker = &sp
			}
			break
		}
		reach = max(reach, r.End)
	}
	// The tagger's quotes to add: with a source, overlapping no rule
	// quote. reach is the furthest end of the rules before the one
	// searched.
	var out []Quote
	i, reach := 0, -1
	for _, x := range ms {
		if x.src[1] == 0 {
			continue
		}
		for i < len(rules) && rules[i].Start < x.end {
			reach = max(reach, rules[i].End)
			if out != nil {
				out = append(out, rules[i])
			}
			i++
		}
		if reach > x.start {
			continue
		}
		mq := q.quote(f, x)
		if mq.Speaker.Entity == "" || q.speakersAppositive(mq) {
			continue
		}
		limit := len(q.text) // the next rule quote's start: x may not reach it
		if i < len(rules) {
			limit = rules[i].Start
		}
		q.completeContent(&mq, limit)
		if out == nil {
			out = make([]Quote, 0, len(rules)+4)
			// The rules that start before x's end were passed over.
			out = append(out, rules[:i]...)
		}
		// x overlaps none of them, so it goes after those ending before it.
		k := len(out)
		for k > 0 && out[k-1].Start > x.start {
			k--
		}
		out = slices.Insert(out, k, mq)
	}
	if out == nil {
		return rules
	}
	return append(out, rules[i:]...)
}

// speakersAppositive reports whether the tagger's quote x takes for its
// content the appositive of a speaker named after the cue: "..., said Omar
// Haddad, its president" (not "According to Omar Haddad, the ...").
func (q *quoteScan) speakersAppositive(x Quote) bool {
	sp, c := x.Speaker, x.Cue
	if sp == nil || c == nil || c.End > sp.Start || sp.End > x.Start || strings.HasPrefix(strings.ToLower(c.Text), "according") {
		return false
	}
	return strings.TrimSpace(q.text[sp.End:x.Start]) == ","
}

// opensWithLink reports whether the words in bytes [s, e) open with a
// conjunction or another word that ends a noun phrase: "while" of "while
// Rovers boss Mark Hughes called", no word of the speaker's.
func (q *quoteScan) opensWithLink(s, e int) bool {
	k := wordAt(q.ws, s)
	return k < len(q.ws) && q.ws[k].Start < e && endsNounPhrase(q.wtext(k))
}

// widensPartial reports whether the tagger's quote x, the same as the
// rules' partial quote r, gives r its content: x's content overlaps r's
// and is another span, and it holds none of r's cue and speaker.
func (q *quoteScan) widensPartial(f *quoteFeatures, x modelQuote, r Quote) bool {
	if x.start == r.Start && x.end == r.End || overlap(x.start, x.end, r.Start, r.End) == 0 {
		return false
	}
	for _, p := range f.parts[x.p0:x.p1] {
		if r.Cue != nil && overlap(p[0], p[1], r.Cue.Start, r.Cue.End) > 0 ||
			r.Speaker != nil && overlap(p[0], p[1], r.Speaker.Start, r.Speaker.End) > 0 {
			return false
		}
	}
	return true
}

// wordsBetween counts the words of letters or digits in [s, e).
func (q *quoteScan) wordsBetween(s, e int) int {
	n := 0
	for k := wordAt(q.ws, s); k < len(q.ws) && q.ws[k].End <= e; k++ {
		if w := q.ws[k].Kind; w != reading.Punct && w != reading.Quote {
			n++
		}
	}
	return n
}

// openingMark returns s, or the start of the quotation mark that opens
// right before it (spaces between).
func (q *quoteScan) openingMark(s int) int {
	b := strings.TrimRight(q.text[:s], " ")
	if r, n := utf8.DecodeLastRuneInString(b); n > 0 && reading.IsQuoteRune(r) {
		return len(b) - n
	}
	return s
}

// closingMark returns e, or the end of the quotation mark that closes
// right after it, with the comma or stop before it ("us,”").
func (q *quoteScan) closingMark(e int) int {
	a := q.text[e:]
	if strings.HasPrefix(a, ",") || strings.HasPrefix(a, ".") {
		a = a[1:]
	}
	if r, n := utf8.DecodeRuneInString(a); n > 0 && reading.IsQuoteRune(r) {
		return len(q.text) - len(a) + n
	}
	return e
}

// inParts reports whether the bytes [s, e) overlap a part of quote r
// (its span, when it has no parts): words the tagger would add to r's cue
// or speaker must not be r's content ("a ferry line known as ...": not
// "line known as").
func inParts(r Quote, s, e int) bool {
	if s >= e {
		return false
	}
	if len(r.Parts) == 0 {
		return overlap(s, e, r.Start, r.End) > 0
	}
	for _, p := range r.Parts {
		if overlap(s, e, p.Start, p.End) > 0 {
			return true
		}
	}
	return false
}

// appositive reports whether text[s:e], the words the tagger adds after
// the rules' speaker, is a whole appositive: empty, or opened by a comma
// and closed by a comma or a sentence's end ("Ana Ruiz, the mayor, said";
// "said Ana Ruiz, the mayor."), not a verb run on ("Ana Ruiz smiled")
// nor a phrase cut short ("Ana Ruiz, the team" of "the team captain").
func appositive(text string, s, e int) bool {
	if s >= e {
		return true
	}
	if !strings.HasPrefix(strings.TrimLeft(text[s:e], " "), ",") {
		return false
	}
	rest := strings.TrimLeft(text[e:], " ")
	return rest == "" || strings.ContainsAny(rest[:1], ",.?!;:")
}

// maxModelWords bounds the paragraphs the model tags, so that its memory
// stays bounded: news paragraphs are far shorter.
const maxModelWords = 400

// completeContent extends the tagger's quote x whose content stops short
// of its clause, up to byte limit: a content cut right after "that"
// ("that gun control" of "that gun control is not the answer") runs to
// the clause's end, one ending on a determiner ("did not address his")
// to the end of the noun phrase.
func (q *quoteScan) completeContent(x *Quote, limit int) {
	if len(x.Parts) == 0 {
		return
	}
	last := &x.Parts[len(x.Parts)-1]
	k0, k1 := wordAt(q.ws, last.Start), wordAt(q.ws, last.End-1)
	if k1 >= len(q.ws) || k0 > k1 || q.segOf[k1] != 0 {
		return
	}
	si := q.sentOf(k1)
	if si < 0 {
		return
	}
	lo, hi := q.sentRange(k1)
	end := q.contentEnd(lo, hi)
	if k1+1 >= end {
		return
	}
	to := k1 + 1
	switch {
	case q.wtext(k0) == "that" && k1-k0 <= 4:
		to = q.clauseEnd(k0+1, end)
	case isDeterminer(q.wtext(k1)) || q.wtext(k1) == "some":
		to = q.clauseEndOf(k1, end, true)
	}
	if to <= k1+1 || q.ws[to-1].End > limit {
		return
	}
	for k := k1 + 1; k < to; k++ {
		if q.segOf[k] != 0 || q.cueAt(k, k) != cueNone && (isPronoun(q.wtext(k-1)) || nameWord(q.wtext(k-1))) {
			return // a quotation or another attribution on the way ("Berg said")
		}
	}
	*last = span(q.text, last.Start, q.ws[to-1].End)
	x.Span = span(q.text, x.Start, last.End)
}

// clauseBeforeQuotes gives a quote in marks that follows its cue the
// reported clause it closes, as PolNeAR marks it: "said that the route
// “would hurt us”" reports "that the route “would hurt us”", "said the
// route “would hurt us”" reports "the route “would hurt us”". The words
// between the cue (or the speaker after it) and the opening mark join the
// content when they lie in its sentence, hold no quotation mark, and
// either hold "that" (the clause starts there) or are a subject with no
// comma, of two words or more, after a verb that takes a clause (not
// "spoke of a “regrettable” delay"): not after a verb that names
// its object ("called the plan “a disgrace”"), nor past "as", nor after
// "told" (its listener). A quote that another quote's words lie before
// keeps its start.
func (q *quoteScan) clauseBeforeQuotes(qs []Quote) {
	prevEnd := -1
	for i := range qs {
		r := &qs[i]
		if s := q.clauseBeforeQuote(*r, prevEnd); s < r.Start {
			// The quote's marks come with it, paired: “would hurt us.”
			// Its parts stay the quoted words: the narrator's are in
			// none. A quote that only "that" introduces is still the
			// speaker's words alone, direct; one with the clause's
			// subject ("said the cuts “would ...”") is partial.
			if len(r.Parts) == 0 {
				r.Parts = []Span{r.Span}
			}
			if r.Kind == Direct && !q.onlyThat(s, r.Start) {
				r.Kind = Partial
			}
			r.Span = span(q.text, s, q.closingMark(r.End))
		}
		prevEnd = max(prevEnd, r.End)
	}
}

// onlyThat reports whether the words from s to the quote's first word
// at start are "that" and the opening quote mark.
func (q *quoteScan) onlyThat(s, start int) bool {
	k, open := wordAt(q.ws, s), wordAt(q.ws, start)
	return k+2 == open && q.text[q.ws[k].Start:q.ws[k].End] == "that" && q.ws[k+1].Kind == reading.Quote
}

// clauseBeforeQuote returns where the content of r starts with the
// reported clause before its quoted words (see clauseBeforeQuotes), or
// r.Start.
func (q *quoteScan) clauseBeforeQuote(r Quote, prevEnd int) int {
	if r.Kind == Indirect || r.Cue == nil || r.Cue.End > r.Start {
		return r.Start
	}
	b := r.Cue.End
	if sp := r.Speaker; sp != nil && sp.Start >= b && sp.End <= r.Start {
		b = sp.End // "according to Ann Roe, the plan “...”"
	}
	if b < prevEnd {
		return r.Start
	}
	k0, open := wordAt(q.ws, b), wordAt(q.ws, r.Start)
	if open == 0 || open >= len(q.ws) || q.ws[open-1].Kind != reading.Quote || open-1-k0 > maxMerge {
		return r.Start
	}
	open-- // the opening mark
	that, comma := -1, false
	for k := k0; k < open; k++ {
		w := q.ws[k]
		t := q.text[w.Start:w.End]
		switch {
		case w.Kind == reading.Quote || q.isTerminal(k) || t == ";" || t == ":":
			return r.Start
		case q.isComma(k):
			comma = true
		case t == "that" && that < 0:
			that = k
		case t == "as":
			return r.Start
		}
	}
	if that >= 0 {
		return q.ws[that].Start
	}
	if comma || q.wordsBetween(q.ws[k0].Start, q.ws[open].Start) < 2 {
		return r.Start // "an “agreement”", "of “wasted years”": no clause
	}
	cue := strings.ToLower(r.Cue.Text)
	if i := strings.LastIndexByte(cue, ' '); i >= 0 {
		cue = cue[i+1:]
	}
	for _, v := range [...]string{"call", "label", "dub", "brand", "name", "term", "thank", "tell", "told"} {
		if strings.HasPrefix(cue, v) {
			return r.Start
		}
	}
	return q.ws[k0].Start
}
