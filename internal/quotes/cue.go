package quotes

import (
	"strings"

	"github.com/newsparse/newsparse/internal/reading"
)

// maxCueGroup bounds the words a cue's verb group reaches back over:
// "could not have immediately been".
const maxCueGroup = 5

// fitCues widens each quote's cue to its verb group as PolNeAR marks it:
// the auxiliaries, negation and adverbs right before the verb ("has
// repeatedly insisted", "did not say", "would also add"). It runs last,
// on the rules' and the tagger's quotes alike, and reads words only: the
// group stops at punctuation, at the sentence's edge, at the speaker and
// at a quote's own words.
func (q *quoteScan) fitCues(qs []Quote) {
	for i := range qs {
		x := &qs[i]
		if x.Cue == nil || x.Cue.End <= x.Cue.Start {
			continue
		}
		c := wordAt(q.ws, x.Cue.Start)
		if c >= len(q.ws) || q.ws[c].Start != x.Cue.Start {
			continue // a cue that starts inside a word: leave it be
		}
		q.fitSpeakerAfter(x)
		q.fitAccordingTo(x)
		q.speakerAuxOut(x, c)
		b := q.verbGroupStart(c, *x)
		e := q.cueEnd(c, x.Cue.End)
		if b < c || e != x.Cue.End {
			s := span(q.text, q.ws[b].Start, e)
			x.Cue = &s
		}
		q.fitSpeakerBefore(x, b)
	}
}

// verbGroupStart returns the first word of the verb group that ends in
// the cue starting at word c of quote x: c itself when no auxiliary,
// negation or adverb stands right before it.
func (q *quoteScan) verbGroupStart(c int, x Quote) int {
	si := q.sentOf(c)
	if si < 0 {
		return c
	}
	lo := q.d.Sents[si].Word0
	b := c
	for n := 0; b > lo && n < maxCueGroup; n++ {
		k := b - 1
		w := q.ws[k]
		if w.Kind != reading.Alpha || strings.TrimSpace(q.text[w.End:q.ws[b].Start]) != "" {
			break
		}
		if !cueGroupWord(q.text[w.Start:w.End]) {
			break // lower case only: "Theresa May said" holds no "may"
		}
		if x.Speaker != nil && w.Start < x.Speaker.End && x.Speaker.Start < w.End {
			break
		}
		if inParts(x, w.Start, w.End) {
			break
		}
		b = k
	}
	// The group is a verb's: it holds an auxiliary or a negation, or its
	// verb is a word of the rules' verb list ("repeatedly insisted"); an
	// adverb alone before a noun cue stays out ("the widely reported
	// claim").
	if b < c && !q.cueVerbAt(c) {
		aux := false
		for k := b; k < c; k++ {
			if cueAuxWord(q.wtext(k)) {
				aux = true
			}
		}
		if !aux {
			return c
		}
	}
	return b
}

// cueVerbAt reports whether word c is a reporting verb out of context.
func (q *quoteScan) cueVerbAt(c int) bool {
	return q.verbKind[c] != 0
}

// cueAuxWord reports whether t, in lower case, is an auxiliary or a negation
// of a verb group.
func cueAuxWord(t string) bool {
	switch t {
	case "has", "have", "had", "will", "would", "can", "could", "should", "shall", "may",
		"might", "must", "did", "do", "does", "is", "are", "was", "were", "am", "be", "been",
		"being", "not", "never", "cannot":
		return true
	}
	return strings.HasSuffix(t, "n't") || strings.HasSuffix(t, "n’t")
}

// cueGroupWord reports whether t, in lower case, may stand in a verb group
// before its verb: an auxiliary, a negation, or an adverb of the kind
// that sits there ("also", "repeatedly", "publicly").
func cueGroupWord(t string) bool {
	if cueAuxWord(t) {
		return true
	}
	switch t {
	case "also", "still", "just", "even", "often", "once", "again", "already", "always",
		"now", "later", "then", "long", "first", "earlier", "since", "ever", "further",
		"previously", "recently", "repeatedly", "sometimes", "yet", "too", "only", "soon":
		return true
	}
	return len(t) > 4 && strings.HasSuffix(t, "ly") && t != "only" && t != "early" && t != "likely" && t != "family"
}

// cueEnd returns where the cue of words c.. ending at byte end should end:
// a plain verb of saying stops before a preposition that follows it
// ("said of the plan", "says on its website", "said to reporters"), which
// PolNeAR leaves out of the cue about twice as often as it takes it in.
func (q *quoteScan) cueEnd(c, end int) int {
	v := c
	for v < len(q.ws) && q.ws[v].End < end && cueGroupWord(strings.ToLower(q.wtext(v))) {
		v++
	}
	if v >= len(q.ws) {
		return end
	}
	t := strings.ToLower(q.wtext(v))
	if q.ws[v].End == end && v+1 < len(q.ws) && strings.TrimSpace(q.text[end:q.ws[v+1].Start]) == "" {
		// "called for", "pointed to", "railed against": the cue's own
		// preposition.
		if p := strings.ToLower(q.wtext(v + 1)); takesPrep(t, p) && q.sentOf(v+1) == q.sentOf(v) {
			return q.ws[v+1].End
		}
		return end
	}
	if v+1 >= len(q.ws) || q.ws[v+1].Start >= end || !plainSayVerb(t) {
		return end
	}
	switch strings.ToLower(q.wtext(v + 1)) {
	case "of", "on", "at", "to", "as":
		return q.ws[v].End
	}
	return end
}

// takesPrep reports whether the cue word t takes the preposition p into
// its cue, as PolNeAR marks it: "called for", "called on", "pointed out",
// "referring to", "talked about", "railed against".
func takesPrep(t, p string) bool {
	switch p {
	case "for":
		switch t {
		case "call", "calls", "called", "calling", "advocate", "advocates", "advocated", "advocating":
			return true
		}
	case "on":
		switch t {
		case "call", "calls", "called", "calling", "focus", "focuses", "focused", "focusing":
			return true
		}
	case "out":
		switch t {
		case "point", "points", "pointed", "pointing", "speak", "speaks", "spoke", "speaking":
			return true
		}
	case "to":
		switch t {
		case "point", "points", "pointed", "pointing", "refer", "refers", "referred", "referring",
			"respond", "responds", "responded", "responding":
			return true
		}
	case "about":
		switch t {
		case "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking",
			"brag", "brags", "bragged", "bragging", "complain", "complains", "complained", "complaining":
			return true
		}
	case "against":
		switch t {
		case "rail", "rails", "railed", "railing", "warn", "warns", "warned", "warning":
			return true
		}
	}
	return false
}

// plainSayVerb reports whether t is a form of a verb of saying that takes
// no preposition of its own.
func plainSayVerb(t string) bool {
	switch t {
	case "say", "says", "said", "saying", "wrote", "writes", "write", "writing", "added", "adds", "add", "adding":
		return true
	}
	return false
}

// maxAppositive bounds the words of an appositive after a speaker named
// after the verb: "said Jane Roe, a lawyer for ... who ...".
const maxAppositive = 40

// fitSpeakerAfter widens a speaker named right after its verb to the
// appositive that follows it to the sentence's end, as PolNeAR marks the
// source: "said Jane Roe, a lawyer for the city." gives "Jane Roe, a
// lawyer for the city". The appositive opens with an article, a number
// (an age), a lower-case noun or "who"; a participle opens no appositive
// ("said Jane Roe, adding that ..."), nor does the speaker of "according
// to", whose comma ends the source. The appositive stops at a quotation
// mark, at the quote's own words and at the sentence's end. The entity
// stays the head's.
func (q *quoteScan) fitSpeakerAfter(x *Quote) {
	sp := x.Speaker
	if sp == nil || sp.End <= sp.Start || sp.Start < x.Cue.End || strings.TrimSpace(q.text[x.Cue.End:sp.Start]) != "" {
		return
	}
	if c := strings.ToLower(x.Cue.Text); strings.HasPrefix(c, "according") {
		return
	}
	k := wordAt(q.ws, sp.End)
	if k >= len(q.ws) || q.ws[k].Start < sp.End {
		return // the speaker ends inside a word
	}
	si := q.sentOf(k)
	if si < 0 || q.sentOf(wordAt(q.ws, sp.Start)) != si {
		return
	}
	end := q.d.Sents[si].WordEnd
	if q.wtext(k) == "(" { // "Rep. Jane Roe (D-Ohio), head of ..."
		for k++; k < end && k-wordAt(q.ws, sp.End) < 8 && q.wtext(k) != ")"; k++ {
		}
		k++
	}
	if k+1 >= end || q.wtext(k) != "," || !opensAppositive(q.wtext(k+1)) {
		return
	}
	last := -1
	for j := k + 1; j < end; j++ {
		if j-k > maxAppositive {
			return
		}
		w := q.ws[j]
		if w.Kind == reading.Quote || q.segOf[j] != 0 || inParts(*x, w.Start, w.End) {
			break
		}
		last = j
	}
	if last < 0 {
		return
	}
	s := trimmedSpan(q.text, sp.Start, q.ws[last].End)
	if s.End > sp.End {
		// A new Speaker: another quote may share sp.
		x.Speaker = q.newSpeaker(Speaker{Span: s, Entity: sp.Entity})
	}
}

// opensAppositive reports whether the word t after a speaker's comma
// opens an appositive: "a", "the", "59", "chairman", "who".
func opensAppositive(t string) bool {
	switch t {
	case "a", "an", "the", "who", "whose", "one", "then", "now", "also":
		return true
	case "and", "but", "or", "as", "in", "on", "at", "when", "while", "after", "before", "because",
		"if", "though", "although", "which", "that", "so", "not", "to", "of", "for", "with", "by", "like",
		"unlike", "including", "such", "despite", "from", "into", "about", "than", "where", "there",
		"however", "meanwhile", "too", "instead", "therefore", "moreover", "indeed",
		"nevertheless", "nonetheless", "meantime", "yet", "still", "again", "once",
		"himself", "herself", "itself", "themselves":
		return false
	}
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		return true
	}
	return t[0] >= 'a' && t[0] <= 'z' && !strings.HasSuffix(t, "ing") && !strings.HasSuffix(t, "ed") && !strings.HasSuffix(t, "ly")
}

// fitSpeakerBefore widens a speaker named before its verb group (which
// starts at word b) to the appositive between them: "Jane Roe, a lawyer
// for the city, said" gives "Jane Roe, a lawyer for the city". The
// appositive lies between the comma after the speaker (or after its
// parenthesis, "Rep. Jane Roe (D-Ohio), who ...,") and a comma right
// before the verb group, and holds no quotation mark and none of the
// quote's words. The entity stays the head's.
func (q *quoteScan) fitSpeakerBefore(x *Quote, b int) {
	sp := x.Speaker
	if sp == nil || sp.End <= sp.Start || b < 2 || sp.End > q.ws[b].Start || q.wtext(b-1) != "," {
		return
	}
	k := wordAt(q.ws, sp.End)
	if k >= b-1 || q.ws[k].Start < sp.End || b-1-k > maxAppositive {
		return
	}
	if q.sentOf(k) != q.sentOf(b) {
		return
	}
	if q.wtext(k) == "(" {
		for k++; k < b-1 && q.wtext(k) != ")"; k++ {
		}
		k++
	}
	// A relative clause there ("Jane Roe, who ..., said") PolNeAR takes
	// into the source about half the time only: it stays out.
	if t := q.wtext(k + 1); k+1 >= b-1 || q.wtext(k) != "," || !opensAppositive(t) || t == "who" || t == "whose" {
		return
	}
	for j := k + 1; j < b-1; j++ {
		w := q.ws[j]
		if w.Kind == reading.Quote || q.segOf[j] != 0 || inParts(*x, w.Start, w.End) {
			return
		}
	}
	s := trimmedSpan(q.text, sp.Start, q.ws[b-2].End)
	if s.End > sp.End {
		ent := sp.Entity
		if ent == "" {
			ent = q.link.cutName(sp.Span, s)
		}
		x.Speaker = q.newSpeaker(Speaker{Span: s, Entity: ent})
	}
}

// speakerAuxOut gives the verb group back the words at the end of a
// speaker that abuts the cue starting at word c: an auxiliary the
// speaker's reader took in ("officials haven't said": "officials"), or
// an adverb set off by a comma ("Jane Roe, meanwhile, said": "Jane
// Roe").
func (q *quoteScan) speakerAuxOut(x *Quote, c int) {
	sp := x.Speaker
	if sp == nil || sp.End > q.ws[c].Start || c == 0 {
		return
	}
	s0 := wordAt(q.ws, sp.Start)
	k := c - 1
	if q.ws[k].End != sp.End {
		if q.wtext(k) != "," || k == 0 || q.ws[k-1].End != sp.End {
			return
		}
		k-- // the speaker ends before the comma right before the verb
	}
	e := k
	for e > s0 && cueAuxWord(q.wtext(e)) && strings.TrimSpace(q.text[q.ws[e].End:q.ws[e+1].Start]) == "" {
		e--
	}
	if e == k && k-2 > s0 && q.wtext(k-1) == "," && q.ws[k].Kind == reading.Alpha && !opensAppositive(q.wtext(k)) {
		t := q.wtext(k)
		if t[0] >= 'a' && t[0] <= 'z' {
			e = k - 2 // "Jane Roe, meanwhile": the adverb and its comma out
		}
	}
	if e < k {
		s := span(q.text, sp.Start, q.ws[e].End)
		x.Speaker = q.newSpeaker(Speaker{Span: s, Entity: sp.Entity})
	}
}

// fitAccordingTo widens the source of "according to" to the whole noun
// phrase, up to the comma, parenthesis, dash, quotation mark or
// sentence end that closes it, as PolNeAR marks it: "according to the
// Federal Bureau of Prisons", "according to attorneys for the family".
// When the quote's words come before the cue, an appositive after the
// comma is the source's too ("..., according to Jane Roe, an analyst at
// the bank."); when they follow, the comma ends the source.
func (q *quoteScan) fitAccordingTo(x *Quote) {
	sp := x.Speaker
	if sp == nil || sp.End <= sp.Start || sp.Start < x.Cue.End || strings.TrimSpace(q.text[x.Cue.End:sp.Start]) != "" {
		return
	}
	if c := strings.ToLower(x.Cue.Text); c != "according to" {
		return
	}
	s0 := wordAt(q.ws, sp.Start)
	si := q.sentOf(s0)
	if s0 >= len(q.ws) || q.ws[s0].Start != sp.Start || si < 0 {
		return
	}
	end := q.d.Sents[si].WordEnd
	last, comma := -1, false
	for j := s0; j < end && j-s0 <= maxAppositive; j++ {
		w := q.ws[j]
		if w.Kind == reading.Quote || q.segOf[j] != 0 || inParts(*x, w.Start, w.End) {
			break
		}
		if w.Kind == reading.Punct {
			t := q.wtext(j)
			if t == "," && !comma && x.End <= x.Cue.Start && j+1 < end && opensAppositive(q.wtext(j+1)) {
				comma = true
				continue // "according to Jane Roe, an analyst", one appositive
			}
			if t == "(" && j+2 < end && q.wtext(j+2) == ")" && q.ws[j+1].Kind == reading.Alpha {
				last = j + 2 // "Alliance to Reclaim Our Schools (AROS)"
				j += 2
				continue
			}
			if t != "&" && t != "/" && t != "'" && t != "’" {
				break
			}
		}
		last = j
	}
	if last < 0 {
		return
	}
	s := trimmedSpan(q.text, sp.Start, q.ws[last].End)
	if q.wtext(last) == ")" {
		s = span(q.text, sp.Start, q.ws[last].End) // the parenthesis closed, kept
	}
	if s.End > sp.End {
		ent := sp.Entity
		if ent == "" {
			ent = q.link.cutName(sp.Span, s)
		}
		x.Speaker = q.newSpeaker(Speaker{Span: s, Entity: ent})
	}
}
