package syntax

import "slices"

// The chunker's features that read tags alone (chunkWindow, chunkTags,
// fixedKeys, and the tag three words before of chunkMore) are summed when
// a model loads into dense tables of rows, one row a combination of the
// tags they read, but for those that read three tags of the window, kept
// in a small table of their own: a word then adds a few rows and looks up
// a few keys in a table small enough to stay in the processor's caches.

// tagIdx numbers the part-of-speech tags as the chunker's tables read
// them: a tag, noTag (beyond the sentence's ends), or any other value
// (which no feature reads).
func tagIdx(t uint64) int {
	switch {
	case t < uint64(NumPOS):
		return int(t)
	case t == noTag:
		return int(NumPOS)
	}
	return int(NumPOS) + 1
}

// nIdx is the number of tagIdx values; idxTag turns one back into a tag.
const nIdx = int(NumPOS) + 2

func idxTag(i int) uint64 {
	switch {
	case i < int(NumPOS):
		return uint64(i)
	case i == int(NumPOS):
		return noTag
	}
	return 0xfe
}

// chunkTagTables are a chunk model's tables of what reads tags alone.
type chunkTagTables struct {
	// pairs holds five tables of nIdx*nIdx rows: the window's tags
	// (m1, p0) with p0 and m1 alone, (p0, p1) with p1 alone, (m2, m1)
	// with m2 alone, (p1, p2) with p2 alone, and (m1, p1).
	pairs []int32
	// prev holds a row for each p0, prev2 and prev, in that order:
	// the fixed features, (prev, p0) and (prev2, prev, p0); prev16
	// instead, in half the room, when every value fits in 16 bits.
	prev   []int32
	prev16 []int16
	// far holds the rows of the tag three words before.
	far []int32
	// The features that read three tags but for (prev2, prev, p0), by
	// their tags' numbers (tagIdx values; a chunk tag for the templates
	// that read one), their weights in triPairs, found by a reference:
	// offset<<6 | count, or 0 for none. win3 holds for each three tags
	// a, b, c the references of (m2, m1, p0), (m1, p0, p1) and (p0, p1,
	// p2) together, at ((a*nIdx+b)*nIdx+c)*3: a word reads the three tags
	// that start at it once, for itself and the two words after it.
	// byPrev holds for each two tags b, c and chunk tag a (or the start)
	// the reference of (prev, p0, p1) at ((b*nIdx+c)*(NumChunk+1)+a)*2
	// and that of (prev, m1, p0) after it: what the tags of the beam read
	// is together.
	win3, byPrev []uint32
	triPairs     []uint32
}

// addRef adds to sc the weights of the feature of reference ref (see
// chunkTagTables).
func (ct *chunkTagTables) addRef(sc *[NumChunk]int32, ref uint32) {
	if ref == 0 {
		return
	}
	for _, p := range ct.triPairs[ref>>6:][:ref&63] {
		sc[p>>16&63] += int32(int16(p))
	}
}

// prevIn16 lets a chunk model keep its rows of the tags before a word in
// 16 bits when they fit (a test turns it off, to try the other road).
var prevIn16 = true

// fits16 reports whether every value of r fits in an int16.
func fits16(r []int32) bool {
	for _, v := range r {
		if v != int32(int16(v)) {
			return false
		}
	}
	return true
}

// The templates of chunkTagTables.tri.
var triTemplates = [...]uint64{tCPm2Pm1P0, tCPm1P0Pp1, tCP0Pp1Pp2, tCPrevP0Pp1, tCPrevPm1P0}

// isTri reports whether template t is one of triTemplates.
func isTri(t uint64) bool {
	for _, x := range triTemplates {
		if t == x {
			return true
		}
	}
	return false
}

// buildChunkTags fills m.ct; tri lists the features of triTemplates.
func (m *Model) buildChunkTags(tri []conjFeature) {
	ct := &m.ct
	nt := m.ntags
	// Their own copy of the weights, to keep them together, numbered by
	// their tags. A tag that tagIdx does not give back (no model has
	// one) leaves its feature out: no tag of a sentence reads it.
	const n = nIdx
	ct.win3 = make([]uint32, n*n*n*3)
	ct.byPrev = make([]uint32, n*n*(nt+1)*2)
	ct.triPairs = []uint32{0} // no weights at offset 0: ref 0 is none
	for _, f := range tri {
		t, v := f.key>>56, f.key&(1<<56-1)
		a, b, c := v>>16, v>>8&0xff, v&0xff
		k := slices.Index(triTemplates[:], t)
		ia := tagIdx(a)
		if t == tCPrevP0Pp1 || t == tCPrevPm1P0 {
			if a > uint64(nt) {
				continue
			}
			ia = int(a)
		} else if idxTag(ia) != a {
			continue
		}
		ib, ic := tagIdx(b), tagIdx(c)
		if idxTag(ib) != b || idxTag(ic) != c {
			continue
		}
		ref := uint32(len(ct.triPairs))<<6 | uint32(f.n)
		if k < 3 {
			ct.win3[((ia*n+ib)*n+ic)*3+k] = ref
		} else {
			ct.byPrev[((ib*n+ic)*(nt+1)+ia)*2+k-3] = ref
		}
		ct.triPairs = append(ct.triPairs, m.pairs[f.off:f.off+uint32(f.n)]...)
	}
	ct.pairs = make([]int32, 5*n*n*nt)
	var keys []uint64
	for a := 0; a < n; a++ {
		ta := idxTag(a)
		for b := 0; b < n; b++ {
			tb := idxTag(b)
			row := func(k int) []int32 { return ct.pairs[((k*n+a)*n+b)*nt:][:nt] }
			// (a, b) = (m1, p0)
			m.sum(row(0), append(keys[:0], key(tCP0, tb), key(tCPm1, ta), key(tCPm1P0, ta<<8|tb)))
			// (p0, p1)
			m.sum(row(1), append(keys[:0], key(tCPp1, tb), key(tCP0Pp1, ta<<8|tb)))
			// (m2, m1)
			m.sum(row(2), append(keys[:0], key(tCPm2, ta), key(tCPm2Pm1, ta<<8|tb)))
			// (p1, p2)
			m.sum(row(3), append(keys[:0], key(tCPp2, tb), key(tCPp1Pp2, ta<<8|tb)))
			// (m1, p1)
			m.sum(row(4), append(keys[:0], key(tCPm1Pp1, ta<<8|tb)))
		}
	}
	ct.prev = make([]int32, (nt+1)*(nt+1)*n*nt)
	for p2 := 0; p2 <= nt; p2++ {
		for p := 0; p <= nt; p++ {
			fx := m.fixedRow(uint8(p), uint8(p2))
			for c := 0; c < n; c++ {
				tc := idxTag(c)
				row := ct.prev[((c*(nt+1)+p2)*(nt+1)+p)*nt:][:nt]
				copy(row, fx)
				m.sum(row, append(keys[:0], key(tCPrevP0, uint64(p)<<8|tc), key(tCPrev2PrevP0, uint64(p2)<<16|uint64(p)<<8|tc)))
			}
		}
	}
	if prevIn16 && fits16(ct.prev) {
		ct.prev16 = make([]int16, len(ct.prev))
		for k, v := range ct.prev {
			ct.prev16[k] = int16(v)
		}
		ct.prev = nil
	}
	ct.far = make([]int32, n*nt)
	for a := 0; a < n; a++ {
		m.add(ct.far[a*nt:][:nt], key(tCPm3, idxTag(a)))
	}
}
