// Command syntaxtrain trains newsparse's part-of-speech tagger and phrase
// chunker on a CoNLL-2003 file (token, POS, chunk, name tag; documents
// split by -DOCSTART-, sentences by blank lines) and writes the models
// that internal/syntax embeds. Training is deterministic: the same file
// and flags always give the same bytes.
//
//	go run ./internal/syntaxtrain -train ../shared/data/conll2003/train.txt
//
// The chunker learns with a beam of -beam hypotheses (3), the width it
// then decodes with. It learns from the gold part-of-speech tags, or
// with -folds above 1 from tags as the tagger gives them: the training
// sentences are cut in -folds parts, and each part is tagged by a tagger
// trained on the others.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsparse/newsparse/internal/syntax"
)

var slow = flag.Bool("slow", false, "measure with the reference taggers, which read every feature the slow way")

func main() {
	train := flag.String("train", "", "CoNLL-2003 training file")
	posOut := flag.String("pos", "internal/syntax/pos.bin", "part-of-speech model to write")
	chunkOut := flag.String("chunk", "internal/syntax/chunk.bin", "chunk model to write")
	epochs := flag.Int("epochs", 10, "training passes")
	seed := flag.Int64("seed", 1, "shuffle seed")
	folds := flag.Int("folds", 1, "parts to tag the chunker's training text with (1: gold tags, which measure better)")
	minWeight := flag.Int("min", 6, "smallest weight kept, of 32767")
	valid := flag.String("valid", "", "CoNLL-2003 file to measure the models on (optional)")
	goldPOS := flag.Bool("gold-pos", false, "measure the chunker on the gold part-of-speech tags of -valid")
	onlyPOS := flag.Bool("only-pos", false, "train and measure the part-of-speech model alone (the chunk model is not written)")
	keepPOS := flag.Bool("keep-pos", false, "read the part-of-speech model from -pos instead of training it")
	beam := flag.Int("beam", 3, "the chunker's beam width, in training and in decoding (1: greedy)")
	chunkMin := flag.Int("chunk-min", 300, "smallest weight kept in the chunk model, of 32767 (0: -min)")
	runs := flag.Int("runs", 5, "perceptrons, each with its own shuffles (seed, seed+1, ...), averaged into each model")
	flag.Parse()
	if *train == "" {
		fail(fmt.Errorf("-train is required"))
	}
	sents, err := readCoNLL(*train)
	if err != nil {
		fail(err)
	}
	logf := func(what string) syntax.Progress {
		return func(ep, wrong, total int) {
			fmt.Fprintf(os.Stderr, "%s epoch %d: %d of %d words wrong\n", what, ep, wrong, total)
		}
	}
	var posBin []byte
	if *keepPOS {
		posBin, err = os.ReadFile(*posOut)
		if err != nil {
			fail(err)
		}
	} else {
		posBin = syntax.TrainPOS(sents, *epochs, *runs, *seed, *minWeight, logf("pos"))
	}
	pm, err := syntax.Load(posBin)
	if err != nil {
		fail(err)
	}
	if *onlyPOS {
		if err := os.WriteFile(*posOut, posBin, 0o644); err != nil {
			fail(err)
		}
		vs, err := readCoNLL(*valid)
		if err != nil {
			fail(err)
		}
		measure(pm, nil, vs, false)
		return
	}
	// The chunker's part-of-speech tags: each fold tagged by a model
	// that did not see it.
	pos := make([][]uint8, len(sents))
	if *folds <= 1 {
		for i := range sents {
			pos[i] = sents[i].POS
		}
	} else {
		var t syntax.Tagger
		for f := 0; f < *folds; f++ {
			var rest []syntax.Sentence
			for i := range sents {
				if i%*folds != f {
					rest = append(rest, sents[i])
				}
			}
			m, err := syntax.Load(syntax.TrainPOS(rest, *epochs, *runs, *seed, *minWeight, nil))
			if err != nil {
				fail(err)
			}
			for i := f; i < len(sents); i += *folds {
				pos[i] = t.TagWith(m, sents[i].Words, nil)
			}
			fmt.Fprintf(os.Stderr, "fold %d tagged\n", f+1)
		}
	}
	if *chunkMin <= 0 {
		*chunkMin = *minWeight
	}
	chunkBin := syntax.TrainChunk(sents, pos, *beam, *epochs, *runs, *seed, *chunkMin, logf("chunk"))
	cm, err := syntax.Load(chunkBin)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*posOut, posBin, 0o644); err != nil {
		fail(err)
	}
	if err := os.WriteFile(*chunkOut, chunkBin, 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "pos model %d bytes, chunk model %d bytes\n", len(posBin), len(chunkBin))
	if *valid != "" {
		vs, err := readCoNLL(*valid)
		if err != nil {
			fail(err)
		}
		measure(pm, cm, vs, *goldPOS)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "syntaxtrain:", err)
	os.Exit(2)
}

// measure prints the part-of-speech accuracy and the chunk F1 (exact
// phrases, conlleval-style) of the models on sents, on their own tokens;
// the chunker reads the tagger's tags, or with goldPOS the gold ones.
func measure(pm, cm *syntax.Model, sents []syntax.Sentence, goldPOS bool) {
	var t syntax.Tagger
	ok, n := 0, 0
	tp, np, ng := 0, 0, 0
	var pos, chk []uint8
	for _, s := range sents {
		if *slow {
			pos = syntax.TagReference(pm, s.Words)
		} else {
			pos = t.TagWith(pm, s.Words, pos)
		}
		for i := range pos {
			n++
			if pos[i] == s.POS[i] {
				ok++
			}
		}
		if goldPOS {
			pos = s.POS // how well the chunker does on perfect tags
		}
		if cm == nil {
			continue
		}
		if *slow {
			chk = syntax.ChunkReference(cm, s.Words, pos)
		} else {
			chk = t.ChunkWith(cm, s.Words, pos, chk)
		}
		g, p := phrases(s.Chunks), phrases(chk)
		for c := range p {
			if g[c] {
				tp++
			}
		}
		np += len(p)
		ng += len(g)
	}
	P, R := float64(tp)/float64(max(np, 1)), float64(tp)/float64(max(ng, 1))
	F := 0.0
	if P+R > 0 {
		F = 2 * P * R / (P + R)
	}
	fmt.Fprintf(os.Stderr, "pos accuracy %.2f (%d words); chunk P %.2f R %.2f F1 %.2f\n",
		100*float64(ok)/float64(max(n, 1)), n, 100*P, 100*R, 100*F)
}

// phrases returns the phrases of chunk tags as {start, end, type}.
func phrases(tags []uint8) map[[3]int]bool {
	out := map[[3]int]bool{}
	start, typ := -1, -1
	for i := 0; i <= len(tags); i++ {
		t := syntax.O
		if i < len(tags) {
			t = tags[i]
		}
		ty := int(syntax.Phrase(t))
		if start >= 0 && (ty != typ || syntax.IsBegin(t)) {
			out[[3]int{start, i, typ}] = true
			start, typ = -1, -1
		}
		if t != syntax.O && start < 0 {
			start, typ = i, ty
		}
	}
	return out
}

// readCoNLL reads the sentences of a CoNLL-2003 file.
func readCoNLL(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var sents []syntax.Sentence
	var cur syntax.Sentence
	end := func() {
		if len(cur.Words) > 0 {
			sents = append(sents, cur)
		}
		cur = syntax.Sentence{}
	}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Fields(sc.Text())
		if len(cols) == 0 || cols[0] == "-DOCSTART-" {
			end()
			continue
		}
		if len(cols) < 3 {
			return nil, fmt.Errorf("%s:%d: want token, POS and chunk columns", path, line)
		}
		p, ok1 := syntax.POSIndex(cols[1])
		c, ok2 := syntax.ChunkIndex(cols[2])
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%s:%d: unknown tag %q or %q", path, line, cols[1], cols[2])
		}
		cur.Words = append(cur.Words, cols[0])
		cur.POS = append(cur.POS, p)
		cur.Chunks = append(cur.Chunks, c)
	}
	end()
	return sents, sc.Err()
}
