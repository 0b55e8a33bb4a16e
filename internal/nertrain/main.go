// Command nertrain trains newsparse's name tagger on a CoNLL-2003 file
// (token, POS, chunk, IOB2 tag; documents split by -DOCSTART-) and writes
// the model that internal/ner embeds: a first pass, and a second pass
// trained on first-pass tags from models that never saw the document
// (-folds). Training is deterministic: the same file and flags always give
// the same bytes.
//
//	go run ./internal/nertrain -train ../shared/data/conll2003/train.txt -out internal/ner/model.bin
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/newsparse/newsparse/internal/ner"
)

func main() {
	train := flag.String("train", "", "CoNLL-2003 training file")
	out := flag.String("out", "internal/ner/model.bin", "model file to write")
	bits := flag.Uint("bits", 20, "log2 of the number of feature buckets")
	epochs := flag.Int("epochs", 20, "training passes")
	seed := flag.Int64("seed", 1, "shuffle seed")
	runs := flag.Int("runs", 5, "perceptrons, each with its own shuffles (seed, seed+1, ...), averaged into each model")
	folds := flag.Int("folds", 5, "folds for the second pass's first-pass tags (0: one pass only)")
	valid := flag.String("valid", "", "CoNLL-2003 file to measure the model on (optional)")
	show := flag.Bool("show", false, "with -valid, print each missed and extra name")
	load := flag.String("model", "", "measure this model file on -valid instead of training one")
	flag.Parse()
	if *load != "" {
		data, err := os.ReadFile(*load)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(2)
		}
		m, err := ner.Load(data)
		if err != nil || *valid == "" {
			fmt.Fprintln(os.Stderr, "nertrain: -model needs a model file and -valid")
			os.Exit(2)
		}
		vdocs, err := readCoNLL(*valid)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(2)
		}
		measure(m, vdocs, *show)
		return
	}
	if *train == "" {
		fmt.Fprintln(os.Stderr, "nertrain: -train is required")
		os.Exit(2)
	}
	docs, err := readCoNLL(*train)
	if err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(2)
	}
	m := ner.TrainTwoPass(docs, *bits, *epochs, *runs, *seed, *folds, func(ep, wrong, total int) {
		fmt.Fprintf(os.Stderr, "epoch %d: %d of %d scored words wrong\n", ep, wrong, total)
	})
	if err := os.WriteFile(*out, m.Encode(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(2)
	}
	if *valid != "" {
		vdocs, err := readCoNLL(*valid)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(2)
		}
		measure(m, vdocs, *show)
	}
}

// measure prints CoNLL-style exact-match precision, recall and F1 per type.
func measure(m *ner.Model, docs []ner.TrainDoc, show bool) {
	var tp, np, ng [4]int
	for _, d := range docs {
		pred := chunks(m.Tag(d.Doc))
		gold := chunks(d.Tags)
		if show {
			for _, c := range sortedChunks(gold) {
				if !pred[c] {
					fmt.Printf("missed %-4s %s\n", ner.Types[c[2]], strings.Join(d.Words[c[0]:c[1]], " "))
				}
			}
			for _, c := range sortedChunks(pred) {
				if !gold[c] {
					fmt.Printf("extra  %-4s %s\n", ner.Types[c[2]], strings.Join(d.Words[c[0]:c[1]], " "))
				}
			}
		}
		for c := range pred {
			np[c[2]]++
			if gold[c] {
				tp[c[2]]++
			}
		}
		for c := range gold {
			ng[c[2]]++
		}
	}
	var st, sp, sg int
	for k, typ := range ner.Types {
		fmt.Fprintf(os.Stderr, "%-5s %s\n", typ, prf(tp[k], np[k], ng[k]))
		st, sp, sg = st+tp[k], sp+np[k], sg+ng[k]
	}
	fmt.Fprintf(os.Stderr, "all   %s\n", prf(st, sp, sg))
}

func prf(tp, np, ng int) string {
	p, r := float64(tp)/float64(max(np, 1)), float64(tp)/float64(max(ng, 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %5.2f R %5.2f F1 %5.2f", 100*p, 100*r, 100*f)
}

// chunks returns the entity spans of a tag sequence as {start, end, type}.
func chunks(tags []uint8) map[[3]int]bool {
	out := map[[3]int]bool{}
	start, typ := -1, -1
	for i := 0; i <= len(tags); i++ {
		t := uint8(ner.O)
		if i < len(tags) {
			t = tags[i]
		}
		if t == ner.O || ner.IsBegin(t) || ner.TagType(t) != typ {
			if start >= 0 {
				out[[3]int{start, i, typ}] = true
			}
			start, typ = -1, -1
			if t != ner.O {
				start, typ = i, ner.TagType(t)
			}
		}
	}
	return out
}

// tagIndex maps an IOB2 tag to the tagger's tag numbers.
func tagIndex(t string) uint8 {
	if len(t) < 3 {
		return ner.O
	}
	for k, typ := range ner.Types {
		if t[2:] == typ {
			if t[0] == 'B' {
				return uint8(1 + k)
			}
			return uint8(5 + k)
		}
	}
	return ner.O
}

func readCoNLL(path string) ([]ner.TrainDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []ner.TrainDoc
	var cur ner.TrainDoc
	s0 := 0
	endSent := func() {
		if len(cur.Words) > s0 {
			cur.Sents = append(cur.Sents, [2]int{s0, len(cur.Words)})
		}
		s0 = len(cur.Words)
	}
	endDoc := func() {
		endSent()
		if len(cur.Words) > 0 {
			docs = append(docs, cur)
		}
		cur = ner.TrainDoc{}
		s0 = 0
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			endDoc()
			continue
		}
		cols := strings.Fields(line)
		if len(cols) == 0 {
			endSent()
			continue
		}
		cur.Words = append(cur.Words, cols[0])
		cur.Tags = append(cur.Tags, tagIndex(cols[len(cols)-1]))
	}
	endDoc()
	return docs, sc.Err()
}

// sortedChunks returns the chunks of a set in text order.
func sortedChunks(set map[[3]int]bool) [][3]int {
	out := make([][3]int, 0, len(set))
	for c := range set {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][2] < out[j][2]
	})
	return out
}
