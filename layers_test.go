package newsparse

import (
	"encoding/json"
	"testing"
	"time"
)

const layersText = "Anna Berg met Tomas Lind in Oslo on Friday, officials said.\n\n" +
	"“We might sign a deal,” Berg said. Lind denied that talks had stalled."

// TestLayers: each layer asked alone runs with what it needs, gives the
// same result as a full parse for those, and leaves the rest empty.
func TestLayers(t *testing.T) {
	pub := time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)
	full := Parse(layersText, Options{Published: pub})
	if len(full.Entities) == 0 || len(full.Quotes) == 0 || len(full.Times) == 0 || len(full.Timeline) == 0 || len(full.Claims) == 0 {
		t.Fatalf("the test text lacks a layer: %+v", full)
	}
	cases := []struct {
		ask  Layer
		want Layer // the lists that are filled
	}{
		{LayerParagraphs, LayerParagraphs},
		{LayerEntities, LayerParagraphs | LayerEntities},
		{LayerQuotes, LayerParagraphs | LayerEntities | LayerQuotes},
		{LayerTimes, LayerParagraphs | LayerTimes},
		{LayerTimeline, LayerParagraphs | LayerTimes | LayerEntities | LayerTimeline},
		{LayerClaims, LayerParagraphs | LayerEntities | LayerQuotes | LayerClaims},
		{LayerTimes | LayerQuotes, LayerParagraphs | LayerTimes | LayerEntities | LayerQuotes},
		{0, LayerAll},
		{LayerAll, LayerAll},
	}
	for _, c := range cases {
		a := Parse(layersText, Options{Published: pub, Layers: c.ask})
		checkInvariants(t, layersText, a)
		for _, l := range []struct {
			layer     Layer
			got, full any
			n         int
		}{
			{LayerParagraphs, a.Paragraphs, full.Paragraphs, len(a.Paragraphs)},
			{LayerEntities, a.Entities, full.Entities, len(a.Entities)},
			{LayerQuotes, a.Quotes, full.Quotes, len(a.Quotes)},
			{LayerTimes, a.Times, full.Times, len(a.Times)},
			{LayerTimeline, a.Timeline, full.Timeline, len(a.Timeline)},
			{LayerClaims, a.Claims, full.Claims, len(a.Claims)},
		} {
			if c.want&l.layer == 0 {
				if l.n != 0 {
					t.Errorf("Layers %v: %v ran, not asked for nor needed", c.ask, l.layer)
				}
				continue
			}
			g, _ := json.Marshal(l.got)
			f, _ := json.Marshal(l.full)
			if string(g) != string(f) {
				t.Errorf("Layers %v: %v differs from a full parse:\n%s\n%s", c.ask, l.layer, g, f)
			}
		}
	}
}

func TestParseLayers(t *testing.T) {
	for s, want := range map[string]Layer{
		"entities":          LayerEntities,
		"Quotes, times":     LayerQuotes | LayerTimes,
		"all":               LayerAll,
		"paragraphs,claims": LayerParagraphs | LayerClaims,
	} {
		got, err := ParseLayers(s)
		if err != nil || got != want {
			t.Errorf("ParseLayers(%q) = %v, %v; want %v", s, got, err, want)
		}
		if back, _ := ParseLayers(got.String()); back != got {
			t.Errorf("%v.String() = %q reads back as %v", got, got.String(), back)
		}
	}
	for _, s := range []string{"", "entities,", "names", "quotes;times"} {
		if _, err := ParseLayers(s); err == nil {
			t.Errorf("ParseLayers(%q) gave no error", s)
		}
	}
}

func TestEntityLookup(t *testing.T) {
	a := Parse(layersText, Options{})
	for i := range a.Entities {
		e := &a.Entities[i]
		if got := a.Entity(e.ID); got != e {
			t.Errorf("Entity(%q) = %v, want %v", e.ID, got, e)
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil && q.Speaker.Entity != "" && a.Entity(q.Speaker.Entity) == nil {
			t.Errorf("speaker entity %q not found", q.Speaker.Entity)
		}
	}
	for _, id := range []EntityID{"", "e0", "e99", "x1", "e01", "1"} {
		if got := a.Entity(id); got != nil {
			t.Errorf("Entity(%q) = %v, want nil", id, got)
		}
	}
	// IDs out of their usual order are still found.
	b := Article{Entities: []Entity{{ID: "e2"}, {ID: "e1"}}}
	if got := b.Entity("e1"); got != &b.Entities[1] {
		t.Errorf("Entity(e1) = %v in a reordered list", got)
	}
}

func TestSentenceAt(t *testing.T) {
	text := "Headline Here\n\nFirst one. Second one.\n\nThird one."
	a := Parse(text, Options{})
	var all []Sentence
	for _, p := range a.Paragraphs {
		all = append(all, p.Sentences...)
	}
	if len(all) != 3 {
		t.Fatalf("got %d sentences, want 3: %+v", len(all), a.Paragraphs)
	}
	for off := -1; off <= len(text)+1; off++ {
		var want Sentence
		found := false
		for _, s := range all {
			if s.Start <= off && off < s.End {
				want, found = s, true
			}
		}
		got, ok := a.SentenceAt(off)
		if ok != found || got != want {
			t.Errorf("SentenceAt(%d) = %+v, %v; want %+v, %v", off, got, ok, want, found)
		}
	}
	if _, ok := (&Article{}).SentenceAt(0); ok {
		t.Error("the empty Article has a sentence")
	}
}
