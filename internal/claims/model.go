package claims

// The learned check on hedge cues. The lexicon and its context rules
// (cueApplies) propose a cue; in news copy, a linear model over the cue's
// words and their neighbours decides whether it hedges here. It learns
// what the rules cannot list: which quantifiers, conditionals and
// reporting phrases newsrooms use without doubt. It is trained on news
// (FactBank's articles, whose cues are marked one by one), so it is not
// applied to reference prose, where the same words hedge in other ways
// and a second model, trained on Wikipedia sentences, judges them (see
// genreOf); it also reads the parts of speech of the cue's sentence
// (see tagFeatures). The features are hashed from strings
// without building them.

import (
	"strconv"
	"strings"

	"github.com/newsparse/newsparse/internal/fnv"
	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/internal/syntax"
)

// Templates of the cue features: one byte that starts each hash.
const (
	fBias byte = iota
	fCue
	fKind
	fRule
	fPrev
	fPrev2
	fNext
	fNext2
	fPrevCue
	fCueNext
	fFirst
	fCapNext
	fLen
	fShapeNext
	fCert
	fCond
	// reference prose only
	fSuffixNext
	fSuffixPrev
	fOther
	fOthers
	fFacts
	// reference prose: parts of speech
	fPOS
	fPOSKind
	fSubjPOS
	fVPHead
)

// feature returns the hash of a template and up to two strings.
func feature(t byte, a, b string) uint32 {
	h := fnv.Byte(fnv.Offset, t)
	h = fnv.String(h, a)
	h = fnv.Byte(h, 0)
	return fnv.String(h, b)
}

// cueFeatures appends to fs the features of the cue e at words [i, j) of
// the current sentence.
func (sc *sentScan) cueFeatures(fs []uint32, i, j int, e cueEntry) []uint32 {
	n := len(sc.ws)
	word := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= n {
			return "</s>"
		}
		return sc.low[k]
	}
	cue := e.words[0]
	if len(e.words) > 1 {
		cue = e.words[0] + " " + e.words[len(e.words)-1] // two words say enough
	}
	fs = append(fs,
		feature(fBias, "", ""),
		feature(fCue, cue, ""),
		feature(fKind, string(e.kind), ""),
		feature(fRule, e.rule, string(e.kind)),
		feature(fCert, string(e.cert), ""),
		feature(fPrev, word(i-1), ""),
		feature(fPrev2, word(i-2), word(i-1)),
		feature(fNext, word(j), ""),
		feature(fNext2, word(j), word(j+1)),
		feature(fPrevCue, word(i-1), cue),
		feature(fCueNext, cue, word(j)),
	)
	if i == 0 {
		fs = append(fs, feature(fFirst, cue, ""))
	}
	if j < n && sc.isCap(j) {
		fs = append(fs, feature(fCapNext, cue, ""))
	}
	size := "short"
	switch {
	case n > 40:
		size = "long"
	case n > 15:
		size = "mid"
	}
	fs = append(fs, feature(fLen, size, string(e.kind)))
	shape := "end"
	if j < n {
		switch sc.ws[j].Kind {
		case reading.Alpha:
			shape = "word"
		case reading.Number:
			shape = "num"
		case reading.Quote:
			shape = "quote"
		default:
			shape = sc.low[j]
		}
	}
	fs = append(fs, feature(fShapeNext, cue, shape))
	if e.kind == Modal && sc.hasCondition() {
		// "fares would double if ...": a consequence of a condition.
		fs = append(fs, feature(fCond, cue, ""))
	}
	if sc.ref {
		fs = sc.refFeatures(fs, i, j, cue, e)
	}
	return fs
}

// tagFeatures appends the features the reference model reads of the
// parts of speech of the cue's sentence (see tags.go): the cue's
// ("suspect" NN or VBP, "may" MD or NNP), alone and by the cue's kind;
// that of the last noun or pronoun before it in its clause, its subject
// most often (a generic plural, a pronoun, a name); and, for a verb or a
// modal, that of the last verb of the verb group it opens, the verb a
// modal governs ("could have been" VBN).
func (sc *sentScan) tagFeatures(fs []uint32, i, j int, cue string, e cueEntry) []uint32 {
	// The words read, and two more on each side for the tagger to read
	// them in context.
	a, b := max(max(sc.prev[i], i-6)-2, 0), min(min(max(sc.next[i], j), j+8)+2, len(sc.ws))
	sc.tagRange(a, b)
	pos := sc.tags.pos
	p := syntax.POSName(pos[i])
	fs = append(fs, feature(fPOS, cue, p), feature(fPOSKind, string(e.kind), p))
	sub := "none"
	for k := i - 1; k >= sc.prev[i] && k >= i-6; k-- {
		if nominal(pos[k]) {
			sub = syntax.POSName(pos[k])
			break
		}
	}
	fs = append(fs, feature(fSubjPOS, cue, sub))
	if verbal(pos[j-1]) {
		// The verb group: verbs, adverbs and "to" after the cue, a few
		// words at most.
		h := j - 1
		for k := j; k < b && k < j+8 && (verbal(pos[k]) || pos[k] == syntax.RB || pos[k] == syntax.TO); k++ {
			if verbal(pos[k]) {
				h = k
			}
		}
		fs = append(fs, feature(fVPHead, cue, syntax.POSName(pos[h])))
	}
	return fs
}

// nominal reports whether the part of speech t is a noun's, a personal
// pronoun's or a number's.
func nominal(t uint8) bool {
	switch t {
	case syntax.NN, syntax.NNS, syntax.NNP, syntax.NNPS, syntax.PRP, syntax.CD:
		return true
	}
	return false
}

// verbal reports whether the part of speech t is a verb's or a modal's.
func verbal(t uint8) bool { return t == syntax.MD || t >= syntax.VB && t <= syntax.VBZ }

// refFeatures appends the features the reference model reads besides the
// shared ones: the classes of the cue's neighbours by their endings ("one
// of the oldest", "some historians", "is widely"), the sentence's other
// cues and facts, and the tags of tagFeatures.
func (sc *sentScan) refFeatures(fs []uint32, i, j int, cue string, e cueEntry) []uint32 {
	n := len(sc.ws)
	if j < n {
		fs = append(fs, feature(fSuffixNext, cue, suffixClass(sc.low[j])))
	}
	if i > 0 {
		fs = append(fs, feature(fSuffixPrev, cue, suffixClass(sc.low[i-1])))
	}
	n = 0
	for _, h := range sc.others {
		if h.i == i {
			continue
		}
		n++
		fs = append(fs, feature(fOther, string(h.entry.kind), ""), feature(fOther, h.entry.words[0], "w"))
	}
	fs = append(fs, feature(fOthers, strconv.Itoa(min(n, 3)), ""))
	nums, caps := 0, 0
	for k := range sc.ws {
		switch {
		case sc.ws[k].Kind == reading.Number:
			nums++
		case k > 0 && sc.isCap(k):
			caps++
		}
	}
	fs = append(fs, feature(fFacts, strconv.Itoa(min(nums, 2)), strconv.Itoa(min(4*caps/max(len(sc.ws), 1), 2))))
	return sc.tagFeatures(fs, i, j, cue, e)
}

// maxOtherCues bounds the cues refCues collects in a sentence.
const maxOtherCues = 8

// refCues collects in sc.others the cues the rules propose in the current
// sentence, for refFeatures.
func (sc *sentScan) refCues() {
	sc.others = sc.others[:0]
	for i := 0; i < len(sc.ws); i++ {
		if sc.cls(i)&kCue == 0 || sc.ws[i].Kind != reading.Alpha && sc.ws[i].Kind != reading.Abbrev {
			continue
		}
		if e, j, ok := sc.match(i); ok {
			sc.others = append(sc.others, cueHit{i, j, e})
			if len(sc.others) == maxOtherCues {
				return // each cue reads the others: bounded, not quadratic
			}
			i = j - 1
		}
	}
}

// suffixClass names the class of a word that its form says: a form of
// "be", a determiner, a superlative, an adverb, a participle, a noun of
// people ("critics", "historians"), a noun of time, a plural.
func suffixClass(w string) string {
	switch {
	case beForms[w]:
		return "be"
	case determiners[w]:
		return "det"
	case len(w) > 4 && strings.HasSuffix(w, "est"):
		return "est"
	case len(w) > 4 && strings.HasSuffix(w, "ly"):
		return "ly"
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return "ed"
	case len(w) > 4 && strings.HasSuffix(w, "ing"):
		return "ing"
	case people[w] || len(w) > 5 && (strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "ors")):
		return "agents"
	case timeNouns[w]:
		return "time"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return "s"
	}
	return ""
}

// hedgesHere reports whether the learned model keeps the cue e at words
// [i, j): always, when there is no model.
func (sc *sentScan) hedgesHere(i, j int, e cueEntry) bool {
	if sc.model == nil || !learnedCue(e, sc.ref) {
		return true
	}
	sc.feats = sc.cueFeatures(sc.feats[:0], i, j, e)
	return sc.model.Score(sc.feats) > 0
}

// learnedCue reports whether the model judges the cue e. In news,
// anonymous sources and denials are not hedges in FactBank's sense, which
// marks the words of uncertainty only, yet readers need them ("sources
// said", "the Kremlin denied"): the rules alone decide them. In reference
// prose vague sources are the commonest weasel words, and the model judges
// them too ("critics" hedges in "critics argue", not in "a film panned by
// critics"); denials stay with the rules. "Seem" and its forms hedge
// wherever the raising rule lets them through (FactBank marks every one),
// and are too rare for the model to learn: the rules decide them.
func learnedCue(e cueEntry, ref bool) bool {
	if e.rule == "raising" && strings.HasPrefix(e.words[0], "seem") {
		return false
	}
	return e.kind != Denial && (ref || e.kind != Source)
}

// people are nouns of persons that suffixClass cannot tell by their
// ending.
var people = wordSet("people persons men women critics scholars experts fans observers sources officials others")
