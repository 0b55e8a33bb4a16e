package quotes

import (
	"bufio"
	"bytes"
	"flag"
	"github.com/newsparse/newsparse/internal/reading"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/linear"
	"github.com/newsparse/newsparse/internal/quotemodel"
)

// The trainer of the learned attribution tagger (quote_model.go):
//
//	go test ./internal/quotes -run TestTrainQuoteModel -quote-train -timeout 30m
//
// reads PolNeAR's train part next to the repository
// (../shared/data/polnear/train: text/*.txt and attributions/*.ann, the
// first annotation of each article being the gold, as the scorer takes
// it), runs the rule layer on each article, tags every body word with its
// gold role (source, cue, content, none, in BIO form), and trains an
// averaged structured perceptron over the features quote_model.go builds.
// With -quote-holdout it trains on nine tenths of the articles and prints
// the per-word figures on the rest; without, it trains on all of them and
// writes internal/quotemodel/model.bin. The same data gives the same
// bytes.
var (
	quoteTrain   = flag.Bool("quote-train", false, "train the attribution tagger and write internal/quotemodel/model.bin")
	quoteHoldout = flag.Bool("quote-holdout", false, "with -quote-train: hold a tenth of the articles out, report on it, write nothing")
	quoteEpochs  = flag.Int("quote-epochs", 8, "training passes of the attribution tagger")
)

// quoteSeq is one training paragraph: its features and gold tags.
type quoteSeq struct {
	flat []uint32
	offs []int
	gold []uint8
	doc  int
}

func TestTrainQuoteModel(t *testing.T) {
	if !*quoteTrain {
		t.Skip("run with -quote-train to retrain the attribution tagger")
	}
	seqs, articles := quoteTrainingSeqs(t)
	t.Logf("%d articles, %d paragraphs", articles, len(seqs))
	train, test := seqs, []quoteSeq(nil)
	if *quoteHoldout {
		train, test = nil, nil
		for _, s := range seqs {
			if s.doc%10 == 9 {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
	}
	m := trainQuoteModel(train, *quoteEpochs, t.Logf)
	if *quoteHoldout {
		var sc quotemodel.Scratch
		var tp, np, ng [quotemodel.NTags]int
		for _, s := range test {
			pred := make([]uint8, len(s.gold))
			m.Tag(s.flat, s.offs, pred, &sc)
			for k := range pred {
				g, p := (int(s.gold[k])+1)/2, (int(pred[k])+1)/2
				ng[g]++
				np[p]++
				if g == p {
					tp[g]++
				}
			}
		}
		for r, name := range []string{"none", "source", "cue", "content"} {
			t.Logf("words %-8s P %.3f R %.3f", name, float64(tp[r])/float64(max(np[r], 1)), float64(tp[r])/float64(max(ng[r], 1)))
		}
		return
	}
	out := filepath.Join("..", "quotemodel", "model.bin")
	if err := os.WriteFile(out, m.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", out)
}

// quoteTrainingSeqs reads PolNeAR's train part next to the repository
// (skipping the test where it is absent) and returns its paragraphs as
// training sequences, and the number of articles read.
func quoteTrainingSeqs(t *testing.T) ([]quoteSeq, int) {
	var seqs []quoteSeq
	n := forPolNeAR(t, "train", func(text string, roles []goldRole, di int) {
		seqs = append(seqs, quoteTrainSeqs(text, roles, di)...)
	})
	return seqs, n
}

// forPolNeAR calls fn with each article of a part of PolNeAR next to the
// repository (skipping the test where it is absent): its text, the roles
// of its gold attributions (the first annotation, as the scorer takes
// it) and its number in the sorted list of texts. It returns the number
// of texts.
func forPolNeAR(t *testing.T, part string, fn func(text string, roles []goldRole, di int)) int {
	dir := filepath.Join("..", "..", "..", "shared", "data", "polnear", part)
	texts, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if len(texts) == 0 {
		t.Skip("no PolNeAR " + part + " part at " + dir)
	}
	sort.Strings(texts)
	for di, tf := range texts {
		name := strings.TrimSuffix(filepath.Base(tf), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		b, err := os.ReadFile(tf)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		roles, err := polnearRoles(anns[0], text)
		if err != nil {
			t.Fatal(err)
		}
		fn(text, roles, di)
	}
	return len(texts)
}

// trainQuoteModel trains the attribution tagger on train, epochs passes
// in an order shuffled by a fixed seed.
func trainQuoteModel(train []quoteSeq, epochs int, logf func(string, ...any)) *quotemodel.Model {
	tr := quotemodel.NewTrainer()
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(1))
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, words := 0, 0
		for _, i := range order {
			s := train[i]
			wrong += tr.Learn(s.flat, s.offs, s.gold)
			words += len(s.gold)
		}
		logf("epoch %d: %d of %d words wrong", ep+1, wrong, words)
	}
	return tr.Model()
}

// TestQuoteModelRebuild retrains the attribution tagger from PolNeAR
// train (skipped where it is absent, and under -short) and checks that the
// embedded weights are those bytes: the tagger reads the rules' quotes and
// the names, so a change to either must come with a retrained model.
func TestQuoteModelRebuild(t *testing.T) {
	if testing.Short() {
		t.Skip("retrains the attribution tagger")
	}
	seqs, _ := quoteTrainingSeqs(t)
	have, err := os.ReadFile(filepath.Join("..", "quotemodel", "model.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, trainQuoteModel(seqs, *quoteEpochs, func(string, ...any) {}).Encode()) {
		t.Error("internal/quotemodel/model.bin is not what the trainer builds from this code: run go test ./internal/quotes -run TestTrainQuoteModel -quote-train")
	}
}

// goldRole is one role span of a gold attribution, in bytes.
type goldRole struct {
	role       int // quotemodel.BSrc, BCue or BCon
	start, end int
	attr       int
}

// polnearRoles reads the Source, Cue and Content spans of the
// attributions of a brat file, converted from characters to bytes of text.
func polnearRoles(path, text string) ([]goldRole, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// byteAt[c] is the byte offset of character c.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	conv := func(c int) int {
		if c < 0 {
			return 0
		}
		if c >= len(byteAt) {
			return len(text)
		}
		return byteAt[c]
	}
	type tb struct {
		label string
		spans [][2]int
	}
	tbs := map[string]tb{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 {
			continue
		}
		switch parts[0][0] {
		case 'T':
			label, rng, _ := strings.Cut(parts[1], " ")
			var spans [][2]int
			for _, piece := range strings.Split(rng, ";") {
				ab := strings.Fields(piece)
				if len(ab) != 2 {
					continue
				}
				a, _ := strconv.Atoi(ab[0])
				b, _ := strconv.Atoi(ab[1])
				spans = append(spans, [2]int{conv(a), conv(b)})
			}
			tbs[parts[0]] = tb{label, spans}
		case 'E':
			events = append(events, strings.Fields(parts[1]))
		}
	}
	var out []goldRole
	for ai, ev := range events {
		for _, arg := range ev {
			role, id, _ := strings.Cut(arg, ":")
			r := 0
			switch role {
			case "Source":
				r = quotemodel.BSrc
			case "Cue":
				r = quotemodel.BCue
			case "Content":
				r = quotemodel.BCon
			default:
				continue
			}
			for _, s := range tbs[id].spans {
				out = append(out, goldRole{r, s[0], s[1], ai})
			}
		}
	}
	return out, sc.Err()
}

// quoteTrainSeqs runs the rule layer on text and returns each body
// paragraph's features with its gold tags.
func quoteTrainSeqs(text string, roles []goldRole, di int) []quoteSeq {
	q := scanOf(text, true)
	rules := q.rules()
	f := q.newQuoteFeatures(rules)
	// Each word's gold role: the first role span it overlaps.
	n := len(q.ws)
	role := make([]int, n)
	piece := make([]int, n)
	for k := range role {
		role[k] = -1
	}
	for pi, r := range roles {
		for j := wordAt(q.ws, r.start); j < n && q.ws[j].Start < r.end; j++ {
			if role[j] < 0 {
				role[j], piece[j] = r.role, pi
			}
		}
	}
	var out []quoteSeq
	q.forParagraphs(func(w0, w1, s0, s1 int) {
		q.beginPara(f, w0, w1, s0, s1)
		s := quoteSeq{offs: []int{0}, doc: di}
		for i := w0; i < w1; i++ {
			s.flat = append(s.flat, q.wordFeatures(f, i)...)
			s.offs = append(s.offs, len(s.flat))
		}
		s.gold = make([]uint8, w1-w0)
		for k := w0; k < w1; k++ {
			switch {
			case role[k] < 0:
				s.gold[k-w0] = quotemodel.O
			case k > w0 && role[k-1] == role[k] && piece[k-1] == piece[k]:
				s.gold[k-w0] = uint8(role[k] + 1)
			default:
				s.gold[k-w0] = uint8(role[k])
			}
		}
		out = append(out, s)
	})
	return out
}

// The trainer of the quote layer's rankers, today the one of clause ends
// (ends.go):
//
//	go test ./internal/quotes -run TestTrainRanker -rank-train ends
//
// runs the layer on each article of PolNeAR's train part, up to the
// ranker. Every reported clause that overlaps a gold content piece whose
// end the ranker could choose is an example: its candidate places, the
// gold one marked. An averaged perceptron learns to rank them. With
// -rank-holdout it trains on nine tenths of the articles and prints how
// often the held-out places come out right, against the layer's own; with
// -rank-eval dev it trains on all of train and prints the same on dev;
// without either, it trains on all and writes internal/quotemodel/ends.bin.
// The same data gives the same bytes.
var (
	rankTrain   = flag.String("rank-train", "", "train the named ranker of the quotes layer (ends) and write internal/quotemodel/NAME.bin")
	rankHoldout = flag.Bool("rank-holdout", false, "with -rank-train: hold a tenth of the articles out, report on it, write nothing")
	rankEpochs  = flag.Int("rank-epochs", 10, "training passes of a ranker")
	rankEval    = flag.String("rank-eval", "", "with -rank-train: a PolNeAR part (dev) to report on, after training on all of train; write nothing")
)

// rankers are the quote layer's rankers: each one's name (and file) and
// the examples an article gives it.
var rankers = map[string]func(text string, roles []goldRole, di int) []rankExample{
	"ends": endExamples,
}

// rankExample is one reported clause: the features of each of its
// candidate places (cands[k] to cands[k+1] in flat), which candidate is
// the gold one and which the layer's.
type rankExample struct {
	flat       []uint32
	cands      []int
	gold, rule int
	doc        int
}

func TestTrainRanker(t *testing.T) {
	if *rankTrain == "" {
		t.Skip("run with -rank-train ends to retrain the ranker of clause ends")
	}
	examples, ok := rankers[*rankTrain]
	if !ok {
		t.Fatalf("-rank-train %q: no such ranker (ends)", *rankTrain)
	}
	exs := rankTrainingExamples(t, "train", examples)
	t.Logf("%d examples", len(exs))
	report := func(part string, w []float32, test []rankExample) {
		right, rule := 0, 0
		for _, x := range test {
			if rankBest(w, x) == x.gold {
				right++
			}
			if x.rule == x.gold {
				rule++
			}
		}
		t.Logf("%s: %d clauses, ranker right %d, layer right %d", part, len(test), right, rule)
	}
	switch {
	case *rankEval != "":
		report(*rankEval, trainRanker(exs, *rankEpochs), rankTrainingExamples(t, *rankEval, examples))
	case *rankHoldout:
		var train, test []rankExample
		for _, x := range exs {
			if x.doc%10 == 9 {
				test = append(test, x)
			} else {
				train = append(train, x)
			}
		}
		report("held out", trainRanker(train, *rankEpochs), test)
	default:
		out := filepath.Join("..", "quotemodel", *rankTrain+".bin")
		if err := os.WriteFile(out, quotemodel.EncodeRanker(trainRanker(exs, *rankEpochs)), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", out)
	}
}

// TestRankerRebuild retrains the quote layer's rankers from PolNeAR train
// (skipped where it is absent, and under -short) and checks that the
// embedded weights are those bytes: the rankers read what the rules and
// the tagger give, so a change to either must come with retrained rankers.
func TestRankerRebuild(t *testing.T) {
	if testing.Short() {
		t.Skip("retrains the quote layer's rankers")
	}
	for name, examples := range rankers {
		exs := rankTrainingExamples(t, "train", examples)
		have, err := os.ReadFile(filepath.Join("..", "quotemodel", name+".bin"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(have, quotemodel.EncodeRanker(trainRanker(exs, *rankEpochs))) {
			t.Errorf("internal/quotemodel/%s.bin is not what the trainer builds from this code: run go test ./internal/quotes -run TestTrainRanker -rank-train %s", name, name)
		}
	}
}

// rankBest returns the candidate the weights w rank first in x, the
// layer's own on a tie, as fitEnds decides.
func rankBest(w []float32, x rankExample) int {
	r := linear.New(w)
	best, bestScore := x.rule, float32(math.Inf(-1))
	for k := 0; k+1 < len(x.cands); k++ {
		sc := r.Score(x.flat[x.cands[k]:x.cands[k+1]])
		if sc > bestScore || sc == bestScore && k == x.rule {
			best, bestScore = k, sc
		}
	}
	return best
}

// trainRanker trains a ranker on exs, epochs passes in an order shuffled
// by a fixed seed, and returns its averaged weights.
func trainRanker(exs []rankExample, epochs int) []float32 {
	const n = 1 << quotemodel.RankerBits
	w := make([]float32, n)
	sum := make([]float64, n) // sum of c*update, for averaging
	c := 1.0
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(1))
	add := func(fs []uint32, d float32) {
		for _, f := range fs {
			i := f & (n - 1)
			w[i] += d
			sum[i] += c * float64(d)
		}
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := exs[i]
			if p := rankBest(w, x); p != x.gold {
				add(x.flat[x.cands[x.gold]:x.cands[x.gold+1]], 1)
				add(x.flat[x.cands[p]:x.cands[p+1]], -1)
			}
			c++
		}
	}
	avg := make([]float32, n)
	for i := range w {
		avg[i] = float32(float64(w[i]) - sum[i]/c)
	}
	return avg
}

// rankTrainingExamples returns the examples the articles of a part of
// PolNeAR next to the repository give (skipping the test where it is
// absent).
func rankTrainingExamples(t *testing.T, part string, examples func(string, []goldRole, int) []rankExample) []rankExample {
	var exs []rankExample
	forPolNeAR(t, part, func(text string, roles []goldRole, di int) {
		exs = append(exs, examples(text, roles, di)...)
	})
	return exs
}

// goldPieces returns the gold content pieces of roles in words of q:
// [a, b), a closing quotation mark (and a stop inside it) going with the
// words it closes.
func goldPieces(q *quoteScan, roles []goldRole) [][2]int {
	var pieces [][2]int
	for _, r := range roles {
		if r.role != quotemodel.BCon {
			continue
		}
		sp := trimQuoteMarks(q.text, trimmedSpan(q.text, r.start, r.end))
		if sp.End <= sp.Start {
			continue
		}
		b := wordAt(q.ws, sp.End-1) + 1
		for b < len(q.ws) && q.segOf[b] != 0 && q.segOf[b] == q.segOf[b-1] && q.ws[b].Kind != reading.Alpha && q.ws[b].Kind != reading.Number {
			b++
		}
		pieces = append(pieces, [2]int{wordAt(q.ws, sp.Start), b})
	}
	return pieces
}

// mostOverlapped returns the piece of pieces that overlaps words a..b-1
// most, or false.
func mostOverlapped(pieces [][2]int, a, b int) ([2]int, bool) {
	var best [2]int
	most := 0
	for _, p := range pieces {
		if o := min(p[1], b) - max(p[0], a); o > most {
			best, most = p, o
		}
	}
	return best, most > 0
}

// layerFind runs the layer on text as Find does in news, up to its
// rankers.
func layerFind(text string) (*quoteScan, []Quote) {
	q := scanOf(text, true)
	return q, q.find(len(q.d.Paras) > 0 && reading.GenreOf(q.d.Doc) == reading.GenreNews)
}

// endExamples returns the examples of the ranker of ends that text gives.
func endExamples(text string, roles []goldRole, di int) []rankExample {
	q, res := layerFind(text)
	pieces := goldPieces(q, roles)
	var out []rankExample
	var fs []uint32
	attrs := attributionStarts(res)
	for i := range res {
		next := len(text)
		if i+1 < len(res) {
			next = res[i+1].Start
		}
		s, ok := q.endSiteOf(res[i], next, attrs)
		if !ok {
			continue
		}
		p, ok := mostOverlapped(pieces, s.a, s.cur)
		if !ok {
			continue
		}
		x := rankExample{gold: -1, rule: -1, doc: di, cands: []int{0}}
		fs = q.eachEnd(s, fs, func(b int, fs []uint32) {
			if b == p[1] {
				x.gold = len(x.cands) - 1
			}
			if b == s.cur {
				x.rule = len(x.cands) - 1
			}
			x.flat = append(x.flat, fs...)
			x.cands = append(x.cands, len(x.flat))
		})
		if x.gold >= 0 && x.rule >= 0 {
			out = append(out, x)
		}
	}
	return out
}
