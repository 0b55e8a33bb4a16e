package newsparse

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteText writes a compact plain-text summary of a for a reader at a
// terminal: text is the text a was parsed from. It gives the header and
// counts, the entities by number of mentions, the quotes as
// `speaker (cue): "content"`, the times with their values, the timeline as
// dated lines and the claims with their certainty and cues.
//
// Each finding is written on one line: runs of white space become one
// space, and control characters, NUL and invalid UTF-8 bytes become U+FFFD,
// so no escape sequence from the article reaches the terminal. Quoted text
// is written in full; names and cues are cut at 60 characters.
//
// WriteText returns an error, before writing anything, when a span of a
// lies outside text, and any error from w. It is safe for concurrent use;
// output is deterministic.
func (a *Article) WriteText(w io.Writer, text string) error {
	if err := a.checkSpans(text); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	a.writeText(bw, text)
	return bw.Flush()
}

func (a *Article) writeText(w *bufio.Writer, text string) {
	const long = 1 << 30 // quoted text is never cut
	of := func(s, e, max int) string { return oneLine(text[s:e], max) }
	header := func(label string, s *Span) {
		v := "-"
		if s != nil {
			v = of(s.Start, s.End, long)
		}
		fmt.Fprintf(w, "%-10s%s\n", label, v)
	}
	header("headline", a.Headline)
	header("byline", a.Byline)
	header("dateline", a.Dateline)
	pub := "- (relative dates unresolved)"
	if !a.Published.IsZero() {
		pub = a.Published.Format("2006-01-02")
	}
	fmt.Fprintf(w, "%-10s%s\n", "published", pub)
	sentences := 0
	for _, p := range a.Paragraphs {
		sentences += len(p.Sentences)
	}
	fmt.Fprintf(w, "%-10s%s, %s\n", "body", count(len(a.Paragraphs), "paragraph"), count(sentences, "sentence"))

	ents := make(map[EntityID]*Entity, len(a.Entities))
	order := make([]*Entity, len(a.Entities))
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
		order[i] = &a.Entities[i]
	}
	sort.SliceStable(order, func(i, j int) bool { return len(order[i].Mentions) > len(order[j].Mentions) })
	fmt.Fprintf(w, "\nEntities (%d)\n", len(a.Entities))
	for _, e := range order {
		fmt.Fprintf(w, "  %3d  %s (%s, %s)\n", len(e.Mentions), oneLine(e.Name, 60), oneLine(string(e.Type), 20), oneLine(string(e.ID), 20))
	}

	// who names a speaker or source: its words, and its entity's name when
	// that says more.
	who := func(s *Speaker) string {
		if s == nil {
			return "(no speaker)"
		}
		words := of(s.Start, s.End, 60)
		if e, ok := ents[s.Entity]; ok && oneLine(e.Name, 60) != words {
			return words + " [" + oneLine(e.Name, 60) + "]"
		}
		return words
	}
	fmt.Fprintf(w, "\nQuotes (%d)\n", len(a.Quotes))
	for _, q := range a.Quotes {
		cue := "no cue"
		if q.Cue != nil {
			cue = of(q.Cue.Start, q.Cue.End, 60)
		}
		fmt.Fprintf(w, "  %-8s  %s (%s): \"%s\"\n", oneLine(string(q.Kind), 20), who(q.Speaker), cue, quotedWords(q, text, long))
	}

	fmt.Fprintf(w, "\nTimes (%d)\n", len(a.Times))
	for _, t := range a.Times {
		mod := ""
		if t.Mod != "" {
			mod = ", " + oneLine(t.Mod, 20)
		}
		fmt.Fprintf(w, "  %-12s  %s (%s%s)\n", oneLine(t.Value, 40), of(t.Start, t.End, long), oneLine(string(t.Type), 20), mod)
	}

	fmt.Fprintf(w, "\nTimeline (%d)\n", len(a.Timeline))
	for _, ev := range a.Timeline {
		var names []string
		for _, id := range ev.Entities {
			if e, ok := ents[id]; ok {
				names = append(names, oneLine(e.Name, 60))
			} else {
				names = append(names, oneLine(string(id), 20))
			}
		}
		with := ""
		if len(names) > 0 {
			with = " (" + strings.Join(names, ", ") + ")"
		}
		fmt.Fprintf(w, "  %-12s  %s%s\n", oneLine(ev.Value, 40), of(ev.Event.Start, ev.Event.End, long), with)
	}

	fmt.Fprintf(w, "\nClaims (%d)\n", len(a.Claims))
	for _, c := range a.Claims {
		var cues []string
		for _, h := range c.Cues {
			cues = append(cues, of(h.Start, h.End, 60)+" ("+oneLine(string(h.Kind), 20)+")")
		}
		cert := oneLine(string(c.Certainty), 20)
		if !c.Hedged {
			cert += ", not hedged"
		}
		fmt.Fprintf(w, "  %-8s  \"%s\"\n", cert, of(c.Start, c.End, long))
		if len(cues) > 0 {
			fmt.Fprintf(w, "  %-8s  cues: %s\n", "", strings.Join(cues, ", "))
		}
		if c.Source != nil {
			fmt.Fprintf(w, "  %-8s  source: %s\n", "", who(c.Source))
		}
	}
}
