package newsparse

import (
	"embed"
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/wordlist"
)

// The word lists live in lexicon/*.txt, one entry a line, "#" starting a
// comment. Each is parsed once, on first use, into a read-only value.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// lexiconLines returns the entries of lexicon/name: lines with comments
// and surrounding space removed, blank lines skipped. A missing file is a
// programming error caught by the lexicon tests, so it yields no entries
// rather than a panic.
func lexiconLines(name string) []string {
	data, err := lexiconFiles.ReadFile("lexicon/" + name)
	if err != nil {
		return nil
	}
	return wordlist.Parse(data)
}

// lexiconSet returns the entries of lexicon/name as a set.
func lexiconSet(name string) map[string]bool {
	lines := lexiconLines(name)
	set := make(map[string]bool, len(lines))
	for _, l := range lines {
		set[l] = true
	}
	return set
}

var (
	titleAbbrevs = sync.OnceValue(func() map[string]bool { return lexiconSet("titles.txt") })
	otherAbbrevs = sync.OnceValue(func() map[string]bool { return lexiconSet("abbreviations.txt") })
	starterWords = sync.OnceValue(func() map[string]bool { return lexiconSet("starters.txt") })
	newsAgencies = sync.OnceValue(func() map[string]bool { return lexiconSet("agencies.txt") })
)

// isAbbreviation reports whether w (without its period) is a known
// abbreviation or abbreviated title.
func isAbbreviation(w string) bool {
	if len(w) > 6 {
		return false
	}
	if isASCII(w) {
		a := asciiAbbrevs()
		// Most words before a period start with a letter no abbreviation
		// of their length starts with: "said.", "Trump."
		return w != "" && a.first[len(w)][w[0]] && a.set[w] // one lookup for the three below
	}
	return isTitleAbbrev(w) || otherAbbrevs()[w] || otherAbbrevs()[strings.ToLower(w)]
}

// abbrevSet is every ASCII w for which isAbbreviation is true, and for
// each length of w up to 6 the bytes such a w can start with.
type abbrevSet struct {
	set   map[string]bool
	first [7][256]bool
}

// asciiAbbrevs holds every ASCII w for which isAbbreviation is true: the
// titles and abbreviations as written, and the abbreviations written in
// lower case (etc, vs) in any case.
var asciiAbbrevs = sync.OnceValue(func() *abbrevSet {
	a := &abbrevSet{set: map[string]bool{}}
	for t := range titleAbbrevs() {
		a.set[t] = true
	}
	for o := range otherAbbrevs() {
		a.set[o] = true
		if o == strings.ToLower(o) && isASCII(o) {
			addCaseForms(a.set, []byte(o), 0)
		}
	}
	for w := range a.set {
		if w != "" && len(w) <= 6 {
			a.first[len(w)][w[0]] = true
		}
	}
	return a
})

// addCaseForms adds to set every form of w with its letters from i on in
// either case.
func addCaseForms(set map[string]bool, w []byte, i int) {
	for i < len(w) && !('a' <= w[i] && w[i] <= 'z') {
		i++
	}
	if i == len(w) {
		set[string(w)] = true
		return
	}
	addCaseForms(set, w, i+1)
	w[i] -= 'a' - 'A'
	addCaseForms(set, w, i+1)
	w[i] += 'a' - 'A'
}

// isTitleAbbrev reports whether w (without its period) is an abbreviated
// title such as Mr or Sen, whose period never ends a sentence.
func isTitleAbbrev(w string) bool { return titleAbbrevs()[w] }
