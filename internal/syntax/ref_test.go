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

// TestCapsRows: in a sentence in capitals, a word of the vocabulary has
// its summed rows with the flags feature changed (Tagger.fill) exactly
// as if its rows were summed anew from its features with the flag.
func TestCapsRows(t *testing.T) {
	ms, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	m := ms.pos
	words := strings.Fields("THE MAYOR SAID ON FRIDAY THAT THE NEW PLAN WOULD COST MORE , BUT IT IS UP TO US .")
	var tg Tagger
	tg.read(m, words)
	checked := 0
	for i, w := range words {
		if tg.ids[i] < 0 {
			continue
		}
		checked++
		var wd word
		readWord(&wd, w)
		wd.flags |= fCapsSent
		rec := m.record(&wd)
		// Every feature, from the reference table.
		nt, ref := m.ntags, m.reference()
		want := make([]int32, m.nrows*nt)
		if rec.dict >= NumPOS {
			ref.sum(want[:nt], posOwn(nil, &wd))
		}
		ref.sum(want[nt:2*nt], posLeft1(nil, &wd))
		ref.sum(want[2*nt:3*nt], posRight1(nil, &wd))
		ref.sum(want[3*nt:4*nt], posLeft2(nil, &wd))
		ref.sum(want[4*nt:], posRight2(nil, &wd))
		if !slices.Equal(tg.rows[i], want) {
			t.Errorf("%q: rows in capitals differ from its features' sums", w)
		}
		if tg.recs[i] != rec {
			t.Errorf("%q: record %+v, want %+v", w, tg.recs[i], rec)
		}
	}
	if checked < 5 {
		t.Fatalf("only %d words of the vocabulary", checked)
	}
}
