package reading

import (
	"unicode"
	"unicode/utf8"
)

// addHeaderLine records a header line (headline, byline, dateline) as a
// pseudo-sentence with its words.
func (d *builder) addHeaderLine(start, end int) {
	w0 := len(d.Words)
	d.Words = ScanTokens(d.Words, &d.lw, d.Text, start, end)
	d.Header = append(d.Header, Sent{Start: start, End: end, Para: -1, Word0: w0, WordEnd: len(d.Words)})
}

// addParagraph appends the paragraph text[start:end] and its sentences.
// The body's first paragraph (at d.datelineAt) may open with a dateline,
// which is kept out of its first sentence.
func (d *builder) addParagraph(start, end int) {
	w0, s0 := len(d.Words), len(d.lw.Stops)
	d.Words = ScanTokens(d.Words, &d.lw, d.Text, start, end)
	ws := d.Words[w0:]
	from := 0
	if d.Dateline == nil && start == d.DatelineAt {
		if n := datelineWords(d.Text, ws); n > 0 {
			dl := span(d.Text, ws[0].Start, ws[n-1].End)
			d.Dateline = &dl
			// The dateline's words, first in the paragraph, are the
			// header's; the body's follow.
			d.Header = append(d.Header, Sent{Start: dl.Start, End: dl.End, Para: -1, Word0: w0, WordEnd: w0 + n})
			w0 += n
			ws = d.Words[w0:]
		}
	}
	// A list item's bullet or number is not part of its sentence.
	if IsListItem(d.Text[start:end]) && len(ws) > 0 {
		from = 1
		if ws[0].Kind == Number && len(ws) > 1 {
			from = 2
		}
	}
	p := Para{Start: start, End: end, Sent0: len(d.Sents)}
	// The words that may end a sentence, as nextSentence would find them.
	stops := d.lw.Stops[s0:]
	for b0 := from; b0 < len(ws); {
		b1 := len(ws)
		for len(stops) > 0 {
			i := stops[0] - w0
			stops = stops[1:]
			if i < b0 {
				continue // a dateline's, a bullet's, or inside the last end
			}
			if e, ok := sentenceEnd(d.Text, ws, i); ok {
				b1 = e
				break
			}
		}
		d.Sents = append(d.Sents, Sent{
			Start: ws[b0].Start, End: ws[b1-1].End, Para: len(d.Paras),
			Word0: w0 + b0, WordEnd: w0 + b1,
		})
		b0 = b1
	}
	p.SentEnd = len(d.Sents)
	if p.SentEnd == p.Sent0 {
		return // nothing but a dateline: no paragraph of its own
	}
	d.Paras = append(d.Paras, p)
}

// nextSentence returns the end (an index into ws, exclusive) of the
// sentence of a paragraph's words ws that starts at ws[from]. A sentence
// ends at "." "!" "?" "…" (and any closing quotes and brackets after it)
// when the next Word can start a sentence, and at an abbreviation's
// period only when the next Word plainly starts one; the last sentence
// ends with the paragraph.
func nextSentence(text string, ws []Word, from int) int {
	for i := from; i < len(ws); i++ {
		if k := ws[i].Kind; k != Punct && k != Abbrev {
			continue // sentenceEnd says no to all others
		}
		if end, ok := sentenceEnd(text, ws, i); ok {
			return end
		}
	}
	return len(ws)
}

// sentenceEnd reports whether a sentence ends with ws[i] or with closing
// marks just after it, and returns the index of the first word after it.
func sentenceEnd(text string, ws []Word, i int) (int, bool) {
	w := ws[i]
	var abbrev string // the abbreviation ending at w, if any
	switch w.Kind {
	case Punct:
		if !IsTerminal(text, w) || leadingPoint(text, ws, i) || innerPoint(text, ws, i) {
			return 0, false
		}
	case Abbrev:
		abbrev = text[w.Start : w.End-1]
	default:
		return 0, false
	}
	// Closing marks after the terminal belong to the sentence: .” ." .) ?!
	j := i + 1
	for j < len(ws) && closesSentence(text, ws, j) {
		j++
	}
	if j == len(ws) {
		return 0, false // the paragraph ends the sentence anyway
	}
	next := ws[j]
	r, _ := utf8.DecodeRuneInString(text[next.Start:])
	if abbrev != "" {
		return j, abbreviationEnds(text, abbrev, next, r)
	}
	switch {
	case unicode.IsLower(r):
		return j, false // "Why?" she asked. / "the best ... way"
	case next.Kind == Punct && (r == ',' || r == ';' || r == ':' || r == ')' || r == '-' || r == '—' || r == '–'):
		return j, false
	}
	return j, true
}

// leadingPoint reports whether ws[i] is a period that opens a number
// written against it after a space: ".596", a batting average, is no
// sentence's end.
func leadingPoint(text string, ws []Word, i int) bool {
	w := ws[i]
	return text[w.Start] == '.' && w.End == w.Start+1 && (i == 0 || ws[i-1].End < w.Start) &&
		i+1 < len(ws) && ws[i+1].Start == w.End && ws[i+1].Kind == Number
}

// innerPoint reports whether ws[i] is a period inside a run of initials
// written without a space, the tokens cut at a hyphen: "(R-S.C.)" is "R-S",
// ".", "C.", and its first period ends no sentence.
func innerPoint(text string, ws []Word, i int) bool {
	w := ws[i]
	if text[w.Start] != '.' || i == 0 || i+1 >= len(ws) || ws[i-1].End != w.Start || ws[i+1].Start != w.End {
		return false
	}
	n := ws[i+1]
	return n.Kind == Abbrev && utf8.RuneCountInString(text[n.Start:n.End]) == 2
}

// closesSentence reports whether ws[j] closes the sentence that the word
// before it ended: a further "!" or "?", a closing quote or bracket written
// against it.
func closesSentence(text string, ws []Word, j int) bool {
	w := ws[j]
	if w.Kind == Alpha || w.Kind == Number || w.Kind == Abbrev {
		return false // it starts with a letter or digit
	}
	attached := w.Start == ws[j-1].End
	r, _ := utf8.DecodeRuneInString(text[w.Start:])
	if isEllipsis(text[w.Start:w.End]) {
		return true // "She left. … They stayed": the "…" is no sentence
	}
	switch {
	case r == '"' || r == '\'' || w.Kind == Punct && IsTerminal(text, w):
		return attached
	}
	if r < utf8.RuneSelf {
		return r == ')' || r == ']' || r == '}' // the ASCII in Pe; none is in Pf
	}
	return unicode.In(r, unicode.Pe, unicode.Pf) // ) ] ” 」

}

// abbreviationEnds decides whether the period of abbrev (written without
// it) also ends the sentence, given the next Word and its first rune.
func abbreviationEnds(text string, abbrev string, next Word, r rune) bool {
	if utf8.RuneCountInString(abbrev) == 1 {
		return false // Donald J. Trump
	}
	if starterWords()[text[next.Start:next.End]] {
		return true // "...the U.S. The talks", "Prime Minister Hun Sen. He said"
	}
	if IsTitleAbbrev(abbrev) || !unicode.IsUpper(r) {
		// Mr. Smith; U.S. "We..." opens a quote, U.S. “clearly” does not.
		if IsTitleAbbrev(abbrev) || !IsQuoteRune(r) || r == '’' || r == '”' {
			return false
		}
		n, _ := utf8.DecodeRuneInString(text[next.End:])
		return !unicode.IsLower(n)
	}
	// After a clock time or "etc." a capitalized word starts a sentence
	// unless it is a day, a month or a time zone: "at 3 p.m. Friday",
	// "9 a.m. Eastern".
	switch abbrev {
	case "a.m", "p.m", "etc", "A.M", "P.M":
		w := text[next.Start:next.End]
		return !isDayOrMonth(w) && !isTimeZone(w)
	}
	return false
}

// isDayOrMonth reports whether w names a weekday or month (or abbreviates one).
func isDayOrMonth(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
		"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December",
		"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.":
		return true
	}
	return false
}

// isTimeZone reports whether w names a time zone, as written after a clock time.
func isTimeZone(w string) bool {
	switch w {
	case "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii",
		"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
		"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "AEST", "AEDT", "Z":
		return true
	}
	return false
}

// isEllipsis reports whether s is an ellipsis: "…" or "...".
func isEllipsis(s string) bool { return s == "…" || s == "..." || s == ". . ." }
