package newsparse

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ner"
)

// doc is the text cut into the pieces every layer reads: the header lines,
// the body's paragraphs, their sentences and the sentences' words. Every
// offset is a byte offset into text.
type doc struct {
	text string

	headline, byline, dateline *Span

	paras []para
	sents []sent   // body sentences, in text order
	words []word   // words of the header spans, then of every sentence
	lower []string // lower[i] is words[i] lower-cased (see lowering)

	// The mention index of the entities last asked for (see mentionsOf).
	indexed  []Entity
	mentions []mentionRef

	// header holds the headline, byline and dateline as pseudo-sentences
	// (para -1), so that a layer that reads names can read them too.
	header []sent

	lw lowering // builds lower while newDoc tokenizes

	w *workspace // the scratch arrays, given back by release
}

// para is a body paragraph and the range of its sentences in doc.sents.
type para struct {
	start, end     int
	sent0, sentEnd int
}

// sent is a sentence (or header line) and the range of its words in
// doc.words.
type sent struct {
	start, end     int
	para           int // index in doc.paras, or -1 for a header line
	word0, wordEnd int
}

// line is one line of the input: [start, end) without its line break and
// trailing white space; text starts at content (after the indentation).
type line struct {
	start, content, end int
}

func (l line) blank() bool { return l.content >= l.end }

// newDoc cuts text into header, paragraphs, sentences and words.
func newDoc(text string) *doc {
	// About one token in five bytes of news text.
	n := len(text)/5 + 8
	w := workspaces.Get().(*workspace)
	d := &doc{text: text, words: reuse(w.words, n), w: w}
	d.lw = lowering{text: lowerASCII(text), lower: reuse(w.lower, n), stops: reuse(w.stops, n/8)}
	lines := splitLines(text)
	body := d.findHeader(lines)
	ps := paragraphs(text, body)
	d.paras = make([]para, 0, len(ps))
	// About one sentence in 125 bytes of news text.
	d.sents = reuse(w.sents, len(text)/64+4)
	for _, p := range ps {
		d.addParagraph(p[0], p[1])
	}
	d.lower = d.lw.finish()
	w.stops = d.lw.stops[:0]
	d.lw = lowering{}
	return d
}

// article returns the Article of the doc's paragraphs and header, with the
// other layers' lists empty.
func (d *doc) article(published time.Time) *Article {
	a := &Article{
		Headline:   d.headline,
		Byline:     d.byline,
		Dateline:   d.dateline,
		Paragraphs: make([]Paragraph, len(d.paras)),
		Entities:   []Entity{},
		Quotes:     []Quote{},
		Times:      []Time{},
		Timeline:   []Event{},
		Claims:     []Claim{},
	}
	if !published.IsZero() {
		y, m, day := published.Date()
		a.Published = time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	}
	// One array holds the sentences of every paragraph.
	ss := make([]Sentence, len(d.sents))
	for i, s := range d.sents {
		ss[i] = Sentence{s.start, s.end}
	}
	for i, p := range d.paras {
		a.Paragraphs[i] = Paragraph{Start: p.start, End: p.end, Sentences: ss[p.sent0:p.sentEnd:p.sentEnd]}
	}
	return a
}

// splitLines cuts text at "\n" (a preceding "\r" goes with the break).
func splitLines(text string) []line {
	ls := make([]line, 0, strings.Count(text, "\n")+1)
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := start + end + 1
		if end < 0 {
			end = len(text) - start
			next = len(text) + 1
		}
		end += start
		l := line{start: start, end: end}
		for l.end > l.start {
			r, n := utf8.DecodeLastRuneInString(text[l.start:l.end])
			if !isSpace(r) {
				break
			}
			l.end -= n
		}
		l.content = l.start
		for l.content < l.end {
			r, n := decode(text, l.content, l.end)
			if !isSpace(r) {
				break
			}
			l.content += n
		}
		ls = append(ls, l)
		start = next
	}
	return ls
}

// paragraphs groups the lines of the body into paragraphs, returned as
// [start, end) pairs. A blank line always ends a paragraph. Inside a run of
// non-blank lines, long lines are one paragraph each (the layout of text
// pasted from the web), and so are lines that mostly end sentences when no
// blank line separates paragraphs anywhere; other short lines are
// hard-wrapped text and join, unless a line is a list item, is indented
// deeper than the run, or follows a line that ends a sentence well short
// of the wrap width.
func paragraphs(text string, lines []line) [][2]int {
	// Count the runs of non-blank lines, and the lines in them.
	blocks, nonBlank := 0, 0
	for i, l := range lines {
		if !l.blank() {
			nonBlank++
			if i == 0 || lines[i-1].blank() {
				blocks++
			}
		}
	}
	out := make([][2]int, 0, nonBlank)
	for i := 0; i < len(lines); {
		if lines[i].blank() {
			i++
			continue
		}
		j := i
		for j < len(lines) && !lines[j].blank() {
			j++
		}
		out = appendBlock(out, text, lines[i:j], blocks > 1)
		i = j
	}
	return out
}

// wrapWidth is the longest line, in runes, that hard-wrapped text has.
const wrapWidth = 100

// appendBlock appends the paragraphs of a run of non-blank lines. Where
// blank lines separate paragraphs elsewhere (blankSeparated), a single line
// break is a soft wrap unless the lines are too long to be wrapped; where
// there are none, each line is a paragraph unless the lines look wrapped.
func appendBlock(out [][2]int, text string, block []line, blankSeparated bool) [][2]int {
	width, indent, ended := 0, -1, 0
	for k, l := range block {
		if k < len(block)-1 {
			width = max(width, utf8.RuneCountInString(text[l.content:l.end]))
			if endsSentence(text[l.content:l.end]) {
				ended++
			}
		}
		if in := l.content - l.start; indent < 0 || in < indent {
			indent = in
		}
	}
	// Wrapped text breaks its lines mostly inside sentences; lines that
	// are long, or that mostly end sentences, are paragraphs each.
	if width > wrapWidth || len(block) == 1 || !blankSeparated && 2*ended > len(block)-1 {
		for _, l := range block {
			out = append(out, [2]int{l.content, l.end})
		}
		return out
	}
	start := block[0].content
	for k := 1; k < len(block); k++ {
		prev, l := block[k-1], block[k]
		prevLen := utf8.RuneCountInString(text[prev.content:prev.end])
		if isListItem(text[l.content:l.end]) ||
			l.content-l.start > indent && k > 0 ||
			endsSentence(text[prev.content:prev.end]) && prevLen*4 < width*3 {
			out = append(out, [2]int{start, prev.end})
			start = l.content
		}
	}
	return append(out, [2]int{start, block[len(block)-1].end})
}

// isListItem reports whether a line opens with a bullet or an item number.
func isListItem(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '•', '–', '◦', '▪', '·':
		return n < len(s) && s[n] == ' '
	}
	i := 0
	for i < len(s) && i < 3 && isDigitByte(s[i]) {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly inside closing quotes or brackets.
func endsSentence(s string) bool {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '\'', '”', '’', '»', ')', ']':
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

// findHeader recognizes a headline and a byline among the first lines and
// returns the lines of the body, which may open with a dateline.
func (d *doc) findHeader(lines []line) []line {
	first := 0
	for first < len(lines) && lines[first].blank() {
		first++
	}
	if first == len(lines) {
		return nil
	}
	body := lines[first:]
	// next returns the index in body of the first non-blank line after k,
	// and whether a blank line came between.
	next := func(k int) (int, bool) {
		gap := false
		for k++; k < len(body) && body[k].blank(); k++ {
			gap = true
		}
		return k, gap
	}
	// A header line stands alone as a paragraph: followed by a blank line,
	// or by a line in text where each line is a paragraph.
	standsAlone := func(k int) bool {
		n, gap := next(k)
		return n < len(body) && (gap || isLong(d.text, body[n]))
	}
	k := 0
	if isBylineLine(d.text, body[k]) && standsAlone(k) {
		d.setByline(body[k])
		k, _ = next(k)
	} else if isHeadlineLine(d.text, body[k]) && standsAlone(k) {
		s := span(d.text, body[k].content, body[k].end)
		d.headline = &s
		k, _ = next(k)
		if k < len(body) && isBylineLine(d.text, body[k]) && standsAlone(k) {
			d.setByline(body[k])
			k, _ = next(k)
		}
	}
	for _, h := range []*Span{d.headline, d.byline} {
		if h != nil {
			d.addHeaderLine(h.Start, h.End)
		}
	}
	if k >= len(body) {
		return nil
	}
	return body[k:]
}

func (d *doc) setByline(l line) {
	s := span(d.text, l.content, l.end)
	d.byline = &s
}

func isLong(text string, l line) bool {
	return utf8.RuneCountInString(text[l.content:l.end]) > wrapWidth
}

// isHeadlineLine reports whether l looks like a headline: short, and not
// ending like a sentence.
func isHeadlineLine(text string, l line) bool {
	s := text[l.content:l.end]
	if len(s) > 200 || strings.Count(s, " ") > 24 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isClosingQuote))
	switch r {
	case '.', ',', ';', ':', '-', '—', '–':
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !isQuoteRune(first) {
		return false
	}
	// One sentence at most: "Markets Rally. Then They Fall" is a paragraph.
	ws := tokenize(nil, text, l.content, l.end)
	return len(ws) > 0 && nextSentence(text, ws, 0) == len(ws)
}

// isBylineLine reports whether l names the article's writers: "By Jane
// Doe", "Jane Doe and John Roe", "Jane Doe, Reuters", or a bare name whose
// first word is a known given name.
func isBylineLine(text string, l line) bool {
	s := text[l.content:l.end]
	if len(s) > 100 || len(s) < 4 {
		return false
	}
	if hasPrefixFold(s, "by ") {
		rest := strings.TrimSpace(s[3:])
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r) && !endsSentence(rest)
	}
	// Names, then maybe ", Agency" or " and " another name. A known
	// agency vouches for the names before it; otherwise each name must
	// open with a known given name.
	names, org, _ := strings.Cut(s, ",")
	org = strings.TrimSpace(org)
	if org != "" && !isCapitalizedWords(org, 4) {
		return false
	}
	agency := newsAgencies()[org]
	for _, name := range strings.Split(names, " and ") {
		ws := strings.Fields(name)
		if len(ws) < 2 || len(ws) > 4 || !isCapitalizedWords(name, 4) || !agency && ner.Lookup(ws[0])&ner.Given == 0 {
			return false
		}
	}
	return true
}

// isCapitalizedWords reports whether s is 1 to max words, each starting
// with an upper-case letter, allowing name particles (de, van, al-, bin).
func isCapitalizedWords(s string, max int) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > max {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}

var nameParticles = map[string]bool{
	"al": true, "bin": true, "da": true, "de": true, "del": true, "della": true, "der": true,
	"di": true, "du": true, "la": true, "le": true, "ibn": true, "van": true, "von": true,
}

// titleCase returns w with its first letter upper and the rest lower, for
// looking up words written in capitals ("RAPHAEL").
func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

func isClosingQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == ')'
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
