package claims

import (
	"slices"
	"strings"

	"github.com/newsparse/newsparse/internal/hedgemodel"
	"github.com/newsparse/newsparse/internal/reading"
)

// Find returns the claims d does not vouch for, sentence by sentence (the
// headline included), sorted by start. Cues come from the hedge lexicons;
// each cue governs a scope of words (its clause, or the content of a
// report or denial), and cues whose scopes overlap make one claim. A
// claim's source is read locally (the subject of a hedging verb,
// "according to X", "X's claim"), when it has one there.
//
// News copy and reference prose hedge in different ways (g, see
// reading.GenreOf), and model is the learned check on cues for g (nil:
// every cue the rules propose stays). In reference prose the cues marked
// "ref" in the lexicons (frequency adverbs, reputation words) are proposed
// too, and the model judges every kind of cue but denials, reading the
// parts of speech around each (see tags.go). Find takes its scratch space
// from ws, which a caller keeps from call to call (nil: its own).
func Find(d *reading.Doc, model *hedgemodel.Model, g reading.Genre, ws *Scratch) []Claim {
	return find(d, model, g, ws, nil)
}

// find is Find with a function told of every cue proposed (see
// sentScan.observe), or nil.
func find(d *reading.Doc, model *hedgemodel.Model, g reading.Genre, w *Scratch, observe func(sc *sentScan, i, j int, e cueEntry, scoped bool)) []Claim {
	if w == nil {
		w = new(Scratch)
	}
	defer w.clear()
	out := []Claim{}
	sc := &w.claims
	sc.tab = claimWords()
	sc.model, sc.ref, sc.news, sc.observe = model, g == reading.GenreReference, g == reading.GenreNews, observe
	sc.tags.tagged, sc.tags.words = 0, 0
	raws, hits := w.raws[:0], w.hits[:0]
	defer func() { w.raws, w.hits = raws[:0], hits[:0]; sc.tags.release() }()
	scan := func(s reading.Sent) {
		ws := d.Words[s.Word0:s.WordEnd]
		if len(ws) == 0 {
			return
		}
		sc.reset(d.Text, ws, d.Lower[s.Word0:s.WordEnd])
		raws = sc.claims(raws[:0])
		// Raw claims sorted by start; a run of overlapping ones is one
		// claim with all their cues.
		slices.SortStableFunc(raws, func(a, b rawClaim) int { return a.from - b.from })
		for a := 0; a < len(raws); {
			m := raws[a]
			hits = append(hits[:0], m.hit)
			b := a + 1
			for ; b < len(raws) && raws[b].from < m.to; b++ {
				m.to = max(m.to, raws[b].to)
				if m.src[1] == 0 {
					m.src = raws[b].src
				}
				hits = append(hits, raws[b].hit)
			}
			if c, ok := sc.claim(m, hits); ok {
				out = append(out, c)
			}
			a = b
		}
	}
	if d.Headline != nil {
		for _, h := range d.Header {
			if h.Start == d.Headline.Start {
				scan(h)
			}
		}
	}
	for _, s := range d.Sents {
		scan(s)
	}
	return out
}

// Scratch is the scratch space of Find: the sentence scanner and its
// arrays, kept from call to call. The zero Scratch is ready to use.
type Scratch struct {
	claims sentScan
	raws   []rawClaim
	hits   []cueHit
}

// clear drops the references of w into the last text read.
func (w *Scratch) clear() {
	sc := &w.claims
	sc.text, sc.ws, sc.low, sc.tab, sc.model, sc.observe = "", nil, nil, nil, nil, nil
}

// cueHit is a cue found in a sentence: words [i, j) of it.
type cueHit struct {
	i, j  int
	entry cueEntry
}

// rawClaim is a claim in word indexes of its sentence, before merging.
type rawClaim struct {
	from, to int    // words [from, to)
	hit      cueHit // the cue (merged claims gather theirs)
	src      [2]int // the source's words [src[0], src[1]), or src[1] == 0
}

// claims appends the raw claims of the current sentence: one per cue.
func (sc *sentScan) claims(out []rawClaim) []rawClaim {
	start := len(out)
	if sc.ref {
		sc.refCues()
	}
	for i := 0; i < len(sc.ws); i++ {
		if sc.cls(i)&kCue == 0 || sc.ws[i].Kind != reading.Alpha && sc.ws[i].Kind != reading.Abbrev {
			continue
		}
		e, j, ok := sc.match(i)
		if !ok {
			continue
		}
		if e.kind == Other && (e.rule == "quant" || e.rule == "clausal") && j < len(sc.ws) {
			if e2, _, ok := sc.match(j); ok && e2.kind == Source {
				continue // "some analysts say": the source phrase holds it
			}
		}
		h := cueHit{i, j, e}
		if sc.observe != nil {
			r := sc.scope(h)
			sc.observe(sc, i, j, e, r.to > r.from)
		}
		if !sc.hedgesHere(i, j, e) {
			i = j - 1
			continue
		}
		r := sc.scope(h)
		if r.to > r.from {
			out = append(out, r)
		}
		i = j - 1
	}
	// A word of doubt inside denied content ("dismissed the allegation")
	// governs that content, not the denier's whole clause.
	for a := start; a < len(out); a++ {
		if out[a].hit.entry.kind != Denial {
			continue
		}
		for b := start; b < len(out); b++ {
			if o := &out[b]; o.hit.entry.kind == Other && o.hit.i >= out[a].from && o.hit.j <= out[a].to {
				o.from, o.to = out[a].from, out[a].to
			}
		}
	}
	return out
}

// scope returns the words a cue governs and the claim's source, when the
// cue names one.
func (sc *sentScan) scope(h cueHit) rawClaim {
	n := len(sc.ws)
	i, j := h.i, h.j
	if h.entry.rule == "claimverb" && i > 0 && (sc.ws[i-1].Kind == reading.Poss || determiners[sc.low[i-1]]) {
		// "Trump's claim that": the noun attributes what follows.
		h.entry.kind = Source
	}
	r := rawClaim{from: sc.prev[i], to: sc.next[i], hit: h}
	if h.entry.kind == Source && h.entry.rule == "claimverb" {
		if j < n && sc.low[j] == "that" {
			r.from, r.to = j+1, sc.next[j]
		}
		if sc.ws[i-1].Kind == reading.Poss && i > 1 {
			r.src = [2]int{sc.nameStart(i-2, sc.prevH[i]), i - 1}
		}
		return r
	}
	if h.entry.kind != Verb && (h.entry.kind != Source || h.entry.rule == "") &&
		h.entry.rule != "deny" && j+1 < n && sc.low[j] == "that" && sc.opensSubject(j+1) {
		// "it is possible that X", "the allegation that X", "doubts that
		// X", "it is said that X", "rumors that X": the clause is the
		// claim, not the words before it. (Sources with a rule are
		// people, whose "that" is relative: "officials that ...".)
		r.from, r.to = j+1, sc.next[j]
		return r
	}
	switch h.entry.kind {
	case Verb:
		passive := i > 0 && (beForms[sc.low[i-1]] || i > 1 && beForms[sc.low[i-2]] && verbFillers[sc.low[i-1]])
		switch {
		case j < n && (sc.low[j] == "that" || sc.low[j] == "whether" || sc.low[j] == "if"):
			// "suggested that X": the complement is the claim.
			from := j
			if sc.low[j] == "that" {
				from = j + 1
			}
			r.from, r.to = from, sc.next[j]
		case j < n && sc.low[j] == "to" || passive:
			// "is expected to arrive", "seems to": the whole clause.
		case h.entry.rule == "doxastic":
			// "fear the bridge will collapse": the clause feared.
			r.from, r.to = j, sc.next[j]
		case j < n && sc.ws[j].Kind == reading.Alpha && !sc.isCap(j) && !determiners[sc.low[j]] && h.entry.words[0] != "expected" &&
			!sc.pronounObject(j):
			// "he thinks the plan will fail": a bare complement.
			r.from, r.to = j, sc.next[j]
		}
		if !passive && h.entry.rule != "raising" {
			r.src = sc.subject(i)
		}
	case Source:
		sc.sourceScope(&r)
	case Denial:
		if h.entry.rule == "deny" || sc.deniesObject(h) {
			sc.denialScope(&r)
		}
	}
	return r
}

// deniesObject reports whether a denial cue without the "deny" rule is a
// past verb with a determined object ("the union disputed the figures",
// "questioned the count"): its object is the denied content. Not "the
// disputed figures" nor "was questioned".
func (sc *sentScan) deniesObject(h cueHit) bool {
	i, j := h.i, h.j
	w := sc.low[i]
	if j != i+1 || len(w) < 3 || w[len(w)-2:] != "ed" || j >= len(sc.ws) || !determiners[sc.low[j]] {
		return false
	}
	return i == 0 || !determiners[sc.low[i-1]] && !beForms[sc.low[i-1]]
}

// sourceScope sets the content and the source of an anonymous source
// cue: "according to X, CONTENT", "CONTENT, X said", "X said CONTENT".
func (sc *sentScan) sourceScope(r *rawClaim) {
	n := len(sc.ws)
	h := &r.hit
	i := h.i
	// The source phrase: determiners and adjectives before the noun
	// ("some senior officials"), "familiar with the talks" after it.
	np0, np1 := i, h.j
	for np0 > 0 && np0 > i-3 && sourceModifiers[sc.low[np0-1]] {
		np0--
	}
	// "officials familiar with the talks", "people familiar with the
	// matter", "according to some": the phrase runs to a punctuation mark
	// or a reporting verb, a few words at most.
	if np1 < n && (sc.low[np1] == "familiar" || sc.low[np1] == "close" || sc.low[np1] == "briefed") ||
		h.entry.words[len(h.entry.words)-1] == "with" || h.entry.words[0] == "according" {
		lim := np1 + 8
		for np1 < n && np1 < lim && sc.ws[np1].Kind != reading.Punct && !reportVerbs[sc.low[np1]] {
			np1++
		}
	}
	if h.entry.words[0] == "according" {
		np0 = i + 2
	}
	if h.entry.words[0] == "it" || h.entry.rule == "passive" {
		return // "it is said", "is said to": the clause, no source
	}
	r.src = [2]int{np0, np1}
	cue0, cue1 := np0, np1
	switch {
	case np0 >= 2 && sc.low[np0-2] == "according" && sc.low[np0-1] == "to" || h.entry.words[0] == "according":
		cue0 = np0 - 2
		if h.entry.words[0] == "according" {
			cue0 = i
		}
		if cue0 == 0 || sc.prev[cue0] == cue0 && cue0 > 0 && sc.ws[cue0-1].Kind == reading.Punct && sc.low[cue0-1] != "," {
			// "According to X, CONTENT."
			from := np1
			for from < n && sc.ws[from].Kind == reading.Punct {
				from++
			}
			r.from, r.to = from, n
		} else {
			// "CONTENT, according to X."
			r.from, r.to = sc.prev[cue0], cue0
		}
	case np1 < n && reportVerbs[sc.low[np1]]:
		cue1 = np1 + 1
		if np0 > 0 && sc.low[np0-1] == "," {
			// "CONTENT, sources said."
			r.from, r.to = sc.prevH[np0-1], np0-1
		} else {
			from := np1 + 1
			if from < n && sc.low[from] == "that" {
				from++
			}
			r.from, r.to = from, n
			if from < n {
				r.to = sc.next[from]
			}
			if from >= r.to {
				r.from = sc.prev[i]
			}
		}
	}
	h.i, h.j = cue0, cue1
}

// isNameWord reports whether word k is a capitalized name word (not a
// function word capitalized at the start of the sentence).
func (sc *sentScan) isNameWord(k int) bool {
	return sc.isCap(k) && (k > 0 || sc.isCapWord(k))
}

// denialScope sets the denied content of "denied (X's claim|reports) that
// CONTENT" and its source, the claimant X.
func (sc *sentScan) denialScope(r *rawClaim) {
	n := len(sc.ws)
	j := r.hit.j
	k := j
	for k < n && k < j+8 && sc.ws[k].Kind != reading.Punct {
		if sc.ws[k].Kind == reading.Poss && k > j && sc.isNameWord(k-1) {
			// "denied Trump's claim": the claimant, a name. "the
			// report's accuracy" names none.
			r.src = [2]int{sc.nameStart(k-1, j), k}
		}
		if sc.low[k] == "that" || claimNouns[sc.low[k]] && !sc.is(k+1, "that") && !sc.is(k+1, "of") &&
			(k+1 >= n || sc.ws[k+1].Kind != reading.Poss) {
			break
		}
		k++
	}
	switch {
	case k < n && sc.low[k] == "that":
		r.from, r.to = k+1, sc.next[k]
	case k < n && claimNouns[sc.low[k]]:
		// "dismissed the allegation (as baseless)", "denied Trump's
		// claim": the claim named is what is denied.
		r.from, r.to = j, k+1
	default:
		// "disputed the figures (as inflated)": the object.
		r.from, r.to = j, sc.next[j-1]
		for k := j + 1; k < r.to; k++ {
			if sc.low[k] == "as" {
				r.to = k
				break
			}
		}
		r.src = [2]int{}
	}
}

// nameStart returns where the name ending at word k starts: the run of
// capitalized words (and initials) back to no further than limit.
func (sc *sentScan) nameStart(k, limit int) int {
	s := k
	for s > limit && s > k-6 && sc.isCap(s-1) && sc.isNameWord(s-1) {
		s--
	}
	return s
}

// subject returns the words naming the subject of the verb at word i:
// a name, a pronoun or a short noun phrase, skipping auxiliaries and
// adverbs ("Trump, meanwhile, has indicated"). It returns [0, 0) when
// none is found within the clause.
func (sc *sentScan) subject(i int) [2]int {
	k := i - 1
	lim := sc.prev[i]
	for steps := 0; k >= lim && steps < 6; steps++ {
		if verbFillers[sc.low[k]] || sc.low[k] == "," || strings.HasSuffix(sc.low[k], "n't") {
			// "has also", "I don't think": auxiliaries, adverbs, negations
			k--
			continue
		}
		break
	}
	if k < lim || k < 0 {
		return [2]int{}
	}
	w := sc.ws[k]
	if w.Kind != reading.Alpha && w.Kind != reading.Abbrev {
		return [2]int{}
	}
	switch sc.low[k] {
	case "he", "she", "they", "we", "i", "it", "you", "who":
		return [2]int{k, k + 1}
	}
	if _, ok := pronounContraction(sc.low[k]); ok {
		return [2]int{k, k + 1} // "I'll believe": claim trims the "'ll"
	}
	if sc.isCap(k) && sc.isNameWord(k) {
		return [2]int{sc.nameStart(k, lim), k + 1}
	}
	// A source is an agent: not a time ("the weekend suggested"), nor a
	// verb ("never stopped believing").
	if nonAgents[sc.low[k]] || verbForm(sc.low[k]) && !(k > lim && (determiners[sc.low[k-1]] || sc.ws[k-1].Kind == reading.Poss)) {
		return [2]int{} // ("the ruling suggests": a noun after its determiner)
	}
	// A noun phrase: back over words to its determiner, not past a
	// relative pronoun ("which many expected").
	s := k
	for s > lim && s > k-3 && sc.ws[s-1].Kind == reading.Alpha && !determiners[sc.low[s]] && !beForms[sc.low[s-1]] && !verbFillers[sc.low[s-1]] &&
		!relatives[sc.low[s-1]] {
		s--
	}
	return [2]int{s, k + 1}
}

// nonAgents are nouns of time, which may stand before a verb of
// thinking ("the weekend suggested", "last year showed") but name no
// source.
var nonAgents = wordSet("time times year years month months week weeks day days weekend weekends " +
	"morning mornings afternoon evening evenings night nights hour hours decade decades century " +
	"season seasons quarter today yesterday tonight tomorrow monday tuesday wednesday thursday " +
	"friday saturday sunday")

var relatives = wordSet("which that who whom whose")

// trailingAttribution returns where a trailing ", X said" (a comma, a
// few words, a reporting verb last, or "said X") starts in words [from,
// to), or -1.
func (sc *sentScan) trailingAttribution(from, to int) int {
	if to-from < 4 {
		return -1
	}
	// The reporting verb: last ("..., officials said"), or before the
	// speaker's words ("..., said lead author Ana Ruiz").
	last, v := to-1, -1
	for k := last; k > from && k >= last-5; k-- {
		if sc.cls(k)&kReport != 0 {
			v = k
			break
		}
		if sc.ws[k].Kind != reading.Alpha && sc.ws[k].Kind != reading.Abbrev {
			return -1
		}
	}
	if v < 0 {
		return -1
	}
	for k := v - 1; k > from && k >= v-6; k-- {
		switch sc.ws[k].Kind {
		case reading.Quote:
			continue // ",” said": the closing mark after the comma
		case reading.Punct:
			if sc.low[k] == "," {
				return k
			}
			return -1
		}
	}
	return -1
}

// certaintyRank orders certainty levels from most to least sure.
func certaintyRank(c Certainty) int {
	switch c {
	case Probable:
		return 1
	case Possible:
		return 2
	case Doubtful:
		return 3
	}
	return 0
}

// claim turns a raw claim into a Claim, trimming punctuation and leading
// conjunctions off its words. It reports false when no word is left.
func (sc *sentScan) claim(r rawClaim, hits []cueHit) (Claim, bool) {
	from, to := r.from, r.to
	for from < to && (sc.ws[from].Kind == reading.Punct || sc.ws[from].Kind == reading.Quote && from+1 < to && sc.ws[from+1].Kind == reading.Punct ||
		leadingConjs[sc.low[from]]) {
		from++
	}
	for to > from && (sc.ws[to-1].Kind == reading.Punct || sc.ws[to-1].Kind == reading.Quote && !sc.quoteIn(from, to-1)) {
		to--
	}
	// "..., the captain said": the attribution after the content is not
	// part of what is claimed (its source is found locally or from the
	// quote layer).
	if k := sc.trailingAttribution(from, to); k > from {
		inside := true
		for _, h := range hits {
			if h.i >= k && h.entry.kind != Source {
				inside = false // "..., she suggested": the cue is there
			}
		}
		if inside {
			to = k
		}
	}
	if from < to && sc.ws[from].Kind == reading.Quote && !sc.quoteIn(from+1, to) {
		from++ // "“Coffee may help,” said X": the mark opens no quote left in the claim
	}
	if from >= to {
		return Claim{}, false
	}
	c := Claim{
		Span:      span(sc.text, sc.ws[from].Start, sc.ws[to-1].End),
		Certainty: Certain,
		Cues:      make([]Cue, 0, len(hits)),
	}
	slices.SortStableFunc(hits, func(a, b cueHit) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return b.j - a.j
	})
	last := -1 // end of the last cue kept: a cue inside it is dropped
	for _, h := range hits {
		if h.j <= last {
			continue
		}
		last = h.j
		c.Cues = append(c.Cues, Cue{span(sc.text, sc.ws[h.i].Start, sc.ws[h.j-1].End), h.entry.kind})
		if certaintyRank(h.entry.cert) > certaintyRank(c.Certainty) {
			c.Certainty = h.entry.cert
		}
	}
	if r.src[1] > r.src[0] {
		end := sc.ws[r.src[1]-1].End
		if n, ok := pronounContraction(sc.low[r.src[1]-1]); ok && r.src[1]-1 == r.src[0] {
			end = sc.ws[r.src[0]].Start + n // "I'll": the pronoun, not its auxiliary
		}
		src := span(sc.text, sc.ws[r.src[0]].Start, end)
		c.Source = &src
	}
	return c, true
}

// sourceModifiers may stand before an anonymous source noun and belong
// to its phrase: "some senior administration officials".
var sourceModifiers = wordSet("a an one some many several most other others senior unnamed anonymous " +
	"western independent outside top government administration military intelligence security " +
	"industry legal medical local two three four knowledgeable informed well-placed diplomatic " +
	"european american foreign political")

var leadingConjs = wordSet("but and while though although whereas yet so")

// TimeSpeaker reports whether a speaker's words end in a noun of time
// ("The weekend" of "The weekend suggested ..."), which names no source.
func TimeSpeaker(text string) bool {
	last := text
	if k := strings.LastIndexByte(text, ' '); k >= 0 {
		last = text[k+1:]
	}
	return len(last) <= 10 && nonAgents[strings.ToLower(last)]
}

// pronounContraction reports whether w (lower-cased) is a personal
// pronoun with a contracted auxiliary ("i'll", "we’ve", "they'd"), and
// the bytes of the pronoun. ("he's" and "it's" are left alone: "'s" may
// be "has" or "is" and the word reads whole.)
func pronounContraction(w string) (int, bool) {
	for _, p := range [...]string{"i", "we", "you", "he", "she", "they", "it"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(rest, "'")
		if !ok {
			rest, ok = strings.CutPrefix(rest, "’")
		}
		if !ok {
			continue
		}
		switch rest {
		case "ll", "d", "ve", "re", "m":
			return len(p), true
		}
	}
	return 0, false
}

// pronounObject reports whether word j, after a verb of thinking, is a
// pronoun that is its object rather than the subject of a clause: "him",
// "them", or "it" and "this" not followed by a verb ("I'll believe it when
// I see it", not "I believe it is true").
func (sc *sentScan) pronounObject(j int) bool {
	switch sc.low[j] {
	case "him", "her", "them", "me", "us":
		return true
	case "it", "this", "you":
		return j+1 >= len(sc.ws) || !finiteAfterPronoun[sc.low[j+1]]
	}
	return false
}

// finiteAfterPronoun are words that make a pronoun the subject of a
// clause: auxiliaries and common finite verbs.
var finiteAfterPronoun = wordSet("is was will would could can has had does did may might must should " +
	"shall seems seemed looks looked makes made means meant remains remained isn't wasn't won't " +
	"wouldn't can't couldn't doesn't didn't hasn't hadn't mustn't shouldn't are were have do " +
	"also still really never always already just probably certainly")

// quoteIn reports whether words [from, to) hold a quotation mark: the
// mark at to, if any, then closes one opened in them.
func (sc *sentScan) quoteIn(from, to int) bool {
	for k := from; k < to; k++ {
		if sc.ws[k].Kind == reading.Quote {
			return true
		}
	}
	return false
}

// verbForm reports whether w (lower case) ends as a past or present
// participle does: "stopped", "believing" (five letters at least: not
// "red", "king").
func verbForm(w string) bool {
	return len(w) >= 5 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}
