// Package timeline is the timeline layer of newsparse: it finds the event
// each date or time of a text anchors (the verb group or noun phrase the
// time modifies) and orders the events in time. It reads the shared
// reading and the times layer's findings, nothing else; the participants
// of each event are added by newsparse from the names layer.
package timeline

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/internal/times"
)

// Build orders the events anchored by ts, the times of d in text order. Each DATE or TIME in
// a body sentence that names a point of the calendar (not "now" or
// "recently") anchors one event: the verb group or noun phrase it
// modifies. A sentence without a time of its own whose words order it
// ("later", "afterward", "then") adds an event placed right after the one
// before it. Events are sorted by the start of their time, ties and
// followers in text order.
func Build(d *reading.Doc, ts []times.Time) []Event {
	tl := &timeline{d: d, times: ts}
	tl.index()
	items := make([]item, 0, len(ts))
	ti := 0
	for si, s := range d.Sents {
		k0 := len(items) // the sentence's own events are items[k0:]
		for ; ti < len(ts) && ts[ti].Start < s.End; ti++ {
			tm := ts[ti]
			if tm.Start < s.Start || !anchors(tm) {
				continue
			}
			if ev, ok := tl.eventFor(si, ti); ok {
				key, known := times.ValueStart(tm.Value)
				items = append(items, item{ev: ev, key: key, known: known, after: -1})
			}
		}
		// An event the sentence orders after the one before ("Trump later
		// told reporters") comes first, unless it is one of its own.
		if sp, ok := tl.followerEvent(si); ok && k0 > 0 && !overlapsAny(sp, items[k0:]) {
			prev := k0 - 1
			p := items[prev].ev
			items = append(items, item{})
			copy(items[k0+1:], items[k0:])
			items[k0] = item{ev: Event{Time: p.Time, Value: p.Value, Event: sp,
				Sentence: Span{Start: s.Start, End: s.End}}, after: prev}
		}
		for j := k0; j < len(items); j++ {
			items[j].pos = j
		}
	}
	// Anchored events sort by time; followers ride with the event they
	// follow (through followers, in text order: root[i] is the anchored
	// event item i rides with, firstF[r] its first follower, nextF[i] the
	// follower after i, or -1).
	roots := make([]int, 0, len(items))
	root := make([]int32, len(items))
	firstF := make([]int32, len(items))
	nextF := make([]int32, len(items))
	lastF := make([]int32, len(items))
	for i, it := range items {
		firstF[i], nextF[i], lastF[i] = -1, -1, -1
		if it.after < 0 {
			root[i] = int32(i)
			roots = append(roots, i)
			continue
		}
		r := root[it.after]
		root[i] = r
		if lastF[r] < 0 {
			firstF[r] = int32(i)
		} else {
			nextF[lastF[r]] = int32(i)
		}
		lastF[r] = int32(i)
	}
	slices.SortStableFunc(roots, func(a, b int) int {
		x, y := &items[a], &items[b]
		if x.known != y.known {
			if x.known {
				return -1
			}
			return 1
		}
		if c := x.key.Compare(y.key); c != 0 {
			return c
		}
		return x.pos - y.pos
	})
	out := make([]Event, 0, len(items))
	for _, r := range roots {
		out = append(out, items[r].ev)
		for f := firstF[r]; f >= 0; f = nextF[f] {
			out = append(out, items[f].ev)
		}
	}
	return out
}

func overlapsAny(sp Span, evs []item) bool {
	for _, it := range evs {
		if sp.Start < it.ev.Event.End && it.ev.Event.Start < sp.End {
			return true
		}
	}
	return false
}

// item is an event on its way into the timeline.
type item struct {
	ev    Event
	key   time.Time
	known bool
	pos   int // position in text order
	after int // for followers: the item they follow, else -1
}

// anchors reports whether a time can anchor an event: a DATE or TIME that
// names a point or period of the calendar.
func anchors(t times.Time) bool {
	return (t.Type == times.Date || t.Type == times.Clock) && !strings.HasSuffix(t.Value, "_REF")
}

// timeline finds event words around the times of one document.
type timeline struct {
	d           *reading.Doc
	times       []times.Time
	inTime      []bool  // per word: whether a time covers it
	first, last []int32 // per time: its first and last word, or -1
	orders      []int32 // words that may order their sentence (see index)
	nextOrder   int     // the first of orders followerEvent has not passed
}

// index marks the words covered by each time, and lists the words that
// may order a sentence after the one before (see followerEvent): one pass
// over the words serves both.
func (tl *timeline) index() {
	ws, times, text := tl.d.Words, tl.times, tl.d.Text
	tl.inTime = make([]bool, len(ws))
	tl.first = make([]int32, len(times))
	tl.last = make([]int32, len(times))
	for i := range tl.first {
		tl.first[i], tl.last[i] = -1, -1
	}
	ti := 0
	// A word before the start of times[ti] is in no time: only a word at
	// or past it moves ti on.
	next := math.MaxInt
	if len(times) > 0 {
		next = times[0].Start
	}
	for k := range ws {
		w := &ws[k]
		if w.Start >= next {
			for ti < len(times) && times[ti].End <= w.Start {
				ti++
			}
			next = math.MaxInt
			if ti < len(times) {
				next = times[ti].Start
			}
			if ti < len(times) && times[ti].Start <= w.Start && w.End <= times[ti].End {
				tl.inTime[k] = true
				if tl.first[ti] < 0 {
					tl.first[ti] = int32(k)
				}
				tl.last[ti] = int32(k)
				continue // a word of a time orders nothing
			}
		}
		// Cheap tests first, without branches to guess: a word of another
		// kind, or shorter, or whose first four bytes are ASCII but not
		// those of one of the words below in any case, is none of them (a
		// non-ASCII byte may be a long s or a Kelvin sign, which EqualFold
		// takes for an s or a k). |0x20 makes no other byte a letter.
		if w.Start+4 > len(text) {
			continue // shorter than "then", or else not at the end
		}
		x := uint32(text[w.Start]) | uint32(text[w.Start+1])<<8 | uint32(text[w.Start+2])<<16 | uint32(text[w.Start+3])<<24
		y := x | 0x20202020
		if orderKinds[w.Kind&7]&b2u(w.End-w.Start >= len("then"))&(b2u(x&0x80808080 != 0)|b2u(orderPrefixes[(y^y>>24)&31] == y)) == 0 {
			continue
		}
		if c := text[w.Start] | 0x20; c < utf8.RuneSelf && c != 'l' && c != 'a' && c != 's' && c != 't' {
			continue
		}
		if tl.is(k, "later", "afterward", "afterwards", "subsequently", "then", "thereafter") {
			tl.orders = append(tl.orders, int32(k))
		}
	}
}

// timed reports whether word k is part of a time.
func (tl *timeline) timed(k int) bool { return tl.inTime[k] }

// orderKinds is 1 for the kinds of words that may order a sentence.
var orderKinds = [8]uint8{reading.Alpha: 1, reading.Abbrev: 1}

// orderPrefixes holds the first four letters of the words that order a
// sentence, as little-endian numbers, each at its first letter xor its
// fourth (&31): "late", "afte", "subs", "then", "ther".
var orderPrefixes = func() (t [32]uint32) {
	for _, p := range []string{"late", "afte", "subs", "then", "ther"} {
		y := uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
		t[(y^y>>24)&31] = y
	}
	return t
}()

// b2u is 1 for true, 0 for false.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

func (tl *timeline) word(k int) string {
	w := tl.d.Words[k]
	return tl.d.Text[w.Start:w.End]
}

// is reports whether word k is one of ss under strings.EqualFold. Each s
// is in lower case, and ASCII or without case ("—"): then an ASCII word
// equals s exactly when it has its length and its bytes up to case, and
// only other words need EqualFold.
func (tl *timeline) is(k int, ss ...string) bool {
	w := tl.word(k)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			for _, s := range ss {
				if strings.EqualFold(w, s) {
					return true
				}
			}
			return false
		}
	}
	for _, s := range ss {
		if len(s) == len(w) && equalLowerASCII(w, s) {
			return true
		}
	}
	return false
}

// equalLowerASCII reports whether ASCII w, in lower case, is s (of the
// same length).
func equalLowerASCII(w, s string) bool {
	for i := 0; i < len(s); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// verbAt reports whether word k starts or is a verb group: an auxiliary
// or modal ("will", "has") or a past tense ("met", "confirmed").
func (tl *timeline) verbAt(k int) bool {
	if tl.d.Words[k].Kind != reading.Alpha || tl.timed(k) {
		return false
	}
	w := tl.d.Lower[k]
	switch w {
	case "will", "would", "shall", "can", "could", "may", "might", "must", "has", "have", "had", "is", "are", "was", "were":
		return true
	}
	if strings.HasSuffix(w, "'ll") { // "’ll" too: doc.lower straightens it
		return true
	}
	past, notPastEd := times.PastVerb(w)
	if past {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd && !isCapitalWord(tl.word(k))
}

func isCapitalWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// stops reports whether the event phrase must end before word k: punctuation,
// a clause word, another time, or a preposition that introduces a time.
func (tl *timeline) stops(k, end int) bool {
	if k >= end {
		return true
	}
	w := tl.d.Words[k]
	if w.Kind == reading.Punct && !tl.is(k, "$", "€", "£", "%") || w.Kind == reading.Quote || tl.timed(k) {
		return true
	}
	if tl.is(k, "that", "which", "who", "and", "but", "while", "after", "before", "when", "because", "if", "though", "although", "he", "she", "they", "we", "i", "you", "it") {
		return true
	}
	if tl.is(k, "on", "at", "in", "for", "by", "during", "since", "until", "from", "over", "within", "as", "of") && k+1 < end && tl.timed(k+1) {
		return true
	}
	return false
}

// eventFor finds the words of the event that time ti (in sentence si)
// anchors.
func (tl *timeline) eventFor(si, ti int) (Event, bool) {
	s := tl.d.Sents[si]
	tm := tl.times[ti]
	first, last := int(tl.first[ti]), int(tl.last[ti])
	if first < s.Word0 || last >= s.WordEnd {
		return Event{}, false
	}
	ev := Event{Time: ti, Value: tm.Value, Sentence: Span{Start: s.Start, End: s.End}}
	if tl.comparisonPoint(first, s.Word0) {
		return Event{}, false
	}
	// "Friday's press conference": the noun phrase the time owns.
	if k := last + 1; k < s.WordEnd && tl.d.Words[k].Kind == reading.Poss {
		e := k + 1
		for e < s.WordEnd && e-k <= 3 && tl.d.Words[e].Kind == reading.Alpha && !tl.stops(e, s.WordEnd) && !tl.verbAt(e) {
			e++
		}
		if e > k+1 {
			ev.Event = span(tl.d.Text, tl.d.Words[k+1].Start, tl.d.Words[e-1].End)
			return ev, true
		}
	}
	// A verb group before the time, within its clause.
	for k, n := first-1, 0; k >= s.Word0 && n < 14; k, n = k-1, n+1 {
		if tl.is(k, ";", ":", "(", ")", "—", "–", "--", "that", "which", "who") {
			break // the clause ends
		}
		if tl.is(k, "set", "scheduled", "slated", "planned", "due") && k+1 < s.WordEnd && tl.is(k+1, "for") {
			// "the trip set for Monday": the noun phrase is the event.
			if sp, ok := tl.nounBefore(k, s.Word0); ok {
				ev.Event = sp
				return ev, true
			}
		}
		if tl.verbAt(k) {
			start := k
			// Take in an auxiliary right before: "will travel", "has met".
			if k-1 >= s.Word0 && tl.verbAt(k-1) {
				start = k - 1
			}
			ev.Event = tl.phrase(start, s.WordEnd, 7)
			return ev, true
		}
	}
	// Otherwise the first verb group after it: "On Friday, the leaders met".
	for k, n := last+1, 0; k < s.WordEnd && n < 12; k, n = k+1, n+1 {
		if tl.verbAt(k) {
			ev.Event = tl.phrase(k, s.WordEnd, 5)
			return ev, true
		}
	}
	// Last, the word the time hangs on: "talks resume on Jan. 3", "the
	// vote on Friday" (present tenses and nouns have no sure form).
	k := first - 1
	// Past a modifier of the time: "through at least 2028", "by as
	// early as May", "for more than a year".
	for n := 0; n < 3 && k >= s.Word0 && tl.is(k, "least", "most", "than", "more", "less", "as", "early", "late", "about", "around", "nearly", "almost", "roughly", "approximately"); n++ {
		k--
	}
	if k >= s.Word0 && tl.is(k, "at") && k+1 < first && tl.is(k+1, "least", "most") {
		k-- // "at least"
	}
	if k >= s.Word0 && tl.is(k, "on", "at", "in", "by", "during", "since", "until", "from", "before", "after", "through", "for") {
		k--
	}
	if k >= s.Word0 && tl.d.Words[k].Kind == reading.Alpha && !isCapitalWord(tl.word(k)) && !tl.stops(k, s.WordEnd) &&
		!tl.is(k, "the", "a", "an", "to", "of", "for", "with", "and", "or", "is", "are", "be", "been", "this", "that", "last", "next") &&
		!tl.is(k, "million", "billion", "trillion", "thousand", "hundred", "percent") {
		// (Not an amount's word: "$6 billion for fiscal 2026" names no event.)
		ev.Event = span(tl.d.Text, tl.d.Words[k].Start, tl.d.Words[k].End)
		return ev, true
	}
	return Event{}, false
}

// comparisonPoint reports whether the time starting at word first is the
// point a first or a superlative is measured from: "for the first time
// since 1987", "the lowest level since 2008". Nothing happened then.
func (tl *timeline) comparisonPoint(first, lo int) bool {
	k := first - 1
	if k < lo || !tl.is(k, "since") {
		return false
	}
	for j := k - 1; j >= lo && j >= k-5; j-- {
		if tl.is(j, "first", "highest", "lowest", "best", "worst", "biggest", "largest", "smallest", "fastest", "slowest", "strongest", "weakest", "most", "least", "record") {
			return true
		}
	}
	return false
}

// phrase is the event phrase from word start: the verb group and what
// follows it, up to max words, ending before any stop.
func (tl *timeline) phrase(start, end, max int) Span {
	e := start + 1
	for e < end && e-start < max && !tl.stops(e, end) {
		e++
	}
	// Do not end on a function word: "will travel to".
	for e-1 > start && tl.is(e-1, "to", "the", "a", "an", "of", "in", "on", "at", "for", "with", "his", "her", "their", "its") {
		e--
	}
	return span(tl.d.Text, tl.d.Words[start].Start, tl.d.Words[e-1].End)
}

// nounBefore is the noun phrase ending just before word k ("Zelenskyy’s
// Washington trip"), at most five words, or false.
func (tl *timeline) nounBefore(k, lo int) (Span, bool) {
	if k-1 >= lo && tl.is(k-1, "is", "was", "are", "were", "been", "be") {
		k-- // "the hearing is set for": the noun phrase before the verb
	}
	b := k
	for b-1 >= lo && k-b < 5 {
		w := tl.d.Words[b-1]
		if w.Kind != reading.Alpha && w.Kind != reading.Poss || tl.verbAt(b-1) || tl.is(b-1, "with", "the", "a", "an", "and", "of", "for", "to", "in", "on", "at", "by") {
			break
		}
		b--
	}
	if b == k {
		return Span{}, false
	}
	return span(tl.d.Text, tl.d.Words[b].Start, tl.d.Words[k-1].End), true
}

// followerEvent finds, in a sentence without a time of its own, the event
// its words order after the one before: "Trump later told reporters",
// "At a press conference afterward, ...".
func (tl *timeline) followerEvent(si int) (Span, bool) {
	s := tl.d.Sents[si]
	// Sentences come in text order, and their words too.
	for tl.nextOrder < len(tl.orders) && int(tl.orders[tl.nextOrder]) < s.Word0 {
		tl.nextOrder++
	}
	for _, k32 := range tl.orders[tl.nextOrder:] {
		k := int(k32)
		if k >= s.WordEnd {
			break
		}
		if tl.is(k, "then") && (k == s.Word0 || tl.is(k-1, "since", "until", "by", "and", "if", "even")) {
			continue
		}
		// The nearest verb group after the word, else before it.
		for j := k + 1; j < s.WordEnd && j-k < 10; j++ {
			if tl.verbAt(j) {
				return tl.phrase(j, s.WordEnd, 5), true
			}
		}
		for j := k - 1; j >= s.Word0 && k-j < 10; j-- {
			if tl.verbAt(j) {
				return tl.phrase(j, s.WordEnd, 5), true
			}
		}
	}
	return Span{}, false
}

// Span is a range of the text: Doc.Text[Start:End].
type Span struct{ Start, End int }

// span is the Span of text[start:end].
func span(_ string, start, end int) Span { return Span{start, end} }

// Event is an event of the timeline: the words that tell what happened
// (Event), in a sentence (Sentence), anchored by a time.
type Event struct {
	Time     int    // index of the anchoring time in the times given to Build
	Value    string // that time's value
	Event    Span
	Sentence Span
}
