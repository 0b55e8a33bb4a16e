package syntax

import (
	"bytes"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
)

// refSentences returns sentences to compare the fast taggers with the
// slow ones on: the benchmark article's, the same in capitals, and words
// of it shuffled, cut and changed into words no vocabulary has.
func refSentences() [][]string {
	sents := [][]string{
		strings.Fields("The harbour board approved a new budget on Tuesday , and the mayor signed it ."),
		strings.Fields("MAYOR SIGNS HARBOUR BUDGET AFTER LONG NIGHT"),
		strings.Fields("Zorblax quintuplified the flimflammery of Qwertyville 's 12,345 snarfs ."),
		{"x"}, {"\x00", "", "\xff"}, {"A"}, {"the", "THE", "The"},
	}
	if data, err := os.ReadFile("../../testdata/bench-article.txt"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if f := strings.Fields(line); len(f) > 0 {
				sents = append(sents, f)
			}
		}
	}
	var all []string
	for _, s := range sents {
		all = append(all, s...)
	}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 300; k++ {
		n := 1 + rng.Intn(30)
		s := make([]string, n)
		for i := range s {
			w := all[rng.Intn(len(all))]
			switch rng.Intn(8) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w += "ish"
			case 2:
				w = strings.ToLower(w)
			}
			s[i] = w
		}
		sents = append(sents, s)
	}
	return sents
}

// TestFastMatchesSlow: the fast taggers, which sum rows, conjunction
// tables and caches, give the tags that every feature looked up gives,
// for words in and out of the vocabulary, in capitals or not, twice over
// (the caches warm).
func TestFastMatchesSlow(t *testing.T) {
	if Err() != nil {
		t.Fatal(Err())
	}
	ms, _ := loaded()
	if !ms.same {
		t.Error("the embedded models have different vocabularies: TagChunk reads words twice")
	}
	sents := refSentences()
	var tg Tagger
	for pass := 0; pass < 2; pass++ {
		for _, s := range sents {
			want := TagReference(ms.pos, s)
			got := tg.TagWith(ms.pos, s, nil)
			if !bytes.Equal(got, want) {
				t.Fatalf("%q: tags %v, want %v", s, got, want)
			}
			wantC := ChunkReference(ms.chunk, s, want)
			gotC := tg.ChunkWith(ms.chunk, s, want, nil)
			if !bytes.Equal(gotC, wantC) {
				t.Fatalf("%q: chunks %v, want %v", s, gotC, wantC)
			}
			// Both at once, the words read once.
			got, gotC = tg.TagChunk(s, got, gotC)
			if !bytes.Equal(got, want) || !bytes.Equal(gotC, wantC) {
				t.Fatalf("%q: TagChunk gives %v %v, want %v %v", s, got, gotC, want, wantC)
			}
		}
	}
}

// TestChunkOddTags: the fast chunker reads part-of-speech tags beyond
// the set as the reference decoder does: tags no feature reads (below 63
// and above), noTag (the value beyond a sentence's ends), mixed with
// real ones.
func TestChunkOddTags(t *testing.T) {
	ms, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	odd := []uint8{uint8(NumPOS), 62, 63, 64, 200, 254, noTag}
	rng := rand.New(rand.NewSource(2))
	var tg Tagger
	for _, s := range refSentences() {
		pos := tg.TagWith(ms.pos, s, nil)
		for i := range pos {
			if rng.Intn(3) == 0 {
				pos[i] = odd[rng.Intn(len(odd))]
			}
		}
		want := ChunkReference(ms.chunk, s, pos)
		if got := tg.ChunkWith(ms.chunk, s, pos, nil); !bytes.Equal(got, want) {
			t.Fatalf("%q %v: chunks %v, want %v", s, pos, got, want)
		}
	}
}

// TestChunkPrevIn32: a chunk model whose rows of the tags before a word
// are kept in 32 bits (as one whose values do not fit in 16 must) chunks
// as the reference decoder does.
func TestChunkPrevIn32(t *testing.T) {
	prevIn16 = false
	m, err := Load(chunkAsset)
	prevIn16 = true
	if err != nil {
		t.Fatal(err)
	}
	if m.ct.prev == nil || m.ct.prev16 != nil {
		t.Fatal("the rows are not in 32 bits")
	}
	ms, _ := loaded()
	var tg Tagger
	for _, s := range refSentences() {
		pos := tg.TagWith(ms.pos, s, nil)
		want := ChunkReference(m, s, pos)
		if got := tg.ChunkWith(m, s, pos, nil); !bytes.Equal(got, want) {
			t.Fatalf("%q: chunks %v, want %v", s, got, want)
		}
	}
}

// FuzzFastMatchesSlow: for any sentence, the fast taggers give the
// reference decoders' tags.
func FuzzFastMatchesSlow(f *testing.F) {
	f.Add("The mayor said on Friday that the plan , which costs $ 2 million , would pass .")
	f.Add("THE MAYOR SAYS NO x-ray 1990s O'Neill \xff é")
	f.Fuzz(func(t *testing.T, s string) {
		ms, err := loaded()
		if err != nil {
			t.Skip(err)
		}
		words := strings.Split(s, " ")
		var tg Tagger
		pos, chk := tg.TagChunk(words, nil, nil)
		want := TagReference(ms.pos, words)
		if !bytes.Equal(pos, want) {
			t.Fatalf("%q: tags %v, want %v", words, pos, want)
		}
		if wantC := ChunkReference(ms.chunk, words, want); !bytes.Equal(chk, wantC) {
			t.Fatalf("%q: chunks %v, want %v", words, chk, wantC)
		}
	})
}

// TestRowSums: the sums of rows that a word reads of itself and its
// neighbours (Tagger.fill) are the sums of those features looked up one
// by one, in sentences in capitals too (where a vocabulary word keeps its
// rows with its flags feature swapped), for both models.
func TestRowSums(t *testing.T) {
	ms, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("THE MAYOR SAID ON FRIDAY THAT THE NEW PLAN WOULD COST MORE , BUT IT IS UP TO US ."),
		strings.Fields("The mayor said on Friday that the new plan would cost more , but it is up to us ."),
		strings.Fields("Zorblax quintuplified THE flimflammery"),
		{"x"}, {"A", "b"},
	}
	var tg Tagger
	checked := 0
	for _, words := range sents {
		ws := readWords(nil, words)
		for _, m := range []*Model{ms.pos, ms.chunk} {
			tg.read(m, words)
			nt, ref := m.ntags, m.reference()
			for p := range words {
				want := make([]int32, nt)
				var keys []uint64
				if m.kind == kindPOS {
					if len(ref.weights(key(tDict, uint64(ws[p].cw)))) == 1 {
						continue // never scored
					}
					keys = posContext(posOwn(nil, &ws[p]), ws, p)
				} else {
					keys = chunkWords(nil, ws, p)
				}
				ref.sum(want, keys)
				if got := tg.acc[p*nt:][:nt]; !slices.Equal(got, want) {
					t.Errorf("%c model, %q: word %d sums %v, want %v", m.kind, words, p, got, want)
				}
				checked++
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d words checked", checked)
	}
}
