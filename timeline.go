package newsparse

import (
	"sort"
	"time"

	"github.com/newsparse/newsparse/internal/timeline"
	"github.com/newsparse/newsparse/internal/times"
)

// Timeline returns the events of text anchored by its dates and times, in
// time order (ties in text order), resolved against published. Entities are
// not recognized here, so each Event's Entities list is empty; use [Parse]
// for events with their participants.
func Timeline(text string, published time.Time) []Event {
	d := newDoc(text)
	return buildTimeline(d, findTimes(d, published), nil)
}

// buildTimeline runs the timeline layer (internal/timeline) on d and its
// times ts, and gives each event its participants: the entities of ents
// named in the event's sentence.
func buildTimeline(d *doc, ts []Time, ents []Entity) []Event {
	found := make([]times.Time, len(ts))
	for i, t := range ts {
		found[i] = times.Time{Start: t.Start, End: t.End, Type: times.Type(t.Type), Value: t.Value, Mod: t.Mod}
	}
	return timelineOf(d, found, ents)
}

// timelineOf is buildTimeline given the times layer's own findings.
func timelineOf(d *doc, found []times.Time, ents []Entity) []Event {
	evs := timeline.Build(&d.Doc, found)
	out := make([]Event, len(evs))
	for i, e := range evs {
		out[i] = Event{Time: e.Time, Value: e.Value, Event: span(d.Text, e.Event.Start, e.Event.End),
			Sentence: Sentence{Start: e.Sentence.Start, End: e.Sentence.End}}
	}
	// Participants are the people, organisations and places named in the
	// event's sentence; a nationality ("Ukrainian President ...") is not one.
	groups := map[EntityID]bool{}
	for _, e := range ents {
		if e.Type == NORP {
			groups[e.ID] = true
		}
	}
	ms := d.mentionsOf(ents)
	// The events' lists share one array; each is capped so that appending
	// to one cannot overwrite the next. Events of one sentence share its
	// list, computed once.
	buf := make([]EntityID, 0, 4*len(out))
	bySentence := map[int][]EntityID{}
	seen := map[EntityID]int{} // the last sentence start an entity was listed for, plus 1
	for i := range out {
		s := out[i].Sentence
		lo := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= s.Start })
		hi := lo + sort.Search(len(ms)-lo, func(k int) bool { return ms[lo+k].Start >= s.End })
		if hi-lo > 2*participantWindow {
			// A sentence of endless length: the participants are the
			// names nearest the event, so that every event's list, and
			// the work to make it, stays bounded.
			at := lo + sort.Search(hi-lo, func(k int) bool { return ms[lo+k].Start >= out[i].Event.Start })
			lo, hi = max(lo, at-participantWindow), min(hi, at+participantWindow)
			n := len(buf)
			buf = appendParticipants(buf, ms[lo:hi], groups, seen, -2-out[i].Event.Start, s)
			out[i].Entities = buf[n:len(buf):len(buf)]
			continue
		}
		ids, ok := bySentence[s.Start]
		if !ok {
			n := len(buf)
			buf = appendParticipants(buf, ms[lo:hi], groups, seen, s.Start, s)
			ids = buf[n:len(buf):len(buf)]
			bySentence[s.Start] = ids
		}
		out[i].Entities = ids
	}
	return out
}

// participantWindow is how many name mentions on each side of its event a
// sentence of more than twice as many gives an event as participants.
const participantWindow = 32

// appendParticipants appends to ids the IDs of the entities of ms (the
// mentions of one sentence s, sorted by start), in order of their first
// mention, once each. seen holds for each entity the stamp of the list it
// was last appended to, so that the test is one look-up; stamp names this
// list.
func appendParticipants(ids []EntityID, ms []mentionRef, skip map[EntityID]bool, seen map[EntityID]int, stamp int, s Sentence) []EntityID {
	for _, m := range ms {
		if m.End > s.End || skip[EntityID(m.ID)] || seen[EntityID(m.ID)] == stamp+1 {
			continue
		}
		seen[EntityID(m.ID)] = stamp + 1
		ids = append(ids, EntityID(m.ID))
	}
	return ids
}
