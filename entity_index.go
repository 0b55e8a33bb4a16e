package newsparse

import (
	"slices"
	"sort"
)

// The other layers link the spans they find (speakers, sources,
// participants) to entities through the entities' mentions.

// mentionRef is an entity mention for linking spans to entities.
type mentionRef struct {
	start, end int
	id         EntityID
}

// mentionIndex lists every entity mention sorted by start.
func mentionIndex(ents []Entity) []mentionRef {
	return appendMentionIndex(nil, ents)
}

// appendMentionIndex is mentionIndex in ms's array, when it is large
// enough.
func appendMentionIndex(ms []mentionRef, ents []Entity) []mentionRef {
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	ms = reuse(ms, n)
	for _, e := range ents {
		for _, m := range e.Mentions {
			ms = append(ms, mentionRef{m.Start, m.End, e.ID})
		}
	}
	slices.SortFunc(ms, func(a, b mentionRef) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	return ms
}

// entityAt returns the entity of the last mention overlapping [start,
// end) (the head of "President Donald Trump"), or "".
func entityAt(ms []mentionRef, start, end int) EntityID {
	k := sort.Search(len(ms), func(x int) bool { return ms[x].start >= end })
	// Mentions never nest deeply, so looking back a few is enough.
	for x := k - 1; x >= 0 && x >= k-4; x-- {
		if ms[x].end > start {
			return ms[x].id
		}
	}
	return ""
}
