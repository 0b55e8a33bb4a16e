package reading

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scratch holds arrays for Read to reuse; the zero Scratch is ready.
type Scratch struct {
	Words []Word
	Lower []string
	Sents []Sent
	Stops []int
	Buf   []byte
	Odd   []LoweredLen
}

// builder is a Doc being read, with what the reading needs besides.
type builder struct {
	Doc
	lw Lowering // builds Lower while Read tokenizes
}

// reuse returns s emptied, with room for at least n elements: s's own
// array when it is large enough.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// line is one line of the input: [start, end) without its line break and
// trailing white space; text starts at content (after the indentation).
// skip marks a header or credit line, which is no part of the body.
type line struct {
	start, content, end int
	skip                bool
}

func (l line) blank() bool { return l.content >= l.end }

// Read cuts text into header, paragraphs, sentences and words. It takes
// its arrays from sc, when sc is not nil, and gives sc back the scratch
// arrays it grew (the Doc keeps its Words, Lower and Sents): a caller
// reading text after text allocates them once.
func Read(text string, sc *Scratch) Doc {
	if sc == nil {
		sc = &Scratch{}
	}
	// About one token in five bytes of news text.
	n := len(text)/5 + 8
	d := &builder{Doc: Doc{Text: text, Words: reuse(sc.Words, n)}}
	d.lw = Lowering{Lower: reuse(sc.Lower, n), Stops: reuse(sc.Stops, n/8), Buf: sc.Buf[:0], Odd: sc.Odd[:0]}
	lines := splitLines(text)
	d.findHeader(lines)
	d.findCredits(lines)
	ps := paragraphs(text, lines)
	d.Paras = make([]Para, 0, len(ps))
	// About one sentence in 125 bytes of news text.
	d.Sents = reuse(sc.Sents, len(text)/64+4)
	// The header lines' words and the paragraphs' go into the word table
	// in text order: a standfirst paragraph may come before the byline.
	hs := make([]*Span, 0, 3)
	for _, h := range []*Span{d.Headline, d.Byline, d.Dateline} {
		if h != nil {
			hs = append(hs, h)
		}
	}
	slices.SortFunc(hs, func(a, b *Span) int { return cmp.Compare(a.Start, b.Start) })
	for _, p := range ps {
		for len(hs) > 0 && hs[0].Start < p[0] {
			d.addHeaderLine(hs[0].Start, hs[0].End)
			hs = hs[1:]
		}
		d.addParagraph(p[0], p[1])
	}
	for _, h := range hs {
		d.addHeaderLine(h.Start, h.End)
	}
	d.Lower = d.lw.Finish()
	sc.Stops, sc.Buf, sc.Odd = d.lw.Stops[:0], d.lw.Buf[:0], d.lw.Odd[:0]
	return d.Doc
}

// splitLines cuts text into lines. A line ends at "\n", "\r\n", a lone
// "\r" or U+2028 LINE SEPARATOR; U+2029 PARAGRAPH SEPARATOR ends a line
// and counts as a blank line after it, as its name says.
func splitLines(text string) []line {
	ls := make([]line, 0, strings.Count(text, "\n")+1)
	for start := 0; start <= len(text); {
		end, next, para := lineEnd(text, start)
		l := line{start: start, end: end}
		for l.end > l.start {
			r, n := utf8.DecodeLastRuneInString(text[l.start:l.end])
			if !IsSpace(r) {
				break
			}
			l.end -= n
		}
		l.content = l.start
		for l.content < l.end {
			r, n := Decode(text, l.content, l.end)
			if !IsSpace(r) {
				break
			}
			l.content += n
		}
		ls = append(ls, l)
		if para && next <= len(text) {
			ls = append(ls, line{start: next, content: next, end: next})
		}
		start = next
	}
	return ls
}

// lineEnd returns the end of the line that starts at start, where the next
// one starts (len(text)+1 after the last), and whether the break was a
// U+2029 PARAGRAPH SEPARATOR.
func lineEnd(text string, start int) (end, next int, para bool) {
	for i := start; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			return i, i + 1, false
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				return i, i + 2, false
			}
			return i, i + 1, false
		case 0xE2: // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				return i, i + 3, text[i+2] == 0xA9
			}
		}
	}
	return len(text), len(text) + 1, false
}

// paragraphs groups the lines of the body into paragraphs, returned as
// [start, end) pairs; header and credit lines (skip) are left out. A blank
// line always ends a paragraph. Inside a run of
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
		if lines[i].blank() || lines[i].skip {
			i++
			continue
		}
		j := i
		for j < len(lines) && !lines[j].blank() && !lines[j].skip {
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
		// Each line is a paragraph, but for a hard-wrapped stretch: a
		// line that goes on in lower case after one that ends no
		// sentence continues it.
		for k, l := range block {
			if k > 0 && continuesLine(text, block[k-1], l) {
				out[len(out)-1][1] = l.end
				continue
			}
			out = append(out, [2]int{l.content, l.end})
		}
		return out
	}
	start := block[0].content
	for k := 1; k < len(block); k++ {
		prev, l := block[k-1], block[k]
		prevLen := utf8.RuneCountInString(text[prev.content:prev.end])
		if IsListItem(text[l.content:l.end]) || clockHeading(text[prev.content:prev.end]) ||
			l.content-l.start > indent && k > 0 ||
			endsSentence(text[prev.content:prev.end]) && prevLen*4 < width*3 {
			out = append(out, [2]int{start, prev.end})
			start = l.content
		}
	}
	return append(out, [2]int{start, block[len(block)-1].end})
}

// clockHeading reports whether line s is a clock time alone, the heading
// of a live blog's item: "14:30 GMT", "4:15 p.m.", "11 a.m. ET".
func clockHeading(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	h, m, colon := strings.Cut(f[0], ":")
	if h == "" || len(h) > 2 || !allDigits(h) || colon && (len(m) != 2 || !allDigits(m)) {
		return false
	}
	rest := f[1:]
	if len(rest) > 0 {
		switch strings.ToLower(rest[0]) {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m":
			rest = rest[1:]
		}
	}
	if !colon && len(rest) == len(f)-1 {
		return false // "11" alone, or "11 GMT": a number, not a time
	}
	return len(rest) == 0 || len(rest) == 1 && isTimeZone(rest[0])
}

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !IsDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// continuesLine reports whether line l goes on with the sentence of the
// line before it: prev ends no sentence, clause or heading (no final
// ".", ":", ";") and l starts with a lower-case letter.
func continuesLine(text string, prev, l line) bool {
	r, _ := utf8.DecodeRuneInString(text[l.content:l.end])
	if !unicode.IsLower(r) || IsListItem(text[l.content:l.end]) {
		return false
	}
	p := text[prev.content:prev.end]
	last, _ := utf8.DecodeLastRuneInString(p)
	return !endsSentence(p) && last != ':' && last != ';'
}

// IsListItem reports whether a line opens with a bullet or an item number.
func IsListItem(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '•', '–', '◦', '▪', '·':
		return n < len(s) && s[n] == ' '
	}
	i := 0
	for i < len(s) && i < 3 && IsDigitByte(s[i]) {
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

// TitleCase returns w with its first letter upper and the rest lower, for
// looking up words written in capitals ("RAPHAEL").
func TitleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}
