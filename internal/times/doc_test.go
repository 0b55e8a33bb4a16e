package times

import (
	"strings"
	"time"

	"github.com/newsparse/newsparse/internal/reading"
)

// testDoc reads text as this package's tests need it: each line a
// paragraph, cut into sentences after each sentence-ending mark. (Parse
// reads paragraphs, headers and sentences with more care; the tests here
// are of the tagger's mechanics, which hold on any cut.)
func testDoc(text string) *reading.Doc {
	d := &reading.Doc{Text: text}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		end := start + len(line)
		w0 := len(d.Words)
		d.Words = reading.Tokenize(d.Words, text, start, end)
		if len(d.Words) > w0 {
			p := reading.Para{Start: d.Words[w0].Start, End: d.Words[len(d.Words)-1].End, Sent0: len(d.Sents)}
			s0 := w0
			for k := w0; k < len(d.Words); k++ {
				if k+1 == len(d.Words) || d.Words[k].Kind == reading.Punct && reading.IsTerminal(text, d.Words[k]) {
					d.Sents = append(d.Sents, reading.Sent{Start: d.Words[s0].Start, End: d.Words[k].End, Para: len(d.Paras), Word0: s0, WordEnd: k + 1})
					s0 = k + 1
				}
			}
			p.SentEnd = len(d.Sents)
			d.Paras = append(d.Paras, p)
		}
		start = end
	}
	for _, w := range d.Words {
		d.Lower = append(d.Lower, string(reading.AppendLower(nil, text[w.Start:w.End])))
	}
	return d
}

func pubDate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}
