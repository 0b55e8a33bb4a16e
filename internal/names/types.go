// Package names is the names layer of newsparse: it finds the names of a
// text's reading with a trained tagger (internal/ner), types them finely
// (OntoNotes types) and links every mention of one person, organisation,
// place or group into one entity. It reads the shared reading and the word
// lists, nothing else.
package names

// Type is an entity type, as in OntoNotes.
type Type string

// The entity types.
const (
	Person    Type = "PERSON" // people, including fictional
	Org       Type = "ORG"    // companies, agencies, institutions, parties
	GPE       Type = "GPE"    // countries, cities, states: places with a government
	Location  Type = "LOC"    // regions, mountains, bodies of water
	Facility  Type = "FAC"    // buildings, airports, bases, bridges
	NORP      Type = "NORP"   // nationalities, religious and political groups
	EventName Type = "EVENT"  // named events: wars, summits, storms
	Misc      Type = "MISC"   // other names: works, laws, products
)

// Name is a name a caller knows, with its type: every mention of it is
// taken as a name of that type.
type Name struct {
	Name string
	Type Type
}

// Span is a range of the text, Text[Start:End], and its text.
type Span struct {
	Start, End int
	Text       string
}

// span is the Span of text[start:end].
func span(text string, start, end int) Span { return Span{start, end, text[start:end]} }

// Entity is one person, organisation, place or group, with every mention.
type Entity struct {
	ID       string // "e1", "e2", ... in order of first mention
	Name     string // the canonical name: the longest full form used
	Type     Type
	Mentions []Span // in text order, titles and possessive endings left out
	Gender   string // "female" or "male" for a person whose given name or title tells it, else ""
}
