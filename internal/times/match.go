package times

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsparse/newsparse/internal/reading"
)

// Dates, clock times and relative expressions, and how they resolve.

// day makes a DATE match of one day.
func dayMatch(s, e int, d time.Time) match {
	return match{s: s, e: e, typ: Date, val: fmtDay(d), t: d, g: gDay}
}

// weekday resolves a weekday name: the most recent one (the published day
// itself included) unless the clause is about the future, then the next
// one (again the published day included).
func (t *tagger) weekday(s, e, wd int) match {
	if !t.hasPub {
		return match{s: s, e: e, typ: Date, val: "XXXX-WXX-" + strconv.Itoa(wd)}
	}
	if d, ok := t.narrativeWeekday(s, e, wd); ok {
		return dayMatch(s, e, d)
	}
	pw := isoWeekday(t.pub)
	var d time.Time
	// "Wednesday's ruling" names a day already come, whatever the clause.
	if t.kind(e) != reading.Poss && t.tense(s, e) > 0 {
		d = t.pub.AddDate(0, 0, (wd-pw+7)%7)
	} else {
		d = t.pub.AddDate(0, 0, -((pw - wd + 7) % 7))
	}
	return dayMatch(s, e, d)
}

// monthYear picks the year of a month (and day, when day > 0) named
// without one: the nearer year that fits the clause's tense.
func (t *tagger) monthYear(s, e, m, day int) int {
	if day == 0 {
		day = 15
		if m == int(t.pub.Month()) {
			return t.pub.Year()
		}
	}
	return t.nearestYear(s, e, func(y int) time.Time {
		if !validDay(y, m, day) {
			return date(y, m, 28)
		}
		return date(y, m, day)
	})
}

// explicit: calendar dates and years. "March 22", "22 March 2013",
// "Monday, Oct. 23", "March 2013", "2013-03-22", "3/22/2013", "1998",
// "the 1990s", "'90s", "fiscal 2013", quarters and halves.
func (t *tagger) explicit(i int) match {
	if m := t.quarter(i); m.ok() {
		return m
	}
	k := i
	the := t.is(k, "the")
	if the {
		k++
	}
	// Decades: "the 1990s", "'90s", "1990s".
	if t.kind(k) == reading.Quote && t.kind(k+1) == reading.Number {
		if s := t.word(k + 1); len(s) == 3 && s[2] == 's' && s[1] == '0' {
			c := "19"
			if s[0] < '3' {
				c = "20"
			}
			return match{s: i, e: k + 2, typ: Date, val: c + s[:1]}
		}
	}
	if s := t.word(k); t.kind(k) == reading.Number && len(s) == 5 && s[4] == 's' && s[3] == '0' {
		if y, err := atoi(s[:4]); err == nil && y >= 1000 && y < 2100 {
			return match{s: i, e: k + 1, typ: Date, val: s[:3]}
		}
	}
	// "the 20th century", "20th-century", "a 20th century democrat", "the
	// fabled 11th century temple": an ordinal before "century" names one.
	if s := t.word(k); t.kind(k) == reading.Number && t.is(k+1, "century") && len(s) > 2 {
		if n, err := atoi(strings.TrimRight(s, "stndrh")); err == nil && n > 0 && n < 30 {
			return match{s: i, e: k + 2, typ: Date, val: pad(n-1, 2)}
		}
	}
	if the {
		return match{}
	}
	if t.is(i, "fiscal") {
		k := i + 1
		if t.is(k, "year") {
			k++
		}
		if y, ok := t.year(k); ok {
			return match{s: i, e: k + 1, typ: Date, val: fmtYear(y), t: date(y, 1, 1), g: gYear}
		}
		if t.is(k-1, "year") {
			return match{s: i, e: k, typ: Duration, val: "P1Y"}
		}
		return match{}
	}
	// Weekday, possibly followed by a date: "Monday, Oct. 23".
	if w, ok := t.tw(i); ok && w.weekday != 0 && !w.plural && t.capitalized(i) {
		k := i + 1
		if t.word(k) == "," {
			k++
		}
		if m := t.calendar(k); m.ok() && m.g == gDay {
			m.s = i
			return m
		}
		if m := t.sharedPartSet(i, int(w.weekday)); m.ok() {
			return m
		}
		return t.weekday(i, i+1, int(w.weekday))
	}
	if m := t.calendar(i); m.ok() {
		return m
	}
	return t.spelledYear(i)
}

// calendar: "March 22[, 2013]", "22 March [2013]", "March 2013", ISO and
// slashed dates, and years on their own.
func (t *tagger) calendar(i int) match {
	if m, ok := t.month(i); ok {
		k := i + 1
		if d, ok := t.dayNumber(k); ok && !(t.word(k+1) == "," && false) {
			if _, isYear := t.year(k); !isYear {
				e := k + 1
				y := 0
				if t.word(e) == "," {
					if yy, ok := t.year(e + 1); ok {
						y, e = yy, e+2
					}
				} else if yy, ok := t.year(e); ok {
					y, e = yy, e+1
				}
				return t.fullDate(i, e, y, m, d)
			}
		}
		if m := t.dayPairWord(i, k, m); m.ok() {
			return m
		}
		if t.is(k, "of") {
			if y, ok := t.year(k + 1); ok {
				return match{s: i, e: k + 2, typ: Date, val: fmtMonth(y, m), t: date(y, m, 1), g: gMonth}
			}
		}
		if t.word(k) == "," {
			k++
		}
		if y, e, ok := t.yearAt(k); ok {
			return match{s: i, e: e, typ: Date, val: fmtMonth(y, m), t: date(y, m, 1), g: gMonth}
		}
		// "June last year", "March this year"
		if t.is3(i+1, "last", "this", "next") && t.is(i+2, "year") && t.hasPub {
			y := t.pub.Year()
			if t.is(i+1, "last") {
				y--
			} else if t.is(i+1, "next") {
				y++
			}
			return match{s: i, e: i + 3, typ: Date, val: fmtMonth(y, m), t: date(y, m, 1), g: gMonth}
		}
		if !t.hasPub {
			return match{s: i, e: i + 1, typ: Date, val: "XXXX-" + pad(m, 2)}
		}
		y := t.monthYear(i, i+1, m, 0)
		return match{s: i, e: i + 1, typ: Date, val: fmtMonth(y, m), t: date(y, m, 1), g: gMonth, guess: true}
	}
	if t.kind(i) != reading.Number {
		return match{}
	}
	// "22 March [2013]"
	if d, ok := t.dayNumber(i); ok {
		if m, ok := t.month(i + 1); ok {
			e := i + 2
			y := 0
			if yy, ok := t.year(e); ok {
				y, e = yy, e+1
			}
			return t.fullDate(i, e, y, m, d)
		}
	}
	s := t.word(i)
	// ISO: 2013-03-22
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := atoi(s[:4])
		m, e2 := atoi(s[5:7])
		d, e3 := atoi(s[8:])
		if e1 == nil && e2 == nil && e3 == nil && validDay(y, m, d) {
			return dayMatch(i, i+1, date(y, m, d))
		}
		return match{}
	}
	// US slashed: 3/22/2013, 3/22/13; 3/22 only after "on", "since"...
	if p := strings.Split(s, "/"); len(p) == 2 || len(p) == 3 {
		m, e1 := atoi(p[0])
		d, e2 := atoi(p[1])
		if e1 != nil || e2 != nil || len(p[0]) > 2 || len(p[1]) > 2 {
			return match{}
		}
		if len(p) == 3 {
			y, e3 := atoi(p[2])
			if e3 != nil || (len(p[2]) != 2 && len(p[2]) != 4) {
				return match{}
			}
			if len(p[2]) == 2 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			if validDay(y, m, d) {
				return dayMatch(i, i+1, date(y, m, d))
			}
			return match{}
		}
		if t.isAny(i-1, "on", "since", "until", "by", "before", "after") && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return t.fullDate(i, i+1, 0, m, d)
		}
		return match{}
	}
	// "2013's first quarter"
	if _, ok := t.year(i); ok && t.kind(i+1) == reading.Poss {
		if m := t.quarter(i + 2); m.ok() && m.s == i {
			return m
		}
	}
	if m := t.yearRange(i, s); m.ok() {
		return m
	}
	// A year on its own.
	if y, ok := t.year(i); ok && t.yearContext(i, y) {
		return match{s: i, e: i + 1, typ: Date, val: fmtYear(y), t: date(y, 1, 1), g: gYear}
	}
	return match{}
}

// yearContext reports whether the four-digit number at i reads as a year:
// not an amount ("$1998", "2000 employees"), and before 1800 only after a
// preposition.
func (t *tagger) yearContext(i, y int) bool {
	prev := t.word(i - 1)
	if prev == "$" || prev == "#" || t.isAny(i-1, "no", "number", "flight", "route", "page", "room", "model", "about", "nearly", "some", "over", "than") {
		return false
	}
	if next := t.word(i + 1); next == "%" || t.is3(i+1, "percent", "to", "-") && t.kind(i+2) == reading.Number && !t.yearSpan(i, y) {
		return false
	}
	if t.kind(i+1) == reading.Alpha && !t.capitalized(i+1) {
		nx := t.lower(i + 1)
		if strings.HasSuffix(nx, "s") && !strings.HasSuffix(nx, "ss") && !t.isAny(i+1, "was", "is", "has", "as", "this", "its", "his", "levels", "results", "earnings", "sales", "figures", "elections") {
			return false
		}
	}
	if y < 1800 {
		return t.isAny(i-1, "in", "since", "of", "from", "until", "by", "before", "after", "around", "circa")
	}
	return true
}

// fullDate resolves month m, day d and year y (0 when not given).
func (t *tagger) fullDate(s, e, y, m, d int) match {
	if y == 0 {
		if !t.hasPub {
			return match{s: s, e: e, typ: Date, val: "XXXX-" + pad(m, 2) + "-" + pad(d, 2)}
		}
		y = t.monthYear(s, e, m, d)
		if !validDay(y, m, d) {
			return match{}
		}
		dm := dayMatch(s, e, date(y, m, d))
		dm.guess = true
		return dm
	}
	if !validDay(y, m, d) {
		return match{}
	}
	return dayMatch(s, e, date(y, m, d))
}

// yearAt reads a year at k, in digits or in words ("nineteen ninety-four"),
// and returns it with the word after it.
func (t *tagger) yearAt(k int) (int, int, bool) {
	if y, ok := t.year(k); ok {
		return y, k + 1, true
	}
	if m := t.spelledYear(k); m.ok() && m.s == k {
		y, _ := atoi(m.val)
		return y, m.e, true
	}
	return 0, k, false
}

// spelledYear: "nineteen ninety-six", "two thousand".
func (t *tagger) spelledYear(i int) match {
	if t.is2(i, "nineteen", "eighteen") {
		c, _ := t.numberWords(i)
		if n, ok := t.numberWords(i + 1); ok && n >= 10 && n < 100 {
			y := int(c)*100 + int(n)
			return match{s: i, e: i + 2, typ: Date, val: fmtYear(y), t: date(y, 1, 1), g: gYear}
		}
	}
	if t.is(i, "two") && t.is(i+1, "thousand") && t.is(i-1, "year") {
		y, e := 2000, i+2
		if n, ok := t.numberWords(e); ok && n < 100 {
			y, e = 2000+int(n), e+1
		}
		return match{s: i - 1, e: e, typ: Date, val: fmtYear(y), t: date(y, 1, 1), g: gYear}
	}
	return match{}
}

// quarter: "the third quarter [of 2013]", "third-quarter", "Q3", "the
// fiscal first quarter", "the first half", "the latest quarter", "the
// year-ago quarter".
func (t *tagger) quarter(i int) match {
	if m := t.yearAgoPeriod(i); m.ok() {
		return m
	}
	if m := t.latestPeriod(i); m.ok() {
		return m
	}
	k := i
	if t.is4(k, "the", "this", "its", "their") || t.is(k, "that") && t.is(k+1, "quarter") {
		k++ // "that quarter": the one the text last named
	}
	fiscal := false
	if t.is(k, "fiscal") {
		fiscal = true
		k++
	}
	if !t.quarterStart(k) && !(k > i && (t.is(k, "quarter") || t.kind(k) == reading.Number)) {
		return match{} // no case below can match
	}
	_ = fiscal
	// "the 1988 third quarter", "the year-ago third quarter": a year, or
	// the year before the story's, in front of an ordinal quarter.
	pre, preAgo := 0, false
	if k > i && t.ordinalQuarter(k+1) {
		if yy, ok := t.year(k); ok {
			pre, k = yy, k+1
		} else if t.is2(k, "year-ago", "year-earlier") {
			if cy, _ := t.contextQuarter(); cy != 0 {
				pre, preAgo, k = cy-1, true, k+1
			}
		}
	}
	q, half, e := 0, false, k
	w, _ := t.tw(k)
	switch s := t.lower(k); {
	case len(s) == 2 && s[0] == 'q' && s[1] >= '1' && s[1] <= '4':
		q, e = int(s[1]-'0'), k+1
	case strings.HasPrefix(s, "fiscal-") && t.is(k+1, "quarter"):
		// "the fiscal-first quarter": as "the fiscal first quarter".
		o, ok := lookupWord(s[len("fiscal-"):])
		if !ok || o.ord == 0 || o.ord > 4 {
			return match{}
		}
		q, e = int(o.ord), k+2
	case strings.HasSuffix(s, "-quarter") || strings.HasSuffix(s, "-half"):
		j := strings.IndexByte(s, '-')
		o, ok := lookupWord(s[:j])
		if !ok || o.ord == 0 || o.ord > 4 {
			return match{}
		}
		q, e, half = int(o.ord), k+1, strings.HasSuffix(s, "-half")
		if half && q > 2 {
			return match{}
		}
	case w.ord >= 1 && w.ord <= 4 && t.is(k+1, "quarter"):
		q, e = int(w.ord), k+2
	case w.ord >= 1 && w.ord <= 2 && t.is(k+1, "half") && k > i:
		q, e, half = int(w.ord), k+2, true
	case (t.isAny(k, "latest", "last", "previous", "prior", "current", "same", "next") || k > i && t.is(k, "quarter")) && (t.is(k+1, "quarter") || t.is(k, "quarter")):
		// Deictic and anaphoric quarters.
		e = k + 2
		if t.is(k, "quarter") {
			e = k + 1
		}
		y, qq := t.contextQuarter()
		switch {
		case t.is(k, "quarter") && t.is3(e, "ended", "ending", "ends"):
			// "the quarter ended Sept. 30": the calendar quarter that
			// holds most of the three months up to that day.
			if ey, eq, ok := t.quarterEnding(e + 1); ok {
				y, qq = ey, eq
			}
		case t.is(i, "that") && t.lastQ != 0:
			y, qq = t.lastQY, t.lastQ // "that quarter": the last one named
		case t.is(k, "current") || t.is(k, "this") || t.is(i, "this"):
			if t.hasPub {
				y, qq = t.pub.Year(), quarterOf(t.pub)
			}
		case t.is(k, "next"):
			if t.hasPub {
				n := addUnits(t.pub, uQuarter, 1)
				y, qq = n.Year(), quarterOf(n)
			}
		case t.is3(k, "last", "previous", "prior") && t.lastQ == 0 && t.hasPub:
			n := addUnits(t.pub, uQuarter, -1)
			y, qq = n.Year(), quarterOf(n)
		}
		if y == 0 {
			return match{s: i, e: e, typ: Date, val: "XXXX-QX"}
		}
		return t.quarterMatch(i, e, y, qq)
	case t.kind(k) == reading.Number && t.is2(k+1, "quarter", "period") && k > i:
		yy, ok := t.year(k)
		_, qq := t.contextQuarter()
		if !ok || qq == 0 {
			return match{}
		}
		return match{s: i, e: k + 2, typ: Date, val: fmtQuarter(yy, qq), t: date(yy, 3*qq-2, 1), g: gQuarter, compare: true}
	case (t.is2(k, "year-ago", "year-earlier")) && t.is2(k+1, "quarter", "period"):
		y, qq := t.contextQuarter()
		if y == 0 {
			return match{s: i, e: k + 2, typ: Date, val: "XXXX-QX"}
		}
		return match{s: i, e: k + 2, typ: Date, val: fmtQuarter(y-1, qq), t: date(y-1, 3*qq-2, 1), g: gQuarter, compare: true}
	case t.is(k, "latest") && t.is(k+1, "period"):
		y, qq := t.contextQuarter()
		if y == 0 {
			return match{}
		}
		return t.quarterMatch(i, k+2, y, qq)
	default:
		return match{}
	}
	if k == i && !strings.Contains(t.word(k), "-") && !strings.HasPrefix(t.lower(k), "q") && !t.isAny(i-1, "in", "for", "of", "during", "since") {
		// "first quarter" without "the" reads as a date only after a preposition.
	}
	y := pre
	// "of 2013", "of fiscal 2013", "of this year", "2013" before: "2013 third quarter"
	if y != 0 {
		// the year came first: "the 1988 third quarter"
	} else if t.is(e, "of") {
		f := e + 1
		if t.is(f, "fiscal") {
			f++
		}
		if yy, ok := t.year(f); ok {
			y, e = yy, f+1
		} else if t.is3(f, "this", "last", "next") && t.is(f+1, "year") && t.hasPub {
			y = t.pub.Year()
			if t.is(f, "last") {
				y--
			} else if t.is(f, "next") {
				y++
			}
			e = f + 2
		}
	} else if yy, ok := t.year(i - 1); ok && i == k {
		y = yy
	} else if yy, ok := t.year(i - 2); ok && i == k && t.kind(i-1) == reading.Poss {
		y, i = yy, i-2 // "2013's first quarter"
	} else if yy := t.deicticYear(i - 3); yy != 0 && i == k && t.kind(i-1) == reading.Poss && t.is(i-2, "year") {
		y, i = yy, i-3 // "next year's first quarter"
	}
	if y == 0 {
		if !t.hasPub {
			if half {
				return match{s: i, e: e, typ: Date, val: "XXXX-H" + strconv.Itoa(q)}
			}
			return match{s: i, e: e, typ: Date, val: "XXXX-Q" + strconv.Itoa(q)}
		}
		y = t.pub.Year()
		cur := quarterOf(t.pub)
		if half {
			cur = (int(t.pub.Month())-1)/6 + 1
		}
		if q > cur && t.tense(i, e) <= 0 {
			y--
		}
	}
	if half {
		return match{s: i, e: e, typ: Date, val: pad(y, 4) + "-H" + strconv.Itoa(q), t: date(y, 6*q-5, 1), g: gYear}
	}
	if preAgo {
		// "the year-ago third quarter" is named to compare with, as "the
		// year-ago quarter" is: it is not the quarter the text goes on about.
		return match{s: i, e: e, typ: Date, val: fmtQuarter(y, q), t: date(y, 3*q-2, 1), g: gQuarter, compare: true}
	}
	return t.quarterMatch(i, e, y, q)
}

// ordinalQuarter reports whether an ordinal quarter or half begins at
// word k: "third quarter", "third-quarter", "first half".
func (t *tagger) ordinalQuarter(k int) bool {
	if w, ok := t.tw(k); ok && w.ord >= 1 && w.ord <= 4 {
		return t.is(k+1, "quarter") || w.ord <= 2 && t.is(k+1, "half")
	}
	s := t.lower(k)
	j := strings.IndexByte(s, '-')
	if j < 0 || s[j+1:] != "quarter" {
		return false
	}
	o, ok := lookupWord(s[:j])
	return ok && o.ord >= 1 && o.ord <= 4
}

// deicticYear is the year "this", "last" or "next" at word k names
// ("this year", "last year"), 0 for another word or with no published
// date.
func (t *tagger) deicticYear(k int) int {
	if !t.hasPub {
		return 0
	}
	switch t.at(k) {
	case "this":
		return t.pub.Year()
	case "last":
		return t.pub.Year() - 1
	case "next":
		return t.pub.Year() + 1
	}
	return 0
}

// yearsQuarter reads a quarter of the year a deictic names, at word i:
// "next year's first quarter" (1990-Q1 published in 1989), one DATE as
// "2013's first quarter" is, and "last year's quarter", the quarter of
// the story (see contextQuarter) a year before.
func (t *tagger) yearsQuarter(i int) match {
	y := t.deicticYear(i)
	if y == 0 || !t.is(i+1, "year") || t.kind(i+2) != reading.Poss {
		return match{}
	}
	if t.is2(i+3, "quarter", "period") {
		_, q := t.contextQuarter()
		if q == 0 {
			return match{}
		}
		return match{s: i, e: i + 4, typ: Date, val: fmtQuarter(y, q), t: date(y, 3*q-2, 1), g: gQuarter, compare: true}
	}
	if m := t.quarter(i + 3); m.ok() && m.s == i {
		return m
	}
	return match{}
}

// quarterEnding reads the day a quarter ends at word k ("Sept. 30", "July
// 31, 1989") and returns the calendar quarter that holds most of the three
// months up to it, the middle one's: a quarter ended Sept. 30 is the third,
// one ended July 31 (May to July) the second. A day before the 15th ends
// the month before.
func (t *tagger) quarterEnding(k int) (int, int, bool) {
	mon, ok := t.month(k)
	if !ok {
		return 0, 0, false
	}
	d, ok := t.dayNumber(k + 1)
	if !ok {
		return 0, 0, false
	}
	y := 0
	if yy, ok := t.year(k + 2); ok {
		y = yy
	} else if t.word(k+2) == "," {
		if yy, ok := t.year(k + 3); ok {
			y = yy
		}
	}
	if y == 0 {
		if !t.hasPub {
			return 0, 0, false
		}
		y = t.pub.Year()
		if t.is(k-1, "ended") && date(y, mon, min(d, 28)).After(t.pub) {
			y-- // a quarter that "ended" then is past; one "ending" may be ahead
		}
	}
	end := date(y, mon, 1)
	if d < 15 {
		end = end.AddDate(0, -1, 0)
	}
	mid := end.AddDate(0, -1, 0)
	return mid.Year(), quarterOf(mid), true
}

// quarterStart reports whether word i can begin a quarter after what
// quarter skips ("the", "fiscal"): what its cases test at that word, but
// for "quarter" and numbers, which need a word skipped before.
func (t *tagger) quarterStart(i int) bool {
	if i < t.lo || i >= t.hi {
		return false
	}
	if f := t.facts[i].flag; f&(fFold|fHyphen) != 0 {
		return true // "third-quarter", "year-ago"
	}
	if w, _ := t.tw(i); w.ord != 0 {
		return true
	}
	switch w := t.at(i); w {
	case "latest", "last", "previous", "prior", "current", "same", "next":
		return true
	default:
		return len(w) == 2 && w[0] == 'q'
	}
}

// contextQuarter is the last quarter the text named, or the last complete
// quarter before the published date.
// A quarter not yet over when the article appeared is a forecast, not the
// quarter being reported, so it does not count.
func (t *tagger) contextQuarter() (int, int) {
	if t.storyQ != 0 {
		return t.storyQY, t.storyQ
	}
	if !t.hasPub {
		return t.lastQY, t.lastQ
	}
	p := addUnits(t.pub, uQuarter, -1)
	if t.lastQ != 0 && t.lastQY*4+t.lastQ <= p.Year()*4+quarterOf(p) {
		return t.lastQY, t.lastQ
	}
	return p.Year(), quarterOf(p)
}

// quarterNear reports whether a quarter was named in this sentence or the
// one before: then "a year ago" compares quarters, not years.
func (t *tagger) quarterNear() bool {
	return t.lastQ != 0 && t.sentNo-t.lastQSent <= 1
}

// yearAgoQuarter reports whether "a year earlier" or "year-ago" at word i
// (a measure in unit u) names the quarter a year before the one compared,
// not a year: when a quarter was named in this sentence or the one before,
// or, in a story that reports a quarter (see noteStoryQuarter), when it is
// the term of a comparison ("from $93.3 million a year earlier", "A year
// earlier, net income was $2.1 million") and the sentence names no other
// period ("For the nine months, ... a year earlier" compares nine months).
func (t *tagger) yearAgoQuarter(i int, u unit) bool {
	if u != uYear {
		return false
	}
	if t.quarterNear() {
		return true
	}
	return t.storyQ != 0 && t.periodSent != t.sentNo && t.comparedAt(i, u)
}

// yearAgoContext is the quarter yearAgoQuarter compares with: the one
// named in this sentence or the one before ("third-quarter profit rose
// from $4 million a year earlier"), else the story's (see
// contextQuarter).
func (t *tagger) yearAgoContext() (int, int) {
	if t.quarterNear() {
		return t.lastQY, t.lastQ
	}
	return t.contextQuarter()
}

func (t *tagger) quarterMatch(s, e, y, q int) match {
	t.lastQ, t.lastQY, t.lastQSent = q, y, t.sentNo
	return match{s: s, e: e, typ: Date, val: fmtQuarter(y, q), t: date(y, 3*q-2, 1), g: gQuarter}
}

// clock: "3 p.m.", "10:35 a.m. Friday", "15:30 GMT", "noon", "midnight".
func (t *tagger) clock(i int) match {
	mod, k := "", i
	if t.is4(i, "around", "about", "approximately", "at") && !t.is(i, "at") {
		mod, k = "APPROX", i+1
	}
	h, mi, e := -1, 0, k
	switch {
	case t.is2(k, "noon", "midday"):
		h, e = 12, k+1
	case t.is(k, "midnight"):
		h, e = 24, k+1
	case t.kind(k) == reading.Number:
		s := strings.ToLower(t.word(k))
		ampm := ""
		for _, suf := range []string{"am", "pm", "a.m.", "p.m."} {
			if strings.HasSuffix(s, suf) {
				ampm, s = suf[:1], strings.TrimSuffix(s, suf)
				break
			}
		}
		hh, mm, ok := parseClock(s)
		if !ok {
			return match{}
		}
		e = k + 1
		if ampm == "" {
			switch {
			case t.is3(e, "a.m.", "am", "a.m"):
				ampm, e = "a", e+1
			case t.is3(e, "p.m.", "pm", "p.m"):
				ampm, e = "p", e+1
			case t.is2(e, "a", "p") && t.word(e+1) == "." && t.is(e+2, "m"):
				ampm, e = strings.ToLower(t.word(e)), e+3
			case t.is2(e, "o'clock", "o’clock"):
				ampm, e = "o", e+1
			}
		}
		// "at 4 in the morning", "8 o'clock in the evening": the part
		// of the day says which half. After a preposition of time, and
		// closing the phrase ("4 in the morning session" is a count).
		if (ampm == "" || ampm == "o") && t.is(e, "in") && t.is(e+1, "the") && t.partClose(k, e+3) {
			switch t.at(e + 2) {
			case "morning":
				ampm, e = "a", e+3
			case "afternoon", "evening":
				ampm, e = "p", e+3
			case "night":
				ampm, e = "a", e+3
				if hh >= 6 {
					ampm = "p"
				}
			}
		}
		switch {
		case ampm == "a" || ampm == "p" || ampm == "o":
			if hh < 1 || hh > 12 {
				return match{}
			}
			if ampm == "p" && hh < 12 {
				hh += 12
			}
			if ampm == "a" && hh == 12 {
				hh = 0
			}
		case strings.Contains(s, ":") && (isZone(t.word(e)) || t.isAny(k-1, "at", "by", "until", "before", "after", "from")):
		default:
			return match{}
		}
		h, mi = hh, mm
	default:
		return match{}
	}
	if e == t.hi && t.kind(e-1) == reading.Abbrev {
		// The sentence splitter may end a sentence at "p.m." before a
		// capitalized zone or day: "5 p.m. EST Nov. 9".
		defer func(hi int) { t.hi = hi }(t.hi)
		t.hi = t.paraHi
		if !isZone(t.word(e)) && !t.capitalized(e) {
			t.hi = e
		}
	}
	if isZone(t.word(e)) {
		e++
	}
	// A day right after the time: "10 p.m. Wednesday", "noon Saturday",
	// "5 p.m. EST, Nov. 6".
	var day match
	f := e
	if t.word(f) == "," {
		f++
	}
	if t.is(f, "on") {
		f++
	}
	if w, ok := t.tw(f); ok && w.weekday != 0 && !w.plural && t.capitalized(f) {
		day = t.weekday(i, f+1, int(w.weekday)) // the clause's tense is read from the time's start
	} else if t.is3(f, "today", "yesterday", "tomorrow") {
		day = t.relDay(f)
	} else if m := t.calendar(f); m.ok() && m.g == gDay {
		day = m
	}
	// "9:30 a.m. on Nov. 12": the day gives the value, the extents stay apart.
	if day.ok() && !t.is(f-1, "on") {
		e = day.e
	} else if !day.ok() || day.typ != Date {
		day = match{}
	}
	v := "T" + pad(h, 2) + ":" + pad(mi, 2)
	switch {
	case day.ok() && day.g == gDay:
		return match{s: i, e: e, typ: Clock, val: day.val + v, mod: mod, t: day.t, g: gDay}
	case day.ok():
		return match{s: i, e: e, typ: Clock, val: day.val + v, mod: mod}
	case t.hasPub:
		return match{s: i, e: e, typ: Clock, val: fmtDay(t.anchorDay()) + v, mod: mod}
	}
	return match{s: i, e: e, typ: Clock, val: "XXXX-XX-XX" + v, mod: mod}
}

// partClose reports whether a clock number at k read with the part of
// the day ending before word n ("at 4 in the morning") is a time: after a
// preposition of time or "o'clock", and with no noun after the part.
func (t *tagger) partClose(k, n int) bool {
	if !t.isAny(k-1, "at", "by", "until", "till", "before", "after", "around", "about", "from", "to", "since") && !t.is2(k+1, "o'clock", "o’clock") {
		return false
	}
	if n >= t.hi || t.kind(n) != reading.Alpha || t.capitalized(n) {
		return true
	}
	return t.isAny(n, "on", "and", "or", "to", "when", "until", "before", "after", "at", "of", "local", "time", "the", "that", "this")
}

// parseClock reads "3", "15:30", "3.30" as hours and minutes.
func parseClock(s string) (int, int, bool) {
	hs, ms := s, ""
	if j := strings.IndexAny(s, ":."); j >= 0 {
		hs, ms = s[:j], s[j+1:]
		if len(ms) != 2 {
			return 0, 0, false
		}
	}
	h, err := atoi(hs)
	if err != nil || h < 0 || h > 24 || len(hs) > 2 {
		return 0, 0, false
	}
	m := 0
	if ms != "" {
		if m, err = atoi(ms); err != nil || m > 59 {
			return 0, 0, false
		}
	}
	return h, m, true
}

func isZone(s string) bool {
	switch s {
	case "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "BST", "CET", "CEST", "MSK", "IST", "JST", "AKDT", "AKST":
		return true
	}
	return false
}

// relDay resolves today, yesterday, tomorrow and tonight at k.
func (t *tagger) relDay(k int) match {
	off := 0
	switch t.at(k) {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	case "today", "tonight":
	default:
		return match{}
	}
	if !t.hasPub {
		return match{s: k, e: k + 1, typ: Date, val: "XXXX-XX-XX"}
	}
	return dayMatch(k, k+1, t.pub.AddDate(0, 0, off))
}

// generic reports whether "today" or "tomorrow" at k means the present
// or future age, not a day ("today's youth", "the cars of tomorrow"): no
// temporal expression, as TimeML's annotated news has it. A noun of
// people, things or conditions of an age says so, after the possessive
// or before "of" (there people in the plural, by their ending, too).
func (t *tagger) generic(k int) bool {
	if t.kind(k+1) == reading.Poss {
		return ageNoun(t.at(k + 2))
	}
	if !t.is(k-1, "of") {
		return false
	}
	w := t.at(k - 2)
	if ageNoun(w) {
		return true
	}
	// People in the plural: "the sailors of tomorrow", "the scientists
	// of today".
	for _, suf := range []string{"ors", "ists", "ians"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ageNoun reports whether w names people, things or conditions of an
// age rather than of a day.
func ageNoun(w string) bool {
	switch w {
	case "youth", "young", "world", "society", "generation", "generations", "children", "kids",
		"teenagers", "students", "economy", "standards", "terms", "money", "dollars", "technology",
		"computers", "workers", "families", "women", "men", "people", "culture", "politics",
		"media", "consumers", "schools", "parents", "cars", "music", "athletes", "youngsters",
		"global", "modern", "fast-paced", "digital", "leaders", "heroes", "citizens", "voters",
		"cities", "homes", "jobs", "challenges", "problems":
		return true
	}
	return false
}

// withPart turns a day match into a TIME when a part of day follows it:
// "Friday night", "yesterday morning". A part in the plural ("Tuesday
// nights") recurs: no one day's TIME, the set matcher's SET.
func (t *tagger) withPart(m match) match {
	p, ok := t.tw(m.e)
	if !ok || p.part == "" || p.plural || t.is2(m.e, "tonight", "overnight") {
		return m
	}
	m.e++
	m.typ = Clock
	if m.g == gDay {
		m.val = fmtDay(m.t) + "T" + p.part
	} else {
		m.val += "T" + p.part
	}
	return m
}

// sharedPartSet reads a weekday at i joined to a weekday with a part of
// the day in the plural ("on Monday and Tuesday nights", "Friday or
// Saturday mornings"): the part is both days', and both recur, so the
// first is a SET with that part too (XXXX-WXX-1TNI).
func (t *tagger) sharedPartSet(i, wd int) match {
	if !t.is2(i+1, "and", "or") && t.word(i+1) != "," {
		return match{}
	}
	n, ok := t.tw(i + 2)
	if !ok || n.weekday == 0 || n.plural || !t.capitalized(i+2) {
		return match{}
	}
	p, ok := t.tw(i + 3)
	if !ok || p.part == "" || !p.plural {
		return match{}
	}
	return match{s: i, e: i + 1, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + p.part}
}

// relative: today, yesterday, "last week", "next Monday", "this
// morning", "two years ago", "three days later", "the next day", "that
// year", "year-earlier".
// ex is what explicit found at i, reused for weekdays.
func (t *tagger) relative(i int, ex match) match {
	if m := t.relDay(i); m.ok() {
		if t.is2(i, "today", "tomorrow") && t.generic(i) {
			// An age, not a day: TimeML's corpora leave it untagged.
			return match{}
		}
		if t.is(i, "tonight") {
			m.typ, m.val = Clock, m.val+"TNI"
			if !t.hasPub {
				m.val = "XXXX-XX-XXTNI"
			}
			return m
		}
		return t.withPart(m)
	}
	if w, ok := t.tw(i); ok && w.weekday != 0 && !w.plural && t.capitalized(i) {
		return t.withPart(ex)
	}
	if t.is(i, "overnight") {
		if t.hasPub {
			d := t.pub.AddDate(0, 0, -1)
			// In a clause about the past, right after the story named an
			// earlier day ("Shares fell Friday. They were hit by overnight
			// losses in New York"), the night is the one before that day.
			if t.anchorG == gDay && t.anchorNamed && t.sentNo-t.anchorSent <= 1 && t.anchor.Before(t.pub) && t.tense(i, i+1) < 0 {
				d = t.anchor.AddDate(0, 0, -1)
			}
			return match{s: i, e: i + 1, typ: Clock, val: fmtDay(d) + "TNI"}
		}
		return match{s: i, e: i + 1, typ: Clock, val: "XXXX-XX-XXTNI"}
	}
	if t.is2(i, "year-earlier", "year-ago") {
		y, _ := t.contextQuarter()
		if t.is2(i+1, "quarter", "period") {
			return match{} // the quarter matcher takes "year-ago quarter"
		}
		if y == 0 {
			return match{s: i, e: i + 1, typ: Date, val: "XXXX"}
		}
		if t.yearAgoQuarter(i, uYear) {
			y, q := t.yearAgoContext()
			return match{s: i, e: i + 1, typ: Date, val: fmtQuarter(y-1, q)}
		}
		return match{s: i, e: i + 1, typ: Date, val: fmtYear(y - 1)}
	}
	yearsEnd := t.is(i, "year") && t.kind(i+1) == reading.Poss && t.is(i+2, "end") && t.isAny(i-1, "by", "at", "before", "until", "through", "to")
	if t.is3(i, "year-end", "mid-year", "midyear") || t.is(i, "year") && t.is(i+1, "end") && !t.is4(i-1, "the", "a", "this", "each") || yearsEnd {
		mod := "END"
		if !t.is(i, "year-end") && !yearsEnd {
			mod = "MID"
		}
		e := i + 1
		if yearsEnd {
			e += 2 // "by year's end"
		} else if t.is(i, "year") {
			e++
		}
		if !t.hasPub {
			return match{s: i, e: e, typ: Date, val: "XXXX", mod: mod}
		}
		return match{s: i, e: e, typ: Date, val: fmtYear(t.pub.Year()), mod: mod}
	}
	if m := t.ago(i); m.ok() {
		return m
	}
	if m := t.anaphoric(i); m.ok() {
		return m
	}
	return t.deictic(i)
}

// ago: "two years ago", "three days later", "a year earlier", "two weeks
// from now", with a modifier in front when there is one ("about two years
// ago").
func (t *tagger) ago(i int) match {
	mod, k := t.modPrefix(i)
	n, j, nmod, ok := t.number(k)
	if !ok {
		// "years ago", "months earlier"
		n, j = -1, k
	}
	u, plural, e := t.unitAt(j)
	if u == uNone || !ok && !plural {
		return match{}
	}
	if mod == "" {
		mod = nmod
	}
	if t.is(e, "or") && t.is(e+1, "so") && t.is3(e+2, "ago", "earlier", "later") {
		e += 2 // "a week or so ago"
		mod = "APPROX"
	}
	var base time.Time
	sign, ue, ago := -1, e, t.is(e, "ago")
	switch {
	case ago:
		base, e = t.pub, e+1
	case t.is(e, "from") && t.is(e+1, "now"):
		base, sign, e = t.pub, 1, e+2
	case t.is(e, "hence"):
		base, sign, e = t.pub, 1, e+1
	case t.is2(e, "earlier", "before"):
		if t.is(e, "before") && t.kind(e+1) != reading.Punct && e+1 < t.hi {
			return match{} // "two days before the vote": a relation, not a date
		}
		base, e = t.anchor, e+1
	case t.is2(e, "later", "after"):
		if t.is(e, "after") && t.kind(e+1) != reading.Punct && e+1 < t.hi {
			return match{}
		}
		base, sign, e = t.anchor, 1, e+1
	default:
		return match{}
	}
	if !ago && !t.yearAgoQuarter(i, u) && !t.comparedAt(i, u) {
		// "three days later", "eight years from now": TimeML marks the
		// measure, a DURATION; the narrative still moves on by it.
		return t.measureShift(i, ue, n, u, mod, base, sign)
	}
	if n < 0 {
		v := "PAST_REF"
		if sign > 0 {
			v = "FUTURE_REF"
		}
		return match{s: i, e: e, typ: Date, val: v, mod: mod}
	}
	if !t.hasPub || base.IsZero() {
		return match{s: i, e: e, typ: Date, val: unknownValue(u), mod: mod}
	}
	steps := int(n)
	if n != float64(steps) {
		return match{s: i, e: e, typ: Date, val: unknownValue(u), mod: mod}
	}
	if steps == 1 && t.yearAgoQuarter(i, u) {
		// "a year earlier", after a quarter: the same quarter, a year before.
		qy, q := t.yearAgoContext()
		y := qy + sign*steps
		return match{s: i, e: e, typ: Date, val: fmtQuarter(y, q), mod: mod, t: date(y, 3*q-2, 1), g: gQuarter, compare: true}
	}
	var d time.Time
	switch u {
	case uSecond, uMinute, uHour:
		d = base
		u = uDay
	case uDecade:
		d = base.AddDate(10*sign*steps, 0, 0)
		u = uYear
	case uCentury:
		d = base.AddDate(100*sign*steps, 0, 0)
		u = uYear
	default:
		d = addUnits(base, u, sign*steps)
		if u == uDay {
			d = base.AddDate(0, 0, sign*steps)
		}
	}
	return match{s: i, e: e, typ: Date, val: unitValue(d, u), mod: mod, t: d, g: unitGran(u), compare: u >= uMonth}
}

// anaphoric: expressions anchored on the last date the text established:
// "the next day", "the following week", "the day before", "that evening",
// "the same day".
func (t *tagger) anaphoric(i int) match {
	if w := t.at(i); w != "the" && w != "that" {
		return match{} // what every case below begins with
	}
	if m := t.atTheTime(i); m.ok() {
		return m
	}
	k, off := i, 0
	switch {
	case t.is(k, "the") && t.is2(k+1, "next", "following"):
		k, off = k+2, 1
	case t.is(k, "the") && t.is3(k+1, "previous", "preceding", "prior"):
		k, off = k+2, -1
	case t.is(k, "the") && t.is(k+1, "same"):
		k = k + 2
	case t.is(k, "the") && t.is3(k+1, "day", "week", "month") && t.is(i-1, "in") && t.is2(i-2, "later", "earlier"):
		// "later in the day", "earlier in the week": the narrative's
		// day or week, TimeML's extent "the day".
		k++
	case t.is(k, "that") && t.is(k+1, "same"):
		k = k + 2
	case t.is(k, "that"):
		k++
	case t.is(k, "the") && t.is(k+1, "day") && t.is2(k+2, "before", "after") && (t.kind(k+3) == reading.Punct || k+3 >= t.hi):
		off = -1
		if t.is(k+2, "after") {
			off = 1
		}
		if t.anchorDay().IsZero() {
			return match{s: i, e: k + 3, typ: Date, val: "XXXX-XX-XX"}
		}
		d := t.anchorDay().AddDate(0, 0, off)
		return dayMatch(i, k+3, d)
	case t.is(k, "the") && t.is(k+1, "day") && t.is2(k+2, "before", "after") && !t.is2(k+3, "the", "that"):
		if m := t.dayAround(i, k+3); m.ok() {
			return m
		}
		return t.appositiveDay(i)
	case t.is(k, "the") && t.is(k+1, "day") && t.isAny(k+2, "before", "after", "of", "when"):
		return t.appositiveDay(i)
	case t.is(k, "the") && t.is(k+1, "week") && t.is(k+2, "of") && !t.is2(k+3, "the", "that"):
		return t.weekOf(i, k+3)
	case t.is(k, "the") && t.is(k+2, "day") && t.ordinal(k+1):
		return t.ordinalDay(i, k+3)
	default:
		return match{}
	}
	w, ok := t.tw(k)
	if !ok {
		return match{}
	}
	if w.part != "" && !t.is2(k, "tonight", "overnight") {
		if t.anchorDay().IsZero() {
			return match{s: i, e: k + 1, typ: Clock, val: "XXXX-XX-XXT" + w.part}
		}
		d := t.anchorDay().AddDate(0, 0, off)
		return match{s: i, e: k + 1, typ: Clock, val: fmtDay(d) + "T" + w.part, t: d, g: gDay}
	}
	if (w.unit == uDecade || w.unit == uCentury) && t.is(i+1, "next") {
		// "the next decade": ten years from now, as "the last decade"
		// is ten years up to now (see deictic).
		return match{s: i, e: k + 1, typ: Duration, val: durationValue(1, w.unit)}
	}
	if w.weekday != 0 && !w.plural && off != 0 {
		return t.weekdayFrom(i, k+1, int(w.weekday), off)
	}
	if w.unit == uNone || w.plural || w.unit < uDay || w.unit == uWeekend {
		return match{}
	}
	if t.is(i, "that") && w.unit != uDay && w.unit != uYear && w.unit != uWeek && w.unit != uMonth {
		return match{}
	}
	if t.anchor.IsZero() {
		return match{s: i, e: k + 1, typ: Date, val: unknownValue(w.unit)}
	}
	base := t.anchor
	if unitGran(w.unit) < t.anchorG && w.unit == uDay {
		// "the next day" after a month-only date cannot be resolved;
		// "that same day" is a day of that month.
		if off == 0 && t.anchorG == gMonth {
			return match{s: i, e: k + 1, typ: Date, val: fmtMonth(base.Year(), int(base.Month())) + "-XX"}
		}
		return match{s: i, e: k + 1, typ: Date, val: unknownValue(w.unit)}
	}
	d := addUnits(base, w.unit, off)
	if w.unit == uDay {
		d = base.AddDate(0, 0, off)
	}
	return match{s: i, e: k + 1, typ: Date, val: unitValue(d, w.unit), t: d, g: unitGran(w.unit)}
}

// ordinal reports whether word k is an ordinal number word ("second",
// "eighth").
func (t *tagger) ordinal(k int) bool {
	w, ok := t.tw(k)
	return ok && w.ord != 0
}

// ordinalDay: "the second day (of the strike)", words i to e, a DATE in
// TimeML: the day counted from the start of an event. "Today is the
// eighth day", "It's the second day" say which day it is, the published
// one; otherwise the day is unknown (XXXX-XX-XX).
func (t *tagger) ordinalDay(i, e int) match {
	if t.hasPub && (t.is(i-1, "is") || t.kind(i-1) == reading.Poss && t.is2(i-2, "it", "today")) {
		return dayMatch(i, e, t.pub)
	}
	return match{s: i, e: e, typ: Date, val: "XXXX-XX-XX"}
}

// dayAround: "the day before yesterday", "the day after Christmas", "the
// day before last Tuesday": TimeML marks the whole phrase, one DATE, the
// day named at k moved by one. Only a day the text resolves to a date
// counts; "the day before the vote" names an event, not a date (k never
// begins with "the", so a chain of "the day before" phrases is read once).
func (t *tagger) dayAround(i, k int) match {
	inner := t.innerDay(k)
	if inner.s != k || inner.typ != Date || inner.g != gDay || inner.t.IsZero() || inner.split != 0 {
		return match{}
	}
	off := -1
	if t.is(k-1, "after") {
		off = 1
	}
	return dayMatch(i, inner.e, inner.t.AddDate(0, 0, off))
}

// appositiveDay: "the day" at i in apposition to the day just named
// ("Oct. 12, the day before the market fell", "on Sunday, the day of the
// regatta"): that day, TimeML's extent "the day". The date must end
// right before the comma, in the same sentence; after anything else, "the
// day before the vote" names the day of an event, no date.
func (t *tagger) appositiveDay(i int) match {
	if t.word(i-1) != "," || t.anchorE != i-1 || t.anchorSent != t.sentNo || t.anchorG != gDay || !t.anchorNamed || t.anchor.IsZero() {
		return match{}
	}
	return dayMatch(i, i+2, t.anchor)
}

// innerDay is the expression at k that dayAround and weekOf build on. It
// is read one level deep only: inside it, neither looks further, so
// "the day before early the day before ..." costs no more than once per
// word.
func (t *tagger) innerDay(k int) match {
	if t.inner || k >= len(t.ws) || k >= len(t.facts) {
		return match{}
	}
	t.inner = true
	m := t.best(k)
	t.inner = false
	return m
}

// weekOf: "the week of March 6", the ISO week holding the day named at k
// (which, as in dayAround, never begins with "the").
func (t *tagger) weekOf(i, k int) match {
	inner := t.innerDay(k)
	if inner.s != k || inner.typ != Date || inner.g != gDay || inner.t.IsZero() || inner.split != 0 {
		return match{}
	}
	return match{s: i, e: inner.e, typ: Date, val: fmtWeek(inner.t), t: inner.t, g: gWeek}
}

func (t *tagger) anchorDay() time.Time {
	if t.anchorG == gDay {
		return t.anchor
	}
	return t.pub
}

// deictic: "this week", "last year", "next month", "the past year",
// "last Friday", "next March", "this summer", "this morning", "last
// night", "the weekend", "the year".
func (t *tagger) deictic(i int) match {
	switch t.at(i) {
	case "this", "current", "the", "last", "past", "next", "coming":
	default:
		return match{} // what every case below begins with
	}
	if m := t.yearsQuarter(i); m.ok() {
		return m
	}
	k, rel := i, 0
	switch {
	case t.is2(k, "this", "current") || t.is(k, "the") && t.is(k+1, "current"):
		if t.is(k, "the") {
			k++
		}
		k++
		if t.is(k, "coming") {
			k, rel = k+1, 1
		} else if t.is(k, "past") {
			k, rel = k+1, -1
		}
	case t.is2(k, "last", "past") || t.is(k, "the") && t.is2(k+1, "past", "last"):
		if t.is(k, "the") {
			k++
		}
		k, rel = k+1, -1
	case t.is2(k, "next", "coming") || t.is(k, "the") && t.is2(k+1, "coming", "upcoming"):
		if t.is(k, "the") {
			k++
		}
		k, rel = k+1, 1
	case t.is(k, "the") && t.is(k+1, "full") && t.is(k+2, "year"):
		if !t.hasPub {
			return match{s: i, e: k + 3, typ: Date, val: "XXXX"}
		}
		// The year the story tells of; a year ahead it names in passing
		// ("a 50% share by 1992") is a goal, and the full year it
		// forecasts is the current one.
		return match{s: i, e: k + 3, typ: Date, val: fmtYear(min(t.yearRef, t.pub.Year()))}
	case t.is(k, "the") && t.is(k+1, "month") && t.is3(k-1, "of", "in", "during"):
		if !t.hasPub {
			return match{s: i, e: k + 2, typ: Date, val: "XXXX-XX"}
		}
		d := t.anchor
		if t.anchorG > gMonth {
			d = t.pub
		}
		return match{s: i, e: k + 2, typ: Date, val: fmtMonth(d.Year(), int(d.Month()))}
	case t.is(k, "the") && t.is(i-1, "in") && t.isAny(k+1, "morning", "afternoon", "evening", "night"):
		k++ // "in the morning": see the part of day below
	case t.is(k, "the") && (t.is2(k+1, "weekend", "year") || t.is(k+1, "fiscal") && t.is(k+2, "year")):
		k++
		if t.is(k, "fiscal") {
			k++ // "the fiscal year": as "the year"
		}
		if t.is(k, "year") {
			if t.isAny(k+1, "before", "after", "ago", "earlier", "later") {
				return match{}
			}
			if m := t.spelledYear(k + 1); m.ok() {
				m.s = i // "the year two thousand"
				return m
			}
			if y, ok := t.year(k + 1); ok {
				// "the fiscal year 1990", "the year 2000"
				return match{s: i, e: k + 2, typ: Date, val: fmtYear(y), t: date(y, 1, 1), g: gYear}
			}
			// "in the year", "by the end of the year", "profit for the
			// year" name the year the story tells of; "in the year ended
			// March 31" is a year told by its end, a span, and so is
			// "throughout the year".
			if !t.isAny(i-1, "in", "of", "during", "by", "until", "through", "since", "into", "for") || t.is3(k+1, "ended", "ending", "through") {
				return match{s: i, e: k + 1, typ: Duration, val: "P1Y"}
			}
			if !t.hasPub {
				return match{s: i, e: k + 1, typ: Date, val: "XXXX"}
			}
			return match{s: i, e: k + 1, typ: Date, val: fmtYear(t.yearRef)}
		}
		if !t.hasPub {
			return match{s: i, e: k + 1, typ: Date, val: "XXXX-WXX-WE"}
		}
		d := t.pub
		if pw := isoWeekday(t.pub); pw < 6 && t.tense(i, k+1) <= 0 {
			d = d.AddDate(0, 0, -7)
		}
		return match{s: i, e: k + 1, typ: Date, val: fmtWeek(d) + "-WE", t: d, g: gWeek}
	default:
		return match{}
	}
	if t.is(k, "fiscal") && t.is(k+1, "year") {
		k++
	}
	w, ok := t.tw(k)
	if !ok {
		return match{}
	}
	e := k + 1
	switch {
	case w.weekday != 0 && !w.plural:
		wd := int(w.weekday)
		if !t.hasPub {
			return match{s: i, e: e, typ: Date, val: "XXXX-WXX-" + strconv.Itoa(wd)}
		}
		pw := isoWeekday(t.pub)
		var d time.Time
		switch rel {
		case -1:
			back := (pw - wd + 7) % 7
			if back == 0 {
				back = 7
			}
			d = t.pub.AddDate(0, 0, -back)
		case 1:
			fwd := (wd - pw + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			d = t.pub.AddDate(0, 0, fwd)
		default:
			// "this Wednesday": in the clause's direction, else this week's.
			switch tense := t.tense(i, e); {
			case tense > 0:
				d = t.pub.AddDate(0, 0, (wd-pw+7)%7)
			case tense < 0:
				d = t.pub.AddDate(0, 0, -((pw - wd + 7) % 7))
			default:
				d = t.pub.AddDate(0, 0, wd-pw)
			}
		}
		return t.withPart(dayMatch(i, e, d))
	case w.month != 0 && t.capitalized(k):
		m := int(w.month)
		if !t.hasPub {
			return match{s: i, e: e, typ: Date, val: "XXXX-" + pad(m, 2)}
		}
		if d, ok := t.dayNumber(e); ok && rel != 0 {
			if dm := t.deicticDay(i, e+1, m, d, rel); dm.ok() {
				return dm
			}
		}
		y, pm := t.pub.Year(), int(t.pub.Month())
		switch {
		case rel < 0 && m >= pm:
			y--
		case rel > 0 && m <= pm:
			y++
		}
		return match{s: i, e: e, typ: Date, val: fmtMonth(y, m), t: date(y, m, 1), g: gMonth}
	case w.season != "":
		if !t.hasPub {
			return match{s: i, e: e, typ: Date, val: "XXXX-" + w.season}
		}
		y := t.pub.Year()
		cur := seasonIndex(int(t.pub.Month()))
		s := seasonIndex(seasonMonth(w.season))
		switch {
		case rel < 0 && s >= cur:
			y--
		case rel > 0 && s <= cur:
			y++
		}
		return match{s: i, e: e, typ: Date, val: pad(y, 4) + "-" + w.season, t: date(y, 1, 1), g: gYear}
	case w.part != "" && !t.is2(k, "tonight", "overnight"):
		if t.is(i, "the") && k == i+1 && t.is(i-1, "in") && !t.is(e, "of") && (e >= t.hi || t.kind(e) == reading.Punct || !t.isAny(e, "hours", "news", "paper", "papers", "shift", "session", "edition")) {
			// "traded higher in the morning": the part of the day the
			// story tells of (TimeML extent "the morning").
			if !t.hasPub && t.anchorG != gDay {
				return match{s: i, e: e, typ: Clock, val: "XXXX-XX-XXT" + w.part}
			}
			d := t.anchorDay()
			return match{s: i, e: e, typ: Clock, val: fmtDay(d) + "T" + w.part, t: d, g: gDay}
		}
		if t.is(i, "the") || rel > 0 {
			return match{}
		}
		if !t.hasPub {
			return match{s: i, e: e, typ: Clock, val: "XXXX-XX-XXT" + w.part}
		}
		d := t.pub
		if rel < 0 {
			d = d.AddDate(0, 0, -1)
		}
		return match{s: i, e: e, typ: Clock, val: fmtDay(d) + "T" + w.part, t: d, g: gDay}
	case w.unit >= uDay && !w.plural:
		if w.unit == uDay || !t.header && t.capitalized(k) && k > t.lo {
			return match{}
		}
		if (w.unit == uDecade || w.unit == uCentury) && t.is3(k-1, "past", "last", "next") {
			// "the past decade", "the last decade", "the next decade": in
			// TimeML the ten years up to now or from now, not a calendar
			// decade.
			return match{s: i, e: e, typ: Duration, val: durationValue(1, w.unit)}
		}
		if w.unit == uQuarter {
			return match{} // the quarter matcher resolves quarters
		}
		if t.is3(e, "ago", "earlier", "later") {
			return match{}
		}
		if !t.hasPub {
			return match{s: i, e: e, typ: Date, val: unknownValue(w.unit)}
		}
		d := addUnits(t.pub, w.unit, rel)
		if w.unit == uWeekend {
			d = t.pub
			if rel < 0 || rel == 0 && isoWeekday(t.pub) < 6 && t.tense(i, e) < 0 {
				d = d.AddDate(0, 0, -7)
			} else if rel > 0 {
				d = d.AddDate(0, 0, 7)
			}
			if rel < 0 && isoWeekday(t.pub) >= 6 {
				d = t.pub.AddDate(0, 0, -7)
			}
		}
		return match{s: i, e: e, typ: Date, val: unitValue(d, w.unit), t: d, g: unitGran(w.unit)}
	}
	return match{}
}

// seasonIndex orders the seasons within a year: winter (its January and
// February part) 0, spring 1, summer 2, fall 3, December's winter 4.
func seasonIndex(m int) int {
	switch {
	case m <= 2:
		return 0
	case m <= 5:
		return 1
	case m <= 8:
		return 2
	case m <= 11:
		return 3
	}
	return 4
}

// position: "early December", "late Friday", "mid-March", "earlier this
// year", "the end of the year", "the beginning of 2013", "the first half
// of 2013".
func (t *tagger) position(i int) match {
	mod, k := "", i
	switch {
	case t.is2(i, "early", "earlier"):
		mod, k = "START", i+1
	case t.is2(i, "late", "later"):
		mod, k = "END", i+1
	case t.is(i, "mid"):
		mod, k = "MID", i+1
		if t.word(k) == "-" {
			k++
		}
		if w, ok := t.tw(k); ok && w.part != "" && !t.is2(k, "tonight", "overnight") {
			// "mid afternoon", "mid - morning": as "mid-afternoon".
			if !t.hasPub {
				return match{s: i, e: k + 1, typ: Clock, val: "XXXX-XX-XXT" + w.part, mod: mod}
			}
			m := match{s: i, e: k + 1, typ: Clock, val: fmtDay(t.anchorDay()) + "T" + w.part, mod: mod}
			if r := t.relDay(k + 1); r.ok() {
				m.e, m.val = r.e, r.val+"T"+w.part
			}
			return m
		}
	case t.is(i, "the") && t.is3(i+1, "early", "late", "mid") && t.kind(i+2) == reading.Number && strings.HasSuffix(t.word(i+2), "0s"):
		// "the early 2000s"
		m := t.position(i + 1)
		if m.ok() {
			m.s = i
		}
		return m
	case t.is(i, "the") && t.is4(i+1, "end", "beginning", "start", "middle") && t.is(i+2, "of"):
		mod, k = "START", i+3
		if t.is(i+1, "end") {
			mod = "END"
		} else if t.is(i+1, "middle") {
			mod = "MID"
		}
	case t.is(i, "the") && t.is4(i+1, "first", "second", "last", "latter") && t.is(i+2, "half") && t.is(i+3, "of"):
		if y, ok := t.year(i + 4); ok {
			h := "1"
			if !t.is(i+1, "first") {
				h = "2"
			}
			return match{s: i, e: i + 5, typ: Date, val: fmtYear(y) + "-H" + h}
		}
		return match{}
	default:
		s := t.word(i)
		for _, p := range [][2]string{{"mid-", "MID"}, {"early-", "START"}, {"late-", "END"}, {"post-", "AFTER"}, {"pre-", "BEFORE"}} {
			if len(s) > len(p[0]) && strings.EqualFold(s[:len(p[0])], p[0]) {
				m := t.midCompound(i, s[len(p[0]):])
				if m.ok() {
					m.mod = p[1]
				}
				return m
			}
		}
		return match{}
	}
	ex := t.explicit(k)
	m := ex
	if c := t.relative(k, ex); c.e > m.e {
		m = c
	}
	if !m.ok() || m.typ == Duration || m.typ == Set || strings.HasSuffix(m.val, "_REF") || m.s != k {
		return match{}
	}
	if (t.is2(i, "earlier", "later")) && !(t.is3(k, "this", "today", "tonight") || t.is(k, "in")) {
		return match{}
	}
	m.s, m.mod = i, mod
	return m
}

// midCompound: "mid-March", "mid-1990s", "mid-afternoon", "mid-2013".
func (t *tagger) midCompound(i int, rest string) match {
	if w, ok := lookupWord(rest); ok {
		switch {
		case w.month != 0:
			m := int(w.month)
			if y, ok := t.year(i + 1); ok {
				return match{s: i, e: i + 2, typ: Date, val: fmtMonth(y, m), mod: "MID"}
			}
			if !t.hasPub {
				return match{s: i, e: i + 1, typ: Date, val: "XXXX-" + pad(m, 2), mod: "MID"}
			}
			y := t.monthYear(i, i+1, m, 0)
			return match{s: i, e: i + 1, typ: Date, val: fmtMonth(y, m), mod: "MID", t: date(y, m, 1), g: gMonth, guess: true}
		case w.part != "":
			if !t.hasPub {
				return match{s: i, e: i + 1, typ: Clock, val: "XXXX-XX-XXT" + w.part, mod: "MID"}
			}
			m := match{s: i, e: i + 1, typ: Clock, val: fmtDay(t.anchorDay()) + "T" + w.part, mod: "MID"}
			if r := t.relDay(i + 1); r.ok() {
				m.e, m.val = r.e, r.val+"T"+w.part
			}
			return m
		}
	}
	if len(rest) == 5 && rest[4] == 's' {
		if y, err := atoi(rest[:4]); err == nil && y >= 1000 && y < 2100 {
			return match{s: i, e: i + 1, typ: Date, val: rest[:3], mod: "MID"}
		}
	}
	if len(rest) == 4 {
		if y, err := atoi(rest); err == nil && y >= 1000 && y < 2100 {
			return match{s: i, e: i + 1, typ: Date, val: rest, mod: "MID"}
		}
	}
	return match{}
}
