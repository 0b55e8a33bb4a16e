package reading

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ner"
	"github.com/newsparse/newsparse/lexicon"
)

// The header (headline, byline, dateline) is read from the first few
// non-blank lines and the credits from the last few, so both cost a
// bounded amount of work whatever the length of the text. A line longer
// than maxHeaderLine is never a header line.
const (
	headerLines   = 6
	creditLines   = 6
	maxHeaderLine = 300
	maxCreditLine = 600
)

// topLine is one of the first non-blank lines and what it may be.
type topLine struct {
	i       int  // index in lines
	gap     bool // a blank line (or the end of the text) follows
	by      int  // bylineForm
	dl      int  // lines a dateline standing on its own takes, from this one, or 0
	inline  bool // the line opens with a dateline ("WASHINGTON (AP) — ...")
	stamp   bool // the line gives when the article was published or updated (stampLine)
	runeLen int
}

// findHeader recognizes the headline, byline and dateline among the first
// lines, each on its own evidence: its form, and where it stands next to
// the others. The lines it takes are marked skip (they are no body
// paragraph) and their words become d.header; d.datelineAt is where a
// dateline that opens the body's first paragraph may stand.
func (d *builder) findHeader(lines []line) {
	d.DatelineAt = -1
	var top [headerLines + 1]topLine
	n := 0
	for i := 0; i < len(lines) && n < len(top); i++ {
		if !lines[i].blank() {
			top[n] = topLine{i: i}
			n++
		}
	}
	if n == 0 {
		return
	}
	var ws []Word // tokens of a line, reused
	for k := 0; k < n; k++ {
		t := &top[k]
		l := lines[t.i]
		t.gap = t.i+1 >= len(lines) || lines[t.i+1].blank()
		t.runeLen = utf8.RuneCountInString(d.Text[l.content:min(l.end, l.content+4*maxHeaderLine)])
		if l.end-l.content > maxHeaderLine {
			// A long line may open with a dateline: its first words tell.
			ws = Tokenize(ws[:0], d.Text, l.content, l.content+maxHeaderLine/2)
			t.inline = datelineWords(d.Text, ws) > 0
			continue
		}
		ws = Tokenize(ws[:0], d.Text, l.content, l.end)
		t.stamp = stampLine(d.Text, ws)
		t.by = bylineForm(d.Text, l)
		if datelineLine(d.Text, ws) {
			t.dl = 1
		} else if k+1 < n && top[k+1].i == t.i+1 && placeLine(d.Text, ws) && dateOnly(d.Text, lines[t.i+1]) {
			t.dl = 2 // "FARMINGTON HILLS, Mich." then "1996-08-30"
		}
		t.inline = t.dl == 0 && datelineWords(d.Text, ws) > 0
	}
	text := d.Text
	// evidence reports whether top line k is followed by a byline or a
	// dateline: layout that only a header has.
	evidence := func(k int) bool {
		return k+1 < n && (top[k+1].by > 0 || top[k+1].dl > 0 || top[k+1].inline || top[k+1].stamp)
	}
	// skipStamps steps pos over the lines that say when the article was
	// published or updated: they stay in the body, but the byline and
	// dateline come after them as well as before.
	skipStamps := func(pos int) int {
		for pos < n && top[pos].stamp {
			pos++
		}
		return pos
	}
	// alone reports whether top line k stands as a paragraph of its own:
	// a blank line follows, or lines are paragraphs and the next is long.
	alone := func(k int) bool {
		return k+1 < n && (top[k].gap || top[k+1].runeLen > wrapWidth)
	}
	pos := 0
	switch first := top[0]; {
	case first.dl > 0:
	case first.inline && (n == 1 || top[1].dl == 0) && !(alone(0) && first.runeLen <= wrapWidth && isTopHeadline(headlineForm(text, lines[first.i], ws[:0]))):
		// The dateline opens the body, unless the line is a short
		// headline standing alone: "EXCLUSIVE – Jane Doe: Vote Early"
	case first.by == byStrong && (alone(0) || evidence(0)):
	case first.runeLen <= maxHeaderLine && n > 1:
		l := lines[first.i]
		f := headlineForm(text, l, ws[:0])
		// "Headline; deck": the deck on the next line is the headline's
		// second half.
		h := 0
		if strings.HasSuffix(text[l.content:l.end], ";") && n > 2 && top[1].i == first.i+1 && top[1].gap &&
			top[1].runeLen <= maxHeaderLine && top[1].by == 0 && top[1].dl == 0 && !top[1].inline {
			h = 1
		}
		ok := f != hlNo && evidence(h)
		if alone(h) {
			switch f {
			case hlOpen, hlCaps, hlTitle:
				ok = true
			case hlSentence:
				// Before a longer lede, maybe after a standfirst, or
				// before a rubric ("Letters.").
				next := lines[top[h+1].i]
				ok = ok || top[h+1].runeLen > first.runeLen || h+2 < n && top[h+2].runeLen > first.runeLen ||
					strings.Count(text[next.content:next.end], " ") < 3
			}
		}
		if ok {
			for k := 0; k <= h; k++ {
				lines[top[k].i].skip = true
			}
			s := span(text, l.content, lines[top[h].i].end)
			d.Headline = &s
			pos = h + 1
			// A standfirst (subhead) between the headline and the byline
			// or dateline stays in the body.
			if pos+1 < n && top[pos].by == 0 && top[pos].dl == 0 && !top[pos].inline && evidence(pos) {
				pos++
			}
		}
	}
	pos = skipStamps(pos)
	if pos < n {
		t := top[pos]
		if t.by == byStrong || t.by == byName && (evidence(pos) || d.Headline != nil && t.gap && pos+1 < n) {
			d.Byline = d.skipLine(lines, t.i)
			pos++
			if pos < n && creditLine(text, lines[top[pos].i]) {
				// "By Jane Doe" then "Associated Press": the byline's
				// second line.
				lines[top[pos].i].skip = true
				d.Byline.End = lines[top[pos].i].end
				pos++
			}
		}
	}
	pos = skipStamps(pos)
	if pos < n && top[pos].dl > 0 {
		t := top[pos]
		lastI := t.i + t.dl - 1
		s := span(text, lines[t.i].content, lines[lastI].end)
		d.Dateline = &s
		for i := t.i; i < t.i+t.dl; i++ {
			lines[i].skip = true
		}
		pos++
		for pos < n && top[pos].i <= lastI {
			pos++
		}
	}
	if pos < n {
		d.DatelineAt = lines[top[pos].i].content
		if d.Dateline != nil {
			d.DatelineAt = -1
		}
	}
}

// stampLine reports whether the words ws of a line say when the article
// was published or updated, and nothing else: "Updated 6:45 p.m. ET,
// Thursday, March 12, 2026", "Published: 12 March 2026", "March 12,
// 2026", "Updated March 12". Besides its opening verb its words are
// numbers, weekdays, months, clock words and time zones, and it holds a
// year, or a number after the verb.
func stampLine(text string, ws []Word) bool {
	if len(ws) == 0 || len(ws) > 24 {
		return false
	}
	k := 0
	switch strings.ToLower(text[ws[0].Start:ws[0].End]) {
	case "updated", "published", "posted", "modified":
		k = 1
	case "last", "first", "originally":
		if len(ws) > 1 {
			switch strings.ToLower(text[ws[1].Start:ws[1].End]) {
			case "updated", "published", "modified", "posted":
				k = 2
			}
		}
	}
	year, number := false, false
	for _, w := range ws[k:] {
		t := text[w.Start:w.End]
		switch w.Kind {
		case Number:
			number = true
			if len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) || isISODate(t) {
				year = true
			}
			continue
		case Punct:
			continue
		}
		if isDayOrMonth(t) || isTimeZone(t) {
			continue
		}
		switch strings.ToLower(t) {
		case "on", "at", "a.m.", "p.m.", "am", "pm", "et", "pt", "ct", "mt", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt":
			continue
		}
		return false
	}
	// Opened by "Updated", a date needs no year: "Updated March 12".
	return year || k > 0 && number
}

// creditLine reports whether line l, after a byline, is the byline's own
// second line: a news agency ("Associated Press") or a newsroom role
// ("Staff Writer", "Associated Press Writer").
func creditLine(text string, l line) bool {
	s := strings.TrimSuffix(strings.TrimSpace(text[l.content:l.end]), ".")
	if s == "" || len(s) > 60 {
		return false
	}
	if newsAgencies()[s] {
		return true
	}
	if strings.Count(s, " ") > 4 || !isCapitalizedWords(s, 5) {
		return false
	}
	for _, role := range [...]string{" Writer", " Writers", " Reporter", " Correspondent", " Editor", " Staff"} {
		if strings.HasSuffix(s, role) {
			return true
		}
	}
	return false
}

// skipLine marks line i a header line and returns its Span.
func (d *builder) skipLine(lines []line, i int) *Span {
	lines[i].skip = true
	s := span(d.Text, lines[i].content, lines[i].end)
	return &s
}

// The forms of a headline candidate.
const (
	hlNo       = iota
	hlOpen     // no final punctuation
	hlCaps     // in capitals: "SOCCER - KEEPER BANNED FOR TWO GAMES."
	hlTitle    // title case, ending in a full stop, a question or a quotation
	hlSentence // sentence case in headline form: no past tense, no weekday
	hlProse    // reads as a sentence of the body
)

// smallWords stay lower case in a title-case headline.
var smallWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true,
	"for": true, "from": true, "in": true, "into": true, "nor": true, "of": true, "on": true,
	"or": true, "over": true, "per": true, "the": true, "to": true, "up": true, "via": true,
	"vs": true, "with": true, "is": true, "are": true, "be": true, "than": true, "that": true,
	"this": true, "after": true, "amid": true, "about": true, "off": true, "out": true,
}

// headlineForm returns the form of line l as a headline: hlNo when it
// cannot be one (too long, more than a sentence and a word or two, opening
// in lower case, ending in a comma, colon or dash). ws is a scratch slice.
func headlineForm(text string, l line, ws []Word) int {
	s := text[l.content:l.end]
	if len(s) > maxHeaderLine || strings.Count(s, " ") > 24 || IsListItem(s) {
		return hlNo
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !IsQuoteRune(first) {
		return hlNo
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isClosingQuote))
	switch last {
	case ',', ':', '-', '—', '–':
		return hlNo
	}
	ws = Tokenize(ws, text, l.content, l.end)
	if len(ws) == 0 {
		return hlNo
	}
	// Two sentences at most: "Clean Again. For Now."
	if e := nextSentence(text, ws, 0); e < len(ws) && nextSentence(text, ws, e) < len(ws) {
		return hlNo
	}
	upper, lower, alpha, capWords, content := 0, 0, 0, 0, 0
	past, weekday, says, articles := false, false, false, 0
	for k, w := range ws {
		t := text[w.Start:w.End]
		for _, r := range t {
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
		if w.Kind != Alpha && w.Kind != Abbrev {
			continue
		}
		alpha++
		switch t {
		case "the", "a", "an", "The", "A", "An":
			articles++ // headlines leave most out
		}
		if IsWeekday(t) && (k == 0 || !nameWord(text[ws[k-1].Start:ws[k-1].End])) {
			weekday = true // "on Tuesday", not "Super Tuesday"
		}
		if k > 0 && !smallWords[strings.ToLower(t)] {
			content++
			if nameWord(t) {
				capWords++
			}
		}
		switch {
		case t == "says" || t == "say" || t == "if" || k == 0 && headlineWh[t]:
			// "X says Y was ...", "if X were", "How X won": no past
			// of its own
			says = true
		case !says && isPastVerb(text, ws, k):
			past = true
		}
	}
	switch {
	case alpha >= 2 && lower*10 < upper:
		return hlCaps
	case last != '.' && last != '!' && last != '?' && last != '…' && last != ';':
		return hlOpen
	case content >= 2 && capWords*20 >= content*17:
		return hlTitle
	case alpha < 2:
		return hlNo // a rubric: "ABSTRACT."
	case !past && !weekday && alpha >= 3 && alpha <= 14 && articles <= 1 && !ledeOpeners[text[ws[0].Start:ws[0].End]]:
		return hlSentence
	}
	return hlProse
}

// headlineWh open a headline that asks or explains: "How X won".
var headlineWh = map[string]bool{"How": true, "Why": true, "What": true, "Where": true, "Who": true}

// ledeOpeners open the body's sentences far more often than a headline.
var ledeOpeners = map[string]bool{
	"I": true, "It": true, "It's": true, "It’s": true, "We": true, "He": true, "She": true,
	"They": true, "There": true, "This": true, "These": true, "That": true, "Those": true,
	"You": true, "Mr.": true, "Mrs.": true, "Ms.": true, "In": true, "On": true, "At": true,
	"Now": true, "Maybe": true, "Perhaps": true, "So": true, "But": true, "And": true, "Yet": true,
	"As": true, "While": true, "Still": true, "When": true,
}

// isTopHeadline reports whether form f makes a headline on its own.
func isTopHeadline(f int) bool { return f == hlOpen || f == hlCaps || f == hlTitle }

// IsWeekday reports whether t is the name of a day of the week, capitalized.
func IsWeekday(t string) bool {
	switch t {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// isPastVerb reports whether word k reads as a verb in the past tense,
// the tense of a body sentence but rarely of a headline: "was", "said",
// "rose", or a regular "-ed" form with an object after it ("raised the
// rate"), not a participle ("arrested in Ohio").
func isPastVerb(text string, ws []Word, k int) bool {
	t := text[ws[k].Start:ws[k].End]
	switch t {
	case "was", "had", "did", "said", "told":
		return true
	}
	if headerPastVerbs()[t] {
		return true
	}
	if !pastForm(t) || len(t) < 5 || k == 0 || k+1 >= len(ws) {
		return false
	}
	switch text[ws[k-1].Start:ws[k-1].End] {
	case "have", "has", "been", "be":
		return false // "should have called them": no past tense
	}
	next := ws[k+1]
	if next.Kind == Number {
		return true
	}
	switch text[next.Start:next.End] {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
		"these", "those", "him", "them", "us", "me", "it", "some", "more", "no":
		return true
	}
	return false
}

// The forms of a byline.
const (
	byNone   = iota
	byName   // a bare name of unknown given name: a byline where it stands
	byStrong // "By Jane Doe", "Jane Doe | Reuters", "Reuters Staff", "Maggie Roe"
)

// bylineForm reports whether l names the article's writers: "By Jane Doe",
// "by: Jane Doe", "Story by Jane Doe", "By JANE DOE and JOHN ROE,
// Associated Press", "Jane Doe, Reuters", "Jane Doe | Reuters", "Reuters
// Staff", or a bare name: byStrong when each name opens with a known given
// name, byName otherwise.
func bylineForm(text string, l line) int {
	s := text[l.content:l.end]
	if len(s) > 120 || len(s) < 4 {
		return byNone
	}
	by := false
	for _, p := range [...]string{"by:", "by ", "story by ", "written by ", "words by ", "text by "} {
		if hasPrefixFold(s, p) {
			s, by = strings.TrimSpace(s[len(p):]), true
			break
		}
	}
	if s == "" || endsSentence(s) && !strings.HasSuffix(s, ".") {
		return byNone
	}
	s = strings.TrimSuffix(s, ".") // "By Jane Doe."
	if endsSentence(s) {
		return byNone
	}
	// "Reuters Staff", "AP staff writer"
	for _, suffix := range [...]string{" staff", " staff writer", " staff reporter", " staff writers"} {
		if len(s) > len(suffix) && hasSuffixFold(s, suffix) {
			org := s[:len(s)-len(suffix)]
			if newsAgencies()[org] || by && isCapitalizedWords(org, 4) {
				return byStrong
			}
		}
	}
	// Names, then maybe ", Agency" or "| Agency"; names join with "and"
	// or "&". A known agency, or "By", vouches for the names before it;
	// otherwise each name must open with a known given name to be sure.
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '|' })
	if len(parts) == 0 || len(parts) > 4 {
		return byNone
	}
	agency := false
	if len(parts) > 1 {
		org := strings.TrimSpace(parts[len(parts)-1])
		switch {
		case newsAgencies()[org]:
			agency = true
			parts = parts[:len(parts)-1]
		case isCapitalizedWords(org, 5) && (by || len(parts) == 2):
			parts = parts[:len(parts)-1]
		default:
			return byNone
		}
	}
	given := true
	for _, part := range parts {
		part = strings.ReplaceAll(part, " & ", " and ")
		for _, name := range strings.Split(part, " and ") {
			ws := strings.Fields(name)
			if len(ws) == 0 && part != name {
				continue // "Jane Doe, and John Roe"
			}
			if len(ws) < 2 || len(ws) > 4 || !isCapitalizedWords(name, 4) || smallWords[strings.ToLower(ws[0])] {
				return byNone
			}
			if ner.Lookup(ws[0])&ner.Given == 0 {
				given = false
			}
			if ner.Lookup(ws[len(ws)-1])&(ner.City|ner.Country|ner.Region) != 0 && !by && !agency {
				return byNone // "Greater Milwaukee" is a place
			}
		}
	}
	if by || agency {
		return byStrong
	}
	// A bare name is written as names are, and ends in no period.
	if IsAllCaps(s) || strings.HasSuffix(text[l.content:l.end], ".") {
		return byNone
	}
	if given {
		return byStrong
	}
	return byName
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

// IsNameParticle reports whether w is a particle that joins the parts of
// a person's name: "van", "de", "bin" ("Ludwig van Beethoven").
func IsNameParticle(w string) bool { return nameParticles[w] }

var nameParticles = map[string]bool{
	"al": true, "bin": true, "da": true, "das": true, "de": true, "del": true, "della": true, "den": true,
	"der": true, "des": true, "di": true, "do": true, "dos": true, "du": true, "la": true, "le": true,
	"ibn": true, "ten": true, "ter": true, "van": true, "von": true, "y": true,
}

// datelineLine reports whether the words ws of a line are a dateline and
// nothing else: "WASHINGTON (AP) —", "SPRINGFIELD, ILL. (AP)--", or a
// place and a date with no dash, "LONDON 1996-08-30", "OSLO, March 3".
func datelineLine(text string, ws []Word) bool {
	if len(ws) == 0 {
		return false
	}
	if datelineWords(text, ws) == len(ws) {
		return true
	}
	i := placeWords(text, ws)
	if i == 0 || i >= len(ws) {
		return false
	}
	if text[ws[i].Start] == ',' && i+1 < len(ws) {
		i++
	}
	// The date: "1996-08-30", "March 3", "Aug. 3, 2025"
	switch w := ws[i]; {
	case w.Kind == Number && isISODate(text[w.Start:w.End]):
		i++
	case isDayOrMonth(text[w.Start:w.End]) && i+1 < len(ws) && ws[i+1].Kind == Number:
		i += 2
		if i+1 < len(ws) && text[ws[i].Start] == ',' && ws[i+1].Kind == Number {
			i += 2
		}
	default:
		return false
	}
	// An agency in parentheses may follow.
	if i+2 < len(ws) && text[ws[i].Start] == '(' && text[ws[i+2].Start] == ')' {
		i += 3
	}
	return i == len(ws)
}

// placeWords returns how many of ws are a dateline's place: words in
// capitals ("LONDON", "PANAMA CITY", "ST. LOUIS", "AL-RAM"), then maybe a
// comma and a region in any case ("MILWAUKEE, Wisconsin", "LAS CRUCES,
// N.M."), or 0 when ws does not open with a place in capitals.
func placeWords(text string, ws []Word) int {
	i := 0
	for i < len(ws) && i < 6 {
		w := ws[i]
		switch {
		case (w.Kind == Alpha || w.Kind == Abbrev) && IsAllCaps(text[w.Start:w.End]):
		case i > 0 && text[w.Start:w.End] == "." && w.Start == ws[i-1].End: // "ST." of "ST. LOUIS"
		default:
			goto region
		}
		i++
	}
region:
	if i == 0 || i >= len(ws) || text[ws[i].Start] != ',' {
		return i
	}
	j := i + 1
	for j < len(ws) && j-i <= 4 && (isPlaceWord(text, ws[j]) && !isDayOrMonth(text[ws[j].Start:ws[j].End]) ||
		text[ws[j].Start:ws[j].End] == "." && ws[j].Start == ws[j-1].End) {
		j++
	}
	if j > i+1 {
		i = j
	}
	return i
}

// placeLine reports whether the words ws of a line are a dateline's place
// alone, in capitals with a region: "FARMINGTON HILLS, Mich.".
func placeLine(text string, ws []Word) bool {
	if len(ws) < 3 || len(ws) > 10 || placeWords(text, ws) != len(ws) {
		return false
	}
	for _, w := range ws[1:] {
		if text[w.Start] == ',' {
			return true
		}
	}
	return false
}

// dateOnly reports whether line l holds nothing but an ISO date.
func dateOnly(text string, l line) bool {
	return isISODate(text[l.content:l.end])
}

// isISODate reports whether s is a date written YYYY-MM-DD.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && !IsDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// datelineWords returns how many of a first paragraph's opening words are
// a dateline, or 0: a place in capitals or followed by a region, a date
// or an agency in parentheses, then a dash. "WASHINGTON (Reuters) -",
// "KYIV, Ukraine —", "LONDON, March 3 (AP) --", "KYIV, Ukraine, March 3
// (Reuters) -". The dateline may be the whole paragraph, as in wire copy
// that gives it a line of its own. Words in capitals after the dash make
// it a wire headline's topic instead: "SOCCER - KEEPER BANNED".
func datelineWords(text string, ws []Word) int {
	const maxWords = 16
	i := 0
	caps := true // every word of the place is in capitals
	for i < len(ws) && i < 5 && isPlaceWord(text, ws[i]) {
		caps = caps && IsAllCaps(text[ws[i].Start:ws[i].End])
		i++
	}
	if i == 0 {
		return 0
	}
	extra := false // a region, date or agency follows the place
	for groups := 0; groups < 3 && i < len(ws) && text[ws[i].Start] == ','; groups++ {
		j := i + 1
		for j < len(ws) && j-i < 6 && (isPlaceWord(text, ws[j]) || ws[j].Kind == Number ||
			text[ws[j].Start] == '.' && ws[j].Start == ws[j-1].End) { // "MO." of "INDEPENDENCE, MO."
			j++
		}
		if j == i+1 {
			return 0
		}
		i, extra = j, true
	}
	if i < len(ws) && text[ws[i].Start] == '(' {
		j := i + 1
		for j < len(ws) && j < maxWords && text[ws[j].Start] != ')' {
			j++
		}
		if j >= len(ws) || j >= maxWords {
			return 0
		}
		i, extra = j+1, true
	}
	if i >= len(ws) || !IsDash(text[ws[i].Start:ws[i].End]) || !caps && !extra {
		return 0
	}
	// The dash must stand apart from the words around it.
	if i+1 < len(ws) && ws[i].Start == ws[i-1].End && ws[i].End == ws[i+1].Start {
		return 0
	}
	// A headline in capitals goes on after the dash.
	capsAfter, wordsAfter := 0, 0
	for j := i + 1; j < len(ws) && wordsAfter < 3; j++ {
		if ws[j].Kind == Alpha {
			wordsAfter++
			if noLower(text[ws[j].Start:ws[j].End]) {
				capsAfter++
			}
		}
	}
	if wordsAfter >= 2 && capsAfter == wordsAfter {
		return 0
	}
	return i + 1
}

func isPlaceWord(text string, w Word) bool {
	if w.Kind != Alpha && w.Kind != Abbrev {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[w.Start:])
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether s has letters and none of them is lower case.
func IsAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// noLower reports whether s has no lower-case letter.
func noLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// IsDash reports whether s is a dash or a run of hyphens standing for one.
func IsDash(s string) bool {
	switch s {
	case "-", "--", "—", "–", "_", "―":
		return true
	}
	return false
}

// findCredits recognizes the credit and boilerplate lines that end an
// article ("Reporting by ...; Editing by ...", "Contributing: ...",
// "Follow us on ...", "Copyright ..."), reading back from the last line.
// They are marked skip, kept out of the body, and listed in d.credits. A
// line of rules ("___") just before a credit goes with it. The first body
// line is never taken.
func (d *builder) findCredits(lines []line) {
	first := -1
	for i, l := range lines {
		if !l.blank() && !l.skip {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	seen, taken := 0, -1
	for i := len(lines) - 1; i > first && seen < creditLines; i-- {
		l := lines[i]
		if l.blank() {
			continue
		}
		if l.skip {
			break
		}
		seen++
		s := d.Text[l.content:l.end]
		if isCreditLine(s) {
			taken = i
			continue
		}
		if taken >= 0 && isRule(s) {
			continue
		}
		break
	}
	if taken < 0 {
		return
	}
	for i := taken; i < len(lines); i++ {
		l := lines[i]
		if l.blank() {
			continue
		}
		lines[i].skip = true
		if !isRule(d.Text[l.content:l.end]) {
			d.Credits = append(d.Credits, span(d.Text, l.content, l.end))
		}
	}
	// A rule just before the first credit goes too.
	for i := taken - 1; i > first; i-- {
		l := lines[i]
		if l.blank() {
			continue
		}
		if isRule(d.Text[l.content:l.end]) {
			lines[i].skip = true
		}
		break
	}
}

// creditOpeners open a credit line (compared without case).
var creditOpeners = [...]string{
	"reporting by", "additional reporting by", "writing by", "editing by", "edited by",
	"compiled by", "reported by", "contributing:", "contributing reporter", "contributing writer",
	"contributing editor", "follow us", "follow @", "twitter:", "email:", "e-mail:", "contact:",
	"copyright", "©", "(c) ", "all rights reserved", "editor's note:", "editor’s note:",
	"sign up for", "subscribe to", "read more:", "related:", "click here", "correction:",
	"this story has been", "this article has been", "an earlier version of this",
	"source:", "sources:", "photo:", "image:",
}

// creditEnders end a credit line, before a final "." or ")".
var creditEnders = [...]string{
	"contributed to this report", "contributed to this story", "contributed reporting",
	"contributed to this article", "all rights reserved", "on twitter", "on facebook",
}

// isCreditLine reports whether s, a whole line, credits the writers or is
// the publisher's boilerplate.
func isCreditLine(s string) bool {
	if len(s) > maxCreditLine {
		return false
	}
	t := strings.TrimLeft(s, "([*_ ")
	for _, p := range creditOpeners {
		if hasPrefixFold(t, p) {
			return true
		}
	}
	// "Follow Jane Doe on Twitter @janedoe."
	if hasPrefixFold(t, "follow ") && (strings.Contains(t, " on Twitter") || strings.Contains(t, " on X") || strings.Contains(t, "@")) && len(t) < 120 {
		return true
	}
	e := strings.TrimRight(t, ".)]* ")
	for _, p := range creditEnders {
		if hasSuffixFold(e, p) {
			return true
		}
	}
	return false
}

// isRule reports whether s is a line of rule characters: "___", "* * *".
func isRule(s string) bool {
	marks := 0
	for _, r := range s {
		switch r {
		case '_', '-', '*', '=', '—', '–', '.', '~', '#':
			marks++
		case ' ':
		default:
			return false
		}
	}
	return marks >= 3
}

func isClosingQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == ')'
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// headerPastVerbs are the verbs in the past tense of the tense lists.
var headerPastVerbs = sync.OnceValue(func() map[string]bool { return lexicon.Set("pastverbs.txt") })

// nameWord reports whether t starts with an upper-case letter.
func nameWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// pastForm reports whether t is a lower-case word of four letters or more
// ending in "ed": most often a verb's past form ("warned", "reported").
func pastForm(t string) bool {
	return len(t) > 3 && t[0] >= 'a' && t[0] <= 'z' && strings.HasSuffix(t, "ed")
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
