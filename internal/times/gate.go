package times

import (
	"strings"

	"github.com/newsparse/newsparse/internal/reading"
)

// narrow clears from g, the gates of word i (see gates), the matchers that
// cannot match at i given the words after it: each test below is what the
// matcher itself requires of those words before it can return a match or
// change the tagger's state. Most weak words that reach best ("the", "a",
// "that", quote marks) begin nothing, and this finds it with a few
// comparisons where the matchers took dozens.
func (t *tagger) narrow(i int, g uint16) uint16 {
	f := t.facts[i].flag
	switch t.ws[i].Kind {
	case reading.Quote:
		// Only explicit takes a quote mark first: "'90s".
		if t.kind(i+1) != reading.Number {
			g &^= gExplicit
		}
		return g
	case reading.Number:
		if f&fFold != 0 {
			return g
		}
		if g&gClock != 0 && !t.clockNumber(i) {
			g &^= gClock
		}
		return t.narrowCount(i, g)
	case reading.Alpha:
	default:
		return g
	}
	if f&(fFold|fHyphen|fLong|fDot) != 0 {
		return g // the key is not simply the word: no narrowing
	}
	w := t.at(i)
	if w == "the" {
		return g & t.theGates(i)
	}
	if g&gExplicit != 0 && !t.explicitMay(i, w) {
		g &^= gExplicit
	}
	if g&gClock != 0 {
		switch w {
		case "around", "about", "approximately":
			if !t.is3(i+1, "noon", "midday", "midnight") && (t.kind(i+1) != reading.Number || !t.clockNumber(i+1)) {
				g &^= gClock
			}
		}
	}
	if g&gRelative != 0 {
		switch w {
		case "yesterday", "tomorrow", "today", "tonight", "overnight", "midyear":
		case "that":
			// anaphoric: "that evening", "that year", "that same day"
			k := i + 1
			if t.is(k, "same") {
				k++
			}
			if tw := t.twAt(k); tw == nil || tw.part == "" && tw.unit == uNone {
				g &^= gRelative
			}
		case "this", "current":
			k := i + 1
			if t.is2(k, "coming", "past") {
				k++
			}
			if !t.deicticWord(k) {
				g &^= gRelative
			}
		case "last", "past", "next", "coming":
			if !t.deicticWord(i + 1) {
				g &^= gRelative
			}
		case "year":
			if !t.is(i+1, "end") && !(t.kind(i+1) == reading.Poss && t.is(i+2, "end")) {
				g &^= gRelative // ago needs a plural "years"
			}
		default:
			if tw := t.twAt(i); tw == nil || tw.weekday == 0 {
				if !t.agoMay(i) {
					g &^= gRelative
				}
			}
		}
	}
	if g&gDuration != 0 && !t.durationMay(i) {
		g &^= gDuration
	}
	if g&gVague != 0 && w == "a" && !t.is(i+1, "while") && !(t.is2(i+1, "later", "future") && t.is(i+2, "date")) {
		g &^= gVague
	}
	if g&gVague != 0 && w == "these" && !t.is(i+1, "days") {
		g &^= gVague
	}
	if g&gHoliday != 0 {
		k := i
		if t.is3(k, "last", "next", "this") {
			k++
		}
		if !t.holidayMay(k) {
			g &^= gHoliday
		}
	}
	if g&gSeason != 0 && (w == "fall" || w == "spring") {
		g &^= gSeason // alone, without "the", they are not seasons
	}
	return g
}

// narrowCount narrows relative and duration for a word that may be a count
// ("two", "48", "more than"): both need a unit after it.
func (t *tagger) narrowCount(i int, g uint16) uint16 {
	if g&gRelative != 0 && !t.agoMay(i) {
		g &^= gRelative
	}
	if g&gDuration != 0 && !t.durationMay(i) {
		g &^= gDuration
	}
	return g
}

// theGates are the matchers that may match at "the" (word i), by the word
// after it.
func (t *tagger) theGates(i int) uint16 {
	k := i + 1
	if k >= t.hi {
		return 0
	}
	if t.facts[k].tw == 0 && t.facts[k].flag&(fFold|fHyphen) == 0 {
		// Not a time word: what follows "the" in an expression is one,
		// but for these and numbers.
		switch w := t.at(k); w {
		case "latter", "prior", "preceding", "remaining", "final", "initial",
			"numerous", "near", "short", "distant", "foreseeable", "corresponding", "comparable", "most", "intervening", "ensuing":
		default:
			switch t.ws[k].Kind {
			case reading.Number, reading.Quote:
			default:
				if len(w) != 2 || w[0] != 'q' {
					return 0
				}
			}
		}
	}
	var g uint16
	w := t.at(k)
	switch w {
	case "early", "late", "mid", "end", "beginning", "start", "middle", "first", "second", "last", "latter":
		g |= gPosition
	}
	if t.is(k, "fiscal") || t.quarterStart(k) || t.is(k, "quarter") || t.kind(k) == reading.Number || t.kind(k) == reading.Quote || t.is2(k, "corresponding", "comparable") || t.is(k, "period") || t.is(k, "most") && t.is(k+1, "recent") {
		g |= gExplicit
	}
	switch w {
	case "next", "following", "previous", "preceding", "prior", "same", "day", "week", "time", // anaphoric
		"current", "past", "last", "coming", "upcoming", "full", "month", "weekend", "year", "fiscal", // deictic
		"morning", "afternoon", "evening", "night":
		g |= gRelative
	}
	if tw := t.twAt(k); tw != nil && tw.ord != 0 && t.is(k+1, "day") {
		g |= gRelative // "the second day" (anaphoric)
	}
	if t.durationMay(i) {
		g |= gDuration
	}
	switch w {
	case "past", "near", "short", "days", "weeks", "months", "years", "future", "distant", "foreseeable",
		"early", "later", "intervening", "ensuing", "decades":
		g |= gVague
	}
	if tw := t.twAt(k); tw != nil && tw.season != "" {
		g |= gSeason
	}
	switch w {
	case "early", "late", "mid", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties":
		g |= gDecade
	}
	return g
}

// explicitMay reports whether explicit may match at word i, a lower-case
// ASCII key w.
func (t *tagger) explicitMay(i int, w string) bool {
	switch w {
	case "this", "its", "their":
		// Only a quarter: "this quarter", "its fiscal second quarter".
		k := i + 1
		return t.is(k, "fiscal") || t.quarterStart(k) || t.is(k, "quarter") || t.kind(k) == reading.Number
	case "that":
		return t.is(i+1, "quarter") // "that quarter"
	case "latest", "last", "previous", "prior", "current", "same", "next":
		return t.is2(i+1, "quarter", "period")
	case "two":
		return t.is(i+1, "thousand") // "the year two thousand"
	}
	tw := t.twAt(i)
	switch {
	case tw == nil || tw.weekday != 0:
		return true
	case tw.month != 0:
		_, ok := t.month(i)
		return ok
	case tw.ord != 0:
		// "first quarter"; "first half" needs a word before it.
		return tw.ord <= 4 && t.is(i+1, "quarter")
	}
	return true
}

// clockNumber reports whether the number at k may be a clock time: with a
// colon, an "a.m." or "pm" of its own, or one after it.
func (t *tagger) clockNumber(k int) bool {
	s := t.word(k)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case 'm', 'M', '.':
		return true
	}
	if strings.IndexByte(s, ':') >= 0 {
		return true
	}
	if t.is(k+1, "in") && t.is(k+2, "the") && t.isAny(k+3, "morning", "afternoon", "evening", "night") && t.partClose(k, k+4) {
		return true // "4 in the morning"
	}
	return t.isAny(k+1, "a.m.", "am", "a.m", "p.m.", "pm", "p.m", "a", "p", "o'clock", "o’clock")
}

// agoMay reports whether ago may match at word i: a count (or none) and a
// unit, then a word that places them ("ago", "later", "from now").
func (t *tagger) agoMay(i int) bool {
	_, k := t.modPrefix(i)
	j, ok := k, false
	if t.countMay(k) {
		_, j, _, ok = t.number(k)
	}
	u, plural, e := t.unitAt(j)
	if u == uNone || !ok && !plural {
		return false
	}
	switch t.at(e) {
	case "ago", "from", "hence", "earlier", "before", "later", "after", "or":
		return true
	}
	return false
}

// durationMay reports whether duration may match at word i: it follows
// duration up to its unit.
func (t *tagger) durationMay(i int) bool {
	_, k := t.modPrefix(i)
	if k >= t.lo && k < t.hi && t.facts[k].flag&fHyphen != 0 {
		return true // compound: "three-year"
	}
	k = t.skipPeriodDeterminer(k)
	if t.countMay(k) {
		if _, j, _, ok := t.number(k); ok {
			return t.unitStart(j)
		}
	}
	switch {
	case k == i && t.unitStart(k) && t.bareUnitsAfter(i-1):
		return true // "for years", "took weeks"
	case t.is2(k, "recent", "coming"):
		return t.unitStart(k + 1)
	}
	return t.is2(k-1, "recent", "coming") && t.unitStart(k)
}

// countMay reports whether number may read a count at k: a number, a time
// word (all the count words are but "numerous"), or a hyphenated word.
func (t *tagger) countMay(k int) bool {
	if k < t.lo || k >= t.hi {
		return false
	}
	return t.ws[k].Kind == reading.Number || t.facts[k].tw != 0 || t.facts[k].flag&fHyphen != 0 || t.at(k) == "numerous"
}

// unitStart reports whether unitAt may find a unit at k: a unit word, or a
// qualifier and one ("two more weeks").
func (t *tagger) unitStart(k int) bool {
	if tw := t.twAt(k); tw != nil && tw.unit != uNone {
		return true
	}
	if tw := t.twAt(k + 1); tw != nil && tw.unit != uNone {
		return t.unitQualifier(k)
	}
	return false
}

// deicticWord reports whether deictic may end at k: a word naming a day,
// month, season, part of day or unit, or "fiscal year".
func (t *tagger) deicticWord(k int) bool {
	tw := t.twAt(k)
	return tw != nil && (tw.weekday != 0 || tw.month != 0 || tw.season != "" || tw.part != "" || tw.unit != uNone) || t.is(k, "fiscal")
}

// holidayMay reports whether a holiday's name may begin at k.
func (t *tagger) holidayMay(k int) bool {
	if !t.capitalized(k) {
		return false
	}
	switch t.at(k) {
	case "new":
		return t.is(k+1, "year")
	case "independence", "labor", "memorial", "election", "veterans":
		return t.is(k+1, "day")
	case "christmas", "thanksgiving", "halloween", "easter", "valentine":
		return true
	}
	return false
}

// twAt is the time word at k, or nil past the sentence or for other words.
func (t *tagger) twAt(k int) *timeWord {
	if k < t.lo || k >= t.hi {
		return nil
	}
	if n := t.facts[k].tw; n != 0 {
		return &t.tt.words[n-1]
	}
	return nil
}
