package newsparse

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestViewGolden compares the HTML page and the text summary of the example
// article with testdata/view-alaska.html and .txt (-update rewrites them).
// The page's style sheet and script are left out of the golden file: it
// holds the structure (which elements, classes, labels and titles), not
// the looks.
func TestViewGolden(t *testing.T) {
	input, err := os.ReadFile(filepath.Join("testdata", "alaska-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(input)
	a := Parse(text, Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})

	var page, summary bytes.Buffer
	if err := a.WriteHTML(&page, text); err != nil {
		t.Fatal(err)
	}
	if err := a.WriteText(&summary, text); err != nil {
		t.Fatal(err)
	}
	checkPage(t, text, a, page.String())
	for _, g := range []struct{ file, got string }{
		{"view-alaska.html", structureOnly(page.String())},
		{"view-alaska.txt", summary.String()},
	} {
		path := filepath.Join("testdata", g.file)
		if *update {
			if err := os.WriteFile(path, []byte(g.got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestViewGolden -update . to create it)", err)
		}
		if diff := cmp.Diff(string(want), g.got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", g.file, diff)
		}
	}
}

var styleOrScript = regexp.MustCompile(`(?s)(<style>|<script>).*?(</style>|</script>)`)

// structureOnly leaves the contents of the page's style and script out.
func structureOnly(page string) string {
	return styleOrScript.ReplaceAllString(page, "$1…$2")
}

// TestViewProperties renders tricky articles and checks what the page
// promises: the article element's text is the input, every character
// escaped; the markup is well nested; every finding is drawn, in fragments
// that cover exactly its span.
func TestViewProperties(t *testing.T) {
	pub := Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)}
	alaska, err := os.ReadFile(filepath.Join("testdata", "alaska-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"alaska": string(alaska),
		"empty":  "",
		"blank":  " \n\n\t ",
		"markup": "Markup <b>Bold</b> & Co\n\nBy Jane Doe\n\n" +
			`<script>alert("x")</script> Ana Ruiz said on Friday that the <i>bridge</i> might open "soon" & maybe later. It's 5 > 3 &amp; 2 < 4.`,
		"crlf": "Ferry Strike Ends\r\n\r\nBy Jane Doe\r\n\r\nOSLO (Reuters) - Ferries resumed on Friday, the union said.\r\n\r\n" +
			"“We are glad,” said Mr. Berg, who led the talks.\r\n",
		"invalid utf-8":         "Ana Ruiz said \xff\xfe the \x00 bridge \xe2\x80 might open on Monday.\n\n\xc3Berg agreed.",
		"quote over paragraphs": "“The bridge will open in May.\n\n“It will cost less than planned,” said Ana Ruiz, the mayor.",
		"controls":              "Ana Ruiz\x1b[31m said\x07 the bridge\u2028 might open\u00a0soon.",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			a := Parse(text, pub)
			var page bytes.Buffer
			if err := a.WriteHTML(&page, text); err != nil {
				t.Fatal(err)
			}
			checkPage(t, text, a, page.String())
			var sum bytes.Buffer
			if err := a.WriteText(&sum, text); err != nil {
				t.Fatal(err)
			}
			checkSummary(t, sum.String())
		})
	}

	// Spans that cross each other and a paragraph break, made by hand:
	// Parse rarely gives such a tangle.
	text := "Ana Ruiz met Berg in Oslo.\n\nThey spoke on Friday night."
	a := &Article{
		Paragraphs: []Paragraph{{Start: 0, End: 26, Sentences: []Sentence{{0, 26}}}, {Start: 28, End: 55, Sentences: []Sentence{{28, 55}}}},
		Entities: []Entity{
			{ID: "e1", Name: "Ana Ruiz", Type: Person, Mentions: []Span{span(text, 0, 8), span(text, 4, 16)}},
			{ID: "e2", Name: "Oslo", Type: GPE, Mentions: []Span{span(text, 21, 25)}},
		},
		Quotes: []Quote{
			{Span: span(text, 4, 45), Kind: Indirect, Speaker: &Speaker{Span: span(text, 0, 8), Entity: "e1"}, Cue: ptr(span(text, 9, 12))},
			{Span: span(text, 13, 55), Kind: Direct, Speaker: &Speaker{Span: span(text, 0, 8), Entity: "e1"}, Cue: ptr(span(text, 9, 12))},
		},
		Times:    []Time{{Span: span(text, 42, 54), Type: Clock, Value: "XXXX-WXX-5TNI"}},
		Claims:   []Claim{{Span: span(text, 10, 44), Hedged: true, Certainty: Possible, Cues: []Hedge{{span(text, 20, 30), HedgeOther}}, Source: &Speaker{Span: span(text, 0, 8)}}},
		Timeline: []Event{{Time: 0, Value: "XXXX-WXX-5TNI", Event: span(text, 33, 38), Sentence: Sentence{28, 55}, Entities: []EntityID{"e1", "e9"}}},
	}
	var page bytes.Buffer
	if err := a.WriteHTML(&page, text); err != nil {
		t.Fatal(err)
	}
	checkPage(t, text, a, page.String())
	if !strings.Contains(page.String(), `class="ent t-PERSON cont"`) || !strings.Contains(page.String(), ` more"`) {
		t.Errorf("crossing spans drew no continued fragments:\n%s", page.String())
	}
}

func ptr[T any](v T) *T { return &v }

// TestViewMismatch: an Article from another text is refused, with
// nothing written.
func TestViewMismatch(t *testing.T) {
	a := Parse("Ana Ruiz said on Friday that the bridge might open.", Options{})
	for _, write := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return a.WriteHTML(b, "Short.") },
		func(b *bytes.Buffer) error { return a.WriteText(b, "Short.") },
	} {
		var b bytes.Buffer
		err := write(&b)
		if err == nil || !strings.Contains(err.Error(), "outside the text") || b.Len() != 0 {
			t.Errorf("got error %v and %d bytes, want an error and nothing written", err, b.Len())
		}
	}
}

// checkSummary checks that the text summary is one finding a line with no
// control character but the newline, and valid UTF-8.
func checkSummary(t *testing.T, s string) {
	t.Helper()
	if validText(s) != s {
		t.Errorf("summary is not valid UTF-8 or holds NUL: %q", s)
	}
	for _, r := range s {
		if r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 || r == 0x2028 || r == 0x2029 {
			t.Errorf("summary holds control character %U", r)
		}
	}
	for _, head := range []string{"\nEntities (", "\nQuotes (", "\nTimes (", "\nTimeline (", "\nClaims ("} {
		if !strings.Contains(s, head) {
			t.Errorf("summary has no %q section", head)
		}
	}
}

var (
	tagRE    = regexp.MustCompile(`<[^>]*>`)
	classRE  = regexp.MustCompile(`\bclass="([^"]*)"`)
	spanRE   = regexp.MustCompile(`\bdata-span="(\d+)-(\d+)"`)
	articleR = regexp.MustCompile(`(?s)<article id="text">(.*)</article>`)
)

// checkPage checks one page against its text and Article.
func checkPage(t *testing.T, text string, a *Article, page string) {
	t.Helper()
	if validText(page) != page {
		t.Fatalf("page is not valid UTF-8 or holds NUL")
	}
	m := articleR.FindStringSubmatch(page)
	if m == nil || strings.Count(page, "<article") != 1 {
		t.Fatalf("page has no single article element")
	}
	body := m[1]
	want := validText(text)

	// Walk the article's markup: text runs, open and close tags. Each
	// finding's fragments are recorded as ranges of the rendered text.
	type frag struct{ from, to int }
	type open struct {
		name, key string
		from      int
	}
	frags := map[string][]frag{} // "class start-end" -> fragments
	var stack []open
	var got strings.Builder
	rest := body
	for rest != "" {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			i = len(rest)
		}
		if i > 0 {
			if strings.ContainsAny(rest[:i], ">") {
				t.Errorf("unescaped > in text %q", rest[:i])
			}
			got.WriteString(html.UnescapeString(rest[:i]))
			rest = rest[i:]
			continue
		}
		j := strings.IndexByte(rest, '>')
		if j < 0 {
			t.Fatalf("unclosed tag at %q", rest)
		}
		tag := rest[:j+1]
		rest = rest[j+1:]
		if strings.HasPrefix(tag, "</") {
			name := strings.TrimSuffix(tag[2:], ">")
			if len(stack) == 0 || stack[len(stack)-1].name != name {
				t.Fatalf("</%s> closes %v: markup not well nested", name, stack)
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if top.key != "" {
				frags[top.key] = append(frags[top.key], frag{top.from, got.Len()})
			}
			continue
		}
		name := strings.FieldsFunc(tag[1:], func(r rune) bool { return r == ' ' || r == '>' })[0]
		key := ""
		if sm := spanRE.FindStringSubmatch(tag); sm != nil {
			cls := strings.Fields(classRE.FindStringSubmatch(tag)[1])[0]
			key = cls + " " + sm[1] + "-" + sm[2]
		}
		stack = append(stack, open{name, key, got.Len()})
	}
	if len(stack) > 0 {
		t.Fatalf("unclosed elements %v", stack)
	}
	if got.String() != want {
		t.Fatalf("article text content differs from the input:\n got %q\nwant %q", got.String(), want)
	}
	if strings.Contains(tagRE.ReplaceAllString(page, ""), "<") {
		t.Errorf("a raw < outside tags: the page's text is not escaped")
	}

	// Every finding, drawn in fragments covering its span; nothing else.
	// at maps an offset in text to one in the rendered text, where each
	// invalid byte and NUL became the three bytes of U+FFFD.
	shift := make([]int, len(text)+1)
	extra := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		for j := i; j < i+n; j++ {
			shift[j] = j + extra
		}
		if (r == utf8.RuneError && n == 1) || r == 0 {
			extra += 2
		}
		i += n
	}
	shift[len(text)] = len(text) + extra
	at := func(i int) int { return shift[i] }
	expect := map[string]bool{}
	need := func(class string, s, e int) {
		if s < e {
			expect[class+" "+strconv.Itoa(s)+"-"+strconv.Itoa(e)] = true
		}
	}
	if a.Dateline != nil {
		need("dateline", a.Dateline.Start, a.Dateline.End)
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			need("ent", m.Start, m.End)
		}
	}
	for _, q := range a.Quotes {
		need("quote", q.Start, q.End)
		if q.Speaker != nil {
			need("speaker", q.Speaker.Start, q.Speaker.End)
		}
		if q.Cue != nil {
			need("cue", q.Cue.Start, q.Cue.End)
		}
	}
	for _, tm := range a.Times {
		need("time", tm.Start, tm.End)
	}
	for _, c := range a.Claims {
		need("claim", c.Start, c.End)
		for _, h := range c.Cues {
			need("hedge", h.Start, h.End)
		}
		if c.Source != nil {
			need("source", c.Source.Start, c.Source.End)
		}
	}
	for key := range frags {
		if !expect[key] {
			t.Errorf("element %q is no finding of the Article", key)
		}
	}
	for key := range expect {
		fs := frags[key]
		if len(fs) == 0 {
			t.Errorf("finding %q not drawn", key)
			continue
		}
		head := key[strings.IndexByte(key, ' ')+1:]
		dash := strings.IndexByte(head, '-')
		s, _ := strconv.Atoi(head[:dash])
		e, _ := strconv.Atoi(head[dash+1:])
		from, to := at(s), at(e)
		if fs[0].from != from || fs[len(fs)-1].to != to {
			t.Errorf("finding %q drawn over [%d,%d), want [%d,%d)", key, fs[0].from, fs[len(fs)-1].to, from, to)
		}
		for i := 1; i < len(fs); i++ {
			between := want[fs[i-1].to:fs[i].from]
			if fs[i].from < fs[i-1].to || (between != "" && strings.TrimSpace(between) != "") {
				t.Errorf("finding %q: fragments %v leave out %q", key, fs, between)
			}
		}
	}
}

func TestHumanValue(t *testing.T) {
	for v, want := range map[string]string{
		"2025-08-15": "Fri 15 Aug 2025",
		"PT2H30M":    "2 h 30 min",
		"P3D":        "3 days",
		"P1W":        "1 week",
		"P01Y":       "1 year",
		"P10M":       "10 months",
		"PT0S":       "0 s",
		"P":          "P",
		"PXD":        "PXD",
		"2025-W33":   "2025-W33",
		"XXXX-WXX-5": "XXXX-WXX-5",
		"2025-02-30": "2025-02-30",
	} {
		if got := humanValue(v); got != want {
			t.Errorf("humanValue(%q) = %q, want %q", v, got, want)
		}
	}
}

// FuzzWriteHTML checks the page's promises (see checkPage) on any text.
func FuzzWriteHTML(f *testing.F) {
	for _, text := range testdataInputs(f) {
		f.Add(text)
	}
	f.Add("A <b>b</b> & \"c\" said \xff\x00 on Friday.\r\n\r\n“D,” said E.")
	f.Fuzz(func(t *testing.T, text string) {
		a := Parse(text, Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
		var page, sum bytes.Buffer
		if err := a.WriteHTML(&page, text); err != nil {
			t.Fatal(err)
		}
		checkPage(t, text, a, page.String())
		if err := a.WriteText(&sum, text); err != nil {
			t.Fatal(err)
		}
		checkSummary(t, sum.String())
	})
}

func benchmarkView(b *testing.B, text string, write func(*Article, *bytes.Buffer, string) error) {
	a := Parse(text, Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
	var buf bytes.Buffer
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := write(a, &buf, text); err != nil {
			b.Fatal(err)
		}
	}
}

func writeHTML(a *Article, w *bytes.Buffer, text string) error { return a.WriteHTML(w, text) }

// BenchmarkWriteHTML and BenchmarkWriteHTML6MB: the page of a 60 KB
// article, and of 6 KB repeated to 6 MB (the same rate: linear).
func BenchmarkWriteHTML(b *testing.B) { benchmarkView(b, benchText(b, 60<<10), writeHTML) }
func BenchmarkWriteHTML6MB(b *testing.B) {
	benchmarkView(b, strings.Repeat(benchText(b, 6<<10), 1000), writeHTML)
}

// BenchmarkWriteText: the summary of a 60 KB article.
func BenchmarkWriteText(b *testing.B) {
	benchmarkView(b, benchText(b, 60<<10), func(a *Article, w *bytes.Buffer, text string) error { return a.WriteText(w, text) })
}

// TestViewQuotedWords: the lists of who said what show a direct quote's
// own words, its parts joined, without the narrator's words between or
// before them; and a part outside the text is refused, not sliced.
func TestViewQuotedWords(t *testing.T) {
	text := "“The best way to end this long war on the border,” Ana Ruiz said, “is to keep talking until both sides agree to stop.”\n\nShe added that “the talks must go on.”\n"
	a := Parse(text, Options{})
	var tb strings.Builder
	if err := a.WriteText(&tb, text); err != nil {
		t.Fatal(err)
	}
	var hb strings.Builder
	if err := a.WriteHTML(&hb, text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"The best way to end this long war on the border … is to keep talking until both sides agree to stop."`, `"the talks must go on."`} {
		if !strings.Contains(tb.String(), want) {
			t.Errorf("text view lacks %s:\n%s", want, tb.String())
		}
	}
	if strings.Contains(tb.String(), "said, “is") || strings.Contains(tb.String(), "that “the") {
		t.Errorf("text view shows the narrator's words in a direct quote:\n%s", tb.String())
	}
	if !strings.Contains(hb.String(), `<span class="said">The best way to end this long war on the border … is to keep talking until both sides agree to stop.</span>`) {
		t.Errorf("page lacks the quoted words of the split quote")
	}
	bad := *a
	bad.Quotes = append([]Quote(nil), a.Quotes...)
	bad.Quotes[0].Parts = []Span{{Start: 0, End: len(text) + 5}}
	if err := bad.WriteText(&tb, text); err == nil {
		t.Error("WriteText took a part outside the text")
	}
	if err := bad.WriteHTML(&hb, text); err == nil {
		t.Error("WriteHTML took a part outside the text")
	}
}
