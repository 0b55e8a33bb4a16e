package claims

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/lexicon"
)

// TestHedgeLexicons keeps the cue lists well formed: sorted (C order),
// unique, lower case, each line "phrase = kind certainty [rule]" with a
// known kind, certainty and rule.
func TestHedgeLexicons(t *testing.T) {
	kinds := map[Kind]bool{Modal: true, Adverb: true, Verb: true, Source: true, Denial: true, Other: true}
	certs := map[Certainty]bool{Probable: true, Possible: true, Doubtful: true}
	for _, name := range []string{"hedges.txt", "weasels.txt"} {
		lines := lexicon.Words(name)
		if len(lines) == 0 {
			t.Fatalf("%s: no entries", name)
		}
		if !sort.StringsAreSorted(lines) {
			t.Errorf("%s: not sorted (LC_ALL=C sort)", name)
		}
		for i, l := range lines {
			if i > 0 && l == lines[i-1] {
				t.Errorf("%s: duplicate %q", name, l)
			}
			phrase, def, ok := strings.Cut(l, " = ")
			f := strings.Fields(def)
			if !ok || len(f) < 2 || len(f) > 3 {
				t.Errorf("%s: malformed line %q", name, l)
				continue
			}
			if phrase != strings.ToLower(phrase) || strings.Join(strings.Fields(phrase), " ") != phrase {
				t.Errorf("%s: phrase %q not lower case with single spaces", name, phrase)
			}
			if !kinds[Kind(f[0])] {
				t.Errorf("%s: %q: unknown kind %q", name, l, f[0])
			}
			if !certs[Certainty(f[1])] {
				t.Errorf("%s: %q: unknown certainty %q", name, l, f[1])
			}
			if len(f) == 3 && !knownCueRule(f[2]) {
				t.Errorf("%s: %q: unknown rule %q", name, l, f[2])
			}
		}
	}
}
