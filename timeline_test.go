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

func TestValueStart(t *testing.T) {
	for v, want := range map[string]string{
		"2025-08-15": "2025-08-15", "2025-08": "2025-08-01", "2025": "2025-01-01",
		"2025-W33": "2025-08-11", "2025-Q3": "2025-07-01", "2025-H2": "2025-07-01",
		"2025-SU": "2025-06-01", "2025-WI": "2025-12-01", "199": "1990-01-01", "19": "1900-01-01",
		"2025-08-15TNI": "2025-08-15",
	} {
		got, ok := valueStart(v)
		if !ok || fmtDay(got) != want {
			t.Errorf("valueStart(%q) = %v %v, want %s", v, got, ok, want)
		}
	}
	for _, v := range []string{"XXXX-WXX-5", "PRESENT_REF", "2025-WX", "2025-Q9", "X", "2025-", "2025-1"} {
		if _, ok := valueStart(v); ok {
			t.Errorf("valueStart(%q) ok, want unknown", v)
		}
	}
}
