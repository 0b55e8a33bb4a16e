package newsparse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// goldenTypes are the Go types of the golden want sections that are the
// library's own JSON (the paragraphs, quotes and claims sections are views
// made for reading: with sentence texts, or entity names beside ids).
var goldenTypes = map[string]func() any{
	"":         func() any { return new(Article) },
	"entities": func() any { return new([]Entity) },
	"times":    func() any { return new([]Time) },
	"timeline": func() any { return new([]Event) },
}

// TestJSONRoundTrip decodes every golden output and encodes it again: the
// bytes must be the same, so nothing the JSON says is lost on decoding.
func TestJSONRoundTrip(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	n := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range readTxtar(data).files {
			layer, ok := wantLayer(f.name)
			if !ok {
				continue
			}
			newV, ok := goldenTypes[layer]
			if !ok {
				continue
			}
			v := newV()
			dec := json.NewDecoder(bytes.NewReader(f.data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(v); err != nil {
				t.Errorf("%s %s: %v", file, f.name, err)
				continue
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(f.data), buf.String()); diff != "" {
				t.Errorf("%s %s: re-encoded differs (-golden +re-encoded):\n%s", file, f.name, diff)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no golden output round-tripped")
	}
	t.Logf("%d golden outputs round-tripped", n)
}

// TestJSONRoundTripParsed: an Article just parsed, from text with curly
// quotes, CRLF and HTML characters, survives decoding and encoding; from
// invalid UTF-8 too, but for how JSON writes U+FFFD.
func TestJSONRoundTripParsed(t *testing.T) {
	testRoundTrip(t, "Rain Falls\r\n\r\n“We will win,” Mayor Ana Ruiz said on Friday.\r\nPrices rose & fell <sharply>.\r\n", "",
		`"text":"Prices rose \u0026 fell \u003csharply\u003e."`)
	testRoundTrip(t, "“We will win,” Mayor Ana Ruiz said on Friday.\nPrices \xff rose.", `\ufffd`,
		`"text":"Prices \ufffd rose."`)
}

func testRoundTrip(t *testing.T, text, fffd, wantIn string) {
	a := Parse(text, Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
	first, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var b Article
	if err := json.Unmarshal(first, &b); err != nil {
		t.Fatal(err)
	}
	if !b.Published.Equal(a.Published) {
		t.Errorf("published %v, want %v", b.Published, a.Published)
	}
	second, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if fffd != "" {
		first = bytes.ReplaceAll(first, []byte(fffd), []byte("\uFFFD"))
	}
	if !bytes.Equal(first, second) {
		t.Errorf("round trip changed the JSON:\n%s\n%s", first, second)
	}
	if !bytes.Contains(second, []byte(strings.ReplaceAll(wantIn, `\ufffd`, "\uFFFD"))) {
		t.Errorf("sentence text not written as json.Marshal escapes it:\n%s", second)
	}
}

// TestMarshalByValue: an Article held by value, alone or in a struct,
// writes the same JSON as a pointer to it, "published" included.
func TestMarshalByValue(t *testing.T) {
	a := Parse("Markets rose on Friday.", Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
	byPtr, _ := json.Marshal(a)
	byVal, _ := json.Marshal(*a)
	inStruct, _ := json.Marshal(struct{ A Article }{*a})
	if !bytes.Equal(byPtr, byVal) {
		t.Errorf("by value:\n%s\nby pointer:\n%s", byVal, byPtr)
	}
	if !bytes.Contains(inStruct, []byte(`"published":"2025-08-16"`)) || !bytes.Contains(inStruct, []byte(`"text":"Markets rose on Friday."`)) {
		t.Errorf("in a struct: %s", inStruct)
	}
}

// TestZeroArticleJSON: the zero Article, and one with nil lists inside,
// writes [] for every list, never null.
func TestZeroArticleJSON(t *testing.T) {
	got, err := json.Marshal(Article{})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"published":null,"version":"` + Version + `","headline":null,"byline":null,"dateline":null,"paragraphs":[],"entities":[],"quotes":[],"times":[],"timeline":[],"claims":[],"credits":[]}`
	if string(got) != want {
		t.Errorf("zero Article:\n got %s\nwant %s", got, want)
	}
	a := Article{
		Paragraphs: []Paragraph{{Start: 0, End: 3}},
		Entities:   []Entity{{ID: "e1", Name: "X", Type: Person}},
		Timeline:   []Event{{Value: "2025"}},
		Claims:     []Claim{{Certainty: Possible}},
	}
	got, _ = json.Marshal(a)
	for _, key := range []string{`"sentences":[]`, `"mentions":[]`, `"entities":[]}`, `"cues":[]`} {
		if !bytes.Contains(got, []byte(key)) {
			t.Errorf("no %s in %s", key, got)
		}
	}
}

// TestArticleJSONHasEveryField: every exported field of Article has its key
// in the JSON shape, so a field added to Article cannot be silently left
// out of the contract.
func TestArticleJSONHasEveryField(t *testing.T) {
	keys := map[string]bool{}
	jt := reflect.TypeOf(articleJSON{})
	for i := 0; i < jt.NumField(); i++ {
		keys[strings.Split(jt.Field(i).Tag.Get("json"), ",")[0]] = true
	}
	at := reflect.TypeOf(Article{})
	for i := 0; i < at.NumField(); i++ {
		f := at.Field(i)
		if !f.IsExported() {
			continue
		}
		key := strings.Split(f.Tag.Get("json"), ",")[0]
		if key == "-" {
			key = strings.ToLower(f.Name)
		}
		if !keys[key] {
			t.Errorf("Article.%s has no %q key in articleJSON", f.Name, key)
		}
	}
}

// TestUnmarshalRefuses: JSON that does not describe an Article in bytes is
// an error, not a silently wrong Article.
func TestUnmarshalRefuses(t *testing.T) {
	a := Parse("Café owners met. They agreed.", Options{})
	good, _ := json.Marshal(a)
	for name, js := range map[string]string{
		"bad date":        strings.Replace(string(good), `"published":null`, `"published":"16/08/2025"`, 1),
		"rune offsets":    strings.Replace(string(good), `"start":0,"end":30,`, `"start":0,"end":29,`, 1),
		"sentence offset": strings.Replace(string(good), `"start":18,"end":30,"text":"They agreed."`, `"start":17,"end":29,"text":"They agreed."`, 1),
		"not an object":   `[1,2]`,
	} {
		if js == string(good) {
			t.Fatalf("%s: the test did not change the JSON: %s", name, good)
		}
		var b Article
		if err := json.Unmarshal([]byte(js), &b); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
	var b Article
	if err := json.Unmarshal([]byte(`{}`), &b); err != nil || b.Paragraphs == nil || b.Entities == nil || b.Claims == nil || b.Timeline == nil {
		t.Errorf(`{} decoded to %+v, %v; want empty lists`, b, err)
	}
}

// TestEventSentenceJSON: a timeline event's sentence is written with its
// offsets only, the sentence's text being in its paragraph, so that a long
// sentence with many dates is written once; JSON of version 0.1.0, which
// had the text on the event too, still decodes, and the decoded Article
// still knows the event sentence's text from the paragraph.
func TestEventSentenceJSON(t *testing.T) {
	text := "Ana Ruiz met Tom Berg on Friday and will meet him again on Monday."
	a := Parse(text, Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
	if len(a.Timeline) != 2 {
		t.Fatalf("want two events, got %+v", a.Timeline)
	}
	out, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf(`"sentence":{"start":0,"end":%d},"entities"`, len(text)); !bytes.Contains(out, []byte(want)) {
		t.Errorf("event sentence not written as %s:\n%s", want, out)
	}
	if n := bytes.Count(out, []byte(`"text":"`+text+`"`)); n != 2 {
		t.Errorf("the sentence's text is written %d times, want 2 (paragraph and sentence):\n%s", n, out)
	}
	old := bytes.ReplaceAll(out, []byte(fmt.Sprintf(`"sentence":{"start":0,"end":%d}`, len(text))),
		[]byte(fmt.Sprintf(`"sentence":{"start":0,"end":%d,"text":%q}`, len(text), text)))
	old = bytes.Replace(old, []byte(`"version":"`+Version+`"`), []byte(`"version":"0.1.0"`), 1)
	var b Article
	if err := json.Unmarshal(old, &b); err != nil {
		t.Fatalf("0.1.0 JSON: %v", err)
	}
	if s := b.Timeline[1].Sentence; len(b.Timeline) != 2 || b.sub(s.Start, s.End) != text {
		t.Errorf("decoded timeline %+v lost its sentence", b.Timeline)
	}
	again, err := json.Marshal(b)
	if err != nil || !bytes.Equal(again, out) {
		t.Errorf("0.1.0 JSON decoded and encoded again (err %v):\n%s\nwant\n%s", err, again, out)
	}
}
