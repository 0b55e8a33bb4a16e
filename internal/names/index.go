package names

import "sort"

// Ref is an entity's mention, Text[Start:End], for linking the spans other
// layers find (speakers, sources, participants) to entities.
type Ref struct {
	Start, End int
	ID         string
}

// At returns the ID of the entity of the last mention of ms (sorted by
// start, then end) that overlaps [start, end): the head of "President
// Donald Trump"; or "".
func At(ms []Ref, start, end int) string {
	k := sort.Search(len(ms), func(x int) bool { return ms[x].Start >= end })
	// Mentions never nest deeply, so looking back a few is enough.
	for x := k - 1; x >= 0 && x >= k-4; x-- {
		if ms[x].End > start {
			return ms[x].ID
		}
	}
	return ""
}
