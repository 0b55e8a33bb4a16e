package newsparse

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
		if w.kind == wPoss {
			continue
		}
		if w.kind != wAlpha && w.kind != wNumber && w.kind != wAbbrev {
			return false
		}
		t := q.text[w.start:w.end]
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
			return k+2 < len(q.ws) && q.ws[k+2].kind == wAlpha && q.wtext(k+2) != "as"
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
