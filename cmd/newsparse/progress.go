package main

import (
	"fmt"
	"io"
	"time"
)

// progress writes the tool's messages on standard error and, when that is a
// terminal and the batch has run for a while, one progress line rewritten
// in place: "newsparse: 12,345 done, 850/s". A counter, not a bar: input
// streams in, so the total is not known. (A progress-bar library would draw
// a spinner here at best; these few lines need no dependency.)
type progress struct {
	w       io.Writer
	on      bool             // stderr is a terminal
	now     func() time.Time // the clock, for tests
	start   time.Time
	last    time.Time // when the line was last drawn
	n       int
	showing bool // the line is on the screen
	shown   bool // it has been
}

// Progress shows only after progressAfter, and redraws at most every
// progressEvery.
const (
	progressAfter = 2 * time.Second
	progressEvery = 250 * time.Millisecond
)

func newProgress(w io.Writer, on bool, now func() time.Time) *progress {
	return &progress{w: w, on: on, now: now, start: now()}
}

// printf writes one message line, clearing the progress line first.
func (p *progress) printf(format string, args ...any) {
	p.clear()
	fmt.Fprintf(p.w, format+"\n", args...)
}

// count counts one input done and redraws the line when it is time.
func (p *progress) count() {
	p.n++
	if !p.on {
		return
	}
	t := p.now()
	if t.Sub(p.start) < progressAfter || t.Sub(p.last) < progressEvery {
		return
	}
	p.last = t
	fmt.Fprintf(p.w, "\rnewsparse: %d done, %.0f/s ", p.n, float64(p.n)/t.Sub(p.start).Seconds())
	p.showing, p.shown = true, true
}

func (p *progress) clear() {
	if p.showing {
		fmt.Fprint(p.w, "\r\033[K")
		p.showing = false
	}
}

// finish leaves a last line with the total, when the progress line showed.
func (p *progress) finish() {
	if p.shown {
		p.clear()
		fmt.Fprintf(p.w, "newsparse: %d done in %.1fs\n", p.n, p.now().Sub(p.start).Seconds())
	}
}
