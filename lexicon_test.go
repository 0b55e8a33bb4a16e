package newsparse

import (
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestLexicons keeps every word list sorted (byte order), free of
// duplicates and normalized (NFC, single spaces, no stray white space), so
// that a list can be read, diffed and merged by hand.
func TestLexicons(t *testing.T) {
	files, err := fs.Glob(lexiconFiles, "lexicon/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no lexicons embedded: %v", err)
	}
	for _, f := range files {
		name := path.Base(f)
		t.Run(name, func(t *testing.T) {
			entries := lexiconLines(name)
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

func TestLexiconLookups(t *testing.T) {
	for _, w := range []string{"Mr", "Sen", "Inc", "Jan", "etc", "vs", "Etc"} {
		if !isAbbreviation(w) {
			t.Errorf("isAbbreviation(%q) = false", w)
		}
	}
	for _, w := range []string{"Said", "The", "mr", "Putin", ""} {
		if isAbbreviation(w) {
			t.Errorf("isAbbreviation(%q) = true", w)
		}
	}
	// asciiAbbrevs answers as the three lists do, for every case form of
	// every entry and for the words above.
	words := []string{"Said", "The", "mr", "Putin", "", "MR", "ETC", "eTc", "VS", "INC", "inc", "Gov't", "GOV'T", "A", "ab"}
	for _, list := range []map[string]bool{titleAbbrevs(), otherAbbrevs()} {
		for e := range list {
			words = append(words, e, strings.ToLower(e), strings.ToUpper(e), strings.ToUpper(e[:1])+strings.ToLower(e[1:]))
		}
	}
	for _, w := range words {
		want := len(w) <= 6 && (isTitleAbbrev(w) || otherAbbrevs()[w] || otherAbbrevs()[strings.ToLower(w)])
		if got := isAbbreviation(w); got != want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
	if lexiconLines("no-such-list.txt") != nil {
		t.Error("a missing list has entries")
	}
}
