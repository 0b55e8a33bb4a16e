package newsparse

import (
	"sort"
	"strings"
)

// How far back a pronoun looks for the name it stands for, in mentions.
const maxPronounLookback = 40

// speakerLinker finds the entity a speaker's words name.
type speakerLinker struct {
	ms     []mentionRef // every mention of every entity, by start
	types  map[EntityID]EntityType
	female map[EntityID]bool // people whose given name is mostly women's
}

func newSpeakerLinker(ents []Entity, ms []mentionRef) *speakerLinker {
	l := &speakerLinker{ms: ms, types: make(map[EntityID]EntityType, len(ents)),
		female: make(map[EntityID]bool)}
	for _, e := range ents {
		l.types[e.ID] = e.Type
		if e.Type == Person {
			given, _, _ := strings.Cut(e.Name, " ")
			if femaleNames()[given] {
				l.female[e.ID] = true
			}
		}
	}
	return l
}

// link returns the entity that the speaker sp names: the entity of a
// mention inside it (the last one: "Russian President Vladimir Putin",
// "Trump campaign manager Jane Roe"), or for a pronoun the nearest
// compatible entity mentioned before it, within a bounded look-back.
// Nominal speakers with no name in them ("the statement") link to none.
func (l *speakerLinker) link(text string, sp Span) EntityID {
	if len(l.ms) == 0 {
		return ""
	}
	// Mentions starting before the speaker's end.
	n := sort.Search(len(l.ms), func(i int) bool { return l.ms[i].start >= sp.End })
	if types := pronounTypes(sp.Text); types != nil {
		for k, seen := n-1, 0; k >= 0 && seen < maxPronounLookback; k, seen = k-1, seen+1 {
			m := l.ms[k]
			if m.end > sp.Start {
				continue
			}
			t := l.types[m.id]
			if t == Person && l.female[m.id] && (sp.Text == "he" || sp.Text == "He") {
				continue // "he" is not "Hillary Clinton"
			}
			for _, ok := range types {
				if t == ok {
					return m.id
				}
			}
		}
		return ""
	}
	for k := n - 1; k >= 0 && n-k <= 8; k-- {
		m := l.ms[k]
		if m.end > sp.Start && m.start < sp.End {
			return m.id
		}
		if m.end <= sp.Start && m.start < sp.Start-200 {
			break
		}
	}
	return ""
}

// pronounTypes returns the entity types a speaker pronoun may stand for,
// or nil when t is no pronoun.
func pronounTypes(t string) []EntityType {
	switch t {
	case "he", "He", "she", "She", "I", "his", "His", "her", "Her":
		return []EntityType{Person}
	case "they", "They", "we", "We", "their", "Their":
		return []EntityType{Org, NORP, GPE}
	case "it", "It", "its", "Its":
		return []EntityType{Org, GPE}
	}
	return nil
}
