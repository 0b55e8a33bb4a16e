package newsparse

import "github.com/newsparse/newsparse/internal/names"

// Entities returns the named entities of text, as [Parse] finds them: each
// person, organisation, place or group once, in order of first mention,
// with every mention. Empty text gives an empty, non-nil slice. It is safe
// for concurrent use.
func Entities(text string) []Entity {
	return findEntities(newDoc(text))
}

// findEntities runs the names layer (internal/names) on d.
func findEntities(d *doc) []Entity { return findEntitiesNamed(d, nil) }

// findEntitiesNamed is findEntities with the caller's names (Options.Names)
// taken as given. The mentions of all the entities share one array.
func findEntitiesNamed(d *doc, given []Name) []Entity {
	var gs []names.Name
	for _, n := range given {
		gs = append(gs, names.Name{Name: n.Name, Type: names.Type(n.Type)})
	}
	found := names.Find(&d.Doc, gs, &d.w.names)
	d.named = found
	out := make([]Entity, len(found))
	n := 0
	for _, e := range found {
		n += len(e.Mentions)
	}
	spans := make([]Span, n)
	for i, e := range found {
		ms := spans[:len(e.Mentions):len(e.Mentions)]
		spans = spans[len(e.Mentions):]
		for k, m := range e.Mentions {
			ms[k] = Span(m)
		}
		out[i] = Entity{ID: EntityID(e.ID), Name: e.Name, Type: EntityType(e.Type), Mentions: ms, Gender: e.Gender}
	}
	d.entities = out
	return out
}
