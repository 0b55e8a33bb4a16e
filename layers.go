package newsparse

import (
	"fmt"
	"strings"
)

// Layer is a set of the analyses [Parse] runs, for [Options].Layers. The
// layers combine with |: LayerEntities | LayerTimes.
//
// Paragraphs and sentences (with the headline, byline and dateline) are
// always read: every other layer works on them. A layer also runs the
// layers it needs, and the Article holds their results too, so every ID and
// index it gives refers to something present:
//
//   - LayerEntities needs nothing more.
//   - LayerQuotes needs LayerEntities (speakers are linked to them).
//   - LayerTimes needs nothing more.
//   - LayerTimeline needs LayerTimes and LayerEntities (events are anchored by times and
//     list their participants).
//   - LayerClaims needs LayerEntities and LayerQuotes (a claim's source is a speaker).
//
// A layer that was neither asked for nor needed is an empty list.
type Layer uint

// The layers. LayerParagraphs alone reads only the structure of the text:
// paragraphs, sentences, headline, byline and dateline.
const (
	LayerParagraphs Layer = 1 << iota // headline, byline, dateline, paragraphs, sentences
	LayerEntities                     // people, organisations, places, groups
	LayerQuotes                       // who said what; needs LayerEntities
	LayerTimes                        // TIMEX3 expressions
	LayerTimeline                     // events in time order; needs LayerTimes, LayerEntities
	LayerClaims                       // hedged or attributed claims; needs LayerEntities, LayerQuotes

	// LayerAll is every layer; the zero Layer means the same.
	LayerAll = LayerParagraphs | LayerEntities | LayerQuotes | LayerTimes | LayerTimeline | LayerClaims
)

var layerNames = []struct {
	l    Layer
	name string
}{
	{LayerParagraphs, "paragraphs"}, {LayerEntities, "entities"}, {LayerQuotes, "quotes"},
	{LayerTimes, "times"}, {LayerTimeline, "timeline"}, {LayerClaims, "claims"},
}

// withNeeds returns the layers to run for l: l itself (all layers when l is
// zero), paragraphs, and every layer a layer of l needs.
func (l Layer) withNeeds() Layer {
	if l == 0 {
		return LayerAll
	}
	l |= LayerParagraphs
	if l&LayerClaims != 0 {
		l |= LayerQuotes | LayerEntities
	}
	if l&LayerTimeline != 0 {
		l |= LayerTimes | LayerEntities
	}
	if l&LayerQuotes != 0 {
		l |= LayerEntities
	}
	return l & LayerAll
}

// String returns the layer names joined by commas ("entities,quotes"), as
// [ParseLayers] reads them; the zero Layer is "all".
func (l Layer) String() string {
	if l == 0 || l&LayerAll == LayerAll {
		return "all"
	}
	var names []string
	for _, n := range layerNames {
		if l&n.l != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ",")
}

// ParseLayers reads a comma-separated list of layer names: "paragraphs",
// "entities", "quotes", "times", "timeline", "claims", or "all". Case and
// spaces around names do not matter. An unknown or empty name is an error.
func ParseLayers(s string) (Layer, error) {
	var l Layer
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "all" {
			l |= LayerAll
			continue
		}
		found := false
		for _, n := range layerNames {
			if n.name == f {
				l |= n.l
				found = true
				break
			}
		}
		if !found {
			return 0, fmt.Errorf("newsparse: unknown layer %q (want a comma-separated list of paragraphs, entities, quotes, times, timeline, claims, or all)", f)
		}
	}
	return l, nil
}
