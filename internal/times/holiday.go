package times

import (
	"strconv"
	"sync"
	"time"

	"github.com/newsparse/newsparse/internal/reading"
)

// seasonMonth is a month in the middle of a season: SP 4, SU 7, FA 10, WI 1.
func seasonMonth(s string) int {
	switch s {
	case "SP":
		return 4
	case "SU":
		return 7
	case "FA":
		return 10
	}
	return 1
}

// Named days, seasons said alone, and spelled-out decades.

// holiday names a day of the year: fixed (month and day) or computed from
// the year (Thanksgiving, Easter, Election Day).
type holiday struct {
	words []string // lower case, in order: "new", "year", "'s", "day"
	on    func(y int) time.Time
}

func fixedDay(m, d int) func(int) time.Time {
	return func(y int) time.Time { return date(y, m, d) }
}

// nthWeekday is the n-th weekday wd (ISO) of month m; n = -1 is the last.
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		d := date(y, m+1, 1).AddDate(0, 0, -1)
		return d.AddDate(0, 0, -((isoWeekday(d) - wd + 7) % 7))
	}
	d := date(y, m, 1)
	d = d.AddDate(0, 0, (wd-isoWeekday(d)+7)%7)
	return d.AddDate(0, 0, 7*(n-1))
}

// easter is Easter Sunday of year y (Gregorian, anonymous algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// The US and international days news names most. Longer names come first
// so that "Christmas Eve" wins over "Christmas".
var holidays = sync.OnceValue(func() []holiday {
	return []holiday{
		{[]string{"new", "year", "'s", "day"}, fixedDay(1, 1)},
		{[]string{"new", "year", "'s", "eve"}, fixedDay(12, 31)},
		{[]string{"christmas", "eve"}, fixedDay(12, 24)},
		{[]string{"christmas", "day"}, fixedDay(12, 25)},
		{[]string{"christmas"}, fixedDay(12, 25)},
		{[]string{"thanksgiving", "day"}, func(y int) time.Time { return nthWeekday(y, 11, 4, 4) }},
		{[]string{"thanksgiving"}, func(y int) time.Time { return nthWeekday(y, 11, 4, 4) }},
		{[]string{"independence", "day"}, fixedDay(7, 4)},
		{[]string{"labor", "day"}, func(y int) time.Time { return nthWeekday(y, 9, 1, 1) }},
		{[]string{"memorial", "day"}, func(y int) time.Time { return nthWeekday(y, 5, 1, -1) }},
		{[]string{"election", "day"}, func(y int) time.Time { return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1) }},
		{[]string{"veterans", "day"}, fixedDay(11, 11)},
		{[]string{"valentine", "'s", "day"}, fixedDay(2, 14)},
		{[]string{"halloween"}, fixedDay(10, 31)},
		{[]string{"easter", "sunday"}, easter},
		{[]string{"easter"}, easter},
	}
})

// holidayAt: "Thanksgiving Day", "last Christmas", "Christmas Eve 2012".
func (t *tagger) holidayAt(i int) match {
	k, rel := i, 0
	if t.is3(k, "last", "next", "this") {
		if t.is(k, "last") {
			rel = -1
		} else if t.is(k, "next") {
			rel = 1
		}
		k++
	}
	if !t.capitalized(k) {
		return match{}
	}
	for _, h := range holidays() {
		e := k
		for _, w := range h.words {
			// The tokenizer splits off "'s" (either apostrophe).
			if !t.is(e, w) && !(w == "'s" && t.kind(e) == reading.Poss) {
				e = -1
				break
			}
			e++
		}
		if e < 0 {
			continue
		}
		if y, ok := t.year(e); ok {
			return dayMatch(i, e+1, h.on(y))
		}
		if !t.hasPub {
			// A fixed day keeps its month and day; a computed one is unknown.
			d, d2 := h.on(2001), h.on(2002)
			if d.Month() != d2.Month() || d.Day() != d2.Day() {
				return match{s: i, e: e, typ: Date, val: "XXXX-XX-XX"}
			}
			return match{s: i, e: e, typ: Date, val: "XXXX-" + pad(int(d.Month()), 2) + "-" + pad(d.Day(), 2)}
		}
		y := t.pub.Year()
		switch {
		case rel < 0:
			if !h.on(y).Before(t.pub) {
				y--
			}
		case rel > 0:
			if !h.on(y).After(t.pub) {
				y++
			}
		case k == i:
			y = t.nearestYear(i, e, h.on)
		}
		d := h.on(y)
		// "Thanksgiving week", "Easter week": the week that holds the day.
		if t.is(e, "week") {
			return match{s: i, e: e + 1, typ: Date, val: fmtWeek(d), t: d, g: gWeek}
		}
		return dayMatch(i, e, d)
	}
	return match{}
}

// wrongTense is how much farther a date on the wrong side of the published
// day counts for the clause's tense: tense decides between near candidates,
// but a date many months away in the "wrong" direction can lose to a near
// one, since reported speech and background blur the tense of a clause. At
// 8 a clause read as past puts a month more than about 40 days ahead of
// the published day in the year before ("changed its fiscal year in
// December", published in late October; at 5 only past two months). The
// dates a past clause sets for later ("payable Dec. 7", "said they expect
// the sale to close by Dec. 15") look ahead by cues of their own.
const wrongTense = 8

// nearestYear picks the year whose day (given by on) is nearest the
// published date, weighed by the clause's tense (see wrongTense).
func (t *tagger) nearestYear(s, e int, on func(int) time.Time) int {
	tense := t.clauseTense(s, e, true)
	base := t.pub
	if tense == 0 && t.anchorSent == t.sentNo && t.anchorNamed && (t.anchorG == gDay || t.anchorG == gMonth) {
		// No verb says, but the sentence named a date already ("flights
		// from March 30, and from August 6"; "a high in June, from a low
		// in March"): dates named together are near one another.
		base = t.anchor
	}
	y := base.Year()
	best, bestD := y, -1.0
	for _, cy := range []int{y - 1, y, y + 1} {
		diff := on(cy).Sub(base).Hours() / 24
		dist := diff
		if dist < 0 {
			dist = -dist
		}
		switch {
		case tense < 0 && diff > 0, tense > 0 && diff < 0:
			dist *= wrongTense
		case tense == 0 && diff > 0:
			dist *= 1.2 // news more often looks back
		}
		if bestD < 0 || dist < bestD {
			best, bestD = cy, dist
		}
	}
	return best
}

// seasonAlone: "summer", "the winter", "the summer of 2013", "winter 2013".
// "fall" and "spring" alone are too often verbs or nouns; they need "the".
func (t *tagger) seasonAlone(i int) match {
	k := i
	if t.is(k, "the") {
		k++
	}
	w, ok := t.tw(k)
	if !ok || w.season == "" || k == i && t.is2(k, "fall", "spring") {
		return match{}
	}
	// "the fall in prices": after "the", fall and spring are dates only
	// after a preposition or before a year.
	ambiguous := t.is2(k, "fall", "spring") && !t.isAny(i-1, "in", "during", "since", "until", "by", "through", "over", "after", "before", "for")
	e := k + 1
	if t.is(e, "of") {
		if y, ye, ok := t.yearAt(e + 1); ok {
			return match{s: i, e: ye, typ: Date, val: fmtYear(y) + "-" + w.season, t: date(y, 1, 1), g: gYear}
		}
	}
	if y, ye, ok := t.yearAt(e); ok {
		return match{s: i, e: ye, typ: Date, val: fmtYear(y) + "-" + w.season, t: date(y, 1, 1), g: gYear}
	}
	if ambiguous || k == i && t.kind(k+1) == reading.Alpha && !t.isAny(k+1, "and", "or", "is", "was", "will", "has", "had") {
		return match{} // "summer camp", "winter storm": a modifier, not a date
	}
	if !t.hasPub {
		return match{s: i, e: e, typ: Date, val: "XXXX-" + w.season}
	}
	mid := seasonMonth(w.season)
	y := t.nearestYear(i, e, func(y int) time.Time { return date(y, mid, 15) })
	return match{s: i, e: e, typ: Date, val: fmtYear(y) + "-" + w.season, t: date(y, 1, 1), g: gYear}
}

// decadeWord: "the nineties", "the eighties".
func (t *tagger) decadeWord(i int) match {
	if !t.is(i, "the") {
		return match{}
	}
	k, mod := i+1, ""
	switch {
	case t.is(k, "early"):
		k, mod = k+1, "START"
	case t.is(k, "late"):
		k, mod = k+1, "END"
	case t.is(k, "mid"):
		k, mod = k+1, "MID"
	}
	for j, s := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		if t.is(k, s) {
			return match{s: i, e: k + 1, typ: Date, val: "19" + strconv.Itoa(j+2), mod: mod}
		}
	}
	return match{}
}
