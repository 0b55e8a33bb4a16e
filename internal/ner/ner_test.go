package ner

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestDefaultLoads(t *testing.T) {
	if Default() == nil {
		t.Fatal("the embedded model does not decode")
	}
}

// TestLoadBad feeds Load every kind of broken asset: it must fail cleanly,
// never panic.
func TestLoadBad(t *testing.T) {
	good := modelAsset
	bad := [][]byte{
		nil,
		{},
		[]byte("not a model"),
		[]byte(magic),
		append([]byte(magic), 40),          // absurd size
		append([]byte(magic), 17, 1, 2, 3), // not flate
		good[:len(good)/2],                 // truncated
		append(append([]byte(nil), good...), 0, 0), // trailing bytes
	}
	flipped := append([]byte(nil), good...)
	for i := len(magic) + 1; i < len(flipped); i += 97 {
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

func TestNilModelTagsO(t *testing.T) {
	var m *Model
	tags := m.Tag(Doc{Words: []string{"Paris"}, Sents: [][2]int{{0, 1}}})
	if len(tags) != 1 || tags[0] != O {
		t.Errorf("nil model tags %v", tags)
	}
}

// TestTrainRoundTrip trains on a toy corpus twice: the same bytes come
// out, they load back, and the model learns its data.
func TestTrainRoundTrip(t *testing.T) {
	doc := TrainDoc{
		Doc: Doc{
			Words: strings.Fields("Anna Berg visited Oslo . Berg met Acme Corp in Oslo ."),
			Sents: [][2]int{{0, 5}, {5, 12}},
		},
		//          Anna Berg visited Oslo .  Berg met Acme Corp in Oslo .
		Tags: []uint8{1, 5, 0, 3, 0, 1, 0, 2, 6, 0, 3, 0},
	}
	docs := []TrainDoc{doc, doc, doc}
	a := Train(docs, 10, 5, 1, 1, nil).Encode()
	b := Train(docs, 10, 5, 1, 1, nil).Encode()
	if !bytes.Equal(a, b) {
		t.Fatal("training is not deterministic")
	}
	m, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag(doc.Doc)
	if !bytes.Equal(got, doc.Tags) {
		t.Errorf("tags %v, want %v", got, doc.Tags)
	}
	// A two-pass model: deterministic too, both passes saved and loaded.
	a2 := TrainTwoPass(docs, 10, 5, 1, 1, 3, nil).Encode()
	if b2 := TrainTwoPass(docs, 10, 5, 1, 1, 3, nil).Encode(); !bytes.Equal(a2, b2) || len(a2) <= len(a) {
		t.Fatal("two-pass training is not deterministic, or lost its second pass")
	}
	m2, err := Load(a2)
	if err != nil || m2.next == nil {
		t.Fatalf("two-pass model does not load: %v", err)
	}
	if got := m2.Tag(doc.Doc); !bytes.Equal(got, doc.Tags) {
		t.Errorf("two-pass tags %v, want %v", got, doc.Tags)
	}
	if _, err := Load(append(append([]byte(nil), a2...), a2[len(magic):]...)); err == nil {
		t.Error("a third pass loads")
	}
	// Words outside every sentence, and bad sentence ranges, are O.
	tags := m.Tag(Doc{Words: []string{"Anna", "Berg"}, Sents: [][2]int{{1, 0}, {0, 9}}})
	if tags[0] != O || tags[1] != O {
		t.Errorf("bad ranges tagged %v", tags)
	}
}

// TestStrongest: past the limit of stored rows, the weakest are left out
// and the rest keep their order.
func TestStrongest(t *testing.T) {
	rows := make([]row, 6)
	for b, v := range []int16{5, -40, 0, 7, 40, -6} {
		rows[b].zero()
		rows[b].set(b%NumTags, v)
	}
	kept := []int{0, 1, 3, 4, 5}
	if got := strongest(rows, kept, 5); !slices.Equal(got, kept) {
		t.Errorf("under the limit: %v", got)
	}
	if got := strongest(rows, kept, 3); !slices.Equal(got, []int{1, 3, 4}) {
		t.Errorf("limit 3: %v, want [1 3 4]", got)
	}
	if !slices.Equal(kept, []int{0, 1, 3, 4, 5}) {
		t.Errorf("kept changed: %v", kept)
	}
}

// TestLists keeps the gazetteers sorted (byte order), unique, lower case
// and trimmed.
func TestLists(t *testing.T) {
	for _, l := range lists {
		lines := Lines(l.name)
		if len(lines) == 0 {
			t.Errorf("%s: empty", l.name)
		}
		for i, e := range lines {
			if e != strings.ToLower(e) || e != strings.Join(strings.Fields(e), " ") {
				t.Errorf("%s: %q not lower case or not trimmed", l.name, e)
			}
			if i > 0 && lines[i-1] >= e {
				t.Errorf("%s: %q after %q: not sorted or not unique", l.name, e, lines[i-1])
			}
		}
	}
}

func TestLookup(t *testing.T) {
	cases := []struct {
		word string
		flag uint16
	}{
		{"Ukraine", Country}, {"KYIV", City}, {"Ukrainian", Demonym}, {"Ministry", OrgWord},
		{"President", Title}, {"Vladimir", Given}, {"Alaska", Region},
	}
	for _, c := range cases {
		if Lookup(c.word)&c.flag == 0 {
			t.Errorf("Lookup(%q) = %b, want flag %b", c.word, Lookup(c.word), c.flag)
		}
	}
	if LookupPhrase("New York")&City == 0 || LookupPhrase("united states")&Country == 0 {
		t.Error("multi-word entries not found")
	}
	if Lookup("table") != 0 {
		t.Error("a common word is in a gazetteer")
	}
}

func TestTable16(t *testing.T) {
	tb := newTable16(3)
	for _, k := range []uint32{0, 1, 7, 7 + 16, 7 + 32} {
		*tb.slot(k) |= uint16(k%5 + 1)
	}
	if tb.get(0) != tb.get(1) {
		t.Error("keys 0 and 1 share a slot by design")
	}
	if tb.get(7+16) != uint16((7+16)%5+1) || tb.get(99) != 0 {
		t.Error("colliding keys mixed up")
	}
}

// TestWordInfo checks the one-pass word reading against hashLower.
func TestWordInfo(t *testing.T) {
	for _, w := range []string{"Putin", "KYIV", "Müller", "ÉLYSÉE", "3.5", "O'Brien", "x", "\xff"} {
		lw, _, _ := wordInfo(w)
		if lw != hashLower(w) {
			t.Errorf("wordInfo(%q) lower hash differs from hashLower", w)
		}
	}
	_, s1, f1 := wordInfo("Putin")
	_, s2, _ := wordInfo("Kyiv")
	_, s3, f3 := wordInfo("NATO")
	if s1 != s2 || s1 == s3 || f1&fCap == 0 || f3&fAllCaps == 0 {
		t.Error("shapes or flags wrong")
	}
}

// tagReference is Tag written feature by feature, as Train scores: the
// fast path in Tag must give the same tags, through both passes.
func tagReference(m *Model, doc Doc) []uint8 {
	tags := make([]uint8, len(doc.Words))
	if m == nil || len(doc.Words) == 0 {
		return tags
	}
	var tg tagger
	tg.prepare(doc)
	scores := make([][4]int32, len(tags))
	referencePass(m, &tg, doc, tags, scores)
	if m.next != nil {
		tg.gather(append([]uint8(nil), tags...), scores)
		referencePass(m.next, &tg, doc, tags, nil)
	}
	return tags
}

// referencePass tags doc with m, feature by feature; scores, when not
// nil, receives each word's type scores.
func referencePass(m *Model, tg *tagger, doc Doc, tags []uint8, scores [][4]int32) {
	mask := uint32(1)<<m.bits - 1
	for _, s := range tg.order(doc.Sents) {
		prev, prev2 := uint8(O), uint8(O)
		for i := s[0]; i < s[1]; i++ {
			t := uint8(O)
			if tg.scored(i, prev) {
				var sc [NumTags]int32
				for _, b := range tg.features(i, s[0], s[1], prev, prev2, mask) {
					for k := range sc {
						sc[k] += int32(m.rows[m.index.row(b)].get(k))
					}
				}
				t = best(sc[:], prev)
				tg.remember(i, t)
				if scores != nil {
					scores[i] = typeScores(func(k int) int32 { return sc[k] }, prev)
				}
			}
			tags[i] = t
			prev2, prev = prev, t
		}
	}
}

// TestTagFastPath checks Tag against tagReference on the project's test
// articles, read one line a sentence.
func TestTagFastPath(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*.txt*")
	if len(files) == 0 {
		t.Skip("no test articles")
	}
	m := Default()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := linesDoc(string(data))
		if got, want := m.Tag(doc), tagReference(m, doc); !bytes.Equal(got, want) {
			t.Errorf("%s: fast tags differ from the reference", f)
		}
	}
}

// wordInfoReference is wordInfo as first written, a switch per rune: the
// table-driven wordInfo must agree with it.
func wordInfoReference(w string) (lw, shape uint32, flags uint16) {
	lw, shape = fnvOffset, fnvOffset
	var last byte
	upper, lower, n := 0, 0, 0
	for i := 0; i < len(w); {
		var c byte
		if b := w[i]; b < utf8.RuneSelf {
			switch {
			case 'a' <= b && b <= 'z':
				c = 'x'
				lower++
			case 'A' <= b && b <= 'Z':
				c = 'X'
				upper++
				b += 'a' - 'A'
			case '0' <= b && b <= '9':
				c = 'd'
				flags |= fDigit
			default:
				c = b
			}
			lw = (lw ^ uint32(b)) * fnvPrime
			i++
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			switch {
			case unicode.IsLower(r):
				c = 'x'
				lower++
			case unicode.IsUpper(r):
				c = 'X'
				upper++
			default:
				c = 'o'
			}
			var buf [4]byte
			m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, b := range buf[:m] {
				lw = (lw ^ uint32(b)) * fnvPrime
			}
			i += size
		}
		if n == 0 {
			if c == 'X' {
				flags |= fCap
			} else if c == 'x' {
				flags |= fLower
			}
		}
		n++
		if c != last {
			shape = (shape ^ uint32(c)) * fnvPrime
			last = c
		}
	}
	if upper >= 2 && lower == 0 {
		flags |= fAllCaps
	}
	if n <= 1 {
		shape = (shape ^ '1') * fnvPrime
	}
	return lw, shape, flags
}

var trickyWords = []string{
	"", "\x00", "\x00A", "\x00a", "A", "a", "AB", "Ab", "aB", "ÉL", "Él", "É", "é", "\xff", "\xffA",
	"a\xff", "İstanbul", "ΣΟΦΙΑ", "3M", "U.S.", "x1", "X1Y", "A-B", "ǅ", "ǅX", "'NATO", "NATO's",
	"Putin", "KYIV", "Müller", "ÉLYSÉE", "3.5", "O'Brien", "x", "(", "—", "1,000",
}

func TestWordInfoReference(t *testing.T) {
	for _, w := range trickyWords {
		a1, b1, c1 := wordInfo(w)
		a2, b2, c2 := wordInfoReference(w)
		if a1 != a2 || b1 != b2 || c1 != c2 {
			t.Errorf("wordInfo(%q) = %x %x %b, reference %x %x %b", w, a1, b1, c1, a2, b2, c2)
		}
	}
}

func FuzzWordInfo(f *testing.F) {
	for _, w := range trickyWords {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		a1, b1, c1 := wordInfo(w)
		a2, b2, c2 := wordInfoReference(w)
		if a1 != a2 || b1 != b2 || c1 != c2 {
			t.Errorf("wordInfo(%q) = %x %x %b, reference %x %x %b", w, a1, b1, c1, a2, b2, c2)
		}
	})
}

// prepareReference is prepare as first written, with a hash table for
// what the document says about each word: prepare must agree with it.
func prepareReference(doc Doc) (toks []tok, docw *table16) {
	n := len(doc.Words)
	toks = make([]tok, n)
	docw = newTable16(n)
	gaz := gazetteer()
	for i, w := range doc.Words {
		lw, sh, fl := wordInfoReference(w)
		if fl&(fCap|fLower) != 0 {
			fl |= gaz.get(lw)
		}
		toks[i] = tok{lw: lw, shape: sh, flags: fl}
	}
	for _, s := range doc.Sents {
		if s[0] >= s[1] || s[0] < 0 || s[1] > n {
			continue
		}
		capsN, alpha := 0, 0
		for i := s[0]; i < s[1]; i++ {
			f := toks[i].flags
			if f&(fCap|fLower) != 0 {
				alpha++
				if f&fAllCaps != 0 || f&fCap != 0 && len(doc.Words[i]) == 1 {
					capsN++
				}
			}
		}
		caps := alpha >= 2 && capsN*2 > alpha
		first := true
		for i := s[0]; i < s[1]; i++ {
			f := toks[i].flags
			toks[i].caps = caps
			if first && f&(fCap|fLower|fDigit) != 0 {
				toks[i].start = true
				first = false
			} else if first && isOpener(doc.Words[i]) {
			} else {
				first = false
			}
			var d uint16
			switch {
			case f&fLower != 0:
				d = dSeenLower
			case f&fCap != 0 && caps:
			case f&fCap != 0 && toks[i].start:
				d = dSeenStart
			case f&fCap != 0 && i > s[0] && !isOpener(doc.Words[i-1]):
				d = dSeenCapMid
			}
			if d != 0 {
				*docw.slot(toks[i].lw) |= d
			}
		}
	}
	return toks, docw
}

// checkPrepare compares prepare with prepareReference on doc.
func checkPrepare(t *testing.T, name string, doc Doc) {
	t.Helper()
	var tg tagger
	tg.prepare(doc)
	want, docw := prepareReference(doc)
	for i, got := range tg.toks {
		w := want[i]
		if got.lw != w.lw || got.shape != w.shape || got.flags&^fOneByte != w.flags || got.start != w.start || got.caps != w.caps || tg.per[got.id].docw != docw.get(w.lw) {
			t.Errorf("%s: word %d %q: prepare %+v (doc %b), reference %+v (doc %b)", name, i, doc.Words[i], got, tg.per[got.id].docw, w, docw.get(w.lw))
			return
		}
	}
}

// linesDoc reads text one line a sentence, words split at spaces.
func linesDoc(text string) Doc {
	var doc Doc
	for _, line := range strings.Split(text, "\n") {
		k := len(doc.Words)
		doc.Words = append(doc.Words, strings.Fields(line)...)
		doc.Sents = append(doc.Sents, [2]int{k, len(doc.Words)})
	}
	return doc
}

func TestPrepareReference(t *testing.T) {
	checkPrepare(t, "tricky", linesDoc(strings.Join(trickyWords, " ")+
		"\n( h / t ACME Video . )\nA B c d\n\" The Word said\n: NATO NATO x\nI\nx\n"))
	files, _ := filepath.Glob("../../testdata/*.txt*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkPrepare(t, f, linesDoc(string(data)))
	}
}

// spansDoc is linesDoc with the words as spans of text, and the straight
// quotes as forms.
func spansDoc(text string) Doc {
	doc := Doc{Text: text, Spans: [][2]int32{}}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		k := len(doc.Spans)
		for i := 0; i < len(line); {
			for i < len(line) && (line[i] == ' ' || line[i] == '\n' || line[i] == '\t' || line[i] == '\r') {
				i++
			}
			j := i
			for j < len(line) && !(line[j] == ' ' || line[j] == '\n' || line[j] == '\t' || line[j] == '\r') {
				j++
			}
			if j > i {
				sp := [2]int32{int32(start + i), int32(start + j)}
				switch line[i:j] {
				case "'s":
					sp = [2]int32{FormPoss, 0}
				case "'":
					sp = [2]int32{FormSingle, 0}
				case "\"":
					sp = [2]int32{FormDouble, 0}
				case "-":
					sp = [2]int32{FormDash, 0}
				}
				doc.Spans = append(doc.Spans, sp)
			}
			i = j
		}
		doc.Sents = append(doc.Sents, [2]int{k, len(doc.Spans)})
		start += len(line)
	}
	return doc
}

// TestTagSpans checks that words given as spans tag as words given as
// strings.
func TestTagSpans(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*.txt*")
	if len(files) == 0 {
		t.Fatal("no articles in ../../testdata: the repository's own test data is missing")
	}
	m := Default()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words, spans := linesDoc(string(data)), spansDoc(string(data))
		if words.Len() != spans.Len() || !slices.Equal(words.Sents, spans.Sents) {
			t.Fatalf("%s: the two docs differ", f)
		}
		for i := range words.Len() {
			if words.Word(i) != spans.Word(i) {
				t.Fatalf("%s: word %d %q, span %q", f, i, words.Word(i), spans.Word(i))
			}
		}
		t1, f1 := m.TagWords(words)
		t2, f2 := m.TagWords(spans)
		if !bytes.Equal(t1, t2) || !slices.Equal(f1, f2) {
			t.Errorf("%s: spans tag differently", f)
		}
	}
}

// BenchmarkLoad decodes the embedded model: what a process pays once, at
// its first tagging.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := Load(modelAsset); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCompanyNames: a company the gazetteer knows is an organisation to
// the tagger, even where the words around it would suit a person or a
// place. The list is a feature, not a rule: this checks the feature's
// weight, on sentences the model without the list mistyped.
func TestCompanyNames(t *testing.T) {
	m := Default()
	for _, c := range []struct{ text, name string }{
		{"Pirelli said on Tuesday it would cut jobs .", "Pirelli"},
		{"Michelin told reporters the plant would close .", "Michelin"},
		{"The deal left Westinghouse with a large debt .", "Westinghouse"},
	} {
		doc := linesDoc(c.text)
		tags := m.Tag(doc)
		for i, w := range doc.Words {
			if w == c.name && (tags[i] == O || TagType(tags[i]) != 1) {
				t.Errorf("%q: %s tagged %d, want ORG", c.text, w, tags[i])
			}
		}
	}
}

// TestScoreEvidence: the second pass reads the first pass's scores summed
// over a word's other mentions: the type they favour, not the hard labels
// alone, and never the word's own scores.
func TestScoreEvidence(t *testing.T) {
	doc := linesDoc("Rexon said so\nthen Rexon left\nRexon agreed")
	prior := []uint8{1, 0, 0, 0, 1, 0, 1, 0} // PER each time
	value := func(scores [][4]int32) uint32 {
		var tg tagger
		tg.prepare(doc)
		tg.gather(prior, scores)
		_, _, _, _, v := tg.evValues(0, 0, 3)
		return v
	}
	weakPER := [][4]int32{{900, 800, -5000, -5000}, {}, {}, {}, {900, 800, -5000, -5000}, {}, {900, 800, -5000, -5000}, {}}
	strongORG := [][4]int32{{900, 800, -5000, -5000}, {}, {}, {}, {100, 9000, -5000, -5000}, {}, {100, 9000, -5000, -5000}, {}}
	selfORG := [][4]int32{{100, 9000, -5000, -5000}, {}, {}, {}, {900, 800, -5000, -5000}, {}, {900, 800, -5000, -5000}, {}}
	per, org, self := value(weakPER), value(strongORG), value(selfORG)
	if per/64 != 0 || org/64 != 1 {
		t.Errorf("favoured types %d and %d, want PER (0) and ORG (1)", per/64, org/64)
	}
	if self != per {
		t.Errorf("the word's own scores changed its evidence: %d, want %d", self, per)
	}
	if v := value(nil); v&^1 != 1<<20 {
		t.Errorf("no scores: value %d, want the empty value", v)
	}
}

// TestDemonyms: a nationality the gazetteer knows is MISC to the tagger.
func TestDemonyms(t *testing.T) {
	m := Default()
	for _, c := range []struct{ text, name string }{
		{"Ghanaian officials met the delegation on Monday .", "Ghanaian"},
		{"The Omani minister arrived late .", "Omani"},
		{"Two Malawian traders were held .", "Malawian"},
		{"A Paraguayan court ruled against him .", "Paraguayan"},
	} {
		doc := linesDoc(c.text)
		tags := m.Tag(doc)
		for i, w := range doc.Words {
			if w == c.name && (tags[i] == O || TagType(tags[i]) != 3) {
				t.Errorf("%q: %s tagged %d, want MISC", c.text, w, tags[i])
			}
		}
	}
}

// TestTrainRuns: a model averaged over two runs comes out the same twice,
// and is neither run's model alone.
func TestTrainRuns(t *testing.T) {
	doc := TrainDoc{
		Doc: Doc{
			Words: strings.Fields("Anna Berg visited Oslo . Berg met Acme Corp in Oslo . Lena Holt left Acme ."),
			Sents: [][2]int{{0, 5}, {5, 12}, {12, 17}},
		},
		Tags: []uint8{1, 5, 0, 3, 0, 1, 0, 2, 6, 0, 3, 0, 1, 5, 0, 2, 0},
	}
	other := TrainDoc{
		Doc:  Doc{Words: strings.Fields("Holt joined Oslo Corp ."), Sents: [][2]int{{0, 5}}},
		Tags: []uint8{1, 0, 2, 6, 0},
	}
	docs := []TrainDoc{doc, other, doc, other}
	a := Train(docs, 10, 3, 2, 1, nil).Encode()
	if b := Train(docs, 10, 3, 2, 1, nil).Encode(); !bytes.Equal(a, b) {
		t.Fatal("training with two runs is not deterministic")
	}
	for seed := int64(1); seed <= 2; seed++ {
		if bytes.Equal(a, Train(docs, 10, 3, 1, seed, nil).Encode()) {
			t.Errorf("two runs give the model of the run of seed %d alone", seed)
		}
	}
}

// TestMarkSpans: the longest multi-word gazetteer entry starting at a
// capitalized word marks its words first, inside, last; a lone word of an
// entry, or the entry in lower case, is no span.
func TestMarkSpans(t *testing.T) {
	words := strings.Fields("Fans from Rio de Janeiro and New York met in York , not in new york or Rio .")
	var tg tagger
	tg.prepare(Doc{Words: words, Sents: [][2]int{{0, len(words)}}})
	want := map[int]uint16{2: spanFirst, 3: spanInside, 4: spanLast, 6: spanFirst, 7: spanLast}
	for i, tk := range tg.toks {
		if got := tk.span & 3; got != want[i] {
			t.Errorf("%q: place %d, want %d", words[i], got, want[i])
		}
		if want[i] != 0 && tk.span&City == 0 {
			t.Errorf("%q: span %b lacks the city list", words[i], tk.span)
		}
	}
}

// TestRowIndex holds the bitmap index to the plain numbering it replaces:
// the k-th bucket set, in order, has row k (from 1); the others row 0.
func TestRowIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, n := range []int{64, 256, 1 << 12} {
		x := newRowIndex(n)
		want := make([]uint32, n)
		row := uint32(0)
		for b := range n {
			if rng.Intn(3) == 0 || b == n-1 || b == 0 && n == 64 {
				row++
				want[b] = row
				x.set(uint32(b))
			}
		}
		x.count()
		for b := range n {
			if got := x.row(uint32(b)); got != want[b] {
				t.Fatalf("%d buckets: bucket %d has row %d, want %d", n, b, got, want[b])
			}
		}
	}
}
