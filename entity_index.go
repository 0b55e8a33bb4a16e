package newsparse

import (
	"slices"

	"github.com/newsparse/newsparse/internal/names"
)

// The other layers link the spans they find (speakers, sources,
// participants) to entities through the entities' mentions.

// mentionRef is an entity mention for linking spans to entities.
type mentionRef = names.Ref

// appendMentionIndex lists every mention of ents sorted by start, then
// end, in ms's array when it is large enough.
func appendMentionIndex(ms []mentionRef, ents []Entity) []mentionRef {
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	ms = reuse(ms, n)
	for _, e := range ents {
		for _, m := range e.Mentions {
			ms = append(ms, mentionRef{Start: m.Start, End: m.End, ID: string(e.ID)})
		}
	}
	slices.SortFunc(ms, func(a, b mentionRef) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return ms
}

// entityAt returns the entity of the last mention of ms overlapping
// [start, end) (the head of "President Donald Trump"), or "".
func entityAt(ms []mentionRef, start, end int) EntityID {
	return EntityID(names.At(ms, start, end))
}
