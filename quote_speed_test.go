package newsparse

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/newsparse/newsparse/internal/quotemodel"
)

// TestQuoteModelWordCache checks that tagPara, which reads the features
// of words alone summed from the word cache, gives the tags of the
// features one by one (wordFeatures), on every paragraph of real news,
// with one cache kept from article to article as a workspace keeps it.
// It runs the embedded model and one of random weights, under which a
// score summed wrong would change the tags.
func TestQuoteModelWordCache(t *testing.T) {
	texts := newsTexts(t)
	rng := rand.New(rand.NewSource(1))
	w := make([]float32, (1<<quotemodel.Bits)*quotemodel.NTags)
	for i := range w {
		w[i] = float32(rng.Intn(2001) - 1000)
	}
	var tr [quotemodel.NTags + 1][quotemodel.NTags]float32
	for a := range tr {
		for c := range tr[a] {
			tr[a][c] = float32(rng.Intn(2001) - 1000)
		}
	}
	for _, m := range []*quotemodel.Model{quotemodel.Default(), quotemodel.Quantize(w, tr)} {
		checkWordCache(t, texts, m)
	}
}

// checkWordCache is TestQuoteModelWordCache with the model m.
func checkWordCache(t *testing.T, texts []string, m *quotemodel.Model) {
	var full quotemodel.Scratch
	var a, b []uint8
	var cache *wordCache
	paras := 0
	for _, text := range texts {
		d := newDoc(text)
		q := newQuoteScan(d, findEntities(d))
		q.direct()
		q.headlineColon()
		q.speakerColons()
		q.reported()
		f := q.newQuoteFeatures(q.result())
		f.cache = cache
		q.forParagraphs(func(w0, w1, s0, s1 int) {
			if w1-w0 > maxModelWords {
				return
			}
			q.beginPara(f, w0, w1, s0, s1)
			m.Begin(&full)
			for i := w0; i < w1; i++ {
				m.Next(&full, q.wordFeatures(f, i))
			}
			a = full.End(a)
			q.beginPara(f, w0, w1, s0, s1)
			q.tagPara(f, m)
			b = f.scr.End(b)
			if !slices.Equal(a, b) {
				t.Fatalf("paragraph %q: cached %v, features one by one %v", text[q.ws[w0].start:q.ws[w1-1].end], b, a)
			}
			paras++
		})
		cache = f.cache
		d.release()
	}
	t.Logf("%d paragraphs", paras)
}

// BenchmarkQuoteModelPara tags the paragraphs of the PolNeAR dev texts
// as modelQuotes does (all of them, the rules' features ready): "words"
// with every feature read one by one, "cached" with the word cache.
func BenchmarkQuoteModelPara(b *testing.B) {
	m := quotemodel.Default()
	type prepared struct {
		q *quoteScan
		f *quoteFeatures
	}
	var docs []prepared
	for _, text := range newsTexts(b) {
		d := newDoc(text)
		q := newQuoteScan(d, findEntities(d))
		q.direct()
		q.headlineColon()
		q.speakerColons()
		q.reported()
		f := q.newQuoteFeatures(q.result())
		d.w = nil // f stays this document's
		docs = append(docs, prepared{q, f})
	}
	var tags []uint8
	var cache *wordCache
	for _, mode := range []string{"words", "cached"} {
		b.Run(mode, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, x := range docs {
					q, f := x.q, x.f
					f.cache = cache
					q.forParagraphs(func(w0, w1, s0, s1 int) {
						if w1-w0 > maxModelWords {
							return
						}
						q.beginPara(f, w0, w1, s0, s1)
						if mode == "words" {
							m.Begin(&f.scr)
							for i := w0; i < w1; i++ {
								m.Next(&f.scr, q.wordFeatures(f, i))
							}
						} else {
							q.tagPara(f, m)
						}
						tags = f.scr.End(tags)
					})
					cache = f.cache
				}
			}
		})
	}
}
