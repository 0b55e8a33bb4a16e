package newsparse

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// richNews returns about n bytes of made-up news in which every layer has
// work: many distinct people, places and organisations, pronouns that
// look back to them, direct and reported quotes, dates and clock times,
// hedges and anonymous sources. Names vary, so that no layer can get by on
// a handful of repeated strings. The one man is named first: a "he" after
// that finds nobody near, as a pronoun often does, and its look-back must
// stay bounded.
func richNews(n int) string {
	first := []string{"Maria", "Anna", "Sarah", "Emma", "Laura", "Julia", "Elena", "Nancy", "Susan", "Karen", "Linda", "Alice"}
	last := []string{"Ruiz", "Berg", "Novak", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Kowalski", "Brandt", "Adeyemi"}
	places := []string{"Harbor City", "Lisbon", "Nairobi", "Kraków", "Osaka", "Quito", "Tampere", "Accra"}
	orgs := []string{"Acme Holdings", "the Harbor Post", "the city council", "the Ministry of Transport", "the World Bank"}
	days := []string{"Monday", "Tuesday", "Friday", "March 3", "last week", "12:50 p.m. on Sunday", "2019"}
	var b strings.Builder
	b.WriteString("Tom Berg, the mayor, opened the session.\n\n")
	for i := 0; b.Len() < n; i++ {
		p := first[i%len(first)] + " " + last[(i/len(first))%len(last)]
		q := first[(i+5)%len(first)] + " " + last[(i/3)%len(last)]
		pl, org, day := places[i%len(places)], orgs[i%len(orgs)], days[i%len(days)]
		fmt.Fprintf(&b, "%s (Reuters) - %s, a spokeswoman for %s, said on %s that the plan might be delayed. ", strings.ToUpper(pl), p, org, day)
		fmt.Fprintf(&b, "“We will not sign it,” she told reporters in %s. %s denied the report, ", pl, q)
		fmt.Fprintf(&b, "which officials familiar with the talks said could cost %d jobs.\n\n", 100+i)
		fmt.Fprintf(&b, "“Not yet,” he said. She later met %s in %s, according to %s. ", p, pl, org)
		fmt.Fprintf(&b, "The vote, %s argued, was “rushed and possibly unlawful.”\n\n", q)
	}
	return b.String()
}

// layerTime returns the least CPU time of runs calls of f, with the
// garbage collector held off during each call so that the heap's size does
// not weigh on the smaller input less than on the larger.
func layerTime(runs int, f func()) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best := time.Duration(1<<63 - 1)
	for i := 0; i < runs; i++ {
		runtime.GC()
		start := cpuNow()
		f()
		best = min(best, cpuNow()-start)
	}
	return best
}

// TestLayersLinear parses n and 4n bytes of rich news and checks, layer by
// layer, that the time per byte at 4n stays within 2x of that at n: a
// layer linear in its input keeps it near 1, a quadratic one reaches 4.
func TestLayersLinear(t *testing.T) {
	if raceEnabled {
		t.Skip("timing under the race detector says nothing")
	}
	const n = 128 << 10
	pub := time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)
	type input struct {
		d      *doc
		ents   []Entity
		quotes []Quote
		times  []Time
	}
	prepare := func(text string) input {
		d := newDoc(text)
		ents := findEntities(d)
		return input{d, ents, findQuotes(d, ents), findTimes(d, pub)}
	}
	small, large := richNews(n), richNews(4*n)
	in := [2]input{prepare(small), prepare(large)}
	texts := [2]string{small, large}
	layers := []struct {
		name string
		run  func(in input, text string)
	}{
		{"paragraphs", func(in input, text string) { newDoc(text) }},
		{"entities", func(in input, text string) { findEntities(in.d) }},
		{"quotes", func(in input, text string) { findQuotes(in.d, in.ents) }},
		{"times", func(in input, text string) { findTimes(in.d, pub) }},
		{"timeline", func(in input, text string) { buildTimeline(in.d, in.times, in.ents) }},
		{"claims", func(in input, text string) { findClaims(in.d, in.ents, in.quotes) }},
		{"Parse", func(in input, text string) { Parse(text, Options{Published: pub}) }},
	}
	for _, l := range layers {
		t.Run(l.name, func(t *testing.T) {
			var ratio float64
			for try := 0; try < 3; try++ { // a busy machine may slow one run
				ts := layerTime(5, func() { l.run(in[0], texts[0]) })
				tl := layerTime(3, func() { l.run(in[1], texts[1]) })
				ratio = (float64(tl) / float64(len(large))) / (float64(ts) / float64(len(small)))
				t.Logf("%v for %d KB, %v for %d KB: per-byte ratio %.2f", ts, len(small)>>10, tl, len(large)>>10, ratio)
				if ratio <= 2 {
					return
				}
			}
			t.Errorf("per-byte time at %d KB is %.1fx that at %d KB: not linear", len(large)>>10, ratio, len(small)>>10)
		})
	}
}

// TestTimelineLongSentence: events in one endless sentence. Each event's
// participants once came from a scan of the whole sentence, with a linear
// test of each: cubic time.
func TestTimelineLongSentence(t *testing.T) {
	if raceEnabled {
		t.Skip("timing under the race detector says nothing")
	}
	pub := time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)
	run := func(n int) (time.Duration, int) {
		text := repeatTo("Trump met Putin on Friday and ", n)
		d := newDoc(text)
		ents := findEntities(d)
		times := findTimes(d, pub)
		return layerTime(3, func() { buildTimeline(d, times, ents) }), len(text)
	}
	var ratio float64
	for try := 0; try < 3; try++ {
		ts, ns := run(64 << 10)
		tl, nl := run(256 << 10)
		ratio = (float64(tl) / float64(nl)) / (float64(ts) / float64(ns))
		t.Logf("%v for %d KB, %v for %d KB: per-byte ratio %.2f", ts, ns>>10, tl, nl>>10, ratio)
		if ratio <= 2 {
			return
		}
	}
	t.Errorf("per-byte time of the timeline at 4x the input is %.1fx: not linear", ratio)
}

// checkLinear times f on gen(n) and gen(4n) and fails when the time per
// byte at 4n is more than twice that at n (a quadratic f gives 4).
func checkLinear(t *testing.T, what string, gen func(n int) string, n int, f func(text string)) {
	t.Helper()
	if raceEnabled {
		t.Logf("%s: not timed under the race detector, which slows code unevenly", what)
		return
	}
	small, large := gen(n), gen(4*n)
	var ratio float64
	for try := 0; try < 3; try++ { // a busy machine may slow one run
		ts := layerTime(3, func() { f(small) })
		tl := layerTime(2, func() { f(large) })
		ratio = (float64(tl) / float64(len(large))) / (float64(ts) / float64(len(small)))
		if ratio <= 2 {
			return
		}
		t.Logf("%s: %v for %d KB, %v for %d KB: per-byte ratio %.2f", what, ts, len(small)>>10, tl, len(large)>>10, ratio)
	}
	t.Errorf("%s: per-byte time at %d KB is %.1fx that at %d KB: not linear", what, len(large)>>10, ratio, len(small)>>10)
}
