package syntax

import (
	"bytes"
	"strings"
	"testing"
)

func TestEmbeddedModelsLoad(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	ms, _ := loaded()
	if ms.pos.kind != kindPOS || ms.chunk.kind != kindChunk {
		t.Fatalf("models of kinds %c and %c", ms.pos.kind, ms.chunk.kind)
	}
}

// TestLoadBad feeds Load every kind of broken asset: it must fail cleanly,
// never panic.
func TestLoadBad(t *testing.T) {
	good := posAsset
	bad := [][]byte{
		nil,
		{},
		[]byte("not a model"),
		[]byte(magic),
		append([]byte(magic), kindPOS, 3),        // wrong tag count
		append([]byte(magic), 'X', byte(NumPOS)), // unknown kind
		append([]byte(magic), kindPOS, byte(NumPOS), 1), // not flate
		good[:len(good)/2],                         // truncated
		append(append([]byte(nil), good...), 0, 0), // trailing bytes
		// A chunk model's header on a part-of-speech model's data.
		append(append([]byte(magic), kindChunk, byte(NumChunk)), good[len(magic)+2:]...),
	}
	flipped := append([]byte(nil), good...)
	for i := len(magic) + 2; i < len(flipped); i += 997 {
		flipped[i] ^= 0x5a
	}
	bad = append(bad, flipped)
	for i, data := range bad {
		m, err := Load(data)
		if err == nil || m != nil {
			t.Errorf("case %d: Load succeeded on bad data", i)
		}
	}
}

// tagged tags and chunks a sentence written with spaces between tokens.
func tagged(s string) (words []string, pos, chunk []string) {
	words = strings.Fields(s)
	p := Tag(words, nil)
	c := Chunk(words, p, nil)
	for i := range words {
		pos = append(pos, POSName(p[i]))
		chunk = append(chunk, ChunkName(c[i]))
	}
	return words, pos, chunk
}

func TestTagSentence(t *testing.T) {
	words, pos, chunk := tagged("The harbour board approved a new budget on Tuesday , and the mayor signed it .")
	want := map[int][2]string{
		0:  {"DT", "B-NP"},  // The
		3:  {"VBD", "B-VP"}, // approved
		4:  {"DT", "B-NP"},  // a
		5:  {"JJ", "I-NP"},  // new
		6:  {"NN", "I-NP"},  // budget
		7:  {"IN", "B-PP"},  // on
		8:  {"NNP", "B-NP"}, // Tuesday
		9:  {",", "O"},
		10: {"CC", "O"},     // and
		12: {"NN", "I-NP"},  // mayor
		13: {"VBD", "B-VP"}, // signed
		14: {"PRP", "B-NP"}, // it
		15: {".", "O"},
	}
	for i, w := range want {
		if pos[i] != w[0] || chunk[i] != w[1] {
			t.Errorf("%s: %s %s, want %s %s", words[i], pos[i], chunk[i], w[0], w[1])
		}
	}
}

func TestTagContraction(t *testing.T) {
	words, pos, _ := tagged("She did n't say whether they 're leaving .")
	want := map[int]string{0: "PRP", 1: "VBD", 2: "RB", 3: "VB", 5: "PRP", 6: "VBP", 7: "VBG"}
	for i, w := range want {
		if pos[i] != w {
			t.Errorf("%s: %s, want %s", words[i], pos[i], w)
		}
	}
}

// TestOddInput tags what no sentence looks like: it must not panic, and
// give one tag a word.
func TestOddInput(t *testing.T) {
	long := strings.Repeat("x ", 20000)
	for _, s := range []string{"", "\x00", "\xff\xfe", strings.Repeat("é", 300), "a-b-c-d-e-f", long, "1 2 3 4 5 6 7 8 9"} {
		words := strings.Fields(s)
		if s == "\x00" || s == "\xff\xfe" {
			words = []string{s, "", s}
		}
		p := Tag(words, nil)
		c := Chunk(words, p, nil)
		if len(p) != len(words) || len(c) != len(words) {
			t.Errorf("%q: %d tags, %d chunks for %d words", s, len(p), len(c), len(words))
		}
		for i := range p {
			if POSName(p[i]) == "" || ChunkName(c[i]) == "" {
				t.Errorf("%q: tag out of the set", s)
				break
			}
		}
	}
	// Chunk with too few tags, or tags beyond the set, still gives a tag
	// a word.
	if c := Chunk([]string{"a", "b"}, []uint8{200}, nil); len(c) != 2 {
		t.Errorf("Chunk gave %d tags for 2 words", len(c))
	}
	if c := Chunk([]string{"a", "b"}, []uint8{200, 255}, nil); len(c) != 2 || IsBegin(c[0]) && ChunkName(c[0]) == "" {
		t.Errorf("Chunk gave %v", c)
	}
}

// TestNoAllocs: once its buffers have grown, tagging allocates nothing.
func TestNoAllocs(t *testing.T) {
	words := strings.Fields("The council voted on Tuesday to rebuild the harbour , which floods destroyed last autumn .")
	var tg Tagger
	pos, chk := tg.Tag(words, nil), []uint8(nil)
	chk = tg.Chunk(words, pos, chk)
	n := testing.AllocsPerRun(20, func() {
		pos = tg.Tag(words, pos)
		chk = tg.Chunk(words, pos, chk)
		pos, chk = tg.TagChunk(words, pos, chk)
	})
	if n != 0 {
		t.Errorf("%v allocations a sentence", n)
	}
}

// TestTrainDeterministic trains on a toy corpus twice: the same bytes come
// out, they load back, and the model learns its data.
func TestTrainDeterministic(t *testing.T) {
	sents, pos := toyCorpus()
	a, b := TrainPOS(sents, 5, 1, 1, 1, nil), TrainPOS(sents, 5, 1, 1, 1, nil)
	ca, cb := TrainChunk(sents, pos, 1, 5, 1, 1, 1, nil), TrainChunk(sents, pos, 1, 5, 1, 1, 1, nil)
	if !bytes.Equal(a, b) || !bytes.Equal(ca, cb) {
		t.Fatal("training is not deterministic")
	}
	pm, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	cm, err := Load(ca)
	if err != nil {
		t.Fatal(err)
	}
	var tg Tagger
	for _, s := range sents {
		if got := tg.TagWith(pm, s.Words, nil); !bytes.Equal(got, s.POS) {
			t.Errorf("%v: tags %v, want %v", s.Words, got, s.POS)
		}
		if got := tg.ChunkWith(cm, s.Words, s.POS, nil); !bytes.Equal(got, s.Chunks) {
			t.Errorf("%v: chunks %v, want %v", s.Words, got, s.Chunks)
		}
	}
	// A model of one kind does not tag as the other.
	if got := tg.TagWith(cm, sents[0].Words, nil); len(got) != 4 {
		t.Errorf("TagWith a chunk model: %v", got)
	}
}

// toyCorpus returns a few tagged sentences and their part-of-speech tags.
func toyCorpus() ([]Sentence, [][]uint8) {
	mk := func(s, pos, chunk string) Sentence {
		var st Sentence
		st.Words = strings.Fields(s)
		for _, p := range strings.Fields(pos) {
			k, _ := POSIndex(p)
			st.POS = append(st.POS, k)
		}
		for _, c := range strings.Fields(chunk) {
			k, _ := ChunkIndex(c)
			st.Chunks = append(st.Chunks, k)
		}
		return st
	}
	sents := []Sentence{
		mk("the dog barked .", "DT NN VBD .", "B-NP I-NP B-VP O"),
		mk("a cat slept on the mat .", "DT NN VBD IN DT NN .", "B-NP I-NP B-VP B-PP B-NP I-NP O"),
		mk("dogs bark .", "NNS VBP .", "B-NP B-VP O"),
		mk("the old man saw a dog in the park .", "DT JJ NN VBD DT NN IN DT NN .", "B-NP I-NP I-NP B-VP B-NP I-NP B-PP B-NP I-NP O"),
	}
	var pos [][]uint8
	for _, s := range sents {
		pos = append(pos, s.POS)
	}
	return sents, pos
}

// TestTrainRuns: a model averaged over several runs comes out the same
// each time, differs from each run's own model (every run counts), and
// learns its data.
func TestTrainRuns(t *testing.T) {
	sents, pos := toyCorpus()
	two := TrainChunk(sents, pos, 1, 3, 2, 1, 1, nil)
	if !bytes.Equal(two, TrainChunk(sents, pos, 1, 3, 2, 1, 1, nil)) {
		t.Fatal("training with two runs is not deterministic")
	}
	for seed := int64(1); seed <= 2; seed++ {
		if bytes.Equal(two, TrainChunk(sents, pos, 1, 3, 1, seed, 1, nil)) {
			t.Errorf("two runs give the model of the run of seed %d alone", seed)
		}
	}
	cm, err := Load(two)
	if err != nil {
		t.Fatal(err)
	}
	var tg Tagger
	for _, s := range sents {
		if got := tg.ChunkWith(cm, s.Words, s.POS, nil); !bytes.Equal(got, s.Chunks) {
			t.Errorf("%v: chunks %v, want %v", s.Words, got, s.Chunks)
		}
	}
}

func TestTagNames(t *testing.T) {
	for k := range NumPOS {
		if i, ok := POSIndex(POSName(k)); !ok || i != k {
			t.Errorf("POS tag %d: %q reads back as %d", k, POSName(k), i)
		}
	}
	for k := range NumChunk {
		if i, ok := ChunkIndex(ChunkName(k)); !ok || i != k {
			t.Errorf("chunk tag %d: %q reads back as %d", k, ChunkName(k), i)
		}
		if k != O && Phrase(k) != k-(1-k%2) {
			t.Errorf("chunk tag %d: phrase %d", k, Phrase(k))
		}
	}
	if i, ok := POSIndex("NN|SYM"); !ok || i != NN {
		t.Errorf("NN|SYM reads as %d", i)
	}
	if IsBegin(INP) || !IsBegin(BNP) || Phrase(INP) != BNP {
		t.Error("B and I of NP")
	}
}

// FuzzTag tags any sentence: one tag a word, never a panic.
func FuzzTag(f *testing.F) {
	f.Add("The mayor said on Friday that the plan , which costs $ 2 million , would pass .")
	f.Add("\xff \x00 é — “ ” 's n't")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		p := Tag(words, nil)
		c := Chunk(words, p, nil)
		if len(p) != len(words) || len(c) != len(words) {
			t.Fatalf("%d tags, %d chunks for %d words", len(p), len(c), len(words))
		}
		for i := 1; i < len(c); i++ {
			if !IsBegin(c[i]) && c[i] != O && Phrase(c[i-1]) != Phrase(c[i]) {
				t.Fatalf("chunk %s after %s", ChunkName(c[i]), ChunkName(c[i-1]))
			}
		}
	})
}
