package times

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsparse/newsparse/internal/reading"
)

// Anchoring rules that read the words around an expression: which way a
// clause points in time, and the narrative date a story about the past
// sets.

// futureCue refines the future cue w at word k: +1 when it points ahead,
// -1 when a pluperfect puts the plan itself in the past ("had been due to
// expire Friday": that Friday is gone), 0 when the word is no cue here
// ("next to the embassy").
func (t *tagger) futureCue(k int, w string) int {
	if w == "next" && t.is(k+1, "to") {
		return 0
	}
	// "announced the plan Aug. 21", "its plans": a noun names the plan,
	// not when it is carried out.
	if (w == "plan" || w == "plans") && (t.isAny(k-1, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that") || t.kind(k-1) == reading.Poss) {
		return 0
	}
	// "planned to leave on Thursday", "planned a rally for Saturday"
	// point ahead; "the service planned for Saturday was canceled" does
	// not say.
	if (w == "planned" || w == "planning") && !t.isAny(k+1, "to", "a", "an", "the") {
		return 0
	}
	// "had been scheduled to", "had planned to", "had been expected to
	// close": the auxiliaries sit within a few words before the cue.
	for j := k - 1; j >= t.lo && j >= k-4; j-- {
		if t.is(j, "had") {
			return -1
		}
		if !t.isAny(j, "been", "due", "to", "scheduled", "expected", "set", "slated", "previously", "originally", "also", "not") {
			break
		}
	}
	return 1
}

// noteStoryQuarter keeps the first quarter the article reports on (one
// that ended within the year before it appeared): an earnings story names its period
// first, and later comparisons ("a year earlier", "the year-ago period")
// are to that quarter, whatever other quarter it names in passing.
func (t *tagger) noteStoryQuarter(m match) {
	if t.storyQ != 0 || m.g != gQuarter || m.compare || m.typ != Date {
		return
	}
	y, q := m.t.Year(), quarterOf(m.t)
	if t.hasPub {
		// The quarter reported ends within the year before publication
		// (a fiscal quarter may run ahead of the calendar one).
		p := t.pub.Year()*4 + quarterOf(t.pub)
		if n := y*4 + q; n > p || n < p-4 {
			return
		}
	}
	t.storyQ, t.storyQY = q, y
}

// comparedAt reports whether the expression at word i is the second term
// of a comparison ("up from $4 million a year earlier", "higher than a
// year earlier", "A year earlier, net income was $2 million"): then it
// names the period compared with, a DATE. It reads at most 20 words on
// either side, within the sentence; amounts count only for a measure in
// quarters or years, the periods results are compared by.
func (t *tagger) comparedAt(i int, u unit) bool {
	for k, n := i-1, 0; k >= t.lo && n < 20; k, n = k-1, n+1 {
		switch t.at(k) {
		case "than", "from", "compared", "versus", "vs", "vs.", "against":
			return true
		}
		if u >= uQuarter && t.amountAt(k) {
			return true
		}
	}
	if u < uQuarter {
		return false // "Three days later, the index was down 6%": a narrative
	}
	for k, n := i+1, 0; k < t.hi && n < 20; k, n = k+1, n+1 {
		if t.amountAt(k) {
			return true
		}
	}
	return false
}

// amountAt reports whether word k marks an amount of money or a share:
// what a results comparison is made of.
func (t *tagger) amountAt(k int) bool {
	switch t.at(k) {
	case "$", "%", "million", "billion", "cents", "percent", "pence":
		return true
	}
	return false
}

// measureShift is the measure of "N units later" (words i to ue): a
// DURATION, which moves the narrative date by the measure when that date
// is a day and the measure is whole days or weeks.
func (t *tagger) measureShift(i, ue int, n float64, u unit, mod string, base time.Time, sign int) match {
	m := match{s: i, e: ue, typ: Duration, val: durationValue(n, u), mod: mod}
	if n < 0 || n != float64(int(n)) || base.IsZero() || u != uDay && u != uWeek {
		return m
	}
	if base.Equal(t.anchor) && t.anchorG != gDay {
		return m
	}
	d := base.AddDate(0, 0, sign*int(n))
	if u == uWeek {
		d = base.AddDate(0, 0, 7*sign*int(n))
	}
	m.t, m.g, m.shift = d, gDay, true
	return m
}

// deadlineBefore reports whether the time at word s ends a deadline set
// or moved ("extended its deadline until 9 a.m. Tuesday", "gave them
// until Saturday", "has until Friday"): whatever the tense of the verb
// that set it, the deadline lies ahead. "He stayed until Saturday" says
// nothing of the kind. The verb may stand up to 12 words before "until"
// ("extended the company up to $90 million in loans through January"),
// "has" or "have" up to 8. A verb of lasting in the present or a truce
// right before "until" looks ahead too ("polls are open until 8 p.m.");
// in the past it does not ("the curfew lasted until dawn").
func (t *tagger) deadlineBefore(s int) bool {
	k := s - 1
	if t.is2(k, "on", "at") {
		k--
	}
	if !t.is4(k, "until", "till", "by", "through") {
		return false
	}
	if t.is2(k, "until", "till") {
		// A state that holds now and ends then: "voting runs until 8
		// p.m. Monday", "the bridge remains shut until noon Friday", "a
		// truce until 15:00 GMT Saturday".
		switch t.at(k - 1) {
		case "open", "valid", "truce", "ceasefire", "cease-fire", "curfew", "moratorium":
			return true
		}
		if t.isAny(k-1, "runs", "lasts", "remains", "continues", "stays") || t.isAny(k-2, "runs", "lasts", "remains", "continues", "stays") {
			return true
		}
	}
	for j, n := k-1, 0; j >= t.lo && n < 12; j, n = j-1, n+1 {
		switch t.at(j) {
		case "deadline", "ultimatum", "extended", "extend", "extends", "extending",
			"gave", "give", "given", "gives", "granted", "postponed", "postpone",
			"delayed", "delay", "adjourned", "pushed":
			return true
		case "has", "have":
			if n < 8 {
				return true // "has until Friday"; farther, "has" is an auxiliary
			}
		case ".", ";", "but":
			return false
		}
	}
	return false
}

// deicticDay resolves "last Oct. 23" (rel -1: the latest such day before
// the published one) and "next March 3" (rel +1: the first after it),
// words i to e.
func (t *tagger) deicticDay(i, e, m, d, rel int) match {
	y := t.pub.Year()
	for n := 0; n < 3; n++ {
		if validDay(y, m, d) {
			c := date(y, m, d)
			if rel < 0 && c.Before(t.pub) || rel > 0 && c.After(t.pub) {
				return dayMatch(i, e, c)
			}
		}
		y += rel
	}
	return match{}
}

// weekdayFrom resolves "the previous Friday" (dir -1) and "the following
// Monday" (dir +1), words i to e, against the narrative day: the last
// day the text set, else the published day.
func (t *tagger) weekdayFrom(i, e, wd, dir int) match {
	base := t.anchorDay()
	if base.IsZero() {
		return match{s: i, e: e, typ: Date, val: "XXXX-WXX-" + strconv.Itoa(wd)}
	}
	bw := isoWeekday(base)
	n := (wd - bw + 7) % 7 // days ahead to the next one
	if dir < 0 {
		n = -((bw - wd + 7) % 7)
	}
	if n == 0 {
		n = 7 * dir
	}
	return dayMatch(i, e, base.AddDate(0, 0, n))
}

// yearRange: "2009-2010", "1957-58", "1999-00", one word s at i. TimeML
// marks each end of a range, the dash being a signal, so the match splits
// into two DATEs (see appendRange); the text's year becomes the second.
func (t *tagger) yearRange(i int, s string) match {
	j := strings.IndexByte(s, '-')
	if j != 4 || len(s) != 7 && len(s) != 9 || t.word(i-1) == "$" || t.word(i+1) == "%" {
		return match{}
	}
	y1, err1 := atoi(s[:4])
	y2, err2 := atoi(s[5:])
	if err1 != nil || err2 != nil || s[5] == '+' || s[5] == '-' || y1 < 1000 || y1 >= 2100 {
		return match{}
	}
	if len(s) == 7 {
		y2 += y1 / 100 * 100
		if y2 <= y1 {
			y2 += 100 // "1999-00"
		}
	}
	if y2 <= y1 || y2-y1 > 50 {
		return match{}
	}
	return match{s: i, e: i + 1, typ: Date, val: fmtYear(y1), val2: fmtYear(y2), split: 4, splitW: i,
		t: date(y2, 1, 1), g: gYear}
}

// appendRange appends the two ends of a range match m to out (see
// match.split): the first from the match start to the dash, the second
// from after the dash to the match end.
func (t *tagger) appendRange(out []Time, m match) []Time {
	w := t.ws[m.splitW]
	return append(out,
		Time{Start: t.ws[m.s].Start, End: w.Start + m.split, Type: m.typ, Value: m.val},
		Time{Start: w.Start + m.split + 1, End: t.ws[m.e-1].End, Type: m.typ, Value: m.val2})
}

// dayPairWord: "April 24-25", "May 3-5, 2013": a month, then two days
// joined by a dash in one word k, a range of days. TimeML marks each end
// (the dash is a signal), so the match splits in two DATEs (see
// appendRange); the first day sets the year when none is given.
func (t *tagger) dayPairWord(i, k, mon int) match {
	s := t.word(k)
	j := strings.IndexByte(s, '-')
	if j < 1 || j > 2 || len(s)-j-1 < 1 || len(s)-j-1 > 2 {
		return match{}
	}
	d1, err1 := atoi(s[:j])
	d2, err2 := atoi(s[j+1:])
	if err1 != nil || err2 != nil || s[j+1] == '+' || s[j+1] == '-' || d1 < 1 || d2 <= d1 || d2 > 31 {
		return match{}
	}
	e, y := k+1, 0
	if t.word(e) == "," {
		if yy, ok := t.year(e + 1); ok {
			y, e = yy, e+2
		}
	} else if yy, ok := t.year(e); ok {
		y, e = yy, e+1
	}
	m := t.fullDate(i, e, y, mon, d1)
	if !m.ok() {
		return match{}
	}
	m.split, m.splitW = j, k
	if m.t.IsZero() {
		m.val2 = m.val[:len(m.val)-2] + pad(d2, 2)
		return m
	}
	if !validDay(m.t.Year(), mon, d2) {
		return match{}
	}
	m.val2 = fmtDay(date(m.t.Year(), mon, d2))
	return m
}

// dayTail reads the second day of a pair or range after the date m
// ("April 24 and 25", "April 24 to 26", "April 24 - 26."): a day number
// after a connective, in the same month and year, later than the first,
// and closing the phrase (no noun after it: "May 4 or 5 people" is no
// date). It returns that day's DATE, or no match.
func (t *tagger) dayTail(m match) match {
	if m.typ != Date || m.g != gDay && !strings.HasPrefix(m.val, "XXXX-") || m.shift || m.split > 0 || m.e-m.s != 2 {
		return match{}
	}
	mon, ok := t.month(m.s)
	if !ok {
		return match{}
	}
	d1, ok := t.dayNumber(m.s + 1)
	if !ok {
		return match{}
	}
	k := m.e
	if !t.isAny(k, "and", "or", "to", "through", "thru", "until", "till") && t.word(k) != "-" && t.word(k) != "–" {
		return match{}
	}
	d2, ok := t.dayNumber(k + 1)
	if !ok || d2 <= d1 {
		return match{}
	}
	if n := k + 2; n < t.hi && t.kind(n) != reading.Punct && !t.isAny(n, "in", "at") {
		return match{}
	}
	tl := match{s: k + 1, e: k + 2, typ: Date}
	if m.t.IsZero() {
		if len(m.val) != 10 {
			return match{}
		}
		tl.val = m.val[:8] + pad(d2, 2)
		return tl
	}
	if !validDay(m.t.Year(), mon, d2) {
		return match{}
	}
	tl.val = fmtDay(date(m.t.Year(), mon, d2))
	return tl
}

// rangeEnd corrects the year of the second month of a range ("from
// November through February", "October to March"): a month whose year was
// guessed comes after the first, in the next year when it falls before it.
func (t *tagger) rangeEnd(m match) match {
	if m.g != gMonth {
		return m
	}
	prev, prevE := t.monthT, t.monthE
	t.monthT, t.monthE = m.t, m.e
	if !m.guess || prevE < 0 || m.s != prevE+1 || !m.t.Before(prev) {
		return m
	}
	if !t.isAny(prevE, "through", "to", "until", "till", "-", "and", "thru") {
		return m
	}
	m.t = m.t.AddDate(1, 0, 0)
	m.val = fmtMonth(m.t.Year(), int(m.t.Month()))
	t.monthT = m.t
	return m
}

// monthPair reports whether word k ends a pair of months ("between
// October and March", "April or May"): there a month name that is also
// a word is the month.
func (t *tagger) monthPair(k int) bool {
	if !t.is4(k-1, "and", "or", "to", "through") {
		return false
	}
	w, ok := t.tw(k - 2)
	return ok && w.month != 0 && t.capitalized(k-2)
}

// atTheTime: "at the time" closing its phrase ("He was ten at the time.",
// "At the time, nobody knew"): the past moment the story speaks of,
// PAST_REF, TimeML's extent "the time". Followed by a clause ("at the
// time he was captured") or "of", the time is the clause's, not a
// temporal expression.
func (t *tagger) atTheTime(i int) match {
	if !t.is(i-1, "at") || !t.is(i, "the") || !t.is(i+1, "time") {
		return match{}
	}
	if e := i + 2; e < t.hi && t.kind(e) != reading.Punct {
		return match{}
	}
	return match{s: i, e: i + 2, typ: Date, val: "PAST_REF"}
}

// narrativeWeekday resolves a weekday in a story about the past against
// the narrative day, not the published one: in "The mill burned on
// March 3, 2011, and Sunday night the owners returned", Sunday is the one
// of that week (the day itself, or one of the six after it), unless the
// clause looks ahead or the weekday ends a range. News names the days
// of its own week far more often, so this applies only to a weekday in
// the sentence that named the narrative day, a day more than a week
// before publication.
func (t *tagger) narrativeWeekday(s, e, wd int) (time.Time, bool) {
	if t.anchorG != gDay || t.sentNo != t.anchorSent || t.pub.Sub(t.anchor) <= 7*24*time.Hour {
		return time.Time{}, false
	}
	if !t.anchorNamed || t.isAny(s-1, "to", "through", "until", "till", "-") || t.tense(s, e) > 0 {
		return time.Time{}, false // "from Sept. 14 to Thursday": a range up to now
	}
	return t.anchor.AddDate(0, 0, (wd-isoWeekday(t.anchor)+7)%7), true
}

// promoteTheTime makes "time" a core word where it closes "at the time"
// (see atTheTime), and only there: "time" is too common a word to start
// the matchers everywhere. It returns the number of words promoted.
func promoteTheTime(tt *timeTable, facts []wordFacts, low []string) int {
	tw := tt.lookup("time")
	n := 0
	for i := 2; i < len(facts) && i < len(low); i++ {
		if facts[i].tw == tw && tw != 0 && low[i-1] == "the" && low[i-2] == "at" {
			facts[i].flag |= fCore
			n++
		}
	}
	return n
}
