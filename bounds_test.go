package newsparse

import (
	"encoding/json"
	"strings"
	"testing"
)

// repeatTo repeats unit until the text holds at least n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)
}

// cycleTo joins the units in turn, over and over, up to n bytes.
func cycleTo(units []string, n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(units[i%len(units)])
	}
	return b.String()
}

// spanBytes returns the total length of every span in the Article: what
// its JSON form spends on text.
func spanBytes(a *Article) int {
	n := 0
	for _, h := range []*Span{a.Headline, a.Byline, a.Dateline} {
		if h != nil {
			n += h.End - h.Start
		}
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			n += m.End - m.Start
		}
	}
	for _, q := range a.Quotes {
		n += q.End - q.Start
		if q.Speaker != nil {
			n += q.Speaker.End - q.Speaker.Start
		}
		if q.Cue != nil {
			n += q.Cue.End - q.Cue.Start
		}
	}
	for _, t := range a.Times {
		n += t.End - t.Start
	}
	for _, ev := range a.Timeline {
		n += ev.Event.End - ev.Event.Start
	}
	for _, c := range a.Claims {
		n += c.End - c.Start
		for _, h := range c.Cues {
			n += h.End - h.Start
		}
		if c.Source != nil {
			n += c.Source.End - c.Source.Start
		}
	}
	return n
}

// The bounds that every hostile class must keep (see TestHostileClasses).
// Text spans in the output may repeat the input a few times over (a quote
// inside a claim inside a sentence), never in proportion to its length.
const (
	maxSpanBytesPerByte  = 8
	maxJSONBytesPerByte  = 40 // the JSON adds keys and offsets to every span
	maxAllocBytesPerByte = 40
	maxTimeRatio         = 2.5 // per-byte time at 8x the size, over that at the smaller
)

// checkOutputBound fails when the Article's spans hold more text than a
// small multiple of the input, or when its JSON is more than a larger
// multiple: the JSON writes texts the Go values only point into (each
// paragraph's and sentence's text, each span's), so a text written once
// per finding (a sentence's, say, on each of its timeline events) makes it
// grow with the square of the input where the Article does not.
func checkOutputBound(t testing.TB, text string, a *Article) {
	t.Helper()
	if n := spanBytes(a); n > maxSpanBytesPerByte*len(text)+1024 {
		t.Errorf("spans hold %d bytes of text for %d bytes of input (%.1fx; bound %dx)", n, len(text), float64(n)/float64(len(text)), maxSpanBytesPerByte)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Errorf("json.Marshal: %v", err)
		return
	}
	if n := len(b); n > maxJSONBytesPerByte*len(text)+4096 {
		t.Errorf("the JSON has %d bytes for %d bytes of input (%.1fx; bound %dx)", n, len(text), float64(n)/float64(len(text)), maxJSONBytesPerByte)
	}
}
