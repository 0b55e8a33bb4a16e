package newsparse

import (
	"sort"
	"strconv"
	"strings"
)

// Entity returns the entity of the Article with the given ID (a quote's
// speaker, a claim's source, an event's participant), or nil when there is
// none, as for the empty ID. The result points into a.Entities.
func (a *Article) Entity(id EntityID) *Entity {
	// IDs are "e1", "e2", ... in order; look there first.
	if n, err := strconv.Atoi(strings.TrimPrefix(string(id), "e")); err == nil && n >= 1 && n <= len(a.Entities) && a.Entities[n-1].ID == id {
		return &a.Entities[n-1]
	}
	if id == "" {
		return nil
	}
	for i := range a.Entities {
		if a.Entities[i].ID == id {
			return &a.Entities[i]
		}
	}
	return nil
}

// SentenceAt returns the sentence that holds the byte at offset (Start <=
// offset < End) and true, or false when no sentence does: the offset is in
// the headline, byline or dateline, between sentences, or outside the text.
// It takes time logarithmic in the number of sentences.
func (a *Article) SentenceAt(offset int) (Sentence, bool) {
	ps := a.Paragraphs
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End > offset })
	if i == len(ps) || ps[i].Start > offset {
		return Sentence{}, false
	}
	ss := ps[i].Sentences
	j := sort.Search(len(ss), func(j int) bool { return ss[j].End > offset })
	if j == len(ss) || ss[j].Start > offset {
		return Sentence{}, false
	}
	return ss[j], true
}
