package lexicon_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/lexicon"
	"golang.org/x/text/unicode/norm"
)

// TestLexicons keeps every word list sorted (byte order), free of
// duplicates and normalized (NFC, single spaces, no stray white space), so
// that a list can be read, diffed and merged by hand.
func TestLexicons(t *testing.T) {
	names := lexicon.Names()
	if len(names) == 0 {
		t.Fatal("no lexicons embedded")
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			entries := lexicon.Words(name)
			if len(entries) == 0 {
				t.Fatal("empty")
			}
			if !sort.StringsAreSorted(entries) {
				for i := 1; i < len(entries); i++ {
					if entries[i-1] > entries[i] {
						t.Errorf("not sorted: %q before %q", entries[i-1], entries[i])
						break
					}
				}
			}
			seen := map[string]bool{}
			for _, e := range entries {
				if seen[e] {
					t.Errorf("duplicate %q", e)
				}
				seen[e] = true
				if !norm.NFC.IsNormalString(e) {
					t.Errorf("%q is not NFC", e)
				}
				if strings.Join(strings.Fields(e), " ") != e {
					t.Errorf("%q has stray white space", e)
				}
			}
		})
	}
}

func TestMissingList(t *testing.T) {
	if lexicon.Words("no-such-list.txt") != nil {
		t.Error("a missing list has entries")
	}
}
