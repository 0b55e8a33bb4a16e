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
			t.Errorf("reading.TaggerWord(%q) = %q, want %q", in, got, want)
		}
		if sp := taggerSpan(in, ws[0]); in[sp[0]:sp[1]] != want {
			t.Errorf("taggerSpan(%q) = %q, want %q", in, in[sp[0]:sp[1]], want)
		}
	}
	text := "\"I'm staying,\" Dana Welsh told the club. \"I've no doubt.\""
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			if strings.HasPrefix(m.Text, "I") {
				t.Errorf("%q: mention %q (%s)", text, m.Text, e.Type)
			}
		}
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
	for _, c := range []struct {
		w    string
		want bool
	}{{"British-ruled", true}, {"U.S.-led", true}, {"Mercedes-Benz", false}, {"al-Assad", false}, {"Acme-", false}, {"-led", false}} {
		if lowerCompound(c.w) != c.want {
			t.Errorf("lowerCompound(%q) = %v", c.w, !c.want)
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

// TestFigureEndsNoName: a score, time or amount the tagger ran a name on
// into is no part of it; a plain number ("Schalke 04") may be.
func TestFigureEndsNoName(t *testing.T) {
	text := "Silver Harbour 3-1 won from Lakeside 05 and Red Kestrel 54.774 today."
	d := newDoc(text)
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
	d := newDoc(text)
	at := func(w string) int { return wordNamed(t, d, w) }
	if m, ok := cleanMention(d, at("northern"), at("northern")+1, 1, false, false, false); ok {
		t.Errorf("northern: mention %q, want none", text[d.Words[m.w0].Start:d.Words[m.w1-1].End])
	}
	if _, ok := cleanMention(d, at("de"), at("Gaulle")+1, 0, false, false, false); !ok {
		t.Errorf("de Gaulle: no mention")
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

// TestPossessiveInsideName: a possessive ends a name, but for one the
// tagger runs on through it to a capitalised word.
func TestPossessiveInsideName(t *testing.T) {
	text := "They beat Queen's Park Rangers and Acme's staff."
	d := newDoc(text)
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
		d := newDoc(c.text)
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
