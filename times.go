package newsparse

import (
	"time"

	"github.com/newsparse/newsparse/internal/times"
)

// Times returns the temporal expressions of text, normalized to TIMEX3
// values against published (only its date counts). With a zero published
// date, relative expressions keep their TIMEX3 shape with the unknown parts
// as X ("XXXX-WXX-5" for "Friday"). The result is sorted by position and
// is empty, never nil, when text has no temporal expression.
func Times(text string, published time.Time) []Time {
	return findTimes(newDoc(text), published)
}

// findTimes runs the times layer (internal/times) on d and gives its
// findings as the Article holds them: spans of the text.
func findTimes(d *doc, published time.Time) []Time {
	return timeSpans(d.Text, times.Find(&d.Doc, published, &d.w.times))
}

// timeSpans gives the times layer's findings in text as the Article holds
// them.
func timeSpans(text string, found []times.Time) []Time {
	out := make([]Time, len(found))
	for i, t := range found {
		out[i] = Time{Span: span(text, t.Start, t.End), Type: TimeType(t.Type), Value: t.Value, Mod: t.Mod}
	}
	return out
}
