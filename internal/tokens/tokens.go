// Package tokens tags the words of a text's reading with their parts of
// speech and phrase chunks (the taggers of internal/syntax), cutting them
// into the tokens the taggers were trained on: a contraction is two
// ("do", "n't"), an abbreviation that ends a sentence gives up its period.
// The claims and quotes layers tag with its pooled taggers too.
package tokens

import (
	"sort"
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/internal/syntax"
)

// Find tags the words of d, sentence by sentence (headline, byline
// and dateline lines count as sentences; a line break cuts one where the
// text's lines are units, as the name tagger reads them). Words outside
// every sentence (a list item's bullet) are tagged as sentences of their
// own. The tags are appended to dst[:0], whose room is reused: a caller
// that copies them out can hand the same slice back on its next call.
func Find(d *reading.Doc, dst []Tag) []Tag {
	t := GetTagger()
	defer PutTagger(t)
	t.units, t.sents = tagUnits(d, t.units[:0], t.sents[:0])
	toks := dst[:0]
	if n := len(d.Words) + len(d.Words)/64; cap(toks) < n {
		toks = make([]Tag, 0, n)
	}
	for _, u := range t.units {
		t.Words, t.Spans = t.Words[:0], t.Spans[:0]
		wi := u[0]
		if listNumber(d, u) {
			// "3." numbering a list item is one token.
			t.Words = append(t.Words, d.Text[d.Words[wi].Start:d.Words[wi+1].End])
			t.Spans = append(t.Spans, [2]int{d.Words[wi].Start, d.Words[wi+1].End})
			wi += 2
		}
		t.Words, t.Spans = Pieces(t.Words, t.Spans, d.Text, d.Words[wi:u[1]])
		t.POS, t.Chunk = t.Tagger.TagChunk(t.Words, t.POS, t.Chunk)
		for k, sp := range t.Spans {
			toks = append(toks, Tag{sp[0], sp[1], t.POS[k], t.Chunk[k]})
		}
	}
	if !sort.SliceIsSorted(toks, func(i, j int) bool { return toks[i].Start < toks[j].Start }) {
		sort.SliceStable(toks, func(i, j int) bool { return toks[i].Start < toks[j].Start })
	}
	return toks
}

// listNumber reports whether the unit u of d's words opens with a number
// and a period written against it, then more words: a list item's number.
func listNumber(d *reading.Doc, u [2]int) bool {
	if u[1]-u[0] < 3 {
		return false
	}
	n, p := d.Words[u[0]], d.Words[u[0]+1]
	if n.Kind != reading.Number || p.Kind != reading.Punct || p.Start != n.End || p.End != p.Start+1 || d.Text[p.Start] != '.' {
		return false
	}
	return true
}

// Tag is the part of speech and phrase chunk of one token, Text[Start:End]
// (see syntax.POSName and syntax.ChunkName).
type Tag struct {
	Start, End int
	POS, Chunk uint8
}

// Tagger is a tagger with its buffers: the tokens of a unit as the tagger
// reads them (Words), their byte ranges (Spans), and their tags.
type Tagger struct {
	Tagger     syntax.Tagger
	Words      []string
	Spans      [][2]int
	POS, Chunk []uint8
	// Find's tagging units, and the sentences it makes them from.
	units, sents [][2]int
}

// taggers holds Taggers for reuse.
var taggers = sync.Pool{New: func() any { return new(Tagger) }}

// GetTagger returns a Tagger from the pool.
func GetTagger() *Tagger { return taggers.Get().(*Tagger) }

// PutTagger gives t back to the pool.
func PutTagger(t *Tagger) { taggers.Put(t) }

// tagUnits appends to out the ranges of d.words tagged as one sentence
// each, in order, covering every word once, and returns it with rs, the
// room it used for the ranges of the sentences.
func tagUnits(d *reading.Doc, out, rs [][2]int) ([][2]int, [][2]int) {
	for _, s := range d.Header {
		rs = append(rs, [2]int{s.Word0, s.WordEnd})
	}
	for _, s := range d.Sents {
		rs = append(rs, [2]int{s.Word0, s.WordEnd})
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
	lines := reading.LineUnits(d.Text)
	at := 0 // words before at are in a unit
	add := func(w0, w1 int) {
		// Closing marks that open the unit and end their line close
		// the unit before (`said Smith. "` then a line break).
		k := w0
		for k < w1 && closing(d, k) {
			k++
		}
		if k > w0 && (k == w1 || strings.IndexByte(d.Text[d.Words[k-1].End:d.Words[k].Start], '\n') >= 0) &&
			attachClosing(d, out, w0, k) {
			w0 = k
		}
		if w0 >= w1 {
			return
		}
		if !lines {
			out = append(out, [2]int{w0, w1})
			return
		}
		// A line break between two words cuts the unit there.
		for wi := w0 + 1; wi < w1; wi++ {
			if strings.IndexByte(d.Text[d.Words[wi-1].End:d.Words[wi].Start], '\n') >= 0 {
				out = append(out, [2]int{w0, wi})
				w0 = wi
			}
		}
		out = append(out, [2]int{w0, w1})
	}
	for _, r := range rs {
		w0, w1 := max(r[0], at), min(r[1], len(d.Words))
		if w0 >= w1 {
			continue
		}
		// Words of no sentence: a list item's number or bullet opens the
		// sentence after it on its line ("3. Anna Berg"), as treebanks
		// read it; others stand alone.
		from := w0
		for from > at && !strings.Contains(d.Text[d.Words[from-1].End:d.Words[from].Start], "\n") {
			from--
		}
		for at < from && attachClosing(d, out, at, at+1) {
			at++
		}
		for ; at < from; at++ {
			add(at, at+1)
		}
		add(from, w1)
		at = w1
	}
	for at < len(d.Words) && attachClosing(d, out, at, at+1) {
		at++
	}
	for ; at < len(d.Words); at++ {
		add(at, at+1)
	}
	return out, rs
}

// attachClosing extends the last unit of out, when it ends at word at, by
// words at to to when they are closing quotes and brackets on its line,
// and reports whether it did: `said Smith. "` then a line break closes
// the quote the sentence opened, and is read with it, as treebanks write
// it, though the sentence splitter leaves a quote written after a space
// out of the sentence before it.
func attachClosing(d *reading.Doc, out [][2]int, at, to int) bool {
	if len(out) == 0 || out[len(out)-1][1] != at || at == 0 || at >= to {
		return false
	}
	for i := at; i < to; i++ {
		if !closing(d, i) || strings.IndexByte(d.Text[d.Words[i-1].End:d.Words[i].Start], '\n') >= 0 {
			return false
		}
	}
	out[len(out)-1][1] = to
	return true
}

// closing reports whether word i of d is a quotation mark that can close
// a quote (not “ ‘ « „ ‚) or a closing bracket.
func closing(d *reading.Doc, i int) bool {
	w := d.Words[i]
	if w.Kind == reading.Quote {
		switch d.Text[w.Start:w.End] {
		case "“", "‘", "«", "„", "‚":
			return false
		}
		return true
	}
	if w.Kind != reading.Punct || w.End-w.Start != 1 {
		return false
	}
	c := d.Text[w.Start]
	return c == ')' || c == ']' || c == '}'
}

// Pieces appends the tokens of ws, the words of one tagging unit, to
// words (as the tagger reads them) and spans (their byte ranges): the
// tokens of tokenPieces, but for a few that treebanks cut otherwise than
// the document's words (see glued), and an abbreviation that ends the
// unit, whose period is also the sentence's: "Co." there is "Co" and ".".
func Pieces(words []string, spans [][2]int, text string, ws []reading.Word) ([]string, [][2]int) {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if j := glued(text, ws, i); j > i {
			words = append(words, text[w.Start:ws[j].End])
			spans = append(spans, [2]int{w.Start, ws[j].End})
			i = j
			continue
		}
		if w.Kind == reading.Abbrev && w.End-w.Start > 1 && text[w.End-1] == '.' && endsUnit(text, ws, i) {
			words = append(words, text[w.Start:w.End-1], ".")
			spans = append(spans, [2]int{w.Start, w.End - 1}, [2]int{w.End - 1, w.End})
			continue
		}
		words, spans = tokenPieces(words, spans, text, w)
	}
	return words, spans
}

// endsUnit reports whether word i of ws is followed by nothing but
// closing quotes and brackets.
func endsUnit(text string, ws []reading.Word, i int) bool {
	for _, w := range ws[i+1:] {
		if w.Kind == reading.Quote || w.Kind == reading.Punct && w.End-w.Start == 1 && strings.IndexByte(")]}", text[w.Start]) >= 0 {
			continue
		}
		return false
	}
	return true
}

// glued returns the last of the words of ws from i on that treebanks
// write as one token, or i: a number's sign or leading period written
// against it after a space (".596", "+44"), a currency's country letters
// and its sign ("C$", "US$"), an abbreviation and the word it is
// hyphenated to ("U.S.-led").
func glued(text string, ws []reading.Word, i int) int {
	w := ws[i]
	touch := func(j int) bool { return j < len(ws) && ws[j].Start == ws[j-1].End }
	switch {
	case w.Kind == reading.Punct && w.End-w.Start == 1 && (text[w.Start] == '.' || text[w.Start] == '+'):
		if (i == 0 || ws[i-1].End < w.Start) && touch(i+1) && ws[i+1].Kind == reading.Number {
			return i + 1
		}
	case w.Kind == reading.Alpha && w.End-w.Start <= 3:
		for k := w.Start; k < w.End; k++ {
			if text[k] < 'A' || text[k] > 'Z' {
				return i
			}
		}
		if touch(i+1) && text[ws[i+1].Start:ws[i+1].End] == "$" {
			return i + 1
		}
	case w.Kind == reading.Abbrev:
		if touch(i+1) && touch(i+2) && text[ws[i+1].Start:ws[i+1].End] == "-" && ws[i+2].Kind == reading.Alpha {
			return i + 2
		}
	}
	return i
}

// tokenPieces appends the tokens of word w to words (as the tagger reads
// them) and spans (their byte ranges). A word is one token but for a
// contraction, which is two: "don't" is "do" and "n't".
func tokenPieces(words []string, spans [][2]int, text string, w reading.Word) ([]string, [][2]int) {
	if w.Kind == reading.Alpha {
		if cut, tail := contraction(text[w.Start:w.End]); cut > 0 {
			return append(words, text[w.Start:w.Start+cut], tail),
				append(spans, [2]int{w.Start, w.Start + cut}, [2]int{w.Start + cut, w.End})
		}
	}
	return append(words, reading.TaggerWord(text, w)), append(spans, [2]int{w.Start, w.End})
}

// contraction returns where a contraction splits s ("don't" at 2,
// "we’re" at 2) and its ending as the tagger reads it ("n't", "'re"), or 0
// for a word that is none.
func contraction(s string) (int, string) {
	// The apostrophe is the last of a few bytes: ' or the last byte of ’
	// (E2 80 99).
	n := len(s)
	if n < 3 {
		return 0, ""
	}
	for k := n - 2; k >= 1 && k >= n-4; k-- {
		c := s[k]
		if c != '\'' && c != 0x99 {
			continue
		}
		a := k // the apostrophe's first byte
		if c == 0x99 {
			if k < 2 || s[k-2] != 0xE2 || s[k-1] != 0x80 {
				continue
			}
			a = k - 2
		}
		end := s[k+1:] // what follows the apostrophe
		if strings.EqualFold(end, "t") {
			if a >= 2 && (s[a-1] == 'n' || s[a-1] == 'N') {
				return a - 1, "n't"
			}
			return 0, ""
		}
		for _, e := range [...]string{"'re", "'ve", "'ll", "'d", "'m"} {
			if strings.EqualFold(end, e[1:]) {
				return a, e
			}
		}
		return 0, ""
	}
	return 0, ""
}
