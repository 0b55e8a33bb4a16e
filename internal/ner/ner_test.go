package ner

import (
	"bytes"
	"strings"
	"testing"
)

func TestDefaultLoads(t *testing.T) {
	if Default() == nil {
		t.Fatal("the embedded model does not decode")
	}
}

// TestLoadBad feeds Load every kind of broken asset: it must fail cleanly,
// never panic.
func TestLoadBad(t *testing.T) {
	good := modelAsset
	bad := [][]byte{
		nil,
		{},
		[]byte("not a model"),
		[]byte(magic),
		append([]byte(magic), 40),          // absurd size
		append([]byte(magic), 17, 1, 2, 3), // not flate
		good[:len(good)/2],                 // truncated
		append(append([]byte(nil), good...), 0, 0), // trailing bytes
	}
	flipped := append([]byte(nil), good...)
	for i := len(magic) + 1; i < len(flipped); i += 97 {
		flipped[i] ^= 0x5a
	}
	bad = append(bad, flipped)
	for i, data := range bad {
		m, err := Load(data)
		if err == nil || m != nil {
			t.Errorf("case %d: Load succeeded on bad data", i)
		}
	}
}

func TestNilModelTagsO(t *testing.T) {
	var m *Model
	tags := m.Tag(Doc{Words: []string{"Paris"}, Sents: [][2]int{{0, 1}}})
	if len(tags) != 1 || tags[0] != O {
		t.Errorf("nil model tags %v", tags)
	}
}

// TestTrainRoundTrip trains on a toy corpus twice: the same bytes come
// out, they load back, and the model learns its data.
func TestTrainRoundTrip(t *testing.T) {
	doc := TrainDoc{
		Doc: Doc{
			Words: strings.Fields("Anna Berg visited Oslo . Berg met Acme Corp in Oslo ."),
			Sents: [][2]int{{0, 5}, {5, 12}},
		},
		//          Anna Berg visited Oslo .  Berg met Acme Corp in Oslo .
		Tags: []uint8{1, 5, 0, 3, 0, 1, 0, 2, 6, 0, 3, 0},
	}
	docs := []TrainDoc{doc, doc, doc}
	a := Train(docs, 10, 5, 1, nil).Encode()
	b := Train(docs, 10, 5, 1, nil).Encode()
	if !bytes.Equal(a, b) {
		t.Fatal("training is not deterministic")
	}
	m, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag(doc.Doc)
	if !bytes.Equal(got, doc.Tags) {
		t.Errorf("tags %v, want %v", got, doc.Tags)
	}
	// Words outside every sentence, and bad sentence ranges, are O.
	tags := m.Tag(Doc{Words: []string{"Anna", "Berg"}, Sents: [][2]int{{1, 0}, {0, 9}}})
	if tags[0] != O || tags[1] != O {
		t.Errorf("bad ranges tagged %v", tags)
	}
}

// TestLists keeps the gazetteers sorted (byte order), unique, lower case
// and trimmed.
func TestLists(t *testing.T) {
	for _, l := range lists {
		lines := Lines(l.name)
		if len(lines) == 0 {
			t.Errorf("%s: empty", l.name)
		}
		for i, e := range lines {
			if e != strings.ToLower(e) || e != strings.Join(strings.Fields(e), " ") {
				t.Errorf("%s: %q not lower case or not trimmed", l.name, e)
			}
			if i > 0 && lines[i-1] >= e {
				t.Errorf("%s: %q after %q: not sorted or not unique", l.name, e, lines[i-1])
			}
		}
	}
}

func TestLookup(t *testing.T) {
	cases := []struct {
		word string
		flag uint16
	}{
		{"Ukraine", Country}, {"KYIV", City}, {"Ukrainian", Demonym}, {"Ministry", OrgWord},
		{"President", Title}, {"Vladimir", Given}, {"Alaska", Region},
	}
	for _, c := range cases {
		if Lookup(c.word)&c.flag == 0 {
			t.Errorf("Lookup(%q) = %b, want flag %b", c.word, Lookup(c.word), c.flag)
		}
	}
	if LookupPhrase("New York")&City == 0 || LookupPhrase("united states")&Country == 0 {
		t.Error("multi-word entries not found")
	}
	if Lookup("table") != 0 {
		t.Error("a common word is in a gazetteer")
	}
}

func TestTable16(t *testing.T) {
	tb := newTable16(3)
	for _, k := range []uint32{0, 1, 7, 7 + 16, 7 + 32} {
		*tb.slot(k) |= uint16(k%5 + 1)
	}
	if tb.get(0) != tb.get(1) {
		t.Error("keys 0 and 1 share a slot by design")
	}
	if tb.get(7+16) != uint16((7+16)%5+1) || tb.get(99) != 0 {
		t.Error("colliding keys mixed up")
	}
}

// TestWordInfo checks the one-pass word reading against hashLower.
func TestWordInfo(t *testing.T) {
	for _, w := range []string{"Putin", "KYIV", "Müller", "ÉLYSÉE", "3.5", "O'Brien", "x", "\xff"} {
		lw, _, _ := wordInfo(w)
		if lw != hashLower(w) {
			t.Errorf("wordInfo(%q) lower hash differs from hashLower", w)
		}
	}
	_, s1, f1 := wordInfo("Putin")
	_, s2, _ := wordInfo("Kyiv")
	_, s3, f3 := wordInfo("NATO")
	if s1 != s2 || s1 == s3 || f1&fCap == 0 || f3&fAllCaps == 0 {
		t.Error("shapes or flags wrong")
	}
}
