// Phrases of a few words that the matchers read whole: the near term, a
// while, the quarter a year ago, the latest fiscal year, over the years,
// a span of years.

package times

import (
	"strings"

	"github.com/newsparse/newsparse/internal/reading"
)

// promoteVague makes "term" a core word where it closes "the near term" or
// "the short term" (FUTURE_REF, see vague), "while" where it closes "a
// while" and "date" where it closes "a later date" (see vagueSpan), and
// only there: these words are too common ("terms of the deal", "while"
// the conjunction, "the date of the vote") to start the matchers
// everywhere, and without a core word near it "the" or "a" is not read at
// all. It returns the number of words promoted.
func promoteVague(facts []wordFacts, low []string) int {
	n := 0
	for i := 2; i < len(facts) && i < len(low); i++ {
		if facts[i].flag&fCore != 0 {
			continue
		}
		switch low[i] {
		case "term":
			if (low[i-1] == "near" || low[i-1] == "short") && low[i-2] == "the" {
				facts[i].flag |= fCore
				n++
			}
		case "date":
			if (low[i-1] == "later" || low[i-1] == "future") && low[i-2] == "a" {
				facts[i].flag |= fCore
				n++
			}
		case "while":
			if low[i-1] == "a" {
				facts[i].flag |= fCore
				n++
			}
		}
	}
	return n
}

// yearAgoPeriod: "the quarter a year ago", "the corresponding period last
// year", "the same quarter a year earlier", words from i. A period named
// with the year-ago phrase after it is one expression (TimeML), the
// quarter a year before the one the story compares (see yearAgoContext),
// as "the year-ago quarter" is. A "period" in a sentence that names a
// span of months ("the nine months ... the same period last year") is
// that span, not a quarter: it is left to the other matchers.
func (t *tagger) yearAgoPeriod(i int) match {
	k := i
	if t.isAny(k, "the", "its", "their") {
		k++
	}
	if t.isAny(k, "same", "corresponding", "comparable", "like") {
		k++
	}
	if !t.is2(k, "quarter", "period") || k == i {
		return match{}
	}
	if t.is(k, "period") && t.periodSent == t.sentNo {
		return match{}
	}
	e := k + 1
	switch {
	case t.is2(e, "a", "one") && t.is(e+1, "year") && t.isAny(e+2, "ago", "earlier", "before"):
		e += 3
	case t.is(e, "last") && t.is(e+1, "year") && t.kind(e+2) != reading.Poss:
		e += 2
	case t.is(e, "the") && t.isAny(e+1, "year", "previous", "prior") && (t.is(e+1, "year") && t.is(e+2, "before") || t.is(e+2, "year") && t.kind(e+3) != reading.Poss):
		e += 3
	default:
		return match{}
	}
	y, q := t.yearAgoContext()
	if y == 0 {
		return match{s: i, e: e, typ: Date, val: "XXXX-QX"}
	}
	return match{s: i, e: e, typ: Date, val: fmtQuarter(y-1, q), t: date(y-1, 3*q-2, 1), g: gQuarter, compare: true}
}

// latestPeriod: "the latest fiscal year", "the most recent year", "the
// most recent quarter", words from i. The latest year is the last one
// complete when the text appeared, a DATE (the year before publication),
// not a measure; the most recent quarter is the latest quarter (see
// quarter: the story's, else the last complete one).
func (t *tagger) latestPeriod(i int) match {
	if !t.is(i, "the") {
		return match{}
	}
	k := i + 1
	switch {
	case t.is(k, "latest"):
		k++
	case t.is(k, "most") && t.is(k+1, "recent"):
		k += 2
	default:
		return match{}
	}
	if t.is(k, "fiscal") {
		k++
	}
	switch {
	case t.is(k, "year") && t.kind(k+1) != reading.Number && !t.is3(k+1, "ended", "ending", "ends"):
		// "the latest fiscal year ended June 30" is a year told by its
		// end: left to the measure.
		if !t.hasPub {
			return match{s: i, e: k + 1, typ: Date, val: "XXXX"}
		}
		y := t.pub.Year() - 1
		return match{s: i, e: k + 1, typ: Date, val: fmtYear(y), t: date(y, 1, 1), g: gYear, compare: true}
	case t.is2(k, "quarter", "period") && t.is(i+1, "most"):
		y, q := t.contextQuarter()
		if y == 0 {
			return match{s: i, e: k + 1, typ: Date, val: "XXXX-QX"}
		}
		return t.quarterMatch(i, k+1, y, q)
	}
	return match{}
}

// vagueSpan: "over the years", "in the early years", "through the
// decades" (an unknown number of years, PXY, the extent without the
// preposition) and "a while" (PXX; "a while ago" is PAST_REF), words from
// i. "The years 1990 to 1995" and "the years of" name something else;
// "the years ahead" is read whole by vague.
// "At a later date" is FUTURE_REF.
func (t *tagger) vagueSpan(i int) match {
	switch {
	case t.is(i, "the") && t.isAny(i-1, "over", "in", "through", "throughout", "during", "across", "for"):
		k := i + 1
		if t.isAny(k, "early", "later", "intervening", "ensuing") {
			k++
		}
		if !t.is2(k, "years", "decades") || t.kind(k+1) == reading.Number || t.is2(k+1, "of", "ahead") {
			return match{}
		}
		w, _ := t.tw(k)
		return match{s: i, e: k + 1, typ: Duration, val: durationValue(-1, w.unit)}
	case t.is(i, "a") && t.is(i+1, "while"):
		if t.is2(i+2, "ago", "back") {
			return match{s: i, e: i + 3, typ: Date, val: "PAST_REF"}
		}
		if t.is(i-1, "in") && t.is(i-2, "once") {
			return match{} // "once in a while": now and then
		}
		return match{s: i, e: i + 2, typ: Duration, val: "PXX"}
	case t.is(i, "a") && t.is2(i+1, "later", "future") && t.is(i+2, "date") && t.is2(i-1, "at", "until"):
		// "at a later date": some day ahead.
		return match{s: i, e: i + 3, typ: Date, val: "FUTURE_REF"}
	}
	return match{}
}

// vagueCount reports whether s, the part before the hyphen of a compound
// measure ("several-year", "multi-year"), counts units without saying how
// many: the measure is then PXY, PXM...
func vagueCount(s string) bool {
	return strings.EqualFold(s, "several") || strings.EqualFold(s, "multi") || strings.EqualFold(s, "many")
}

// yearSpan reports whether the year y at word i opens a span of years
// with the one after "to" or a spaced dash ("from 1991 to 1997", "1991 -
// 1997"): a later year less than a century on, itself no amount ("1500 to
// 2000 workers", "1990 to 1995 percent"). A number before "to" and a
// number is otherwise read as a range of amounts.
func (t *tagger) yearSpan(i, y int) bool {
	if y < 1800 || !t.is2(i+1, "to", "-") || t.word(i-1) == "$" {
		return false
	}
	y2, ok := t.year(i + 2)
	if !ok || y2 <= y || y2-y > 100 {
		return false
	}
	if next := t.word(i + 3); next == "%" || t.is(i+3, "percent") {
		return false
	}
	if t.kind(i+3) == reading.Alpha && !t.capitalized(i+3) {
		nx := t.lower(i + 3)
		return !strings.HasSuffix(nx, "s") || strings.HasSuffix(nx, "ss") || t.isAny(i+3, "was", "is", "has", "as", "this", "its", "his")
	}
	return true
}
