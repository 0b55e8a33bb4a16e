package names

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/reading"
)

// TestTaggerWordClitics: the tagger reads "I'm" as "I", as its training
// text wrote it, so that a pronoun with a clitic is no name; a name with
// an apostrophe keeps it.
func TestTaggerWordClitics(t *testing.T) {
	for in, want := range map[string]string{
		"I'm": "I", "I’ve": "I", "We'll": "We", "They're": "They", "I'd": "I",
		"O'Neill": "O'Neill", "D'Arcy": "D'Arcy", "Ma'am": "Ma'am", "Rd": "Rd",
	} {
		ws := reading.Tokenize(nil, in, 0, len(in))
		if len(ws) != 1 {
			t.Fatalf("%q: %d words", in, len(ws))
		}
		if got := reading.TaggerWord(in, ws[0]); got != want {
			t.Errorf("TaggerWord(%q) = %q, want %q", in, got, want)
		}
		if sp := taggerSpan(in, ws[0]); in[sp[0]:sp[1]] != want {
			t.Errorf("taggerSpan(%q) = %q, want %q", in, in[sp[0]:sp[1]], want)
		}
	}
	text := "\"I'm staying,\" Dana Welsh told the club. \"I've no doubt.\""
	rd := reading.Read(text, nil)
	for _, e := range Find(&rd, nil, nil) {
		for _, m := range e.Mentions {
			if strings.HasPrefix(m.Text, "I") {
				t.Errorf("%q: mention %q (%s)", text, m.Text, e.Type)
			}
		}
	}
}

// TestFigureEndsNoName: a score, time or amount the tagger ran a name on
// into is no part of it; a plain number ("Schalke 04") may be.
func TestFigureEndsNoName(t *testing.T) {
	text := "Silver Harbour 3-1 won from Lakeside 05 and Red Kestrel 54.774 today."
	d := testDoc(text)
	at := func(w string) int { return wordNamed(t, d, w) }
	for _, c := range []struct {
		w0, w1 int
		want   string
	}{
		{at("Silver"), at("3-1") + 1, "Silver Harbour"},
		{at("Lakeside"), at("05") + 1, "Lakeside 05"},
		{at("Red"), at("54.774") + 1, "Red Kestrel"},
	} {
		m, ok := cleanMention(d, c.w0, c.w1, 1, false, false, false)
		if !ok {
			t.Errorf("words %d-%d: no mention, want %q", c.w0, c.w1, c.want)
			continue
		}
		if got := text[d.Words[m.w0].Start:d.Words[m.w1-1].End]; got != c.want {
			t.Errorf("words %d-%d: mention %q, want %q", c.w0, c.w1, got, c.want)
		}
	}
}

// TestLowerCaseNoName: a run of lower-case words the tagger took for a
// name is none (and so joins none); a name with a capital stays.
func TestLowerCaseNoName(t *testing.T) {
	text := "Rebels held northern Kavistan while de Gaulle watched."
	d := testDoc(text)
	at := func(w string) int { return wordNamed(t, d, w) }
	if m, ok := cleanMention(d, at("northern"), at("northern")+1, 1, false, false, false); ok {
		t.Errorf("northern: mention %q, want none", text[d.Words[m.w0].Start:d.Words[m.w1-1].End])
	}
	if _, ok := cleanMention(d, at("de"), at("Gaulle")+1, 0, false, false, false); !ok {
		t.Errorf("de Gaulle: no mention")
	}
}

// TestPossessiveInsideName: a possessive ends a name, but for one the
// tagger runs on through it to a capitalised word.
func TestPossessiveInsideName(t *testing.T) {
	text := "They beat Queen's Park Rangers and Acme's staff."
	d := testDoc(text)
	at := func(w string) int { return wordNamed(t, d, w) }
	for _, c := range []struct {
		w0, w1 int
		want   string
	}{
		{at("Queen"), at("Rangers") + 1, "Queen's Park Rangers"},
		{at("Acme"), at("staff") + 1, "Acme"},
		{at("Acme"), at("staff"), "Acme"},
	} {
		m, ok := cleanMention(d, c.w0, c.w1, 1, false, false, false)
		if !ok {
			t.Errorf("words %d-%d: no mention, want %q", c.w0, c.w1, c.want)
			continue
		}
		if got := text[d.Words[m.w0].Start:d.Words[m.w1-1].End]; got != c.want {
			t.Errorf("words %d-%d: mention %q, want %q", c.w0, c.w1, got, c.want)
		}
	}
}

// TestSplitPacked holds the cut of a name in capitals that packs two names
// the body writes apart, and the cases where it must stay whole. The
// mentions are made by hand, as a tagger reading the headline as one name
// would make them.
func TestSplitPacked(t *testing.T) {
	type name struct {
		text   string
		coarse int // 0 PER, 1 ORG, 2 LOC, 3 MISC
	}
	for _, c := range []struct {
		text   string
		packed name   // the headline's name, first in the text
		body   []name // names written in the body
		want   []string
	}{
		{"BAYERN GERMAN CUP\n\nBayern Munich won the German Cup.", name{"BAYERN GERMAN CUP", 3},
			[]name{{"Bayern Munich", 1}, {"German Cup", 3}}, []string{"BAYERN/1", "GERMAN CUP/3"}},
		{"NORTHWIND ACME HOLDINGS\n\nNorthwind sold Acme Holdings.", name{"NORTHWIND ACME HOLDINGS", 1},
			[]name{{"Northwind", 1}, {"Acme Holdings", 1}}, []string{"NORTHWIND/1", "ACME HOLDINGS/1"}},
		// A lone surname does not leave its given name.
		{"KEVIN BROWN WINS\n\nKevin Hart praised Brown.", name{"KEVIN BROWN", 0},
			[]name{{"Kevin Hart", 0}, {"Brown", 0}}, []string{"KEVIN BROWN/0"}},
		// A place before a name is part of it.
		{"BERLIN GRAND PRIX\n\nIn Berlin the Grand Prix ran.", name{"BERLIN GRAND PRIX", 3},
			[]name{{"Berlin", 2}, {"Grand Prix", 3}}, []string{"BERLIN GRAND PRIX/3"}},
		// The whole written elsewhere stays whole.
		{"NEW HARBOR BANK\n\nNew Harbor Bank and Harbor Bank.", name{"NEW HARBOR BANK", 1},
			[]name{{"New Harbor Bank", 1}, {"Harbor Bank", 1}}, []string{"NEW HARBOR BANK/1"}},
		// Nothing in the body: no cut.
		{"BAYERN GERMAN CUP\n\nThe final was won.", name{"BAYERN GERMAN CUP", 3},
			nil, []string{"BAYERN GERMAN CUP/3"}},
	} {
		d := testDoc(c.text)
		var ms []mention
		from := 0 // the body's names are found after the headline's
		for _, n := range append([]name{c.packed}, c.body...) {
			at := strings.Index(c.text[from:], n.text) + from
			from = max(from, len(c.packed.text))
			w0, w1 := -1, -1
			for i, w := range d.Words {
				if w.Start == at {
					w0 = i
				}
				if w.End == at+len(n.text) {
					w1 = i + 1
				}
			}
			m, ok := cleanMention(d, w0, w1, n.coarse, false, false, false)
			if w0 < 0 || w1 < 0 || !ok {
				t.Fatalf("%q: no mention %q", c.text, n.text)
			}
			ms = append(ms, m)
		}
		var got []string
		for _, m := range splitPacked(d, ms)[:len(c.want)] {
			got = append(got, fmt.Sprintf("%s/%d", d.Text[d.Words[m.w0].Start:d.Words[m.w1-1].End], m.coarse))
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// wordNamed returns the index of the first of d's words that is w.
func wordNamed(t *testing.T, d *doc, w string) int {
	t.Helper()
	for i, x := range d.Words {
		if d.Text[x.Start:x.End] == w {
			return i
		}
	}
	t.Fatalf("no word %q", w)
	return -1
}

// TestLowerCompound: a compound of a name and a lower-case word
// ("British-ruled", "U.S.-led") is told from a name with a hyphen.
func TestLowerCompound(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"British-ruled", true}, {"U.S.-led", true}, {"Mercedes-Benz", false}, {"al-Assad", false}, {"Acme-", false}, {"-led", false}} {
		if lowerCompound(c.w) != c.want {
			t.Errorf("lowerCompound(%q) = %v", c.w, !c.want)
		}
	}
}

// testDoc reads text as Parse does, for the layer's own functions.
func testDoc(text string) *doc {
	rd := reading.Read(text, nil)
	return &doc{Doc: &rd, w: new(Scratch)}
}
