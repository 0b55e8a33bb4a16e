package reading

import (
	"strings"
	"sync"

	"github.com/newsparse/newsparse/lexicon"
)

var (
	titleAbbrevs = sync.OnceValue(func() map[string]bool { return lexicon.Set("titles.txt") })
	otherAbbrevs = sync.OnceValue(func() map[string]bool { return lexicon.Set("abbreviations.txt") })
)

// IsAbbreviation reports whether w (without its period) is a known
// abbreviation or abbreviated title.
func IsAbbreviation(w string) bool {
	if len(w) > 6 {
		return false
	}
	if IsASCII(w) {
		a := asciiAbbrevs()
		// Most words before a period start with a letter no abbreviation
		// of their length starts with: "said.", "Trump."
		return w != "" && a.first[len(w)][w[0]] && a.set[w] // one lookup for the three below
	}
	return IsTitleAbbrev(w) || otherAbbrevs()[w] || otherAbbrevs()[strings.ToLower(w)]
}

// abbrevSet is every ASCII w for which IsAbbreviation is true, and for
// each length of w up to 6 the bytes such a w can start with.
type abbrevSet struct {
	set   map[string]bool
	first [7][256]bool
}

// asciiAbbrevs holds every ASCII w for which IsAbbreviation is true: the
// titles and abbreviations as written, and the abbreviations written in
// lower case (etc, vs) in any case.
var asciiAbbrevs = sync.OnceValue(func() *abbrevSet {
	a := &abbrevSet{set: map[string]bool{}}
	for t := range titleAbbrevs() {
		a.set[t] = true
	}
	for o := range otherAbbrevs() {
		a.set[o] = true
		if o == strings.ToLower(o) && IsASCII(o) {
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

// IsTitleAbbrev reports whether w (without its period) is an abbreviated
// title such as Mr or Sen, whose period never ends a sentence.
func IsTitleAbbrev(w string) bool { return titleAbbrevs()[w] }

var (
	starterWords = sync.OnceValue(func() map[string]bool { return lexicon.Set("starters.txt") })
	newsAgencies = sync.OnceValue(func() map[string]bool { return lexicon.Set("agencies.txt") })
)
