package ner

import (
	"sort"
	"strings"
	"sync"
)

// Multi-word gazetteer entries ("Bayern Munich", "Hong Kong", "Royal
// Dutch Shell") as features: the longest entry matched over the words of
// a sentence marks each of its words with the entry's lists and the word's
// place in it (first, inside, last). The single words of an entry already
// carry flags (fPartName, the last word's list); the span says the whole
// sequence is there.

// Places of a word in a matched span, in the low two bits of tok.span;
// the entry's list flags (GazFlags) sit above them, shifted.
const (
	spanFirst  = 1
	spanInside = 2
	spanLast   = 3
)

// maxSpanWords bounds the words of an entry matched: each word starts at
// most that many probes, so matching is linear in the document.
const maxSpanWords = 6

// spanTables holds the multi-word entries: by the hash of an entry's first
// word (lower-cased), the most words an entry starting with it has; and
// by spanKey of all its words, the entry's list flags.
type spanTables struct {
	starts *table16
	keys   *table16
}

// spanKey extends the key of the words before with the hash of the next
// one: no byte of a word is read again.
func spanKey(k, lw uint32) uint32 { return mix(k, lw) }

var spans = sync.OnceValue(func() *spanTables {
	starts := map[uint32]uint16{}
	keys := map[uint32]uint16{}
	for _, l := range lists {
		for _, e := range Lines(l.name) {
			parts := strings.Fields(e)
			if len(parts) < 2 || len(parts) > maxSpanWords {
				continue
			}
			lw := hashLower(parts[0])
			starts[lw] = max(starts[lw], uint16(len(parts)))
			k := lw
			for _, p := range parts[1:] {
				k = spanKey(k, hashLower(p))
			}
			keys[k] |= l.flag
		}
	}
	return &spanTables{starts: fill(starts), keys: fill(keys)}
})

// fill returns a table16 holding m, filled in key order.
func fill(m map[uint32]uint16) *table16 {
	t := newTable16(len(m))
	ks := make([]uint32, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	for _, k := range ks {
		*t.slot(k) |= m[k]
	}
	return t
}

// markSpans sets the span of the words of sentence st that the longest
// multi-word gazetteer entries cover. An entry starts at a capitalized
// word that is part of some multi-word entry (fPartName, from the
// document tables already read): other words cost nothing.
func markSpans(st []tok, sp *spanTables) {
	for i := 0; i < len(st); {
		t := &st[i]
		if t.flags&(fPartName|fCap) != fPartName|fCap {
			i++
			continue
		}
		n := int(sp.starts.get(t.lw))
		if n < 2 {
			i++
			continue
		}
		k := t.lw
		bestN, bestF := 0, uint16(0)
		for j := i + 1; j < len(st) && j-i < n; j++ {
			k = spanKey(k, st[j].lw)
			if f := sp.keys.get(k); f != 0 {
				bestN, bestF = j-i+1, f
			}
		}
		if bestN == 0 {
			i++
			continue
		}
		kind := bestF &^ 3 // list flags are above fCap and fAllCaps
		for j := i; j < i+bestN; j++ {
			pos := uint16(spanInside)
			switch j {
			case i:
				pos = spanFirst
			case i + bestN - 1:
				pos = spanLast
			}
			st[j].span = kind | pos
		}
		i += bestN
	}
}
