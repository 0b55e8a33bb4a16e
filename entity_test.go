package newsparse

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/lexicon"
)

// TestEntityLexicons keeps the entity word lists sorted (byte order),
// unique and trimmed, and makes sure each one loads.
func TestEntityLexicons(t *testing.T) {
	for _, name := range []string{"facilityheads.txt", "eventheads.txt", "femalenames.txt", "metonyms.txt"} {
		lines := lexicon.Words(name)
		if len(lines) == 0 {
			t.Errorf("%s: no entries", name)
		}
		for i, l := range lines {
			if l != strings.TrimSpace(l) || strings.Contains(l, "  ") {
				t.Errorf("%s: entry %q has stray spaces", name, l)
			}
			if i > 0 && lines[i-1] >= l {
				t.Errorf("%s: %q after %q: not sorted or not unique", name, l, lines[i-1])
			}
		}
	}
}

func TestEntitiesEmpty(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n", "...", "the end."} {
		got := Entities(text)
		if got == nil || len(got) != 0 {
			t.Errorf("Entities(%q) = %v, want empty non-nil", text, got)
		}
	}
}

// TestEntitiesOddInput feeds text no article looks like; the entities must
// keep every promise (spans exact, in order, IDs in sequence).
func TestEntitiesOddInput(t *testing.T) {
	inputs := []string{
		"NATO NATO NATO (NATO) ( ) Mr. Mrs. Ms.",
		"\xff\xfeParis\xff Berlin \xc3",
		strings.Repeat("“Putin’s ", 300),
		"Anna de\nla Cruz met O'Brien’s\r\n\r\nMr. O'Brien in Kyiv.",
		strings.Repeat("UNITED STATES ", 50) + "\nthe end",
		"(A) (B) (C) Bank of (",
		"al bin de van von",
		"Joint Base Joint Base Joint Base",
	}
	for _, text := range inputs {
		a := Parse(text, Options{})
		checkInvariants(t, text, a)
		for i, e := range a.Entities {
			if want := EntityID(fmt.Sprintf("e%d", i+1)); e.ID != want {
				t.Errorf("%q: entity %d has ID %s, want %s", text, i, e.ID, want)
			}
			if i > 0 && a.Entities[i-1].Mentions[0].Start >= e.Mentions[0].Start {
				t.Errorf("%q: entities not in order of first mention", text)
			}
		}
	}
}

// mentionsOf returns, per entity name, its mentions' texts.
func mentionsOf(es []Entity) map[string][]string {
	out := map[string][]string{}
	for _, e := range es {
		for _, m := range e.Mentions {
			out[e.Name] = append(out[e.Name], m.Text)
		}
	}
	return out
}

func TestEntityLinking(t *testing.T) {
	text := "Senator Paul Hart and Mrs. Joan Hart arrived in Ohio on Monday.\n\n" +
		"Mrs. Hart thanked the volunteers. Mr. Hart spoke later, and Hart said the National Farm Bureau (NFB) would help.\n\n" +
		"The NFB agreed."
	es := Entities(text)
	got := mentionsOf(es)
	want := map[string][]string{
		"Paul Hart":            {"Paul Hart", "Hart", "Hart"},
		"Joan Hart":            {"Joan Hart", "Hart"},
		"National Farm Bureau": {"National Farm Bureau", "NFB", "NFB"},
	}
	for name, ms := range want {
		if strings.Join(got[name], "|") != strings.Join(ms, "|") {
			t.Errorf("%s: mentions %q, want %q", name, got[name], ms)
		}
	}
	for _, e := range es {
		if e.Name == "Paul Hart" && e.Type != Person {
			t.Errorf("Paul Hart typed %s", e.Type)
		}
	}
}

// TestMentionsClean checks that titles and possessive endings stay out of
// mentions.
func TestMentionsClean(t *testing.T) {
	text := "Russian President Vladimir Putin’s envoy met Prime Minister Keir Starmer's aides in London."
	var got []string
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
	}
	sort.Strings(got)
	want := []string{"Keir Starmer", "London", "Russian", "Vladimir Putin"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

func TestLineUnits(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"One line only.", true},
		{"First sentence.\nSecond sentence.\nTABLE ROW 3 4\n", true},
		{"a wrapped paragraph that goes\non and on across the\nlines of a narrow\ncolumn of text.", false},
	}
	for _, c := range cases {
		if got := reading.LineUnits(c.text); got != c.want {
			t.Errorf("reading.LineUnits(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestTaggerWord(t *testing.T) {
	text := "“Putin’s — ‘x’"
	ws := reading.Tokenize(nil, text, 0, len(text))
	var got []string
	for _, w := range ws {
		got = append(got, reading.TaggerWord(text, w))
	}
	want := `"|Putin|'s|-|'|x|'`
	if strings.Join(got, "|") != want {
		t.Errorf("tagger words %q, want %s", got, want)
	}
}

// TestLowerCompoundApart: a compound ending in a lower-case word
// ("Danish-owned") modifies the name after it and is not part of it.
func TestLowerCompoundApart(t *testing.T) {
	text := "Ships sailed from Danish-owned Faroe Islands ports. British-ruled Hong Kong grew."
	got := mentionsOf(Entities(text))
	for _, name := range []string{"Faroe Islands", "Hong Kong"} {
		if len(got[name]) != 1 {
			t.Errorf("%s: mentions %q (all: %q)", name, got[name], got)
		}
	}
}

// TestAndInBodyNames: "and" inside a body's name ending in its head word
// stays in the name; two whole names joined by "and" are two.
func TestAndInBodyNames(t *testing.T) {
	text := "The Northern Futures and Options Exchange said it would close, and Harvard University and Yale University agreed."
	got := mentionsOf(Entities(text))
	for _, name := range []string{"Northern Futures and Options Exchange", "Harvard University", "Yale University"} {
		if len(got[name]) != 1 {
			t.Errorf("%s: mentions %q (all: %q)", name, got[name], got)
		}
	}
}

// TestListMarkerWithName: a list's number before a name on its line goes
// to the tagger with the name's sentence, as in the text it learned from:
// a person's name with particles in a table of results stays whole.
func TestListMarkerWithName(t *testing.T) {
	text := "Final standings after the third stage:\n6. Rui van den Berg (Netherlands) Bianchi 1:33\n" +
		"12. Pieter van den Broek (Belgium) Lotto 3:02\n"
	got := mentionsOf(Entities(text))
	for _, name := range []string{"Rui van den Berg", "Pieter van den Broek"} {
		if len(got[name]) != 1 {
			t.Errorf("%s: mentions %q (all: %q)", name, got[name], got)
		}
	}
}

// TestCurrencyPrefix: a country's code on a dollar sign ("C$") is read
// as the tagger learned it, one word, and the mention keeps the sign.
func TestCurrencyPrefix(t *testing.T) {
	text := "The miner earned C$ 41 million, up from C$ 30 million, and sold its stake for NZ$ 7 million."
	got := mentionsOf(Entities(text))
	if len(got["C$"]) != 2 || len(got["NZ$"]) != 1 {
		t.Errorf("mentions %q", got)
	}
}

// TestWeekdayAfterPerson: a weekday after a person's name is no part of
// it.
func TestWeekdayAfterPerson(t *testing.T) {
	text := "Foreign Minister Jose Miguel Insulza Monday said talks would resume."
	got := mentionsOf(Entities(text))
	if len(got["Jose Miguel Insulza"]) != 1 {
		t.Errorf("mentions %q", got)
	}
}

// TestTitleSurname: a person whose surname is also a title ("King") is
// named by it alone once the full name is given; a title alone is still
// no name.
func TestTitleSurname(t *testing.T) {
	text := "Team captain Billie Jean King picked the squad on Monday.\n\n" +
		"\"We will wait,\" King said. The Mayor did not come."
	got := mentionsOf(Entities(text))
	if want := "Billie Jean King|King"; strings.Join(got["Billie Jean King"], "|") != want {
		t.Errorf("mentions %q, want %s", got["Billie Jean King"], want)
	}
	if _, ok := got["Mayor"]; ok {
		t.Errorf("a title alone is a name: %q", got)
	}
}

// TestEntitiesLinear runs inputs built to make a careless linker
// quadratic; each must finish in well under a second (the bound is loose for busy machines).
func TestEntitiesLinear(t *testing.T) {
	numbered := func(n int) string {
		var names strings.Builder
		for i := 0; names.Len() < n; i++ {
			fmt.Fprintf(&names, "Anna%d Smith met Mrs. Smith. ", i)
		}
		return names.String()
	}
	for _, c := range []struct {
		what string
		gen  func(n int) string
	}{
		{"Joint Base", func(n int) string { return repeatTo("Joint Base ", n) }},
		{"numbered names", numbered},
		{"NATO (NATO)", func(n int) string { return repeatTo("NATO (NATO) ", n) }},
		{"Mohammed bin", func(n int) string { return repeatTo("Mohammed bin ", n) }},
	} {
		checkLinear(t, c.what, c.gen, 128<<10, func(text string) { Entities(text) })
	}
}

// TestEntitiesRandom throws random mixes of names, marks and words at the
// layer: it must never panic and always keep the Article's invariants.
func TestEntitiesRandom(t *testing.T) {
	vocab := []string{"Putin", "PUTIN", "Mr.", "Mrs.", "the", "The", "Bank", "of", "England", "(", ")",
		"BoE", "’s", "'s", "“", "”", "\"", "'", ".", ",", "-", "—", "\n", "\r\n", "\n\n", "bin", "de",
		"Joint", "Base", "Inc.", "U.S.", "Kyiv", "said", "Ünal", "\xff", "WASHINGTON", "(Reuters)", "Jr.", "X-based"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := rng.Intn(60); k > 0; k-- {
			b.WriteString(vocab[rng.Intn(len(vocab))])
			if rng.Intn(4) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		checkInvariants(t, text, Parse(text, Options{}))
	}
}

// TestEntityGender: a person's gender comes from a given name or a title,
// stays empty when nothing tells it, and "she" skips the man named nearer.
func TestEntityGender(t *testing.T) {
	text := "Governor Ana Ruiz met Senator David Vidal and Sir Nigel Boyd in Lima on Monday. Later she said the talks had gone well, and Pat Quill agreed."
	a := Parse(text, Options{})
	want := map[string]string{"Ana Ruiz": "female", "David Vidal": "male", "Nigel Boyd": "male", "Pat Quill": "", "Lima": ""}
	ids := map[string]EntityID{}
	for _, e := range a.Entities {
		ids[e.Name] = e.ID
		if g, ok := want[e.Name]; ok && e.Gender != g {
			t.Errorf("%s: gender %q, want %q", e.Name, e.Gender, g)
		}
	}
	for name := range want {
		if ids[name] == "" {
			t.Errorf("%s: not found", name)
		}
	}
	found := false
	for _, q := range a.Quotes {
		if q.Speaker != nil && q.Speaker.Text == "she" {
			found = true
			if q.Speaker.Entity != ids["Ana Ruiz"] {
				t.Errorf("she links to %q, want Ana Ruiz (%q)", q.Speaker.Entity, ids["Ana Ruiz"])
			}
		}
	}
	if !found {
		t.Error("no quote spoken by she")
	}
}

// TestOptionsNames: a name the caller gives is that entity of that type,
// wherever it stands word for word or in capitals; what the tagger had
// glued to it is cut off, and the pronouns that depend on it follow.
func TestOptionsNames(t *testing.T) {
	text := "Dock workers vote on Bradley Hollis offer\n\n" +
		"Union leader Tom Reyes met managers of Bradley Hollis on Monday to discuss the closure of two depots.\n\n" +
		"\"We will not accept the cuts,\" he said after the meeting.\n\n" +
		"Bradley Hollis, which employs 4,000 people in the region, said in a statement that it had no choice. \"The depots lose money every year,\" it said."
	find := func(a *Article, name string) *Entity {
		for i := range a.Entities {
			if a.Entities[i].Name == name {
				return &a.Entities[i]
			}
		}
		return nil
	}
	a := Parse(text, Options{Names: []Name{{Name: "Bradley Hollis", Type: Org}, {Name: "Hollis", Type: Org}, {Name: "Nowhere Inc", Type: "NONE"}}})
	bh, tom := find(a, "Bradley Hollis"), find(a, "Tom Reyes")
	if bh == nil || tom == nil {
		t.Fatalf("entities %v", a.Entities)
	}
	if bh.Type != Org || bh.Gender != "" || len(bh.Mentions) != 3 {
		t.Errorf("Bradley Hollis typed %s %q, %d mentions, want ORG, 3", bh.Type, bh.Gender, len(bh.Mentions))
	}
	speakers := 0
	for _, q := range a.Quotes {
		if q.Speaker == nil {
			continue
		}
		speakers++
		switch q.Speaker.Text {
		case "he":
			if q.Speaker.Entity != tom.ID {
				t.Errorf("he links to %q, want Tom Reyes %q", q.Speaker.Entity, tom.ID)
			}
		case "it":
			if q.Speaker.Entity != bh.ID {
				t.Errorf("it links to %q, want Bradley Hollis %q", q.Speaker.Entity, bh.ID)
			}
		}
	}
	if speakers < 3 {
		t.Errorf("%d quotes with a speaker, want 3", speakers)
	}
	// In capitals the name matches too, and the words the tagger glued
	// to it are cut off.
	caps := "BRADLEY HOLLIS OFFER REJECTED\n\nThe union said on Monday that its members had voted against the plan."
	a = Parse(caps, Options{Names: []Name{{Name: "Bradley Hollis", Type: Org}}})
	if len(a.Entities) == 0 || a.Entities[0].Mentions[0].Text != "BRADLEY HOLLIS" || a.Entities[0].Type != Org {
		t.Errorf("in capitals: entities %+v", a.Entities)
	}
	// Without the names the same text parses as before, and no name
	// list is a nil list.
	if b, c := Parse(text, Options{}), Parse(text, Options{Names: []Name{}}); len(b.Entities) != len(c.Entities) {
		t.Error("an empty name list changes the entities")
	}
}

// The caller's names are taken as given: a firm named like a person.
func ExampleOptions_names() {
	text := "Union leader Tom Reyes met managers of Bradley Hollis on Monday to discuss the closure of two depots.\n\n" +
		"\"We will not accept the cuts,\" he said after the meeting."
	a := Parse(text, Options{Names: []Name{{Name: "Bradley Hollis", Type: Org}}})
	for _, e := range a.Entities {
		fmt.Println(e.ID, e.Type, e.Name, "gender:"+e.Gender)
	}
	fmt.Println("speaker:", a.Quotes[0].Speaker.Text, a.Quotes[0].Speaker.Entity)
	// Output:
	// e1 PERSON Tom Reyes gender:male
	// e2 ORG Bradley Hollis gender:
	// speaker: he e1
}

// TestCouncilTitles: a council title before a name is a title, not part of
// an organisation's name: the person is named without it, and a pronoun
// later in the story finds her.
func TestCouncilTitles(t *testing.T) {
	for _, title := range []string{"Councilor", "Councillor", "Councilwoman", "Alderwoman"} {
		text := title + " Maren Tuck has long opposed the parking plan. She said on Friday that the vote should wait."
		a := Parse(text, Options{})
		var tuck *Entity
		for i := range a.Entities {
			if a.Entities[i].Name == "Maren Tuck" {
				tuck = &a.Entities[i]
			}
		}
		if tuck == nil || tuck.Type != Person {
			t.Errorf("%s: entities %+v, want PERSON Maren Tuck", title, a.Entities)
		}
	}
}

// TestOrdinalAloneNoName holds that an ordinal standing alone, as results
// lists open their rounds, is no name, while one inside a name stays.
func TestOrdinalAloneNoName(t *testing.T) {
	text := "TENNIS - RESULTS AT THE HARBOR CITY OPEN.\n\nHARBOR CITY 1996-08-30\n\nResults from the Harbor City Open on Friday:\n\nFourth round\n\nTomas Berg ( Sweden ) beat Ana Ruiz ( Chile ) 6-3 6-4\n\nFifth round\n\nIgor Lund ( Norway ) beat Tomas Berg 7-5 6-2\n\nSixth place went to Lena Holm , who lives on Fifth Avenue .\n"
	a := Parse(text, Options{})
	var names []string
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			names = append(names, m.Text)
		}
	}
	for _, n := range names {
		switch n {
		case "Fourth", "Fifth", "Sixth":
			t.Errorf("%q is a name; names: %q", n, names)
		}
	}
	if !slices.Contains(names, "Fifth Avenue") {
		t.Errorf("no Fifth Avenue; names: %q", names)
	}
}
