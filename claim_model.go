package newsparse

// The learned check on hedge cues. The lexicon and its context rules
// (cueApplies) propose a cue; in news copy, a linear model over the cue's
// words and their neighbours decides whether it hedges here. It learns
// what the rules cannot list: which quantifiers, conditionals and
// reporting phrases newsrooms use without doubt. It is trained on news
// (FactBank's articles, whose cues are marked one by one), so it is not
// applied to reference prose, where the same words hedge in other ways
// (looksLikeNews). The features are hashed from strings without building
// them.

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
)

// fnv32 hashing, written out so that no string is built.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func fnvByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// feature returns the hash of a template and up to two strings.
func feature(t byte, a, b string) uint32 {
	h := fnvByte(fnvOffset, t)
	h = fnvString(h, a)
	h = fnvByte(h, 0)
	return fnvString(h, b)
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
		switch sc.ws[j].kind {
		case wAlpha:
			shape = "word"
		case wNumber:
			shape = "num"
		case wQuote:
			shape = "quote"
		default:
			shape = sc.low[j]
		}
	}
	return append(fs, feature(fShapeNext, cue, shape))
}

// looksLikeNews reports whether at least one sentence in ten of d reports
// speech (said, says, told, according to, or a double quotation mark):
// the mark of news copy, as against reference prose.
func looksLikeNews(d *doc) bool {
	n := 0
	for _, s := range d.sents {
		for k := s.word0; k < s.wordEnd; k++ {
			if w := d.lower[k]; w == "said" || w == "says" || w == "told" || w == "according" || w == "\"" || w == "“" || w == "”" {
				n++
				break
			}
		}
	}
	return len(d.sents) > 0 && 10*n >= len(d.sents)
}

// hedgesHere reports whether the learned model keeps the cue e at words
// [i, j): always, when there is no model.
func (sc *sentScan) hedgesHere(i, j int, e cueEntry) bool {
	if sc.model == nil || !learnedKind(e.kind) {
		return true
	}
	sc.feats = sc.cueFeatures(sc.feats[:0], i, j, e)
	return sc.model.Score(sc.feats) > 0
}

// learnedKind reports whether the model judges cues of kind k. Anonymous
// sources and denials are not hedges in FactBank's sense, which marks the
// words of uncertainty only, yet readers need them ("sources said", "the
// Kremlin denied"): the rules alone decide them.
func learnedKind(k HedgeKind) bool { return k != HedgeSource && k != HedgeDenial }
