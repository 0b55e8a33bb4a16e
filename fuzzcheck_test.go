package newsparse

import (
	"strings"
	"testing"
)

// timexMods are the TIMEX3 modifiers a Time may carry.
var timexMods = map[string]bool{"": true, "BEFORE": true, "AFTER": true, "ON_OR_BEFORE": true, "ON_OR_AFTER": true,
	"LESS_THAN": true, "MORE_THAN": true, "EQUAL_OR_LESS": true, "EQUAL_OR_MORE": true,
	"START": true, "MID": true, "END": true, "APPROX": true}

// checkTimes fails unless every time is a valid span of text, in order,
// of a TIMEX3 type with a value of TIMEX3's alphabet and a TIMEX3 modifier,
// and every event of the timeline points at one of them with its value.
func checkTimes(t *testing.T, text string, times []Time, events []Event) {
	t.Helper()
	for i, tm := range times {
		if tm.Start < 0 || tm.End > len(text) || tm.Start >= tm.End || text[tm.Start:tm.End] != tm.Text {
			t.Fatalf("bad span %+v", tm)
		}
		if i > 0 && tm.Start < times[i-1].End {
			t.Fatalf("times %d and %d overlap or are out of order: %+v, %+v", i-1, i, times[i-1], tm)
		}
		switch tm.Type {
		case Date, Clock, Duration, Set:
		default:
			t.Fatalf("time %q has type %q", tm.Text, tm.Type)
		}
		if tm.Value == "" || strings.Trim(tm.Value, "0123456789XTPYMWDHSQFAUINOVERLC_:.-") != "" {
			t.Fatalf("time %q has value %q, outside TIMEX3's alphabet", tm.Text, tm.Value)
		}
		if !timexMods[tm.Mod] {
			t.Fatalf("time %q has mod %q", tm.Text, tm.Mod)
		}
	}
	for _, e := range events {
		if e.Time < 0 || e.Time >= len(times) || e.Value != times[e.Time].Value {
			t.Fatalf("event %+v does not point at its time", e)
		}
		if e.Event.Start < 0 || e.Event.End > len(text) || e.Event.Start > e.Event.End || text[e.Event.Start:e.Event.End] != e.Event.Text {
			t.Fatalf("bad event span %+v", e)
		}
		if e.Event.Start < e.Sentence.Start || e.Event.End > e.Sentence.End {
			t.Fatalf("event %q lies outside its sentence", e.Event.Text)
		}
	}
}
