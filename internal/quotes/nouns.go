package quotes

import (
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/lexicon"
)

// maxNounObject bounds the words of what a reporting noun names: "his
// criticism of the deal", "a call for a ban on ...".
const maxNounObject = 20

// nounCues maps each reporting noun to the words that may open what it
// reports ("criticism" -> "of"; "claim" -> "of", "that").
var nounCues = sync.OnceValue(func() map[string][]string {
	m := make(map[string][]string)
	for _, l := range lexicon.Words("quote-nouns.txt") {
		f := strings.Fields(l)
		m[f[0]] = f[1:]
	}
	return m
})

// nounCue reads the speech or stance that the noun at word c reports, in
// the sentence lo..end: "her criticism of the plan", "Trump's call for a
// ban", "the claim that ...". The holder is a possessive before the noun,
// the subject of a light verb ("expressed support for") or a "from" or
// "by" phrase after the object. It returns the quote and the index after
// its content.
func (q *quoteScan) nounCue(c, lo, end int) (Quote, int, bool) {
	w := q.ws[c]
	if w.Kind != reading.Alpha || c+2 >= end || w.End-w.Start > 16 || q.segOf[c] != 0 {
		return Quote{}, 0, false
	}
	n := q.nounOf[c]
	if n == 0 {
		return Quote{}, 0, false
	}
	prep := q.wtext(c + 1)
	opens := false
	for _, p := range quoteWords().nouns[n-1] {
		opens = opens || p == prep
	}
	if !opens {
		return Quote{}, 0, false
	}
	from := c + 2
	var to int
	switch q.wtext(from) {
	case "whether", "how", "why", "what", "who", "if":
		prep = "that" // "questions about whether ...": a clause
	}
	if prep == "that" {
		to = q.clauseEnd(from, end)
	} else {
		to = q.nounObjectEnd(from, end)
	}
	if to <= from || q.holdsDirect(from, to) {
		return Quote{}, 0, false
	}
	var sp *Speaker
	if s, e, ok := q.nounHolder(c, lo); ok {
		sp = q.speakerSpan(s, e)
	} else if to+1 < end && (q.wtext(to) == "from" || q.wtext(to) == "by") {
		if s, e, ok := q.speakerAfter(to, end); ok {
			sp = q.speakerSpan(s, e)
		}
	}
	cueEnd := c + 1
	if q.wtext(c+1) == "that" {
		cueEnd = c
	}
	cue := span(q.text, q.ws[c].Start, q.ws[cueEnd].End)
	if cueEnd == c {
		from = c + 1 // "the claim that ...": the clause with its "that"
	}
	return Quote{
		Span: span(q.text, q.ws[from].Start, q.ws[to-1].End), Kind: Indirect,
		Speaker: sp, Cue: &cue,
	}, to, true
}

// nounHolder reads who holds the reporting noun at word c: a possessive
// before it, past a few modifiers ("Trump's sharp criticism", "her
// support"), or the subject of a light verb ("voiced support for").
func (q *quoteScan) nounHolder(c, lo int) (s, e int, ok bool) {
	j := c - 1
	for n := 0; j >= lo && n < 4; n++ {
		w := q.ws[j]
		t := q.text[w.Start:w.End]
		if w.Kind == reading.Alpha && !isDeterminer(t) && !nameWord(t) && !endsNounPhrase(t) && q.verbKind[j] == cueNone && !lightVerb(t) ||
			w.Kind == reading.Punct && t == "," {
			j-- // "his highly personal, racially tinged attacks"
			continue
		}
		break
	}
	if j < lo {
		return 0, 0, false
	}
	t := q.wtext(j)
	switch {
	case q.ws[j].Kind == reading.Poss:
		e = j - 1
		s = e
		for s-1 >= lo && s > e-4 && (q.ws[s-1].Kind == reading.Alpha || q.ws[s-1].Kind == reading.Abbrev) && nameWord(q.wtext(s-1)) {
			s--
		}
		if e < lo || !nameWord(q.wtext(e)) && q.ws[e].Kind != reading.Alpha {
			return 0, 0, false
		}
		return s, e, true
	case isPossessive(t):
		return j, j, true
	}
	if isDeterminer(t) && j > lo {
		j-- // "made a call for", "offered a defense of"
	}
	if lightVerb(q.wtext(j)) || q.verbKind[j] != cueNone {
		return q.subjectBefore(j, lo)
	}
	return 0, 0, false
}

// isPossessive reports whether t is a possessive determiner that names a
// holder: "his", "their".
func isPossessive(t string) bool {
	switch t {
	case "his", "her", "their", "its", "His", "Her", "Their", "Its", "my", "our", "My", "Our":
		return true
	}
	return false
}

// lightVerb reports whether t, before a reporting noun, makes the noun
// its subject's words: "expressed support for", "renewed his call for".
func lightVerb(t string) bool {
	switch t {
	case "expressed", "expresses", "express", "voiced", "voices", "voice", "offered", "offers",
		"offer", "made", "makes", "make", "issued", "issues", "issue", "renewed", "renews",
		"reiterated", "repeated", "continued", "continues", "escalated", "stepped", "launched",
		"signaled", "signalled", "declared", "announced", "threw", "throws", "lent", "lends",
		"leveled", "levelled", "raised", "raises", "raise", "pressed", "presses":
		return true
	}
	return false
}

// nounObjectEnd returns the end of the noun phrase or infinitive that a
// reporting noun names, starting at word from: it stops at punctuation,
// at an auxiliary (the sentence's own verb: "attacks on the judge were
// ..."), at a "from" or "by" that names the holder, and at an adverbial
// of time or place.
func (q *quoteScan) nounObjectEnd(from, end int) int {
	k := from
	for ; k < end && k-from < maxNounObject; k++ {
		if q.segOf[k] != 0 {
			continue // quoted words belong to the object
		}
		w := q.ws[k]
		if w.Kind == reading.Punct {
			if t := q.text[w.Start:w.End]; t == "-" || t == "/" || t == "&" || t == "%" || t == "$" {
				continue
			}
			return k
		}
		if k > from && w.Kind == reading.Alpha && endsNounObject(q.text[w.Start:w.End]) {
			return k
		}
	}
	return k
}

// endsNounObject reports whether t, inside the object of a reporting
// noun, starts something else: the sentence's verb, the holder, an
// adverbial.
func endsNounObject(t string) bool {
	switch t {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should",
		"can", "may", "might", "must", "did", "does", "do", "from", "by", "during", "at", "after",
		"before", "since", "when", "while", "because", "as", "last", "this", "on", "Monday",
		"Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today",
		"but", "though", "although", "if", "until", "amid", "despite", "earlier", "later":
		return true
	}
	return false
}

// opensNounCue reports whether the words from k on, past a determiner and
// a modifier, are a reporting noun with its preposition: "his full support
// for", "the claim that".
func (q *quoteScan) opensNounCue(k, end int) bool {
	for n := 0; k+1 < end && n < 3; n, k = n+1, k+1 {
		w := q.ws[k]
		if w.Kind != reading.Alpha {
			return false
		}
		t := q.text[w.Start:w.End]
		if n := q.nounOf[k]; n != 0 {
			prep := q.wtext(k + 1)
			for _, p := range quoteWords().nouns[n-1] {
				if p == prep {
					return true
				}
			}
			return false
		}
		if nameWord(t) || q.verbKind[k] != cueNone {
			return false
		}
	}
	return false
}
