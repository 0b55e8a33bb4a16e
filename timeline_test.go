package newsparse

import (
	"reflect"
	"testing"
)

// TestTimelineEntities checks participants with hand-built entities: the
// entities layer is built elsewhere.
func TestTimelineEntities(t *testing.T) {
	text := "Ana Ruiz met Tom Berg on Friday. On Monday, Berg will visit Lima."
	pub := pubDate("2025-08-16")
	d := newDoc(text)
	times := findTimes(d, pub)
	ents := []Entity{
		{ID: "e1", Name: "Ana Ruiz", Type: Person, Mentions: []Span{span(text, 0, 8)}},
		{ID: "e2", Name: "Tom Berg", Type: Person, Mentions: []Span{span(text, 13, 21), span(text, 44, 48)}},
		{ID: "e3", Name: "Lima", Type: GPE, Mentions: []Span{span(text, 60, 64)}},
	}
	evs := buildTimeline(d, times, ents)
	if len(evs) != 2 {
		t.Fatalf("got %d events: %+v", len(evs), evs)
	}
	if evs[0].Event.Text != "met Tom Berg" || evs[0].Value != "2025-08-15" {
		t.Errorf("first event %q %s", evs[0].Event.Text, evs[0].Value)
	}
	if want := []EntityID{"e1", "e2"}; !reflect.DeepEqual(evs[0].Entities, want) {
		t.Errorf("first event entities %v, want %v", evs[0].Entities, want)
	}
	if evs[1].Event.Text != "will visit Lima" || evs[1].Value != "2025-08-18" {
		t.Errorf("second event %q %s", evs[1].Event.Text, evs[1].Value)
	}
	if want := []EntityID{"e2", "e3"}; !reflect.DeepEqual(evs[1].Entities, want) {
		t.Errorf("second event entities %v, want %v", evs[1].Entities, want)
	}
}
