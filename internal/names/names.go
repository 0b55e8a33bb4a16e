package names

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ner"
	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/internal/times"
	"github.com/newsparse/newsparse/lexicon"
)

var (
	facilityHeads = sync.OnceValue(func() map[string]bool { return lexicon.Set("facilityheads.txt") })
	eventHeads    = sync.OnceValue(func() map[string]bool { return lexicon.Set("eventheads.txt") })
	femaleNames   = sync.OnceValue(func() map[string]bool { return lexicon.Set("femalenames.txt") })
	maleNames     = sync.OnceValue(func() map[string]bool { return lexicon.Set("malenames.txt") })
	metonyms      = sync.OnceValue(func() map[string]bool {
		set := map[string]bool{}
		for _, l := range lexicon.Words("metonyms.txt") {
			set[strings.ToLower(l)] = true
		}
		return set
	})
)

// mention is one name found by the tagger: words [w0, w1) of d.words.
type mention struct {
	w0, w1 int
	cut    bool   // the last word's period is the sentence's, not the name's
	coarse int    // CoNLL type: 0 PER, 1 ORG, 2 LOC, 3 MISC
	typ    Type   // fine type
	key    string // lower-cased words joined by single spaces
	entity int    // index into the entities being built
	given  bool   // a name of Options.Names, typ its given type
}

// Find finds, types and links the names in d, and returns them as
// entities: each once, in order of first mention, with every mention.
//
// A trained tagger (internal/ner) marks the names word by word; the names
// are then cleaned (no titles, no possessive endings), typed finely from
// gazetteers and head words, and linked: a surname joins the full name it
// abbreviates, an acronym in parentheses joins its long form, and the same
// name is one entity throughout. The names of given (a caller's list) are
// taken as given. Find takes its scratch space from w, which a caller
// keeps from call to call (nil: its own); the entities it returns, and
// their mentions, are in w's arrays, valid until w is used again.
func Find(d *reading.Doc, given []Name, w *Scratch) []Entity {
	if w == nil {
		w = new(Scratch)
	}
	nd := &doc{Doc: d, w: w}
	ms := dropPartyLabels(nd, splitPacked(nd, tagMentions(nd, given)))
	defer func() { w.ms = ms[:0] }()
	if len(ms) == 0 {
		return []Entity{}
	}
	return linkMentions(nd, ms)
}

// doc is the reading of the text with the layer's scratch space.
type doc struct {
	*reading.Doc
	w *Scratch
}

// Scratch is the scratch space of Find, kept from call to call: the
// mentions, the entity drafts and the mention keys. The zero Scratch is
// ready to use.
type Scratch struct {
	ms     []mention
	drafts []entityDraft
	keyOf  map[string]int32
	kid    []int32
	// The entities Find returned last, and their mentions.
	ents  []Entity
	spans []Span
	// The words and sentences tagMentions gives the tagger, and the
	// tags and flags it gives back.
	wordSpans [][2]int32
	sents     [][2]int
	tags      []uint8
	flags     []uint16
}

// Clear drops the references of w into the last text read, and lets go of
// arrays grown past max elements.
func (w *Scratch) Clear(max int) {
	clear(w.ents[:cap(w.ents)])
	w.ents = w.ents[:0]
	clear(w.spans[:cap(w.spans)])
	w.spans = w.spans[:0]
	clear(w.ms[:cap(w.ms)]) // mention keys: strings of the text
	w.ms = w.ms[:0]
	clear(w.drafts[:cap(w.drafts)])
	w.drafts = w.drafts[:0]
	if len(w.keyOf) > max {
		w.keyOf = nil // a map does not shrink: let a huge one go
	}
	clear(w.keyOf)
}

// reuse returns s emptied, with room for at least n elements: s's own
// array when it is large enough.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// splitPacked cuts the names of lines in capitals that pack two names
// the text writes apart elsewhere: in "MÜLLER DOUBLE GIVES BAYERN GERMAN
// CUP" the tagger may read "BAYERN GERMAN CUP" as one name, but the body
// has "German Cup" and "Bayern Munich". A name in capitals whose last
// words, in any case, are a whole name written in mixed case elsewhere
// is cut before them when its first words are one too, or the first word
// of one; each piece is typed as the name it matches. A whole written
// elsewhere stays whole, a lone surname does not leave its given name
// ("KEVIN BROWN" in a story of "Brown"), and a place before a name is
// part of it ("BERLIN GRAND PRIX"), as adjacentSameLine has it. Only names of at most maxPackedWords words are tried, so the
// cost is linear.
func splitPacked(d *doc, ms []mention) []mention {
	packed := false
	for _, m := range ms {
		if n := m.w1 - m.w0; n >= 2 && n <= maxPackedWords && !m.given && reading.IsAllCaps(d.Text[d.Words[m.w0].Start:d.Words[m.w1-1].End]) {
			packed = true
			break
		}
	}
	if !packed {
		return ms // most articles: no name of several words in capitals
	}
	mixed := map[string]int{} // key -> coarse type of a mixed-case mention
	opens := map[string]int{} // the first word of one -> its coarse type
	for _, m := range ms {
		if reading.IsAllCaps(d.Text[d.Words[m.w0].Start:d.Words[m.w1-1].End]) {
			continue
		}
		if _, ok := mixed[m.key]; !ok {
			mixed[m.key] = m.coarse
		}
		if first, _, ok := strings.Cut(m.key, " "); ok {
			if _, ok := opens[first]; !ok {
				opens[first] = m.coarse
			}
		}
	}
	if len(mixed) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+4)
	for _, m := range ms {
		n := m.w1 - m.w0
		if n < 2 || n > maxPackedWords || m.given || !reading.IsAllCaps(d.Text[d.Words[m.w0].Start:d.Words[m.w1-1].End]) {
			out = append(out, m)
			continue
		}
		split := false
		if _, ok := mixed[m.key]; ok {
			n = 0 // the whole is a name written elsewhere: keep it
		}
		for p := m.w0 + 1; p < m.w0+n; p++ {
			tail, ok := mixed[nameKey(d, p, m.w1)]
			if !ok || tail == 0 && m.w1-p == 1 {
				continue // a lone surname ends a person's name
			}
			head, ok := mixed[nameKey(d, m.w0, p)]
			if !ok && p-m.w0 == 1 {
				head, ok = opens[nameKey(d, m.w0, p)]
			}
			if !ok || head == 2 {
				continue // a place opens a name: "BERLIN GRAND PRIX"
			}
			a, okA := cleanMention(d, m.w0, p, head, false, false, false)
			b, okB := cleanMention(d, p, m.w1, tail, false, m.cut, false)
			if !okA || !okB {
				break
			}
			out = append(out, a, b)
			split = true
			break
		}
		if !split {
			out = append(out, m)
		}
	}
	return out
}

// maxPackedWords bounds the names splitPacked tries to cut.
const maxPackedWords = 8

// tagMentions runs the tagger over the header lines and sentences of d and
// returns the cleaned, typed mentions in text order; a name of names
// found in the text is a mention of its given type.
func tagMentions(d *doc, names []Name) []mention {
	m := ner.Default()
	if m == nil {
		return nil
	}
	// The header comes before the body but for odd layouts: a sorted copy
	// of both only then.
	parts := [2][]reading.Sent{d.Header, d.Sents}
	if !inOrder(d.Header) || !inOrder(d.Sents) || len(d.Header) > 0 && len(d.Sents) > 0 && d.Sents[0].Start < d.Header[len(d.Header)-1].Start {
		ss := make([]reading.Sent, 0, len(d.Header)+len(d.Sents))
		ss = append(ss, d.Header...)
		ss = append(ss, d.Sents...)
		sort.SliceStable(ss, func(i, j int) bool { return ss[i].Start < ss[j].Start })
		parts = [2][]reading.Sent{ss, nil}
	}
	nss := len(d.Header) + len(d.Sents)
	// The words go as spans of the text: no string a word for the
	// collector to scan. A text beyond int32 offsets goes as strings.
	nd := ner.Doc{Text: d.Text, Sents: reuse(d.w.sents, nss)}
	defer func() { d.w.sents = nd.Sents[:0] }()
	spans := len(d.Text) <= math.MaxInt32
	if spans {
		nd.Spans = reuse(d.w.wordSpans, len(d.Words))
		defer func() { d.w.wordSpans = nd.Spans[:0] }()
	} else {
		nd.Words = make([]string, 0, len(d.Words))
	}
	// index[k] is the d.words index of word k of nd; nil while that is k,
	// as it is but for odd layouts.
	var index wordIndex
	lines := reading.LineUnits(d.Text)
	k := 0   // the words of nd so far
	fed := 0 // the d.words before it went to the tagger or were passed
	for _, part := range parts {
		for _, s := range part {
			if s.WordEnd > s.Word0 {
				s.Word0 = listMarker(d, fed, s.Word0)
				fed = max(fed, s.WordEnd)
			}
			if index == nil && s.Word0 != k && s.WordEnd > s.Word0 {
				index = make(wordIndex, k, len(d.Words))
				for i := range index {
					index[i] = i
				}
			}
			k0 := k
			if s.WordEnd > s.Word0 {
				ws := d.Words[s.Word0:s.WordEnd]
				if spans {
					for _, w := range ws {
						nd.Spans = append(nd.Spans, taggerSpan(d.Text, w))
					}
				} else {
					for _, w := range ws {
						nd.Words = append(nd.Words, reading.TaggerWord(d.Text, w))
					}
				}
				if index != nil {
					for wi := s.Word0; wi < s.WordEnd; wi++ {
						index = append(index, wi)
					}
				}
				k += len(ws)
			}
			if lines && s.WordEnd-s.Word0 > 1 {
				// A line break between two words cuts the sentence there.
				last := d.Words[s.WordEnd-1].Start
				for wi := s.Word0; ; {
					from := d.Words[wi].End
					if from >= last {
						break
					}
					nl := strings.IndexByte(d.Text[from:last], '\n')
					if nl < 0 {
						break
					}
					nl += from
					for wi++; d.Words[wi].Start <= nl; wi++ {
					}
					nd.Sents = append(nd.Sents, [2]int{k0, k0 + wi - s.Word0})
					k0 += wi - s.Word0
					s.Word0 = wi
				}
			}
			nd.Sents = append(nd.Sents, [2]int{k0, k})
		}
	}
	tags, flags := m.TagWordsInto(nd, d.w.tags, d.w.flags)
	defer func() { d.w.tags, d.w.flags = tags[:0], flags[:0] }()
	repairPersons(nd, tags, flags)
	given := applyNames(nd, tags, names)
	// The sentences of a name's first and last words: the names come in
	// order, and the sentences, one after the other, hold every word.
	firsts, lasts := sentCursor{sents: nd.Sents}, sentCursor{sents: nd.Sents}
	// A mention a run of tags, but for a few split or joined.
	runs := 1
	for k := nextTag(tags, 0); k < len(tags); k = nextTag(tags, k+1) {
		if k == 0 || tags[k-1] == ner.O || ner.IsBegin(tags[k]) {
			runs++
		}
	}
	ms := reuse(d.w.ms, runs)
	surnames := titleSurnames(d, tags, index)
	for k := 0; k < len(tags); {
		if tags[k] == ner.O {
			k = nextTag(tags, k)
			continue
		}
		typ := ner.TagType(tags[k])
		j := k + 1
		for j < len(tags) && tags[j] != ner.O && !ner.IsBegin(tags[j]) && ner.TagType(tags[j]) == typ && index.at(j) == index.at(j-1)+1 {
			j++
		}
		// "Goldman Sachs and JPMorgan Chase" are two names; "Bosnia and
		// Herzegovina" is one, as the gazetteer knows.
		if _, ok := given[k]; ok {
			// A given name is whole.
		} else if cut := splitAtAnd(d, index.at(k), index.at(j-1)+1); cut > 0 {
			j = k + (cut - index.at(k))
		}
		surname := j-k == 1 && typ == 0 && surnames[d.Text[d.Words[index.at(k)].Start:d.Words[index.at(k)].End]]
		if mm, ok := cleanMention(d, index.at(k), index.at(j-1)+1, typ, firsts.at(k)[0] == k, lasts.at(j - 1)[1] == j, surname); ok {
			if t, ok := given[k]; ok {
				mm = mention{w0: index.at(k), w1: index.at(j-1) + 1, coarse: typ, typ: t, key: nameKey(d, index.at(k), index.at(j-1)+1), given: true}
				ms = append(ms, mm)
				k = j
				continue
			}
			if n := len(ms); n > 0 && !ms[n-1].given {
				if typ, ok := joinable(d, ms[n-1], mm); ok {
					if merged, ok := cleanMention(d, ms[n-1].w0, mm.w1, typ, false, mm.cut, false); ok {
						ms[n-1] = merged
						k = j
						continue
					}
				}
			}
			ms = append(ms, mm)
		}
		k = j
		if k < len(tags) && k > 0 && d.Text[d.Words[index.at(k)].Start:d.Words[index.at(k)].End] == "and" && tags[k] != ner.O {
			k++ // the "and" a split left behind
			if k < len(tags) && tags[k] != ner.O && !ner.IsBegin(tags[k]) {
				tags[k] -= 4 // the second name begins
			}
		}
	}
	return datelineNames(d, ms)
}

// listMarker returns where the tagger's sentence of the sentence starting
// at word w0 starts: a few words before it on its line that no sentence
// holds (a list's number, "9.") go with it, as the tagger learned from
// text that keeps them. from is the first word no earlier sentence holds.
func listMarker(d *doc, from, w0 int) int {
	if w0 >= len(d.Words) {
		return w0
	}
	for n := 0; n < maxMarkerWords && w0 > from; n++ {
		p := d.Words[w0-1]
		if p.Kind != reading.Number && p.Kind != reading.Punct || strings.IndexByte(d.Text[p.End:d.Words[w0].Start], '\n') >= 0 {
			break
		}
		w0--
	}
	return w0
}

// maxMarkerWords bounds the words of a list marker.
const maxMarkerWords = 3

// hasUpperLetter reports whether s has an upper-case letter.
func hasUpperLetter(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return true
		}
	}
	return false
}

// isFigure reports whether w is a number that is a score, a time or an
// amount ("3-1", "13:06.57", "54.774"): a name never ends in one, though
// it may in a plain number ("Schalke 04").
func isFigure(text string, w reading.Word) bool {
	if w.Kind != reading.Number {
		return false
	}
	return strings.ContainsAny(text[w.Start:w.End], "-.:,/")
}

// titleSurnames returns the last words of the persons' names of two words
// or more in tags that are also titles ("King", "Bishop"), or nil when
// there are none: one of them alone, tagged a person, is the surname.
func titleSurnames(d *doc, tags []uint8, index wordIndex) map[string]bool {
	var out map[string]bool
	for k := nextTag(tags, 0); k < len(tags); k = nextTag(tags, k+1) {
		last := k+1 == len(tags) || tags[k+1] == ner.O || ner.IsBegin(tags[k+1])
		if !last || ner.IsBegin(tags[k]) || ner.TagType(tags[k]) != 0 {
			continue
		}
		if w := d.Words[index.at(k)]; isTitleWord(d.Text, w) {
			if out == nil {
				out = map[string]bool{}
			}
			out[d.Text[w.Start:w.End]] = true
		}
	}
	return out
}

// nextTag returns the index of the first tag from k on that is not O, or
// len(tags): most words are no name, and eight tags are read at once.
func nextTag(tags []uint8, k int) int {
	for ; k+8 <= len(tags); k += 8 {
		if binary.LittleEndian.Uint64(tags[k:]) != 0 {
			break
		}
	}
	for k < len(tags) && tags[k] == ner.O {
		k++
	}
	return k
}

// sentCursor finds the sentence of each of a rising series of words.
type sentCursor struct {
	sents [][2]int // in order, each starting where the one before ends
	c     int
}

// at returns the sentence of word k, at or after the last one returned.
func (sc *sentCursor) at(k int) [2]int {
	for sc.sents[sc.c][1] <= k {
		sc.c++
	}
	return sc.sents[sc.c]
}

// inOrder reports whether ss are sorted by start.
func inOrder(ss []reading.Sent) bool {
	for i := 1; i < len(ss); i++ {
		if ss[i].Start < ss[i-1].Start {
			return false
		}
	}
	return true
}

// wordIndex maps the words of a ner.Doc to those of a doc; nil maps each
// to itself.
type wordIndex []int

func (x wordIndex) at(k int) int {
	if x == nil {
		return k
	}
	return x[k]
}

// splitAtAnd returns the index of the word "and" inside the name of words
// [w0, w1), when the name is two names joined by it, or 0.
func splitAtAnd(d *doc, w0, w1 int) int {
	and := 0
	for i := w0 + 1; i < w1-1; i++ {
		switch d.Text[d.Words[i].Start:d.Words[i].End] {
		case "and":
			if and == 0 {
				and = i
			}
		case "of", "for", "in", "on":
			// A name with its own small words is one long name:
			// "Council for Trade and Development".
			return 0
		}
	}
	if and > 0 && ner.LookupPhrase(nameKey(d, w0, w1)) != 0 {
		return 0
	}
	// "Food and Drug Administration": the head of a body ends the name,
	// and no name ends before the "and" ("Harvard University and Yale
	// University" are two).
	if and > 0 && isOrgHead(d, w1-1) && !isOrgHead(d, and-1) {
		return 0
	}
	return and
}

// isOrgHead reports whether word i is the head word or suffix of a body's
// name ("Administration" aside): "Exchange", "Commission", "Inc".
func isOrgHead(d *doc, i int) bool {
	w := d.Words[i]
	return w.Kind == reading.Alpha && startsUpper(d.Text[w.Start:w.End]) && ner.Lookup(d.Text[w.Start:w.End])&ner.OrgWord != 0
}

// datelineNames types the names of the dateline: "WASHINGTON (AP) —" is
// a place and, in parentheses, a news agency.
func datelineNames(d *doc, ms []mention) []mention {
	if d.Dateline == nil {
		return ms
	}
	dl := *d.Dateline
	open := strings.IndexByte(d.Text[dl.Start:dl.End], '(')
	for i := range ms {
		m := &ms[i]
		start := d.Words[m.w0].Start
		if start < dl.Start || start >= dl.End || m.given {
			continue
		}
		if open < 0 || start < dl.Start+open {
			if m.coarse != 2 {
				m.coarse = 2
				m.typ = fineType(d, *m)
			}
		} else if m.coarse != 1 {
			m.coarse, m.typ = 1, Org
		}
	}
	w0 := sort.Search(len(d.Words), func(i int) bool { return d.Words[i].Start >= dl.Start })
	// The place that opens the dateline, when the tagger did not see it.
	// (Only a place the gazetteers know: "SOCCER -" opens many a sports
	// report the way a dateline would.)
	j := w0
	for j < len(d.Words) && d.Words[j].End <= dl.End && isNameWord(d.Words[j]) && startsUpper(d.Text[d.Words[j].Start:d.Words[j].End]) {
		j++
	}
	if j > w0 && (open < 0 || d.Words[j-1].End <= dl.Start+open) {
		found := false
		for _, m := range ms {
			if m.w0 < j && w0 < m.w1 {
				found = true
				break
			}
		}
		if m, ok := cleanMention(d, w0, j, 2, false, false, false); ok && !found && ner.LookupPhrase(m.key)&(ner.Country|ner.City|ner.Region) != 0 {
			m.coarse = 2
			m.typ = fineType(d, m)
			ms = append(ms, m)
			sort.SliceStable(ms, func(a, b int) bool { return ms[a].w0 < ms[b].w0 })
		}
	}
	// The agency in parentheses, when the tagger did not see it.
	for i := w0; i < len(d.Words) && d.Words[i].End <= dl.End; i++ {
		if d.Text[d.Words[i].Start:d.Words[i].End] != "(" {
			continue
		}
		j := i + 1
		for j < len(d.Words) && d.Words[j].End <= dl.End && isNameWord(d.Words[j]) && startsUpper(d.Text[d.Words[j].Start:d.Words[j].End]) {
			j++
		}
		if j == i+1 || j >= len(d.Words) || d.Text[d.Words[j].Start:d.Words[j].End] != ")" {
			break
		}
		for _, m := range ms {
			if m.w0 < j && i+1 < m.w1 {
				return ms // already a name
			}
		}
		if m, ok := cleanMention(d, i+1, j, 1, false, false, false); ok {
			m.typ = Org
			ms = append(ms, m)
			sort.SliceStable(ms, func(a, b int) bool { return ms[a].w0 < ms[b].w0 })
		}
		break
	}
	return ms
}

// repairPersons mends a pattern that a tagger trained on older wire copy
// misses: a title, then a given name and more capitalized words ("Chair
// Jerome Powell"). The title is no part of any name; the words after it
// are a person.
//
// flags are the tagger's flags of the words: a word starts upper case when
// it has ner.Cap, and then its flags hold its gazetteer flags.
func repairPersons(nd ner.Doc, tags []uint8, flags []uint16) {
	for _, s := range nd.Sents {
		for i := s[0] + 1; i+1 < s[1]; i++ {
			if flags[i]&(ner.Cap|ner.Given) != ner.Cap|ner.Given || !isTitleToken(nd.Word(i-1), flags[i-1]) {
				continue
			}
			j := i + 1
			for j < s[1] && flags[j]&ner.Cap != 0 && flags[j]&(ner.Title|ner.OrgWord) == 0 {
				j++
			}
			if j == i+1 {
				continue
			}
			for k := i - 1; k >= s[0] && isTitleToken(nd.Word(k), flags[k]); k-- {
				tags[k] = ner.O
			}
			tags[i] = 1 // B-PER
			for k := i + 1; k < j; k++ {
				tags[k] = 5 // I-PER
			}
			if j < s[1] && tags[j] != ner.O && !ner.IsBegin(tags[j]) {
				tags[j] -= 4
			}
			i = j - 1
		}
	}
}

// isTitleString reports whether w is a title or role word ("Chair",
// "Sen.") as the tagger sees it.
func isTitleString(w string) bool {
	if strings.HasSuffix(w, ".") && reading.IsTitleAbbrev(w[:len(w)-1]) {
		return true
	}
	return ner.Lookup(w)&ner.Title != 0
}

// isTitleToken is isTitleString for a word with the tagger's flags.
func isTitleToken(w string, flags uint16) bool {
	if flags&(ner.Cap|ner.Lower) != 0 {
		// The flags hold the gazetteer's.
		return flags&ner.Title != 0 || strings.HasSuffix(w, ".") && reading.IsTitleAbbrev(w[:len(w)-1])
	}
	return isTitleString(w)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// joinable reports whether the tagger's names a and b, in this order, are
// pieces of one name, and returns the type of the whole: a facility head
// inside a name ("Joint Base" + "Elmendorf-Richardson"), a name particle
// between two pieces of a person's name ("Mohammed" bin "Salman"), two
// names in a row.
func joinable(d *doc, a, b mention) (int, bool) {
	if b.w1-a.w0 > maxMergedWords {
		return 0, false
	}
	switch {
	case a.w1 == b.w0 && endsInFacilityHead(d, a):
		return a.coarse, true
	case a.w1 == b.w0 && adjacentSameLine(d, a, b):
		return b.coarse, true // the last name is the head
	case a.w1+1 == b.w0 && a.coarse == 0 && b.coarse == 0 && isParticle(d, d.Words[b.w0-1]):
		return 0, true
	case a.w1+1 == b.w0 && b.coarse == 1 && a.coarse == 1 && bodyAcrossAnd(d, a, b):
		return 1, true
	}
	return 0, false
}

// bodyAcrossAnd reports whether the names a and b, with only "and" between
// them on one line, are one body's name the tagger split, as splitAtAnd
// keeps one when the tagger does not: b ends in a body's head word and a
// in none ("Futures" and "Options Exchange").
func bodyAcrossAnd(d *doc, a, b mention) bool {
	and := d.Words[a.w1]
	if d.Text[and.Start:and.End] != "and" || strings.IndexByte(d.Text[d.Words[a.w1-1].End:d.Words[b.w0].Start], '\n') >= 0 {
		return false
	}
	return isOrgHead(d, b.w1-1) && !isOrgHead(d, a.w1-1)
}

// adjacentSameLine reports whether two names touch, with only spaces
// between them on one line: "Islamic" + "State". The tagger split them,
// but two names in a row are one name.
func adjacentSameLine(d *doc, a, b mention) bool {
	gap := d.Text[d.Words[a.w1-1].End:d.Words[b.w0].Start]
	// A person's name after another is no head: "Canadian Anna Berg";
	// in a headline in capitals names are packed: "BAYERN GERMAN CUP".
	// Nor is a place before a name ("New York Democrat", "Paris Fashion Week")
	// or a group word after one.
	if ner.LookupPhrase(a.key)&(ner.Country|ner.City|ner.Region) != 0 || b.w1-b.w0 == 1 && isDemonym(d.Text[d.Words[b.w0].Start:d.Words[b.w0].End]) {
		return false
	}
	// A nationality before a whole name of its own describes it: "German
	// Foreign Ministry", "Chilean Ana Ruiz" ("Islamic" + "State" is one).
	if a.w1-a.w0 == 1 && b.w1-b.w0 > 1 && isDemonym(d.Text[d.Words[a.w0].Start:d.Words[a.w0].End]) {
		return false
	}
	// A compound that ends in a lower-case word modifies the name after
	// it: "British-ruled Northern Ireland", "Oslo-based Acme Holdings".
	if lowerCompound(d.Text[d.Words[a.w1-1].Start:d.Words[a.w1-1].End]) {
		return false
	}
	return gap == " " && a.coarse != 0 && b.coarse != 0 &&
		!reading.IsAllCaps(d.Text[d.Words[a.w0].Start:d.Words[a.w1-1].End]) && !reading.IsAllCaps(d.Text[d.Words[b.w0].Start:d.Words[b.w1-1].End])
}

// lowerCompound reports whether w is a hyphenated compound whose last part
// starts in lower case: "British-ruled", "U.S.-led" (not "Mercedes-Benz",
// "al-Assad").
func lowerCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && 'a' <= w[i+1] && w[i+1] <= 'z'
}

// maxMergedWords bounds a name built by joining the tagger's pieces, so
// that a run of pieces cannot make the joining quadratic.
const maxMergedWords = 12

// isParticle reports whether w is a lower-case name particle ("bin" in
// "Mohammed bin Salman"), which can split a person's name in two.
func isParticle(d *doc, w reading.Word) bool {
	return w.Kind == reading.Alpha && reading.IsNameParticle(d.Text[w.Start:w.End])
}

// endsInFacilityHead reports whether a place or organisation name ends in
// a facility head word and so may go on: "Joint Base", "Kennedy Airport".
func endsInFacilityHead(d *doc, m mention) bool {
	if m.coarse != 1 && m.coarse != 2 {
		return false
	}
	w := d.Words[m.w1-1]
	return inTitleCase(facilityHeads(), d.Text[w.Start:w.End])
}

// taggerSpan is taggerWord as a span of text, or a ner form.
func taggerSpan(text string, w reading.Word) [2]int32 {
	switch w.Kind {
	case reading.Poss:
		return [2]int32{ner.FormPoss, 0}
	case reading.Quote:
		switch text[w.Start:w.End] {
		case "'", "‘", "’", "‚", "‹", "›", "`":
			return [2]int32{ner.FormSingle, 0}
		}
		return [2]int32{ner.FormDouble, 0}
	case reading.Punct:
		switch text[w.Start:w.End] {
		case "—", "–", "―":
			return [2]int32{ner.FormDash, 0}
		}
	case reading.Alpha:
		if reading.CurrencyPrefix(text, w) {
			return [2]int32{int32(w.Start), int32(w.End + 1)}
		}
		return [2]int32{int32(w.Start), int32(w.Start + reading.CliticStem(text[w.Start:w.End]))}
	}
	return [2]int32{int32(w.Start), int32(w.End)}
}

// cleanMention trims words [w0, w1) to a clean name: no quote marks or
// punctuation at the ends, nothing from a possessive ending on, and for a
// person no leading title ("President", "Mr."). It types the name.
func cleanMention(d *doc, w0, w1, coarse int, atStart, atEnd, surname bool) (mention, bool) {
	for i := w0; i < w1; i++ {
		// A possessive ends the name, but for one the tagger runs on
		// through to a capitalised word: "Queen's Park", "Duke of
		// Norfolk's XI".
		if d.Words[i].Kind == reading.Poss && !(i+1 < w1 && d.Words[i+1].Kind == reading.Alpha && startsUpper(d.Text[d.Words[i+1].Start:d.Words[i+1].End])) {
			w1, atEnd = i, false
			break
		}
	}
	for w0 < w1 && !isNameWord(d.Words[w0]) {
		w0++
	}
	for w1 > w0 && (!isNameWord(d.Words[w1-1]) && d.Words[w1-1].Kind != reading.Abbrev || isFigure(d.Text, d.Words[w1-1])) {
		w1--
		atEnd = false
	}
	if w0 >= w1 {
		return mention{}, false
	}
	// A bracket opened inside the name closes in it: "Radnicki (N)", a
	// club and its town in a results table.
	if w1 < len(d.Words) && d.Text[d.Words[w1].Start:d.Words[w1].End] == ")" && w1-w0 <= maxMergedWords {
		open := 0
		for i := w0; i < w1; i++ {
			switch d.Text[d.Words[i].Start:d.Words[i].End] {
			case "(":
				open++
			case ")":
				open--
			}
		}
		if open > 0 {
			w1++
			atEnd = false
		}
	}
	if coarse == 0 {
		for w1-w0 > 1 && isTitleWord(d.Text, d.Words[w0]) {
			w0++
		}
	}
	// A title alone ("Mayor" before a name the tagger split off) is no
	// name, of a person or of anything else; but for a person's surname
	// that is also a title ("Billie Jean King", then "King"), which the
	// caller tells by surname.
	if w1-w0 == 1 && isTitleWord(d.Text, d.Words[w0]) && !surname {
		return mention{}, false
	}
	// A time zone after a clock time ("6:45 p.m. ET") is no name.
	if w1-w0 == 1 && zoneCodes[d.Text[d.Words[w0].Start:d.Words[w0].End]] && w0 > 0 && afterClock(d, w0-1) {
		return mention{}, false
	}
	// In the byline a newsroom role ends no name: "By Ana Ruiz, Business
	// Reporter", "Staff Writer". (In the body "Mark Writer" is a name.)
	if b := d.Byline; b != nil && newsroomRoles[d.Lower[w1-1]] && d.Words[w0].Start >= b.Start && d.Words[w1-1].End <= b.End {
		return mention{}, false
	}
	// An ordinal alone ("Fourth round", "Second" of a list) is no name;
	// one inside a name is ("Fifth Avenue", "First Data").
	if w1-w0 == 1 {
		if times.IsOrdinal(d.Text[d.Words[w0].Start:d.Words[w0].End]) {
			return mention{}, false
		}
	}
	// "The Western Water Council" opening a sentence: the article is not part of
	// the name. In mid-sentence a capital says it is (The Hague).
	if the := d.Text[d.Words[w0].Start:d.Words[w0].End]; w1-w0 > 1 && (the == "the" || atStart && strings.EqualFold(the, "the")) && ner.LookupPhrase(nameKey(d, w0, w1)) == 0 {
		w0++
	}
	// "Can Biden win?", "Does Ruiz have the votes?": an auxiliary opening
	// a question is no word of the name after it.
	if w0 < w1 && questionOpeners[d.Lower[w0]] && (atStart || w0 > 0 && isListNumber(d, w0-1)) {
		w0++
	}
	// "Texas-based Acme": the place says where the name is based.
	for w1-w0 > 1 && hasSuffixFold(d.Text[d.Words[w0].Start:d.Words[w0].End], "-based") {
		w0++
	}
	if w0 >= w1 {
		return mention{}, false
	}
	// A weekday after a person's name is when, not who: "Jose Insulza
	// Monday said".
	if coarse == 0 && w1-w0 > 1 && reading.IsWeekday(d.Text[d.Words[w1-1].Start:d.Words[w1-1].End]) {
		w1--
		atEnd = false
	}
	// A name has a capital: a run of lower-case words the tagger took for
	// one ("northern" before "Iraq") is none, and joins no name.
	if span := d.Text[d.Words[w0].Start:d.Words[w1-1].End]; !hasUpperLetter(span) && strings.IndexFunc(span, unicode.IsLetter) >= 0 {
		return mention{}, false
	}
	// A currency's code keeps its sign: "C$".
	if w1 < len(d.Words) && reading.CurrencyPrefix(d.Text, d.Words[w1-1]) {
		w1++
	}
	m := mention{w0: w0, w1: w1, coarse: coarse}
	// "... shares of Acme Corp." The full stop ends both the abbreviation
	// and the sentence; the name keeps the word, the sentence the stop.
	// Dotted initials (U.S.) and a person's suffix (Jr.) keep theirs.
	if last := d.Words[w1-1]; atEnd && coarse != 0 && last.Kind == reading.Abbrev && w1-w0 > 1 && strings.Count(d.Text[last.Start:last.End], ".") == 1 {
		m.cut = true
	}
	m.key = nameKey(d, w0, w1)
	if looksPersonal(d, m) {
		m.coarse = 0
	}
	m.typ = fineType(d, m)
	return m, true
}

// looksPersonal reports whether a name the tagger called a place or
// "other" is built like a person's: a given name, then a surname, with no
// head word of a place, event or organisation ("Charles de Gaulle", not
// "Charles de Gaulle Airport").
func looksPersonal(d *doc, m mention) bool {
	if m.coarse != 2 && m.coarse != 3 || m.w1-m.w0 < 2 {
		return false
	}
	first := d.Text[d.Words[m.w0].Start:d.Words[m.w0].End]
	if !startsUpper(first) || reading.IsAllCaps(first) || ner.Lookup(first)&ner.Given == 0 || ner.LookupPhrase(m.key) != 0 {
		return false
	}
	for i := m.w0 + 1; i < m.w1; i++ {
		w := d.Text[d.Words[i].Start:d.Words[i].End]
		if ner.Lookup(w)&(ner.OrgWord|ner.Country|ner.City|ner.Region|ner.Demonym) != 0 || inTitleCase(facilityHeads(), w) || inTitleCase(eventHeads(), w) {
			return false
		}
	}
	return true
}

// span returns the mention's Span in d.
func (m mention) span(d *doc) Span {
	end := d.Words[m.w1-1].End
	if m.cut {
		end--
	}
	return span(d.Text, d.Words[m.w0].Start, end)
}

// nameKey returns words [w0, w1) lower-cased and joined by single spaces:
// the key under which mentions of one name meet.
func nameKey(d *doc, w0, w1 int) string {
	n := 0
	for i := w0; i < w1; i++ {
		n += d.Words[i].End - d.Words[i].Start + 1
	}
	var buf [64]byte // most names: no buffer to allocate, only the key
	b := buf[:0]
	if n > len(buf) {
		b = make([]byte, 0, n)
	}
	for i := w0; i < w1; i++ {
		if i > w0 {
			b = append(b, ' ')
		}
		w := d.Text[d.Words[i].Start:d.Words[i].End]
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c >= utf8.RuneSelf {
				// Rare: let the library fold the whole word.
				b = append(b[:len(b)-j], strings.ToLower(w)...)
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return string(b)
}

// inTitleCase reports whether set holds reading.TitleCase(w), without building
// the string for an ASCII word.
func inTitleCase(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) == 0 || len(w) > len(buf) {
		return set[reading.TitleCase(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return set[reading.TitleCase(w)]
		case i == 0 && 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case i > 0 && 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// isNameWord reports whether w can open or close a name.
func isNameWord(w reading.Word) bool {
	return w.Kind == reading.Alpha || w.Kind == reading.Number || w.Kind == reading.Abbrev
}

// isTitleWord reports whether w is a title or role that stands before a
// name and is not part of it.
func isTitleWord(text string, w reading.Word) bool {
	s := text[w.Start:w.End]
	if w.Kind == reading.Abbrev && reading.IsTitleAbbrev(strings.TrimSuffix(s, ".")) {
		return true
	}
	return w.Kind == reading.Alpha && ner.Lookup(s)&ner.Title != 0
}

// fineType maps a mention's CoNLL type to an entity type using the
// gazetteers and head words.
func fineType(d *doc, m mention) Type {
	last := d.Text[d.Words[m.w1-1].Start:d.Words[m.w1-1].End]
	if metonyms()[m.key] {
		return metonymType(d, m)
	}
	switch m.coarse {
	case 0:
		return Person
	case 1:
		if hasHead(d, m, facilityHeads()) && (hasWord(d, m, "Base") || hasWord(d, m, "Airport")) {
			return Facility
		}
		// "the Paris Summit": an event, not a body (but a league's
		// "Conference" and a "Tour" are bodies).
		if m.w1-m.w0 > 1 && inTitleCase(eventHeads(), last) && last != "Conference" && last != "Tour" {
			return EventName
		}
		return Org
	case 2:
		if f := ner.LookupPhrase(m.key); f&ner.Area != 0 {
			return Location
		} else if f&(ner.Country|ner.City|ner.Region) != 0 {
			return GPE
		}
		if m.w1-m.w0 > 1 && inTitleCase(eventHeads(), last) {
			return EventName // the Paris Summit
		}
		if hasHead(d, m, facilityHeads()) {
			return Facility
		}
		return Location
	}
	if m.w1-m.w0 == 1 && isDemonym(last) {
		return NORP
	}
	if hasHead(d, m, eventHeads()) || inTitleCase(eventHeads(), last) {
		return EventName
	}
	return Misc
}

// metonymType types a name such as the Kremlin: a place (FAC) after a
// preposition of place or a verb of visiting, else the power acting (ORG).
func metonymType(d *doc, m mention) Type {
	i := m.w0 - 1
	if i >= 0 && strings.EqualFold(d.Text[d.Words[i].Start:d.Words[i].End], "the") {
		i--
	}
	if i >= 0 {
		switch strings.ToLower(d.Text[d.Words[i].Start:d.Words[i].End]) {
		case "at", "in", "to", "into", "inside", "outside", "near", "from", "toward", "towards",
			"visit", "visited", "visits", "visiting", "left", "leave", "leaving", "reached", "entered", "around":
			return Facility
		}
	}
	return Org
}

// isDemonym reports whether w is a nationality or group word, singular or
// plural: Ukrainian, Europeans.
func isDemonym(w string) bool {
	if ner.Lookup(w)&ner.Demonym != 0 {
		return true
	}
	return len(w) > 3 && w[len(w)-1] == 's' && ner.Lookup(w[:len(w)-1])&ner.Demonym != 0
}

// hasHead reports whether a word of m after its first, title-cased, is in
// heads: "Joint Base Elmendorf-Richardson", "Kennedy Airport".
func hasHead(d *doc, m mention, heads map[string]bool) bool {
	for i := m.w0 + 1; i < m.w1; i++ {
		if inTitleCase(heads, d.Text[d.Words[i].Start:d.Words[i].End]) {
			return true
		}
	}
	return false
}

func hasWord(d *doc, m mention, w string) bool {
	for i := m.w0; i < m.w1; i++ {
		if strings.EqualFold(d.Text[d.Words[i].Start:d.Words[i].End], w) {
			return true
		}
	}
	return false
}

// entityDraft collects the mentions of one entity while linking.
type entityDraft struct {
	mentions []int // indexes into ms
	female   bool  // named with a woman's title or given name
	male     bool  // named with a man's title
	person   bool  // a full personal name (two words or more)
}

// linkMentions groups the mentions into entities and builds the result.
func linkMentions(d *doc, ms []mention) []Entity {
	// At most one entity a mention: sized once, no growing.
	ents := reuse(d.w.drafts, len(ms))
	// Each distinct key is numbered once; what the linking knows of a key
	// is then in a slice by number, not in maps by string.
	keyOf := d.w.keyOf
	if keyOf == nil {
		keyOf = make(map[string]int32, len(ms))
	}
	kid := reuse(d.w.kid, len(ms))[:len(ms)] // the number of each mention's key
	defer func() { d.w.drafts, d.w.keyOf, d.w.kid = ents[:0], keyOf, kid[:0] }()
	for i := range ms {
		k, ok := keyOf[ms[i].key]
		if !ok {
			k = int32(len(keyOf))
			keyOf[ms[i].key] = k
		}
		kid[i] = k
	}
	keys := make([]keyLinks, len(keyOf))
	for k := range keys {
		keys[k] = keyLinks{entity: -1, part: -2}
	}
	assign := func(i, e int) {
		ms[i].entity = e
		ents[e].mentions = append(ents[e].mentions, i)
	}
	entityOf := func(k int32) int {
		e := keys[k].entity
		if e < 0 {
			ents = append(ents, entityDraft{})
			e = len(ents) - 1
			keys[k].entity = e
		}
		return e
	}
	// An acronym joins the one long name of the article whose initials it
	// spells, wherever each stands: "U.S." and "United States", "NATO"
	// and "North Atlantic Treaty Organization".
	var longByInitials map[string]int32 // initials -> key of the long name, or -1 when several
	for i := range ms {
		m := &ms[i]
		if m.coarse == 0 || m.w1-m.w0 < 2 {
			continue
		}
		if ini := initials(d, m.w0, m.w1); len(ini) >= 2 {
			if longByInitials == nil {
				longByInitials = map[string]int32{}
			}
			if old, ok := longByInitials[ini]; ok && old != kid[i] {
				longByInitials[ini] = -1
			} else {
				longByInitials[ini] = kid[i]
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.w1-m.w0 != 1 || longByInitials == nil {
			continue
		}
		if long, ok := longByInitials[acronymLetters(d.Text[d.Words[m.w0].Start:d.Words[m.w0].End])]; ok && long >= 0 {
			if keys[kid[i]].entity < 0 {
				keys[kid[i]].entity = entityOf(long)
			}
		}
	}
	// Full personal names first, so that a surname met before its full
	// name (a headline) still joins it; then long organisation names, so
	// that "Dortmund" can join "Borussia Dortmund".
	for i := range ms {
		m := &ms[i]
		if m.coarse != 0 || m.w1-m.w0 < 2 {
			continue
		}
		seen := keys[kid[i]].entity >= 0
		e := entityOf(kid[i])
		if !seen {
			// Only a surname that is a whole key can be looked up.
			if s, ok := keyOf[m.key[strings.LastIndexByte(m.key, ' ')+1:]]; ok {
				keys[s].surnames = append(keys[s].surnames, e)
			}
			ents[e].person = true
		}
		switch titleSex(d, m) {
		case 1:
			ents[e].female = true
		case -1:
			ents[e].male = true
		}
		assign(i, e)
	}
	for i := range ms {
		m := &ms[i]
		if m.coarse != 1 || m.w1-m.w0 < 2 {
			continue
		}
		if e := keys[kid[i]].entity; e >= 0 && ents[e].person {
			continue // typed as a person elsewhere: the third pass links it
		}
		e := entityOf(kid[i])
		for _, wi := range [2]int{m.w0, m.w1 - 1} {
			w := d.Words[wi]
			if w.Kind != reading.Alpha {
				continue
			}
			// Only a part that is a whole key can be looked up.
			p, ok, flags := lowerKey(keyOf, d.Text[w.Start:w.End])
			if !ok || flags&(ner.OrgWord|ner.Country|ner.City|ner.Region|ner.Demonym) != 0 {
				continue
			}
			if old := keys[p].part; old != -2 && old != e {
				keys[p].part = -1
			} else {
				keys[p].part = e
			}
		}
		assign(i, e)
		registerAcronym(d, ms, i, kid, keys)
	}
	for i := range ms {
		m := &ms[i]
		k := kid[i]
		if m.w1-m.w0 >= 2 && (m.coarse == 0 || m.coarse == 1 && !ents[max(keys[k].entity, 0)].person) {
			continue
		}
		e := -1
		if cands := keys[k].surnames; len(cands) > 0 {
			e = pickPerson(d, m, cands, ents)
		} else if p := keys[k].part; p >= 0 && m.typ != GPE {
			if keys[k].entity < 0 {
				e = p
			}
		}
		if e < 0 {
			e = entityOf(k)
		}
		assign(i, e)
		registerAcronym(d, ms, i, kid, keys)
	}
	return buildEntities(d, ms, splitByType(ms, ents))
}

// splitByType splits each entity that is no person and whose mentions the
// tagger typed differently into one entity a type: a club named after its
// city is not the city ("Chicago won" beside "in Chicago"). The tagger
// has already weighed every mention of the same words in the document
// (its second pass), so a type it still gives a mention stands.
func splitByType(ms []mention, ents []entityDraft) []entityDraft {
	n := len(ents)
	for e := 0; e < n; e++ {
		if ents[e].person || len(ents[e].mentions) < 2 {
			continue
		}
		first := ms[ents[e].mentions[0]].coarse
		mixed := false
		for _, i := range ents[e].mentions {
			if ms[i].coarse != first {
				mixed = true
				break
			}
		}
		if !mixed {
			continue
		}
		var other [4]int // the new entity of each other type, plus 1
		keep := ents[e].mentions[:0]
		for _, i := range ents[e].mentions {
			c := ms[i].coarse
			if c == first || c < 0 || c > 3 {
				keep = append(keep, i)
				continue
			}
			if other[c] == 0 {
				ents = append(ents, entityDraft{})
				other[c] = len(ents)
			}
			ms[i].entity = other[c] - 1
			ents[other[c]-1].mentions = append(ents[other[c]-1].mentions, i)
		}
		ents[e].mentions = keep
	}
	return ents
}

// keyLinks is what linkMentions knows of a mention key.
type keyLinks struct {
	entity int // the entity of the name, or -1
	// part is the entity of the long organisation names whose first or
	// last word is the key, -1 when several, -2 when none.
	part     int
	surnames []int // the full personal names whose last word is the key
}

// lowerKey returns the number in keyOf of w lower-cased, if any, and the
// gazetteer flags of w: without a string to build for an ASCII word.
func lowerKey(keyOf map[string]int32, w string) (k int32, ok bool, flags uint16) {
	var buf [32]byte
	if len(w) > len(buf) {
		l := strings.ToLower(w)
		k, ok = keyOf[l]
		return k, ok, ner.Lookup(l)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			l := strings.ToLower(w)
			k, ok = keyOf[l]
			return k, ok, ner.Lookup(l)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	k, ok = keyOf[string(buf[:len(w)])]
	// The gazetteers read words in any case.
	return k, ok, ner.Lookup(w)
}

// initials returns the capital initials of the name in words [w0, w1),
// skipping the small words inside names ("Bank of England" -> "BE"), or
// "" when a word is not capitalized.
func initials(d *doc, w0, w1 int) string {
	var buf [16]byte // no allocation but for the key
	b := buf[:0]
	for i := w0; i < w1; i++ {
		w := d.Text[d.Words[i].Start:d.Words[i].End]
		switch w {
		case "of", "the", "and", "for", "on", "in", "de", "&":
			continue
		}
		if c := w[0]; c < 'A' || c > 'Z' || d.Words[i].Kind != reading.Alpha {
			return ""
		}
		b = append(b, w[0])
	}
	return string(b)
}

// acronymLetters returns the capitals of an acronym ("U.S." -> "US",
// "NATO" -> "NATO"), or "" when w is not one.
func acronymLetters(w string) string {
	var buf [16]byte // most words are no acronym: no allocation
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			b = append(b, c)
		case c == '.' && i > 0:
		default:
			return ""
		}
	}
	if len(b) < 2 {
		return ""
	}
	return string(b)
}

// registerAcronym makes an acronym in parentheses right after ms[i] name
// the same entity: "Bank of England (BoE)".
func registerAcronym(d *doc, ms []mention, i int, kid []int32, keys []keyLinks) {
	if acr, ok := acronymAfter(d, ms, i); ok {
		if k := kid[acr]; keys[k].entity < 0 {
			keys[k].entity = ms[i].entity
		}
	}
}

// acronymAfter returns the index of the mention that follows ms[i] in
// parentheses as its acronym: capitals whose first letter is the name's.
func acronymAfter(d *doc, ms []mention, i int) (int, bool) {
	if i+1 >= len(ms) {
		return 0, false
	}
	m, a := ms[i], ms[i+1]
	if a.w1-a.w0 != 1 || a.w0 != m.w1+1 || a.w1 >= len(d.Words) || m.w1-m.w0 < 2 {
		return 0, false
	}
	if d.Text[d.Words[m.w1].Start:d.Words[m.w1].End] != "(" || d.Text[d.Words[a.w1].Start:d.Words[a.w1].End] != ")" {
		return 0, false
	}
	acr := d.Text[d.Words[a.w0].Start:d.Words[a.w0].End]
	name := d.Text[d.Words[m.w0].Start:d.Words[m.w0].End]
	if len(acr) < 2 || !reading.IsAllCaps(acr) || acr[0] != name[0] {
		return 0, false
	}
	return i + 1, true
}

// pickPerson chooses which full name a bare surname refers to: a woman's
// title picks a woman, a man's title a man (known so first, else one not
// known as the other); with no title, the first person named.
func pickPerson(d *doc, m *mention, cands []int, ents []entityDraft) int {
	if len(cands) == 1 {
		return cands[0]
	}
	want := 0 // 1 a woman, -1 a man
	if m.w0 > 0 {
		switch strings.TrimSuffix(strings.ToLower(d.Text[d.Words[m.w0-1].Start:d.Words[m.w0-1].End]), ".") {
		case "mrs", "ms", "miss", "madam", "lady", "mme":
			want = 1
		case "mr", "sir", "lord", "messrs":
			want = -1
		}
	}
	// A title, once it has picked a person, tells that person's sex for
	// the mentions after it. Only the first few candidates are weighed, so
	// that a text of namesakes stays linear.
	if len(cands) > maxNamesakes {
		cands = cands[:maxNamesakes]
	}
	if want == 0 {
		// No title: the person named first, the one the story is
		// about, whatever their gender.
		return cands[0]
	}
	for _, c := range cands {
		if want == 1 && ents[c].female && !ents[c].male || want == -1 && ents[c].male && !ents[c].female {
			return c
		}
	}
	for _, c := range cands {
		switch {
		case want == 1 && !ents[c].male:
			ents[c].female = true
			return c
		case want == -1 && !ents[c].female:
			ents[c].male = true
			return c
		}
	}
	return cands[0]
}

// maxNamesakes is how many full names sharing a surname pickPerson weighs.
const maxNamesakes = 8

// titleSex tells from the title before the full name m, or from its
// given name, whether it is a woman's (1), a man's (-1) or unknown (0).
func titleSex(d *doc, m *mention) int {
	if m.w1-m.w0 > 1 {
		given := d.Text[d.Words[m.w0].Start:d.Words[m.w0].End]
		if inTitleCase(femaleNames(), given) {
			return 1
		}
		if inTitleCase(maleNames(), given) {
			return -1
		}
	}
	if m.w0 == 0 {
		return 0
	}
	prev := strings.TrimSuffix(strings.ToLower(d.Text[d.Words[m.w0-1].Start:d.Words[m.w0-1].End]), ".")
	switch prev {
	case "mrs", "ms", "miss", "madam", "lady", "mme", "queen", "princess", "duchess":
		return 1
	case "mr", "sir", "lord", "king", "prince", "duke":
		return -1
	}
	return 0
}

// buildEntities turns the drafts into Entities: IDs in order of first
// mention, the type most of the mentions have (the full name's for a
// person), the longest mention as the name.
func buildEntities(d *doc, ms []mention, ents []entityDraft) []Entity {
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	// The first word of each entity, found once, not at each comparison;
	// the drafts mostly come in that order already.
	first := make([]int, len(ents))
	for e := range ents {
		first[e] = ms[minIndex(ents[e].mentions)].w0
	}
	// No two entities start at one word: any sort is the stable one.
	if !slices.IsSortedFunc(order, func(a, b int) int { return first[a] - first[b] }) {
		slices.SortFunc(order, func(a, b int) int { return first[a] - first[b] })
	}
	out := reuse(d.w.ents, len(ents))
	// The IDs are pieces of one string, the mentions of one array: each
	// mention is of one entity.
	ids := entityIDs(len(ents))
	spans := reuse(d.w.spans, len(ms))[:len(ms)]
	d.w.spans = spans
	var idx []int // one buffer for every entity
	for _, e := range order {
		idx = append(idx[:0], ents[e].mentions...)
		sort.Ints(idx)
		ent := Entity{ID: ids[len(out)]}
		if len(idx) <= len(spans) {
			ent.Mentions, spans = spans[:0:len(idx)], spans[len(idx):]
		} else {
			ent.Mentions = make([]Span, 0, len(idx))
		}
		var counts [8]int
		var best Span
		bestCaps := true
		long, longLen := Type(""), 0 // the type of the longest multi-word name
		for _, i := range idx {
			m := ms[i]
			sp := m.span(d)
			ent.Mentions = append(ent.Mentions, sp)
			counts[typeRank(m.typ)]++
			if m.w1-m.w0 > 1 && len(sp.Text) > longLen {
				long, longLen = m.typ, len(sp.Text)
			}
			// The longest form, preferring one not in capitals (a headline's).
			caps := reading.IsAllCaps(sp.Text)
			if best.Text == "" || bestCaps && !caps || caps == bestCaps && len(sp.Text) > len(best.Text) {
				best, bestCaps = sp, caps
			}
		}
		ent.Name = joinFields(best.Text)
		switch {
		case ents[e].person:
			ent.Type = Person
		case long != "":
			// "Borussia Dortmund" types "Dortmund".
			ent.Type = long
		default:
			ent.Type = ms[idx[0]].typ
			for k, c := range counts {
				if c > counts[typeRank(ent.Type)] {
					ent.Type = typeOrder[k]
				}
			}
		}
		for _, i := range idx {
			if ms[i].given {
				ent.Type = ms[i].typ // the caller's word is final
				break
			}
		}
		if ent.Type == Person {
			ent.Gender = personGender(d, ms, idx, ents[e])
		}
		out = append(out, ent)
	}
	d.w.ents = out
	return out
}

// personGender returns a person's gender, "female" or "male", when the
// titles and given names of its mentions idx tell it and do not disagree;
// else "".
func personGender(d *doc, ms []mention, idx []int, e entityDraft) string {
	female, male := e.female, e.male
	for _, i := range idx {
		switch titleSex(d, &ms[i]) {
		case 1:
			female = true
		case -1:
			male = true
		}
	}
	switch {
	case female && !male:
		return "female"
	case male && !female:
		return "male"
	}
	return ""
}

// entityIDs returns the IDs e1 to en, slices of one string.
func entityIDs(n int) []string {
	size := 0
	for k, from := 1, 1; from <= n; k, from = k+1, from*10 {
		size += (1 + k) * (min(n, from*10-1) - from + 1)
	}
	b := make([]byte, 0, size)
	ends := make([]int, n)
	for i := range n {
		b = append(b, 'e')
		b = strconv.AppendInt(b, int64(i+1), 10)
		ends[i] = len(b)
	}
	all := string(b)
	ids := make([]string, n)
	start := 0
	for i, end := range ends {
		ids[i] = string(all[start:end])
		start = end
	}
	return ids
}

var typeOrder = [8]Type{Person, Org, GPE, Location, Facility, NORP, EventName, Misc}

func typeRank(t Type) int {
	for k, x := range typeOrder {
		if x == t {
			return k
		}
	}
	return len(typeOrder) - 1
}

func minIndex(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		if x < m {
			m = x
		}
	}
	return m
}

// joinFields returns strings.Join(strings.Fields(s), " "), without a copy
// when s is already so: ASCII words with single spaces between them.
func joinFields(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') ||
			c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// applyNames marks in tags each place where a name of names stands in the
// tagger's words nd, word for word (a word in capitals matches in any
// case), as a name of the given type: the words the tagger had joined to
// it on either side are no name. It returns the given types by the
// index of each place's first word. Each word is compared with the names
// that start with it only: linear in the words for a fixed list of names.
func applyNames(nd ner.Doc, tags []uint8, names []Name) map[int]Type {
	if len(names) == 0 || len(tags) == 0 {
		return nil
	}
	type given struct {
		words []string
		typ   Type
	}
	byFirst := map[string][]given{}
	for _, n := range names {
		nd := reading.Read(n.Name, nil)
		if len(nd.Words) == 0 || coarseOf(n.Type) < 0 {
			continue
		}
		ws := make([]string, len(nd.Words))
		for i, w := range nd.Words {
			ws[i] = reading.TaggerWord(nd.Text, w)
		}
		k := strings.ToLower(ws[0])
		byFirst[k] = append(byFirst[k], given{ws, n.Type})
	}
	// The longest name first where two start alike.
	for _, gs := range byFirst {
		sort.SliceStable(gs, func(a, b int) bool { return len(gs[a].words) > len(gs[b].words) })
	}
	out := map[int]Type{}
	for _, s := range nd.Sents {
		for k := s[0]; k < s[1]; k++ {
			gs := byFirst[strings.ToLower(nd.Word(k))]
			for _, g := range gs {
				if k+len(g.words) > s[1] || !namesMatch(nd, k, g.words) {
					continue
				}
				end := k + len(g.words)
				// Cut what the tagger had joined to the name.
				if tags[k] != ner.O && !ner.IsBegin(tags[k]) {
					for j := k - 1; j >= s[0] && tags[j] != ner.O; j-- {
						b := ner.IsBegin(tags[j])
						tags[j] = ner.O
						if b {
							break
						}
					}
				}
				for j := end; j < s[1] && tags[j] != ner.O && !ner.IsBegin(tags[j]); j++ {
					tags[j] = ner.O
				}
				c := uint8(coarseOf(g.typ))
				tags[k] = 1 + c
				for j := k + 1; j < end; j++ {
					tags[j] = 5 + c
				}
				out[k] = g.typ
				k = end - 1
				break
			}
		}
	}
	return out
}

// namesMatch reports whether the words of nd from k on are ws: the same,
// or in capitals the same in any case.
func namesMatch(nd ner.Doc, k int, ws []string) bool {
	for i, w := range ws {
		t := nd.Word(k + i)
		if t != w && !(reading.IsAllCaps(t) && strings.EqualFold(t, w)) {
			return false
		}
	}
	return true
}

// coarseOf returns the tagger's type (0 PER, 1 ORG, 2 LOC, 3 MISC) of an
// entity type, or -1 for no type of ours.
func coarseOf(t Type) int {
	switch t {
	case Person:
		return 0
	case Org:
		return 1
	case GPE, Location, Facility:
		return 2
	case NORP, EventName, Misc:
		return 3
	}
	return -1
}

// zoneCodes are the time zones written in capitals after a clock time.
var zoneCodes = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "MT": true,
	"MST": true, "MDT": true, "PT": true, "PST": true, "PDT": true, "GMT": true, "UTC": true,
	"BST": true, "CET": true, "CEST": true, "EET": true, "EEST": true, "JST": true,
	"AEST": true, "AEDT": true,
}

// afterClock reports whether word k ends a clock time: "p.m.", "am",
// "6:45".
func afterClock(d *doc, k int) bool {
	switch d.Lower[k] {
	case "a.m.", "p.m.", "a.m", "p.m", "am", "pm":
		return true
	}
	w := d.Words[k]
	return w.Kind == reading.Number && strings.Contains(d.Text[w.Start:w.End], ":")
}

// newsroomRoles are the last words of a byline's role ("Business
// Reporter", "Staff Writer"), which end no name there.
var newsroomRoles = map[string]bool{
	"reporter": true, "correspondent": true, "writer": true, "columnist": true, "contributor": true,
	"editor": true, "photographer": true, "producer": true, "critic": true, "reporters": true,
	"writers": true, "correspondents": true, "editors": true,
}

// dropPartyLabels drops the mentions that are a lawmaker's party and state
// label, or a piece of one: "Sen. Ana Ruiz, D-N.M.," and "Rep. Tom Berg
// (R-Texas)" name no "D-N", "M." or "R-Texas". (The tokenizer splits
// "D-N.M." as "D-N", ".", "M.".)
func dropPartyLabels(d *doc, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if !partyPiece(d, m.w0) {
			out = append(out, m)
		}
	}
	return out
}

// partyPiece reports whether word k opens a party and state label
// ("D-N", "R-Texas", "I-Vt" after a name and a comma or bracket) or is the
// letter that ends one ("M." of "D-N.M.").
func partyPiece(d *doc, k int) bool {
	if partyWord(d, k) {
		return true
	}
	w := d.Words[k]
	return k >= 2 && w.Kind == reading.Abbrev && w.End-w.Start == 2 && d.Text[d.Words[k-1].Start:d.Words[k-1].End] == "." &&
		d.Words[k-1].Start == d.Words[k-2].End && w.Start == d.Words[k-1].End && partyWord(d, k-2)
}

// partyWord reports whether word k is "D-", "R-" or "I-" and a state's
// capital after a name and a comma or an opening bracket: "Ana Ruiz,
// D-N", "(R-Texas".
func partyWord(d *doc, k int) bool {
	w := d.Words[k]
	t := d.Text[w.Start:w.End]
	if len(t) < 3 || t[1] != '-' || t[0] != 'D' && t[0] != 'R' && t[0] != 'I' || t[2] < 'A' || t[2] > 'Z' || t == "D-Day" {
		return false
	}
	if k < 2 {
		return false
	}
	switch d.Text[d.Words[k-1].Start:d.Words[k-1].End] {
	case ",", "(":
	default:
		return false
	}
	return isNameWord(d.Words[k-2])
}

// questionOpeners are the auxiliaries that open a question ("Can Biden
// win?"). "Will" and "May" are left out: they are names too.
var questionOpeners = map[string]bool{
	"can": true, "could": true, "should": true, "would": true, "does": true, "did": true, "do": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"shall": true, "must": true,
}

// isListNumber reports whether word k is a list item's number ("3.",
// "3)"), or its mark.
func isListNumber(d *doc, k int) bool {
	t := d.Text[d.Words[k].Start:d.Words[k].End]
	switch t {
	case ".", ")":
		return k > 0 && d.Words[k-1].Kind == reading.Number
	}
	return d.Words[k].Kind == reading.Number && (strings.HasSuffix(t, ".") || strings.HasSuffix(t, ")"))
}
