package reading

import "strings"

// ReadLines is a plain reading of text: each line a paragraph, cut into
// sentences after each sentence-ending mark, with no header. newsparse's
// Parse reads headers, paragraphs and sentences with more care; this one
// serves the tests of the layers, whose mechanics hold on any cut.
func ReadLines(text string) *Doc {
	d := &Doc{Text: text}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		end := start + len(line)
		w0 := len(d.Words)
		d.Words = Tokenize(d.Words, text, start, end)
		if len(d.Words) > w0 {
			p := Para{Start: d.Words[w0].Start, End: d.Words[len(d.Words)-1].End, Sent0: len(d.Sents)}
			s0 := w0
			for k := w0; k < len(d.Words); k++ {
				if k+1 == len(d.Words) || d.Words[k].Kind == Punct && IsTerminal(text, d.Words[k]) {
					d.Sents = append(d.Sents, Sent{Start: d.Words[s0].Start, End: d.Words[k].End, Para: len(d.Paras), Word0: s0, WordEnd: k + 1})
					s0 = k + 1
				}
			}
			p.SentEnd = len(d.Sents)
			d.Paras = append(d.Paras, p)
		}
		start = end
	}
	for _, w := range d.Words {
		d.Lower = append(d.Lower, string(AppendLower(nil, text[w.Start:w.End])))
	}
	return d
}
