package newsparse

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// offsetSpans collects every object with "start", "end" and "text" from
// decoded JSON.
func offsetSpans(v any, out *[][3]any) {
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["start"].(float64); ok {
			if txt, ok := v["text"].(string); ok {
				*out = append(*out, [3]any{int(s), int(v["end"].(float64)), txt})
			}
		}
		for _, x := range v {
			offsetSpans(x, out)
		}
	case []any:
		for _, x := range v {
			offsetSpans(x, out)
		}
	}
}

// TestOffsetUnits: with runes, slicing the text as Python does (a list of
// code points) gives every span's text; with utf16, as JavaScript does.
func TestOffsetUnits(t *testing.T) {
	art, err := os.ReadFile("testdata/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(art),
		"Zoë said “we won 🎉 big” on Friday.\n\nAnna Berg 👩‍👩‍👧 met Tomas Lind in Oslo, 𝔘nder the 日本 flag, officials said.",
		"Prices \xff\xfe rose “sharply” on Friday, Anna Berg said.\x00",
	}
	for _, text := range texts {
		a := Parse(text, Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
		runes := []rune(text) // an invalid byte is one U+FFFD, as in the JSON
		units := utf16.Encode(runes)
		for _, unit := range []OffsetUnit{Runes, UTF16} {
			b, err := a.JSON(unit)
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := json.Unmarshal(b, &v); err != nil {
				t.Fatal(err)
			}
			var spans [][3]any
			offsetSpans(v, &spans)
			if len(spans) < 10 {
				t.Fatalf("only %d spans in %s", len(spans), b)
			}
			for _, s := range spans {
				start, end, want := s[0].(int), s[1].(int), s[2].(string)
				var got string
				if unit == Runes {
					got = string(runes[start:end])
				} else {
					got = string(utf16.Decode(units[start:end]))
				}
				if got != want {
					t.Errorf("%v [%d,%d) slices %q, want %q", unit, start, end, got, want)
				}
			}
		}
		// Converting leaves the Article and its byte JSON as they were.
		b1, _ := json.Marshal(a)
		a.JSON(UTF16)
		b2, _ := a.JSON(Bytes)
		if string(b1) != string(b2) {
			t.Error("converting offsets changed the Article")
		}
	}
	// The example: Python's slice of the sentence is the sentence.
	a := Parse(string(art), Options{})
	b, _ := a.JSON(Runes)
	const sent = "Reaction in Europe was swift."
	i := strings.Index(string(art), sent)
	start := len([]rune(string(art)[:i]))
	if !strings.Contains(string(b), `{"start":`+itoa(start)+`,"end":`+itoa(start+len([]rune(sent)))+`,"text":"`+sent+`"}`) {
		t.Errorf("no sentence %q at rune %d in the runes JSON", sent, start)
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestOffsetUnitErrors(t *testing.T) {
	var decoded Article
	js, _ := json.Marshal(Parse("Anna Berg met Tomas Lind.", Options{}))
	if err := json.Unmarshal(js, &decoded); err != nil {
		t.Fatal(err)
	}
	if _, err := decoded.JSON(Runes); err == nil {
		t.Error("a decoded Article converted offsets without its text")
	}
	if b, err := decoded.JSON(Bytes); err != nil || string(b) != string(js) {
		t.Errorf("bytes JSON of a decoded Article: %v", err)
	}
	for _, s := range []string{"bytes", "runes", "utf16"} {
		if u, err := ParseOffsetUnit(s); err != nil || u.String() != s {
			t.Errorf("ParseOffsetUnit(%q) = %v, %v", s, u, err)
		}
	}
	if _, err := ParseOffsetUnit("utf-16"); err == nil {
		t.Error("utf-16 accepted")
	}
}
