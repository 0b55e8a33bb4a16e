package tokens

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/reading"
)

func TestContraction(t *testing.T) {
	for _, c := range []struct {
		word string
		cut  int
		tail string
	}{
		{"don't", 2, "n't"}, {"can't", 2, "n't"}, {"WON'T", 2, "n't"}, {"we're", 2, "'re"},
		{"I'm", 1, "'m"}, {"they’ve", 4, "'ve"}, {"she'll", 3, "'ll"}, {"he'd", 2, "'d"},
		{"O'Brien", 0, ""}, {"n't", 0, ""}, {"y'all", 0, ""}, {"rock'n'roll", 0, ""}, {"it", 0, ""},
		{"'t", 0, ""}, {"a’", 0, ""},
	} {
		cut, tail := contraction(c.word)
		if cut != c.cut || tail != c.tail {
			t.Errorf("%q: %d %q, want %d %q", c.word, cut, tail, c.cut, c.tail)
		}
	}
}

// TestClosingQuoteUnit: a closing quotation mark that the sentence splitter
// leaves out of its sentence (written after a space) is tagged with the
// sentence it closes when it ends its line, not on its own nor with the
// next line's sentence; an opening mark (“) is not, nor a quote on a line
// of its own.
func TestClosingQuoteUnit(t *testing.T) {
	for _, c := range []struct {
		text   string
		attach bool
	}{
		// Lines as units; the quote a sentence of its own.
		{"\"We will win,\" said the coach. \"\nThe game starts at noon.\n", true},
		// The same, more lines.
		{"\"It was hard.\nWe will win,\" said the coach. \"\nThe game starts at noon.\nFans came early.\n", true},
		// Lines wrapped mid-sentence: lines are no units.
		{"The coach said that they\nwould win. \" It was hard,\nhe said. \"\nand then\nthe game began and\nfans came.\n", true},
		{"The coach spoke. “\nWe will win.”\n", false},
		{"The coach spoke.\n\"\nThe game starts at noon.\n", false},
	} {
		rd := reading.Read(c.text, nil)
		d := &rd
		units, _ := tagUnits(d, nil, nil)
		// The quotation mark before the first line break after "coach"
		// or "said" ends.
		q := -1
		for i := 1; i < len(d.Words); i++ {
			w := d.Words[i]
			if w.Kind == reading.Quote && i+1 < len(d.Words) && strings.Contains(c.text[w.End:d.Words[i+1].Start], "\n") &&
				d.Words[i-1].Kind == reading.Punct {
				q = i
				break
			}
		}
		if q < 0 {
			t.Fatalf("%q: no quote before a line break", c.text)
		}
		for _, u := range units {
			if u[0] <= q && q < u[1] {
				if with := u[0] <= q-1; with != c.attach {
					t.Errorf("%q: the quote %d is in unit %v, with the word before it: %v", c.text, q, u, with)
				}
			}
		}
	}
}
