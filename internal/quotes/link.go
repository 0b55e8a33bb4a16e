package quotes

import (
	"sort"
	"strings"

	"github.com/newsparse/newsparse/internal/names"
)

// How far back a pronoun looks for the name it stands for, in mentions.
const maxPronounLookback = 40

// speakerLinker finds the entity a speaker's words name.
type speakerLinker struct {
	ms   []names.Ref // every mention of every entity, by start
	ents []names.Entity
	// byID maps IDs to ents' indexes, made only when an ID is not that
	// of findEntities ("e" and 1 + its index).
	byID map[string]int
	// bySurname maps a person's last name, lower-cased, to the person, or
	// to "" when two people share it; made only for a transcript's labels.
	bySurname map[string]string
}

func newSpeakerLinker(ents []names.Entity, ms []names.Ref) *speakerLinker {
	return &speakerLinker{ms: ms, ents: ents}
}

// entity returns the entity with the given id, or nil.
func (l *speakerLinker) entity(id string) *names.Entity {
	if id == "" {
		return nil // no entity linked
	}
	if n, ok := entityNumber(id); ok && n <= len(l.ents) && l.ents[n-1].ID == id {
		return &l.ents[n-1]
	}
	if l.byID == nil {
		l.byID = make(map[string]int, len(l.ents))
		for k, e := range l.ents {
			l.byID[e.ID] = k
		}
	}
	if k, ok := l.byID[id]; ok {
		return &l.ents[k]
	}
	return nil
}

// surname returns the one person of the article whose last name is the
// last word of label in any case ("LIND" or "SEN. LIND" for Ada Lind),
// or "" when none or more than one is.
func (l *speakerLinker) surname(label string) string {
	if l.bySurname == nil {
		l.bySurname = make(map[string]string)
		for _, e := range l.ents {
			if e.Type != names.Person {
				continue
			}
			last := strings.ToLower(e.Name[strings.LastIndexByte(e.Name, ' ')+1:])
			if id, seen := l.bySurname[last]; seen && id != e.ID {
				l.bySurname[last] = ""
			} else {
				l.bySurname[last] = e.ID
			}
		}
	}
	return l.bySurname[strings.ToLower(label[strings.LastIndexByte(label, ' ')+1:])]
}

// entityNumber returns n for an id "e<n>" with n > 0.
func entityNumber(id string) (int, bool) {
	if len(id) < 2 || len(id) > 10 || id[0] != 'e' || id[1] == '0' {
		return 0, false
	}
	n := 0
	for i := 1; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// typeOf returns the type of the entity with the given id, or "".
func (l *speakerLinker) typeOf(id string) names.Type {
	if e := l.entity(id); e != nil {
		return e.Type
	}
	return ""
}

// otherGender reports whether id is a person of the other gender than
// the pronoun p: "he" is not "Hillary Clinton", "she" not "Sir John".
func (l *speakerLinker) otherGender(id string, p string) bool {
	e := l.entity(id)
	if e == nil || e.Type != names.Person || e.Gender == "" {
		return false
	}
	switch p {
	case "he", "He", "his", "His":
		return e.Gender == "female"
	case "she", "She", "her", "Her":
		return e.Gender == "male"
	}
	return false
}

// link returns the entity that the speaker sp names: the entity of a
// mention inside it, not running past its end (the last one: "Russian President Vladimir Putin",
// "Trump campaign manager Jane Roe"), or for a pronoun the nearest
// compatible entity mentioned before it, within a bounded look-back.
// Nominal speakers with no name in them ("the statement") link to none.
func (l *speakerLinker) link(text string, sp Span) string {
	if len(l.ms) == 0 {
		return ""
	}
	// Mentions starting before the speaker's end.
	n, hi := 0, len(l.ms)
	for n < hi {
		m := int(uint(n+hi) >> 1)
		if l.ms[m].Start >= sp.End {
			hi = m
		} else {
			n = m + 1
		}
	}
	if types := pronounTypes(sp.Text); types != nil {
		for k, seen := n-1, 0; k >= 0 && seen < maxPronounLookback; k, seen = k-1, seen+1 {
			m := l.ms[k]
			if m.End > sp.Start {
				continue
			}
			t := l.typeOf(string(m.ID))
			if t == names.Person && l.otherGender(string(m.ID), sp.Text) {
				continue
			}
			for _, ok := range types {
				if t == ok {
					return string(m.ID)
				}
			}
		}
		return ""
	}
	for k := n - 1; k >= 0 && n-k <= 8; k-- {
		m := l.ms[k]
		if m.End > sp.Start && m.Start < sp.End {
			if m.End > sp.End {
				// The name runs on past the speaker's words into the
				// cue or the content ("Superintendent Says Two Schools
				// Will" in a title-case headline): not the speaker's.
				continue
			}
			if m.Start > sp.Start && l.typeOf(string(m.ID)) != names.Person && ofRole(text[sp.Start:m.Start]) {
				// "The mayor of Dunmore", "a spokesman for Acme": the
				// speaker is the role's holder, not the place or firm.
				return ""
			}
			return string(m.ID)
		}
		if m.End <= sp.Start && m.Start < sp.Start-200 {
			break
		}
	}
	return ""
}

// pronounTypes returns the entity types a speaker pronoun may stand for,
// or nil when t is no pronoun.
func pronounTypes(t string) []names.Type {
	switch t {
	case "he", "He", "she", "She", "I", "his", "His", "her", "Her":
		return []names.Type{names.Person}
	case "they", "They", "we", "We", "their", "Their":
		return []names.Type{names.Org, names.NORP, names.GPE}
	case "it", "It", "its", "Its":
		return []names.Type{names.Org, names.GPE}
	}
	return nil
}

// ofRole reports whether before, the speaker's words before a name, end
// in a role followed by "of", "for" or "at" ("the mayor of", "a
// spokeswoman for"): the name is then where the speaker works.
func ofRole(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, p := range []string{" of", " for", " at"} {
		if strings.HasSuffix(before, p) && strings.TrimSpace(before[:len(before)-len(p)]) != "" {
			return true
		}
	}
	return false
}

// cutName returns the entity of the name that begins in a speaker's head
// and runs on past it to the whole speaker's end: the name the head cut
// short ("the Department" of "according to the Department of
// Environmental Protection"); or "". A name that ends before the speaker
// does is another's, or the names layer read only a part of it ("the
// Bureau of Harbors and Ports", where "Ports" may stand alone).
func (l *speakerLinker) cutName(head, whole Span) string {
	k := sort.Search(len(l.ms), func(i int) bool { return l.ms[i].Start >= head.Start })
	for ; k < len(l.ms) && l.ms[k].Start < head.End; k++ {
		if m := l.ms[k]; m.End > head.End && m.End == whole.End {
			return string(m.ID)
		}
	}
	return ""
}
