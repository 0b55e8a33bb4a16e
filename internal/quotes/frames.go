package quotes

import "github.com/newsparse/newsparse/internal/reading"

// Cue frames that a verb alone does not make: "voters see him as a
// spoiler", "she regards the plan as dead".

// maxAsObject bounds the object between a verb of viewing and its "as".
const maxAsObject = 8

// asFrame returns the cue kind of the verb of viewing at word i when
// "as" follows its object ("see X as Y", "regard X as Y"): the object and
// what it is taken as are the source's view, which gold corpora mark as
// what the verb names. Outside the frame, a verb listed only for it
// (cueView) is none, and any other keeps its kind.
func (q *quoteScan) asFrame(i, kind int) int {
	if kind != cueView && !viewVerb(q.wtext(i)) {
		return kind
	}
	if q.asAfterObject(i) {
		return cueMention
	}
	if kind == cueView {
		return cueNone
	}
	return kind
}

// viewVerb reports whether t is a verb that may frame "V X as Y" though
// another cue list holds it: "see", "viewed", "considered".
func viewVerb(t string) bool {
	switch t {
	case "see", "sees", "saw", "viewed", "consider", "considers", "considered", "considering":
		return true
	}
	return false
}

// asAfterObject reports whether a short object follows the verb at word
// i, then "as" and what it is taken as: "see golf courses as wasted
// space", not "see it as soon as" nor "view, as always".
func (q *quoteScan) asAfterObject(i int) bool {
	for k := i + 1; k < len(q.ws) && k-i <= maxAsObject+1; k++ {
		w := q.ws[k]
		if w.Kind == reading.Poss {
			continue
		}
		if w.Kind != reading.Alpha && w.Kind != reading.Number && w.Kind != reading.Abbrev {
			return false
		}
		t := q.text[w.Start:w.End]
		if t != "as" {
			if k == i+1 && !objectOpener(t) {
				return false
			}
			continue
		}
		if k == i+1 || k+1 >= len(q.ws) {
			return false
		}
		switch q.wtext(k + 1) {
		case "if", "though", "it", "of", "to":
			return false // "see it as if ...": no second term
		case "well", "soon", "long", "much", "many", "far":
			// "see it as soon as", "see it as well.": no second term;
			// "regard the fees as far too high" has one.
			return k+2 < len(q.ws) && q.ws[k+2].Kind == reading.Alpha && q.wtext(k+2) != "as"
		}
		return true
	}
	return false
}

// objectOpener reports whether t may open the object of "see X as Y": not
// a word that starts a clause or a phrase of its own ("see that", "view
// to", "consider running").
func objectOpener(t string) bool {
	switch t {
	case "that", "to", "what", "how", "why", "whether", "if", "who", "where", "when", "no", "not",
		"fit", "for", "in", "on", "at", "about", "through", "from", "of", "with", "by", "into":
		return false
	}
	return len(t) < 5 || t[len(t)-3:] != "ing"
}

// frames adds the quotes of the sentence lo..end (end after its last
// content word) that no cue word makes: a poll that opens it (pollSource)
// a clause the writer marks as reported by others ("The firm has
// reportedly hired ...") and a name or fame "known as" or "known for".
func (q *quoteScan) frames(lo, end int) {
	if x, ok := q.pollSource(lo, end); ok {
		q.out = append(q.out, x)
	}
	for k := lo; k < end; k++ {
		if q.look[k] == 0 || q.segOf[k] != 0 {
			continue // the words below are looked at (wantsLook)
		}
		switch w := q.ws[k]; w.End - w.Start {
		case len("reportedly"):
			if x, ok := q.reportedlyClause(k, lo, end); ok {
				q.out = append(q.out, x)
			}
		case len("known"):
			if x, ok := q.knownAs(k, lo, end); ok {
				q.out = append(q.out, x)
			}
		}
	}
}

// knownAs reads "X (is) known as Y" and "X (is) known for Y" at word k:
// a name or a reputation that people at large give X, reported with no
// source. The content is X with what it is known as.
func (q *quoteScan) knownAs(k, lo, end int) (Quote, bool) {
	if k == lo || k+2 >= end || q.wtext(k) != "known" {
		return Quote{}, false
	}
	if n := q.wtext(k + 1); n != "as" && n != "for" {
		return Quote{}, false
	}
	j := k - 1
	for n := 0; j > lo && n < 2 && isAuxOrAdverb(q.wtext(j)) && !isFiniteAux(q.wtext(j)); n++ {
		j-- // "best known", "also known"
	}
	var s int
	switch t := q.wtext(j); {
	case q.isComma(j):
		return Quote{}, false // "the Islamic State, also known as IS,": corpora rarely mark it
	case t == "has" || t == "have" || t == "had":
		return Quote{}, false // "has known for years": no passive
	case isBe(t):
		// "Ginsburg is known for ...": the clause from its subject.
		var ok bool
		if s, _, ok = q.nounPhraseBefore(k, lo); !ok || q.segOf[s] != 0 {
			return Quote{}, false
		}
	default:
		// "a club known as ...": the noun phrase from its determiner, or
		// the name right before.
		s = -1
		for i := k - 1; i >= lo && k-i <= 6 && q.ws[i].Kind != reading.Punct && q.ws[i].Kind != reading.Quote; i-- {
			if isDeterminer(q.wtext(i)) {
				s = i
				break
			}
		}
		if s < 0 {
			return Quote{}, false
		}
	}
	to := q.clauseEndOf(k+2, end, true)
	for i := k + 2; i < to; i++ {
		if q.segOf[i] != 0 {
			continue
		}
		if q.isComma(i) && q.ws[i-1].Kind == reading.Quote {
			to = i // "known as “the Hub,” with ...": the name ends
			break
		}
		if t := q.wtext(i); (t == "and" || t == "but") && i+1 < to && (isBe(q.wtext(i+1)) || isFiniteAux(q.wtext(i+1))) {
			to = i // "is known for X and is ...": a second predicate
			break
		}
	}
	if to-(k+2) < 1 {
		return Quote{}, false
	}
	cue := span(q.text, q.ws[k].Start, q.ws[k+1].End)
	return Quote{
		Span: span(q.text, q.ws[s].Start, q.ws[to-1].End), Kind: Indirect, Cue: &cue,
	}, true
}

// reportedlyClause reads the clause around "reportedly" at word k as a
// report with no named source: "The firm has reportedly hired a new
// lawyer", "Reportedly, the talks failed". A reporting verb right after
// it ("reportedly said") reports on its own, and a relative clause ("who
// reportedly ...") or a headline is left alone.
func (q *quoteScan) reportedlyClause(k, lo, end int) (Quote, bool) {
	switch q.wtext(k) {
	case "reportedly":
		if k == lo || q.isComma(k-1) {
			return Quote{}, false
		}
	case "Reportedly":
		if k != lo || k+1 >= end || q.wtext(k+1) != "," {
			return Quote{}, false
		}
	default:
		return Quote{}, false
	}
	j := k + 1
	for n := 0; j < end && n < maxAux && isAuxOrAdverb(q.wtext(j)); n++ {
		j++
	}
	if j >= end || q.verbKind[j] == cueReport || q.verbKind[j] == cueQuote {
		return Quote{}, false
	}
	// The clause starts after the last comma before k, unless a
	// conjunction or a verb follows that comma ("is a Republican, but has
	// reportedly been ..."): then the sentence is one report.
	from := lo
	for i := k - 1; i > lo && k-i <= maxSubject+4; i-- {
		if q.ws[i].Kind == reading.Quote || q.segOf[i] != 0 || q.isTerminal(i) {
			return Quote{}, false
		}
		switch q.wtext(i) {
		case "who", "which", "whom", "whose":
			return Quote{}, false
		}
		if q.isComma(i) {
			if n := q.wtext(i + 1); n != "and" && n != "but" && n != "or" && !isAuxOrAdverb(n) && !isBe(n) {
				from = i + 1
			}
			break
		}
	}
	if k == lo {
		from = k + 2 // "Reportedly, ..."
	}
	if k-from > maxSubject+4 {
		return Quote{}, false
	}
	// "With X reportedly ..., the race ...", "While X reportedly ...,":
	// the clause ends at its comma, "with" outside it.
	sub := q.wtext(from) == "With" || q.wtext(from) == "with" || isSubordinator(q.wtext(from))
	if sub && q.wtext(from) != "While" && q.wtext(from) != "Although" {
		from++
	}
	to := end
	for i := k + 1; i < end; i++ {
		if q.isComma(i) && q.segOf[i] == 0 && i+1 < end && (sub || q.opensClauseAfterComma(i+1)) {
			to = i // ", leaving ...", ", which ...": the writer's words again
			break
		}
		if q.segOf[i] != 0 && q.ws[i].Kind == reading.Quote {
			return Quote{}, false // a direct quote says it
		}
		if q.ws[i].Kind == reading.Punct {
			if t := q.wtext(i); t == ";" || t == "(" || t == ")" {
				to = i
				break
			}
		}
	}
	if to-from < 3 {
		return Quote{}, false
	}
	cue := span(q.text, q.ws[k].Start, q.ws[k].End)
	return Quote{
		Span: span(q.text, q.ws[from].Start, q.ws[to-1].End), Kind: Indirect, Cue: &cue,
	}, true
}

// pollSource reads a sentence that opens with a poll as its source, the
// poll named with words after its noun ("In a poll released Sunday,
// CONTENT.", "In a survey of 800 voters, CONTENT.") or the content
// holding verbs of its own ("In the poll, 40 percent said they ..."),
// which inSource leaves alone. The rest of the sentence is the content.
func (q *quoteScan) pollSource(lo, end int) (Quote, bool) {
	if end-lo < 6 || q.wtext(lo) != "In" {
		return Quote{}, false
	}
	head := -1
	for k := lo + 1; k < end && k-lo <= maxSubject+4; k++ {
		if q.ws[k].Kind == reading.Quote || q.segOf[k] != 0 {
			return Quote{}, false
		}
		if head < 0 {
			switch t := q.wtext(k); {
			case pollNoun(t):
				head = k
			case opensPostModifier(t):
				return Quote{}, false // "In the weeks before the poll, ...": a time, no source
			}
		}
		if !q.isPunctWord(k) || q.ws[k].Kind == reading.Poss {
			continue
		}
		if q.wtext(k) != "," || head < 0 || head == lo+1 || end-k < 4 {
			return Quote{}, false
		}
		from := q.afterPollModifier(k+1, end)
		if from < 0 || end-from < 3 || q.holdsDirect(from, end) || q.segOf[from] != 0 {
			return Quote{}, false
		}
		return q.openingSource(lo, k, from, end), true
	}
	return Quote{}, false
}

// pollNoun reports whether t names a poll, whose findings news reports
// as what the poll says.
func pollNoun(t string) bool {
	switch t {
	case "poll", "polls", "survey", "surveys":
		return true
	}
	return false
}

// afterPollModifier returns where the content starts after the comma that
// ends "In a poll": past a participle phrase or an adverb set off by
// commas ("In the poll, conducted in May, ...", "In the poll, however,
// ..."), or -1 when no comma closes it.
func (q *quoteScan) afterPollModifier(k, end int) int {
	if k >= end {
		return -1
	}
	t := q.wtext(k)
	switch {
	case t == "however" || t == "though":
	case len(t) > 4 && t[0] >= 'a' && t[0] <= 'z' && t[len(t)-2:] == "ed":
	default:
		return k
	}
	for j := k + 1; j < end && j-k <= maxSubject; j++ {
		if q.isTerminal(j) || q.ws[j].Kind == reading.Quote {
			return -1
		}
		if q.wtext(j) == "," {
			return j + 1
		}
	}
	return -1
}

// opensPostModifier reports whether t, before the noun of "In a poll",
// makes the poll part of a longer phrase: "In the days before the poll".
func opensPostModifier(t string) bool {
	switch t {
	case "of", "before", "after", "since", "during", "for", "from", "between", "with", "to",
		"where", "which", "that", "when", "than", "ahead", "like", "by", "at", "on":
		return true
	}
	return false
}
