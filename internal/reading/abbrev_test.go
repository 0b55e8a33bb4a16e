package reading

import (
	"strings"
	"testing"
)

func TestLexiconLookups(t *testing.T) {
	for _, w := range []string{"Mr", "Sen", "Inc", "Jan", "etc", "vs", "Etc"} {
		if !IsAbbreviation(w) {
			t.Errorf("IsAbbreviation(%q) = false", w)
		}
	}
	for _, w := range []string{"Said", "The", "mr", "Putin", ""} {
		if IsAbbreviation(w) {
			t.Errorf("IsAbbreviation(%q) = true", w)
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
		want := len(w) <= 6 && (IsTitleAbbrev(w) || otherAbbrevs()[w] || otherAbbrevs()[strings.ToLower(w)])
		if got := IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}
