package quotes

import (
	"math"
	"slices"

	"github.com/newsparse/newsparse/internal/fnv"
	"github.com/newsparse/newsparse/internal/quotemodel"
	"github.com/newsparse/newsparse/internal/reading"
)

// Where a reported clause ends (issue 14): the rules and the tagger often
// agree on where a reported clause starts ("said that ...", "criticized
// ...") and differ from PolNeAR on where it stops: at a comma inside the
// clause ("that one shooting may have more than one victim, so ..."), or
// on into the writer's words ("condemned the test in a statement on
// Thursday", "called him a disgrace on a radio show"). A learned ranker
// (quotemodel.Ranker) scores every word boundary from the clause's first
// word to the end of its sentence, the rules' own end among them as
// evidence, and the best one becomes the end. It is trained by
// TestTrainRanker (train_test.go, -rank-train ends) on PolNeAR train.

// maxEndWords is the longest clause, in words, whose ends fitEnds weighs.
const maxEndWords = 80

// endSite is a reported clause whose end fitEnds weighs: its first word a,
// the word after its end now (cur), the last word after which it may end
// (lim, exclusive) and the end of its sentence (send, exclusive).
type endSite struct {
	a, cur, lim, send int
	cue               string // the cue's first word, lower-cased
	spk               byte   // the class of the speaker (speakerClass)
}

// speakerClass classes a quote's speaker: none, a relative pronoun (the
// clause then sits in a relative clause: "the director, who said ...,
// left"), another pronoun, a name, or another noun phrase.
func speakerClass(sp *Speaker) byte {
	switch {
	case sp == nil:
		return '0'
	case sp.Text == "who" || sp.Text == "which" || sp.Text == "that":
		return 'r'
	case isPronoun(sp.Text):
		return 'p'
	case sp.Entity != "":
		return 'n'
	}
	return 'x'
}

// endSiteOf returns the site of quote r, whose successor in the sorted
// list starts at next, or false when fitEnds leaves r alone: a direct or
// partial quote, one in pieces, one that crosses its sentence, one
// without a cue before it.
func (q *quoteScan) endSiteOf(r Quote, next int, attrs []int) (endSite, bool) {
	// A clause before its cue ("..., sources confirmed") ends where its
	// attribution begins, one around it ("The vote, she said, was ...")
	// is the rules' to cut: the ranker weighs the ends of clauses after
	// their cue.
	if r.Kind != Indirect || len(r.Parts) > 1 || r.End <= r.Start || r.Cue == nil || r.Cue.End > r.Start {
		return endSite{}, false
	}
	a := wordAt(q.ws, r.Start)
	cur := wordAt(q.ws, r.End-1) + 1
	if a >= len(q.ws) || cur > len(q.ws) || cur <= a {
		return endSite{}, false
	}
	si := q.sentOf(a)
	if si < 0 {
		return endSite{}, false
	}
	s := endSite{a: a, cur: cur, send: q.d.Sents[si].WordEnd, spk: speakerClass(r.Speaker)}
	s.lim = min(s.send, a+maxEndWords)
	if cur > s.lim {
		return endSite{}, false
	}
	if cur < s.lim && q.writersWordsAt(cur, s.send) {
		s.lim = cur // the rules cut the clause where the writer's words begin
	}
	// The clause may not run into the next quote, nor into another
	// quote's cue or speaker ("..., sources confirmed"), attrs listing
	// where they start, in order.
	stop := next
	if k, _ := slices.BinarySearch(attrs, r.End); k < len(attrs) {
		stop = min(stop, attrs[k])
	}
	for s.lim > cur && q.ws[s.lim-1].End > stop {
		s.lim--
	}
	if s.spk == 'r' {
		// "The director, who said the ward would close, left": the comma
		// after the clause closes the relative clause that holds it.
		for k := cur; k < s.lim; k++ {
			if q.isComma(k) && q.segOf[k] == 0 {
				s.lim = k
				break
			}
		}
	}
	if k := wordAt(q.ws, r.Cue.Start); k < len(q.ws) {
		s.cue = q.d.Lower[k]
	}
	return s, true
}

// writersWordsAt reports whether words k..end-1 (end the end of the
// sentence) open what the rules read as the writer's words after a
// reported clause: a time that closes the sentence ("disputed the schedule
// on Friday"), where the words were said ("in a statement"), a dash before
// a clause of its own ("the pier was safe — Roe disagreed").
func (q *quoteScan) writersWordsAt(k, end int) bool {
	return q.segOf[k] == 0 && (q.closingTime(k, end) || q.speechSetting(k, end) ||
		reading.IsDash(q.wtext(k)) && q.newClauseAt(k+1, end) || q.narrativeClauseAt(k, end))
}

// narrativeClauseAt reports whether a comma at k opens a clause of the
// writer's: ", and the union objected", whose verb is no modal of
// reported speech (see clauseEndOf).
func (q *quoteScan) narrativeClauseAt(k, end int) bool {
	if !q.isComma(k) || k+2 >= end {
		return false
	}
	if n := q.wtext(k + 1); n != "and" && n != "but" {
		return false
	}
	v := q.newClauseVerb(k+2, end)
	return v >= 0 && !reportedModal(q.wtext(v))
}

// mayEndBefore reports whether a clause may end before word b (after
// word b-1): after a word, a number or a closing quotation mark, not
// other punctuation, and not inside quotation marks.
func (q *quoteScan) mayEndBefore(b int) bool {
	if w := q.ws[b-1]; w.Kind == reading.Punct {
		return false
	}
	return b >= len(q.ws) || q.segOf[b] == 0 || q.segOf[b] != q.segOf[b-1]
}

// Feature names of the ranker, hashed once.
var (
	ehRel    = fnv.String(fnv.Offset, "rel=")
	ehRelB   = fnv.String(fnv.Offset, "relb=")
	ehWB     = fnv.String(fnv.Offset, "wb=")
	ehWL     = fnv.String(fnv.Offset, "wl=")
	ehWLWB   = fnv.String(fnv.Offset, "wlwb=")
	ehWB1    = fnv.String(fnv.Offset, "wb1=")
	ehWBWB1  = fnv.String(fnv.Offset, "wbwb1=")
	ehShape  = fnv.String(fnv.Offset, "sh=")
	ehFirst  = fnv.String(fnv.Offset, "fa-wb=")
	ehFRel   = fnv.String(fnv.Offset, "fa-rel=")
	ehLen    = fnv.String(fnv.Offset, "len=")
	ehLenF   = fnv.String(fnv.Offset, "len-fa=")
	ehInSeg  = fnv.String(fnv.Offset, "inseg")
	ehCommas = fnv.String(fnv.Offset, "commas=")
	ehTime   = fnv.String(fnv.Offset, "ctime")
	ehSet    = fnv.String(fnv.Offset, "setting")
	ehRest   = fnv.String(fnv.Offset, "rest=")
	ehCueRel = fnv.String(fnv.Offset, "cue-rel=")
	ehCueWB  = fnv.String(fnv.Offset, "cue-wb=")
	ehVerbB  = fnv.String(fnv.Offset, "verbb=")
	ehEnd    = fnv.String(fnv.Offset, "</s>")
	ehNewCl  = fnv.String(fnv.Offset, "newclause=")
	ehPred   = fnv.String(fnv.Offset, "andpred")
	ehAhead  = fnv.String(fnv.Offset, "cueahead=")
	ehRelSh  = fnv.String(fnv.Offset, "rel-sh=")
	ehSpk    = fnv.String(fnv.Offset, "spk-wb=")
	ehSpkRel = fnv.String(fnv.Offset, "spk-rel=")
	ehVerbWB = fnv.String(fnv.Offset, "verb-wb=")
	ehVerbFR = fnv.String(fnv.Offset, "verb-fa-rel=")
)

// relBucket buckets b-cur, the place weighed against the rules' end.
func relBucket(d int) byte {
	switch {
	case d == 0:
		return '='
	case d < -3:
		return 'a'
	case d < 0:
		return byte('D' + d) // C, B, A for -1, -2, -3
	case d <= 3:
		return byte('0' + d)
	case d <= 7:
		return '7'
	case d <= 15:
		return 'f'
	}
	return 'z'
}

// firstClass classes a clause by its first word: the subordinator or
// infinitive mark that opens it, else its shape.
func (q *quoteScan) firstClass(a int) string {
	switch t := q.d.Lower[a]; t {
	case "that", "to", "whether", "if", "how", "what", "why", "when", "who", "where", "as", "of", "for", "about", "on":
		return t
	}
	if nameWord(q.wtext(a)) {
		return "C"
	}
	return "w"
}

// lowerHash returns h mixed with word k lower-cased, or with the
// end-of-sentence mark at or beyond end.
func (q *quoteScan) lowerHash(h uint32, k, end int) uint32 {
	if k >= end {
		return mix(h, ehEnd)
	}
	return fnv.String(h, q.d.Lower[k])
}

// endFeatures appends to fs the features of ending site s's clause
// before word b (after word b-1), the clause's sentence ending before
// word send, and returns fs. first is firstClass of the clause, commas the
// commas outside quotation marks among its words, lastCue the last word of
// the sentence in the cue lexicon (-1: none), verb whether its words hold
// a verb.
func (q *quoteScan) endFeatures(fs []uint32, s endSite, b, send int, first string, commas, lastCue int, verb bool) []uint32 {
	rel := relBucket(b - s.cur)
	wb := q.lowerHash(fnv.Offset, b, send)
	wl := fnv.String(fnv.Offset, q.d.Lower[b-1])
	wb1 := q.lowerHash(fnv.Offset, b+1, send)
	shape := byte('$')
	if b < send {
		shape = shapeOf(q.text, q.ws[b])
	}
	ln := distBucket(b - s.a)
	clause := byte('0')
	if verb {
		clause = '1'
	}
	fs = append(fs,
		fnv.Byte(ehRel, rel),
		mix(fnv.Byte(ehRelB, rel), wb),
		mix(ehWB, wb),
		mix(ehWL, wl),
		mix(mix(ehWLWB, wl), wb),
		mix(ehWB1, wb1),
		mix(mix(ehWBWB1, wb), wb1),
		fnv.Byte(fnv.Byte(ehShape, shape), shapeOf(q.text, q.ws[b-1])),
		mix(fnv.String(ehFirst, first), wb),
		fnv.Byte(fnv.String(ehFRel, first), rel),
		fnv.Byte(ehLen, ln),
		fnv.Byte(fnv.String(ehLenF, first), ln),
		fnv.Byte(ehCommas, byte(min(commas, 3))),
		mix(fnv.Byte(ehRest, distBucket(send-b)), wb),
		fnv.Byte(fnv.String(ehCueRel, s.cue), rel),
		mix(fnv.String(ehCueWB, s.cue), wb),
		fnv.Byte(fnv.Byte(ehRelSh, rel), shape),
		mix(fnv.Byte(ehSpk, s.spk), wb),
		fnv.Byte(fnv.Byte(ehSpkRel, s.spk), rel),
		mix(fnv.Byte(ehVerbWB, clause), wb),
		fnv.Byte(fnv.Byte(fnv.String(ehVerbFR, first), clause), rel),
	)
	ahead := byte('0')
	if lastCue >= b {
		ahead = '1'
	}
	fs = append(fs, mix(fnv.Byte(ehAhead, ahead), wb))
	if b < send {
		if q.segOf[b-1] != 0 && q.segOf[b-1] == q.segOf[b] {
			fs = append(fs, ehInSeg)
		}
		if q.closingTime(b, send) {
			// "disputed the plan on Friday" tells when it was said, "wants
			// a vote in June" when the vote is to be.
			past := byte('0')
			if pastForm(s.cue) {
				past = '1'
			}
			fs = append(fs, ehTime, fnv.Byte(ehTime, past))
		}
		if q.speechSetting(b, send) {
			fs = append(fs, ehSet)
		}
		vb := byte('0')
		switch t := q.d.Lower[b]; {
		case q.verbKind[b] != cueNone:
			vb = 'c'
		case pastForm(t):
			vb = 'p'
		case isFiniteAux(t):
			vb = 'a'
		}
		fs = append(fs, fnv.Byte(ehVerbB, vb))
		nc := byte('0')
		switch {
		case q.newClauseAt(b, send):
			nc = '1'
		case (q.isComma(b) || reading.IsDash(q.wtext(b))) && b+1 < send && q.newClauseAt(b+1, send):
			nc = '2'
		case q.isComma(b) && b+1 < send && q.opensClauseAfterComma(b+1):
			nc = '3'
		}
		fs = append(fs, fnv.Byte(ehNewCl, nc))
		if t := q.d.Lower[b]; (t == "and" || t == "but") && q.predicateAt(b+1, send) {
			fs = append(fs, ehPred)
		}
	}
	return fs
}

// eachEnd calls fn with each place b, after s.a and at most s.lim, where
// site s's clause may end, and the features of ending it there (valid
// during the call). fs is scratch space, returned grown.
func (q *quoteScan) eachEnd(s endSite, fs []uint32, fn func(b int, fs []uint32)) []uint32 {
	send := s.send
	first := q.firstClass(s.a)
	lastCue := q.lastCueIn(s.a+1, send)
	commas := 0
	verb := false // whether the words so far hold a verb: a clause, not a noun phrase
	for b := s.a + 1; b <= s.lim; b++ {
		if q.isComma(b-1) && q.segOf[b-1] == 0 {
			commas++
		}
		verb = verb || q.verbSign(b-1)
		if b != s.cur && (!q.mayEndBefore(b) || b < send && q.writersWordsAt(b, send)) {
			// (Where the writer's words begin the rules decide: a closing
			// "in June" is when it was said after "criticized the plan",
			// when the vote is to be after "wants a vote".)
			continue
		}
		fs = q.endFeatures(fs[:0], s, b, send, first, commas, lastCue, verb)
		fn(b, fs)
	}
	return fs
}

// attributionStarts returns where the cues and speakers of qs start, in
// order.
func attributionStarts(qs []Quote) []int {
	var at []int
	for _, x := range qs {
		if x.Cue != nil {
			at = append(at, x.Cue.Start)
		}
		if x.Speaker != nil {
			at = append(at, x.Speaker.Start)
		}
	}
	slices.Sort(at)
	return at
}

// fitEnds moves the end of each reported clause of qs (sorted by start)
// to where ranker r ranks best.
func (q *quoteScan) fitEnds(r *quotemodel.Ranker, qs []Quote) {
	var fs []uint32
	attrs := attributionStarts(qs)
	for i := range qs {
		next := len(q.text)
		if i+1 < len(qs) {
			next = qs[i+1].Start
		}
		s, ok := q.endSiteOf(qs[i], next, attrs)
		if !ok {
			continue
		}
		b, bestScore := s.cur, float32(math.Inf(-1))
		fs = q.eachEnd(s, fs, func(k int, fs []uint32) {
			if sc := r.Score(fs); sc > bestScore || sc == bestScore && k == s.cur {
				b, bestScore = k, sc // a tie goes to the rules' end
			}
		})
		if b == s.cur {
			continue
		}
		x := &qs[i]
		sp := span(q.text, x.Start, q.ws[b-1].End)
		x.Span = sp
		if len(x.Parts) == 1 {
			x.Parts = []Span{sp}
		}
		if b > s.cur && q.kindOf(*x) == Partial {
			x.Kind = Partial // the clause now holds quoted words
		}
	}
}

// lastCueIn returns the last word of from..to-1 in the cue lexicon, or -1.
func (q *quoteScan) lastCueIn(from, to int) int {
	for k := to - 1; k >= from; k-- {
		if q.isCue(k) {
			return k
		}
	}
	return -1
}
