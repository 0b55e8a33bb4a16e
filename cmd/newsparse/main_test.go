package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/newsparse/newsparse"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func runTool(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestErrors: bad usage is one line on stderr, exit status 2, nothing on
// stdout.
func TestErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Markets rose on Friday."), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string // in the message
	}{
		{"unknown flag", []string{"-bogus"}, "flag provided but not defined"},
		{"flag without value", []string{"-published"}, "flag needs an argument"},
		{"bad date", []string{"-published", "2025-13-40", good}, `bad -published date "2025-13-40"`},
		{"date in another format", []string{"-published", "16/08/2025"}, "want YYYY-MM-DD"},
		{"bad layer", []string{"-layers", "entities,names", good}, `unknown layer "names"`},
		{"bad offsets", []string{"-offsets", "utf-16", good}, `unknown offset unit "utf-16"`},
		{"no workers", []string{"-jsonl", "-workers", "0"}, "bad -workers 0"},
		{"no max-bytes", []string{"-max-bytes", "0", good}, "bad -max-bytes 0"},
		{"max-bytes not a number", []string{"-max-bytes", "64MiB", good}, "invalid value"},
		{"pretty jsonl", []string{"-pretty", "-jsonl"}, "-pretty writes one article"},
		{"pretty several", []string{"-pretty", good, good}, "-pretty writes one article"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runTool(t, "", c.args...)
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("wrote %q to stdout, want nothing", stdout)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q does not say %q", stderr, c.want)
			}
			if strings.Count(strings.TrimSuffix(stderr, "\n"), "\n") != 0 {
				t.Errorf("stderr is not one line: %q", stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, stdout, stderr := runTool(t, "", "-h")
	if code != 0 || stdout != "" || !strings.Contains(stderr, "usage: newsparse") || !strings.Contains(stderr, "-published") {
		t.Errorf("-h: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestStdinAndFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("First article. It is short."), 0o644)
	os.WriteFile(b, []byte("Second one."), 0o644)

	// One article from stdin: one JSON object with the published date.
	code, stdout, stderr := runTool(t, "Markets rose.", "-published", "2025-08-16")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(stdout), &obj); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, stdout)
	}
	if obj["published"] != "2025-08-16" {
		t.Errorf("published = %v", obj["published"])
	}
	for _, key := range []string{"headline", "byline", "dateline", "paragraphs", "entities", "quotes", "times", "timeline", "claims"} {
		if _, ok := obj[key]; !ok {
			t.Errorf("no %q key", key)
		}
	}
	if _, ok := obj["file"]; ok {
		t.Error(`a single article has a "file" key`)
	}

	// Several files: JSON Lines, each with its file name, in order.
	code, stdout, _ = runTool(t, "", a, b)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), stdout)
	}
	for i, name := range []string{a, b} {
		var o struct {
			File       string            `json:"file"`
			Published  *string           `json:"published"`
			Paragraphs []json.RawMessage `json:"paragraphs"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &o); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if o.File != name || o.Published != nil || len(o.Paragraphs) != 1 {
			t.Errorf("line %d: %+v", i, o)
		}
	}

	// -pretty indents; the content is the same.
	_, plain, _ := runTool(t, "", a)
	_, pretty, _ := runTool(t, "", "-pretty", a)
	var c1, c2 bytes.Buffer
	json.Compact(&c1, []byte(plain))
	json.Compact(&c2, []byte(pretty))
	if !strings.Contains(pretty, "\n  \"paragraphs\"") || c1.String() != c2.String() {
		t.Errorf("-pretty output:\n%s", pretty)
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func oneLine(t *testing.T, stderr, want string) {
	t.Helper()
	if len(lines(stderr)) != 1 || !strings.Contains(stderr, want) {
		t.Errorf("stderr %q: want one line saying %q", stderr, want)
	}
}

// TestUnreadableInputs: an input that cannot be read is one line on
// stderr; the others are still written, in order; the exit status is 1.
func TestUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "First article.")
	b := writeFile(t, dir, "b.txt", "Second article.")
	missing := filepath.Join(dir, "nope.txt")
	for _, c := range []struct {
		args  []string
		files []string
		want  string
	}{
		{[]string{a, missing, b}, []string{a, b}, "no such file"},
		{[]string{missing, a}, []string{a}, "no such file"},
		{[]string{a, dir}, []string{a}, "is a directory"},
		{[]string{missing}, nil, "no such file"},
	} {
		code, stdout, stderr := runTool(t, "", c.args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1", c.args, code)
		}
		oneLine(t, stderr, c.want)
		got := lines(stdout)
		if len(got) != len(c.files) {
			t.Errorf("%v: %d lines written, want %d:\n%s", c.args, len(got), len(c.files), stdout)
			continue
		}
		if len(c.args) > 1 {
			for i, f := range c.files {
				if !strings.HasPrefix(got[i], `{"file":`+string(jsonString(f))+",") {
					t.Errorf("%v: line %d is not %s's: %.80s", c.args, i, f, got[i])
				}
			}
		}
	}
}

// endless is an input that never ends.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "word "[i%5]
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestMaxBytes: an input larger than -max-bytes is refused in one line,
// read no further than the limit (an endless input ends the run), and the
// other inputs are still parsed.
func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	small := writeFile(t, dir, "small.txt", "Short one.")
	big := writeFile(t, dir, "big.txt", strings.Repeat("Markets rose. ", 100))
	code, stdout, stderr := runTool(t, "", "-max-bytes", "1000", small, big)
	if code != 1 || len(lines(stdout)) != 1 || !strings.Contains(stdout, small) {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	oneLine(t, stderr, big+": larger than -max-bytes 1000 (1000 bytes); not parsed")

	// Exactly the limit is parsed.
	code, _, stderr = runTool(t, "", "-max-bytes", "1400", big)
	if code != 0 || stderr != "" {
		t.Errorf("an input of exactly -max-bytes: exit %d, stderr %q", code, stderr)
	}

	in := &endless{}
	var out, errb bytes.Buffer
	done := make(chan int)
	go func() { done <- run([]string{"-max-bytes", "100000"}, in, &out, &errb) }()
	select {
	case code := <-done:
		if code != 1 || out.Len() != 0 {
			t.Errorf("endless input: exit %d, stdout %q", code, out.String())
		}
		oneLine(t, errb.String(), "standard input: larger than -max-bytes 100000 (97.7 KiB)")
		if in.n > 200000 {
			t.Errorf("read %d bytes of an endless input with -max-bytes 100000", in.n)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("an endless input was read on and on")
	}
	// The default is 64 MiB.
	_, _, stderr = runTool(t, "", "-h")
	if !strings.Contains(stderr, "(default 67108864)") {
		t.Errorf("-h does not give the 64 MiB default: %s", stderr)
	}
}

// TestVersion: -version prints the version; the JSON carries it.
func TestVersion(t *testing.T) {
	code, stdout, stderr := runTool(t, "", "-version")
	if code != 0 || stdout != "newsparse "+newsparse.Version+"\n" || stderr != "" {
		t.Errorf("-version: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if newsparse.Version != "0.2.0" {
		t.Errorf("Version %q", newsparse.Version)
	}
	_, stdout, _ = runTool(t, "Markets rose.")
	if !strings.Contains(stdout, `"version":"`+newsparse.Version+`"`) {
		t.Errorf("no version key: %s", stdout)
	}
}

// TestPublishedResolves: -published is the date "on Friday" resolves
// against, not just a key kept in the output.
func TestPublishedResolves(t *testing.T) {
	for pub, want := range map[string]string{
		"2025-08-16": "2025-08-15", // a Saturday: the day before
		"2025-08-20": "2025-08-15", // a Wednesday; "rose" is past: last Friday
		"2024-03-04": "2024-03-01",
		"":           "XXXX-WXX-5",
	} {
		args := []string{}
		if pub != "" {
			args = append(args, "-published", pub)
		}
		_, stdout, _ := runTool(t, "Markets rose on Friday.", args...)
		var a struct {
			Times []struct{ Value string } `json:"times"`
		}
		json.Unmarshal([]byte(stdout), &a)
		if len(a.Times) != 1 || a.Times[0].Value != want {
			t.Errorf("-published %q: times %+v, want %s", pub, a.Times, want)
		}
	}
}

// TestLayersFlag: -layers runs what is asked and what it needs.
func TestLayersFlag(t *testing.T) {
	text := "“We will win,” Anna Berg said on Friday."
	count := func(args ...string) map[string]int {
		_, stdout, _ := runTool(t, text, args...)
		var a map[string]json.RawMessage
		if err := json.Unmarshal([]byte(stdout), &a); err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, k := range []string{"paragraphs", "entities", "quotes", "times", "timeline", "claims"} {
			var l []any
			json.Unmarshal(a[k], &l)
			n[k] = len(l)
		}
		return n
	}
	if n := count("-layers", "times"); n["times"] != 1 || n["entities"] != 0 || n["quotes"] != 0 || n["paragraphs"] != 1 {
		t.Errorf("-layers times: %v", n)
	}
	if n := count("-layers", "quotes"); n["quotes"] != 1 || n["entities"] != 1 || n["times"] != 0 {
		t.Errorf("-layers quotes: %v (quotes need entities)", n)
	}
	if n := count(); n["quotes"] != 1 || n["times"] != 1 || n["timeline"] != 1 {
		t.Errorf("all layers: %v", n)
	}
}

// TestOffsetsFlag: -offsets runes and utf16 let Python and JavaScript
// slice the text they read.
func TestOffsetsFlag(t *testing.T) {
	text := "“Prices 🎉 rose,” Anna Berg said.\n\nReaction in Europe was swift."
	for unit, slice := range map[string]func(start, end int) string{
		"bytes": func(s, e int) string { return text[s:e] },
		"runes": func(s, e int) string { return string([]rune(text)[s:e]) },
		"utf16": func(s, e int) string { return string(utf16.Decode(utf16.Encode([]rune(text))[s:e])) },
	} {
		_, stdout, _ := runTool(t, text, "-offsets", unit)
		var a struct {
			Paragraphs []struct {
				Start, End int
				Text       string
			}
			Quotes []struct {
				Start, End int
				Text       string
			}
		}
		if err := json.Unmarshal([]byte(stdout), &a); err != nil {
			t.Fatal(err)
		}
		if len(a.Paragraphs) != 2 || len(a.Quotes) != 1 {
			t.Fatalf("%s: %s", unit, stdout)
		}
		for _, s := range append(a.Paragraphs, a.Quotes...) {
			if got := slice(s.Start, s.End); got != s.Text {
				t.Errorf("-offsets %s: [%d,%d) slices %q, want %q", unit, s.Start, s.End, got, s.Text)
			}
		}
	}
}

// TestWarnings: text that is not UTF-8 or looks binary gets one warning
// line, and is parsed all the same.
func TestWarnings(t *testing.T) {
	for text, want := range map[string]string{
		"Caf\xe9 owners met on Friday.":          "standard input is not valid UTF-8",
		"Markets rose.\x00\x00\x01":              "standard input looks binary (NUL bytes)",
		"ab\x01\x02\x03\x04\x05cdefghijklmnopq.": "looks binary (5 control bytes in 23)",
		"Plain English, with “curly” quotes.":    "",
	} {
		code, stdout, stderr := runTool(t, text)
		if code != 0 || !strings.Contains(stdout, `"paragraphs":[{`) {
			t.Errorf("%q: exit %d, stdout %.80q", text, code, stdout)
		}
		if want == "" {
			if stderr != "" {
				t.Errorf("%q: warned %q", text, stderr)
			}
			continue
		}
		oneLine(t, stderr, want)
	}
}

// TestStreams: each article is written as soon as it is parsed, before the
// next input is read.
func TestStreams(t *testing.T) {
	pr, pw := io.Pipe()
	out := &signalWriter{lines: make(chan string, 10)}
	done := make(chan int)
	go func() { done <- run([]string{"-jsonl", "-workers", "2"}, pr, out, io.Discard) }()
	fmt.Fprintln(pw, `{"id":1,"text":"First."}`)
	select {
	case l := <-out.lines:
		if !strings.HasPrefix(l, `{"id":1,`) {
			t.Errorf("first line %q", l)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the first record's line was not written before the input ended")
	}
	fmt.Fprintln(pw, `{"id":2,"text":"Second."}`)
	pw.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

type signalWriter struct{ lines chan string }

func (w *signalWriter) Write(p []byte) (int, error) {
	for _, l := range lines(string(p)) {
		w.lines <- l
	}
	return len(p), nil
}

func compileLine(t *testing.T) *jsonschema.Schema {
	t.Helper()
	s, err := jsonschema.NewCompiler().Compile("../../schema/article.schema.json#/$defs/jsonlLine")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestJSONL: one line per record in input order with the id echoed; a bad
// record is an error line and the run goes on; exit 1 when any failed. Every
// line matches the schema.
func TestJSONL(t *testing.T) {
	input := strings.Join([]string{
		`{"id": "a", "text": "Markets rose on Friday.", "published": "2025-08-16"}`,
		`{"id": 7, "text": "Markets rose on Friday."}`,
		``,
		`{"text": "Markets rose on Friday.", "published": null}`,
		`not json`,
		`{"id": {"k": [1, 2]}, "published": "2025-08-16"}`,
		`{"id": "d", "text": "x", "published": "16/08/2025"}`,
		`{"id": "n", "text": 42}`,
		`{"id": "p", "text": "x", "published": 20250816}`,
		`["a list"]`,
		`{"id": "last", "text": "The end."}`,
	}, "\n")
	code, stdout, stderr := runTool(t, input, "-jsonl", "-published", "2025-08-20")
	if code != 1 || stderr != "" {
		t.Errorf("exit %d, stderr %q; want 1 and nothing", code, stderr)
	}
	want := []struct{ id, value, err string }{
		{`"a"`, "2025-08-15", ""},
		{`7`, "2025-08-15", ""}, // -published is the default date
		{`null`, "2025-08-15", ""},
		{`null`, "", "standard input:5: not a JSON object"},
		{`{"k":[1,2]}`, "", `standard input:6: no "text"`},
		{`"d"`, "", `standard input:7: bad published date "16/08/2025"`},
		{`"n"`, "", `standard input:8: "text" is not a string`},
		{`"p"`, "", `standard input:9: "published" is not a date`},
		{`null`, "", "standard input:10: not a JSON object"},
		{`"last"`, "", ""},
	}
	got := lines(stdout)
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(want), stdout)
	}
	schema := compileLine(t)
	for i, w := range want {
		var line struct {
			ID    json.RawMessage
			Error string
			Times []struct{ Value string }
		}
		if err := json.Unmarshal([]byte(got[i]), &line); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if string(line.ID) != w.id || !strings.HasPrefix(got[i], `{"id":`) {
			t.Errorf("line %d: id %s, want %s first", i, line.ID, w.id)
		}
		if !strings.Contains(line.Error, w.err) || (w.err == "") != (line.Error == "") {
			t.Errorf("line %d: error %q, want %q", i, line.Error, w.err)
		}
		if w.value != "" && (len(line.Times) != 1 || line.Times[0].Value != w.value) {
			t.Errorf("line %d: times %+v, want %s", i, line.Times, w.value)
		}
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(got[i]))
		if err := schema.Validate(inst); err != nil {
			t.Errorf("line %d does not match the schema: %v", i, err)
		}
	}

	// All good: exit 0.
	if code, _, _ := runTool(t, `{"id":1,"text":"Fine."}`+"\n", "-jsonl"); code != 0 {
		t.Errorf("a good batch: exit %d", code)
	}
}

// TestJSONLOrder: with many workers and records of very different sizes,
// the output is in input order and the same as with one worker.
func TestJSONLOrder(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 120; i++ {
		text := strings.Repeat("Anna Berg met Tomas Lind in Oslo on Friday. ", 1+(i*37)%60)
		fmt.Fprintf(&in, "{\"id\":%d,\"text\":%q}\n", i, text)
	}
	_, one, _ := runTool(t, in.String(), "-jsonl", "-workers", "1")
	code, many, _ := runTool(t, in.String(), "-jsonl", "-workers", "8")
	if code != 0 || one != many {
		t.Fatalf("exit %d; -workers 8 output differs from -workers 1", code)
	}
	for i, l := range lines(many) {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":%d,`, i)) {
			t.Fatalf("line %d is %.20s", i, l)
		}
	}
}

// TestJSONLLimits: a record longer than -max-bytes is an error line, not a
// crash, and is not held whole; files are read in turn, a missing one is one
// line on stderr.
func TestJSONLLimits(t *testing.T) {
	dir := t.TempDir()
	long := `{"id":"long","text":"` + strings.Repeat("x", 200<<10) + `"}`
	f1 := writeFile(t, dir, "one.jsonl", `{"id":1,"text":"Short."}`+"\n"+long+"\n"+`{"id":3,"text":"Short."}`)
	f2 := writeFile(t, dir, "two.jsonl", `{"id":4,"text":"Short."}`+"\r\n")
	code, stdout, stderr := runTool(t, "", "-jsonl", "-max-bytes", "100000", f1, filepath.Join(dir, "nope.jsonl"), f2)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	oneLine(t, stderr, "nope.jsonl: no such file")
	got := lines(stdout)
	if len(got) != 4 {
		t.Fatalf("%d lines:\n%.300s", len(got), stdout)
	}
	for i, prefix := range []string{`{"id":1,"published"`, `{"id":null,"error":"` + f1 + `:2: record longer than -max-bytes 100000`, `{"id":3,"published"`, `{"id":4,"published"`} {
		if !strings.HasPrefix(got[i], prefix) {
			t.Errorf("line %d: %.120s, want %s...", i, got[i], prefix)
		}
	}
}

// TestJSONLWarnings: a record whose text looks binary or whose line is not
// UTF-8 gets a warning line naming it, and is parsed.
func TestJSONLWarnings(t *testing.T) {
	code, stdout, stderr := runTool(t, "{\"id\":1,\"text\":\"a\\u0000b\"}\n{\"id\":2,\"text\":\"Caf\xe9.\"}\n{\"id\":3,\"text\":\"Fine.\"}\n", "-jsonl")
	if code != 0 || len(lines(stdout)) != 3 || strings.Contains(stdout, "error") {
		t.Errorf("exit %d, stdout %s", code, stdout)
	}
	w := lines(stderr)
	if len(w) != 2 || !strings.Contains(w[0], "standard input:1 (id 1) looks binary") || !strings.Contains(w[1], "standard input:2 (id 2) is not valid UTF-8") {
		t.Errorf("stderr %q", stderr)
	}
}

// TestProgress: the progress line shows only on a terminal, only once the
// batch has run a while, and leaves a last line with the total.
func TestProgress(t *testing.T) {
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	var off, on bytes.Buffer
	pOff := newProgress(&off, false, now)
	pOn := newProgress(&on, true, now)
	for i := 0; i < 100; i++ {
		clock = clock.Add(100 * time.Millisecond)
		pOff.count()
		pOn.count()
		if i == 10 && on.Len() != 0 {
			t.Errorf("progress shown after %v: %q", 11*100*time.Millisecond, on.String())
		}
	}
	pOn.printf("newsparse: a message")
	pOff.finish()
	pOn.finish()
	if off.Len() != 0 {
		t.Errorf("not a terminal, yet wrote %q", off.String())
	}
	s := on.String()
	if !strings.HasPrefix(s, "\rnewsparse: 20 done, 10/s \rnewsparse: 23 done, 10/s ") {
		t.Errorf("terminal output starts %q", s[:60])
	}
	if !strings.HasSuffix(s, "\rnewsparse: 98 done, 10/s \r\033[Knewsparse: a message\nnewsparse: 100 done in 10.0s\n") {
		t.Errorf("terminal output ends %q", s[len(s)-60:])
	}
}
