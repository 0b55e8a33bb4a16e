package quotes

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/names"
	"github.com/newsparse/newsparse/internal/quotemodel"
	"github.com/newsparse/newsparse/internal/reading"
)

// Find finds direct, partial and reported speech in d and links the
// speakers to ents, whose mentions ms lists sorted by start (the names
// layer's findings, as newsparse indexes them). In news (g, as
// reading.GenreOf reads d) the learned tagger (internal/quotemodel) adds
// to the rules' quotes and corrects them, unless rulesOnly. Find takes its scratch space from w,
// which a caller keeps from call to call (nil: its own).
func Find(d *reading.Doc, g reading.Genre, ents []names.Entity, ms []names.Ref, rulesOnly bool, w *Scratch) []Quote {
	if w == nil {
		w = new(Scratch)
	}
	w.speakers = w.speakers[:0] // the last call's, copied out by its caller
	dd := &doc{Doc: d, w: w}
	q := newQuoteScan(dd, ents, ms)
	learned := !rulesOnly && len(d.Paras) > 0 && g == reading.GenreNews
	res := q.find(learned)
	if learned {
		if r := quotemodel.Ends(); r != nil {
			q.fitEnds(r, res)
		}
	}
	// Last, so that the ranker of clause ends learns from what find gives
	// without it.
	q.brokenSpeakers(res)
	q.coordinatedSpeakers(res)
	q.nearSpeakers(res)
	q.participleSpeakers(res)
	q.splitInterrupted(res)
	w.qints, w.qflags, w.segs, w.qout = q.ints, q.flags, q.segs, q.out
	return res
}

// find runs the rules and, when learned, the learned tagger on them, and
// fits the cues: all of Find but the ranking of clause ends, which
// TestTrainRanker learns from what find gives.
func (q *quoteScan) find(learned bool) []Quote {
	res := q.rules()
	if learned {
		if m := quotemodel.Default(); m != nil {
			res = q.modelQuotes(m, res)
		}
	}
	for i := range res {
		if sp := res[i].Speaker; sp != nil && sp.Entity == "" && nonAgent(sp.Text) {
			res[i].Speaker = nil // "recent weeks have shown": no one
		}
	}
	res = q.trimAdverbials(res)
	q.fitCues(res)
	q.cueOutOfContent(res)
	return res
}

// cueOutOfContent starts a content after its cue where the cue, with the
// particle cueSpan gives it, runs into the content's first word: "refers
// to him only as ..." is "him only as ...", its cue "refers to".
func (q *quoteScan) cueOutOfContent(qs []Quote) {
	for i := range qs {
		x := &qs[i]
		if x.Cue == nil || x.Cue.Start >= x.Start || x.Cue.End <= x.Start || x.Cue.End >= x.End {
			continue
		}
		k := wordAt(q.ws, x.Cue.End)
		if k >= len(q.ws) || q.ws[k].Start >= x.End {
			continue
		}
		s := span(q.text, q.ws[k].Start, x.End)
		if len(x.Parts) > 0 && x.Parts[0].Start < s.Start {
			if x.Parts[0].End <= s.Start {
				continue // a first part wholly in the cue: leave it be
			}
			x.Parts[0] = span(q.text, s.Start, x.Parts[0].End)
		}
		x.Span = s
	}
}

// splitInterrupted gives an indirect quote that its own attribution
// interrupts two parts, the words before and after it: "The company,
// prosecutors allege, paid for the renovation" is "The company" and "paid
// for the renovation", the narrator's words in neither.
func (q *quoteScan) splitInterrupted(qs []Quote) {
	for i := range qs {
		x := &qs[i]
		if x.Kind != Indirect || x.Cue == nil || x.Speaker == nil || len(x.Parts) > 1 {
			continue
		}
		a, b := min(x.Cue.Start, x.Speaker.Start), max(x.Cue.End, x.Speaker.End)
		if a <= x.Start || b >= x.End {
			continue
		}
		left := strings.TrimRight(q.text[x.Start:a], " ")
		right := strings.TrimLeft(q.text[b:x.End], " ")
		if !strings.HasSuffix(left, ",") || !strings.HasPrefix(right, ",") {
			continue // the attribution set off by commas only
		}
		p0 := trimmedSpan(q.text, x.Start, x.Start+len(left))
		p1 := trimmedSpan(q.text, x.End-len(right), x.End)
		if p0.End <= p0.Start || p1.End <= p1.Start {
			continue
		}
		x.Parts = []Span{p0, p1}
	}
}

// trimAdverbials starts a reported clause after the adverbials that
// follow its cue ("voted 7-2 on Tuesday night to build", "said last week
// that"): they tell how and when the words were said, not what; and it
// drops the quotes whose content is nothing but such words ("voted
// unanimously"). It reads the indirect quotes in one part whose cue comes
// before their content.
func (q *quoteScan) trimAdverbials(qs []Quote) []Quote {
	out := qs[:0]
	for _, x := range qs {
		if x.Kind != Indirect || x.Cue == nil || x.Cue.End > x.Start || len(x.Parts) > 1 {
			out = append(out, x)
			continue
		}
		k := wordAt(q.ws, x.Start)
		if k >= len(q.ws) || q.ws[k].Start != x.Start {
			out = append(out, x)
			continue
		}
		j := k
		for j < len(q.ws) && q.ws[j].Start < x.End && q.adverbial(j) {
			j++
		}
		switch {
		case j == k:
		case j >= len(q.ws) || q.ws[j].Start >= x.End:
			continue // nothing but adverbials: no words reported
		case q.wtext(j) == "to" || q.wtext(j) == "that":
			x.Span = span(q.text, q.ws[j].Start, x.End)
			if len(x.Parts) == 1 {
				x.Parts = []Span{x.Span}
			}
		}
		out = append(out, x)
	}
	return out
}

// adverbial reports whether word i is a word of a short adverbial of
// time or manner: a number or score ("7-2"), a time word ("on Tuesday
// night", "last week"), an adverb in -ly ("unanimously").
func (q *quoteScan) adverbial(i int) bool {
	w := q.ws[i]
	switch w.Kind {
	case reading.Number:
		return true
	case reading.Punct:
		t := q.wtext(i)
		return (t == "-" || t == "–") && i > 0 && i+1 < len(q.ws) &&
			q.ws[i-1].Kind == reading.Number && q.ws[i+1].Kind == reading.Number && q.ws[i-1].End == w.Start
	case reading.Alpha:
		t := q.wtext(i)
		if isTimeWord(t) {
			return true
		}
		switch t {
		case "in", "at", "late", "early", "next", "Monday's", "again", "twice", "once":
			return true
		}
		return len(t) >= 5 && strings.HasSuffix(t, "ly") && 'a' <= t[0] && t[0] <= 'z'
	}
	return false
}

// doc is the reading of the text with the layer's scratch space.
type doc struct {
	*reading.Doc
	w *Scratch
}

// rules runs the rule layer: quotes in marks (a transcript's turns
// apart), speaker labels and reported speech.
func (q *quoteScan) rules() []Quote {
	q.direct()
	q.transcriptTurns()
	q.headlineColon()
	q.speakerColons()
	q.reported()
	return q.result()
}

// quoteScan holds the state of one findQuotes call.
type quoteScan struct {
	d    *doc
	text string
	ws   []reading.Word
	// segOf is 1 + the index in segs of the quoted segment a word lies in
	// (its marks included), or 0.
	segOf   []int32
	nextSeg []int32 // the first word at or after each word that lies in a segment
	segs    []segment
	usedCue []uint8 // 1 for cues already spent on a direct quote
	// sentHint is the sentence sentOf found last.
	sentHint int
	// verbKind is the cue kind of each word out of context (see cueAt).
	verbKind []uint8
	// nounOf is the number of each word in quoteWords().nouns, plus 1, or
	// 0 (see nounCue).
	nounOf []uint8
	// look is 1 for the words that reportedIn reads when their verbKind
	// is cueNone: reporting nouns, "according", "asked".
	look []uint8
	link *speakerLinker
	out  []Quote
	// The arrays behind segOf and nextSeg, and behind the uint8 ones,
	// kept to be reused (see workspace).
	ints  []int32
	flags []uint8
}

// segment is a run of text between quotation marks.
type segment struct {
	open, close int // word indexes of the marks; close is -1 when the paragraph ended it
	start, end  int // the content's bytes, marks and edge space excluded
	speaker     *Speaker
	cue         *Span
	kind        Kind
	endPunct    bool // the content ends in , . ? ! (before any space)
}

func newQuoteScan(d *doc, ents []names.Entity, ms []names.Ref) *quoteScan {
	q := &quoteScan{
		d:    d,
		text: d.Text,
		ws:   d.Words,
		link: newSpeakerLinker(ents, ms),
		out:  d.w.qout[:0],
	}
	// The arrays of one value a word, in two allocations.
	n := len(d.Words)
	ints := reuse(d.w.qints, 2*n+1)[:2*n+1]
	clear(ints)
	q.segOf, q.nextSeg = ints[:n:n], ints[n:]
	flags := reuse(d.w.qflags, 4*n)[:4*n]
	clear(flags)
	q.ints, q.flags = ints, flags
	q.verbKind, q.nounOf, q.look = verbKinds(d.Text, d.Words, flags[:3*n:3*n])
	q.usedCue = flags[3*n:]
	for _, h := range d.Header {
		titleCaseVerbs(d.Text, d.Words, q.verbKind, h.Word0, h.WordEnd)
	}
	if len(d.Sents) > 0 {
		titleCaseVerbs(d.Text, d.Words, q.verbKind, d.Sents[0].Word0, d.Sents[0].WordEnd)
	}
	return q
}

// sentOf returns the index of the body sentence holding word i, or -1
// (a header word). Body sentences are in order and do not overlap.
func (q *quoteScan) sentOf(i int) int {
	ss := q.d.Sents
	// Most calls ask for the sentence of the call before, or the next.
	for k := q.sentHint; k < len(ss) && k <= q.sentHint+1; k++ {
		if ss[k].Word0 <= i && i < ss[k].WordEnd {
			q.sentHint = k
			return k
		}
	}
	lo, hi := 0, len(ss) // the first sentence ending after i is in lo..hi
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ss[m].WordEnd > i {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo < len(ss) && ss[lo].Word0 <= i {
		q.sentHint = lo
		return lo
	}
	return -1
}

// result sorts the quotes found, drops partial quotes that an indirect
// quote already holds, and returns a non-nil slice, in the scratch space:
// valid until the Scratch is used again.
func (q *quoteScan) result() []Quote {
	out := q.out
	// Nearly sorted already: direct quotes, then reported ones, in order.
	byStart := func(a, b Quote) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	}
	out, q.d.w.qmerge = mergeRunsIn(out, q.d.w.qmerge, byStart)
	if boundNesting(q.text, out, q.d.w) {
		slices.SortStableFunc(out, byStart)
	}
	res := reuse(q.d.w.qres, len(out)) // the caller copies the quotes out
	coverEnd := -1                     // end of the furthest-reaching indirect quote so far
	for _, x := range out {
		if x.Kind == Partial && x.End <= coverEnd {
			continue // inside reported speech that already carries it
		}
		if n := len(res); n > 0 && res[n-1].Start == x.Start && res[n-1].End == x.End {
			continue
		}
		if x.Kind == Indirect && x.End > coverEnd {
			coverEnd = x.End
		}
		res = append(res, x)
	}
	q.carrySpeakers(res)
	for i := range res {
		res[i].Parts = q.splitParas(clipParts(q.text, res[i]))
	}
	q.d.w.qres = res
	return res
}

// trimMarks returns the span of text[s:e] without the spaces and
// quotation marks at its edges.
func trimMarks(text string, s, e int) Span {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !reading.IsQuoteRune(r) && !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !reading.IsQuoteRune(r) && !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return span(text, s, e)
}

// nonAgent reports whether a speaker's words name a stretch of time, not
// someone who speaks: "recent weeks have shown", "the past has proved".
func nonAgent(sp string) bool {
	last := sp[strings.LastIndexByte(sp, ' ')+1:]
	switch strings.ToLower(last) {
	case "past", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
		"history", "hours":
		return true
	}
	return false
}

// splitParas cuts the parts that run over a paragraph break into one
// part a paragraph, without the marks that close and reopen the quote
// there: a quote of two paragraphs is one attribution of two parts. It
// returns ps itself when no part crosses a break.
func (q *quoteScan) splitParas(ps []Span) []Span {
	paras := q.d.Paras
	var out []Span
	for k, p := range ps {
		// The first paragraph that ends after the part's start.
		i := sort.Search(len(paras), func(i int) bool { return paras[i].End > p.Start })
		if i >= len(paras) || paras[i].End >= p.End {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(ps)+2), ps[:k]...)
		}
		for ; i < len(paras) && paras[i].Start < p.End; i++ {
			piece := trimMarks(q.text, max(p.Start, paras[i].Start), min(p.End, paras[i].End))
			if piece.End > piece.Start {
				out = append(out, piece)
			}
		}
	}
	if len(out) == 0 {
		return ps
	}
	return out
}

// mergeRuns returns qs sorted stably by cmp, in qs or in a new array. The
// quotes come in a few sorted runs (the direct quotes, then the reported
// ones), so it merges adjacent runs, pass by pass, rather than sort.
func mergeRuns(qs []Quote, cmp func(a, b Quote) int) []Quote {
	sorted, _ := mergeRunsIn(qs, nil, cmp)
	return sorted
}

// mergeRunsIn is mergeRuns merging in buf's array when it is large
// enough: it returns qs sorted, in qs's array or in the array it returns
// as buf (buf's, or one it made).
func mergeRunsIn(qs, buf []Quote, cmp func(a, b Quote) int) (sorted, newBuf []Quote) {
	var starts []int // the first index of each run after the first
	for k := 1; k < len(qs); k++ {
		if cmp(qs[k-1], qs[k]) > 0 {
			if len(starts) == 8 {
				slices.SortStableFunc(qs, cmp) // many runs: no help
				return qs, buf
			}
			starts = append(starts, k)
		}
	}
	if len(starts) == 0 {
		return qs, buf
	}
	buf = reuse(buf, len(qs))[:len(qs)]
	src, dst := qs, buf
	for len(starts) > 0 {
		next := starts[:0]
		lo := 0
		for j := 0; j <= len(starts); j += 2 {
			mid, hi := len(qs), len(qs)
			if j < len(starts) {
				mid = starts[j]
			}
			if j+1 < len(starts) {
				hi = starts[j+1]
			}
			if lo > 0 {
				next = append(next, lo)
			}
			mergeQuotes(dst[lo:lo], src[lo:mid], src[mid:hi], cmp)
			lo = hi
		}
		starts = next
		src, dst = dst, src
	}
	return src, buf
}

// mergeQuotes appends to out the sorted a and b merged, a first on ties.
func mergeQuotes(out, a, b []Quote, cmp func(a, b Quote) int) []Quote {
	for len(a) > 0 && len(b) > 0 {
		if cmp(b[0], a[0]) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// carrySpeakers gives a direct quote that has no attribution of its own
// the speaker of the quote before it, in its paragraph or the one before:
// a paragraph of quotation after "..., Jane Roe said." goes on with her
// words.
func (q *quoteScan) carrySpeakers(qs []Quote) {
	// The paragraphs each quote starts and ends in.
	pp := make([][2]int, len(qs))
	h1, h2 := 0, 0
	for i, x := range qs {
		pp[i] = [2]int{q.paraAt(x.Start, &h1), q.paraAt(x.End, &h2)}
	}
	var prev *Speaker
	prevPara := -2
	for i := range qs {
		x := &qs[i]
		if p := pp[i][0]; x.Speaker == nil && x.Kind == Direct && prev != nil && p >= prevPara && p-prevPara <= 1 && q.closedAt(x.End) {
			x.Speaker = prev
		}
		if x.Speaker != nil {
			prev, prevPara = x.Speaker, pp[i][1]
		}
	}
	// A paragraph of quotation before the one that names its speaker.
	var next *Speaker
	nextPara := -2
	for i := len(qs) - 1; i >= 0; i-- {
		x := &qs[i]
		if p := pp[i][1]; x.Speaker == nil && x.Kind == Direct && next != nil && nextPara >= p && nextPara-p <= 1 && q.closedAt(x.End) {
			x.Speaker = next
		}
		if x.Speaker != nil {
			next, nextPara = x.Speaker, pp[i][0]
		}
	}
}

// closedAt reports whether a closing quotation mark follows byte b, after
// the quote's own punctuation: a quote left open is no one's words for sure.
func (q *quoteScan) closedAt(b int) bool {
	for n := 0; b < len(q.text) && n < 4; n++ {
		r, size := utf8.DecodeRuneInString(q.text[b:])
		if (r == '\'' || r == '`') && strings.HasPrefix(q.text[b+size:], string(r)) {
			return true // '' typed for a closing double mark
		}
		switch r {
		case ',', '.', '?', '!', '…', '\'', '’':
			b += size
			continue
		}
		return isDoubleMark(r) || r == '`'
	}
	return false
}

// paraAt returns the index of the paragraph holding byte offset b, or -1
// in the header. hint is where the last look-up ended: quotes come in
// order, so a few steps from it mostly suffice before a binary search.
func (q *quoteScan) paraAt(b int, hint *int) int {
	ps := q.d.Paras
	i := *hint
	for n := 0; n < 8 && i < len(ps) && ps[i].End <= b; n++ {
		i++
	}
	if i >= len(ps) || ps[i].End <= b || i > 0 && ps[i-1].End > b {
		i = sort.Search(len(ps), func(i int) bool { return ps[i].End > b })
	}
	*hint = i
	if i == len(ps) || ps[i].Start > b {
		return -1
	}
	return i
}

// quoteMark roles.
const (
	markEither = iota
	markOpen
	markClose
)

// isDoubleMark reports whether r quotes speech at the top level. Single
// quotes are left alone: outside a quote they are mostly apostrophes.
func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

// markRole says whether the quotation mark ws[i] opens or closes a quote,
// from its shape, or for a straight mark from the space around it.
func (q *quoteScan) markRole(i int) int {
	w := q.ws[i]
	w.Start = q.ws[q.markStart(i)].Start
	r, _ := utf8.DecodeRuneInString(q.text[w.Start:])
	before := w.Start == 0
	if !before {
		p, _ := utf8.DecodeLastRuneInString(q.text[:w.Start])
		before = reading.IsSpace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == '/'
	}
	after := w.End == len(q.text)
	if !after {
		n, _ := utf8.DecodeRuneInString(q.text[w.End:])
		after = reading.IsSpace(n) || n == '.' || n == ',' || n == ';' || n == ':' || n == '!' || n == '?' || n == ')' || n == ']'
	}
	// A curly mark says which it is, unless its place plainly says the
	// opposite: “Go home,“ she said (a slip of the keyboard) or the German
	// „Ja“ close with the glyph that opens in English.
	switch r {
	case '“', '«', '„':
		if after && !before {
			return markClose
		}
		return markOpen
	case '”', '»':
		if before && !after {
			return markOpen
		}
		return markClose
	}
	switch {
	case before && !after:
		return markOpen
	case after && !before:
		return markClose
	}
	return markEither
}

func (q *quoteScan) isDoubleMarkAt(i int) bool {
	w := q.ws[i]
	if w.Kind != reading.Quote {
		return false
	}
	r, _ := utf8.DecodeRuneInString(q.text[w.Start:])
	return isDoubleMark(r) || q.isDoubledSingle(i)
}

// isDoubledSingle reports whether ws[i] is the second of two single marks
// written together for a double one: ” or “, as some newsrooms type.
func (q *quoteScan) isDoubledSingle(i int) bool {
	if i == 0 || q.ws[i-1].Kind != reading.Quote || q.ws[i-1].End != q.ws[i].Start {
		return false
	}
	a, b := q.text[q.ws[i-1].Start], q.text[q.ws[i].Start]
	return (a == '\'' || a == '`') && (b == '\'' || b == '`')
}

// markStart returns the first word of the mark ending at word i: i, or
// i-1 for a doubled single mark.
func (q *quoteScan) markStart(i int) int {
	if q.isDoubledSingle(i) {
		return i - 1
	}
	return i
}

// paraWords returns the range of word indexes of paragraph p.
func (q *quoteScan) paraWords(p int) (int, int) {
	pr := q.d.Paras[p]
	return q.d.Sents[pr.Sent0].Word0, q.d.Sents[pr.SentEnd-1].WordEnd
}

// pairMarks finds the quoted segments of the body. Every mark is looked at
// once, so the time is linear however unbalanced the marks are.
func (q *quoteScan) pairMarks() {
	// News has a quote every other paragraph or so: room for that at once.
	q.segs = reuse(q.d.w.segs, len(q.d.Paras)/2+4)
	inside := false
	var cur segment
	skip := -1 // the mark that reopens a quote continued from the paragraph before
	emit := func(end int) {
		cur.end = end
		q.addSegment(cur)
		inside = false
	}
	for p := range q.d.Paras {
		w0, w1 := q.paraWords(p)
		for i := w0; i < w1; i++ {
			if q.ws[i].Kind != reading.Quote || i == skip || !q.isDoubleMarkAt(i) {
				continue
			}
			role := q.markRole(i)
			if !inside {
				// A paragraph's first mark opens, whichever way it is
				// written: ” … he said it twice,” she wrote.
				if role != markClose || i == w0 {
					cur = segment{open: i, close: -1, start: q.ws[i].End}
					inside = true
				}
				continue
			}
			if c := q.text[q.ws[i].Start]; role == markOpen && c != '"' && c != '\'' && c != '`' {
				// A second opening mark: the first was never closed.
				cur = segment{open: i, close: -1, start: q.ws[i].End}
				continue
			}
			cur.close = i
			emit(q.ws[q.markStart(i)].Start)
		}
		if inside {
			if p+1 < len(q.d.Paras) {
				n0, _ := q.paraWords(p + 1)
				if q.isDoubleMarkAt(n0) && q.markRole(n0) != markClose {
					skip = n0 // the quote runs on into the next paragraph
					continue
				}
			}
			emit(q.ws[w1-1].End)
		}
	}
}

// addSegment records a segment with its content trimmed of space and of a
// trailing comma ("The best way,” he said).
func (q *quoteScan) addSegment(s segment) {
	for e := s.end; e > s.start; {
		r, n := utf8.DecodeLastRuneInString(q.text[s.start:e])
		if !reading.IsSpace(r) && r != '\'' && r != '’' {
			// A nested quote may close first: “... ‘you are the Queen,’”
			s.endPunct = r == ',' || r == '.' || r == '?' || r == '!' || r == '…'
			break
		}
		e -= n
	}
	for s.start < s.end {
		r, n := utf8.DecodeRuneInString(q.text[s.start:s.end])
		if !reading.IsSpace(r) {
			break
		}
		s.start += n
	}
	for s.end > s.start {
		r, n := utf8.DecodeLastRuneInString(q.text[s.start:s.end])
		if !reading.IsSpace(r) && r != ',' {
			break
		}
		s.end -= n
	}
	if s.start >= s.end {
		return
	}
	q.segs = append(q.segs, s)
	last := s.close
	if last < 0 {
		last = s.open
		for last+1 < len(q.ws) && q.ws[last+1].Start < s.end {
			last++
		}
	}
	for i := s.open; i <= last; i++ {
		q.segOf[i] = int32(len(q.segs))
	}
}

// MaxInnerAttributions is how many other attributions one quote may hold:
// reported speech nests ("she said that he told them that ...") but not
// without end. Past it the quote stops at the next attribution, so that a
// run of attributions in one sentence ("go, he said, go, he said, ...")
// gives quotes whose text adds up to a small multiple of the input.
const MaxInnerAttributions = 3

// boundNesting cuts every quote that holds more than MaxInnerAttributions
// attributions of other quotes, on the side away from its own attribution:
// its end at the next attribution after them, or its start after the one
// before them. It reports whether any quote changed (they may then need
// sorting again).
func boundNesting(text string, qs []Quote, w *Scratch) bool {
	if len(qs) <= MaxInnerAttributions+1 {
		return false
	}
	// The attributions (speaker and cue together), sorted by start; own
	// is the index in as of each quote's attribution, or -1.
	as, own := w.attrs[:0], reuse(w.own, len(qs))[:len(qs)]
	defer func() { w.attrs, w.own = as[:0], own[:0] }()
	for i, x := range qs {
		own[i] = -1
		s, e, ok := attributionOf(x)
		if ok {
			as = append(as, attr{s, e, i})
		}
	}
	if len(as) <= MaxInnerAttributions {
		return false
	}
	slices.SortFunc(as, func(a, b attr) int { return cmp.Compare(a.start, b.start) })
	for k, a := range as {
		own[a.quote] = int32(k)
	}
	changed := false
	for i := range qs {
		x := &qs[i]
		// The first attribution that starts at or after the quote.
		lo, _ := slices.BinarySearchFunc(as, x.Start, func(a attr, s int) int { return cmp.Compare(a.start, s) })
		mid := lo // where the quote's own attribution sits, or its start
		if k := int(own[i]); k >= 0 && as[k].start >= x.Start && as[k].end <= x.End {
			mid = k
		}
		// Rightwards from the own attribution: the others inside the quote.
		n := 0
		for k := mid; k < len(as) && as[k].end <= x.End; k++ {
			if as[k].quote == i || k == int(own[i]) {
				continue
			}
			if n++; n > MaxInnerAttributions {
				x.Span = trimmedSpan(text, x.Start, as[k].start)
				changed = true
				break
			}
		}
		// Leftwards: attributions before the own one, inside the quote.
		n = 0
		for k := mid - 1; k >= lo && k >= 0; k-- {
			// Only attributions wholly inside: one that starts inside and
			// runs on past the quote's end cannot be cut away from the left.
			if as[k].quote == i || as[k].start < x.Start || as[k].end > x.End {
				continue
			}
			if n++; n > MaxInnerAttributions {
				x.Span = trimmedSpan(text, as[k].end, x.End)
				changed = true
				break
			}
		}
	}
	return changed
}

// attr is an attribution of boundNesting: its bytes and its quote.
type attr struct{ start, end, quote int }

// attributionOf returns the span from a quote's speaker to its cue (in
// either order), or false when it has neither.
func attributionOf(x Quote) (start, end int, ok bool) {
	start, end = -1, -1
	for _, s := range []*Span{x.Cue, speakerSpanOf(x)} {
		if s == nil {
			continue
		}
		if start < 0 || s.Start < start {
			start = s.Start
		}
		if s.End > end {
			end = s.End
		}
	}
	return start, end, start >= 0
}

func speakerSpanOf(x Quote) *Span {
	if x.Speaker == nil {
		return nil
	}
	return &x.Speaker.Span
}

// trimmedSpan returns text[start:end] without the spaces and the commas,
// dashes and other punctuation at its edges, which belong to neither side.
func trimmedSpan(text string, start, end int) Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) || reading.IsQuoteRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) || reading.IsQuoteRune(r) {
			break
		}
		end -= n
	}
	return span(text, start, end)
}

// clipParts returns x's parts cut to its span (which later rules may have
// narrowed), or the whole span as one part when none is left.
func clipParts(text string, x Quote) []Span {
	ps := x.Parts[:0:0]
	for _, p := range x.Parts {
		s, e := max(p.Start, x.Start), min(p.End, x.End)
		if s < e {
			ps = append(ps, span(text, s, e))
		}
	}
	if len(ps) == 0 {
		return []Span{x.Span}
	}
	ps[0] = span(text, x.Start, ps[0].End)
	ps[len(ps)-1] = span(text, ps[len(ps)-1].Start, x.End)
	return ps
}

// newSpeaker returns s in the scratch space's slab of speakers: the
// caller of Find copies the quotes out before the Scratch is used again.
// A full slab is left to the speakers in it and a new one started.
func (q *quoteScan) newSpeaker(s Speaker) *Speaker {
	w := q.d.w
	if len(w.speakers) == cap(w.speakers) {
		w.speakers = make([]Speaker, 0, max(64, 2*cap(w.speakers)))
	}
	w.speakers = append(w.speakers, s)
	return &w.speakers[len(w.speakers)-1]
}
