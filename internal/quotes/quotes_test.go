package quotes

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/names"
)

func TestSpeakerLinker(t *testing.T) {
	text := "Jane Roe met the Acme Corp board. Later she said it would grow."
	ents := []names.Entity{
		{ID: "e1", Name: "Jane Roe", Type: names.Person, Mentions: []names.Span{nspan(text, 0, 8)}},
		{ID: "e2", Name: "Acme Corp", Type: names.Org, Mentions: []names.Span{nspan(text, 17, 26)}},
	}
	l := testLinker(ents)
	she := strings.Index(text, "she")
	it := strings.Index(text, "it would")
	for _, tc := range []struct {
		sp   Span
		want string
	}{
		{span(text, 0, 8), "e1"},       // the name itself
		{span(text, 13, 32), "e2"},     // a nominal speaker naming an entity: "the Acme Corp board"
		{span(text, she, she+3), "e1"}, // a pronoun: the nearest person before it
		{span(text, it, it+2), "e2"},   // "it": the nearest organisation
		{span(text, 9, 12), ""},        // no name in "met"
	} {
		if got := l.link(text, tc.sp); got != tc.want {
			t.Errorf("link(%q) = %q, want %q", tc.sp.Text, got, tc.want)
		}
	}
	// A pronoun with no compatible entity before it stays unlinked.
	if got := testLinker(ents[1:]).link(text, span(text, she, she+3)); got != "" {
		t.Errorf("she with no person before: got %q", got)
	}
	// "he" skips a woman named just before him, "she" a man.
	text2 := "Tom Reyes met Mary Ortiz. Later he said it would grow."
	he := strings.Index(text2, "he said")
	l2 := testLinker([]names.Entity{
		{ID: "e1", Name: "Tom Reyes", Type: names.Person, Mentions: []names.Span{nspan(text2, 0, 9)}, Gender: "male"},
		{ID: "e2", Name: "Mary Ortiz", Type: names.Person, Mentions: []names.Span{nspan(text2, 14, 24)}, Gender: "female"},
	})
	if got := l2.link(text2, span(text2, he, he+2)); got != "e1" {
		t.Errorf("he after a woman: got %q, want e1", got)
	}
	text3 := "Mary Ortiz met Tom Reyes. Later she said it would grow."
	she3 := strings.Index(text3, "she said")
	l3 := testLinker([]names.Entity{
		{ID: "e1", Name: "Mary Ortiz", Type: names.Person, Mentions: []names.Span{nspan(text3, 0, 10)}, Gender: "female"},
		{ID: "e2", Name: "Tom Reyes", Type: names.Person, Mentions: []names.Span{nspan(text3, 15, 24)}, Gender: "male"},
	})
	if got := l3.link(text3, span(text3, she3, she3+3)); got != "e1" {
		t.Errorf("she after a man: got %q, want e1", got)
	}
	if got := testLinker(nil).link(text, span(text, 0, 8)); got != "" {
		t.Errorf("no entities: got %q", got)
	}
	// A name that runs past the speaker's words into the cue (a title-case
	// headline read as one name) is not the speaker's entity.
	// A place or firm after the speaker's role is where the speaker
	// works, not the speaker.
	text5 := "The mayor of Dunmore said the wall would go."
	l5 := testLinker([]names.Entity{{ID: "e1", Name: "Dunmore", Type: names.GPE, Mentions: []names.Span{nspan(text5, 13, 20)}}})
	if got := l5.link(text5, span(text5, 0, 20)); got != "" {
		t.Errorf("the mayor of a town: got %q, want none", got)
	}
	// A mention that starts before the speaker's words (the speaker is
	// the end of a longer name) links as before.
	if got := l5.link(text5, span(text5, 17, 20)); got != "e1" {
		t.Errorf("a speaker inside a name: got %q, want e1", got)
	}
	text4 := "Director Says Port Will Close"
	l4 := testLinker([]names.Entity{{ID: "e1", Name: "Director Says Port Will", Type: names.Org, Mentions: []names.Span{nspan(text4, 0, 23)}}})
	if got := l4.link(text4, span(text4, 0, 8)); got != "" {
		t.Errorf("speaker inside a longer name: got %q, want none", got)
	}
}

// testLinker is newSpeakerLinker with the mention index of ents.
func testLinker(ents []names.Entity) *speakerLinker { return newSpeakerLinker(ents, refsOf(ents)) }

// TestQuoteWords checks that every reporting noun is a lower-case word
// short enough for quoteTable: opensNounCue relies on it, and that the
// table answers as the maps it is built from.
func TestQuoteWords(t *testing.T) {
	tb := quoteWords()
	for w, ps := range nounCues() {
		if len(w) > maxQuoteWord || w[0] < 'a' || w[0] > 'z' {
			t.Errorf("reporting noun %q: not a short lower-case word", w)
			continue
		}
		sl := tb.find(w)
		if sl == nil || sl.noun == 0 || !slices.Equal(tb.nouns[sl.noun-1], ps) {
			t.Errorf("reporting noun %q: not in the table", w)
		}
	}
	for w, k := range cueVerbs() {
		if len(w) > maxQuoteWord {
			continue
		}
		if sl := tb.find(w); sl == nil || sl.verb != k {
			t.Errorf("verb %q: not in the table as %d", w, k)
		}
	}
	for _, w := range []string{"the", "Said", "saying!", "x", "", "claimss", "reporters"} {
		if sl := tb.find(w); sl != nil {
			t.Errorf("%q: found", w)
		}
	}
}

// BenchmarkVerbKinds measures the per-word lookup of newQuoteScan on real
// news.
func BenchmarkVerbKinds(b *testing.B) {
	var ds []*doc
	size := 0
	for _, text := range newsTexts(b) {
		ds = append(ds, docOf(text))
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range ds {
			verbKinds(d.Text, d.Words, make([]uint8, 3*len(d.Words)))
		}
	}
}

func TestEntityNumber(t *testing.T) {
	for id, want := range map[string]int{"e1": 1, "e42": 42, "e0": 0, "e01": 0, "x1": 0, "e": 0, "e1a": 0, "": 0, "e12345678901": 0} {
		n, ok := entityNumber(id)
		if ok != (want > 0) || n != want && ok {
			t.Errorf("entityNumber(%q) = %d, %v; want %d", id, n, ok, want)
		}
	}
	ents := []names.Entity{{ID: "e2", Type: names.Org}, {ID: "x", Type: names.Person}}
	l := newSpeakerLinker(ents, nil)
	if l.typeOf("e2") != names.Org || l.typeOf("x") != names.Person || l.typeOf("e1") != "" {
		t.Error("typeOf: wrong entity")
	}
}

// TestMergeRuns checks mergeRuns against a stable sort, on two sorted runs
// and on any order, with equal keys told apart by their Text.
func TestMergeRuns(t *testing.T) {
	byStart := func(a, b Quote) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	}
	seed := uint32(7)
	rnd := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>16) % n }
	var buf []Quote
	for trial := 0; trial < 300; trial++ {
		var qs []Quote
		for run := 0; run < 1+trial%7; run++ {
			var r []Quote
			for k := rnd(6); k > 0; k-- {
				s := rnd(5)
				r = append(r, Quote{Span: Span{Start: s, End: s + rnd(3), Text: string(rune('a' + len(qs) + len(r)))}})
			}
			if trial%2 == 0 {
				slices.SortStableFunc(r, byStart)
			}
			qs = append(qs, r...)
		}
		want := slices.Clone(qs)
		slices.SortStableFunc(want, byStart)
		if got := mergeRuns(slices.Clone(qs), byStart); !slices.EqualFunc(got, want, func(a, b Quote) bool { return reflect.DeepEqual(a, b) }) {
			t.Fatalf("mergeRuns(%v) = %v, want %v", qs, got, want)
		}
		// The same in the array of the trial before, as a workspace
		// gives it: what it held must not show.
		got, b := mergeRunsIn(slices.Clone(qs), buf, byStart)
		if !slices.EqualFunc(got, want, func(a, b Quote) bool { return reflect.DeepEqual(a, b) }) {
			t.Fatalf("mergeRunsIn(%v) = %v, want %v", qs, got, want)
		}
		if len(b) > 0 && cap(buf) >= len(qs) && &b[:1][0] != &buf[:1][0] {
			t.Fatalf("mergeRunsIn made an array: %d quotes, room for %d", len(qs), cap(buf))
		}
		buf = b
	}
}

// TestSentOf checks the search of sentOf against a table filled sentence
// by sentence, on the test articles and a few odd texts.
func TestSentOf(t *testing.T) {
	texts := []string{"", "x", "\n\n", "By Jane Roe\n\nWASHINGTON — A b. C d!\n\n“E f,” g said.\n\nH"}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		d := docOf(text)
		want := make([]int, len(d.Words))
		for i := range want {
			want[i] = -1
		}
		for si, s := range d.Sents {
			for i := s.Word0; i < s.WordEnd; i++ {
				want[i] = si
			}
		}
		q := &quoteScan{d: d}
		for i, w := range want {
			if got := q.sentOf(i); got != w {
				t.Fatalf("%.20q: sentOf(%d) = %d, want %d", text, i, got, w)
			}
		}
		for i := len(want) - 1; i >= 0; i -= 3 { // backward, and skipping
			if got := q.sentOf(i); got != want[i] {
				t.Fatalf("%.20q: sentOf(%d) = %d backward, want %d", text, i, got, want[i])
			}
		}
	}
}

// TestBoundNestingAttributionPastEnd: a split quote holds its own
// attribution in the middle and, before it, more than maxInnerAttributions
// of other quotes'; one of those starts inside the quote and ends past it
// (its cue inside, its speaker after the quote's end). Cutting the quote's
// start to after that attribution once made the span run backwards and Parse
// panic (found on a random 9 MB paragraph). It is not inside the quote, so
// the cut is at the last attribution wholly inside.
func TestBoundNestingAttributionPastEnd(t *testing.T) {
	text := strings.Repeat("x", 200)
	at := func(s, e int) *Span { return &Span{Start: s, End: e} }
	quote := func(s, e int, cue, speaker *Span) Quote {
		q := Quote{Span: Span{Start: s, End: e}, Cue: cue}
		if speaker != nil {
			q.Speaker = &Speaker{Span: *speaker}
		}
		return q
	}
	qs := []Quote{
		quote(0, 100, at(60, 64), at(65, 70)),   // the split quote, its own attribution inside
		quote(150, 160, at(5, 9), at(120, 125)), // cue inside the quote, speaker past its end
		quote(150, 160, at(2, 4), nil),
		quote(150, 160, at(12, 16), nil),
		quote(150, 160, at(20, 24), nil),
		quote(150, 160, at(30, 34), nil),
	}
	w := new(Scratch)
	if !boundNesting(text, qs, w) {
		t.Fatal("the quote holding four attributions was not cut")
	}
	// Counted from its own attribution leftwards: 30, 20, 12, then 2 (the
	// one at 5 runs past the end and is not inside).
	if got := qs[0].Span; got.Start != 4 || got.End != 100 {
		t.Errorf("quote cut to [%d,%d), want [4,100)", got.Start, got.End)
	}
	for i, q := range qs {
		if q.Start > q.End {
			t.Errorf("quote %d runs backwards: [%d,%d)", i, q.Start, q.End)
		}
	}
}

// TestQuoteNonAgentSpeaker: a stretch of time is no speaker ("Recent
// weeks have shown that ..."): the quote keeps no speaker rather than
// the time's words.
func TestQuoteNonAgentSpeaker(t *testing.T) {
	for _, text := range []string{
		"Recent weeks have shown that the levee is too low, engineers said.",
		"The past has shown that such pacts collapse, she said on Monday.",
	} {
		for _, q := range parse(text, false).Quotes {
			if q.Speaker != nil && nonAgent(q.Speaker.Text) {
				t.Errorf("%q: speaker %q names a time", text, q.Speaker.Text)
			}
		}
	}
}
