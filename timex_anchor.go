package newsparse

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
