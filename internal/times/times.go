package times

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/reading"
)

// Find returns the temporal expressions of d, in text order, normalized
// to TIMEX3 values against published (only its date counts; a zero
// published date leaves the unknown parts of relative expressions as X). Each sentence (header lines included) is scanned
// once, token by token: a word that cannot start a temporal expression
// costs one small table lookup. Find takes its per-word arrays from w,
// which a caller keeps from call to call (nil: its own).
func Find(d *reading.Doc, published time.Time, w *Scratch) []Time {
	if w == nil {
		w = new(Scratch)
	}
	t := &tagger{text: d.Text, ws: d.Words, low: d.Lower}
	t.flagWords(w)
	defer func() { w.facts, w.marks = t.facts[:0], t.marks[:0] }()
	t.monthE = -1
	if !published.IsZero() {
		t.pub = date(published.Year(), int(published.Month()), published.Day())
		t.hasPub = true
		t.anchor, t.anchorG = t.pub, gDay
		t.yearRef = t.pub.Year()
	}
	// Most expressions hold a core word, and few hold two.
	out := make([]Time, 0, t.ncore)
	t.header = true
	for _, s := range d.Header {
		out = t.sentence(out, s.Word0, s.WordEnd, s.WordEnd)
	}
	t.header = false
	for _, s := range d.Sents {
		p := d.Paras[s.Para]
		if t.hasPub && p.SentEnd-p.Sent0 == 1 && clockHeading(d, s) {
			// A live blog's clock heading ("12:50 p.m.") opens an item
			// of the published day, whatever date the item before named.
			t.anchor, t.anchorG = t.pub, gDay
		}
		out = t.sentence(out, s.Word0, s.WordEnd, d.Sents[p.SentEnd-1].WordEnd)
	}
	// Header lines and sentences were scanned in text order: most often
	// out is sorted already.
	for i := 1; i < len(out); i++ {
		if out[i].Start < out[i-1].Start {
			sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
			break
		}
	}
	return out
}

// clockHeading reports whether sentence s is a clock time and nothing
// else: "7 p.m.", "12:50 p.m. EDT".
func clockHeading(d *reading.Doc, s reading.Sent) bool {
	ws := d.Words[s.Word0:s.WordEnd]
	if len(ws) < 2 || len(ws) > 4 || ws[0].Kind != reading.Number {
		return false
	}
	switch strings.ToLower(strings.TrimSuffix(d.Text[ws[1].Start:ws[1].End], ".")) {
	case "a.m", "p.m", "am", "pm":
		return true
	}
	return false
}

// Scratch is the scratch space of Find: the facts of every word and the
// words a sentence scans. The zero Scratch is ready to use.
type Scratch struct {
	facts []wordFacts
	marks []int32
}

// tagger holds the state of one pass over a document: the reference date
// and the last date the text established, which anchored expressions ("the
// next day", "a year earlier") resolve against.
type tagger struct {
	text   string
	ws     []reading.Word
	low    []string // the words lower-cased (doc.lower)
	lo, hi int      // word range of the current sentence
	paraHi int      // end of its paragraph's words
	next   int      // first word not yet taken by an expression
	facts  []wordFacts
	ncore  int              // number of core words
	side   map[int32]string // keys of some non-ASCII words (see fSide)
	tt     *timeTable
	header bool // scanning the headline, byline or dateline (title case)

	pub    time.Time
	hasPub bool

	anchor      time.Time // last date established (pub at first)
	yearRef     int       // year of the last date whose year the text gave
	anchorG     gran
	lastQ       int // last quarter named (1..4), 0 when none
	lastQY      int
	lastQSent   int  // sentence number of the last quarter named
	inner       bool // innerDay is reading the day a phrase builds on
	anchorSent  int  // sentence number where the anchor was set
	anchorNamed bool // the anchor is a date the text named, not a shift
	anchorE     int  // end word of the expression that set the anchor
	storyQ      int  // the first reported quarter named: the story's period
	storyQY     int
	monthE      int       // end word of the last month named, -1 at first
	monthT      time.Time // and its first day
	sentNo      int       // number of the current sentence
	periodSent  int       // sentence number of the last span of months or years named ("the nine months")

	lastNumber numberRead // see number
	marks      []int32    // the core and weak words, in order (see flagWords)
	mi         int        // where sentence left marks
	coreFrom   int        // see candidate
	nextCore   int
}

// match is one recognized expression: words ws[s:e].
type match struct {
	s, e int
	typ  Type
	val  string
	mod  string
	// The resolved date, when the expression establishes one.
	t time.Time
	g gran
	// guess marks a year inferred from the clause's tense ("in March"): it
	// does not set the year later anaphora ("the year") refer to.
	guess bool
	// compare marks a date named only to compare with ("a year ago",
	// "the year-earlier quarter"): it does not move the anchor.
	compare bool
	// shift marks a measure that moves the narrative date without naming
	// one ("two days later"): it sets the anchor though it is a DURATION.
	shift bool
	// split > 0 marks a range written with one word ("2009-10", "April
	// 24-25"): two DATEs, split at byte split of word splitW (the dash):
	// the first with val, the second, after the dash, with val2.
	split  int
	splitW int
	val2   string
}

func (m match) ok() bool { return m.e > m.s }

func (t *tagger) sentence(out []Time, lo, hi, paraHi int) []Time {
	t.lo, t.hi, t.paraHi = lo, hi, paraHi
	t.sentNo++
	// Only the core and weak words can begin an expression: the scan
	// goes through their list, from where the last sentence left it.
	marks, mi := t.marks, t.mi
	start := max(lo, t.next)
	for mi > 0 && int(marks[mi-1]) >= start {
		mi-- // not in text order after all
	}
	for mi < len(marks) && int(marks[mi]) < start {
		mi++
	}
	for ; mi < len(marks); mi++ {
		i := int(marks[mi])
		if i >= hi {
			break
		}
		if i < t.next || !t.candidateAt(i, mi) {
			continue // in an expression found, or not a candidate
		}
		m := t.best(i)
		if !m.ok() {
			continue
		}
		m = t.rangeEnd(m)
		if m.split > 0 {
			out = t.appendRange(out, m)
		} else {
			out = append(out, Time{
				Start: t.ws[m.s].Start, End: t.ws[m.e-1].End,
				Type: m.typ, Value: m.val, Mod: m.mod,
			})
			if tl := t.dayTail(m); tl.ok() {
				out = append(out, Time{
					Start: t.ws[tl.s].Start, End: t.ws[tl.e-1].End,
					Type: tl.typ, Value: tl.val,
				})
				m.e = tl.e
			}
		}
		t.noteStoryQuarter(m)
		if m.typ == Duration && !strings.HasPrefix(m.val, "PT") && (strings.HasSuffix(m.val, "M") || strings.HasSuffix(m.val, "Y")) {
			t.periodSent = t.sentNo
		}
		if m.g != gNone && (m.typ == Date || m.typ == Clock || m.shift) && !m.compare {
			t.anchor, t.anchorG, t.anchorSent, t.anchorE = m.t, m.g, t.sentNo, m.e
			t.anchorNamed = !m.shift
			if !m.guess {
				t.yearRef = m.t.Year()
			}
		}
		t.next = m.e
	}
	t.mi = mi
	return out
}

// wordFacts is what the tagger knows of one word of the document, found
// once per document so that the matchers, which look at the same words
// again and again, need no string work.
type wordFacts struct {
	tw   uint16 // 1 + its position in the time word table, or 0
	flag uint8  // fCore, fWeak, ...
	memo int8   // tense facts (see info)
}

// Word flags: whether a word can make an expression temporal on its own
// (core), or only begin or join one next to a core word (weak: "the",
// "more", "two"); whether it begins with an upper-case letter, has a
// non-ASCII byte or a hyphen; whether its key (see key) is "" for a word
// too long to have one (fLong), is in tagger.side (fSide: a word with
// both a non-ASCII byte and an upper-case ASCII letter, or with a rune
// EqualFold takes for an ASCII letter), or drops a final period (fDot).
const (
	fCore uint8 = 1 << iota
	fWeak
	fUpper
	fFold
	fHyphen
	fLong
	fSide
	fDot
)

// maxKey is the longest key a word has; a longer word's key is "".
const maxKey = math.MaxUint16

// flagWords classifies every word of the document with one table lookup,
// and gives each its key (see key).
func (t *tagger) flagWords(w *Scratch) {
	tt := timeWords()
	t.tt = tt
	// Locals, not fields: the compiler need not load them again after
	// every store.
	text, ws, low := t.text, t.ws, t.low
	facts := w.facts[:0]
	if cap(facts) < len(ws) {
		facts = make([]wordFacts, len(ws))
	} else {
		facts = facts[:len(ws)]
		clear(facts)
	}
	t.facts = facts
	ncore := 0
	for i, w := range ws {
		s := text[w.Start:w.End]
		var class uint8
		if n := len(s); n <= 8 && w.Start+8 <= len(text) {
			x := reading.Load64(text, w.Start) & (^uint64(0) >> (64 - 8*n))
			// The bytes of class64, kept apart: up has the high bit of
			// each upper-case ASCII letter.
			const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
			y := x & lo7
			up := (y + 0x3f3f3f3f3f3f3f3f) &^ (y + 0x2525252525252525) &^ x & hi
			z := x ^ 0x2d2d2d2d2d2d2d2d
			hyphen := ^((z&lo7 + lo7) | z) & hi
			if x&hi|hyphen == 0 {
				switch w.Kind {
				case reading.Alpha:
					if s[n-1] == '.' {
						break
					}
					// An ASCII word, most words: its key is itself in
					// lower case (doc.lower has it), it has no flag but
					// upper, core or weak, and its time word is found
					// without a string. The general case below finds the
					// same.
					tw := tt.Find64(x|up>>2, n)
					fl := uint8(up>>7) & 1 * fUpper // the first letter's
					if tw != 0 {
						if tt.words[tw-1].core {
							fl |= fCore
							ncore++
						} else {
							fl |= fWeak
						}
					}
					facts[i] = wordFacts{tw: tw, flag: fl}
					continue
				case reading.Quote:
					facts[i] = wordFacts{flag: fWeak}
					continue
				case reading.Punct:
					// No time word is a mark; a run of periods drops one
					// in its key.
					if n > 1 && s[n-1] == '.' {
						facts[i] = wordFacts{flag: fDot}
					}
					continue
				}
			}
			class = class64(x)
		} else if n <= 16 && w.Start+16 <= len(text) {
			// Two loads: the second has the bytes after the eighth.
			class = class64(reading.Load64(text, w.Start)) | class64(reading.Load64(text, w.Start+8)&(^uint64(0)>>(128-8*n)))
		} else {
			class = wordClass(s)
		}
		if n := len(s); class == 0 && w.Kind == reading.Alpha && n <= 16 && s[n-1] != '.' {
			// A lower-case ASCII word, most words: its key is itself, and
			// it has no flag but core or weak. The general case below
			// finds the same.
			var tw uint16
			var fl uint8
			if tt.MayHold(s) {
				tw = tt.Find(s)
			}
			if tw != 0 {
				if tt.words[tw-1].core {
					fl = fCore
					ncore++
				} else {
					fl = fWeak
				}
			}
			facts[i] = wordFacts{tw: tw, flag: fl}
			continue
		}
		fl := class &^ cUpper
		if c := s[0]; c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(s)
			if unicode.IsUpper(r) {
				fl |= fUpper
			}
		} else if 'A' <= c && c <= 'Z' {
			fl |= fUpper
		}
		n := len(s)
		if n > 1 && s[n-1] == '.' {
			n--
			fl |= fDot
		}
		var key string
		var tw uint16
		odd := false
		switch {
		case class&fFold == 0:
			// An ASCII word: doc.lower has it in lower case.
			if n > maxKey {
				// No word to compare with is as long: "" says it as well.
				fl |= fLong
				break
			}
			key = low[i][:n]
		case strings.Contains(s[:n], "\u212a") || strings.Contains(s[:n], "\u017f"):
			// The only runes EqualFold matches with ASCII letters.
			odd = true
			tw = tt.lookup(s)
			if key = foldKey(s[:n]); len(key) > maxKey {
				fl |= fLong
			} else {
				t.setSide(i, key)
				fl |= fSide
			}
		case n > maxKey:
			fl |= fLong
		case class&cUpper != 0:
			b := []byte(s[:n])
			for j, c := range b {
				if 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			key = string(b)
			t.setSide(i, key)
			fl |= fSide
		default:
			key = s[:n]
		}
		if !odd && n <= 16 && s != "." &&
			tt.MayHold(key) { // find's first test, without a call
			// The key, s without a period in lower case, is what lookup
			// would look up.
			tw = tt.Find(key)
		}
		switch w.Kind {
		case reading.Number:
			fl |= numberFlag(s)
			if fl&fCore != 0 {
				ncore++
			}
		case reading.Quote:
			fl |= fWeak
		case reading.Alpha, reading.Abbrev:
			if tw != 0 {
				if tt.words[tw-1].core {
					fl |= fCore
					ncore++
				} else {
					fl |= fWeak
				}
				break
			}
			if fl&fHyphen != 0 {
				if j := strings.IndexByte(s, '-'); j > 0 {
					// "three-year", "mid-March", "third-quarter"
					a, okA := lookupWord(s[:j])
					b, okB := lookupWord(s[strings.LastIndexByte(s, '-')+1:])
					if okA && a.core || okB && b.core || reading.IsDigitByte(s[len(s)-1]) || j+1 < len(s) && reading.IsDigitByte(s[j+1]) {
						fl |= fCore
						ncore++
					} else if okA || okB {
						fl |= fWeak
					}
				}
			}
		}
		facts[i] = wordFacts{tw: tw, flag: fl}
	}
	ncore += promoteTheTime(tt, facts, low)
	ncore += promoteVague(facts, low)
	t.ncore += ncore
	// The words sentence scans, listed without a branch a word but the
	// one that grows the list (about a word in six is listed).
	marks := w.marks[:cap(w.marks)]
	if len(marks) < len(facts)/4+1 {
		marks = make([]int32, len(facts)/4+1)
	}
	m := 0
	for i := range facts {
		if m == len(marks) {
			marks = append(marks, make([]int32, len(marks))...)
		}
		marks[m] = int32(i)
		f := facts[i].flag
		m += int((f | f>>1) & 1) // fCore or fWeak
	}
	t.marks = marks[:m]
}

// byteClass marks the bytes flagWords looks for in a word: non-ASCII bytes
// (fFold), hyphens (fHyphen) and upper-case ASCII letters (cUpper).
var byteClass = func() (c [256]uint8) {
	for b := 0x80; b < 0x100; b++ {
		c[b] = fFold
	}
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = cUpper
	}
	c['-'] = fHyphen
	return c
}()

// class64 returns the byte classes of the bytes of x, a word of up to 8
// bytes (0 bytes after it), at once: most words are as short, and no loop
// has an end the processor must guess.
func class64(x uint64) uint8 {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	var c uint8
	if x&hi != 0 {
		c |= fFold
	}
	// A byte b < 0x80 gets its high bit in y+0x3f when b >= 'A', and in
	// y+0x25 when b > 'Z'; no sum carries into the next byte.
	y := x & lo7
	if (y+0x3f3f3f3f3f3f3f3f)&^(y+0x2525252525252525)&^x&hi != 0 {
		c |= cUpper
	}
	// A hyphen is a 0 byte in z (the 0s after the word are not).
	z := x ^ 0x2d2d2d2d2d2d2d2d
	if ^((z&lo7+lo7)|z)&hi != 0 {
		c |= fHyphen
	}
	return c
}

// wordClass returns the byte classes of s, byte by byte.
func wordClass(s string) uint8 {
	var c uint8
	for j := 0; j < len(s); j++ {
		c |= byteClass[s[j]]
	}
	return c
}

// cUpper is a byte class of flagWords, not a word flag.
const cUpper = fLong

// key is word k as is compares it: without a final period, and folded to
// lower case the way strings.EqualFold compares it with a lower-case word
// ("Jan." is "jan", "K" and the Kelvin sign are "k").
func (t *tagger) key(k int) string {
	if t.facts[k].flag&(fFold|fLong|fDot) == 0 {
		return t.low[k] // an ASCII word, lowered by doc
	}
	return t.otherKey(k)
}

// otherKey is key for a word with a final period, a non-ASCII byte, or
// too long to have a key.
func (t *tagger) otherKey(k int) string {
	f := t.facts[k].flag
	switch {
	case f&fLong != 0:
		return ""
	case f&fSide != 0:
		return t.side[int32(k)]
	case f&fFold == 0:
		l := t.low[k] // ASCII: the period is its last byte
		return l[:len(l)-1]
	}
	w := t.ws[k]
	if f&fDot != 0 {
		return t.text[w.Start : w.End-1]
	}
	return t.text[w.Start:w.End] // no upper-case ASCII letter to fold
}

// setSide records key as the key of word k, flagged fSide.
func (t *tagger) setSide(k int, key string) {
	if t.side == nil {
		t.side = map[int32]string{}
	}
	t.side[int32(k)] = key
}

// foldKey folds s as key does, for a word with a rune that
// strings.EqualFold matches with an ASCII letter.
func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r == '\u212a':
			return 'k'
		case r == '\u017f':
			return 's'
		}
		return r
	}, s)
}

// numberFlag: years, clock times, dates and decades are core; other
// numbers need a unit or month near ("48 hours", "22 March").
func numberFlag(s string) uint8 {
	if len(s) == 4 || strings.ContainsAny(s, ":/-") {
		return fCore
	}
	switch c := s[len(s)-1]; {
	case c == 's', c == 'm', c == 'M', c == 'h', c == 'd', c == 't':
		return fCore // 1990s, 3pm, 22nd, 1st, 4th
	}
	return fWeak
}

// weakReach is how far a weak word looks for a core one: "more than two
// and a half hours" is the longest common run.
const weakReach = 7

// candidate reports whether word i may start a temporal expression: a core
// word, or a weak one with a core word among the next weakReach.
func (t *tagger) candidate(i int) bool {
	f := t.facts[i].flag
	if f&fCore != 0 {
		return true
	}
	if f&fWeak == 0 {
		return false
	}
	// t.nextCore is the first core word after word t.coreFrom: while i is
	// between them, the first after i too. Words are asked in order, so
	// the search goes through each word about once.
	if t.nextCore <= i || i < t.coreFrom {
		k := i + 1
		for k < len(t.facts) && t.facts[k].flag&fCore == 0 {
			k++
		}
		t.coreFrom, t.nextCore = i, k
	}
	return t.nextCore < t.paraHi && t.nextCore <= i+weakReach
}

// candidateAt is candidate for word i = t.marks[mi]: the next core word
// is sought in marks, which lists every core word.
func (t *tagger) candidateAt(i, mi int) bool {
	if t.facts[i].flag&fCore != 0 {
		return true
	}
	// Word i is weak, as every word in marks that is not core.
	if t.nextCore <= i || i < t.coreFrom {
		k := len(t.facts)
		for _, m := range t.marks[mi+1:] {
			if t.facts[m].flag&fCore != 0 {
				k = int(m)
				break
			}
		}
		t.coreFrom, t.nextCore = i, k
	}
	return t.nextCore < t.paraHi && t.nextCore <= i+weakReach
}

// best returns the longest expression starting at word i. A matcher runs
// only when word i can begin what it matches (see gates): the others would
// return no match, and they change nothing when they fail.
func (t *tagger) best(i int) match {
	g := t.gates(i)
	if g != 0 {
		g = t.narrow(i, g)
	}
	var best match
	// take keeps m if it is longer; the order of the calls is the
	// original one: a quarter a matcher finds is remembered
	// (quarterMatch), and later ones read it.
	take := func(m *match) {
		if m.e > best.e && m.s == i {
			best = *m
		}
	}
	if g&gPosition != 0 {
		best = t.position(i)
		if best.s != i {
			best = match{}
		}
	}
	var ex match
	if g&gExplicit != 0 {
		ex = t.explicit(i)
	}
	if g&gClock != 0 {
		m := t.clock(i)
		take(&m) // before ex: a clock time wins a tie
	}
	take(&ex)
	if g&gRelative != 0 {
		m := t.relative(i, ex)
		take(&m)
	}
	if g&gDuration != 0 {
		m := t.duration(i)
		take(&m)
	}
	if g&gSet != 0 {
		m := t.set(i)
		take(&m)
	}
	if g&gVague != 0 {
		m := t.vague(i)
		take(&m)
	}
	if g&gHoliday != 0 {
		m := t.holidayAt(i)
		take(&m)
	}
	if g&gSeason != 0 {
		m := t.seasonAlone(i)
		take(&m)
	}
	if g&gDecade != 0 {
		m := t.decadeWord(i)
		take(&m)
	}
	return best
}

// Gates: one bit per matcher, set for a word that can begin what the
// matcher finds.
const (
	gPosition uint16 = 1 << iota
	gExplicit
	gClock
	gRelative
	gDuration
	gSet
	gVague
	gHoliday
	gSeason
	gDecade
)

// gateWords are the words the matchers test at their first word, with the
// gates of the matchers that test them. The rest of a gate is word facts:
// kinds, hyphens and time word fields (see gates).
var gateWords = sync.OnceValue(func() *reading.Table {
	m := &reading.Table{}
	add := func(g uint16, ws ...string) {
		for _, w := range ws {
			m.Add(w, g)
		}
	}
	// modPrefix, number and unitAt, read at the first word by ago (in
	// relative) and by duration.
	modifiers := []string{"more", "longer", "less", "fewer", "shorter", "no", "at", "up",
		"over", "under", "nearly", "almost", "about", "around", "approximately", "roughly", "some"}
	counts := []string{"a", "an", "several", "few", "many", "numerous", "couple", "half"}
	qualifiers := []string{"more", "additional", "straight", "consecutive", "trading",
		"business", "calendar", "full", "long"}
	add(gPosition, "early", "earlier", "late", "later", "mid", "the")
	add(gExplicit, "the", "this", "that", "its", "their", "fiscal", "latest", "last", "previous",
		"prior", "current", "same", "next", "nineteen", "eighteen", "two")
	add(gClock, "around", "about", "approximately", "noon", "midday", "midnight")
	add(gRelative, "yesterday", "tomorrow", "today", "tonight", "overnight", "midyear",
		"year", "the", "that", "this", "current", "last", "past", "next", "coming")
	add(gRelative|gDuration, modifiers...)
	add(gRelative|gDuration, counts...)
	add(gRelative|gDuration, qualifiers...)
	add(gDuration, "the", "these", "those", "past", "last", "next", "previous", "coming",
		"first", "recent")
	add(gSet, "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly",
		"biweekly", "nightly", "per", "every", "each")
	add(gVague, "now", "currently", "nowadays", "current", "these", "recently", "lately", "the", "a")
	add(gHoliday, "last", "next", "this")
	for _, h := range holidays() {
		add(gHoliday, h.words[0])
	}
	add(gSeason|gDecade, "the")
	return m
})

// gates returns the matchers that may find an expression at word i.
func (t *tagger) gates(i int) uint16 {
	f := t.facts[i]
	g := gateWords().Find(t.key(i))
	if f.flag&fHyphen != 0 {
		// "mid-March", "third-quarter", "year-ago", "twenty-four", "three-year"
		g |= gPosition | gExplicit | gRelative | gDuration
	}
	switch t.ws[i].Kind {
	case reading.Number:
		g |= gExplicit | gClock | gRelative | gDuration
	case reading.Quote:
		g |= gExplicit
	}
	if k := t.key(i); len(k) == 2 && k[0] == 'q' {
		g |= gExplicit // "Q3"
	}
	if f.tw != 0 {
		w := &t.tt.words[f.tw-1]
		if w.ord != 0 || w.month != 0 {
			g |= gExplicit
		}
		if w.weekday != 0 {
			g |= gExplicit | gRelative | gSet
		}
		if w.num != 0 || w.unit != uNone {
			g |= gRelative | gDuration
		}
		if w.season != "" {
			g |= gSeason
		}
	}
	return g
}

// Word access. All of them are safe past the sentence end.

func (t *tagger) word(k int) string {
	if k < t.lo || k >= t.hi {
		return ""
	}
	return t.text[t.ws[k].Start:t.ws[k].End]
}

// lower is word k in lower case, without a final period.
func (t *tagger) lower(k int) string {
	if k >= t.lo && k < t.hi && t.facts[k].flag&(fFold|fLong) == 0 && t.word(k) != "." {
		return t.key(k) // the same for an ASCII word, and it does not allocate
	}
	return strings.ToLower(strings.TrimSuffix(t.word(k), "."))
}

// at is the key of word k, or "" past the sentence ends: a switch on it
// tests many words at once, as is would one by one.
func (t *tagger) at(k int) string {
	if k < t.lo || k >= t.hi {
		return ""
	}
	return t.key(k)
}

// is reports whether word k is s, ignoring case and a final period as
// strings.EqualFold would. s must be in lower case, and ASCII or without
// case ("o’clock"): then the key of the word (see key) equals s exactly
// when EqualFold does. is2, is3, is4 and isAny test several words: the
// first ones, being inlined, compare with constants.
func (t *tagger) is(k int, s string) bool { return t.at(k) == s }

func (t *tagger) is2(k int, a, b string) bool {
	w := t.at(k)
	return w == a || w == b
}

func (t *tagger) is3(k int, a, b, c string) bool {
	w := t.at(k)
	return w == a || w == b || w == c
}

func (t *tagger) is4(k int, a, b, c, d string) bool {
	w := t.at(k)
	return w == a || w == b || w == c || w == d
}

func (t *tagger) isAny(k int, ss ...string) bool {
	w := t.at(k)
	for _, s := range ss {
		if w == s {
			return true
		}
	}
	return false
}

func (t *tagger) tw(k int) (timeWord, bool) {
	if k < t.lo || k >= t.hi {
		return timeWord{}, false
	}
	if n := t.facts[k].tw; n != 0 {
		return t.tt.words[n-1], true
	}
	return timeWord{}, false
}

func (t *tagger) kind(k int) reading.Kind {
	if k < t.lo || k >= t.hi {
		return reading.Punct
	}
	return t.ws[k].Kind
}

func (t *tagger) capitalized(k int) bool {
	return k >= t.lo && k < t.hi && t.facts[k].flag&fUpper != 0
}

// dayNumber reads a day of month at k: "22", "22nd", "1st".
func (t *tagger) dayNumber(k int) (int, bool) {
	if t.kind(k) != reading.Number {
		return 0, false
	}
	s := t.word(k)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	n, err := atoi(s)
	if err != nil || n < 1 || n > 31 || len(s) > 2 {
		return 0, false
	}
	return n, true
}

// year reads a four-digit year at k (1000-2099).
func (t *tagger) year(k int) (int, bool) {
	s := t.word(k)
	if t.kind(k) != reading.Number || len(s) != 4 {
		return 0, false
	}
	n, err := atoi(s)
	if err != nil || n < 1000 || n > 2099 {
		return 0, false
	}
	return n, true
}

// month reads a month name at k. Full names and abbreviations must be
// capitalized; "May" and "March" need a date-like neighbour, since they
// are also common words.
func (t *tagger) month(k int) (int, bool) {
	w, ok := t.tw(k)
	if !ok || w.month == 0 || !t.capitalized(k) {
		return 0, false
	}
	s := t.word(k)
	if len(strings.TrimSuffix(s, ".")) == 3 && !strings.HasSuffix(s, ".") && !(t.kind(k+1) == reading.Number) {
		// "Jan" without its period: only before a number.
		if s != "May" {
			return 0, false
		}
	}
	if s == "May" || s == "March" {
		// After a preposition of time, a number or another month, or
		// "as early as", "as soon as".
		if t.kind(k+1) == reading.Number || t.isAny(k-1, "in", "of", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "from", "through", "to", "during", "before", "after", "each", "every", "between") || t.monthPair(k) ||
			t.is(k-1, "as") && t.isAny(k-2, "early", "soon", "late") {
			return int(w.month), true
		}
		// "the March accession", "the May elections": a month before a
		// common noun ("the March of Dimes" is a name).
		if t.is(k-1, "the") && t.kind(k+1) == reading.Alpha && !t.capitalized(k+1) && !t.isAny(k+1, "of", "to", "and", "or", "for", "in", "on", "at", "by", "from", "with", "was", "is", "were", "are", "will", "would", "has", "had", "that") {
			return int(w.month), true
		}
		return 0, false
	}
	return int(w.month), true
}

// tense reads the clause around words [s, e): +1 future, -1 past, 0 when
// no verb says. The nearest cue wins, looking back to the clause start
// first, then ahead to the clause end.
func (t *tagger) tense(s, e int) int { return t.clauseTense(s, e, false) }

// clauseTense is tense; with intent, an infinitive of intent before the
// time looks ahead (see intentInfinitive). Only a month or a date reads
// it: a weekday after "extended their offers to acquire the company"
// is most often when the offers were extended.
func (t *tagger) clauseTense(s, e int, intent bool) int {
	stop := func(k int) bool { return t.info(k)&iStop != 0 }
	// "as soon as Friday" looks ahead whatever the verb.
	if t.is(s-3, "as") && t.is2(s-2, "soon", "early") && t.is(s-1, "as") {
		return 1
	}
	if t.deadlineBefore(s) {
		return 1
	}
	// "effective Feb. 1": a change takes effect then, most often ahead.
	if t.is(s-1, "effective") {
		return 1
	}
	// "higher than in June", "compared with March": the term a
	// comparison is made with is a time already known, whatever the verb.
	// "No later than Friday" is a deadline, though: ahead.
	if j := s - 1; t.is3(j, "in", "on", "during") && t.is(j-1, "than") && !t.isAny(j-2, "later", "earlier", "sooner") ||
		t.is(j, "than") && !t.isAny(j-1, "later", "earlier", "sooner") || t.is2(j, "with", "to") && t.is(j-1, "compared") {
		return -1
	}
	for k, n := s-1, 0; k >= t.lo && n < 15; k, n = k-1, n+1 {
		if intent && t.intentInfinitive(k) {
			return 1
		}
		if c := t.cueAt(k); c != 0 {
			return c
		}
		if stop(k) {
			break
		}
	}
	// A time that opens the sentence ("In January, a week after the
	// anniversary, a bomb in Birmingham, Ala., killed a guard") comes
	// before its clause's subject, which may hold commas of its own: the
	// verb is read past them, farther.
	fronted := s == t.lo || s == t.lo+1 && t.isAny(t.lo, "in", "on", "at", "during", "by", "since", "from", "early", "late")
	reach := 12
	if fronted {
		reach = 25
	}
	for k, n := e, 0; k < t.hi && n < reach; k, n = k+1, n+1 {
		// A comma right after the time ends a fronted adverbial ("On
		// Monday, she will ..."), not the clause.
		if stop(k) || t.word(k) == "," && k > e && !fronted {
			break
		}
		if c := t.cueAt(k); c != 0 {
			return c
		}
	}
	// With no verb to say, a deadline looks ahead: "until Tuesday".
	if t.is3(s-1, "until", "till", "by") {
		return 1
	}
	return 0
}

// intentInfinitive reports whether word k is the "to" of an infinitive
// of intent ("agreed to buy the unit in February", "an agreement to
// acquire the bank in January"): what it governs happens after the
// agreement, so the time after it looks ahead whatever the tense of
// "agreed". "Agreed to terms in January" (a noun after "to") says nothing.
func (t *tagger) intentInfinitive(k int) bool {
	if !t.is(k, "to") || t.kind(k+1) != reading.Alpha || !intentTo()[t.at(k-1)] {
		return false
	}
	return !t.isAny(k+1, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "terms", "it", "them")
}

// aheadInfinitive reports whether the infinitive whose "to" is word k
// looks ahead: after a word of intent or a future cue ("agreed to meet",
// "expected to resume", "plans to visit") or a form of "be" or "due" ("are
// to meet", "due to arrive"). After other words ("difficult for the firm
// to meet demand", "the first to arrive") its verb says nothing of when.
func (t *tagger) aheadInfinitive(k int) bool {
	w := t.at(k - 1)
	if intentTo()[w] || cueWords()[w]&cFuture != 0 {
		return true
	}
	switch w {
	case "is", "are", "am", "was", "were", "be", "due", "ready", "about", "ought", "have", "has", "had", "need", "needs":
		return true
	}
	return false
}

// objectThenTo reports whether a short object and an infinitive follow
// at word k: "expect [the sale] to close", "expected [its new plant] to
// open", "expect the sale of the yard to close". Up to six words of
// the object, none a clause boundary or punctuation.
func (t *tagger) objectThenTo(k int) bool {
	for j := k; j < k+7 && j < t.hi; j++ {
		if t.is(j, "to") {
			return j > k
		}
		if t.kind(j) != reading.Alpha || t.stopWord(j) {
			return false
		}
	}
	return false
}

// Word facts for tense, computed once per word on first use (so a text
// full of dates costs no more than once per word).
const (
	iDone   int8 = 1 << iota
	iStop        // ends a clause: ";", "that", "but", a quote mark
	iFuture      // a future cue
	iPast        // a past cue
)

func (t *tagger) info(k int) int8 {
	if k < t.lo || k >= t.hi {
		return iDone
	}
	if f := t.facts[k].memo; f&iDone != 0 {
		return f
	}
	f := iDone
	if t.stopWord(k) {
		f |= iStop
	}
	switch t.cue(k) {
	case 1:
		f |= iFuture
	case -1:
		f |= iPast
	}
	t.facts[k].memo = f
	return f
}

// stopWord reports whether word k ends a clause for tense: ";", ":", a
// quote mark, "that", "but", "because" and the like.
func (t *tagger) stopWord(k int) bool {
	w := t.word(k)
	return w == ";" || w == ":" || t.kind(k) == reading.Quote || t.isAny(k, "that", "which", "who", "but", "while", "when", "because", "although", "though")
}

// cueAt is cue, remembered.
func (t *tagger) cueAt(k int) int {
	switch f := t.info(k); {
	case f&iFuture != 0:
		return 1
	case f&iPast != 0:
		return -1
	}
	return 0
}

// cue is the tense word k shows: +1, -1 or 0.
func (t *tagger) cue(k int) int {
	if t.kind(k) != reading.Alpha {
		return 0
	}
	w := strings.TrimSuffix(t.low[k], ".")
	if strings.HasSuffix(w, "'ll") { // "’ll" too: doc.lower straightens it
		return 1
	}
	if (w == "takes" || w == "take") && t.is(k+1, "effect") {
		return 1 // "the levy takes effect in October": a change ahead
	}
	c := cueWords()[w]
	if c&cFuture != 0 {
		if f := t.futureCue(k, w); f != 1 {
			return f
		}
		if t.is(k-1, "to") && !t.aheadInfinitive(k-1) {
			return 0 // "difficult for the firm to meet demand": the infinitive has no tense of its own
		}
		switch w {
		case "set", "expect", "expected", "expects", "going", "intend", "intends", "slated":
			if !t.is2(k+1, "to", "for") && !(strings.HasPrefix(w, "expect") && t.objectThenTo(k+1)) {
				return 0
			}
		}
		return 1
	}
	if w == "supposed" && t.is(k+1, "to") {
		return 1 // "talks supposed to conclude by May"
	}
	if c&cPast == 0 && (len(w) <= 4 || !strings.HasSuffix(w, "ed") || c&cNotPastEd != 0) {
		return 0
	}
	// A participle after "be" is passive, its tense the auxiliary's
	// ("would be held", "is paid", "was paid"); after an article it is
	// an adjective ("the reduced dividend").
	if t.isAny(k-1, "be", "being", "is", "are", "am", "was", "were", "the", "a", "an") {
		return 0
	}
	if t.isAny(k-2, "the", "a", "an") && (t.isAny(k-1, "still", "yet", "not") || strings.HasSuffix(t.lower(k-1), "ly")) {
		return 0 // "a still unspecified date", "the newly formed board"
	}
	return -1
}

// The matchers. Each returns the expression starting at word i, or a
// match with e == s when there is none.

// modPrefix reads a modifier before a duration or a clock time: "more
// than", "about", "nearly", "at least". It returns the word after it.
func (t *tagger) modPrefix(i int) (string, int) {
	switch t.at(i) {
	case "more", "longer":
		if t.is(i+1, "than") {
			return "MORE_THAN", i + 2
		}
	case "less", "fewer", "shorter":
		if t.is(i+1, "than") {
			return "LESS_THAN", i + 2
		}
	case "no":
		if t.is2(i+1, "more", "longer") && t.is(i+2, "than") {
			return "EQUAL_OR_LESS", i + 3
		}
	case "at":
		if t.is(i+1, "least") {
			return "EQUAL_OR_MORE", i + 2
		}
		if t.is(i+1, "most") {
			return "EQUAL_OR_LESS", i + 2
		}
	case "up":
		if t.is(i+1, "to") {
			return "EQUAL_OR_LESS", i + 2
		}
	case "over", "under":
		// "over the past year", "over the weekend", "under this
		// year's plan": before a determiner the word is a signal of
		// extent ("during"), not a bound on a measure.
		if t.isAny(i+1, "the", "these", "those", "this", "that", "its", "their", "his", "her", "our", "past", "last", "next", "coming") {
			return "", i
		}
		if t.is(i, "under") {
			return "LESS_THAN", i + 1
		}
		return "MORE_THAN", i + 1
	case "nearly", "almost":
		return "LESS_THAN", i + 1
	case "about", "around", "approximately", "roughly", "some":
		return "APPROX", i + 1
	}
	return "", i
}

// number reads a count at k: digits ("48", "2.5"), words ("twenty-four",
// "two and a half"), "a"/"an" (one), or a vague count ("several", "a few",
// returned as -1). It returns the value, the word after it and a modifier
// the count implies ("a couple of" is APPROX).
func (t *tagger) number(k int) (float64, int, string, bool) {
	// ago and duration read the same count: it depends only on the words
	// of the sentence, so the last one read is kept.
	c := &t.lastNumber
	if c.set && c.k == k && c.lo == t.lo && c.hi == t.hi {
		return c.n, c.j, c.mod, c.ok
	}
	n, j, mod, ok := t.readNumber(k)
	*c = numberRead{set: true, k: k, lo: t.lo, hi: t.hi, n: n, j: j, mod: mod, ok: ok}
	return n, j, mod, ok
}

// numberRead is a call of readNumber and its result.
type numberRead struct {
	set       bool
	k, lo, hi int
	n         float64
	j         int
	mod       string
	ok        bool
}

func (t *tagger) readNumber(k int) (float64, int, string, bool) {
	var n float64
	j := k
	switch {
	case t.kind(k) == reading.Number:
		s := strings.ReplaceAll(t.word(k), ",", "")
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || strings.ContainsAny(s, ":/-") {
			return 0, k, "", false
		}
		n, j = v, k+1
		// "2 1/2 years"
		if f := t.word(j); t.kind(j) == reading.Number && len(f) == 3 && f[1] == '/' && f[0] < f[2] && f[0] > '0' {
			n += float64(f[0]-'0') / float64(f[2]-'0')
			j++
		}
	case t.at(k) == "a" || t.at(k) == "an":
		switch {
		case t.is(k+1, "few"):
			return -1, k + 2, "", true
		case t.is(k+1, "couple") && t.is(k+2, "of"):
			return 2, k + 3, "APPROX", true
		case t.is3(k+1, "dozen", "hundred", "thousand"):
			w, _ := t.tw(k + 1)
			n, j = w.num, k+2
		case t.is(k+1, "half"):
			return 0.5, k + 2, "", true
		default:
			n, j = 1, k+1
		}
	case t.isCountWord(k):
		return -1, k + 1, "", true
	case t.at(k) == "couple" && t.is(k+1, "of"):
		return 2, k + 2, "APPROX", true
	case t.at(k) == "half" && t.is2(k+1, "a", "an"):
		return 0.5, k + 2, "", true
	default:
		v, ok := t.numberWords(k)
		if !ok {
			return 0, k, "", false
		}
		n, j = v, k+1
		// "twenty four", "two hundred"
		if n >= 20 && n < 100 && int(n)%10 == 0 {
			if v2, ok := t.numberWords(j); ok && v2 > 0 && v2 < 10 {
				n += v2
				j++
			}
		}
		if w, ok := t.tw(j); ok && (w.num == 100 || w.num == 1000) && t.is2(j, "hundred", "thousand") {
			n *= w.num
			j++
		}
	}
	if t.is(j, "and") && t.is(j+1, "a") && t.is(j+2, "half") {
		n += 0.5
		j += 3
	}
	return n, j, "", true
}

// isCountWord: "several", "few", "many", "numerous".
func (t *tagger) isCountWord(k int) bool {
	switch t.at(k) {
	case "several", "few", "many", "numerous":
		return true
	}
	return false
}

// numberWords reads a number written in words at k: "two", "twenty-four".
func (t *tagger) numberWords(k int) (float64, bool) {
	s := t.word(k)
	if s != "" && t.facts[k].flag&fHyphen != 0 && strings.IndexByte(s, '-') > 0 {
		var n float64
		for _, p := range strings.Split(s, "-") {
			w, ok := lookupWord(p)
			if !ok || (w.num == 0 && !strings.EqualFold(p, "zero")) || w.unit != uNone {
				return 0, false
			}
			n += w.num
		}
		return n, true
	}
	w, ok := t.tw(k)
	if !ok || w.num == 0 || w.unit != uNone || t.is3(k, "hundred", "thousand", "dozen") {
		return 0, false
	}
	return w.num, true
}

// unitAt reads a unit word at k, allowing one qualifier before it ("two
// more weeks", "eight trading days"). It returns the unit, whether it was
// plural, and the word after it.
func (t *tagger) unitAt(k int) (unit, bool, int) {
	if t.unitQualifier(k) {
		if w, ok := t.tw(k + 1); ok && w.unit != uNone {
			k++
		}
	}
	w, ok := t.tw(k)
	if !ok || w.unit == uNone || w.num != 0 && !t.is2(k, "second", "seconds") {
		return uNone, false, k
	}
	if !t.header && k > t.lo && t.capitalized(k) {
		return uNone, false, k // a title: "60 Minutes", "This Week"
	}
	if t.is(k, "second") && (t.kind(k-1) != reading.Number && !t.is2(k-1, "a", "one") || t.kind(k+1) == reading.Alpha && !t.isAny(k+1, "and", "or", "of", "to", "for", "in", "on", "at", "before", "after", "later", "earlier", "ago")) {
		// "a second session": the ordinal.
		return uNone, false, k
	}
	return w.unit, w.plural, k + 1
}

// unitQualifier: "more", "trading", "full"... before a unit.
func (t *tagger) unitQualifier(k int) bool {
	switch t.at(k) {
	case "more", "additional", "straight", "consecutive", "trading", "business", "calendar", "full", "long":
		return true
	}
	return false
}

// compound reads a hyphenated duration adjective at k: "three-year",
// "48-hour", "two-week". It returns the count and unit.
func (t *tagger) compound(k int) (float64, unit, bool) {
	s := t.word(k)
	j := strings.LastIndexByte(s, '-')
	if j <= 0 || t.kind(k) != reading.Alpha && t.kind(k) != reading.Number {
		return 0, uNone, false
	}
	if strings.EqualFold(s[j+1:], "long") {
		// "day-long", "decades-long": a unit before "-long" is the
		// measure, one unit or, plural, an unknown number of them.
		hw, ok := lookupWord(s[:j])
		if !ok || hw.unit == uNone || hw.unit == uWeekend || strings.IndexByte(s[:j], '-') >= 0 {
			return 0, uNone, false
		}
		if hw.plural {
			return -1, hw.unit, true
		}
		return 1, hw.unit, true
	}
	w, ok := lookupWord(s[j+1:])
	if !ok || w.unit == uNone || w.plural {
		return 0, uNone, false
	}
	head := s[:j]
	if v, err := strconv.ParseFloat(head, 64); err == nil {
		return v, w.unit, true
	}
	if vagueCount(head) {
		return -1, w.unit, true // "a several-year project", "multi-year"
	}
	var n float64
	for _, p := range strings.Split(head, "-") {
		pw, ok := lookupWord(p)
		if !ok || pw.num == 0 || pw.unit != uNone {
			return 0, uNone, false
		}
		n += pw.num
	}
	return n, w.unit, true
}

// skipPeriodDeterminer returns the word after the determiners that may
// open a period at word k: "the past", "these last", "the following",
// "next".
func (t *tagger) skipPeriodDeterminer(k int) int {
	if t.is3(k, "the", "these", "those") {
		k++
		if t.isAny(k, "first", "past", "last", "next", "previous", "coming", "following", "latest", "full", "entire", "whole", "remaining", "final", "same", "initial") {
			k++
		}
	} else if t.isAny(k, "past", "last", "next", "previous", "coming", "first") {
		k++
	}
	return k
}

// unitWord reports whether word k is a unit of time ("year", "season").
func (t *tagger) unitWord(k int) bool {
	w, ok := t.tw(k)
	return ok && w.unit != uNone
}

// duration: "more than two and a half hours", "48 hours", "a decade",
// "the past two months", "three-year", "several months".
func (t *tagger) duration(i int) match {
	mod, k := t.modPrefix(i)
	if n, u, ok := t.compound(k); ok {
		return match{s: i, e: k + 1, typ: Duration, val: durationValue(n, u), mod: mod}
	}
	k = t.skipPeriodDeterminer(k)
	n, j, nmod, ok := t.number(k)
	if !ok && k == i && t.bareUnitsAfter(i-1) {
		// "for years", "within days", "took weeks": an unknown number
		// of units.
		if u, pl, e := t.unitAt(k); u != uNone && pl && u != uWeekend {
			return match{s: i, e: e, typ: Duration, val: durationValue(-1, u)}
		}
	}
	if !ok {
		// "recent months", "the coming weeks": a vague count.
		if t.is2(k-1, "recent", "coming") || t.is2(k, "recent", "coming") {
			if t.is2(k, "recent", "coming") {
				k++
			}
			if u, pl, e := t.unitAt(k); u != uNone && pl {
				return match{s: i, e: e, typ: Duration, val: durationValue(-1, u), mod: mod}
			}
		}
		return match{}
	}
	if n == 0 {
		return match{}
	}
	u, plural, e := t.unitAt(j)
	if u == uNone || u == uWeekend && n != 1 || u == uQuarter && (n == 1 || n == 3) && t.is(e, "of") && !(t.is4(e+1, "the", "this", "last", "next") && t.unitWord(e+2)) {
		return match{} // "a quarter of the shares": a fraction; "a quarter of the year" is time
	}
	if t.is(e, "old") {
		return match{} // "52 years old": an age, as "52-year-old" is
	}
	if !plural && n > 1 && t.kind(j) != reading.Number && t.kind(k) == reading.Number {
		// "5 year" is rare; "1998 year" is not a duration.
		if n > 100 {
			return match{}
		}
	}
	if t.kind(k) == reading.Number && n >= 1000 && !plural {
		return match{}
	}
	if mod == "" {
		mod = nmod
	}
	// "an hour and a half"
	if t.is(e, "and") && t.is(e+1, "a") && t.is(e+2, "half") && n >= 1 && n == float64(int(n)) {
		n += 0.5
		e += 3
	}
	if t.is(e, "or") && t.is(e+1, "so") {
		e += 2
		mod = "APPROX"
	}
	if u == uQuarter && n == 2 && t.is2(k-1, "first", "last") && t.is(e, "of") {
		// "the first two quarters of 1990": the year's first half.
		if y, ok := t.year(e + 1); ok {
			h := 1
			if t.is(k-1, "last") {
				h = 2
			}
			return match{s: i, e: e + 2, typ: Date, val: pad(y, 4) + "-H" + strconv.Itoa(h), mod: mod, t: date(y, 6*h-5, 1), g: gYear}
		}
	}
	if u == uDay && t.someday(i, k, e) {
		return match{s: i, e: e, typ: Date, val: "FUTURE_REF"}
	}
	// "a year" after an amount is a rate: "$5 million a year".
	if t.is3(k, "a", "an", "per") && n == 1 && k == i && t.rateBefore(i) {
		return match{s: i, e: e, typ: Set, val: setValue(u)}
	}
	return match{s: i, e: e, typ: Duration, val: durationValue(n, u), mod: mod}
}

// someday reports whether "one day" (words i to e, its number at k) means
// "at some time ahead", not a length: after a modal ("will one day be")
// or between a subject pronoun and its verb ("hopes he one day flies").
func (t *tagger) someday(i, k, e int) bool {
	if k != i || !t.is(k, "one") || e != k+2 {
		return false
	}
	if t.isAny(i-1, "will", "would", "could", "might", "may", "can", "shall", "should", "must") {
		return true
	}
	return t.isAny(i-1, "he", "she", "they", "we", "i", "you") && t.kind(e) == reading.Alpha &&
		!t.capitalized(e) && !t.isAny(e, "later", "earlier", "after", "before", "ago", "of", "in", "and", "or", "off", "on", "at", "to", "for")
}

// bareUnitsAfter reports whether word k lets a bare plural unit after it
// ("years", "days") be a measure: a preposition of extent ("for years",
// "within days") or a verb that takes a length of time as its object
// ("took weeks", "lasted months", "spent years").
func (t *tagger) bareUnitsAfter(k int) bool {
	switch t.at(k) {
	case "for", "in", "within", "over", "than",
		"take", "takes", "took", "taken", "taking",
		"lasts", "lasted", "lasting",
		"spend", "spends", "spent", "spending":
		return true
	}
	return false
}

// rateBefore reports whether word i-1 is an amount or a count of times, so
// that "a year" at i means "per year".
func (t *tagger) rateBefore(i int) bool {
	k := i - 1
	if t.kind(k) == reading.Number || t.isAny(k, "times", "once", "twice", "million", "billion", "percent", "thousand", "hundred", "%") {
		return true
	}
	return strings.HasSuffix(t.word(k), "%")
}

// amountRate reports whether "annually" at i follows an amount within the
// three words before it ("grow 8% annually", "$4 million annually", "5,000
// cars annually"): the yearly rate of that amount, which TimeML leaves
// untagged, unlike a yearly event ("the race is held annually").
func (t *tagger) amountRate(i int) bool {
	for k := i; k > i-3 && k > t.lo; k-- {
		if t.rateBefore(k) {
			return true
		}
	}
	return false
}

// setAdverbs are the adverbs of a recurrence that set reads alone.
var setAdverbs = map[string]bool{"daily": true, "weekly": true, "monthly": true, "annually": true,
	"yearly": true, "hourly": true, "quarterly": true, "biweekly": true, "nightly": true}

// set: "every Monday", "each year", "annually", "on Mondays".
func (t *tagger) set(i int) match {
	if t.capitalized(i) && (i > t.lo || t.capitalized(i+1)) && setAdverbs[t.at(i)] {
		// "the Anchorage Daily News", "Weekly Standard": a word of a
		// name, capitalized where a sentence does not start or before
		// another capital.
		return match{}
	}
	if t.is(i, "daily") {
		if t.is(i-1, "average") {
			return match{} // "average daily volume": a mean per day, a rate
		}
		return match{s: i, e: i + 1, typ: Set, val: "P1D"}
	}
	for _, x := range [][2]string{{"weekly", "P1W"}, {"monthly", "P1M"}, {"annually", "P1Y"},
		{"yearly", "P1Y"}, {"hourly", "PT1H"}, {"quarterly", "P3M"}, {"biweekly", "P2W"},
		{"nightly", "XXXX-XX-XXTNI"}} {
		if t.is(i, x[0]) && !(x[0] == "quarterly" && t.kind(i+1) == reading.Alpha) {
			if (x[0] == "annually" || x[0] == "yearly") && t.amountRate(i) {
				return match{}
			}
			return match{s: i, e: i + 1, typ: Set, val: x[1]}
		}
	}
	if t.is(i, "per") {
		if u, pl, e := t.unitAt(i + 1); u != uNone && !pl {
			return match{s: i, e: e, typ: Set, val: setValue(u)}
		}
		return match{}
	}
	if w, ok := t.tw(i); ok && w.weekday != 0 && !w.plural && t.capitalized(i) {
		// "Tuesday nights"
		if p, ok := t.tw(i + 1); ok && p.part != "" && p.plural {
			return match{s: i, e: i + 2, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(int(w.weekday)) + "T" + p.part}
		}
	}
	if w, ok := t.tw(i); ok && w.weekday != 0 && w.plural && t.capitalized(i) {
		v := "XXXX-WXX-" + strconv.Itoa(int(w.weekday))
		if p, ok := t.tw(i + 1); ok && p.part != "" && !t.is2(i+1, "tonight", "overnight") {
			return match{s: i, e: i + 2, typ: Set, val: v + "T" + p.part}
		}
		return match{s: i, e: i + 1, typ: Set, val: v}
	}
	if !t.is2(i, "every", "each") {
		return match{}
	}
	k := i + 1
	if t.is(k, "other") {
		if u, _, e := t.unitAt(k + 1); u != uNone {
			return match{s: i, e: e, typ: Set, val: durationValue(2, u)}
		}
		return match{}
	}
	if n, j, _, ok := t.number(k); ok && t.kind(k) != reading.Alpha || ok && !t.is2(k, "a", "an") && n > 1 {
		if u, _, e := t.unitAt(j); u != uNone && n > 0 {
			return match{s: i, e: e, typ: Set, val: durationValue(n, u)}
		}
	}
	w, ok := t.tw(k)
	if !ok {
		return match{}
	}
	switch {
	case w.weekday != 0:
		v := "XXXX-WXX-" + strconv.Itoa(int(w.weekday))
		if p, ok := t.tw(k + 1); ok && p.part != "" {
			return match{s: i, e: k + 2, typ: Set, val: v + "T" + p.part}
		}
		return match{s: i, e: k + 1, typ: Set, val: v}
	case w.month != 0 && t.capitalized(k):
		return match{s: i, e: k + 1, typ: Set, val: "XXXX-" + pad(int(w.month), 2)}
	case w.season != "":
		return match{s: i, e: k + 1, typ: Set, val: "XXXX-" + w.season}
	case w.part != "" && !t.is2(k, "tonight", "overnight"):
		return match{s: i, e: k + 1, typ: Set, val: "XXXX-XX-XXT" + w.part}
	case w.unit != uNone && !w.plural:
		return match{s: i, e: k + 1, typ: Set, val: setValue(w.unit)}
	case t.is(k, "season"):
		return match{s: i, e: k + 1, typ: Set, val: "P1Y"}
	}
	return match{}
}

// vague: now, currently, recently, the past, the future, soon.
func (t *tagger) vague(i int) match {
	switch t.at(i) {
	case "now", "currently", "nowadays", "current", "these", "recently", "lately", "the", "a":
	default:
		return match{} // what every case below begins with
	}
	if m := t.vagueSpan(i); m.ok() {
		return m
	}
	one := func(v string) match { return match{s: i, e: i + 1, typ: Date, val: v} }
	switch {
	case t.is(i, "now") && !t.is(i-1, "from"):
		// "now that the talks failed" is the present too (TimeML marks it).
		return one("PRESENT_REF")
	case t.is2(i, "currently", "nowadays"):
		return one("PRESENT_REF")
	case t.is(i, "current") && t.is(i-1, "then"):
		// "the then current chairman": the present of a past time.
		return one("PAST_REF")
	case t.is(i, "current") && t.kind(i+1) == reading.Alpha && !t.capitalized(i+1) && !t.isAny(i+1, "account", "accounts", "affairs", "events", "flow", "flows", "and", "or", "of", "assets", "liabilities", "density", "sea", "generation", "law", "laws", "rules", "system", "state", "version"):
		// "current" dates its noun to the present: "the current talks".
		return one("PRESENT_REF")
	case t.is(i, "these") && t.is(i+1, "days"):
		return match{s: i, e: i + 2, typ: Date, val: "PRESENT_REF"}
	case t.is2(i, "recently", "lately"):
		return one("PAST_REF")
	case t.is(i, "the") && t.is(i+1, "past") && !t.is4(i+2, "few", "several", "two", "three") && t.kind(i+2) != reading.Number:
		if w, ok := t.tw(i + 2); ok && (w.unit != uNone || w.num != 0 || w.season != "" || w.weekday != 0 || w.month != 0) {
			return match{}
		}
		return match{s: i, e: i + 2, typ: Date, val: "PAST_REF"}
	case t.is(i, "the") && t.is2(i+1, "near", "short") && t.is(i+2, "term"):
		return match{s: i, e: i + 3, typ: Date, val: "FUTURE_REF"}
	case t.is(i, "the") && t.is(i+2, "ahead") && t.is4(i+1, "days", "weeks", "months", "years"):
		w, _ := t.tw(i + 1)
		return match{s: i, e: i + 3, typ: Duration, val: durationValue(-1, w.unit)}
	case t.is(i, "the") && t.is(i+1, "future") && !t.is(i+2, "of"):
		// "the future of the port" is the port's fate, not a time.
		return match{s: i, e: i + 2, typ: Date, val: "FUTURE_REF"}
	case t.is(i, "the") && t.is3(i+1, "near", "distant", "foreseeable") && t.is(i+2, "future"):
		return match{s: i, e: i + 3, typ: Date, val: "FUTURE_REF"}
	}
	return match{}
}
