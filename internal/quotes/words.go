package quotes

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/lexicon"
)

// The reporting verbs, in every form: "said", "tells", "arguing".
var (
	reportingVerbs = sync.OnceValue(func() map[string]bool { return lexicon.Set("reporting-verbs.txt") })
	mentionVerbs   = sync.OnceValue(func() map[string]bool { return lexicon.Set("mention-verbs.txt") })
	quoteVerbs     = sync.OnceValue(func() map[string]bool { return lexicon.Set("quote-verbs.txt") })
	beliefVerbs    = sync.OnceValue(func() map[string]bool { return lexicon.Set("belief-verbs.txt") })
	intentVerbs    = sync.OnceValue(func() map[string]bool { return lexicon.Set("intent-verbs.txt") })
	viewVerbs      = sync.OnceValue(func() map[string]bool { return lexicon.Set("view-verbs.txt") })
	pastVerbs      = sync.OnceValue(func() map[string]bool { return lexicon.Set("pastverbs.txt") })
	// cueVerbs maps every verb form of the lists to its cue kind,
	// so that a word costs one lookup.
	cueVerbs = sync.OnceValue(func() map[string]uint8 {
		m := make(map[string]uint8)
		for w := range viewVerbs() {
			m[w] = cueView // first: a form another list holds keeps that list's kind
		}
		for _, w := range []string{"seem", "seems", "seemed", "appear", "appears", "appeared"} {
			m[w] = cueSeem
		}
		for w := range intentVerbs() {
			m[w] = cueIntent
		}
		for w := range beliefVerbs() {
			m[w] = cueBelief
		}
		for w := range quoteVerbs() {
			m[w] = cueQuote
		}
		for w := range mentionVerbs() {
			m[w] = cueMention
		}
		for w := range reportingVerbs() {
			m[w] = cueReport
		}
		return m
	})
)

// cue kinds.
const (
	cueNone    = iota
	cueReport  // takes a reported clause: said, told, argued
	cueMention // names what was said: alluded to, called, spoke of
	cueAccording
	cueQuote  // attributes direct quotes only: shouted, wondered
	cueBelief // reports an attitude when a clause follows: knew that, felt they
	cueIntent // reports an intention when "to" follows: plans to, decided to
	cueSeem   // presents a clause as how things seem: seemed, appears
	cueView   // reports a view only as "V X as Y": regards, views (see asFrame)
)

// quoteTable holds the reporting verbs (cueVerbs) and nouns (nounCues)
// of at most maxQuoteWord bytes, so that a document's words are looked up
// once, most of them rejected before any hash (see find), rather than in
// two maps again and again.
type quoteTable struct {
	// bloom has bit hashQuoteWord(s)>>16 set for each word s of the table
	// and for the words of wantsLook: a word whose bit is clear is none.
	bloom [1 << 10]uint64
	slots [1 << quoteTableBits]quoteSlot
	nouns [][]string // the prepositions of each noun, by its number - 1
}

// maxQuoteWord is the longest word verbKinds and nounCue look up.
const maxQuoteWord = 16

// quoteTableBits sizes quoteTable.slots: a third full at most.
const quoteTableBits = 12

// quoteSlot is a word of quoteTable: its cue kind as a verb, and its
// number as a noun (0 if none).
type quoteSlot struct {
	key  string
	verb uint8
	noun uint8
}

var quoteWords = sync.OnceValue(func() *quoteTable {
	t := &quoteTable{}
	verbs, nouns := cueVerbs(), nounCues()
	keys := make([]string, 0, len(verbs)+len(nouns))
	for w := range verbs {
		keys = append(keys, w)
	}
	for w := range nouns {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	for _, w := range keys {
		if len(w) == 0 || len(w) > maxQuoteWord {
			continue
		}
		sl := t.slot(w, hashQuoteWord(w))
		sl.key, sl.verb = w, verbs[w]
		if ps, ok := nouns[w]; ok {
			t.nouns = append(t.nouns, ps)
			sl.noun = uint8(len(t.nouns))
		}
		t.setBloom(w)
	}
	for _, w := range []string{"according", "According", "asked", "Asked", "reportedly", "Reportedly", "known"} {
		t.setBloom(w)
	}
	return t
})

// hashQuoteWord mixes the length and five bytes spread over a non-empty
// s, its first and last among them: most of a short word.
func hashQuoteWord(s string) uint32 {
	n := len(s)
	h := uint64(n)<<40 | uint64(s[0])<<32 | uint64(s[n>>2])<<24 | uint64(s[n>>1])<<16 |
		uint64(s[n-1-n>>2])<<8 | uint64(s[n-1])
	return uint32((h * 0x9e3779b97f4a7c15) >> 32)
}

// setBloom sets the bloom bit of s (see maybe).
func (t *quoteTable) setBloom(s string) {
	h := hashQuoteWord(s) >> 16
	t.bloom[h>>6] |= 1 << (h & 63)
}

// maybe reports whether a word with hash h (see hashQuoteWord) may be a
// word of t or of wantsLook.
func (t *quoteTable) maybe(h uint32) bool {
	h >>= 16
	return t.bloom[h>>6]&(1<<(h&63)) != 0
}

// slot returns the slot of s, of 1 to maxQuoteWord bytes and with hash
// h, or the empty slot where s would go.
func (t *quoteTable) slot(s string, h uint32) *quoteSlot {
	for h >>= 32 - quoteTableBits; ; h++ {
		sl := &t.slots[h&(1<<quoteTableBits-1)]
		if sl.key == "" || sl.key == s {
			return sl
		}
	}
}

// find returns the slot of s, or nil when s is no word of t.
func (t *quoteTable) find(s string) *quoteSlot {
	if len(s) == 0 || len(s) > maxQuoteWord {
		return nil
	}
	h := hashQuoteWord(s)
	if !t.maybe(h) {
		return nil
	}
	if sl := t.slot(s, h); sl.key != "" {
		return sl
	}
	return nil
}

// verbKinds returns the cue kind of every word as a reporting verb, out
// of context, its number as a reporting noun (see nounCue), and whether
// reportedIn must look at it even when it is no verb (see wantsLook):
// one table lookup a lower-case word.
// The three are in out, of 3*len(ws) zero bytes.
func verbKinds(text string, ws []reading.Word, out []uint8) (verb, noun, look []uint8) {
	t := quoteWords()
	n := len(ws)
	verb, noun, look = out[:n:n], out[n:2*n:2*n], out[2*n:]
	for i := range ws {
		w := &ws[i]
		if uint(w.End-w.Start-1) >= maxQuoteWord {
			continue
		}
		// The bloom filter first: most words fail it, punctuation too.
		s := text[w.Start:w.End]
		h := hashQuoteWord(s)
		if !t.maybe(h) || w.Kind != reading.Alpha {
			continue
		}
		if c := s[0]; 'a' <= c && c <= 'z' {
			if sl := t.slot(s, h); sl.key != "" {
				verb[i], noun[i] = sl.verb, sl.noun
				if sl.noun != 0 {
					look[i] = 1
				}
			}
		}
		if wantsLook(s) {
			look[i] = 1
		}
	}
	return verb, noun, look
}

// wantsLook reports whether reportedIn (or frames) reads the word t though
// it is neither a reporting verb nor a noun: "according to", "Asked
// whether", "reportedly", "known as".
func wantsLook(t string) bool {
	switch t {
	case "according", "According", "asked", "Asked", "reportedly", "Reportedly", "known":
		return true
	}
	return false
}

// titleCaseVerbs sets the cue kind of capitalized verbs in a headline
// written in title case ("Senator Says Vote Will Wait"), the words ws0..ws1.
func titleCaseVerbs(text string, ws []reading.Word, kinds []uint8, w0, w1 int) {
	alpha, upper := 0, 0
	for _, w := range ws[w0:w1] {
		if w.Kind == reading.Alpha {
			alpha++
			if nameWord(text[w.Start:w.End]) {
				upper++
			}
		}
	}
	if alpha < 4 || upper*10 < alpha*7 || alpha > 30 {
		return
	}
	m := cueVerbs()
	for i := w0 + 1; i < w1; i++ {
		if w := ws[i]; w.Kind == reading.Alpha && w.End-w.Start <= 16 && nameWord(text[w.Start:w.End]) {
			kinds[i] = m[strings.ToLower(text[w.Start:w.End])]
		}
	}
}

// wtext returns the text of word i.
func (q *quoteScan) wtext(i int) string { return q.text[q.ws[i].Start:q.ws[i].End] }

// cueAt returns the kind of cue that word i is in its sentence, which
// starts at word lo. Cues are matched in lower case only, so that "The
// Post" or "Tell" at a sentence start are no verbs, and not after a
// determiner, where the word is a noun ("the report", "his claims").
func (q *quoteScan) cueAt(i, lo int) int {
	w := q.ws[i]
	if w.Kind != reading.Alpha {
		return cueNone
	}
	t := q.text[w.Start:w.End]
	if t == "according" || t == "According" {
		if i+1 < len(q.ws) && q.wtext(i+1) == "to" {
			return cueAccording
		}
		return cueNone
	}
	kind := int(q.verbKind[i])
	if kind == cueNone {
		return cueNone
	}
	if (t == "called" || t == "named" || t == "dubbed") && i >= lo+2 && i+1 < len(q.ws) {
		// "a group called Occupy DNC": a name given, not words reported.
		if a := q.wtext(i - 2); (a == "a" || a == "an" || a == "A" || a == "An") && nameWord(q.wtext(i+1)) {
			return cueNone
		}
	}
	if t[0] == 'p' && strings.HasPrefix(t, "point") {
		// "pointed out", "points to"; not "ten points".
		if i+1 >= len(q.ws) || q.wtext(i+1) != "out" && q.wtext(i+1) != "to" {
			return cueNone
		}
	}
	lt := t
	if c := t[0]; 'A' <= c && c <= 'Z' {
		lt = strings.ToLower(t) // a headline in title case: "Weighs In"
	}
	if p := particleOf(lt); p != "" && (i+1 >= len(q.ws) || !strings.EqualFold(q.wtext(i+1), p)) {
		if p != "clear" || i+2 >= len(q.ws) || q.wtext(i+1) != "it" || q.wtext(i+2) != "clear" {
			return cueNone // "laid out", "weighed in", "made (it) clear": the verb alone says nothing
		}
	}
	if t[0] == 's' && (strings.HasPrefix(t, "speak") || strings.HasPrefix(t, "spoke")) {
		// "spoke of", "speaks highly of", "spoke out against"; not "spoke
		// at the convention" nor "speak frequently".
		n := i + 1
		if n < len(q.ws) && strings.HasSuffix(q.wtext(n), "ly") {
			n++
		}
		if n >= len(q.ws) {
			return cueNone
		}
		switch q.wtext(n) {
		case "of", "about", "out", "against":
		default:
			return cueNone
		}
	}
	if i > lo {
		p := q.ws[i-1]
		pt := q.text[p.Start:p.End]
		if p.Kind == reading.Poss || isDeterminer(pt) {
			return cueNone
		}
		if isBaseForm(t) && !canPrecedeBase(pt) {
			return cueNone // "his most ambitious demand": a noun
		}
	}
	return q.asFrame(i, kind)
}

// particleOf returns the particle a phrasal reporting verb needs right
// after it ("touched on", "laid out", "weighed in on", "lashed out at",
// "made clear", "critical of"), or "".
func particleOf(t string) string {
	switch t {
	case "touch", "touched", "touches", "touching":
		return "on"
	case "laid", "lays", "laying", "lash", "lashed", "lashes", "lashing":
		return "out"
	case "weigh", "weighed", "weighs", "weighing":
		return "in"
	case "make", "made", "makes", "making":
		return "clear" // or "it clear"
	case "critical", "skeptical", "supportive":
		return "of"
	}
	return ""
}

// isBaseForm reports whether t is a bare reporting verb that is as often
// a noun (demand, claim, promise).
func isBaseForm(t string) bool {
	switch t {
	case "demand", "claim", "promise", "vow", "pledge", "report", "comment", "fear", "hope",
		"worry", "call", "tweet", "note", "answer", "reply", "respond", "show", "want", "plan",
		"concern", "support", "blame", "praise", "charge", "defend", "dismiss", "accuse", "cite", "insist",
		"boast", "joke", "hint", "reveal", "quote", "caution", "protest", "remark", "request",
		"rebuke", "articulate", "jab", "relish", "utter", "savage", "counter",
		"whisper", "gripe", "crow", "forecast", "point":
		return true
	}
	return false
}

// canPrecedeBase reports whether t may stand before a bare verb: a
// subject pronoun, an auxiliary, "to", an adverb or a plural noun
// ("officials say").
func canPrecedeBase(t string) bool {
	switch t {
	case "I", "we", "We", "they", "They", "you", "You", "will", "would", "can", "could",
		"may", "might", "should", "must", "do", "did", "does", "to", "not", "n't", "also",
		"never", "often", "still", "always", "and", "or", "who", "that", "now", "Democrats",
		"Republicans", "people", "police", "voters", "experts", "critics", "officials", "sources":
		return true
	}
	if strings.HasSuffix(t, "ly") {
		return true
	}
	if strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") && !strings.HasSuffix(t, "ous") &&
		!strings.HasSuffix(t, "is") && !strings.HasSuffix(t, "us") && t != "was" && t != "has" {
		return true
	}
	return false
}

func isDeterminer(t string) bool {
	switch t {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
		"The", "A", "An", "His", "Her", "Their", "Its", "Our", "My", "Your",
		"this", "these", "those", "This", "These", "Those", "no", "No", "any", "every":
		return true
	}
	return false
}

// isAuxOrAdverb reports whether t may stand between a subject and its
// reporting verb: "has also said", "later told", "repeatedly claimed".
func isAuxOrAdverb(t string) bool {
	switch t {
	case "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would",
		"could", "should", "can", "may", "might", "must", "did", "does", "do", "not", "never",
		"also", "later", "then", "once", "again", "previously", "always", "often", "still",
		"just", "already", "long", "further", "first", "earlier", "since", "even", "ever",
		"too", "now", "sometimes", "herself", "himself", "themselves", "itself", "n't", "reportedly",
		"all", "here", "remain", "remains", "remained", "grew", "became":
		return true
	}
	return len(t) > 4 && t[len(t)-2:] == "ly" && t[0] >= 'a' && t[0] <= 'z'
}

func isBe(t string) bool {
	switch t {
	case "is", "was", "were", "are", "been", "be", "am":
		return true
	}
	return false
}

// opensAdverbial reports whether t starts an adverbial that may stand
// between a reporting verb and its "that": "said on Friday that".
func opensAdverbial(t string) bool {
	switch t {
	case "on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today",
		"repeatedly", "publicly", "privately", "again", "also", "recently", "previously",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "to",
		"after", "before", "while", "when", "late", "early", "following", "amid", "from", "Sunday's", "then", "in a":
		return true
	}
	return false
}

// isCuePreposition reports whether t, right after a reporting verb,
// makes it name a topic rather than report a clause: "warned of",
// "spoke about", "called for".
func isCuePreposition(t string) bool {
	switch t {
	case "of", "about", "for", "against", "to", "on", "over":
		return true
	}
	return false
}

// isSubordinator reports whether t, opening a sentence, starts a
// subordinate clause that ends at a comma.
func isSubordinator(t string) bool {
	switch t {
	case "While", "Although", "Though", "If", "As", "When", "After", "Before", "Because",
		"Since", "Unless", "Whereas", "Whether", "Once", "Until":
		return true
	}
	return false
}

// isTimeWord reports whether t belongs to a short time adverbial
// ("on Friday", "last week", "Tuesday night").
func isTimeWord(t string) bool {
	switch t {
	case "on", "last", "this", "earlier", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
		"Saturday", "Sunday", "yesterday", "today", "week", "month", "year", "night", "morning",
		"afternoon", "evening", "recently", "later", "Tuesday's":
		return true
	}
	return false
}

// TakesObject reports whether the reporting verb t names its hearer before
// the reported clause: "told reporters (that) ...".
func TakesObject(t string) bool {
	switch t {
	case "told", "tell", "tells", "telling", "informed", "informs", "reminded", "reminds",
		"assured", "assures", "warned", "warns", "asked", "asks", "urged", "urges", "promised",
		"advised", "reassured", "convinced", "remind", "warn", "assure", "inform", "ask", "urge",
		"make", "made", "makes", "making": // made (it) clear that: stepped over like a hearer
		return true
	}
	return false
}

// isPronoun reports whether t is a personal pronoun that can be a speaker.
func isPronoun(t string) bool {
	switch t {
	case "he", "she", "they", "we", "it", "I", "He", "She", "They", "We", "It", "you", "You":
		return true
	}
	return false
}

// isObjectPronoun reports whether t is a pronoun that cannot be a subject.
func isObjectPronoun(t string) bool {
	switch t {
	case "him", "them", "us", "me", "her", "it":
		return true
	}
	return false
}

// endsNounPhrase reports whether t, met walking back from a reporting
// verb, lies outside the subject: clause words and the prepositions that
// open adverbials ("On Friday", "in a statement").
func endsNounPhrase(t string) bool {
	switch t {
	case "that", "which", "whom", "whose", "and", "but", "or", "nor", "because", "while", "when",
		"whereas", "as", "if", "so", "since", "although", "though", "after", "before", "than",
		"until", "unless", "where", "whether", "on", "in", "during", "by", "to", "into", "about",
		"over", "under", "said", "says", "is", "are", "was", "were", "has", "have", "had", "will",
		"would", "could", "should", "can", "may", "might", "not", "also", "then", "there", "here",
		"what", "how", "why", "who", "yet", "now", "just", "even", "told",
		"But", "And", "Or", "So", "Yet", "Meanwhile", "However", "Still", "Also", "Then", "Now",
		"On", "In", "At", "During", "After", "Before", "When", "While", "As", "If", "Since",
		"Although", "Though", "Because", "Asked", "Speaking", "Earlier", "Later", "Instead",
		"Yesterday", "Today", "Last", "Separately", "Indeed", "Thus", "Moreover",
		"There", "Here", "It", "This", "That", "Monday", "Tuesday", "Wednesday",
		"Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight", "Tonight":
		return true
	}
	return false
}

// endsSpeakerAfter reports whether t ends a speaker read forward from an
// inverted verb ("said Jane Roe on Friday", "said the ministry, which").
func endsSpeakerAfter(t string) bool {
	switch t {
	case "on", "in", "at", "during", "after", "before", "who", "that", "which", "when", "while",
		"last", "this", "earlier", "later", "yesterday", "today", "tonight", "and", "but", "as",
		"to", "of", "about", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
		"Sunday", "in a", "recently", "told", "adding", "because", "if", "than", "via", "through":
		return true
	}
	return false
}

// nameWord reports whether t starts with an upper-case letter.
func nameWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// isPunctWord reports whether word i is punctuation or a quotation mark.
func (q *quoteScan) isPunctWord(i int) bool {
	k := q.ws[i].Kind
	return k == reading.Punct || k == reading.Quote
}

// isComma reports whether word i is a comma (or a dash used like one).
func (q *quoteScan) isComma(i int) bool {
	if q.ws[i].Kind != reading.Punct {
		return false
	}
	switch q.wtext(i) {
	case ",", "—", "–", "--":
		return true
	}
	return false
}

// isTerminal reports whether word i ends a sentence or opens a bracket.
func (q *quoteScan) isTerminal(i int) bool {
	if q.ws[i].Kind != reading.Punct {
		return false
	}
	switch q.wtext(i) {
	case ".", "!", "?", ";", "(", ")", "...", "…", "[", "]":
		return true
	}
	return false
}

// participle reports whether t is the -ing form of a verb, which has no
// subject of its own after a comma ("..., adding that ...").
func participle(t string) bool {
	return len(t) > 4 && t[len(t)-3:] == "ing"
}
