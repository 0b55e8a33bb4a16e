package quotes

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/newsparse/newsparse/internal/names"
	"github.com/newsparse/newsparse/internal/reading"
)

// maxNested bounds the attributions read inside another one's content in
// a sentence: each reads its clause to the sentence's end at most.
const maxNested = 4

// reported finds indirect speech, sentence by sentence: "X said (that)
// CONTENT", "CONTENT, X said", "CONTENT, said X", "According to X,
// CONTENT" and "CONTENT, according to X". Each sentence's words are read
// a bounded number of times.
func (q *quoteScan) reported() {
	if h := q.d.Headline; h != nil && len(q.d.Header) > 0 && q.d.Header[0].Start == h.Start {
		q.reportedIn(q.d.Header[0].Word0, q.d.Header[0].WordEnd)
	}
	for _, s := range q.d.Sents {
		q.reportedIn(s.Word0, s.WordEnd)
	}
}

// contentEnd returns the index after the last word of the sentence lo..hi
// that belongs to a reported clause: closing punctuation is left out.
func (q *quoteScan) contentEnd(lo, hi int) int {
	for hi > lo && (q.isTerminal(hi-1) || q.ws[hi-1].Kind == reading.Quote || q.isComma(hi-1)) {
		hi--
	}
	return hi
}

func (q *quoteScan) reportedIn(lo, hi int) {
	end := q.contentEnd(lo, hi)
	// "While Putin ... and Trump promised to ..., uncertainty lingers": a
	// sentence that opens with a subordinate clause reports up to its comma.
	subEnd := end
	if lo < end && isSubordinator(q.wtext(lo)) {
		for k := lo + 1; k < end; k++ {
			if q.isComma(k) {
				subEnd = k
				break
			}
		}
	}
	if x, ok := q.inSource(lo, end); ok {
		q.out = append(q.out, x)
		return
	}
	q.frames(lo, end) // quote_frames.go: "In a poll released Sunday, ...", "X reportedly ..."

	pending := -1 // index in q.out of the last quote read forward ("X said ...")
	coverTo := lo // words before coverTo lie in that quote's content
	var last *Speaker
	pendFrom := lo // the first word of that quote's content
	nests := 0     // attributions read inside another one's content
	for c := lo; c < end; c++ {
		if q.verbKind[c]|q.look[c] == 0 || q.segOf[c] != 0 || q.usedCue[c] != 0 {
			continue // no cue, nor a noun or word that reads as one; or quoted, or spent
		}
		if t := q.wtext(c); (t == "asked" || t == "Asked") && c >= coverTo && !q.hasSubject(c, lo) {
			if x, to, ok := q.askedWh(c, end); ok {
				q.out = append(q.out, x)
				pending, pendFrom, coverTo = len(q.out)-1, c+1, to
				continue
			}
		}
		kind := q.cueAt(c, lo)
		if kind != cueNone && kind != cueAccording && c > lo && nounBefore(q.wtext(c-1)) {
			kind = cueNone // "the biggest decline", "our worst fears": a noun, no verb
		}
		if kind == cueNone && c >= coverTo {
			if x, to, ok := q.nounCue(c, lo, end); ok {
				q.out = append(q.out, x)
				pending, pendFrom, coverTo = len(q.out)-1, c+1, to
				if x.Speaker != nil {
					last = x.Speaker
				}
				continue
			}
		}
		if kind == cueQuote && c+1 < end && strings.HasPrefix(q.wtext(c), "wonder") {
			switch q.wtext(c + 1) {
			case "whether", "if", "what", "why", "how", "who", "where", "when", "about":
				kind = cueReport // "voters wonder whether ...": a question reported
			}
		}
		if kind == cueNone || kind == cueQuote {
			continue
		}
		if kind == cueSeem && c < coverTo {
			continue
		}
		if kind == cueSeem && c+2 < end && q.wtext(c+1) == "to" && q.verbKind[c+2] == cueReport {
			continue // "she appeared to imply that ...": the subject speaks, through the second verb
		}
		if kind == cueBelief || kind == cueIntent {
			if !q.attitudeFrame(c, lo, end, kind) {
				continue
			}
			kind = cueReport
		}
		if kind == cueAccording {
			if x, ok := q.according(c, lo, end); ok {
				q.cutPending(pending, c)
				q.out = append(q.out, x)
				last = x.Speaker
				if x.Start > q.ws[c].Start {
					pending, pendFrom, coverTo = len(q.out)-1, c+1, end
				}
			}
			continue
		}
		// "As X noted, CONTENT." / "CONTENT, as X noted.": the writer
		// borrows X's words for the main clause.
		if kind == cueReport && c >= coverTo {
			if x, to, ok := q.asClause(c, lo, end); ok {
				q.cutPending(pending, c)
				q.out = append(q.out, x)
				last = x.Speaker
				pending, coverTo = len(q.out)-1, to
				continue
			}
		}
		// Content before the verb: "CONTENT, X said." or "CONTENT, said X."
		if kind == cueReport {
			if x, ok := q.trailing(c, lo, hi, end); ok {
				q.cutPending(pending, c)
				q.out = append(q.out, x)
				last = x.Speaker
				continue
			}
		}
		nested := c < coverTo
		if nested && kind != cueReport {
			continue // "X said Y was seen as Z": part of X's words
		}
		// Content after the verb: "X said (that) CONTENT".
		var sp *Speaker
		subj := -1
		if s, e, ok := q.subjectBefore(c, lo); ok {
			subj = s
			if nested {
				// "X said A, B claimed C": B's claim is read too, and A ends
				// before it; "X said B claimed C" stays X's. A few a sentence.
				if nests >= maxNested || kind == cueSeem || q.passive(c, lo, end) || !q.opensNested(s, pendFrom) {
					continue
				}
				nests++
			}
			if kind == cueSeem || q.passive(c, lo, end) {
				// "The vote is expected to slip", "the deal seemed shaky":
				// the subject is no source; the clause is what is held.
				if x, ok := q.passiveBy(c, s, e, end); ok {
					q.cutPending(pending, c)
					q.out = append(q.out, x)
					continue
				}
				if x, to, ok := q.sourceless(c, s, end, subEnd); ok {
					q.cutPending(pending, c)
					q.out = append(q.out, x)
					pending, pendFrom, coverTo = len(q.out)-1, c+1, to
				}
				continue
			}
			sp = q.subjectSpeaker(s, e, c)
		} else if kind == cueSeem || nested {
			continue
		} else if s, e, ok := q.infinitiveSubject(c, lo); ok {
			sp = q.speakerSpan(s, e)
		} else if s, e, ok := q.reducedRelative(c, lo); ok {
			sp = q.speakerSpan(s, e) // "a statement saying that ..."
		} else if q.participleAfterComma(c, lo) || q.coordinated(c, lo) {
			// "..., adding that ..." and "... and says that ...": the
			// speaker of the sentence.
			if sp = last; sp == nil {
				sp = q.speakerBefore(c, lo)
			}
			if sp == nil {
				if s, e, ok := q.sentenceSubject(lo, c); ok {
					sp = q.speakerSpan(s, e)
				}
			}
			if sp == nil && !participle(q.wtext(c)) {
				continue // a participle's words are reported even when its speaker is unclear
			}
		} else if kind == cueReport && q.finiteReport(c, lo) {
			// "Trump, speaking to veterans, said he ...", "all the experts I
			// interviewed said ...": a subject too involved to delimit; the
			// words are reported all the same, by the sentence's subject
			// when it opens the sentence plainly.
			for k := c - 1; k > lo && c-k <= 4; k-- {
				if t := q.wtext(k); (t == "who" || t == "which") && q.isComma(k-1) {
					sp = q.speakerSpan(k, k) // ", who in 2010 said"
					break
				}
			}
			if s, e, ok := q.sentenceSubject(lo, c); ok && sp == nil && !isDeterminer(q.wtext(e)) {
				sp = q.speakerSpan(s, e)
			}
		} else {
			continue
		}
		from, min := q.contentStart(c, end), 2
		thatClause := from > c+1 && q.wtext(from-1) == "that"
		if kind == cueMention || c+1 < end && isCuePreposition(q.wtext(c+1)) && !thatClause {
			// alluded to ..., called for ..., warned of ..., spoke about ...
			kind = cueMention
			from, min = q.objectStart(c, end), 1
		}
		if from < 0 || q.opensNounCue(from, end) {
			continue // "expressed support for ...": the noun reports, the verb's subject holds it
		}
		if c+1 < end && q.wtext(c+1) == "by" && strings.HasSuffix(q.wtext(c), "ed") {
			continue // "reported by the Times": a passive, its source after "by"
		}
		to := q.clauseEndOf(from, end, kind == cueMention)
		if sp != nil && (sp.Text == "who" || sp.Text == "which") {
			// "The director, who said the ward would close, left.": the
			// relative clause ends at its comma.
			for k := from + 1; k < to; k++ {
				if q.isComma(k) && q.segOf[k] == 0 {
					to = k
					break
				}
			}
		}
		if c < subEnd && to > subEnd {
			to = subEnd
		}
		if q.onlyTime(from, to) {
			continue // "said on Thursday": when it was said, never what
		}
		if to-from < min || q.segOf[from] != 0 && q.segOf[to-1] == q.segOf[from] {
			continue // nothing reported, or a direct quote that says it all
		}
		if from == c+1 && (strings.HasPrefix(q.wtext(c), "tel") || q.wtext(c) == "told") {
			if n := q.wtext(from); (nameWord(n) || isDeterminer(n) && from+1 < to && nameWord(q.wtext(from+1))) && !q.holdsVerb(from, to) {
				continue // "told The Huffington Post on Thursday": a hearer, nothing told
			}
		}
		if kind == cueMention && q.quotedPhrase(from, to) {
			continue // "spoke of “great progress”": the partial quote says it
		}
		if nested {
			q.cutNested(pending, subj)
		}
		cue := q.cueSpan(c)
		if thatClause {
			from-- // the clause reported is "that ...", its complementizer included
		}
		q.out = append(q.out, Quote{
			Span: span(q.text, q.ws[from].Start, q.ws[to-1].End), Kind: Indirect,
			Speaker: sp, Cue: cue,
		})
		last = sp
		pending, coverTo, pendFrom = len(q.out)-1, to, from
	}
}

// clauseEnd returns where the reported clause that starts at word from
// ends, at most at end: before a comma or dash that opens another clause
// (", and he railed ...", ", adding that ...", " - but she insisted").
func (q *quoteScan) clauseEnd(from, end int) int {
	return q.clauseEndOf(from, end, false)
}

// clauseEndOf is clauseEnd for a clause (np false) or for a noun phrase that
// a verb names (np true). After a noun phrase, or after the clause's own
// verb, ", who ...", ", a ...", ", with ..." add the writer's words: "the
// deal with Ann Roe, a banker who ..." names the deal, not the banker.
func (q *quoteScan) clauseEndOf(from, end int, np bool) int {
	if from >= end {
		return end // nothing left to read: the clause, if any, is empty
	}
	verb := np // whether the words so far hold a verb (an object counts as one)
	sub := false
	switch t := q.wtext(from); t {
	case "if", "when", "while", "although", "though", "because", "as", "even", "once", "unless", "since", "until":
		sub = true
	default:
		sub = isSubordinator(t) || t == "Even" // the clause opens with a subordinate one, its main clause after a comma
	}
	commas := 0     // commas so far: a list's items
	finite := false // a surer sign than verb: an auxiliary or a past form after no determiner
	for k := from + 1; k+1 < end; k++ {
		tk := q.wtext(k)
		if !finite {
			t := q.wtext(k - 1)
			aux := isFiniteAux(t)
			past := pastForm(t)
			verb = verb || q.verbKind[k-1] != cueNone || aux || past
			finite = aux || past && (k-2 < from || !isDeterminer(q.wtext(k-2)))
		}
		if t := tk; (t == "and" || t == "but") && q.segOf[k] == 0 && (q.coordinatedCue(k, end) || verb && !isPronoun(q.wtext(k-1)) && !nameWord(q.wtext(k-1)) && q.subjectCue(k+1, end)) {
			// "said A and promised B": the second verb, sharing the
			// subject, reports words of its own.
			if q.isComma(k - 1) {
				return k - 1
			}
			return k
		}
		if q.ws[k-1].Kind == reading.Quote && q.segOf[k-1] != 0 && q.segOf[k] == 0 {
			// “great progress,” though neither ...: after a closing mark a
			// conjunction and a new subject start another clause.
			switch tk {
			case "and", "but", "though", "although", "while", "as":
				if n := q.wtext(k + 1); isDeterminer(n) || isPronoun(n) || nameWord(n) || n == "neither" || n == "both" {
					return k
				}
			}
		}
		if q.segOf[k] == 0 && q.ws[k].Kind == reading.Punct && tk == ";" {
			return k // "said A; B": B is the writer's again
		}
		if np && (tk == "in" || tk == "during") && q.segOf[k] == 0 && q.speechSetting(k, end) {
			return k // "criticized the plan in a statement on Thursday": where, not what
		}
		if np && q.segOf[k] == 0 && q.wtext(from) != "to" && q.closingTime(k, end) && (q.wtext(k) != "in" || q.pastBefore(from)) {
			return k // "disputed the schedule on Friday": when, not what
		}
		if np && (tk == "and" || tk == "but") && q.segOf[k] == 0 && q.predicateAt(k+1, end) {
			// "condemned the test and pledged new sanctions": the object
			// ends where the subject's next verb phrase begins.
			if q.isComma(k - 1) {
				return k - 1
			}
			return k
		}
		if k >= 2 && q.ws[k-1].Kind == reading.Quote && q.segOf[k-1] != 0 && q.segOf[k] == 0 && q.isComma(k-2) &&
			(participle(tk) && tk != "including" || q.cueAt(k, k) != cueNone) {
			return k // “about right,” adding that ...: the comma stands inside the mark
		}
		if verb && q.segOf[k] == 0 {
			switch tk {
			case "—", "–", "--", "-":
				switch q.wtext(k + 1) {
				case "a", "an", "the", "though", "but":
					return k // "said X — a claim ...": the writer's gloss
				}
				if q.newClauseAt(k+1, end) {
					return k // "said X — Roe disagreed": a clause of its own
				}
			}
		}
		if !q.isComma(k) || q.segOf[k] != 0 {
			continue
		}
		if commas > 0 && tk == "," && (q.wtext(k+1) == "and" || q.wtext(k+1) == "or") && q.listItemAt(k+2, end) {
			continue // "A, B, and C": the last item of a list
		}
		if tk == "," {
			commas++
		}
		if !finite && !sub && k > from {
			// "Millennials, numbering 75 million, surpassed ...", "she, too,
			// wants ...": a phrase set off inside the subject, its verb after.
			if j := q.parentheticalEnd(k, end); j > 0 {
				k = j
				continue
			}
		}
		if q.opensClauseAfterComma(k + 1) {
			return k
		}
		if verb && !sub {
			switch q.wtext(k + 1) {
			case "who", "when", "with", "just", "a", "an", "the", "whose", "however", "compared":
				return k
			case "he", "she", "they", "I", "we", "it":
				return k // "X, they said"
			}
			if tk == "," && q.newClauseAt(k+1, end) {
				return k // "A was declared the winner, Roe told ...": a clause of its own
			}
			if tk == "," && q.narrativeClauseAt(k, end) {
				// "said the fares would rise, and the union objected": a
				// new subject whose verb is no modal of reported speech
				// ("..., and the boats would be late" goes on) is the
				// writer's.
				return k
			}
		}
	}
	return end
}

// closingTime reports whether words k..end are a short time adverbial
// that closes the clause ("on Friday", "last week", "yesterday"), with
// nothing after it but a closing stop.
func (q *quoteScan) closingTime(k, end int) bool {
	if q.wtext(k) == "in" {
		return q.closingInTime(k, end)
	}
	switch q.wtext(k) {
	case "on", "last", "earlier", "yesterday", "today", "Monday", "Tuesday", "Wednesday", "Thursday",
		"Friday", "Saturday", "Sunday":
	default:
		return false
	}
	one := q.wtext(k) != "on" && q.wtext(k) != "last" // a time in one word
	j := k
	for ; j < end && q.ws[j].Kind != reading.Punct; j++ {
		if !isTimeWord(q.wtext(j)) {
			return false
		}
	}
	if j == k+1 && !one {
		return false
	}
	for ; j < end; j++ {
		if t := q.wtext(j); q.ws[j].Kind != reading.Punct || t == "," || t == "—" || t == "–" || t == "-" || t == "--" {
			return false // "last week, “Manchurian anchors”": the clause goes on
		}
	}
	return true
}

// pastBefore reports whether the verb before the object at word from, or
// before its preposition, is a past form: "criticized the plan in June"
// tells when it was said, "wants a vote in June" when the vote is to be.
func (q *quoteScan) pastBefore(from int) bool {
	j := from - 1
	if j > 0 && isCuePreposition(q.wtext(j)) {
		j--
	}
	return j >= 0 && pastForm(q.wtext(j))
}

// closingInTime reports whether words k..end, k being "in", are a month,
// a year or a stretch of time that closes the clause ("in June", "in
// early May 2015", "in recent months", "in the past two weeks"), with
// nothing after it but a closing stop.
func (q *quoteScan) closingInTime(k, end int) bool {
	head := false
	j := k + 1
	for ; j < end && j-k <= 6 && q.ws[j].Kind != reading.Punct; j++ {
		t := q.wtext(j)
		switch {
		case monthName(t), q.ws[j].Kind == reading.Number && len(t) == 4 && (t[0] == '1' || t[0] == '2'):
			head = true
		case t == "weeks" || t == "months" || t == "years" || t == "days" || t == "decades":
			head = true
		case t == "early" || t == "late" || t == "mid" || t == "recent" || t == "the" || t == "past" ||
			t == "last" || t == "coming" || t == "next" || smallNumberWord(t):
		default:
			return false
		}
	}
	if !head {
		return false
	}
	for ; j < end; j++ {
		if q.ws[j].Kind != reading.Punct || q.isComma(j) || q.wtext(j) == "—" || q.wtext(j) == "-" || q.wtext(j) == "–" || q.wtext(j) == "--" {
			return false // "in June, when ...": the clause goes on
		}
	}
	return true
}

// monthName reports whether t names a month.
func monthName(t string) bool {
	switch t {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December":
		return true
	}
	return false
}

// smallNumberWord reports whether t is a number from two to twelve in words.
func smallNumberWord(t string) bool {
	switch t {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}

// parentheticalEnd returns the comma closing a short phrase that the comma
// at k opens, when a finite verb follows it ("Trump, despite his wealth, is
// ..."); or -1.
func (q *quoteScan) parentheticalEnd(k, end int) int {
	for j := k + 2; j+1 < end && j-k <= 12; j++ {
		if q.segOf[j] != 0 || q.ws[j].Kind == reading.Quote {
			return -1
		}
		if q.isPunctWord(j) {
			if !q.isComma(j) {
				return -1
			}
			t := q.wtext(j + 1)
			if isFiniteAux(t) || q.ws[j+1].Kind == reading.Alpha && t[0] >= 'a' && t[0] <= 'z' &&
				(strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss")) {
				return j
			}
			return -1
		}
	}
	return -1
}

// speechSetting reports whether word k opens a phrase that says where or
// when words were said: "during the debate", "in a statement", "in an
// interview with ...".
func (q *quoteScan) speechSetting(k, end int) bool {
	switch q.wtext(k) {
	case "during":
		return true
	case "in":
	default:
		return false
	}
	for j := k + 1; j < end && j-k <= 4; j++ {
		switch q.wtext(j) {
		case "statement", "interview", "speech", "tweet", "post", "op-ed", "letter", "email", "video",
			"appearance", "address", "remarks", "rally", "debate", "diatribe", "essay", "column":
			return true
		}
		if q.ws[j].Kind != reading.Alpha {
			return false
		}
	}
	return false
}

// holdsVerb reports whether words from..to hold a verb: an auxiliary, a
// past form, a reporting verb or an infinitive's "to".
func (q *quoteScan) holdsVerb(from, to int) bool {
	for k := from; k < to; k++ {
		t := q.wtext(k)
		if q.verbSign(k) || t == "to" || q.segOf[k] != 0 {
			return true
		}
	}
	return false
}

// auxIn reports whether words from..to hold an auxiliary or a form of
// "be": a clause.
func (q *quoteScan) auxIn(from, to int) bool {
	for k := from; k < to; k++ {
		if isFiniteAux(q.wtext(k)) {
			return true
		}
	}
	return false
}

// nounBefore reports whether t, right before a word that can be a verb
// of saying, makes that word a noun: a determiner or a superlative.
func nounBefore(t string) bool {
	return isDeterminer(t) || t == "worst" || t == "best" || len(t) > 5 && t[0] >= 'a' && t[0] <= 'z' && strings.HasSuffix(t, "est") && !strings.HasSuffix(t, "rest")
}

// predicateAt reports whether word k opens a verb phrase without a
// subject: a past form ("pledged", "stopped"), or an auxiliary or adverb
// before one ("has been met", "also had to").
func (q *quoteScan) predicateAt(k, end int) bool {
	for n := 0; k < end && n < 3; n, k = n+1, k+1 {
		t := q.wtext(k)
		if q.ws[k].Kind != reading.Alpha || t[0] < 'a' || t[0] > 'z' {
			return false
		}
		if pastForm(t) || isFiniteAux(t) && n == 0 {
			return true
		}
		if !isAuxOrAdverb(t) {
			return false
		}
	}
	return false
}

// isFiniteAux reports whether t is an auxiliary or a form of "be" or
// "have": a sign that a clause has its verb.
func isFiniteAux(t string) bool {
	switch t {
	case "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would",
		"could", "should", "can", "may", "might", "must", "did", "does", "do":
		return true
	}
	return false
}

// opensClauseAfterComma reports whether word k, after a comma, opens
// another clause than the reported one: ", and ...", ", adding ...".
func (q *quoteScan) opensClauseAfterComma(k int) bool {
	n := q.wtext(k)
	if (n == "and" || n == "but") && k+1 < len(q.ws) && q.wtext(k+1) == "that" {
		return false // "said A, and that B": a second clause of the same verb
	}
	switch n {
	case "and", "but", "yet", "while", "whereas", "although", "though", "even", "as",
		"before", "after", "down", "up", "according", "despite", "so", "which", "because", "where":
		return true
	}
	return participle(n) && n != "including" || q.cueAt(k, k) != cueNone
}

// passive reports whether the verb at c is a passive participle after a
// form of "be": "is expected to", "was widely reported".
func (q *quoteScan) passive(c, lo, end int) bool {
	t := q.wtext(c)
	if c+2 < end && q.wtext(c+1) == "to" && q.verbKind[c+2] != cueNone {
		return false // "is expected to argue that": the subject speaks
	}
	switch t {
	case "assured", "convinced", "concerned", "worried", "prepared", "determined", "pleased",
		"surprised", "disappointed", "interested", "committed", "supposed", "opposed", "troubled":
		return false // "she is assured of winning": an adjective, its subject the holder
	}
	if participle(t) || !strings.HasSuffix(t, "ed") && t != "thought" && t != "known" && t != "said" &&
		t != "told" && t != "seen" && t != "shown" && t != "found" && t != "understood" {
		return false
	}
	j := c - 1
	for n := 0; j >= lo && n < maxAux; n++ {
		switch w := q.wtext(j); w {
		case "is", "are", "was", "were", "be", "been", "being", "’s", "'s":
			return true
		default:
			if !isAuxOrAdverb(w) {
				return false
			}
		}
		j--
	}
	return false
}

// sourceless reads the clause held by a verb whose subject is no source,
// the verb at c with its subject s..e: a passive ("Investigators are
// expected to publish ...") or a verb of seeming ("the deal seemed
// shaky"). The content is the whole clause, subject included; after an
// empty "it" ("it appears that ...") it is what follows the verb.
func (q *quoteScan) sourceless(c, s, end, subEnd int) (Quote, int, bool) {
	if c+1 < end && q.wtext(c+1) == "by" {
		return Quote{}, 0, false // "reported by the Times": its source after "by"
	}
	from := s
	switch q.wtext(s) {
	case "it", "It", "there", "There", "who", "which", "that":
		from = q.contentStart(c, end)
		if q.wtext(s) == "it" || q.wtext(s) == "It" {
			for from >= 0 && from < end && (q.wtext(from) == "as" || q.wtext(from) == "if" || q.wtext(from) == "like") {
				from++
			}
		}
	}
	if from < 0 || from >= end {
		return Quote{}, 0, false
	}
	if q.verbKind[c] == cueSeem {
		// "appeared on television": only "to", "that" or a word of quality
		// after the verb make it seeming.
		if c+1 >= end {
			return Quote{}, 0, false
		}
		n := q.wtext(c + 1)
		if q.ws[c+1].Kind != reading.Alpha || nameWord(n) ||
			strings.HasPrefix(q.wtext(c), "appear") && n != "to" && n != "that" || isCuePreposition(n) && n != "to" ||
			n == "in" || n == "at" || n == "with" || n == "before" || n == "as" {
			return Quote{}, 0, false
		}
	}
	if c+1 >= end {
		return Quote{}, 0, false // "He was told" ends the text: nothing reported
	}
	to := q.clauseEnd(c+1, end)
	if c < subEnd && to > subEnd {
		to = subEnd
	}
	if to-from < 3 || to <= c+1 || q.holdsDirect(from, to) {
		return Quote{}, 0, false // "The paragraph is not quoted.": nothing held
	}
	for k := c + 1; k <= to && k+1 < end; k++ {
		if q.isComma(k) && q.trailerAt(k+1, end) {
			// "A former official was charged with taking bribes,
			// prosecutors said": the clause is the trailer's speaker's,
			// read with it.
			return Quote{}, 0, false
		}
	}
	q.usedCue[c] = 1
	if from > c+1 && q.wtext(from-1) == "that" {
		from-- // "it appears that ...": the clause with its "that"
	}
	return Quote{
		Span: span(q.text, q.ws[from].Start, q.ws[to-1].End), Kind: Indirect,
		Cue: q.cueSpan(c),
	}, to, true
}

// hasSubject reports whether the verb at c has a subject before it.
func (q *quoteScan) hasSubject(c, lo int) bool {
	_, _, ok := q.subjectBefore(c, lo)
	return ok
}

// askedWh reads the question put to someone: "Asked why he ..., she
// said", "when asked whether ...", "asked by the host if ...". The
// question is the content, up to its clause's end; its source is who
// asked, when "by" names them.
func (q *quoteScan) askedWh(c, end int) (Quote, int, bool) {
	var sp *Speaker
	k := c + 1
	if k < end && q.wtext(k) == "by" {
		if s, e, ok := q.speakerAfter(k, end); ok {
			sp = q.speakerSpan(s, e)
			k = e + 1
		}
	}
	// Step over a short adverbial: "asked during a January debate why".
	for n := 0; k < end && n < maxLeadIn && !q.isPunctWord(k); n, k = n+1, k+1 {
		switch q.wtext(k) {
		case "whether", "if", "why", "how", "what", "which", "who", "whom", "where", "when", "about":
			to := q.clauseEnd(k, end)
			for j := k + 1; j < to; j++ {
				if q.isComma(j) && q.segOf[j] == 0 {
					to = j // "Asked why ..., Reid said": the question ends at its comma
					break
				}
			}
			if to-k < 2 || q.holdsDirect(k, to) {
				return Quote{}, 0, false
			}
			return Quote{
				Span: span(q.text, q.ws[k].Start, q.ws[to-1].End), Kind: Indirect,
				Speaker: sp, Cue: q.cueSpan(c),
			}, to, true
		}
		if n == 0 && q.wtext(k) != "during" && q.wtext(k) != "in" && q.wtext(k) != "on" && q.wtext(k) != "at" &&
			q.wtext(k) != "last" && q.wtext(k) != "again" && q.wtext(k) != "later" && q.wtext(k) != "repeatedly" {
			return Quote{}, 0, false
		}
	}
	return Quote{}, 0, false
}

// inSource reads a sentence that opens with its source as "In" and a
// noun phrase naming a poll, a report or a statement: "In the latest
// poll, Clinton leads by 4 points." The rest of the sentence is content.
func (q *quoteScan) inSource(lo, end int) (Quote, bool) {
	if end-lo < 6 || q.wtext(lo) != "In" {
		return Quote{}, false
	}
	for k := lo + 1; k < end && k-lo <= maxSubject; k++ {
		if q.isPunctWord(k) && q.ws[k].Kind != reading.Poss {
			if !q.isComma(k) || q.wtext(k) != "," || !sourceNoun(q.wtext(k-1)) || end-k < 4 {
				return Quote{}, false
			}
			from := k + 1
			if q.holdsDirect(from, end) || q.segOf[from] != 0 {
				return Quote{}, false
			}
			for j := from; j < end; j++ {
				if q.verbKind[j] != cueNone {
					return Quote{}, false // "In a statement, she said ...": the verb attributes
				}
			}
			return q.openingSource(lo, k, from, end), true
		}
	}
	return Quote{}, false
}

// openingSource is the quote of "In SOURCE, CONTENT": the preposition at
// lo is the cue, words lo+1..k-1 the source, from..end the content.
func (q *quoteScan) openingSource(lo, k, from, end int) Quote {
	cue := span(q.text, q.ws[lo].Start, q.ws[lo].End)
	return Quote{
		Span: span(q.text, q.ws[from].Start, q.ws[end-1].End), Kind: Indirect,
		Speaker: q.speakerSpan(lo+1, k-1), Cue: &cue,
	}
}

// sourceNoun reports whether t names something that holds what someone
// said or found: a poll, a report, a statement.
func sourceNoun(t string) bool {
	switch t {
	case "poll", "polls", "survey", "surveys", "study", "report", "analysis", "statement",
		"interview", "letter", "memo", "book", "speech", "op-ed", "column", "editorial", "filing",
		"lawsuit", "complaint", "ruling", "opinion", "view", "estimate", "estimation", "tweet",
		"post", "video", "ad", "remarks", "email", "message", "testimony", "decision", "order":
		return true
	}
	return false
}

// attitudeFrame reports whether the verb of believing or intending at c
// reports an attitude of its subject: a clause follows it ("knew that
// ...", "felt they ...", "saw how ...") or, for an intention, an
// infinitive ("plans to run"), and its subject is no empty "it" or
// "there" ("it seems").
func (q *quoteScan) attitudeFrame(c, lo, end, kind int) bool {
	if c+1 >= end {
		return false
	}
	if c > lo {
		switch q.wtext(c - 1) {
		case "it", "It", "there", "There":
			return false
		}
	}
	for j, n := c-1, 0; j >= lo && n < maxAux && isAuxOrAdverb(q.wtext(j)); j, n = j-1, n+1 {
		switch q.wtext(j) {
		case "may", "might", "could", "would", "should", "must":
			return false // "passengers may not know what ...": the author's guess
		}
	}
	n := q.wtext(c + 1)
	if kind == cueIntent {
		return n == "to"
	}
	switch n {
	case "that", "he", "she", "they", "we", "I", "you", "it", "there", "what", "how", "why",
		"whether", "if", "who", "where", "when":
		return true
	}
	if isDeterminer(n) || nameWord(n) && q.ws[c+1].Kind == reading.Alpha {
		// "knew the risks", "saw Clinton as ...": when a person holds it.
		if s, e, ok := q.subjectBefore(c, lo); ok {
			switch t := q.wtext(e); {
			case s == e && isPronoun(t) && t != "it" && t != "It":
				return true
			default:
				return q.link.typeOf(q.link.link(q.text, span(q.text, q.ws[s].Start, q.ws[e].End))) == names.Person
			}
		}
	}
	return false
}

// coordinatedCue reports whether the conjunction at k joins a reporting
// verb to the verb before it: "and (has) promised", "but later said".
func (q *quoteScan) coordinatedCue(k, end int) bool {
	j := k + 1
	for n := 0; j < end && n < maxAux && isAuxOrAdverb(q.wtext(j)); n++ {
		if isBe(q.wtext(j)) {
			return false // "he fears ... and is seeking": the reported clause goes on
		}
		j++
	}
	if j >= end || q.segOf[j] != 0 {
		return false
	}
	k2 := q.cueAt(j, k+1)
	return k2 == cueReport || k2 == cueMention
}

// cutPending ends the forward-read quote out[pending] before the comma
// that precedes word c, where a trailing attribution of its own begins
// ("X has demanded that ..., sources said").
func (q *quoteScan) cutPending(pending, c int) {
	if pending < 0 {
		return
	}
	x := &q.out[pending]
	if q.ws[c].Start <= x.Start || q.ws[c].Start > x.End {
		return
	}
	k := c - 1
	for k >= 0 && q.ws[k].Start > x.Start && !q.isComma(k) {
		k--
	}
	if k < 0 || q.ws[k].Start <= x.Start {
		return
	}
	x.End = q.ws[k-1].End
	x.Text = q.text[x.Start:x.End]
}

// contentStart returns the first word of the clause reported by the verb
// at c, skipping "that", the object of "told" and the like, and an
// adverbial ("on Friday", "in a statement") up to "that"; or -1.
func (q *quoteScan) contentStart(c, end int) int {
	k := c + 1
	if k < end-1 && q.wtext(k) == "out" {
		k++ // pointed out that
	}
	if k >= end {
		return -1
	}
	if q.wtext(k) == "that" {
		if k+1 < end {
			return k + 1
		}
		return -1
	}
	switch q.wtext(k) {
	case "with", "by", "of", "for":
		return -1 // "reported from Washington": no clause follows
	case "about":
		if !strings.HasPrefix(q.wtext(c), "wonder") {
			return -1
		}
	}
	obj := TakesObject(q.wtext(c))
	if !obj && !opensAdverbial(q.wtext(k)) {
		return k
	}
	// Step over the hearer or the adverbial up to "that" or a subject
	// pronoun: told reporters on Friday that / told reporters he would.
	for j := k; j < end && j-k < maxAdverbial; j++ {
		t := q.wtext(j)
		if t == "that" {
			if j+1 < end {
				return j + 1
			}
			return -1
		}
		if q.ws[j].Kind == reading.Punct && t != "," && !reading.IsDash(t) || q.ws[j].Kind == reading.Quote {
			break
		}
		if t == "to" && j+1 < end && q.infinitiveAt(j+1) {
			// "urged the board to resume talks it ...", "agreed to clean up
			// the land that ...": the infinitive is what is reported (with
			// its hearer); a "that" or a pronoun after it is its own.
			return k
		}
		if obj && isPronoun(t) && j > k && j-k < maxObject {
			// told reporters he would ...
			return j
		}
	}
	if obj && k+1 < end && q.ws[k].Kind == reading.Alpha && !isDeterminer(q.wtext(k)) {
		// told parents the savings would ...: a one-word hearer.
		if n := q.wtext(k + 1); isDeterminer(n) || nameWord(n) {
			return k + 1
		}
	}
	for n := 0; k < end-1 && n < 3 && isTimeWord(q.wtext(k)) && q.ws[k+1].Kind != reading.Poss; n++ {
		k++ // said Wednesday she ..., said on Friday the ...
	}
	switch q.wtext(k) {
	case ",", ":":
		return -1 // "said, adding" or a lead-in handled as a direct quote
	case "on", "in", "at", "during", "to", "of", "about", "by", "for", "with", "from":
		return -1 // an adverbial or object without a clause after it
	}
	return k
}

// trailing reads "CONTENT, X said." or "CONTENT, said X." around the verb
// at c: the verb's speaker stands between a comma and the verb (or right
// after it), and little follows the verb.
func (q *quoteScan) trailing(c, lo, hi, end int) (Quote, bool) {
	var sp *Speaker
	comma := -1
	inverted := false
	s, e, subj := q.subjectBefore(c, lo)
	if subj && s == e && (q.wtext(s) == "who" || q.wtext(s) == "which") {
		return Quote{}, false // "The union, which urged ..., was angry": no words before are reported
	}
	if subj && s-1 > lo && q.isComma(s-1) {
		sp, comma = q.subjectSpeaker(s, e, c), s-1
	} else if c-1 > lo && q.isComma(c-1) {
		// "said he would ..." has no inverted speaker: the speaker must end
		// the clause (", said Jane Roe." / ", said Jane Roe, its head").
		if s, e, ok := q.speakerAfter(c, hi); ok && (e+1 >= hi || q.isTerminal(e+1) || q.isComma(e+1)) {
			sp, comma, inverted = q.speakerSpan(s, e), c-1, true
		}
	}
	if sp == nil {
		return Quote{}, false
	}
	// Little may follow: "on Friday", "in a statement", ", adding ...".
	tail := 0
	rest := c + 1
	if inverted {
		rest = c + 1
		for rest < hi && q.ws[rest].Start < sp.End {
			rest++
		}
	}
	// An adverbial may run long: "sources confirmed following the summit".
	long := rest < hi && opensAdverbial(q.wtext(rest))
	if !inverted && rest+1 < hi {
		switch q.wtext(rest) {
		case "he", "she", "they", "we", "I", "it", "there":
			return Quote{}, false // "Later, the FBI said it would ...": the clause follows
		}
		if q.newClauseAt(rest, hi) {
			return Quote{}, false // "..., the captain claimed the tide was low"
		}
	}
	for ; rest < hi && !q.isTerminal(rest) && !q.isComma(rest); rest++ {
		if t := q.wtext(rest); t == "that" || isFiniteAux(t) && !inverted {
			return Quote{}, false // "officials said turnout was high": the clause follows
		}
		if tail++; tail > 5 && !long || tail > 3*maxObject {
			return Quote{}, false
		}
	}
	adverbialTail := tail == 0 || long || isTimeWord(q.wtext(rest-tail)) ||
		TakesObject(q.wtext(c)) && isObjectPronoun(q.wtext(rest-tail)) // ", he told me on Friday, is that ..."
	// "CNN, Cruz said, called the announcement ...": the reported words go
	// on after the attribution; the content is the whole sentence then.
	whole := false
	if inverted && rest+1 < hi && q.isComma(rest) && isDeterminer(q.wtext(rest+1)) {
		// ", said Ann Roe, an expert on Russia, would ...": step over the
		// speaker's appositive to see whether the reported words go on.
		for j := rest + 2; j+1 < hi && j-rest <= maxApposite; j++ {
			if q.isPunctWord(j) {
				if q.isComma(j) && opensPredicate(q.wtext(j+1)) {
					rest = j
				}
				break
			}
		}
	}
	if rest+1 < hi && q.isComma(rest) && adverbialTail {
		if k := rest + 1; end-k >= 2 && q.cueAt(k, k) == cueNone && q.segOf[k] == 0 &&
			(!inverted || opensPredicate(q.wtext(k))) {
			// After an inverted speaker, ", the director" is an appositive;
			// ", would be clear" goes on with the reported words.
			whole = true
		}
	}
	// The content: from the sentence start, or from a closing quote, up
	// to the comma. A direct quote there has already been read.
	from := lo
	for from < comma && q.ws[from].Kind == reading.Quote {
		from++
	}
	to := comma
	for to > from && q.ws[to-1].Kind == reading.Quote {
		to--
	}
	if whole {
		if end-from < 5 {
			return Quote{}, false
		}
	} else if to-from < 3 {
		return Quote{}, false
	}
	if t := q.wtext(from); from == lo && t == "Asked" {
		return Quote{}, false // "Asked whether ..., she said the ...": an adverbial, no content
	}
	if q.holdsDirect(from, to) {
		return Quote{}, false // a direct quote, attributed with its marks
	}
	if inverted && !whole && q.modifiedSubject(from, to) {
		return Quote{}, false // "The survey, by two firms, shows Sanders ahead": a subject, no words reported
	}
	if whole {
		to = q.clauseEnd(rest+1, end)
		switch q.wtext(comma - 1) {
		case "which", "who", "that", "where":
			from = comma - 1 // "the stadium, which, Roe said, is full": the relative clause
		}
	}
	q.usedCue[c] = 1
	return Quote{
		Span: span(q.text, q.ws[from].Start, q.ws[to-1].End), Kind: Indirect,
		Speaker: sp, Cue: q.cueSpan(c),
	}, true
}

// asClause reads the verb at c in "As X noted, CONTENT" or "CONTENT, as
// X noted": X is the speaker and the main clause the content. It returns
// the quote and the word after its content.
func (q *quoteScan) asClause(c, lo, end int) (Quote, int, bool) {
	s, e, ok := q.subjectBefore(c, lo)
	if !ok || s == lo {
		return Quote{}, 0, false
	}
	as := s - 1
	if t := q.wtext(as); t != "As" && t != "as" || t == "as" && (as == lo || !q.isComma(as-1)) {
		return Quote{}, 0, false
	}
	k := c + 1
	if k < end && (q.wtext(k) == "it" || q.wtext(k) == "out") {
		k++ // "as she put it", "as he pointed out"
	}
	var from, to int
	if as == lo {
		if k >= end || !q.isComma(k) {
			return Quote{}, 0, false
		}
		from = k + 1
		to = q.clauseEnd(from, end)
	} else {
		if k < end && !q.isComma(k) {
			return Quote{}, 0, false
		}
		from, to = lo, as-1
	}
	if to-from < 3 || q.holdsDirect(from, to) {
		return Quote{}, 0, false
	}
	q.usedCue[c] = 1
	return Quote{
		Span: span(q.text, q.ws[from].Start, q.ws[to-1].End), Kind: Indirect,
		Speaker: q.speakerSpan(s, e), Cue: q.cueSpan(c),
	}, max(to, k), true
}

// modifiedSubject reports whether words from..to are a noun phrase with a
// modifier set off by a comma, and no verb before it: "The senators, all
// of whom opposed the deal", "The survey, by two firms". Before an
// inverted verb ("..., wrote a bill") such words are its subject, not
// reported words.
func (q *quoteScan) modifiedSubject(from, to int) bool {
	modified := false
	for k := from; k < to; k++ {
		if q.verbSign(k) {
			return false // "The union, which ..., warned that ...": a clause
		}
		if q.isComma(k) && !modified && k+1 < to {
			switch q.wtext(k + 1) {
			case "who", "whom", "which", "whose", "all", "many", "most", "both", "by", "from", "of", "with", "for":
				modified = true
				for k++; k < to && !q.isComma(k); k++ {
				}
			default:
				return false
			}
		}
	}
	return modified
}

// pastForm reports whether t is a lower-case word of four letters or more
// ending in "ed": most often a verb's past form ("warned", "reported").
func pastForm(t string) bool {
	return len(t) > 3 && t[0] >= 'a' && t[0] <= 'z' && strings.HasSuffix(t, "ed")
}

// verbSign reports whether word k reads as a verb: an auxiliary, a
// reporting verb or a past form.
func (q *quoteScan) verbSign(k int) bool {
	t := q.wtext(k)
	return isFiniteAux(t) || q.verbKind[k] != cueNone || pastForm(t)
}

// opensPredicate reports whether t can open the rest of a clause whose
// subject came before an interrupting attribution: "would", "is", "made".
func opensPredicate(t string) bool {
	return isFiniteAux(t) || pastForm(t)
}

// according reads "According to X, CONTENT." and "CONTENT, according to X."
func (q *quoteScan) according(c, lo, end int) (Quote, bool) {
	s, e, ok := q.speakerAfter(c+1, end)
	if !ok && c+2 < end && q.ws[c+2].Kind == reading.Alpha {
		// "according to exit polls": any noun phrase names the source.
		s, e, ok = c+2, c+2, true
		for k := c + 3; k < end && k-s < maxSubject && !q.isPunctWord(k) && !endsSpeakerAfter(q.wtext(k)); k++ {
			e = k
		}
	}
	if !ok {
		return Quote{}, false
	}
	sp := q.speakerSpan(s, e)
	var from, to int
	if c == lo || c == lo+1 && q.ws[lo].Kind != reading.Alpha {
		// According to X, CONTENT: the content after the comma that ends
		// X, which runs on past the head speakerAfter read ("According to
		// the Department of Environmental Protection, ..."; fitAccordingTo
		// extends the speaker to it).
		from = e + 1
		for k := from; k < end && k-s <= maxAppositive && q.ws[k].Kind != reading.Quote; k++ {
			if q.ws[k].Kind == reading.Punct {
				if q.isComma(k) {
					from = k
				}
				break
			}
		}
		for from < end && (q.isComma(from) || q.ws[from].Kind == reading.Quote) {
			from++
		}
		to = end
	} else {
		// CONTENT, according to X
		from, to = lo, c
		for to > from && (q.isComma(to-1) || q.ws[to-1].Kind == reading.Quote) {
			to--
		}
		if e+2 < end && q.isComma(e+1) && to > from {
			// "Since May, according to the group, police have killed
			// 40 people": the attribution interrupts its content.
			switch n := q.wtext(e + 2); n {
			case "who", "which", "whose", "and", "but", "he", "she", "they", "it":
			default:
				if q.cueAt(e+2, e+2) == cueNone && !participle(n) && !(isDeterminer(n) && q.appositive(e+2, end)) {
					to = q.clauseEnd(e+2, end)
				}
			}
		}
	}
	if to-from < 2 || q.holdsDirect(from, to) {
		return Quote{}, false // too short, or a direct quote attributed already
	}
	return Quote{
		Span: span(q.text, q.ws[from].Start, q.ws[to-1].End), Kind: Indirect,
		Speaker: sp, Cue: q.cueSpan(c),
	}, true
}

// appositive reports whether the noun phrase at k ends at a comma before
// any verb: "Ann Roe, the director, said" rather than "..., the ward has".
func (q *quoteScan) appositive(k, end int) bool {
	for j := k + 1; j < end && j-k <= maxSubject; j++ {
		if q.isComma(j) {
			return true
		}
		if q.verbSign(j) {
			return false
		}
	}
	return true
}

// holdsDirect reports whether words from..to hold a direct quote (partial
// quotes may lie inside reported speech). It looks at a few quotes only.
func (q *quoteScan) holdsDirect(from, to int) bool {
	k := int(q.nextSeg[from])
	for n := 0; k < to; n++ {
		if n == 8 {
			return true
		}
		g := &q.segs[q.segOf[k]-1]
		if g.kind == Direct {
			return true
		}
		last := g.lastWord(q)
		if last < k {
			last = k
		}
		if last+1 >= len(q.nextSeg) {
			break
		}
		k = int(q.nextSeg[last+1])
	}
	return false
}

// quotedPhrase reports whether the phrase from..to opens with quoted
// words, after a determiner at most: "an “agreement”". Such a phrase is
// reported as the partial quote; "called it a “mistake”" is reported whole.
func (q *quoteScan) quotedPhrase(from, to int) bool {
	k := from
	if k < to && isDeterminer(q.wtext(k)) {
		k++
	}
	return k < to && q.segOf[k] != 0
}

// coordinated reports whether the verb at c shares the subject of a verb
// before it: "... and has promised that", "... but says".
func (q *quoteScan) coordinated(c, lo int) bool {
	j := c - 1
	for n := 0; j > lo && n < maxAux && isAuxOrAdverb(q.wtext(j)); n++ {
		j--
	}
	if j <= lo {
		return false
	}
	t := q.wtext(j)
	return t == "and" || t == "but"
}

// objectStart returns the first word of what a verb that takes no clause
// names ("criticized X for ...", "called for a ban", "spoke of ..."), or -1.
func (q *quoteScan) objectStart(c, end int) int {
	k := c + 1
	if k < end {
		switch v, p := q.wtext(c), q.wtext(k); {
		case (p == "to" || p == "with") && (strings.HasPrefix(v, "sp") || strings.HasPrefix(v, "talk")):
			return -1 // spoke to reporters: the hearer, not what was said
		case p == "on" && k+2 < end && (q.wtext(k+1) == "condition" || q.wtext(k+2) == "condition"):
			return -1 // spoke on condition of anonymity
		}
	}
	for n := 0; k < end-1 && n < 3 && isTimeWord(q.wtext(k)) && q.ws[k+1].Kind != reading.Poss; n++ {
		k++ // voted Tuesday to ..., endorsed on Friday ...
	}
	for n := 0; k < end && n < 2; n++ {
		if k+1 < end && strings.HasSuffix(q.wtext(k), "ly") && isCuePreposition(q.wtext(k+1)) {
			k++ // spoke highly of
		}
		switch q.wtext(k) {
		case "to":
			// "referred to Trump's ..." drops the preposition; "declined to
			// take ..." keeps its infinitive.
			if k+1 < end && !isDeterminer(q.wtext(k+1)) && !nameWord(q.wtext(k+1)) {
				return k
			}
			k++
			continue
		case "of", "for", "about", "on", "against", "at", "with", "out":
			k++ // balked at, sided with, laid out: the object follows
			continue
		case "in":
			if k+1 < end && q.wtext(k+1) == "on" {
				k++ // weighed in on
				continue
			}
		}
		break
	}
	if k >= end || q.isPunctWord(k) && q.ws[k].Kind != reading.Quote {
		return -1
	}
	return k
}

// sentenceSubject reads the subject that opens the clause lo..c: the
// sentence's first noun phrase, after an opening adverbial set off by a
// comma ("On Friday, the senator ..."). It serves a participle that has
// no subject of its own ("..., saying that ...").
func (q *quoteScan) sentenceSubject(lo, c int) (s, e int, ok bool) {
	s = lo
	if t := q.wtext(s); s < c && (endsNounPhrase(t) && nameWord(t) || opensAdverbialPhrase(t)) {
		// Skip the opening adverbial up to its comma.
		k := s
		for ; k < c && k-s < maxSubject && !q.isComma(k); k++ {
		}
		if k >= c || !q.isComma(k) {
			return 0, 0, false
		}
		s = k + 1
	}
	if s >= c || q.isPunctWord(s) {
		return 0, 0, false
	}
	if isPronoun(q.wtext(s)) {
		return s, s, true
	}
	if t := q.wtext(s); q.ws[s].Kind != reading.Alpha && q.ws[s].Kind != reading.Abbrev || !nameWord(t) ||
		t == strings.ToUpper(t) && len(t) > 1 && s+1 < c && q.isPunctWord(s+1) {
		return 0, 0, false // no noun phrase, or a dateline ("PARIS —")
	}
	e = s
	for k := s + 1; k < c && k-s < maxSubject; k++ {
		t := q.wtext(k)
		if isDeterminer(t) && k-1 > s && verbBeforeObject(q.wtext(k-1)) {
			e = k - 2 // "The nurses sent the board": a verb and its object follow
			break
		}
		if q.isPunctWord(k) && q.ws[k].Kind != reading.Poss || endsNounPhrase(t) || isAuxOrAdverb(t) ||
			q.cueAt(k, lo) != cueNone || !nameWord(t) && len(t) > 3 && (t[len(t)-2:] == "ed" || t[len(t)-1] == 's' && !nameWord(q.wtext(k-1)) && k > s+1) {
			break
		}
		e = k
	}
	if s == e && isDeterminer(q.wtext(s)) {
		return 0, 0, false
	}
	return s, e, true
}

// verbBeforeObject reports whether the lower-case word p, before a
// determiner inside a would-be subject, reads as a verb taking an object
// ("sent the board") rather than a preposition ("head of the agency").
func verbBeforeObject(p string) bool {
	switch p {
	case "of", "for", "from", "with", "at", "and", "or", "against", "among", "between", "like":
		return false
	}
	return p[0] >= 'a' && p[0] <= 'z' && !isDeterminer(p)
}

// opensAdverbialPhrase reports whether t, opening a sentence, starts a
// phrase that ends at a comma before the subject: "For months, ...",
// "Facing criticism, ...".
func opensAdverbialPhrase(t string) bool {
	switch t {
	case "For", "With", "Without", "Despite", "Amid", "Under", "Like", "Unlike", "By", "From",
		"Through", "Throughout", "Over", "Across", "Within", "To", "Of", "Among":
		return true
	}
	return len(t) > 4 && t[len(t)-3:] == "ing"
}

// speakerColons reads the transcript form, a paragraph that opens with
// a short name and a colon: "SMITH: We will win." / "Q: Did you ...?".
// The rest of the paragraph is the speaker's words.
func (q *quoteScan) speakerColons() {
	for pi := range q.d.Paras {
		if pi == 0 {
			continue // the first paragraph may be a headline: headlineColon reads it
		}
		w0, w1 := q.paraWords(pi)
		k := w0
		for ; k < w1 && k-w0 < 4 && (q.ws[k].Kind == reading.Alpha || q.ws[k].Kind == reading.Abbrev) && nameWord(q.wtext(k)); k++ {
		}
		if k == w0 || k >= w1 || q.wtext(k) != ":" || w1-k < 4 || q.segOf[k] != 0 {
			continue
		}
		if t := q.wtext(w0); endsNounPhrase(t) || isDeterminer(t) || isSubordinator(t) || k == w0+1 && editorialLabel(t) {
			continue // "Update:", "The answer:", "Correction:": no speaker
		}
		end := w1
		for end > k+1 && q.isPunctWord(end-1) && q.ws[end-1].Kind != reading.Quote {
			end--
		}
		from := k + 1
		if end <= from {
			continue // nothing but punctuation after the colon
		}
		if q.holdsDirect(from, end) {
			continue // a quote in marks, attributed by its lead-in
		}
		sp := q.speakerSpan(w0, k-1)
		cue := span(q.text, q.ws[k].Start, q.ws[k].End)
		q.out = append(q.out, Quote{Span: span(q.text, q.ws[from].Start, q.ws[end-1].End), Kind: Direct, Speaker: sp, Cue: &cue})
		for i := w0; i < w1; i++ {
			q.usedCue[i] = 1
		}
	}
}

// cueIn reports whether a word of s..e-1 is a reporting verb.
func (q *quoteScan) cueIn(s, e int) bool {
	for i := s; i < e; i++ {
		if q.verbKind[i] != cueNone {
			return true
		}
	}
	return false
}

// editorialLabel reports whether t, alone before a colon, labels the
// newsroom's own words rather than naming a speaker.
func editorialLabel(t string) bool {
	switch strings.ToLower(t) {
	case "correction", "corrections", "clarification", "update", "updated", "note", "editor",
		"disclosure", "related", "photo", "photos", "video", "watch", "listen", "source", "sources",
		"credit", "caption", "advertisement", "transcript", "background", "context", "analysis",
		"opinion", "commentary", "summary", "highlights", "correct", "clarifications":
		return true
	}
	return false
}

// headlineRubric reports whether the words before a headline's colon
// name a kind of story, not a speaker: "Live updates", "The Latest",
// "Analysis". ("Poll:", "Report:", "Study:" name the source of what
// follows, and stay speakers.)
func headlineRubric(t string) bool {
	if editorialLabel(t) {
		return true
	}
	switch strings.ToLower(t) {
	case "live", "live updates", "live blog", "explainer", "breaking", "breaking news", "exclusive",
		"factbox", "timeline", "q&a", "editorial", "review", "fact check", "the latest", "letters",
		"obituary", "podcast", "recap", "preview", "interview", "comment", "in pictures":
		return true
	}
	return false
}

// headlineColon reads the headline form "Speaker: what they said", in
// the headline or, when none was told apart, in a first paragraph of one
// short sentence.
func (q *quoteScan) headlineColon() {
	var h reading.Sent
	switch {
	case q.d.Headline != nil && len(q.d.Header) > 0 && q.d.Header[0].Start == q.d.Headline.Start:
		h = q.d.Header[0]
	case len(q.d.Paras) > 0 && q.d.Paras[0].SentEnd-q.d.Paras[0].Sent0 == 1 && q.d.Dateline == nil:
		h = q.d.Sents[0]
		if h.WordEnd-h.Word0 > 25 {
			return
		}
	default:
		return
	}
	for k := h.Word0; k < h.WordEnd && k-h.Word0 <= 6; k++ {
		if q.wtext(k) != ":" {
			continue
		}
		if k == h.Word0 || h.WordEnd-k < 4 || !nameWord(q.wtext(h.Word0)) || q.ws[k-1].Kind == reading.Number || q.auxIn(h.Word0, k) {
			return // "Her book is out: ...": a clause, not a speaker
		}
		if headlineRubric(q.text[q.ws[h.Word0].Start:q.ws[k-1].End]) {
			return // "Live updates: ...", "Analysis: ...": a rubric, no speaker
		}
		end := h.WordEnd
		for end > k+1 && q.isPunctWord(end-1) {
			end--
		}
		from := k + 1
		for from < end && q.ws[from].Kind == reading.Quote {
			from++
		}
		if from >= end {
			return // "A: !\"!": nothing said after the colon
		}
		if q.holdsDirect(from, end) && q.cueIn(h.Word0, k) {
			return // "Jane Roe said on Monday: “...”": the quote's lead-in, read by direct
		}
		sp := q.speakerSpan(h.Word0, k-1)
		cue := span(q.text, q.ws[k].Start, q.ws[k].End)
		q.out = append(q.out, Quote{Span: span(q.text, q.ws[from].Start, q.ws[end-1].End), Kind: Indirect, Speaker: sp, Cue: &cue})
		return
	}
}

// infinitiveSubject reads the speaker of a reporting verb in an
// infinitive, the subject of the verb that governs it: "Jane Roe decided
// to say ...", "he was quick to point out ...".
func (q *quoteScan) infinitiveSubject(c, lo int) (s, e int, ok bool) {
	j := c - 2
	if j <= lo || q.wtext(c-1) != "to" || q.ws[j].Kind != reading.Alpha {
		return 0, 0, false
	}
	t := q.wtext(j)
	if t == "on" && j-1 > lo {
		switch q.wtext(j - 1) {
		case "went", "goes", "go", "going", "gone":
			return q.subjectBefore(j-1, lo) // "went on to say": the subject of "went"
		}
	}
	if nameWord(t) || isDeterminer(t) || endsNounPhrase(t) && !isBe(t) || isPronoun(t) || isObjectPronoun(t) ||
		q.ws[j-1].Kind == reading.Poss || isDeterminer(q.wtext(j-1)) {
		return 0, 0, false // "the decision to say", "asked him to say"
	}
	switch t {
	case "order", "according", "due", "close", "up", "back", "going", "used":
		return 0, 0, false
	}
	return q.subjectBefore(j, lo)
}

// passiveBy reads a passive reporting verb whose source follows "by":
// "Cruz was endorsed on Friday by Carly Fiorina". What was said or backed
// is the subject s..e; the speaker is the agent.
func (q *quoteScan) passiveBy(c, s, e, end int) (Quote, bool) {
	if q.verbKind[c] == cueSeem {
		return Quote{}, false
	}
	switch q.wtext(s) {
	case "it", "It", "there", "There", "that", "which":
		return Quote{}, false // "it was reported by ...": the clause after it is what was said
	}
	for k := c + 1; k < end && k-c <= maxLeadIn; k++ {
		if q.isPunctWord(k) {
			return Quote{}, false
		}
		if q.wtext(k) != "by" {
			continue
		}
		as, ae, ok := q.speakerAfter(k, end)
		if !ok {
			return Quote{}, false
		}
		q.usedCue[c] = 1
		return Quote{
			Span: span(q.text, q.ws[s].Start, q.ws[e].End), Kind: Indirect,
			Speaker: q.speakerSpan(as, ae), Cue: q.cueSpan(c),
		}, true
	}
	return Quote{}, false
}

// finiteReport reports whether the reporting verb at c is a finite form
// with a subject somewhere before it in its clause: "said", "says", "told",
// not "to say", "saying" or a clause's first word.
func (q *quoteScan) finiteReport(c, lo int) bool {
	if c <= lo+1 || q.ws[c-1].Kind == reading.Quote {
		return false
	}
	switch t := q.wtext(c); t {
	case "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "argued", "argues",
		"noted", "notes", "suggested", "suggests", "insisted", "insists", "warned", "warns",
		"claimed", "claims", "stated", "states", "acknowledged", "acknowledges", "show", "shows",
		"showed", "explained", "explains", "predicted", "predicts", "contended", "contends":
		if q.isComma(c - 1) {
			if _, e, ok := q.speakerAfter(c, len(q.ws)); ok && (e+1 >= len(q.ws) || q.isTerminal(e+1)) {
				return false // "Prices rose, said the bank.": an inverted attribution
			}
			if _, hi := q.sentRange(c); !q.holdsVerb(c+1, hi) {
				return false // "..., said one source in the room.": inverted, its speaker long
			}
		}
		p := q.wtext(c - 1)
		return p != "to" && p != "and" && p != "or" && !isDeterminer(p)
	}
	return false
}

// reducedRelative reads a participle that reports right after the noun
// phrase of its speaker: "a statement saying that ...", "polls showing
// her behind", "Ann Roe asking whether ...". It returns that noun phrase.
func (q *quoteScan) reducedRelative(c, lo int) (s, e int, ok bool) {
	if c <= lo || !reportingParticiple(q.wtext(c)) || q.ws[c-1].Kind != reading.Alpha || sourceNoun(q.wtext(c-1)) {
		return 0, 0, false // "issued a statement saying": who issued it speaks (participleAfterComma)
	}
	if t := q.wtext(c - 1); isAuxOrAdverb(t) || isBe(t) || notInSubject(t) || isDeterminer(t) ||
		isPronoun(t) || isObjectPronoun(t) || q.verbKind[c-1] != cueNone || endsSpeakerAfter(t) {
		return 0, 0, false // "by saying", "his saying", "kept saying"
	}
	switch q.wtext(c - 1) {
	case "began", "begin", "begins", "kept", "keep", "keeps", "started", "start", "starts",
		"continued", "continue", "continues", "stopped", "stop", "stops", "avoided", "avoid",
		"recalled", "recall", "remembered", "remember", "tried", "try", "spent", "spend", "quit":
		return 0, 0, false // "began saying": the verb's subject speaks, if any
	}
	s, e, ok = q.nounPhraseBefore(c, lo)
	if !ok {
		return 0, 0, false
	}
	// "the mayor issued a statement saying", "sent the board a letter
	// asking": the noun right before the participle is the speaker, from
	// its determiner when a verb or an object stands before that.
	for k := e; k > s; k-- {
		t := q.wtext(k)
		if !isDeterminer(t) {
			continue
		}
		switch p := q.wtext(k - 1); p {
		case "of", "from", "by", "for", "in", "on", "at", "to", "with", "and", "or":
			continue // "a statement from the mayor": one noun phrase
		default:
			if p[0] >= 'a' && p[0] <= 'z' {
				return k, e, true
			}
		}
	}
	return s, e, true
}

// reportingParticiple reports whether t is a participle that reports words
// even without a finite verb: the ones that report a clause or a question.
func reportingParticiple(t string) bool {
	switch t {
	case "saying", "suggesting", "asking", "telling", "urging", "describing", "calling",
		"warning", "claiming", "arguing", "alleging", "questioning", "insisting", "declaring",
		"demanding", "announcing", "stating", "accusing", "predicting", "promising":
		return true
	}
	return false
}

// participleAfterComma reports whether the verb at c is an -ing form that
// opens a phrase after a comma or a preposition, an adverb between them at
// most: "..., adding that", "..., forcefully denouncing", "by saying".
func (q *quoteScan) participleAfterComma(c, lo int) bool {
	if !participle(q.wtext(c)) || c <= lo {
		return false
	}
	j := c - 1
	if j > lo && q.ws[j].Kind == reading.Alpha && strings.HasSuffix(q.wtext(j), "ly") && !nameWord(q.wtext(j)) {
		j--
	}
	if j > lo+1 && q.ws[j].Kind == reading.Quote && q.segOf[j] != 0 && q.segOf[c] == 0 {
		j-- // “...,” adding that: the comma stands inside the closing mark
	}
	switch q.wtext(j) {
	case "by", "after", "while", "before", "when", "without", "By", "After", "While", "Before", "When", "Without":
		return true // "... by saying that", "After praising ...": the sentence's subject speaks
	}
	if sourceNoun(q.wtext(j)) && q.ws[j].Kind == reading.Alpha {
		return true // "released a statement saying that": the holder of the statement speaks
	}
	return q.isComma(j)
}

// listItemAt reports whether word j, after ", and" in a clause that has
// had a comma already, goes on with a list ("A, B, and C") rather than
// open a clause with its own subject ("A, and the board said ...").
func (q *quoteScan) listItemAt(j, end int) bool {
	if j >= end || q.segOf[j] != 0 {
		return false
	}
	return !isPronoun(q.wtext(j)) && !q.newClauseAt(j, end)
}

// newClauseAt reports whether a subject and its finite verb start at
// word j: "Emanuel fired", "the mayor has said".
func (q *quoteScan) newClauseAt(j, end int) bool {
	return q.newClauseVerb(j, end) >= 0
}

// newClauseVerb returns the finite verb of the clause whose subject starts
// at word j, or -1 (see newClauseAt).
func (q *quoteScan) newClauseVerb(j, end int) int {
	if j >= end || q.segOf[j] != 0 || q.ws[j].Kind != reading.Alpha && q.ws[j].Kind != reading.Abbrev && q.ws[j].Kind != reading.Number {
		return -1
	}
	t := q.wtext(j)
	k := j + 1
	switch {
	case isPronoun(t) && t != "it" && t != "you":
	case isDeterminer(t) || nameWord(t) || q.ws[j].Kind == reading.Number || isQuantifier(t):
		for n := 0; k < end && n < 4; n++ {
			w := q.wtext(k)
			if (w == "in" || w == "of") && k+1 < end && (q.ws[k+1].Kind == reading.Number || isQuantifier(q.wtext(k+1)) || q.wtext(k+1) == "them") {
				k++ // "one in four", "most of them"
				continue
			}
			if q.ws[k].Kind == reading.Poss || q.ws[k].Kind == reading.Number || q.ws[k].Kind == reading.Quote && k+1 < end && q.possessiveMark(k) ||
				(q.ws[k].Kind == reading.Alpha || q.ws[k].Kind == reading.Abbrev) && !isAuxOrAdverb(w) && !endsNounPhrase(w) && q.verbKind[k] == cueNone && !(len(w) > 3 && strings.HasSuffix(w, "ed")) {
				k++
				continue
			}
			break
		}
	default:
		return -1
	}
	for n := 0; k < end && n < maxAux && isAuxOrAdverb(q.wtext(k)) && !isFiniteAux(q.wtext(k)); n++ {
		k++
	}
	if k >= end || q.segOf[k] != 0 || q.ws[k].Kind != reading.Alpha {
		return -1
	}
	w := q.wtext(k)
	if isFiniteAux(w) && w != "be" && w != "been" || q.verbKind[k] != cueNone ||
		len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' && strings.HasSuffix(w, "ed") {
		return k
	}
	return -1
}

// subjectCue reports whether a subject and its reporting verb start at
// word j: "... and one in four said ...".
func (q *quoteScan) subjectCue(j, end int) bool {
	v := q.newClauseVerb(j, end)
	return v >= 0 && q.cueAt(v, j) == cueReport
}

// isQuantifier reports whether t counts the members of a subject: "one
// in four", "most voters", "half of them".
func isQuantifier(t string) bool {
	switch t {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"many", "most", "some", "few", "half", "several", "both", "each", "all":
		return true
	}
	return false
}

// cutNested ends the quote out[pending] before the clause whose subject
// starts at word s, after the comma, semicolon or conjunction that opens
// that clause.
func (q *quoteScan) cutNested(pending, s int) {
	if pending < 0 || s < 1 {
		return
	}
	x := &q.out[pending]
	k := s - 1
	switch q.wtext(k) {
	case "and", "but", ";", ",":
	default:
		return
	}
	if k > 0 && q.isComma(k-1) {
		k--
	}
	if q.ws[k].Start <= x.Start || q.ws[k].Start > x.End {
		return
	}
	x.End = q.ws[k-1].End
	x.Text = q.text[x.Start:x.End]
}

// opensNested reports whether the subject at word s, inside the content
// that starts at word from, opens a clause of its own: after a comma or a
// semicolon ("X asked A, at least 21,000 said ..."), or after "and" or
// "but" that joins no noun phrase ("he and other leaders said" is one
// subject).
func (q *quoteScan) opensNested(s, from int) bool {
	if s < 1 {
		return false
	}
	switch q.wtext(s - 1) {
	case ";", ",":
		return true
	case "and", "but":
		if s > 1 && (q.wtext(s-2) == "," || q.wtext(s-2) == ";") {
			return true
		}
		return s-1-from > 2 && !isPronoun(q.wtext(s-2)) && !nameWord(q.wtext(s-2))
	}
	return false
}

// transcriptTurns splits the direct quotes that hold a transcript into
// its turns. A paragraph that opens, after its quotation mark, with a
// speaker's label in capitals and a colon ("KELLER: Let's start", "SEN.
// LIND: Well") starts a turn; the turn runs to the next label or to the
// quote's end, so an unlabelled paragraph goes on with the turn before
// it. The label is the turn's speaker and the colon its cue; no turn's
// text holds a label. It runs after direct, on the direct quotes alone,
// and allocates only when it finds a transcript.
func (q *quoteScan) transcriptTurns() {
	var out []Quote // nil until a transcript is found
	for i, x := range q.out {
		turns := q.appendTurns(out[len(out):], x)
		if turns == nil {
			if out != nil {
				out = append(out, x)
			}
			continue
		}
		if out == nil {
			out = append(make([]Quote, 0, len(q.out)+len(turns)), q.out[:i]...)
		}
		out = append(out, turns...)
	}
	if out != nil {
		q.out = out
	}
}

// appendTurns appends to dst the quotes that the direct quote x holds when
// it is a transcript: what comes before its first label (as x, with its
// speaker), then a quote per turn. It returns nil when x holds no label.
func (q *quoteScan) appendTurns(dst []Quote, x Quote) []Quote {
	if x.Kind != Direct {
		return nil
	}
	pi, _ := slices.BinarySearchFunc(q.d.Paras, x.Start, func(p reading.Para, at int) int {
		return cmp.Compare(p.End, at+1) // the first paragraph ending after x.Start
	})
	type turn struct{ label, colon int }
	var prev turn
	found := false
	emit := func(t turn, end int) {
		body := trimMarks(q.text, q.ws[t.colon+1].Start, end)
		if body.Start >= body.End {
			return
		}
		cue := span(q.text, q.ws[t.colon].Start, q.ws[t.colon].End)
		sp := q.speakerSpan(t.label, t.colon-1)
		if sp.Entity == "" {
			sp.Entity = q.link.surname(sp.Text) // "LIND:" for Ada Lind
		}
		dst = append(dst, Quote{Span: body, Kind: Direct, Speaker: sp, Cue: &cue})
	}
	for ; pi < len(q.d.Paras) && q.d.Paras[pi].Start < x.End; pi++ {
		w0, w1 := q.paraWords(pi)
		label, colon, ok := q.turnLabel(w0, w1)
		if !ok || q.ws[label].Start < x.Start || q.ws[colon].End >= x.End {
			continue
		}
		t := turn{label, colon}
		if !found {
			found = true
			if ps := q.d.Paras[pi].Start; ps > x.Start {
				if before := trimMarks(q.text, x.Start, ps); before.Start < before.End {
					y := x
					y.Span = before
					dst = append(dst, y)
				}
			}
		} else {
			emit(prev, q.d.Paras[pi].Start)
		}
		prev = t
	}
	if !found {
		return nil
	}
	emit(prev, x.End)
	return dst
}

// turnLabel reads a transcript's speaker label at the start of the
// paragraph of words [w0, w1): an optional opening quotation mark, one to
// three words in capitals ("PENCE", "SEN. LIND", "MR. DE LA CRUZ" is too
// long), and a colon followed by at least two words. It returns the
// label's first word and the colon.
func (q *quoteScan) turnLabel(w0, w1 int) (label, colon int, ok bool) {
	k := w0
	if k < w1 && q.ws[k].Kind == reading.Quote {
		k++
	}
	label = k
	for ; k < w1 && k-label < 3 && (q.ws[k].Kind == reading.Alpha || q.ws[k].Kind == reading.Abbrev) && capitalsLabel(q.wtext(k)); k++ {
	}
	if k == label || k >= w1 || q.wtext(k) != ":" || w1-k < 3 {
		return 0, 0, false
	}
	return label, k, true
}

// capitalsLabel reports whether t is written in capitals, with two
// letters at least ("PENCE", "SEN."), as transcripts write a speaker's
// name; "I" and "A" are not.
func capitalsLabel(t string) bool {
	letters := 0
	for _, r := range t {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}

// onlyTime reports whether words from..to-1 are all a time adverbial's
// ("on Thursday", "last week", "in May").
func (q *quoteScan) onlyTime(from, to int) bool {
	if from >= to || to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		if t := q.wtext(k); !isTimeWord(t) && !monthName(t) && t != "in" && t != "at" && q.ws[k].Kind != reading.Number {
			return false
		}
	}
	return true
}

// infinitiveAt reports whether word i, after "to", reads as a bare verb:
// a lower-case word that is no determiner, pronoun, plural noun or
// participle ("to resume", not "to reporters", "to the press").
func (q *quoteScan) infinitiveAt(i int) bool {
	t := q.wtext(i)
	if q.ws[i].Kind != reading.Alpha || t[0] < 'a' || t[0] > 'z' || isDeterminer(t) || isPronoun(t) || isObjectPronoun(t) ||
		isTimeWord(t) || participle(t) || strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
		return false
	}
	switch t {
	case "some", "many", "all", "both", "each", "what", "which", "whom", "whoever", "date", "court", "power", "office":
		return false
	}
	return true
}

// trailerAt reports whether the words from k (after a comma) to the
// sentence's end, end, open with an attribution of what came before:
// "officials said", "said Jane Roe", "according to the indictment".
func (q *quoteScan) trailerAt(k, end int) bool {
	for c := k; c < end && c-k < maxTrailer; c++ {
		if q.isTerminal(c) || q.ws[c].Kind == reading.Quote {
			return false
		}
		switch q.cueAt(c, k) {
		case cueNone:
			continue
		case cueAccording:
			return c == k
		case cueSeem:
			return false
		}
		if c == k {
			return true // "said Jane Roe"
		}
		s, _, ok := q.subjectBefore(c, k)
		return ok && s == k
	}
	return false
}

// reportedModal reports whether t is a modal of reported speech ("would",
// "could"), whose clause goes on with the words reported.
func reportedModal(t string) bool {
	switch t {
	case "would", "could", "should", "might", "will", "may", "can", "must", "wouldn't", "couldn't", "won't":
		return true
	}
	return false
}
