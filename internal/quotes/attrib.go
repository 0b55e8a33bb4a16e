package quotes

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/reading"
)

// Bounds on every look-around, so that each quote costs constant time.
const (
	maxSubject   = 10 // words in a speaker read back from its verb
	maxAux       = 4  // auxiliaries and adverbs between speaker and verb
	maxApposite  = 30 // words of an appositive: "Jane Roe, a spokeswoman for ..., said"
	maxTrailer   = 20 // words from a closing mark to its verb: ”, Jane Roe, a spokeswoman for ..., said
	maxLeadIn    = 7  // words from a verb to the opening mark: said on Friday: “
	maxPartialCu = 16 // words from a partial quote back to its verb
	maxObject    = 8  // words of the object of "told": told reporters on Friday that
	maxAdverbial = 16 // words from a verb to "that": said in an interview with ... last week that
	maxMerge     = 40 // words between two parts of one quote: ,” said Jane Roe, a spokeswoman. “
	maxSegsBack  = 8  // quoted segments read back for the speaker of a sentence's earlier quote
)

// sentRange returns the word range of the sentence holding word i, or an
// empty range for a header word.
func (q *quoteScan) sentRange(i int) (int, int) {
	si := q.sentOf(i)
	if si < 0 {
		return i, i
	}
	s := q.d.Sents[si]
	return s.Word0, s.WordEnd
}

// speakerSpan makes the Speaker of words s..e (inclusive).
func (q *quoteScan) speakerSpan(s, e int) *Speaker {
	sp := span(q.text, q.ws[s].Start, q.ws[e].End)
	if s == e && (sp.Text == "who" || sp.Text == "which") {
		// Link "who" through its antecedent: "Jane Roe, who said".
		lo, _ := q.sentRange(s)
		k := s
		if k > lo && q.isComma(k-1) {
			k-- // "Jane Roe, who": the phrase before the comma
		}
		if as, ae, ok := q.nounPhraseBefore(k, lo); ok && q.wtext(as) != "who" && q.wtext(as) != "which" {
			return q.newSpeaker(Speaker{Span: sp, Entity: q.link.link(q.text, span(q.text, q.ws[as].Start, q.ws[ae].End))})
		}
		return q.newSpeaker(Speaker{Span: sp})
	}
	return q.newSpeaker(Speaker{Span: sp, Entity: q.link.link(q.text, sp)})
}

// cueSpan returns the cue of the reporting word at c, with the words that
// make it one: "according to", and the particle of a phrasal cue ("laid
// out", "weighed in", "made it clear", "critical of").
func (q *quoteScan) cueSpan(c int) *Span {
	e := c
	if q.cueAt(c, c) == cueAccording {
		e = c + 1
	} else if p := particleOf(strings.ToLower(q.wtext(c))); p != "" {
		switch {
		case c+1 < len(q.ws) && strings.EqualFold(q.wtext(c+1), p):
			e = c + 1
		case p == "clear" && c+2 < len(q.ws) && q.wtext(c+1) == "it" && q.wtext(c+2) == "clear":
			e = c + 2
		}
	}
	b := c
	if b > 0 && (q.wtext(b-1) == "not" || q.wtext(b-1) == "n't") && b > 1 && isBe(q.wtext(b-2)) {
		b-- // "was not expected"
	}
	if b > 0 && q.ws[b-1].Kind == reading.Alpha && isBe(q.wtext(b-1)) && q.sentOf(b-1) == q.sentOf(c) {
		// "is expected", "was asked", "were not told": PolNeAR's cue
		// holds the verb's "be", and what carries it ("has been",
		// "will be").
		b--
		if t := q.wtext(b); b > 0 && (t == "been" || t == "be") && (isFiniteAux(q.wtext(b-1)) || isAuxOrAdverb(q.wtext(b-1)) && !isBe(q.wtext(b-1)) && q.wtext(b-1) != "not") {
			b--
		}
	} else {
		b = c
	}
	s := span(q.text, q.ws[b].Start, q.ws[e].End)
	return &s
}

// subjectBefore reads the speaker that ends just before the reporting verb
// at word c, not reaching before word lo: "Trump", "the CDC's Dr. Jane
// Roe", "officials familiar with the talks", "he". An appositive between
// commas is stepped over to the name before it. It returns the first and
// last word, or ok false.
func (q *quoteScan) subjectBefore(c, lo int) (s, e int, ok bool) {
	j := c - 1
	if participle(q.wtext(c)) {
		// "saying" has a subject only in a progressive: "he was saying".
		if j < lo || !isBe(q.wtext(j)) {
			return 0, 0, false
		}
	}
	return q.nounPhraseBefore(c, lo)
}

// nounPhraseBefore reads the speaker's noun phrase that ends before the
// verb at c, stepping back over auxiliaries and adverbs; subjectBefore
// without its check on participles.
func (q *quoteScan) nounPhraseBefore(c, lo int) (s, e int, ok bool) {
	j := c - 1
	for n := 0; j >= lo && n < maxAux && q.ws[j].Kind == reading.Alpha && (isAuxOrAdverb(q.wtext(j)) || isTimeWord(q.wtext(j))); n++ {
		j--
	}
	if j < lo {
		return 0, 0, false
	}
	if t := q.wtext(j); (t == "who" || t == "which") && j > lo {
		// "Jane Roe, who said ...": the relative pronoun is the speaker,
		// linked through the name it stands for.
		return j, j, true
	}
	if q.wtext(j) == ")" {
		// "Rep. Jane Roe (D-Mich.) said": step over the brackets.
		k := j - 1
		for ; k > lo && j-k <= 8 && q.wtext(k) != "("; k-- {
		}
		if k <= lo || q.wtext(k) != "(" {
			return 0, 0, false
		}
		j = k - 1
	}
	for n := 0; n < 3 && j > lo && q.isComma(j); n++ {
		// "Jane Roe, a spokeswoman for the ministry, said": find the comma
		// (or dash) before the appositive; "Jane Roe, 27, a nurse, said"
		// has two.
		mark := q.wtext(j)
		k := j - 1
		for ; k >= lo && j-k <= maxApposite && !q.isTerminal(k) && (q.ws[k].Kind != reading.Quote || q.segOf[k] == 0 || q.segs[q.segOf[k]-1].kind != Direct); k-- {
			if q.isComma(k) && (mark == "," || q.wtext(k) == mark) {
				break // a comma appositive holds no commas; a dash one may
			}
		}
		if k <= lo || j-k > maxApposite || k == j-1 || q.wtext(k) != mark {
			return 0, 0, false
		}
		first := q.wtext(k + 1)
		if q.ws[k+1].Kind == reading.Number && k+2 == j {
			j = k - 1 // "Jane Roe, 27, said": an age
			continue
		}
		// "Tom Berg, Acme's chief executive, said": a name's possessive
		// opens a description of the name before it, the speaker.
		possessive := q.possessiveName(k+1, j)
		if nameWord(first) && !isDeterminer(first) && !possessive {
			// "The harbor master, Ahmed Okafor, wrote": the name is the speaker.
			return k + 1, j - 1, true
		}
		if !isDeterminer(first) && first != "who" && !(first[0] >= 'a' && first[0] <= 'z') && !possessive ||
			q.verbKind[k+1] != cueNone || len(first) > 3 && first[len(first)-2:] == "ed" {
			return 0, 0, false // ", warned that ..., said": a clause, not an appositive
		}
		j = k - 1
		if j > lo && q.wtext(j) == ")" {
			k := j - 1
			for ; k > lo && j-k <= 8 && q.wtext(k) != "("; k-- {
			}
			if q.wtext(k) == "(" {
				j = k - 1
			}
		}
		if j > lo+1 && q.ws[j].Kind == reading.Number && q.isComma(j-1) {
			j -= 2 // "Jane Roe, 27, a nurse, said"
		}
	}
	if j < lo || q.isPunctWord(j) && q.ws[j].Kind != reading.Poss {
		return 0, 0, false
	}
	if t := q.wtext(j); isPronoun(t) {
		return j, j, true
	} else if isObjectPronoun(t) && !(j > lo && q.wtext(j-1) == "of") || endsNounPhrase(t) {
		return 0, 0, false
	}
	e = j
	k := j
	for n := 0; k >= lo && n < maxSubject; n++ {
		w := q.ws[k]
		if w.Kind == reading.Quote && k > lo && k < e && q.possessiveMark(k) {
			k-- // "Sanders' team": a possessive apostrophe
			continue
		}
		if w.Kind == reading.Punct && q.text[w.Start:w.End] == "%" {
			k-- // "42% say"
			continue
		}
		if w.Kind == reading.Punct || w.Kind == reading.Quote {
			break
		}
		if k < e && w.Kind == reading.Alpha && q.text[w.Start:w.End] == "to" && k > lo && q.wtext(k-1) == "close" {
			k -= 2 // "people close to the campaign say"
			continue
		}
		if k < e && w.Kind == reading.Alpha {
			t := q.text[w.Start:w.End]
			if t == "who" {
				// "The officials, who ..." is not reached here; "officials who
				// spoke ..." names the officials: the speaker ends before "who".
				if k > lo && q.ws[k-1].Kind == reading.Alpha && !isPronoun(q.wtext(k-1)) && !endsNounPhrase(q.wtext(k-1)) {
					e = k - 1
					k--
					continue
				}
				break
			}
			if t == "and" && k > lo && nameWord(q.wtext(k-1)) && nameWord(q.wtext(k+1)) {
				k--
				continue // "Trump and Clinton said"
			}
			if t == "in" && k > lo && isNumeral(q.ws[k-1].Kind, q.wtext(k-1)) && isNumeral(q.ws[k+1].Kind, q.wtext(k+1)) {
				k--
				continue // "four in 10 voters said"
			}
			if (t == "them" || t == "us") && k > lo && k == e && q.wtext(k-1) == "of" {
				k -= 2
				continue // "most of them said"
			}
			if endsNounPhrase(t) || isPronoun(t) || isObjectPronoun(t) && t != "her" {
				break
			}
			if k > lo && len(t) > 3 && t[len(t)-2:] == "ed" && !nameWord(t) && nameWord(q.wtext(k-1)) {
				break // "Putin placed his ...": a name and its verb
			}
		}
		k--
	}
	s = k + 1
	for n := 0; s <= e && n < 4; n++ {
		t := q.wtext(s)
		if q.ws[s].Kind != reading.Alpha && q.ws[s].Kind != reading.Abbrev && q.ws[s].Kind != reading.Number || !nameWord(t) && notInSubject(t) {
			s++ // "despite hectoring phone calls, X said": no part of X
			continue
		}
		break
	}
	if s > e {
		return 0, 0, false
	}
	if t := q.wtext(s); s == e && quantifierSubject(t) && strings.HasSuffix(q.wtext(c), "s") && !strings.HasSuffix(q.wtext(c), "ss") {
		return 0, 0, false // "some calls into the hotline": a noun after a quantifier, no verb
	}
	if t := q.wtext(s); s == e && !nameWord(t) && !isPronoun(t) && t[len(t)-1] != 's' && !quantifierSubject(t) && !evidenceNoun(t) {
		return 0, 0, false // one lower-case word that names nobody: "being", "great"
	}
	return s, e, true
}

// evidenceNoun reports whether t, a singular noun alone, names a source
// as a headline does without its article: "..., study finds", "..., poll
// shows", "..., report says".
func evidenceNoun(t string) bool {
	switch t {
	case "study", "report", "poll", "survey", "analysis", "audit", "probe", "review", "research",
		"data", "memo", "filing", "lawsuit", "complaint", "indictment", "official", "source", "watchdog":
		return true
	}
	return false
}

// quantifierSubject reports whether t, alone, can be the subject of a
// reporting verb: "many say", "some argue". Not "both": it floats after
// a subject more often than it is one ("Ann and Ben both declined").
func quantifierSubject(t string) bool {
	switch t {
	case "many", "Many", "some", "Some", "most", "Most", "few", "Few", "several", "Several",
		"another", "Another", "police", "Police":
		return true
	}
	return false
}

// possessiveMark reports whether the quotation mark ws[k] is the
// apostrophe of a plural possessive: "Sanders' team", "voters’ choice".
func (q *quoteScan) possessiveMark(k int) bool {
	w := q.ws[k]
	r, _ := utf8.DecodeRuneInString(q.text[w.Start:])
	return reading.IsApostrophe(r) && k > 0 && q.ws[k-1].End == w.Start && q.text[w.Start-1] == 's'
}

// notInSubject reports whether the lower-case word t cannot open a
// speaker's noun phrase: a preposition or a verb form.
func notInSubject(t string) bool {
	switch t {
	case "despite", "amid", "like", "out", "up", "with", "from", "for", "of", "at", "than",
		"about", "into", "off", "don't", "doesn't", "didn't", "won't", "can't":
		return true
	}
	return participle(t) || len(t) > 3 && t[len(t)-2:] == "ed"
}

// speakerAfter reads the speaker that follows an inverted verb at word c
// (”, said Jane Roe, a spokeswoman.”), up to word hi.
func (q *quoteScan) speakerAfter(c, hi int) (s, e int, ok bool) {
	s = c + 1
	if s >= hi || q.ws[s].Kind == reading.Punct || q.ws[s].Kind == reading.Quote {
		return 0, 0, false
	}
	t := q.wtext(s)
	if isPronoun(t) {
		return s, s, true
	}
	if !nameWord(t) && !isDeterminer(t) && q.ws[s].Kind != reading.Number && t[len(t)-1] != 's' {
		// Not "said officials" but maybe "said former governor Ed Rendell":
		// a name must follow soon.
		named := false
		for k := s + 1; k < hi && k-s <= 4 && !q.isPunctWord(k); k++ {
			named = named || nameWord(q.wtext(k))
		}
		if !named {
			return 0, 0, false
		}
	}
	if endsSpeakerAfter(t) {
		return 0, 0, false
	}
	e = s
	for k := s + 1; k < hi && k-s < maxSubject; k++ {
		w := q.ws[k]
		if w.Kind == reading.Quote && k+1 < hi && q.possessiveMark(k) && q.ws[k+1].Kind == reading.Alpha {
			continue // "the dockworkers' union"
		}
		if w.Kind == reading.Punct || w.Kind == reading.Quote {
			break
		}
		if t := q.text[w.Start:w.End]; w.Kind == reading.Alpha && (endsSpeakerAfter(t) || isAuxOrAdverb(t)) {
			break // "said the ward would close": a clause, no speaker
		}
		e = k
	}
	return s, e, true
}

// direct pairs the quotation marks and attributes every quoted segment.
func (q *quoteScan) direct() {
	q.pairMarks()
	q.nextSeg[len(q.ws)] = int32(len(q.ws))
	for i := len(q.ws) - 1; i >= 0; i-- {
		q.nextSeg[i] = q.nextSeg[i+1]
		if q.segOf[i] != 0 {
			q.nextSeg[i] = int32(i)
		}
	}
	var prev *segment // the last attributed segment, for quotes that go on
	prevPara := -2
	lastOut := -1 // index in q.out of the last direct quote, and its segment
	var lastSeg *segment
	for i := range q.segs {
		g := &q.segs[i]
		q.attributeSegment(g)
		para := q.paraOf(g.open)
		if g.speaker == nil && g.kind == Direct && prev != nil && q.opensParagraphOrSentence(q.markStart(g.open)) &&
			(para == prevPara || para == prevPara+1 && prev.close >= 0 && q.endsParagraph(prev.close)) {
			// A quote that goes on from the same speaker's last one.
			g.speaker = prev.speaker
		}
		if g.speaker != nil {
			prev, prevPara = g, q.paraOf(g.lastWord(q))
		}
		if g.kind == Partial && (g.speaker == nil || q.titleCase(g)) || g.kind == Direct && !g.endPunct && q.titleCase(g) && q.wordsIn(g) >= 2 ||
			g.kind == Direct && g.cue == nil && q.wordsIn(g) == 1 {
			// A title, or one quoted word standing alone with no verb of
			// saying (“Politicking.”): a label, not words reported.
			continue // scare quotes, titles: nobody is reported saying them
		}
		if lastSeg != nil && g.kind == Direct && g.speaker != nil && lastSeg.speaker != nil &&
			g.speaker.Start == lastSeg.speaker.Start && lastSeg.close >= 0 &&
			(g.cue == nil || lastSeg.cue != nil && g.cue.Start == lastSeg.cue.Start) &&
			q.paraOf(lastSeg.close) == para && g.open-lastSeg.close <= maxMerge &&
			g.start-q.out[lastOut].End <= q.out[lastOut].End-q.out[lastOut].Start+g.end-g.start {
			// “The best way,” she said, “is peace.” / “A,” he said. “B.”: one
			// quote, interrupted by its attribution, when the attribution
			// is shorter than the words it interrupts.
			x := &q.out[lastOut]
			x.End = g.end
			x.Text = q.text[x.Start:x.End]
			x.Parts = append(x.Parts, span(q.text, g.start, g.end))
			lastSeg = g
			continue
		}
		q.out = append(q.out, Quote{Span: span(q.text, g.start, g.end), Kind: g.kind, Speaker: g.speaker, Cue: g.cue,
			Parts: []Span{span(q.text, g.start, g.end)}})
		lastOut, lastSeg = len(q.out)-1, nil
		if g.kind == Direct {
			lastSeg = g
		}
	}
}

// lowerRun reports whether words k..s-1, at most two, are lower-case
// words: "retired", "former" before a speaker's title and name.
func (q *quoteScan) lowerRun(k, s int) bool {
	if s-k > 2 {
		return false
	}
	for ; k < s; k++ {
		if t := q.wtext(k); q.ws[k].Kind != reading.Alpha || t[0] < 'a' || t[0] > 'z' {
			return false
		}
	}
	return true
}

// stopThenCapital reports whether the quoted segment g ends with a full
// stop and the word after its closing mark is capitalized.
func (q *quoteScan) stopThenCapital(g *segment) bool {
	if g.close < 0 || g.close+1 >= len(q.ws) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(q.text[g.start:q.ws[g.close].Start], " '’\t\n"))
	n := q.wtext(g.close + 1)
	if r != '.' || n[0] < 'A' || n[0] > 'Z' {
		return false
	}
	// “We will win.” Roe said.: a sentence that is only an attribution
	// still belongs to the quote.
	lo, hi := q.sentRange(g.close + 1)
	for hi > lo && q.isTerminal(hi-1) {
		hi--
	}
	for n := 0; hi > lo && n < 3 && isTimeWord(q.wtext(hi-1)); n++ {
		hi--
	}
	return !(hi > lo && hi-lo <= maxSubject && q.cueAt(hi-1, lo) != cueNone)
}

// endsParagraph reports whether only closing punctuation follows word i
// in its paragraph.
func (q *quoteScan) endsParagraph(i int) bool {
	p := q.paraOf(i)
	if p < 0 {
		return false
	}
	_, w1 := q.paraWords(p)
	for k := i + 1; k < w1; k++ {
		if !q.isTerminal(k) {
			return false
		}
	}
	return true
}

func (g *segment) lastWord(q *quoteScan) int {
	if g.close >= 0 {
		return g.close
	}
	return g.open
}

func (q *quoteScan) paraOf(i int) int {
	si := q.sentOf(i)
	if si < 0 {
		return -1
	}
	return q.d.Sents[si].Para
}

// opensParagraphOrSentence reports whether word i is the first of its sentence.
func (q *quoteScan) opensParagraphOrSentence(i int) bool {
	lo, _ := q.sentRange(i)
	return i == lo
}

// attributeSegment sets the kind, speaker and cue of a quoted segment from
// the words around its marks.
func (q *quoteScan) attributeSegment(g *segment) {
	lo, _ := q.sentRange(g.open)
	open := q.markStart(g.open)
	last := g.lastWord(q)
	_, hi := q.sentRange(last)
	if g.close < 0 {
		hi = last + 1
	}
	// Where the quote stands in its sentence.
	opensClause := open == lo
	before := -1 // the word before the opening mark
	if open > lo {
		before = open - 1
		switch q.wtext(before) {
		case ":", ",", "—", "–", "--", "(", "-":
			opensClause = true
		default:
			opensClause = q.cueAt(before, lo) != cueNone || q.wtext(before) == "that"
		}
	}
	closesClause := g.close < 0 || g.close+1 >= hi
	after := g.close + 1
	if g.close >= 0 && !closesClause {
		switch {
		case q.isTerminal(after), q.isComma(after), q.ws[after].Kind == reading.Quote:
			closesClause = true
		default:
			// ”, he said / ” he said, when the quote ends in , ? !
			closesClause = g.endPunct
		}
	}
	g.kind = Partial
	if opensClause && closesClause {
		g.kind = Direct
	}

	// 1. A trailer: ”, the ministry said. / ”, said Jane Roe. / ” he said.
	// After “...?” the trailer is cut off as a sentence of its own.
	// But “... true.” He said ...: after a full stop a capital opens a
	// sentence of its own, whose verb is not this quote's.
	if g.close >= 0 && g.close+1 == hi && g.close+1 < len(q.ws) && q.sentOf(g.close+1) >= 0 &&
		q.paraOf(g.close+1) == q.paraOf(g.close) && !q.stopThenCapital(g) {
		_, hi = q.sentRange(g.close + 1)
	}
	if g.close >= 0 && g.close+1 < hi && closesClause {
		k := g.close + 1
		if t := q.wtext(k); t == "—" || t == "–" || t == "―" || t == "--" || t == "-" {
			// “We will win.” — Jane Roe, the mayor: a speaker set off by a
			// dash, which is the cue (as PolNeAR marks it).
			if s, e, ok := q.speakerAfter(k, hi); ok && nameWord(q.wtext(s)) && (e+1 >= hi || q.isTerminal(e+1) || q.isComma(e+1)) {
				g.speaker = q.speakerSpan(s, e)
				g.cue = q.cueSpan(k)
				return
			}
		}
		if q.isComma(k) {
			k++
		}
		for c := k; c < hi && c-k < maxTrailer; c++ {
			if q.wtext(c) == "(" && c > k && nameWord(q.wtext(c-1)) {
				// ”, Sen. Ana Ruiz (D-Maine) said: a name's bracket.
				if b := q.bracketEnd(c, hi); b > 0 {
					c = b
					continue
				}
			}
			if q.isTerminal(c) || q.ws[c].Kind == reading.Quote {
				break
			}
			kind := q.cueAt(c, k)
			if kind != cueNone && kind != cueAccording && c > k && afterPreposition(q.wtext(c-1)) {
				// ”, Ana Ruiz, the head of forecasting, said: a gerund or
				// noun after a preposition is no verb of the trailer.
				kind = cueNone
			}
			if kind == cueNone || kind == cueAccording && c != k {
				if kind == cueAccording {
					break
				}
				continue
			}
			if kind == cueAccording {
				if s, e, ok := q.speakerAfter(c+1, hi); ok {
					q.setSource(g, s, e, c)
				}
				break
			}
			if c == k {
				if s, e, ok := q.speakerAfter(c, hi); ok {
					q.setSource(g, s, e, c)
				}
			} else if s, e, ok := q.subjectBefore(c, k); ok && (s == k || q.lowerRun(k, s)) {
				// ”, retired Air Force general Ann Roe said.: the speaker's
				// lower-case modifiers stay out of the span.
				q.setSource(g, s, e, c)
			} else if ok && s > k+1 && q.wtext(s-1) == "," && q.description(k, s-1) {
				// ”, the agency's spokesman, Dana Whitfield, said: the
				// speaker is the name, its description part of the span.
				q.setSource(g, s, e, c)
				g.speaker = q.speakerSpanHead(k, q.subjectExtent(e, c), s, e)
			}
			break
		}
		if g.speaker == nil && g.kind == Direct {
			q.trailerVerb(g, k, hi)
		}
		if g.speaker != nil {
			return
		}
	}

	// 2. A lead-in: Trump said: “ / he argued that “ / said on Friday, “
	// or the end of the paragraph before: Zelenskyy said on Friday:
	from, flo := open-1, lo
	if open == lo && q.paraOf(open) > 0 && open == q.d.Sents[q.d.Paras[q.paraOf(open)].Sent0].Word0 {
		// The paragraph before may lead in: "Zelenskyy said on Friday:" or
		// a last sentence ending on its verb ("..., she wrote.").
		if p := open - 1; p >= 0 && q.sentOf(p) >= 0 {
			flo, _ = q.sentRange(p)
			from = p
			if q.isTerminal(p) && g.kind == Direct {
				from = p - 1
			} else if q.wtext(p) != ":" {
				from = -1
			}
		}
	}
	if from >= flo {
		colon := q.wtext(from) == ":"
		if colon || q.isComma(from) {
			from--
		}
		if colon && from > flo && g.kind == Direct && q.ws[from].Kind == reading.Alpha && !nameWord(q.wtext(from)) &&
			q.cueAt(from, flo) == cueNone && !isAuxOrAdverb(q.wtext(from)) && !endsNounPhrase(q.wtext(from)) {
			// "Kasich resisted: “...”": before a colon any verb introduces
			// the quote.
			if s, e, ok := q.subjectBefore(from, flo); ok && !isDeterminer(q.wtext(e)) && (s == flo || q.isComma(s-1)) {
				q.setSource(g, s, e, from)
				return
			}
		}
		if colon && from >= flo && g.kind == Direct && nameWord(q.wtext(from)) {
			// "Pollster Ann Roe: “...”", "More from Roe: “...”": a name
			// alone before the colon is the speaker.
			s := from
			for s > flo && from-s < maxSubject && (nameWord(q.wtext(s-1)) || q.ws[s-1].Kind == reading.Abbrev) {
				s--
			}
			verb := false
			for k := flo; k < s && !verb; k++ {
				t := q.wtext(k)
				verb = q.ws[k].Kind != reading.Alpha || q.verbKind[k] != cueNone || isFiniteAux(t) || len(t) > 3 && strings.HasSuffix(t, "ed")
			}
			if !verb && s-flo <= 3 {
				g.speaker = q.speakerSpan(s, from)
				return
			}
		}
		for c := from; c >= flo && from-c < maxLeadIn; c-- {
			if q.ws[c].Kind == reading.Quote || q.isTerminal(c) {
				break
			}
			kind := q.cueAt(c, flo)
			if kind == cueNone {
				continue
			}
			if kind == cueMention && g.kind == Direct {
				break
			}
			q.attachSubject(g, c, flo)
			if g.speaker != nil {
				return
			}
			break
		}
	}

	// 3. A partial quote takes the subject of the nearest verb before it
	// in its clause: Putin alluded to an “agreement”.
	if g.kind == Partial {
		for c := open - 1; c >= lo && open-c <= maxPartialCu; c-- {
			if q.ws[c].Kind == reading.Quote || q.isTerminal(c) {
				break
			}
			kind := q.cueAt(c, lo)
			if kind == cueNone {
				continue
			}
			if kind == cueAccording {
				if s, e, ok := q.speakerAfter(c+1, open); ok {
					q.setSource(g, s, e, c)
				}
				return
			}
			q.attachSubject(g, c, lo)
			return
		}
	}
}

// attachSubject gives g the subject of the verb at c as speaker; a
// participle after a comma ("..., adding that “...”") takes the speaker of
// the quote before it in the sentence.
func (q *quoteScan) attachSubject(g *segment, c, lo int) {
	if s, e, ok := q.subjectBefore(c, lo); ok {
		q.setSource(g, s, e, c)
		return
	}
	if q.participleAfterComma(c, lo) {
		sp := q.speakerBefore(g.open, lo)
		if sp == nil {
			if s, e, ok := q.sentenceSubject(lo, c); ok {
				sp = q.speakerSpan(s, e)
			}
		}
		if sp != nil {
			g.speaker = sp
			g.cue = q.cueSpan(c)
			if g.kind == Direct {
				q.usedCue[c] = 1
			}
		}
	}
}

// speakerBefore returns the speaker of the last quote found in the same
// sentence before word i, or nil. The quoted segments are searched from
// the one before i (a few of them), wherever i stands in the text: the
// reported speech is read after every quoted segment is attributed.
func (q *quoteScan) speakerBefore(i, lo int) *Speaker {
	start := q.ws[lo].Start
	first, _ := slices.BinarySearchFunc(q.segs, i, func(g segment, i int) int { return cmp.Compare(g.open, i) })
	for k := first - 1; k >= 0 && first-k <= maxSegsBack; k-- {
		g := &q.segs[k]
		if g.lastWord(q) < lo {
			break
		}
		if g.speaker != nil {
			return g.speaker
		}
	}
	for k := len(q.out) - 1; k >= 0 && len(q.out)-k <= 4; k-- {
		x := q.out[k]
		if x.Start >= start && x.Start < q.ws[i].Start && x.Speaker != nil {
			return x.Speaker
		}
	}
	return nil
}

// setSource gives g the speaker s..e and the cue at c. A direct quote
// spends its cue; a partial one leaves it to the reported speech around it.
func (q *quoteScan) setSource(g *segment, s, e, c int) {
	if e < c {
		g.speaker = q.subjectSpeaker(s, e, c)
	} else {
		g.speaker = q.speakerSpan(s, e)
	}
	g.cue = q.cueSpan(c)
	if g.kind == Direct {
		q.usedCue[c] = 1
	}
}

// wordsIn counts the words of the quoted segment g, up to 9.
func (q *quoteScan) wordsIn(g *segment) int {
	n := 0
	for k := g.open + 1; k < len(q.ws) && q.ws[k].Start < g.end && n < 9; k++ {
		if q.ws[k].Kind == reading.Alpha {
			n++
		}
	}
	return n
}

// titleCase reports whether a short quoted phrase has every word
// capitalized, as the title of a show, book or film has ("Meet the
// Press" aside, whose small words are let through).
func (q *quoteScan) titleCase(g *segment) bool {
	n := 0
	for k := g.open + 1; k < len(q.ws) && q.ws[k].Start < g.end; k++ {
		w := q.ws[k]
		if w.Kind != reading.Alpha {
			continue
		}
		t := q.text[w.Start:w.End]
		if !nameWord(t) {
			switch t {
			case "the", "of", "a", "an", "and", "in", "on", "for", "to", "with":
				continue
			}
			return false
		}
		if n++; n > 8 {
			return false
		}
	}
	return n > 0
}

// isNumeral reports whether a word of kind k and text t is a number,
// in digits or a small one in letters.
func isNumeral(k reading.Kind, t string) bool {
	if k == reading.Number {
		return true
	}
	switch t {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten":
		return true
	}
	return false
}

// trailerVerb reads a short trailer made of a speaker and any verb, the
// words k..hi after a direct quote: ” Hannity pressed. / ” the ad states.
// After a quotation the verb introduces it whatever it is.
func (q *quoteScan) trailerVerb(g *segment, k, hi int) {
	t := k
	for t < hi && t-k <= 8 && !q.isTerminal(t) && !q.isPunctWord(t) {
		t++
	}
	if t >= hi || !q.isTerminal(t) || t-k < 2 || t-k > 8 {
		return
	}
	v := t - 1
	if w := q.wtext(v); v > k+1 && strings.HasSuffix(w, "ly") {
		v-- // ” she countered sharply.
	}
	w := q.wtext(v)
	if q.ws[v].Kind != reading.Alpha || nameWord(w) || len(w) < 4 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "ss") {
		return
	}
	if s, e, ok := q.subjectBefore(v, k); ok && s == k && e == v-1 {
		q.setSource(g, s, e, v)
	}
}

// subjectSpeaker makes the Speaker of the subject s..e of the verb at c,
// its span running on over what stands between the head and the verb
// when that is the speaker's own: "Sen. Ana Ruiz (D-Maine)", "Ana Ruiz, a
// doctor at the clinic,", "the officer who led the raid". The entity is
// the head's.
func (q *quoteScan) subjectSpeaker(s, e, c int) *Speaker {
	if x := q.subjectExtent(e, c); x > e {
		return q.speakerSpanHead(s, x, s, e)
	}
	return q.speakerSpan(s, e)
}

// speakerSpanHead makes the Speaker of words s..e linked to the entity of
// its head, words hs..he: "Tom Berg, Acme's chief executive" is Tom Berg.
func (q *quoteScan) speakerSpanHead(s, e, hs, he int) *Speaker {
	sp := q.speakerSpan(hs, he)
	return q.newSpeaker(Speaker{Span: span(q.text, q.ws[s].Start, q.ws[e].End), Entity: sp.Entity})
}

// subjectExtent returns the last word of the speaker whose head ends at
// word e, before the verb at c: e, or the end of a bracket ("(D-Maine)"),
// of an appositive opened by a determiner and closed by a comma before
// the verb (", a doctor at the clinic,"), or of a relative clause with no
// comma up to the verb ("who led the raid"). Auxiliaries and adverbs
// before the verb stay out.
func (q *quoteScan) subjectExtent(e, c int) int {
	if c <= e+1 || c-e > maxApposite+4 {
		return e
	}
	j := c - 1 // the last word before the verb's auxiliaries
	for n := 0; j > e && n < maxAux && q.ws[j].Kind == reading.Alpha && (isAuxOrAdverb(q.wtext(j)) || isTimeWord(q.wtext(j))); n++ {
		j--
	}
	if j <= e {
		return e
	}
	x := e + 1
	end := e
	if q.wtext(x) == "(" {
		k := x + 1
		for ; k <= j && k-x <= 8 && q.wtext(k) != ")"; k++ {
			if q.ws[k].Kind == reading.Quote || q.wtext(k) == "(" {
				return e
			}
		}
		if k > j || q.wtext(k) != ")" {
			return e
		}
		end, x = k, k+1
		if x > j {
			return end
		}
	}
	switch t := q.wtext(x); {
	case t == "," && q.wtext(j) == "," && x < j-1 && (isArticle(q.wtext(x+1)) || q.possessiveName(x+1, j)):
		// ", a doctor at the clinic,": one comma-free phrase.
		for k := x + 1; k < j; k++ {
			if q.isPunctWord(k) && q.ws[k].Kind != reading.Poss && !q.possessiveMark(k) || q.verbKind[k] != cueNone && q.nounOf[k] == 0 {
				return end
			}
		}
		return j - 1
	case (t == "who" || t == "that") && x < j && end == e:
		// "who led the raid": a clause of words, no punctuation.
		for k := x + 1; k <= j; k++ {
			if q.isPunctWord(k) && q.ws[k].Kind != reading.Poss && !q.possessiveMark(k) {
				return end
			}
		}
		return j
	}
	return end
}

// isArticle reports whether t is an article.
func isArticle(t string) bool {
	switch t {
	case "a", "an", "the", "A", "An", "The":
		return true
	}
	return false
}

// bracketEnd returns the word that closes the bracket opened at word o,
// before hi and within a few words, or -1.
func (q *quoteScan) bracketEnd(o, hi int) int {
	for k := o + 1; k < hi && k-o <= 8; k++ {
		switch {
		case q.wtext(k) == ")":
			return k
		case q.ws[k].Kind == reading.Quote || q.wtext(k) == "(" || q.isTerminal(k) && q.wtext(k) != ".":
			return -1
		}
	}
	return -1
}

// description reports whether words s..e-1 describe a person before the
// name that follows them: "the agency's spokesman", "another critic" —
// words and possessives, no verb and no punctuation.
func (q *quoteScan) description(s, e int) bool {
	if e-s > maxApposite {
		return false
	}
	for k := s; k < e; k++ {
		if w := q.ws[k].Kind; w == reading.Punct || w == reading.Quote && !q.possessiveMark(k) {
			return false
		}
		if t := q.wtext(k); q.verbKind[k] != cueNone && q.nounOf[k] == 0 || isPronoun(t) || isAuxOrAdverb(t) || participle(t) {
			return false
		}
	}
	return true
}

// possessiveName reports whether words from k on, before word j, are a
// name and its possessive: "Acme's", "Tom Berg's".
func (q *quoteScan) possessiveName(k, j int) bool {
	for m := k; m+1 < j && m-k < 4 && nameWord(q.wtext(m)); m++ {
		if q.ws[m+1].Kind == reading.Poss {
			return true
		}
	}
	return false
}

// afterPreposition reports whether t is a preposition after which a
// reporting word is a gerund or a noun: "head of forecasting", "known for
// warning".
func afterPreposition(t string) bool {
	switch t {
	case "of", "for", "on", "in", "about", "after", "before", "with", "without", "by", "from", "at":
		return true
	}
	return false
}
