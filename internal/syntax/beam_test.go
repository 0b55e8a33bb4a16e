package syntax

import (
	"bytes"
	"slices"
	"testing"
)

// TestBeamFindsBetter: where the greedy choice at the first word leads to
// a poor second word, the beam keeps the other first tag and finds the
// better sequence; width 1 is greedy.
func TestBeamFindsBetter(t *testing.T) {
	// Word 0: B-NP 10, B-VP 9. Word 1 after B-NP: O 1 at best; after
	// B-VP: I-VP 20.
	score := func(i int, prev, prev2 uint8, sc *[NumChunk]int32) {
		clear(sc[:])
		if i == 0 {
			sc[BNP], sc[BVP] = 10, 9
			return
		}
		sc[O] = 1
		if prev == BVP {
			sc[IVP] = 20
		}
	}
	var d beamDecoder
	dst := make([]uint8, 2)
	d.decode(dst, 1, func(int) {}, score)
	if !bytes.Equal(dst, []uint8{BNP, O}) {
		t.Errorf("width 1: %v, want the greedy B-NP O", dst)
	}
	d.decode(dst, 2, func(int) {}, score)
	if !bytes.Equal(dst, []uint8{BVP, IVP}) {
		t.Errorf("width 2: %v, want B-VP I-VP", dst)
	}
}

// TestBeamPush: the beam keeps the best in order, the earlier on ties,
// at most its width, and one hypothesis of each last two tags.
func TestBeamPush(t *testing.T) {
	var kept []hyp[int64]
	for k, c := range []hyp[int64]{
		{score: 5, prev: 1, prev2: 0, back: 0},
		{score: 7, prev: 2, prev2: 0, back: 1},
		{score: 5, prev: 3, prev2: 0, back: 2}, // ties with the first: after it
		{score: 6, prev: 1, prev2: 0, back: 3}, // replaces the first
		{score: 4, prev: 2, prev2: 0, back: 4}, // worse than the one it would replace
		{score: 1, prev: 4, prev2: 0, back: 5}, // below the worst of a full beam
	} {
		kept = beamPush(kept, 3, c)
		if len(kept) > 3 {
			t.Fatalf("after %d: %d kept", k, len(kept))
		}
	}
	var backs []int32
	for _, h := range kept {
		backs = append(backs, h.back)
	}
	if want := []int32{1, 3, 2}; !slices.Equal(backs, want) {
		t.Errorf("kept %v, want %v", backs, want)
	}
}

// TestTrainBeam: a chunker learnt with a beam comes out the same twice,
// keeps its width, differs from the greedy one and learns its data.
func TestTrainBeam(t *testing.T) {
	sents, pos := toyCorpus()
	a := TrainChunk(sents, pos, 4, 5, 2, 1, 1, nil)
	if !bytes.Equal(a, TrainChunk(sents, pos, 4, 5, 2, 1, 1, nil)) {
		t.Fatal("beam training is not deterministic")
	}
	if bytes.Equal(a, TrainChunk(sents, pos, 1, 5, 2, 1, 1, nil)) {
		t.Error("the beam model is the greedy one")
	}
	cm, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	if cm.beam != 4 {
		t.Errorf("beam %d, want 4", cm.beam)
	}
	var tg Tagger
	for _, s := range sents {
		got := tg.ChunkWith(cm, s.Words, s.POS, nil)
		if !bytes.Equal(got, s.Chunks) {
			t.Errorf("%v: chunks %v, want %v", s.Words, got, s.Chunks)
		}
		if ref := ChunkReference(cm, s.Words, s.POS); !bytes.Equal(got, ref) {
			t.Errorf("%v: fast %v, reference %v", s.Words, got, ref)
		}
	}
}
