package newsparse

import (
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// WriteHTML writes a as one self-contained HTML page for review: text is
// the text a was parsed from. The page needs no network: its style and its
// few lines of script are inline.
//
// The page shows the headline, byline and dateline set apart from the
// body, and paragraphs as paragraphs. Entity mentions are highlighted by
// type (a legend names the colours); pointing at one, or at an entity in the
// index, highlights every mention of the same entity, and its title gives
// the entity's id and canonical name. Each quote is tinted by kind and
// numbered (Q1, Q2, ...); its speaker and cue carry the same number, and
// the quote's label names the speaker's entity. Claims are underlined in
// the colour of their certainty, their cues in bold. Times show their
// resolved value. Below the text come who said what, the claims, and the
// timeline: the events by date with their participants.
//
// Spans may nest and cross in any way: an element that crosses another is
// closed and reopened, so the markup is always well nested, and every
// fragment of one finding carries the same data-span="start-end" (byte
// offsets into text). The text content of the page's article element is
// text itself, every character escaped, except that each byte of invalid
// UTF-8 and each NUL is written as U+FFFD, so the page is valid UTF-8. (A
// browser then reads a CR LF line end as LF, as HTML requires.) Labels such
// as a time's value are drawn by the style sheet, not written as text.
//
// WriteHTML returns an error, before writing anything, when a span of a
// lies outside text (an Article parsed from another text), and any error
// from w. It is safe for concurrent use; output is deterministic. Time and
// memory grow linearly with len(text) and the number of findings (times
// the depth to which findings overlap, a handful in news). The page is
// about 15 times the size of the text for news (the example article: 3 KB
// of text, a 43 KB page), more for text dense with findings.
func (a *Article) WriteHTML(w io.Writer, text string) error {
	if err := a.checkSpans(text); err != nil {
		return err
	}
	return viewTemplate().Execute(w, a.page(text))
}

//go:embed view.html
var viewHTML string

// viewTemplate is the page template, parsed once; a parsed template is
// read-only and safe for concurrent use.
var viewTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("view").Parse(viewHTML))
})

// checkSpans reports the first span of a that does not fit in text.
func (a *Article) checkSpans(text string) error {
	n := len(text)
	bad := func(what string, s, e int) error {
		if s < 0 || e < s || e > n {
			return fmt.Errorf("newsparse: %s [%d,%d) lies outside the text (%d bytes): was the Article parsed from another text?", what, s, e, n)
		}
		return nil
	}
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	for _, h := range []*Span{a.Headline, a.Byline, a.Dateline} {
		if h != nil {
			add(bad("header", h.Start, h.End))
		}
	}
	for _, p := range a.Paragraphs {
		add(bad("paragraph", p.Start, p.End))
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			add(bad("mention of "+string(e.ID), m.Start, m.End))
		}
	}
	for _, q := range a.Quotes {
		add(bad("quote", q.Start, q.End))
		for _, pt := range q.Parts {
			add(bad("quote part", pt.Start, pt.End))
		}
		if q.Speaker != nil {
			add(bad("speaker", q.Speaker.Start, q.Speaker.End))
		}
		if q.Cue != nil {
			add(bad("cue", q.Cue.Start, q.Cue.End))
		}
	}
	for _, t := range a.Times {
		add(bad("time", t.Start, t.End))
	}
	for _, ev := range a.Timeline {
		add(bad("event", ev.Event.Start, ev.Event.End))
		add(bad("event sentence", ev.Sentence.Start, ev.Sentence.End))
	}
	for _, c := range a.Claims {
		add(bad("claim", c.Start, c.End))
		for _, h := range c.Cues {
			add(bad("claim cue", h.Start, h.End))
		}
		if c.Source != nil {
			add(bad("claim source", c.Source.Start, c.Source.End))
		}
	}
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// The page handed to the template. Every string in it has been through
// validText; the template escapes it.
type viewPage struct {
	Title     string
	Summary   string // counts of each layer
	Published string
	Types     []viewType
	Entities  []viewEntity
	Blocks    []viewBlock
	Timeline  []viewDay
	Quotes    []viewQuote
	Claims    []viewClaim
}

// viewQuote is one row of the page's list of who said what.
type viewQuote struct {
	ID, Ref, Kind, Cue, Text string
	Speaker                  string      // the speaker's words, when they are not its entity's name
	Entity                   *viewEntity // the speaker's entity
}

// viewClaim is one row of the page's list of claims.
type viewClaim struct {
	ID, Ref, Certainty, Text, Cues string
	Source                         string
	Entity                         *viewEntity
}

type viewType struct{ Type, Name string }

type viewEntity struct {
	ID, Name, Type, Title string
	Count                 int
}

// viewBlock is a stretch of the text: a header line, a paragraph, the text
// between them ("space" when only white space, "loose" otherwise).
type viewBlock struct {
	Kind        string        // headline, byline, dateline, para, space, loose
	OpenHeader  bool          // the masthead starts with this block
	CloseHeader bool          // and ends after it
	Text        string        // for space
	Markup      template.HTML // for the others: see markup
}

// viewToken is an opening tag, a closing tag or a run of text.
type viewToken struct {
	Open, Close bool
	Text        string
	Class       string
	ID          string // on a finding's first fragment
	Entity      string // data-entity
	Quotes      string // data-q: quote ids, space separated
	Claims      string // data-c: claim ids
	Span        string // data-span: "start-end" of the whole finding
	Title       string
	Before      string // data-before: a label drawn before the first fragment
	After       string // data-after: a label drawn after the last fragment
}

type viewDay struct {
	Label, Value string
	Events       []viewEvent
}

type viewEvent struct {
	Time, Event, Sentence string
	Entities              []viewEntity
}

// mark is one finding's span in the text, with what its element shows.
type mark struct {
	start, end int
	rank       int // for equal ends, the lower rank is the outer element
	seq        int // order of creation, the last tie-break
	class      string
	id         string
	entity     string
	quotes     []string
	claims     []string
	title      string
	before     string
	after      string
}

// The nesting ranks, outermost first.
const (
	rankDateline = iota
	rankClaim
	rankQuote
	rankSource
	rankSpeaker
	rankHedge
	rankCue
	rankTime
	rankEntity
)

var typeNames = []viewType{
	{string(Person), "person"},
	{string(Org), "organisation"},
	{string(GPE), "country, city"},
	{string(Location), "place"},
	{string(Facility), "building"},
	{string(NORP), "nationality, group"},
	{string(EventName), "event"},
	{string(Misc), "other"},
}

func (a *Article) page(text string) viewPage {
	p := viewPage{Types: typeNames}
	if !a.Published.IsZero() {
		p.Published = a.Published.Format("2006-01-02")
	}
	switch {
	case a.Headline != nil:
		p.Title = oneLine(text[a.Headline.Start:a.Headline.End], 90)
	case len(a.Paragraphs) > 0 && len(a.Paragraphs[0].Sentences) > 0:
		s := a.Paragraphs[0].Sentences[0]
		p.Title = oneLine(text[s.Start:s.End], 90)
	default:
		p.Title = "Article"
	}
	sentences := 0
	for _, para := range a.Paragraphs {
		sentences += len(para.Sentences)
	}
	p.Summary = fmt.Sprintf("%s · %s · %s · %s · %s · %s · %s",
		count(len(a.Paragraphs), "paragraph"), count(sentences, "sentence"),
		count(len(a.Entities), "entity"), count(len(a.Quotes), "quote"),
		count(len(a.Times), "time"), count(len(a.Timeline), "event"), count(len(a.Claims), "claim"))

	ents := make(map[EntityID]*Entity, len(a.Entities))
	for i := range a.Entities {
		e := &a.Entities[i]
		ents[e.ID] = e
		p.Entities = append(p.Entities, viewEntityOf(e))
	}
	sort.SliceStable(p.Entities, func(i, j int) bool { return p.Entities[i].Count > p.Entities[j].Count })

	p.Blocks = a.blocks(text, a.marks(text, ents))
	p.Timeline = a.timelineView(text, ents)
	speaker := func(s *Speaker) (string, *viewEntity) {
		if s == nil {
			return "no speaker", nil
		}
		words := oneLine(text[s.Start:s.End], 60)
		if e, ok := ents[s.Entity]; ok {
			v := viewEntityOf(e)
			if v.Name == words {
				words = ""
			}
			return words, &v
		}
		return words, nil
	}
	for i, q := range a.Quotes {
		v := viewQuote{ID: "q" + strconv.Itoa(i+1), Ref: "Q" + strconv.Itoa(i+1), Kind: validText(string(q.Kind)),
			Text: quotedWords(q, text, 240), Cue: "no cue"}
		if q.Cue != nil {
			v.Cue = oneLine(text[q.Cue.Start:q.Cue.End], 40)
		}
		v.Speaker, v.Entity = speaker(q.Speaker)
		p.Quotes = append(p.Quotes, v)
	}
	for i, c := range a.Claims {
		v := viewClaim{ID: "c" + strconv.Itoa(i+1), Ref: "C" + strconv.Itoa(i+1), Certainty: validText(string(c.Certainty)),
			Text: oneLine(text[c.Start:c.End], 240)}
		var cues []string
		for _, h := range c.Cues {
			cues = append(cues, oneLine(text[h.Start:h.End], 40))
		}
		v.Cues = strings.Join(cues, ", ")
		if c.Source != nil {
			v.Source, v.Entity = speaker(c.Source)
		}
		p.Claims = append(p.Claims, v)
	}
	return p
}

func viewEntityOf(e *Entity) viewEntity {
	return viewEntity{
		ID: validText(string(e.ID)), Name: validText(e.Name), Type: validText(string(e.Type)),
		Title: entityTitle(e), Count: len(e.Mentions),
	}
}

func entityTitle(e *Entity) string {
	return validText(fmt.Sprintf("%s · %s · %s · %s", e.ID, e.Name, e.Type, count(len(e.Mentions), "mention")))
}

// count writes "1 quote", "3 quotes", "2 entities".
func count(n int, noun string) string {
	if n != 1 {
		if strings.HasSuffix(noun, "y") {
			noun = noun[:len(noun)-1] + "ie"
		}
		noun += "s"
	}
	return strconv.Itoa(n) + " " + noun
}

// marks lists every finding to draw in the text, sorted by start.
func (a *Article) marks(text string, ents map[EntityID]*Entity) []mark {
	var ms []mark
	add := func(m mark) {
		if m.start < m.end {
			m.seq = len(ms)
			ms = append(ms, m)
		}
	}
	if a.Dateline != nil {
		add(mark{start: a.Dateline.Start, end: a.Dateline.End, rank: rankDateline, class: "dateline", title: "dateline"})
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		title := entityTitle(e)
		for _, m := range e.Mentions {
			add(mark{start: m.Start, end: m.End, rank: rankEntity, class: "ent t-" + validText(string(e.Type)),
				entity: validText(string(e.ID)), title: title})
		}
	}
	entityName := func(s *Speaker) string {
		if s == nil {
			return ""
		}
		if e, ok := ents[s.Entity]; ok {
			return e.Name
		}
		return oneLine(text[s.Start:s.End], 40)
	}

	// A span that is the speaker (or cue) of several quotes is one element
	// naming them all.
	type key struct {
		start, end int
		role       string
	}
	shared := map[key]int{}
	addShared := func(k key, ref string, m mark) {
		if k.start >= k.end {
			return
		}
		if i, ok := shared[k]; ok {
			ms[i].quotes = append(ms[i].quotes, m.quotes...)
			ms[i].claims = append(ms[i].claims, m.claims...)
			ms[i].after += " " + ref
			return
		}
		shared[k] = len(ms)
		m.after = ref
		add(m)
	}
	for i, q := range a.Quotes {
		id := "q" + strconv.Itoa(i+1)
		ref := "Q" + strconv.Itoa(i+1)
		kind := validText(string(q.Kind))
		speaker := "no speaker"
		if q.Speaker != nil {
			speaker = entityName(q.Speaker)
		}
		cue := "no cue"
		if q.Cue != nil {
			cue = oneLine(text[q.Cue.Start:q.Cue.End], 30)
		}
		add(mark{start: q.Start, end: q.End, rank: rankQuote, class: "quote k-" + kind, id: id, quotes: []string{id},
			before: validText(ref + " " + string(q.Kind) + " · " + oneLine(speaker, 28)),
			title:  validText(fmt.Sprintf("%s, %s quote · speaker: %s · cue: %s", ref, q.Kind, speaker, cue))})
		if s := q.Speaker; s != nil {
			title := "speaker: " + oneLine(text[s.Start:s.End], 60)
			if e, ok := ents[s.Entity]; ok {
				title += " → " + string(e.ID) + " " + e.Name
			}
			addShared(key{s.Start, s.End, "speaker"}, ref,
				mark{start: s.Start, end: s.End, rank: rankSpeaker, class: "speaker k-" + kind, quotes: []string{id},
					entity: validText(string(s.Entity)), title: validText(title)})
		}
		if c := q.Cue; c != nil {
			addShared(key{c.Start, c.End, "cue"}, ref,
				mark{start: c.Start, end: c.End, rank: rankCue, class: "cue k-" + kind, quotes: []string{id}, title: "cue"})
		}
	}
	for i, t := range a.Times {
		value := validText(t.Value)
		label := humanValue(value)
		if t.Mod != "" {
			label = strings.ToLower(strings.ReplaceAll(validText(t.Mod), "_", " ")) + " " + label
		}
		add(mark{start: t.Start, end: t.End, rank: rankTime, class: "time", id: "t" + strconv.Itoa(i), after: label,
			title: validText(fmt.Sprintf("%s %s%s", t.Type, t.Value, modSuffix(t.Mod)))})
	}
	for i, c := range a.Claims {
		id := "c" + strconv.Itoa(i+1)
		ref := "C" + strconv.Itoa(i+1)
		cert := validText(string(c.Certainty))
		var cues []string
		for _, h := range c.Cues {
			cues = append(cues, oneLine(text[h.Start:h.End], 40)+" ("+validText(string(h.Kind))+")")
		}
		source := ""
		if c.Source != nil {
			source = " · source: " + entityName(c.Source)
		}
		hedged := ""
		if !c.Hedged {
			hedged = ", not hedged"
		}
		add(mark{start: c.Start, end: c.End, rank: rankClaim, class: "claim c-" + cert, id: id, claims: []string{id},
			before: validText(ref + " " + string(c.Certainty)),
			title:  validText(fmt.Sprintf("%s, %s claim%s · cues: %s%s", ref, c.Certainty, hedged, strings.Join(cues, ", "), source))})
		for _, h := range c.Cues {
			addShared(key{h.Start, h.End, "hedge " + id}, "",
				mark{start: h.Start, end: h.End, rank: rankHedge, class: "hedge c-" + cert, claims: []string{id},
					title: validText(fmt.Sprintf("%s cue of %s (%s)", h.Kind, ref, c.Certainty))})
		}
		if s := c.Source; s != nil {
			title := "source of " + ref + ": " + oneLine(text[s.Start:s.End], 60)
			if e, ok := ents[s.Entity]; ok {
				title += " → " + string(e.ID) + " " + e.Name
			}
			addShared(key{s.Start, s.End, "source"}, "",
				mark{start: s.Start, end: s.End, rank: rankSource, class: "source", claims: []string{id}, title: validText(title)})
		}
	}
	slices.SortStableFunc(ms, func(a, b mark) int { return cmp.Compare(a.start, b.start) })
	return ms
}

func modSuffix(mod string) string {
	if mod == "" {
		return ""
	}
	return ", mod " + mod
}

// humanValue writes a TIMEX3 date or duration as an editor reads it
// ("Fri 15 Aug 2025", "2 h 30 min") and leaves every other value as it is.
func humanValue(v string) string {
	if len(v) == 10 {
		if t, err := time.Parse("2006-01-02", v); err == nil {
			return t.Format("Mon 2 Jan 2006")
		}
	}
	if m := durationRE.FindStringSubmatch(v); m != nil && v != "P" && v != "PT" {
		var parts []string
		for i, unit := range []string{"year", "month", "week", "day", "h", "min", "s"} {
			n := m[i+1]
			if n == "" {
				continue
			}
			if i < 4 && strings.TrimLeft(n, "0") != "1" {
				unit += "s"
			}
			parts = append(parts, strings.TrimLeft(n[:len(n)-1], "0")+n[len(n)-1:]+" "+unit)
		}
		if len(parts) > 0 {
			return strings.Join(parts, " ")
		}
	}
	return v
}

var durationRE = regexp.MustCompile(`^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$`)

// blocks cuts text into header lines, paragraphs and the text between
// them, each with its tokens.
func (a *Article) blocks(text string, ms []mark) []viewBlock {
	type region struct {
		start, end int
		kind       string
	}
	var rs []region
	for _, h := range []struct {
		s    *Span
		kind string
	}{{a.Headline, "headline"}, {a.Byline, "byline"}, {a.Dateline, "dateline"}} {
		if h.s != nil && h.s.Start < h.s.End {
			rs = append(rs, region{h.s.Start, h.s.End, h.kind})
		}
	}
	for _, p := range a.Paragraphs {
		if p.Start < p.End {
			rs = append(rs, region{p.Start, p.End, "para"})
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].start != rs[j].start {
			return rs[i].start < rs[j].start
		}
		return rs[i].end > rs[j].end
	})
	// A region inside an earlier one (a dateline opening a paragraph) is
	// drawn inline, as a mark; one overlapping the previous is cut short.
	var kept []region
	pos := 0
	for _, r := range rs {
		if r.end <= pos {
			continue
		}
		if r.start < pos {
			r.start = pos
		}
		kept = append(kept, r)
		pos = r.end
	}

	// meet returns the marks meeting [s, e), for regions taken in text
	// order: carry holds the marks that started earlier and reach further.
	var carry []*mark
	cursor := 0
	meet := func(s, e int) []*mark {
		var in []*mark
		for _, m := range carry {
			if m.end > s {
				in = append(in, m)
			}
		}
		for cursor < len(ms) && ms[cursor].start < e {
			if ms[cursor].end > s {
				in = append(in, &ms[cursor])
			}
			cursor++
		}
		carry = carry[:0]
		for _, m := range in {
			if m.end > e {
				carry = append(carry, m)
			}
		}
		return in
	}

	var out []viewBlock
	gap := func(s, e int) {
		if s >= e {
			return
		}
		t := text[s:e]
		in := meet(s, e)
		if strings.TrimSpace(t) == "" {
			out = append(out, viewBlock{Kind: "space", Text: validText(t)})
			return
		}
		out = append(out, viewBlock{Kind: "loose", Markup: markup(nest(text, s, e, in))})
	}
	pos = 0
	inHeader := false
	for _, r := range kept {
		gap(pos, r.start)
		b := viewBlock{Kind: r.kind, Markup: markup(nest(text, r.start, r.end, meet(r.start, r.end)))}
		header := r.kind != "para"
		if header && !inHeader && len(out) == countSpace(out) {
			b.OpenHeader, inHeader = true, true
		}
		if !header && inHeader {
			// close the masthead after the previous block
			for i := len(out) - 1; i >= 0; i-- {
				if out[i].Kind != "space" {
					out[i].CloseHeader = true
					break
				}
			}
			inHeader = false
		}
		out = append(out, b)
		pos = r.end
	}
	if inHeader {
		out[len(out)-1].CloseHeader = true
	}
	gap(pos, len(text))
	return out
}

func countSpace(bs []viewBlock) int {
	n := 0
	for _, b := range bs {
		if b.Kind == "space" {
			n++
		}
	}
	return n
}

// nest writes text[start:end] as tokens with the marks that meet it,
// properly nested. Marks are opened longest first, so a mark that contains
// another is its parent; where two marks cross, the inner one is closed
// and reopened.
func nest(text string, start, end int, in []*mark) []viewToken {
	// in is sorted by start; a mark may start before this block (a quote
	// over two paragraphs) or end after it.
	slices.SortStableFunc(in, func(a, b *mark) int { return cmp.Compare(a.start, b.start) })
	bounds := make([]int, 0, 2*len(in)+2)
	bounds = append(bounds, end)
	for _, m := range in {
		if m.start > start {
			bounds = append(bounds, m.start)
		}
		if m.end < end {
			bounds = append(bounds, m.end)
		}
	}
	slices.Sort(bounds)

	type frame struct {
		m   *mark
		tok int // index of its opening token
	}
	var toks []viewToken
	var stack []frame
	next := 0 // next mark of in to open
	pos := start
	open := func(p int, ms []*mark) {
		sort.SliceStable(ms, func(i, j int) bool {
			a, b := ms[i], ms[j]
			if a.end != b.end {
				return a.end > b.end
			}
			if a.rank != b.rank {
				return a.rank < b.rank
			}
			if a.start != b.start {
				return a.start < b.start
			}
			return a.seq < b.seq
		})
		for _, m := range ms {
			t := viewToken{Open: true, Class: m.class, Entity: m.entity, Title: m.title,
				Quotes: strings.Join(m.quotes, " "), Claims: strings.Join(m.claims, " "),
				Span: strconv.Itoa(m.start) + "-" + strconv.Itoa(m.end)}
			if p == m.start {
				t.ID, t.Before = m.id, m.before
			} else {
				t.Class += " cont"
			}
			stack = append(stack, frame{m, len(toks)})
			toks = append(toks, t)
		}
	}
	var starting []*mark
	for _, p := range append([]int{start}, bounds...) {
		if p < pos {
			continue
		}
		if p > pos {
			toks = append(toks, viewToken{Text: validText(text[pos:p])})
			pos = p
		}
		// Close every mark ending here, and whatever was opened inside it.
		low := -1
		for i, f := range stack {
			if f.m.end <= p || p == end {
				low = i
				break
			}
		}
		var reopen []*mark
		if low >= 0 {
			for i := len(stack) - 1; i >= low; i-- {
				f := stack[i]
				if f.m.end == p {
					toks[f.tok].After = f.m.after
				} else {
					toks[f.tok].Class += " more"
					if p < end {
						reopen = append(reopen, f.m)
					}
				}
				toks = append(toks, viewToken{Close: true})
			}
			stack = stack[:low]
		}
		if p == end {
			break
		}
		starting = append(starting[:0], reopen...)
		for next < len(in) && in[next].start <= p {
			if in[next].end > p {
				starting = append(starting, in[next])
			}
			next++
		}
		open(p, starting)
	}
	return toks
}

// markup writes tokens as HTML. Executing a template for each of them
// would be about five times slower, so they are written here, every text
// and attribute value through html/template's own escaper
// (template.HTMLEscapeString): nothing from the article is written raw.
func markup(toks []viewToken) template.HTML {
	var b strings.Builder
	esc := func(s string) { b.WriteString(template.HTMLEscapeString(s)) }
	attr := func(name, v string) {
		if v != "" {
			b.WriteString(" " + name + `="`)
			esc(v)
			b.WriteByte('"')
		}
	}
	for _, t := range toks {
		switch {
		case t.Open:
			b.WriteString("<span")
			attr("class", t.Class)
			attr("id", t.ID)
			attr("data-entity", t.Entity)
			attr("data-q", t.Quotes)
			attr("data-c", t.Claims)
			attr("data-span", t.Span)
			attr("data-before", t.Before)
			attr("data-after", t.After)
			attr("title", t.Title)
			b.WriteByte('>')
		case t.Close:
			b.WriteString("</span>")
		default:
			esc(t.Text)
		}
	}
	return template.HTML(b.String())
}

// timelineView groups the timeline's events by value.
func (a *Article) timelineView(text string, ents map[EntityID]*Entity) []viewDay {
	var days []viewDay
	for _, ev := range a.Timeline {
		value := validText(ev.Value)
		if len(days) == 0 || days[len(days)-1].Value != value {
			days = append(days, viewDay{Value: value, Label: humanValue(value)})
		}
		v := viewEvent{
			Event:    oneLine(text[ev.Event.Start:ev.Event.End], 120),
			Sentence: oneLine(text[ev.Sentence.Start:ev.Sentence.End], 400),
		}
		if ev.Time >= 0 && ev.Time < len(a.Times) {
			v.Time = "t" + strconv.Itoa(ev.Time)
		}
		for _, id := range ev.Entities {
			if e, ok := ents[id]; ok {
				v.Entities = append(v.Entities, viewEntityOf(e))
			} else {
				v.Entities = append(v.Entities, viewEntity{ID: validText(string(id)), Name: validText(string(id))})
			}
		}
		d := &days[len(days)-1]
		d.Events = append(d.Events, v)
	}
	return days
}

// quotedWords returns what the lists of who said what show of q, on one
// line, cut at max bytes: a direct quote's quoted words, its parts joined
// by " … " (not "that" before them, nor "she said" between them); the
// quote's text for the others, whose own words are the narrator's.
func quotedWords(q Quote, text string, max int) string {
	if q.Kind != Direct || len(q.Parts) == 0 {
		return oneLine(text[q.Start:q.End], max)
	}
	var b strings.Builder
	for i, pt := range q.Parts {
		if i > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(text[pt.Start:pt.End])
	}
	return oneLine(b.String(), max)
}

// validText returns s with each byte of invalid UTF-8 and each NUL
// replaced by U+FFFD, so that a page or a terminal gets valid text.
func validText(s string) string {
	ok := utf8.ValidString(s) && strings.IndexByte(s, 0) < 0
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || r == 0 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// oneLine returns s with its runs of white space as one space and control
// characters and invalid bytes as U+FFFD, cut to about max runes with "…".
func oneLine(s string, max int) string {
	var b strings.Builder
	space, n := false, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == 0x85 || r == 0xA0 || r == 0x2028 || r == 0x2029:
			space = b.Len() > 0
			continue
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || (r == utf8.RuneError && size == 1):
			r = utf8.RuneError
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		if n >= max {
			b.WriteString("…")
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
