package claims

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/hedgemodel"
	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/lexicon"
)

// cueEntry is one line of the hedge lexicons (hedges.txt, weasels.txt).
type cueEntry struct {
	words []string // lower case, the first one is the lookup key
	kind  Kind
	cert  Certainty
	rule  string // a context check, see cueApplies
}

// hedgeCues maps the first word of every cue to its entries, longest
// phrase first so that "tends to" wins over a shorter entry.
var hedgeCues = sync.OnceValue(func() map[string][]cueEntry {
	m := map[string][]cueEntry{}
	for _, name := range []string{"hedges.txt", "weasels.txt"} {
		for _, line := range lexicon.Words(name) {
			phrase, def, ok := strings.Cut(line, "=")
			f := strings.Fields(def)
			ws := strings.Fields(phrase)
			if !ok || len(f) < 2 || len(ws) == 0 {
				continue // malformed lines are caught by the lexicon test
			}
			e := cueEntry{words: ws, kind: Kind(f[0]), cert: Certainty(f[1])}
			if len(f) > 2 {
				e.rule = f[2]
			}
			m[ws[0]] = append(m[ws[0]], e)
		}
	}
	for _, es := range m {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
	}
	return m
})

// Small closed word classes the cue rules and the clause scanner read.
var (
	beForms = wordSet("is are was were be been being am 's ’s")
	// auxiliaries and adverbs that stand between a subject and its verb
	verbFillers = wordSet("has have had will would did does do also later then now still " +
		"meanwhile however repeatedly reportedly previously already recently long often " +
		"publicly privately never not once again earlier first")
	// clause openers whose clause ends at the next comma
	subordinators = wordSet("while although though if when because as since unless whereas " +
		"after before with according even")
	// conjunctions that, after a comma, open a new clause
	clauseConjs = wordSet("but while though although whereas which yet because so")
	// claim nouns whose content a denial or report rejects: "denied reports that"
	claimNouns = wordSet("claim claims report reports allegation allegations accusation " +
		"accusations suggestion suggestions assertion assertions charge charges " +
		"rumor rumors rumour rumours speculation statement statements story stories idea notion")
	// reporting verbs after an anonymous source: "sources said"
	reportVerbs = wordSet("said say says told tell confirmed confirm confirms added noted " +
		"stated state states claimed claim claims believe believes believed think thinks " +
		"thought argue argues argued contend contends contended insist insists insisted " +
		"warned warn warns reported report reports suggested suggest suggests indicated " +
		"expect expects expected predicted predict fear fears feared speculated estimated " +
		"described maintain maintains maintained acknowledged admitted explained")
	hedgeAdverbs     = wordSet("widely generally often commonly long also now still sometimes usually once traditionally")
	narrativeFuture  = wordSet("later soon eventually never subsequently go once again ultimately")
	claimObjects     = wordSet("responsibility credit victory title throne seat seats lives life prize land territory ownership")
	prepositions     = wordSet("of in on at for with by from to about into over under without")
	subjectPronouns  = wordSet("he she they we i it")
	conditions       = wordSet("if unless otherwise were without such")
	numberWords      = wordSet("hundred hundreds thousand thousands million millions billion dozen dozens")
	variationVerbs   = wordSet("include vary range differ occur contain consist cause")
	judgmentVerbs    = wordSet("reported accepted agreed considered believed regarded thought held recognized recognised seen viewed known acknowledged assumed credited acclaimed praised criticized criticised")
	frequencyAdverbs = wordSet("often usually always generally normally typically sometimes frequently rarely")
	irrealis         = wordSet("will 'll would might were should shall won't wouldn't")
	refusals         = wordSet("comment elaborate say identify discuss disclose confirm specify name reveal")
	timeNouns        = wordSet("time times while years year months month weeks week days day hours " +
		"hour minutes decades centuries point way ways extent degree")
	// words after which "that" or a pronoun opens no complement clause
	notBeforeThat = wordSet("what of in on at for with by from to about like all and or but so than " +
		"is was are were be been")
	// words opening an embedded question: "what that would entail"
	whWords = wordSet("what how why")
	// what "deny" withholds rather than gainsays: "denied entry"
	withheld = wordSet("entry access bail permission visa visas request requests application applications " +
		"admission passage service benefits right rights parole asylum credit loan loans funding funds " +
		"license licence licenses entrance care treatment membership citizenship custody")
	objectPronouns = wordSet("him her them me us")
	determiners    = wordSet("the a an this that these those his her its their our my your")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Classes of a word the clause scanner (cuts) reads, one bit each, so that
// a word costs one table lookup a document (see claimTable).
const (
	kSubord      uint16 = 1 << iota // subordinators
	kClauseConj                     // clauseConjs
	kReport                         // reportVerbs
	kNotBefore                      // notBeforeThat
	kSubjPronoun                    // subjectPronouns
	kThat                           // "that"
	kAnd                            // "and"
	kOr                             // "or"
	kPersonal                       // "he", "she", "they", "we", "i"
	kWhether                        // "whether"
	kIf                             // "if"
	kHard                           // punctuation that ends a clause: ; : ( ) dashes...
	kHyphen                         // "-"
	kComma                          // ","
	kCue                            // the first word of a cue
	kIt                             // "it"
)

// claimWord is what the claim scanner knows of a lower-case word: the
// cues it begins and its classes.
type claimWord struct {
	cues []cueEntry // longest phrase first (see hedgeCues)
	cls  uint16
}

// claimTable numbers the words of claimWord: a document's words are looked
// up once (see wordInfo) rather than in a map for every test.
type claimTable struct {
	reading.Table // word -> 1 + its position in words
	words         []claimWord
}

// maxTableWord is the longest word a reading.Table holds; a longer cue
// word (none is now) is looked up in hedgeCues itself.
const maxTableWord = reading.MaxTableWord

var claimWords = sync.OnceValue(func() *claimTable {
	m := map[string]*claimWord{}
	get := func(w string) *claimWord {
		cw := m[w]
		if cw == nil {
			cw = &claimWord{}
			m[w] = cw
		}
		return cw
	}
	for w, es := range hedgeCues() {
		if len(w) <= maxTableWord {
			cw := get(w)
			cw.cues, cw.cls = es, cw.cls|kCue
		}
	}
	for _, c := range []struct {
		set map[string]bool
		cls uint16
	}{
		{subordinators, kSubord}, {clauseConjs, kClauseConj}, {reportVerbs, kReport},
		{notBeforeThat, kNotBefore}, {subjectPronouns, kSubjPronoun},
		{wordSet("that"), kThat}, {wordSet("and"), kAnd}, {wordSet("or"), kOr},
		{wordSet("he she they we i"), kPersonal}, {wordSet("whether"), kWhether}, {wordSet("if"), kIf}, {wordSet("it"), kIt},
		{wordSet("; : — – -- ( ) [ ] ―"), kHard}, {wordSet("-"), kHyphen}, {wordSet(","), kComma},
	} {
		for w := range c.set {
			get(w).cls |= c.cls
		}
	}
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	t := &claimTable{}
	for _, w := range keys {
		t.words = append(t.words, *m[w])
		t.Add(w, uint16(len(t.words)))
	}
	return t
})

// wordInfo returns info holding, for each word of low (lower-cased words),
// its number in t (1 + position, or 0) in the low 16 bits and its classes
// above (a cue word too long for t has its class kCue and number 0). It
// reuses info's array.
func (t *claimTable) wordInfo(info []uint32, low []string) []uint32 {
	if cap(info) < len(low) {
		info = make([]uint32, len(low), len(low)+len(low)/2)
	}
	info = info[:len(low)]
	for k, l := range low {
		info[k] = 0
		if len(l) > maxTableWord {
			if len(hedgeCues()[l]) > 0 {
				info[k] = uint32(kCue) << 16
			}
			continue
		}
		// Find's first test, inlined.
		if len(l) == 0 || !t.MayHold(l) {
			continue
		}
		if n := t.Find(l); n != 0 {
			info[k] = uint32(n) | uint32(t.words[n-1].cls)<<16
		}
	}
	return info
}

// sentScan holds one sentence's words while claims are read from it.
// Its slices are reused from sentence to sentence.
type sentScan struct {
	text  string
	ws    []reading.Word
	low   []string // each word in lower case ("’" read as "'")
	info  []uint32 // each word's number and classes (see claimTable.wordInfo)
	tab   *claimTable
	ahead int8    // looksAhead: 0 not computed, 1 yes, -1 no
	cond  int8    // hasCondition, likewise
	marks []uint8 // per word i: mStart, mHard, mEnd (see cuts)
	prev  []int   // prev[i]: the last clause start at or before i
	prevH []int   // prevH[i]: the last hard boundary at or before i
	next  []int   // next[i]: the first clause end after i (len(ws) at most)
	// model is the learned check on cues (see model.go), or nil;
	// feats is its feature buffer.
	model *hedgemodel.Model
	feats []uint32
	// ref: the text is read as reference prose, where the cues of rule
	// "ref" are proposed and model is the reference model.
	ref bool
	// others holds, in reference prose, the cues the rules propose in
	// the current sentence (see refCues): a sentence of several vague
	// words is more often a weasel sentence than one of a single one.
	others []cueHit
	// news: the text is read as news copy, where the news model judges
	// every "would" the rule "reported" lets through, not only those
	// under a condition
	news bool
	// observe, when set, is told of every cue the rules propose, with
	// whether it yields a claim scope: how TestTrainHedgeModel collects
	// its examples.
	observe func(sc *sentScan, i, j int, e cueEntry, scoped bool)
	// tags: the current sentence's parts of speech and chunks, tagged
	// when first asked for (see tags.go)
	tags sentTags
}

// Marks of cuts before word i.
const (
	mStart uint8 = 1 << iota // a clause may start at word i (after a cut)
	mHard                    // a hard clause boundary lies before word i
	mEnd                     // a clause ends before word i: hard, or a "that" complement opens
)

// hard reports whether a hard clause boundary lies before word i.
func (sc *sentScan) hard(i int) bool { return sc.marks[i]&mHard != 0 }

// cls returns the classes of word i.
func (sc *sentScan) cls(i int) uint16 { return uint16(sc.info[i] >> 16) }

// reset loads the words of one sentence.
func (sc *sentScan) reset(text string, ws []reading.Word, low []string) {
	sc.text, sc.ws, sc.low = text, ws, low
	sc.info = sc.tab.wordInfo(sc.info, low)
	sc.ahead, sc.cond = 0, 0
	sc.tags.done = false
	n := len(ws)
	if cap(sc.marks) < n+1 {
		// Room for longer sentences to come, in two arrays.
		c := max(2*(n+1), 64)
		sc.marks = make([]uint8, c)
		ints := make([]int, 3*c)
		sc.prev, sc.prevH, sc.next = ints[:c:c], ints[c:2*c:2*c], ints[2*c:]
	}
	sc.marks = sc.marks[:n+1]
	clear(sc.marks)
	sc.cuts()
	prev, prevH := sc.prev[:n+1], sc.prevH[:n+1]
	last, lastH := 0, 0
	for i, m := range sc.marks {
		if m&(mStart|mHard) != 0 {
			last = i
		}
		if m&mHard != 0 {
			lastH = i
		}
		prev[i], prevH[i] = last, lastH
	}
	sc.prev, sc.prevH = prev, prevH
	next := sc.next[:n+1]
	nxt := n
	for i := n; i >= 0; i-- {
		next[i] = nxt
		if sc.marks[i]&(mHard|mEnd) != 0 {
			nxt = i
		}
	}
	sc.next = next
}

// cuts marks where clauses may start and where they end. Hard boundaries
// are strong punctuation (; : dashes, brackets), a comma before a clause
// conjunction (", but"), and the comma that closes an opening subordinate
// clause ("While X, Y"). A clause may also start after a complementizer
// "that" and at "whether" or "if", which do not end the clause before.
func (sc *sentScan) cuts() {
	n := len(sc.ws)
	mk := sc.marks
	pending := n > 0 && sc.cls(0)&kSubord != 0
	for i := 0; i < n; i++ {
		c := sc.cls(i)
		if c == 0 {
			continue // every cut below needs a class of word i
		}
		w := sc.ws[i]
		switch w.Kind {
		case reading.Punct:
			switch {
			case c&kHard != 0:
				mk[i] |= mHard
				mk[i+1] |= mHard
				pending = i+1 < n && sc.cls(i+1)&kSubord != 0
			case c&kHyphen != 0:
				if i > 0 && sc.ws[i-1].End < w.Start && i+1 < n && w.End < sc.ws[i+1].Start {
					mk[i] |= mHard
					mk[i+1] |= mHard
				}
			case c&kComma != 0:
				// ", and Grünewald Shipping dismissed": a new subject.
				newSubject := i+2 < n && sc.cls(i+1)&(kAnd|kOr) != 0 &&
					(sc.cls(i+2)&kReport != 0 || sc.isCap(i+2) && sc.isCapWord(i+2) || sc.cls(i+2)&kSubjPronoun != 0)
				if i+1 < n && sc.cls(i+1)&kClauseConj != 0 || newSubject || pending {
					mk[i+1] |= mHard
					pending = i+1 < n && sc.cls(i+1)&kSubord != 0
				}
			}
		case reading.Alpha:
			switch {
			case c&kThat != 0:
				// A complementizer opens a clause with its subject: "said
				// that the talks", "claim that Putin". A relative "that"
				// is followed by its verb ("terms that involve", "what that
				// would entail") and opens none.
				if i > 0 && sc.ws[i-1].Kind == reading.Alpha && sc.cls(i-1)&kNotBefore == 0 && i+1 < n && sc.opensSubject(i+1) {
					mk[i+1] |= mStart
					mk[i] |= mEnd
				}
			case c&kAnd != 0:
				// "told reporters he would ... and confirmed that": a
				// second reporting verb ends the first clause.
				if i+1 < n && sc.cls(i+1)&kReport != 0 {
					mk[i] |= mHard
				}
			case c&kPersonal != 0:
				// "told reporters he would", "says he would": a complement
				// without "that", after a verb of saying and its hearer
				// (not "the benefits we see": a relative clause).
				if i > 0 && sc.ws[i-1].Kind == reading.Alpha && sc.cls(i-1)&(kNotBefore|kAnd|kOr) == 0 &&
					(sc.cls(i-1)&kReport != 0 || i > 1 && sc.cls(i-2)&kReport != 0) {
					mk[i] |= mStart
				}
			case c&kReport != 0 && i > 0 && sc.ws[i-1].Kind == reading.Alpha && i+2 < n && sc.ws[i+1].Kind == reading.Alpha &&
				(determiners[sc.low[i+1]] || sc.isCap(i+1) && !nonAgents[sc.low[i+1]]) && sc.cls(i+1)&kThat == 0:
				// "He said the cuts may ...", "said President Moreno was":
				// a complement without "that" opens at its determiner or
				// name (not a weekday: "said Tuesday that").
				mk[i+1] |= mStart
			case c&kIt != 0:
				// "said it would": after a verb of saying, "it" opens the
				// complement (elsewhere it is as often an object).
				if i > 0 && sc.cls(i-1)&kReport != 0 {
					mk[i] |= mStart
				}
			case c&kWhether != 0:
				mk[i] |= mStart
			case c&kIf != 0:
				if i > 0 {
					mk[i] |= mStart
				}
			}
		}
	}
}

// opensSubject reports whether word k can open the subject of a clause:
// a determiner, a pronoun, a name, a number or a quote mark.
func (sc *sentScan) opensSubject(k int) bool {
	switch sc.ws[k].Kind {
	case reading.Number, reading.Quote:
		return true
	case reading.Punct:
		return false
	}
	if sc.isCap(k) || determiners[sc.low[k]] {
		return true
	}
	switch sc.low[k] {
	case "he", "she", "it", "they", "we", "i", "you", "there", "some", "many", "most", "no", "all", "such", "both", "each", "every", "any", "several", "few":
		return true
	}
	return false
}

// isCap reports whether word i starts with an upper-case letter.
func (sc *sentScan) isCap(i int) bool {
	w := sc.ws[i]
	if w.Kind != reading.Alpha && w.Kind != reading.Abbrev {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sc.text[w.Start:])
	return unicode.IsUpper(r)
}

func (sc *sentScan) is(i int, s string) bool {
	return i >= 0 && i < len(sc.ws) && sc.low[i] == s
}

// match returns the cue entry that starts at word i and the index just
// past its last word, or ok false.
func (sc *sentScan) match(i int) (e cueEntry, end int, ok bool) {
	var es []cueEntry
	if id := sc.info[i] & 0xffff; id != 0 {
		es = sc.tab.words[id-1].cues
	} else if len(sc.low[i]) > maxTableWord {
		es = hedgeCues()[sc.low[i]]
	}
	for _, e := range es {
		j := i + 1
		for _, w := range e.words[1:] {
			if j >= len(sc.ws) || sc.low[j] != w {
				break
			}
			j++
		}
		if j-i != len(e.words) {
			continue
		}
		if sc.cueApplies(e, i, j) {
			return e, j, true
		}
	}
	return cueEntry{}, 0, false
}

// cueApplies runs the entry's context rule on the cue at words [i, j).
func (sc *sentScan) cueApplies(e cueEntry, i, j int) bool {
	n := len(sc.ws)
	nextLow := ""
	if j < n {
		nextLow = sc.low[j]
	}
	prevLow := ""
	if i > 0 {
		prevLow = sc.low[i-1]
	}
	switch e.rule {
	case "month":
		// "May 5", "in May", "May was busy": capitalized, it is the
		// month (or a name); the modal is written in lower case.
		if sc.isCap(i) {
			return false
		}
		return !sc.dynamicModal(i, j)
	case "negatable":
		// "nobody doubts", "no doubt": doubt denied is certainty.
		switch prevLow {
		case "no", "nobody", "not", "never", "n't", "little", "without":
			return false
		}
		return true
	case "cond":
		// "as if" and "even if" compare or concede. A conditional hedges
		// when its sentence looks ahead or away from fact ("will",
		// "would", "were"); a general rule ("if heated, water boils")
		// asserts. "until" hedges over an event ("until the repairs are
		// done"), not a date ("until June", "until 1990").
		if prevLow == "as" || prevLow == "even" {
			return false
		}
		if e.words[0] == "until" && (j >= n || sc.ws[j].Kind != reading.Alpha || sc.isCap(j) || timeNouns[nextLow] ||
			nextLow == "then" || nextLow == "now" || nextLow == "recently" || nextLow == "late" || nextLow == "early" || nextLow == "last" || nextLow == "next") {
			return false
		}
		return sc.looksAhead()
	case "reported":
		// "would" hedges as the consequence of a condition ("would
		// fail if", "otherwise it would") or a counterfactual ("would
		// have"). The future of a narrative ("would later become"),
		// refusals ("would not comment") and open questions are told as
		// fact.
		if nextLow == "n't" || nextLow == "n" || nextLow == "not" {
			k := j + 1
			if nextLow == "n" {
				k++ // "would n't", tokenized "n" "'t"
			}
			if k < n && refusals[sc.low[k]] {
				return false
			}
		}
		if refusals[nextLow] || narrativeFuture[nextLow] {
			return false
		}
		if i > 1 && whWords[sc.low[i-2]] && sc.ws[i-1].Kind == reading.Alpha || i > 0 && whWords[prevLow] {
			// "no details on what that would entail": an open question
			// the article reports, not a consequence it hedges.
			return false
		}
		if nextLow == "have" {
			return true
		}
		// In news the learned check judges the rest but the future of a
		// report ("said he would"): "would" over an unrealised event
		// ("the deal would give the city ...") hedges as often as not,
		// and its neighbours tell which.
		return sc.news && !sc.reportedFuture(i) || sc.hasCondition()
	case "judgment":
		// "generally accepted", "generally thought": an opinion held by
		// nobody named; "are generally smaller" describes a kind.
		return judgmentVerbs[nextLow]
	case "faith":
		// "believe in God" is faith, not a hedge.
		return nextLow != "in"
	case "ability":
		// "could not repeat his time": a past inability, told as fact.
		if nextLow == "also" || j+1 < n && nextLow == "be" && isParticiple(sc.low[j+1]) {
			return false // "could also be used": what can be done
		}
		return nextLow != "not" && nextLow != "n't" && nextLow != "n" && nextLow != "never"
	case "claimverb":
		// "claimed that", "claimed to be", "claimed he was"; not
		// "claimed the throne", "claimed responsibility".
		if i > 0 && beForms[prevLow] {
			return nextLow != "by"
		}
		if nextLow == "that" || nextLow == "to" {
			return true
		}
		return j < n && sc.ws[j].Kind == reading.Alpha && !determiners[nextLow] && !claimObjects[nextLow] && nextLow != "by"
	case "pronoun":
		// "while others disagree", "Others argue": a vague source, not
		// "and others" ending a list.
		switch prevLow {
		case "", "while", "but", "whereas", "some", ",", "though", "although":
			return j < n && sc.ws[j].Kind == reading.Alpha
		}
		return false
	case "clausal":
		// "Most scholars agree": a vague quantity opening a clause, not
		// the superlative "the most" or "most of the time".
		return i == 0 || sc.hard(i) || prevLow == ","
	case "modalpossible":
		// "it is possible that X", "a possible motive": a hedge. "X is
		// possible", "as soon as possible", "the highest possible score":
		// what can be done, not doubt about a fact.
		if nextLow == "that" || sc.itIs(i) {
			return true
		}
		switch prevLow {
		case "as", "made", "make", "makes", "making", "if", "where", "wherever", "whenever", "best",
			"only", "every", "all", "any", "highest", "lowest", "largest", "smallest", "maximum", "minimum", "greatest":
			return false
		}
		return j < n && sc.ws[j].Kind == reading.Alpha && !sc.isCap(j) && !prepositions[nextLow] && !subordinators[nextLow] &&
			nextLow != "only" && nextLow != "and" && nextLow != "or" && nextLow != "to"
	case "passive":
		return i > 0 && (beForms[prevLow] || i > 1 && beForms[sc.low[i-2]])
	case "passive2":
		// "is widely considered", "considered by many", "regarded as",
		// but not "the board considered the offer".
		if i > 0 && (beForms[prevLow] || i > 1 && beForms[sc.low[i-2]] || hedgeAdverbs[prevLow] || prevLow == ",") {
			return true
		}
		switch nextLow {
		case "to", "as", "by", "one":
			return true
		}
		return false
	case "vaguedet":
		// "certain scholars", not "is certain" or "a certain Mr. Smith"
		if i > 0 && (beForms[prevLow] || prevLow == "not" || prevLow == "almost" || prevLow == "a" || prevLow == "for") {
			return false
		}
		return j < n && sc.ws[j].Kind == reading.Alpha && !sc.isCap(j) && nextLow != "that" && nextLow != "to"
	case "raising":
		if strings.HasPrefix(e.words[0], "seem") {
			return true
		}
		switch nextLow {
		case "to", "that", "likely", "unlikely", "as", "set", "poised", "increasingly", "ready":
			return true
		}
		return false
	case "deny":
		// "denied that", "denied Trump's claim that", "rejected reports":
		// the cue needs a claim after it, not "denied entry".
		if e.words[0] == "deny" || e.words[0] == "denied" || e.words[0] == "denies" || e.words[0] == "denying" {
			// "denied entry", "denied him bail", "denied the crew access",
			// "was denied the right": withheld, not gainsaid.
			for k := j; k < n && k < j+5 && sc.ws[k].Kind == reading.Alpha && sc.low[k] != "that" && !claimNouns[sc.low[k]]; k++ {
				if withheld[sc.low[k]] {
					return false
				}
			}
			if objectPronouns[nextLow] && j+1 < n && sc.ws[j+1].Kind == reading.Alpha && sc.low[j+1] != "that" {
				return false
			}
			return j < n && sc.ws[j].Kind != reading.Punct
		}
		for k := j; k < n && k < j+5; k++ {
			if sc.low[k] == "that" || claimNouns[sc.low[k]] {
				return true
			}
			if sc.ws[k].Kind == reading.Punct {
				break
			}
		}
		return false
	case "anon":
		return sc.anonymous(i) && sc.sourceSpeaks(i, j)
	case "anonone":
		return (prevLow == "a" || prevLow == "an" || prevLow == "one" ||
			i > 1 && (sc.low[i-2] == "a" || sc.low[i-2] == "an") && sc.ws[i-1].Kind == reading.Alpha && !sc.isCap(i-1)) &&
			sc.sourceSpeaks(i, j)
	case "reports":
		switch prevLow {
		case "to", "media", "news", "press", "unconfirmed", "unverified", "some", "conflicting":
			return true
		}
		return false
	case "quant":
		if j >= n {
			return false
		}
		nw := sc.ws[j]
		if nw.Kind == reading.Number || timeNouns[nextLow] || numberWords[nextLow] || nextLow == "more" || nextLow == "less" ||
			prevLow == "as" || prevLow == "how" || prevLow == "so" || prevLow == "too" {
			return false // "some 200", "for some time", "many more"
		}
		if e.words[0] == "most" && (determiners[prevLow] || i > 0 && sc.ws[i-1].Kind == reading.Poss) {
			return false // a superlative: "the most painful"
		}
		return prevLow != "for" && prevLow != "at" && (prevLow != "to" || e.words[0] != "some")
	case "of":
		return nextLow == "of" || nextLow == "that"
	case "ref":
		return sc.ref
	case "doxastic":
		// "are feared dead", "is feared to have": a passive of fear.
		if i > 0 && beForms[prevLow] && strings.HasPrefix(e.words[0], "fear") {
			return true
		}
		// A verb after its subject, not the noun: "fears that ... spread",
		// "the fears of residents".
		if i == 0 || sc.ws[i-1].Kind == reading.Punct || determiners[prevLow] || sc.ws[i-1].Kind == reading.Poss || prepositions[prevLow] {
			return false
		}
		return sc.governsClause(j)
	case "suspectverb":
		// "police suspect arson", "I suspect that"; not the noun: "the
		// main suspect", "a suspect was", "suspects in the case".
		if i > 0 && (determiners[prevLow] || sc.ws[i-1].Kind == reading.Poss || sc.ws[i-1].Kind == reading.Number || nounModifiers[prevLow]) {
			return false // "the main suspect"; "a murder suspect in" fails below
		}
		return j < n && sc.ws[j].Kind == reading.Alpha && !beForms[nextLow] && !prepositions[nextLow] &&
			nextLow != "has" && nextLow != "had" && nextLow != "have" && nextLow != "who" && nextLow != "and"
	}
	return true
}

// reportedFuture reports whether the "would" at word i is the future of
// a report ("said he would", "told reporters it would"): a plan
// announced, told as fact.
func (sc *sentScan) reportedFuture(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if sc.cls(k)&kReport != 0 {
			return true
		}
		if sc.ws[k].Kind == reading.Punct {
			return false
		}
	}
	return false
}

// governsClause reports whether the clause after a verb ending at word j
// is its complement: "fear that ...", or a subject and a finite verb
// within a few words ("fear the bridge will collapse", "feel it is
// wrong"), not an object ("feel the cold", "worried about the cost").
func (sc *sentScan) governsClause(j int) bool {
	n := len(sc.ws)
	if j >= n {
		return false
	}
	if sc.low[j] == "that" {
		return true
	}
	if !sc.opensSubject(j) {
		return false
	}
	for k := j + 1; k < n && k < j+6; k++ {
		if sc.ws[k].Kind == reading.Punct {
			return false
		}
		if finiteVerbs[sc.low[k]] || irrealis[sc.low[k]] {
			return true
		}
	}
	return false
}

// finiteVerbs are auxiliaries and modals that show a finite clause.
var finiteVerbs = wordSet("is are was were 's ’s has have had does do did will would could might may can should shall must won't can't")

// nounModifiers stand before a noun, not a verb: "the main suspect".
var nounModifiers = wordSet("main chief prime key another second third only other one no any lead")

// dynamicModal reports whether the modal at word i states what a kind of
// thing can do rather than doubting a fact: its subject is generic, a bare
// plural or an indefinite ("Symptoms may include", "A player may pass",
// "which may vary"), or it is "may also". "may have" + participle
// looks back at a particular past and is always a hedge.
func (sc *sentScan) dynamicModal(i, j int) bool {
	n := len(sc.ws)
	if j < n && sc.low[j] == "have" {
		return false
	}
	if j < n && (sc.low[j] == "also" || variationVerbs[sc.low[j]]) {
		return true // "may also", "may vary", "may include": what a kind can be
	}
	// "may be used", "may be treated": a passive of what can be done
	// with a kind of thing.
	if j+1 < n && sc.low[j] == "be" && isParticiple(sc.low[j+1]) {
		return true
	}
	if i == 0 {
		return false
	}
	switch sc.low[i-1] {
	case "which", "that", "one", "you":
		return true // "which may vary", "one may argue": general statements
	}
	sub := sc.subject(i)
	if sub[1] <= sub[0] {
		return false
	}
	first, last := sc.low[sub[0]], sc.low[sub[1]-1]
	if first == "a" || first == "an" || first == "any" || first == "each" || first == "every" {
		return true
	}
	// A bare plural: "players", "young birds", not "the players" or "he".
	if sc.isCap(sub[1]-1) || determiners[first] || len(last) < 4 || last[len(last)-1] != 's' || strings.HasSuffix(last, "ss") {
		return false
	}
	return sub[0] == 0 || !determiners[sc.low[sub[0]-1]] && sc.ws[sub[0]-1].Kind != reading.Poss
}

// isParticiple reports whether w looks like a past participle: "used",
// "treated", "known", "seen".
func isParticiple(w string) bool {
	switch w {
	case "known", "seen", "made", "done", "found", "given", "taken", "shown", "held", "built", "kept", "sold", "paid", "put", "set", "run":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && w != "need" && w != "seed"
}

// itIs reports whether the adjective at word i is predicated of an
// anticipatory "it": "it is possible", "it's thoroughly possible".
func (sc *sentScan) itIs(i int) bool {
	for k := i - 1; k > 0 && k >= i-5; k-- {
		if beForms[sc.low[k]] {
			return sc.low[k-1] == "it"
		}
		if sc.ws[k].Kind == reading.Alpha || sc.ws[k].Kind == reading.Quote || sc.low[k] == "," {
			continue
		}
		return false
	}
	return false
}

// looksAhead reports whether the sentence speaks of a prospect or a
// hypothesis ("will", "would", "were", a modal of possibility), which makes
// its conditionals hedges. It is computed once a sentence, so that many
// cues in one long sentence stay linear.
func (sc *sentScan) looksAhead() bool {
	if sc.ahead == 0 {
		sc.ahead = -1
		n := len(sc.ws)
		for k, l := range sc.low {
			if irrealis[l] && (k+1 >= n || !frequencyAdverbs[sc.low[k+1]]) ||
				(l == "may" || l == "could") && !sc.dynamicModal(k, k+1) {
				// not "will often" (a habit) nor "may vary" (a kind)
				sc.ahead = 1
				break
			}
		}
	}
	return sc.ahead > 0
}

// hasCondition reports whether the sentence sets a condition ("if",
// "unless", "otherwise", "were", "such a deal"), once a sentence.
func (sc *sentScan) hasCondition() bool {
	if sc.cond == 0 {
		sc.cond = -1
		n := len(sc.ws)
		for k, l := range sc.low {
			if conditions[l] && (l != "such" || k+1 < n && sc.low[k+1] != "as") {
				sc.cond = 1 // "such as" lists, it sets no condition
				break
			}
		}
	}
	return sc.cond > 0
}

// knownCueRule reports whether cueApplies knows the rule r; the lexicon
// test uses it to catch a misspelt rule.
func knownCueRule(r string) bool {
	switch r {
	case "", "month", "negatable", "cond", "reported", "verbform", "ability", "claimverb", "pronoun",
		"clausal", "modalpossible", "passive", "passive2", "vaguedet", "raising", "deny", "anon",
		"anonone", "reports", "quant", "of", "faith", "judgment", "ref", "doxastic", "suspectverb":
		return true
	}
	return false
}

// anonymous reports whether the source noun at word i names nobody:
// "sources", "officials familiar with", "some experts", but not "White
// House officials", "Kremlin's experts" or "its researchers".
func (sc *sentScan) anonymous(i int) bool {
	if sc.low[i] == "sources" && (sc.is(i+1, "of") || sc.is(i+1, "include")) {
		return false
	}
	// "officials at the Ministry of Transport": a named institution.
	if k := i + 1; k+1 < len(sc.ws) && (sc.low[k] == "at" || sc.low[k] == "of" || sc.low[k] == "from" || sc.low[k] == "in" || sc.low[k] == "with") {
		if sc.isCap(k+1) || sc.low[k+1] == "the" && k+2 < len(sc.ws) && sc.isCap(k+2) {
			return false
		}
	}
	if i == 0 {
		return true
	}
	p := sc.ws[i-1]
	if p.Kind == reading.Poss {
		return false
	}
	if sc.isCap(i - 1) {
		// "Some experts" at the start of a sentence is no name.
		return i-1 == 0 && !sc.isCapWord(i-1)
	}
	switch sc.low[i-1] {
	case "his", "her", "its", "their", "our", "my", "your":
		return false
	}
	return true
}

// sourceSpeaks reports whether the source noun at words [i, j) is an
// agent of speech or opinion in its sentence, as an anonymous source must
// be: it follows "according to" or "by", or a verb of saying or thinking
// comes within a few words after it, before any punctuation ("officials
// familiar with the talks said", "critics of the plan argue", "sources
// who asked not to be named"). Not "will have officials ready", nor
// "observers watched the vote".
func (sc *sentScan) sourceSpeaks(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if sc.low[k] == "by" || sc.low[k] == "to" && k > 0 && sc.low[k-1] == "according" {
			return true
		}
		if !sourceModifiers[sc.low[k]] {
			break
		}
	}
	for k := j; k < len(sc.ws) && k < j+8; k++ {
		if sc.ws[k].Kind == reading.Punct {
			// ", sources said" and "officials, who ..." only at a comma
			// right after the noun.
			if k > j || sc.low[k] != "," {
				return false
			}
			continue
		}
		if sc.cls(k)&kReport != 0 || agentVerbs[sc.low[k]] {
			return true
		}
	}
	return false
}

// agentVerbs are verbs of saying, thinking and speaking to the press that
// the reporting verbs (reportVerbs) do not list.
var agentVerbs = wordSet("agree agrees agreed wonder wonders wondered worry worries worried doubt doubts " +
	"doubted question questioned questions estimate estimates consider considers see sees saw view views " +
	"describe describes call calls called point pointed caution cautioned speculate speculates " +
	"suspect suspects suspected spoke speaking asked requested declined cite cited predicted " +
	"urge urged urges recommend recommended criticize criticized criticise criticised praise praised " +
	"hope hopes hoped anticipate anticipates anticipated caution cautions dispute disputed disputes " +
	"reject rejected rejects deny denied denies dismiss dismissed attribute attributed blame blamed blames")

// isCapWord reports whether a capitalized first word is a name rather
// than a function word capitalized by its position.
func (sc *sentScan) isCapWord(i int) bool {
	switch sc.low[i] {
	case "some", "many", "most", "several", "the", "other", "senior", "western", "unnamed",
		"anonymous", "independent", "outside", "top", "government", "administration",
		"military", "intelligence", "security", "industry", "legal", "medical", "health", "local":
		return false
	}
	return true
}
