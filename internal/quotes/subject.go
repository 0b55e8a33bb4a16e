package quotes

import (
	"strings"

	"github.com/newsparse/newsparse/internal/reading"
)

// maxFront bounds the fronted adverbials stepped over before a clause's
// subject ("In August, however, the board ...").
const maxFront = 3

// participleSpeakers gives a quote whose cue is a present participle
// ("the board blocked the sale, citing a risk to health"; "Ana Ruiz sent
// a flurry of notes saying that ...") the subject of the clause the
// participle hangs from: a participle has no subject of its own. It
// replaces no speaker, or one read elsewhere in that clause before the
// participle ("a flurry of", the fronted "Recently"); a speaker outside
// that clause, or the subject itself, stays.
func (q *quoteScan) participleSpeakers(qs []Quote) {
	for i := range qs {
		x := &qs[i]
		if x.Cue == nil || x.Cue.End <= x.Cue.Start {
			continue
		}
		p := q.participleIn(*x.Cue)
		if p < 0 || q.ws[p].End > x.Start {
			continue // the reported words come after the participle
		}
		lo, _ := q.sentRange(p)
		if p == lo {
			continue
		}
		s, e, ok := q.clauseSubject(lo, p)
		if !ok || q.segOf[s] != 0 {
			continue
		}
		sb, se := q.ws[s].Start, q.ws[e].End
		if sp := x.Speaker; sp != nil {
			if overlap(sp.Start, sp.End, sb, se) > 0 || sp.Start < q.ws[lo].Start || sp.End > q.ws[p].Start {
				continue
			}
			// Without a comma (or "and") before it, the participle may
			// tell of the noun right before it ("had voters wondering
			// about"): a speaker stays unless it is no noun phrase at all
			// ("a flurry of").
			if b := q.wtext(p - 1); b != "," && b != "and" && !q.brokenPhrase(sp.Span) {
				continue
			}
		}
		x.Speaker = q.speakerSpan(s, e)
	}
}

// participleIn returns the word of the cue c that is a present
// participle in lower case ("saying", "promising"), or -1.
func (q *quoteScan) participleIn(c Span) int {
	k := wordAt(q.ws, c.Start)
	for n := 0; k < len(q.ws) && q.ws[k].Start < c.End && n < maxCueGroup+8; k, n = k+1, n+1 {
		t := q.wtext(k)
		if q.ws[k].Kind == reading.Alpha && participle(t) && t[0] >= 'a' && t[0] <= 'z' && !notParticiple(t) && !strings.Contains(t, "-") {
			return k
		}
	}
	return -1
}

// notParticiple reports whether t ends in -ing but is no verb's
// participle: "according", "during", a noun.
func notParticiple(t string) bool {
	switch t {
	case "according", "during", "nothing", "something", "anything", "everything", "morning",
		"evening", "thing", "things", "meeting", "hearing", "briefing", "building", "following":
		return true
	}
	return false
}

// clauseSubject reads the subject of the clause that opens the sentence
// at word lo and holds the participle at p: past the fronted adverbials
// and a leading conjunction ("In 1986, the court blocked"; "Chastened by
// the polls, Ana Ruiz revised"), the noun phrase before the clause's
// first verb, which must come before p; the phrase must reach back to
// the clause's start ("The fight over the pier is": not "the pier"). A
// fronted adverbial runs at most maxAdverbial words to its comma. It
// returns the first and last word of the subject, or ok false.
func (q *quoteScan) clauseSubject(lo, p int) (s, e int, ok bool) {
	s0 := lo
	for n := 0; n <= maxFront && s0 < p; n++ {
		t := q.wtext(s0)
		if q.ws[s0].Kind != reading.Alpha {
			return 0, 0, false
		}
		if leadConjunction(t) {
			s0++
			continue
		}
		if !q.frontsAdverbial(s0) {
			break
		}
		k := s0 + 1
		for ; k < p && k-s0 <= maxAdverbial && !q.isComma(k); k++ {
			if q.isTerminal(k) || q.ws[k].Kind == reading.Quote {
				return 0, 0, false
			}
		}
		if k >= p || q.wtext(k) != "," {
			return 0, 0, false
		}
		s0 = k + 1
	}
	if s0 >= p || q.ws[s0].Kind != reading.Alpha && q.ws[s0].Kind != reading.Number || q.frontsAdverbial(s0) {
		return 0, 0, false
	}
	// The clause's verb: the first word after the subject's first that
	// has a verb's form, before any punctuation.
	v := -1
	for k := s0 + 1; k < p && k-s0 <= maxSubject+maxAux; k++ {
		if q.isPunctWord(k) && q.ws[k].Kind != reading.Poss {
			if q.ws[k].Kind == reading.Quote && q.possessiveMark(k) {
				continue
			}
			return 0, 0, false
		}
		if t := q.wtext(k); q.ws[k].Kind == reading.Alpha && t[0] >= 'a' && t[0] <= 'z' && q.clauseVerb(k) {
			v = k
			break
		}
	}
	if v < 0 {
		return 0, 0, false
	}
	s, e, ok = q.nounPhraseBefore(v, s0)
	if !ok || s != s0 || e >= v {
		return 0, 0, false
	}
	return s, e, true
}

// clauseVerb reports whether the lower-case word k has a finite verb's
// form: an auxiliary, a reporting verb, a regular past ("blocked") or a
// common irregular one ("spoke", "took").
func (q *quoteScan) clauseVerb(k int) bool {
	t := q.wtext(k)
	if isFiniteAux(t) || q.verbKind[k] != cueNone && !participle(t) {
		return true
	}
	return pastVerb(t)
}

// leadConjunction reports whether t, opening a sentence, joins it to the
// one before and is no part of its subject.
func leadConjunction(t string) bool {
	switch t {
	case "But", "And", "So", "Yet", "Or":
		return true
	}
	return false
}

// frontsAdverbial reports whether word k, opening a sentence, starts an
// adverbial that a comma ends before the subject: a preposition, a
// subordinator, a sentence adverb ("Recently,"), a participle with its
// preposition ("Chastened by ...", "Speaking to ...").
func (q *quoteScan) frontsAdverbial(k int) bool {
	t := q.wtext(k)
	switch strings.ToLower(t) {
	case "in", "on", "at", "after", "before", "during", "since", "following", "with", "without",
		"despite", "amid", "for", "from", "by", "under", "over", "as", "when", "while",
		"although", "though", "because", "if", "once", "until", "unless", "like", "earlier",
		"later", "recently", "however", "meanwhile", "still", "also", "instead", "yesterday",
		"today", "last", "separately", "indeed", "thus", "moreover", "according", "then",
		"finally", "first":
		return true
	}
	if len(t) <= 4 || k+1 >= len(q.ws) {
		return false
	}
	next := q.wtext(k + 1)
	switch {
	case strings.HasSuffix(t, "ly"):
		return next == ","
	case strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "ing"):
		switch next {
		case "by", "to", "with", "at", "in", "on", "from", "about", "after", "for":
			return true
		}
	}
	return false
}

// brokenPhrase reports whether the speaker sp is no noun phrase: words
// that end in a preposition, an article or a conjunction ("a series
// of"), or open with a verb or an auxiliary in lower case ("came away",
// "been criticized"), or one such word alone.
func (q *quoteScan) brokenPhrase(sp Span) bool {
	t := strings.TrimSpace(sp.Text)
	if t == "" {
		return true
	}
	first, last := t, t
	if i := strings.IndexByte(t, ' '); i > 0 {
		first, last = t[:i], t[strings.LastIndexByte(t, ' ')+1:]
		if isDeterminer(last) || notInSubject(last) || endsNounPhrase(last) && !nameWord(last) && !isPronoun(last) {
			return true
		}
	}
	return q.brokenLead(first)
}

// brokenLead reports whether the words t open with an auxiliary, an
// adverb or an irregular past verb in lower case: no noun phrase's start.
func (q *quoteScan) brokenLead(t string) bool {
	first := t
	if i := strings.IndexByte(t, ' '); i > 0 {
		first = t[:i]
	}
	if first == "" || first[0] < 'a' || first[0] > 'z' {
		return false
	}
	// Not a regular past: "retired nurse Ana Ruiz", "elected officials".
	return isFiniteAux(first) || first == "been" || len(first) > 4 && strings.HasSuffix(first, "ly") ||
		!pastForm(first) && pastVerb(first)
}

// pastVerb reports whether the lower-case word t has the form of a past
// verb: regular ("blocked", see pastForm) or irregular, by the tense list
// (lexicon/pastverbs.txt: "came", "spoke").
func pastVerb(t string) bool { return pastForm(t) || pastVerbs()[t] }

// brokenSpeakers mends the speakers that are no noun phrase, as the
// tagger may read one: a phrase cut short ("a group of", the cue a few
// words on) runs on to the cue; another ("a flurry of", "came away")
// gives way to the subject right before the cue's verb, when there is
// one.
func (q *quoteScan) brokenSpeakers(qs []Quote) {
	for i := range qs {
		x := &qs[i]
		if x.Speaker == nil || x.Cue == nil || x.Cue.End <= x.Cue.Start || !q.brokenPhrase(x.Speaker.Span) {
			continue
		}
		c := wordAt(q.ws, x.Cue.Start)
		if c >= len(q.ws) || q.ws[c].Start != x.Cue.Start {
			continue
		}
		if e := wordAt(q.ws, x.Speaker.End-1); e < c && c-e <= 4 && !q.brokenLead(x.Speaker.Text) {
			k := e + 1
			for k < c && q.ws[k].Kind == reading.Alpha && !q.clauseVerb(k) {
				k++
			}
			if k == c && k > e+1 {
				sp := span(q.text, x.Speaker.Start, q.ws[c-1].End)
				x.Speaker = q.newSpeaker(Speaker{Span: sp, Entity: q.link.link(q.text, sp)})
				continue
			}
		}
		lo, _ := q.sentRange(c)
		s, e, ok := q.subjectBefore(c, lo)
		if !ok {
			// "Ana Ruiz met the board and came away convinced": the
			// subject of the clause the cue's verb joins.
			if s, e, ok = q.clauseSubject(lo, c); !ok {
				continue
			}
		}
		if sp := q.speakerSpan(s, e); !q.brokenPhrase(sp.Span) && !inParts(*x, sp.Start, sp.End) {
			x.Speaker = sp
		}
	}
}

// coordinatedSpeakers gives a quote whose cue follows another verb and
// "and" ("I laughed and said") the subject right before that verb, when
// its speaker is another: the rules read the first subject of the
// sentence ("when my mother mentioned it, I laughed and said").
func (q *quoteScan) coordinatedSpeakers(qs []Quote) {
	for i := range qs {
		x := &qs[i]
		if x.Cue == nil || x.Cue.End <= x.Cue.Start {
			continue
		}
		c := wordAt(q.ws, x.Cue.Start)
		if c >= len(q.ws) || q.ws[c].Start != x.Cue.Start || c < 3 || q.wtext(c-1) != "and" || !pastVerb(q.wtext(c-2)) {
			continue
		}
		lo, _ := q.sentRange(c)
		s, e, ok := q.nounPhraseBefore(c-2, lo)
		if !ok || e != c-3 {
			continue
		}
		sb, se := q.ws[s].Start, q.ws[e].End
		if sp := x.Speaker; sp != nil && overlap(sp.Start, sp.End, sb, se) > 0 || inParts(*x, sb, se) {
			continue
		}
		x.Speaker = q.speakerSpan(s, e)
	}
}

// nearSpeakers gives a quote the speaker its cue's own sentence names,
// when its speaker lies in another sentence: the subject right before
// the cue ("The two mayors introduced ...", "It’s denouncing ..."), or
// the name after "according to" ("According to Ana Ruiz, “...”"). The
// rules carry a speaker from quote to quote, and the tagger may take a
// name from the sentence before.
func (q *quoteScan) nearSpeakers(qs []Quote) {
	for i := range qs {
		x := &qs[i]
		if x.Speaker == nil || x.Cue == nil || x.Cue.End <= x.Cue.Start {
			continue
		}
		c := wordAt(q.ws, x.Cue.Start)
		if c >= len(q.ws) || q.ws[c].Start != x.Cue.Start {
			continue
		}
		lo, hi := q.sentRange(c)
		if lo == hi || x.Speaker.End > q.ws[lo].Start && x.Speaker.Start < q.ws[hi-1].End {
			continue // the speaker is of the cue's sentence
		}
		s, e, ok := q.ownSubject(c, lo, hi)
		if !ok {
			continue
		}
		if sp := q.speakerSpan(s, e); !q.brokenPhrase(sp.Span) && !inParts(*x, sp.Start, sp.End) {
			x.Speaker = sp
		}
	}
}

// ownSubject reads the speaker the sentence [lo, hi) gives the cue at
// word c: the noun phrase after "according to" up to its comma, or the
// subject right before c, a pronoun's "’s" stepped over ("It’s
// denouncing").
func (q *quoteScan) ownSubject(c, lo, hi int) (s, e int, ok bool) {
	if strings.EqualFold(q.wtext(c), "according") && c+2 < hi && q.wtext(c+1) == "to" {
		e = -1
		for k := c + 2; k < hi && k-c <= maxSubject && !q.isPunctWord(k); k++ {
			e = k
		}
		if e < 0 || e+1 >= hi || !q.isComma(e+1) {
			return 0, 0, false
		}
		return c + 2, e, true
	}
	if c-2 >= lo && participle(q.wtext(c)) && q.ws[c-1].Kind == reading.Poss || c-2 >= lo && (q.wtext(c-1) == "’s" || q.wtext(c-1) == "'s") {
		if t := q.wtext(c - 2); isPronoun(t) {
			return c - 2, c - 2, true
		}
		return 0, 0, false
	}
	return q.subjectBefore(c, lo)
}
