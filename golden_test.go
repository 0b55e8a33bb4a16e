package newsparse

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse/internal/reading"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// A golden case is a txtar archive in testdata/ (see readTxtar). Its
// sections:
//
//	input.txt           the article (kept byte for byte, CRLF included), or
//	input.file          the name of a file in testdata holding it

//	options.json        {"published": "YYYY-MM-DD", "names": [{"name": "Acme", "type": "ORG"}]} (optional)
//	want.json           the whole Article, as the command-line tool writes it
//	want.<layer>.json   one layer only, in a form made for reading: layers are
//	                    "paragraphs" (header and sentences with their text),
//	                    "entities", "quotes", "times", "timeline", "claims"
//
// A case has at least one want section; each one present is compared, and
// rewritten with -update. In the quotes and claims views each speaker or
// source linked to an entity carries that entity's name beside its id
// ("entity_name"), so a reviewer sees a speaker linked to a junk entity.
//
// The comment (the text before the first section) says what the case
// covers, and -update keeps it byte for byte. A want section is a claim
// about the world: a line in it that is wrong, and stays because the fix
// belongs elsewhere, is listed at the end of the comment under a line
// "Known misses:", one item each ("- " and the layer, continued on lines
// indented two spaces), saying which line is wrong, what the right answer
// is, and which layer or mechanism would fix it:
//
//	Known misses:
//	- quotes: "Harbor Town mayor" linked to the LOC "Town", should be none
//	  (entities: a place name cut to its last word; the ner layer).
//
// A fix that corrects such a line removes its item in the same commit
// (TestGoldenKnownMisses checks the list's form).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden cases in testdata")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runGolden(t, file)
		})
	}
}

func runGolden(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ar := readTxtar(data)
	input, ok := ar.get("input.txt")
	if name, isRef := ar.get("input.file"); isRef && !ok {
		// The article is a file of its own in testdata (the README uses it).
		if input, err = os.ReadFile(filepath.Join("testdata", strings.TrimSpace(string(name)))); err != nil {
			t.Fatal(err)
		}
		ok = true
	}
	if !ok {
		t.Fatalf("%s: no input.txt or input.file section", file)
	}
	var opts Options
	if o, ok := ar.get("options.json"); ok {
		var raw struct {
			Published string `json:"published"`
			Names     []Name `json:"names"`
		}
		if err := json.Unmarshal(o, &raw); err != nil {
			t.Fatalf("options.json: %v", err)
		}
		opts.Names = raw.Names
		if raw.Published != "" {
			if opts.Published, err = time.Parse("2006-01-02", raw.Published); err != nil {
				t.Fatalf("options.json: %v", err)
			}
		}
	}
	text := string(input)
	a := Parse(text, opts)
	checkInvariants(t, text, a)

	changed, wants := false, 0
	for i, f := range ar.files {
		layer, ok := wantLayer(f.name)
		if !ok {
			continue
		}
		wants++
		got, err := goldenView(text, a, layer)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if *update {
			if !bytes.Equal(got, f.data) {
				ar.files[i].data = got
				changed = true
			}
			continue
		}
		if diff := cmp.Diff(string(f.data), string(got)); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", f.name, diff)
		}
	}
	if wants == 0 {
		t.Fatalf("%s: no want section", file)
	}
	if changed {
		if err := os.WriteFile(file, ar.format(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// wantLayer returns the layer a section name asks for: "" for want.json.
func wantLayer(name string) (string, bool) {
	if name == "want.json" {
		return "", true
	}
	if l, ok := strings.CutPrefix(name, "want."); ok && strings.HasSuffix(l, ".json") {
		return strings.TrimSuffix(l, ".json"), true
	}
	return "", false
}

// goldenView renders the whole Article (layer "") or one layer as indented
// JSON ending in a newline.
func goldenView(text string, a *Article, layer string) ([]byte, error) {
	var v any
	switch layer {
	case "":
		v = a
	case "paragraphs":
		v = paragraphView(text, a)
	case "entities":
		v = a.Entities
	case "quotes":
		v = quotesView(a)
	case "times":
		v = a.Times
	case "timeline":
		v = a.Timeline
	case "claims":
		v = claimsView(a)
	default:
		return nil, &json.UnsupportedValueError{Str: "unknown layer " + layer}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// speakerView is a Speaker with the name of the entity it is linked to.
type speakerView struct {
	Span
	Entity     EntityID `json:"entity"`
	EntityName string   `json:"entity_name,omitempty"`
}

// viewSpeaker renders s (nil stays nil) with its entity's name.
func viewSpeaker(s *Speaker, names map[EntityID]string) *speakerView {
	if s == nil {
		return nil
	}
	return &speakerView{Span: s.Span, Entity: s.Entity, EntityName: names[s.Entity]}
}

func entityNames(a *Article) map[EntityID]string {
	names := make(map[EntityID]string, len(a.Entities))
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	return names
}

// quotesView is the quotes layer with each speaker's entity named.
func quotesView(a *Article) any {
	type quote struct {
		Span
		Kind    QuoteKind    `json:"kind"`
		Speaker *speakerView `json:"speaker"`
		Cue     *Span        `json:"cue"`
		Parts   []Span       `json:"parts,omitempty"`
	}
	names := entityNames(a)
	v := make([]quote, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		v = append(v, quote{q.Span, q.Kind, viewSpeaker(q.Speaker, names), q.Cue, q.Parts})
	}
	return v
}

// claimsView is the claims layer with each source's entity named.
func claimsView(a *Article) any {
	type claim struct {
		Span
		Hedged    bool         `json:"hedged"`
		Certainty Certainty    `json:"certainty"`
		Cues      []Hedge      `json:"cues"`
		Source    *speakerView `json:"source"`
	}
	names := entityNames(a)
	v := make([]claim, 0, len(a.Claims))
	for _, c := range a.Claims {
		v = append(v, claim{c.Span, c.Hedged, c.Certainty, c.Cues, viewSpeaker(c.Source, names)})
	}
	return v
}

// paragraphView is the paragraph layer with each sentence's text, so a
// reviewer reads the cuts rather than offsets.
func paragraphView(text string, a *Article) any {
	type para struct {
		Start     int      `json:"start"`
		End       int      `json:"end"`
		Sentences []string `json:"sentences"`
	}
	v := struct {
		Headline   *Span  `json:"headline"`
		Byline     *Span  `json:"byline"`
		Dateline   *Span  `json:"dateline"`
		Paragraphs []para `json:"paragraphs"`
		Credits    []Span `json:"credits,omitempty"`
	}{a.Headline, a.Byline, a.Dateline, []para{}, a.Credits}
	for _, p := range a.Paragraphs {
		pv := para{Start: p.Start, End: p.End, Sentences: []string{}}
		for _, s := range p.Sentences {
			pv.Sentences = append(pv.Sentences, s.Text(text))
		}
		v.Paragraphs = append(v.Paragraphs, pv)
	}
	return v
}

// txtar is a minimal reader and writer of the txtar format: an optional
// comment, then sections each opened by a line "-- name --". A section's
// data is kept byte for byte, so input.txt may hold CRLF or invalid UTF-8.
type txtar struct {
	comment []byte
	files   []txtarFile
}

type txtarFile struct {
	name string
	data []byte
}

func readTxtar(data []byte) txtar {
	var ar txtar
	cur := &ar.comment
	for len(data) > 0 {
		line := data
		next := []byte(nil)
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, next = data[:i+1], data[i+1:]
		}
		trimmed := bytes.TrimRight(line, "\r\n")
		if bytes.HasPrefix(trimmed, []byte("-- ")) && bytes.HasSuffix(trimmed, []byte(" --")) && len(trimmed) >= 6 {
			ar.files = append(ar.files, txtarFile{name: string(trimmed[3 : len(trimmed)-3])})
			cur = &ar.files[len(ar.files)-1].data
		} else {
			*cur = append(*cur, line...)
		}
		data = next
	}
	return ar
}

func (ar txtar) get(name string) ([]byte, bool) {
	for _, f := range ar.files {
		if f.name == name {
			return f.data, true
		}
	}
	return nil, false
}

func (ar txtar) format() []byte {
	var buf bytes.Buffer
	buf.Write(ar.comment)
	for _, f := range ar.files {
		buf.WriteString("-- " + f.name + " --\n")
		buf.Write(f.data)
		if len(f.data) > 0 && f.data[len(f.data)-1] != '\n' {
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes()
}

// checkInvariants checks what every Article promises, whatever the text:
// spans in bounds, on UTF-8 boundaries and equal to their text; lists
// sorted; sentences inside their paragraphs; no nil list.
func checkInvariants(t testing.TB, text string, a *Article) {
	t.Helper()
	bad := func(format string, args ...any) {
		t.Helper()
		t.Errorf(format, args...)
	}
	checkSpan := func(what string, s Span) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			bad("%s span [%d,%d) out of bounds (len %d)", what, s.Start, s.End, len(text))
			return
		}
		if text[s.Start:s.End] != s.Text {
			bad("%s span [%d,%d) text %q, input has %q", what, s.Start, s.End, s.Text, text[s.Start:s.End])
		}
		if !onBoundary(text, s.Start) || !onBoundary(text, s.End) {
			bad("%s span [%d,%d) cuts a UTF-8 sequence", what, s.Start, s.End)
		}
	}
	for _, h := range []*Span{a.Headline, a.Byline, a.Dateline} {
		if h != nil {
			checkSpan("header", *h)
		}
	}
	if a.Paragraphs == nil || a.Entities == nil || a.Quotes == nil || a.Times == nil || a.Timeline == nil || a.Claims == nil {
		bad("a list is nil: %+v", a)
	}
	prevEnd := 0
	for i, p := range a.Paragraphs {
		if p.Start < prevEnd || p.End < p.Start || p.End > len(text) {
			bad("paragraph %d [%d,%d) out of order or bounds", i, p.Start, p.End)
		}
		prevEnd = p.End
		if len(p.Sentences) == 0 {
			bad("paragraph %d has no sentence", i)
		}
		sEnd := p.Start
		for j, s := range p.Sentences {
			if s.Start < sEnd || s.End <= s.Start || s.End > p.End {
				bad("sentence %d.%d [%d,%d) outside paragraph [%d,%d) or out of order", i, j, s.Start, s.End, p.Start, p.End)
			} else if gap := text[sEnd:s.Start]; !blankOrDateline(gap, sEnd, a.Dateline) && !(j == 0 && reading.IsListItem(text[p.Start:p.End]) && len(strings.Fields(gap)) == 1) {
				bad("sentence %d.%d: %q before it is in no sentence", i, j, gap)
			}
			if !onBoundary(text, s.Start) || !onBoundary(text, s.End) {
				bad("sentence %d.%d cuts a UTF-8 sequence", i, j)
			}
			sEnd = s.End
		}
		if sEnd <= p.End && strings.TrimFunc(text[sEnd:p.End], reading.IsSpace) != "" {
			bad("paragraph %d: %q after its last sentence is in no sentence", i, text[sEnd:p.End])
		}
	}
	ids := map[EntityID]bool{}
	for _, e := range a.Entities {
		ids[e.ID] = true
		if len(e.Mentions) == 0 {
			bad("entity %s has no mention", e.ID)
		}
		if !sort.SliceIsSorted(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start }) {
			bad("entity %s mentions not in text order", e.ID)
		}
		for _, m := range e.Mentions {
			checkSpan("mention of "+string(e.ID), m)
		}
	}
	checkRef := func(what string, id EntityID) {
		t.Helper()
		if id != "" && !ids[id] {
			bad("%s refers to unknown entity %q", what, id)
		}
	}
	for i, q := range a.Quotes {
		checkSpan("quote", q.Span)
		if i > 0 && q.Start < a.Quotes[i-1].Start {
			bad("quotes not sorted at %d", i)
		}
		if q.Speaker != nil {
			checkSpan("speaker", q.Speaker.Span)
			checkRef("speaker", q.Speaker.Entity)
		}
		if q.Cue != nil {
			checkSpan("cue", *q.Cue)
		}
	}
	for i, tm := range a.Times {
		checkSpan("time", tm.Span)
		if i > 0 && tm.Start < a.Times[i-1].Start {
			bad("times not sorted at %d", i)
		}
	}
	for _, ev := range a.Timeline {
		if ev.Time < 0 || ev.Time >= len(a.Times) {
			bad("event refers to time %d of %d", ev.Time, len(a.Times))
		}
		checkSpan("event", ev.Event)
		for _, id := range ev.Entities {
			checkRef("event", id)
		}
	}
	for i, c := range a.Claims {
		checkSpan("claim", c.Span)
		if i > 0 && c.Start < a.Claims[i-1].Start {
			bad("claims not sorted at %d", i)
		}
		for _, h := range c.Cues {
			checkSpan("hedge", h.Span)
		}
		if c.Source != nil {
			checkSpan("claim source", c.Source.Span)
			checkRef("claim source", c.Source.Entity)
		}
	}
}

// blankOrDateline reports whether gap, which starts at byte start, is
// white space, or the dateline with white space around it: with a list
// item's bullet or number, the only words of a paragraph that its
// sentences may leave out.
func blankOrDateline(gap string, start int, dateline *Span) bool {
	if dateline != nil && dateline.Start >= start && dateline.End <= start+len(gap) {
		gap = gap[:dateline.Start-start] + gap[dateline.End-start:]
	}
	return strings.TrimFunc(gap, reading.IsSpace) == ""
}

// onBoundary reports whether i is not inside a valid UTF-8 sequence that
// starts before it. (An invalid byte is a sequence of its own.)
func onBoundary(text string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if c := text[j]; c < 0x80 || c >= 0xC0 {
			_, n := utf8.DecodeRuneInString(text[j:])
			return j+n <= i
		}
	}
	return true
}

// TestGoldenViews checks that the quotes and claims views hold every field
// of the layer they render, plus the entity names only: a field added to
// Quote or Claim and missing from the view would otherwise go unreviewed.
func TestGoldenViews(t *testing.T) {
	text := "Mayor Ana Ruiz said that the bridge would probably reopen in May.\n\n" +
		"\"We may need more time,\" she said on Friday.\n"
	a := Parse(text, Options{})
	if len(a.Quotes) == 0 || len(a.Claims) == 0 {
		t.Fatalf("want quotes and claims, got %d and %d", len(a.Quotes), len(a.Claims))
	}
	named := 0
	for _, layer := range []struct {
		name string
		raw  any
	}{{"quotes", a.Quotes}, {"claims", a.Claims}} {
		view, err := goldenView(text, a, layer.name)
		if err != nil {
			t.Fatal(err)
		}
		var got []map[string]any
		if err := json.Unmarshal(view, &got); err != nil {
			t.Fatal(err)
		}
		for _, item := range got {
			for _, key := range []string{"speaker", "source"} {
				if s, ok := item[key].(map[string]any); ok {
					if s["entity_name"] != nil {
						named++
					}
					delete(s, "entity_name")
				}
			}
		}
		raw, err := json.Marshal(layer.raw)
		if err != nil {
			t.Fatal(err)
		}
		var want []map[string]any
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s view differs from the layer beyond entity names (-layer +view):\n%s", layer.name, diff)
		}
	}
	if named == 0 {
		t.Error("no speaker or source carries an entity name")
	}
}

// TestGoldenKnownMisses checks the form of each golden case's "Known
// misses:" list (see TestGolden): items start with "- " and name the layer
// whose want line is wrong.
func TestGoldenKnownMisses(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	layers := []string{"paragraphs", "entities", "quotes", "times", "timeline", "claims"}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		comment := strings.ReplaceAll(string(readTxtar(data).comment), "\r\n", "\n")
		_, list, ok := strings.Cut(comment, "\nKnown misses:\n")
		if !ok {
			if strings.Contains(strings.ToLower(comment), "known miss") {
				t.Errorf("%s: known misses outside a \"Known misses:\" list", file)
			}
			continue
		}
		items := 0
		for _, line := range strings.Split(list, "\n") {
			switch {
			case strings.HasPrefix(line, "- "):
				items++
				layer, _, _ := strings.Cut(line[2:], ":")
				found := false
				for _, l := range layers {
					found = found || layer == l
				}
				if !found {
					t.Errorf("%s: known miss %q does not start with a layer name (%s)", file, line, strings.Join(layers, ", "))
				}
			case strings.HasPrefix(line, "  ") || line == "":
			default:
				t.Errorf("%s: line %q in the known misses is neither an item nor its continuation", file, line)
			}
		}
		if items == 0 {
			t.Errorf("%s: \"Known misses:\" with no item", file)
		}
	}
}
