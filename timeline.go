package newsparse

// buildTimeline orders the events anchored by times. (Issue 5.)
func buildTimeline(d *doc, times []Time, ents []Entity) []Event {
	return []Event{}
}
