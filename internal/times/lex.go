package times

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/lexicon"
)

// The tables the time tagger reads: small maps from lower-case words to
// what they mean. They are built once and only read afterwards.

// unit is a calendar or clock unit of a duration or a relative date.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// timeWord is what one lower-case word means to the time tagger. A word can
// be several things ("second" is a number and a unit), so the fields are
// independent.
type timeWord struct {
	month   int8    // 1..12: January, Jan, Sept
	weekday int8    // 1..7 (ISO, Monday = 1): Monday, Mondays
	plural  bool    // Mondays, years
	num     float64 // number words: one, twenty, dozen
	ord     int8    // ordinals: first, third
	unit    unit    // day, years, decade
	season  string  // SP, SU, FA, WI
	part    string  // part of day: MO, AF, EV, NI
	trigger bool    // may start or take part in a temporal expression
	core    bool    // makes an expression temporal on its own: months, units, "today"
}

var timeWords = sync.OnceValue(func() *timeTable {
	m := map[string]timeWord{}
	set := func(k string, f func(*timeWord)) {
		w := m[k]
		f(&w)
		w.trigger = true
		m[k] = w
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, s := range months {
		n := int8(i + 1)
		set(s, func(w *timeWord) { w.month = n })
		set(s[:3], func(w *timeWord) { w.month = n })
	}
	set("sept", func(w *timeWord) { w.month = 9 })
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, s := range days {
		n := int8(i + 1)
		set(s, func(w *timeWord) { w.weekday = n })
		set(s+"s", func(w *timeWord) { w.weekday = n; w.plural = true })
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty"}
	for i, s := range nums {
		n := float64(i)
		set(s, func(w *timeWord) { w.num = n })
	}
	for i, s := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		n := float64(30 + 10*i)
		set(s, func(w *timeWord) { w.num = n })
	}
	set("dozen", func(w *timeWord) { w.num = 12 })
	set("hundred", func(w *timeWord) { w.num = 100 })
	set("thousand", func(w *timeWord) { w.num = 1000 })
	for i, s := range []string{"first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"} {
		n := int8(i + 1)
		set(s, func(w *timeWord) { w.ord = n })
	}
	units := []struct {
		s string
		u unit
	}{{"second", uSecond}, {"minute", uMinute}, {"hour", uHour}, {"day", uDay},
		{"week", uWeek}, {"weekend", uWeekend}, {"month", uMonth}, {"quarter", uQuarter},
		{"year", uYear}, {"decade", uDecade}, {"century", uCentury}}
	for _, x := range units {
		u := x.u
		set(x.s, func(w *timeWord) { w.unit = u })
		pl := x.s + "s"
		if x.s == "century" {
			pl = "centuries"
		}
		set(pl, func(w *timeWord) { w.unit = u; w.plural = true })
	}
	set("fortnight", func(w *timeWord) { w.unit = uWeek; w.num = 2 })
	for _, x := range [][2]string{{"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"},
		{"autumn", "FA"}, {"winter", "WI"}} {
		s := x[1]
		set(x[0], func(w *timeWord) { w.season = s })
	}
	for _, x := range [][2]string{{"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"},
		{"night", "NI"}, {"tonight", "NI"}, {"overnight", "NI"}} {
		s := x[1]
		set(x[0], func(w *timeWord) { w.part = s })
		set(x[0]+"s", func(w *timeWord) { w.part = s; w.plural = true })
	}
	// Words that make an expression temporal by themselves.
	for _, s := range []string{"today", "yesterday", "tomorrow", "now", "currently",
		"current", "recently", "lately", "nowadays", "future", "past", "daily", "weekly",
		"monthly", "annually", "yearly", "hourly", "quarterly", "nightly", "biweekly",
		"noon", "midnight", "midday", "fiscal", "q1", "q2", "q3", "q4", "year-earlier",
		"year-ago", "year-end", "mid-year", "midyear", "christmas", "thanksgiving",
		"easter", "halloween", "ago", "a.m", "p.m", "am", "pm", "o'clock", "o’clock",
		"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
		"nineties", "season", "seasons", "nineteen", "eighteen", "period"} {
		set(s, func(w *timeWord) { w.core = true })
	}
	// Words that begin or join an expression only next to a core word:
	// "the", "more than", "last", "early".
	for _, s := range []string{"every", "each", "last", "next", "this", "early", "late",
		"mid", "earlier", "later", "the", "a", "an", "that", "these", "more", "less",
		"about", "around", "approximately", "nearly", "almost", "roughly", "some", "over",
		"under", "at", "up", "few", "several", "couple", "coming", "previous", "following",
		"latest", "end", "beginning", "start", "middle", "half", "fewer", "no", "just",
		"upcoming", "same", "many", "within", "per", "once", "twice", "other", "whole",
		"full", "entire", "additional", "another", "least", "most", "than", "new",
		"independence", "labor", "memorial", "election", "veterans", "valentine",
		"recent", "soon", "weekday", "weekdays", "time"} {
		set(s, func(w *timeWord) {})
	}
	tt := &timeTable{}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		w := m[k]
		if w.month != 0 || w.weekday != 0 || w.unit != uNone || w.season != "" || w.part != "" {
			w.core = true
		}
		tt.words = append(tt.words, w)
		tt.Add(k, uint16(len(tt.words)))
	}
	return tt
})

// timeTable is the time words, numbered: a document's words keep their
// number (see tagger.facts) instead of being looked up again and again.
type timeTable struct {
	reading.Table // lower-case words -> 1 + their position in words
	words         []timeWord
}

// lookupWord returns the table entry of s, matched without regard to case
// and without a final period ("Jan." is "jan"). It does not allocate.
func lookupWord(s string) (timeWord, bool) {
	tt := timeWords()
	if n := tt.lookup(s); n != 0 {
		return tt.words[n-1], true
	}
	return timeWord{}, false
}

// lookup returns 1 + the position of s in t.words, or 0 when s (matched as
// lookupWord does) is not a time word.
func (t *timeTable) lookup(s string) uint16 {
	s = strings.TrimSuffix(s, ".")
	if len(s) == 0 || len(s) > 16 {
		return 0
	}
	var buf [16]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return t.Find(string(buf[:len(s)]))
}

// Tense cues: the words that tell whether a clause is about the future or
// the past, read near a time expression.
var (
	futureCues = sync.OnceValue(func() map[string]bool { return lexicon.Set("futurecues.txt") })
	pastVerbs  = sync.OnceValue(func() map[string]bool { return lexicon.Set("pastverbs.txt") })
	notPastEd  = sync.OnceValue(func() map[string]bool { return lexicon.Set("notpasted.txt") })
	intentTo   = sync.OnceValue(func() map[string]bool { return lexicon.Set("intent-to.txt") })
)

// Facts of a lower-case word from the three tense lists.
const (
	cFuture    uint8 = 1 << iota // futurecues.txt
	cPast                        // pastverbs.txt
	cNotPastEd                   // notpasted.txt
)

// cueWords merges the tense lists, so that a word costs one lookup.
var cueWords = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range []struct {
		set  map[string]bool
		flag uint8
	}{{futureCues(), cFuture}, {pastVerbs(), cPast}, {notPastEd(), cNotPastEd}} {
		for w, ok := range l.set {
			if ok {
				m[w] |= l.flag
			}
		}
	}
	return m
})

// errNotNumber is atoi's error: strconv.Atoi's allocates, and the times
// layer reads many words that are not numbers.
var errNotNumber = errors.New("not a number")

// atoi is strconv.Atoi with an error that costs no allocation: the same
// number for the same s, and an error exactly when Atoi returns one.
func atoi(s string) (int, error) {
	if len(s) == 0 || len(s) > 18 {
		return strconv.Atoi(s) // Atoi's fast path takes 1 to 18 bytes
	}
	d, neg := s, false
	if d[0] == '+' || d[0] == '-' {
		neg, d = d[0] == '-', d[1:]
		if len(d) == 0 {
			return 0, errNotNumber
		}
	}
	n := 0
	for i := 0; i < len(d); i++ {
		c := d[i] - '0'
		if c > 9 {
			return 0, errNotNumber
		}
		n = n*10 + int(c)
	}
	if neg {
		n = -n
	}
	return n, nil
}

// PastVerb reports whether the lower-case word w is a verb in the past
// tense by the tense lists (pastverbs.txt: "met", "said"), and whether it
// is a word ending in "ed" that is no past tense (notpasted.txt: "red",
// "need"). The timeline reads its events' verbs by these.
func PastVerb(w string) (past, notPastEd bool) {
	c := cueWords()[w]
	return c&cPast != 0, c&cNotPastEd != 0
}

// IsOrdinal reports whether the word s is an ordinal ("Fourth", "third"),
// matched without regard to case.
func IsOrdinal(s string) bool {
	tw, ok := lookupWord(s)
	return ok && tw.ord != 0
}
