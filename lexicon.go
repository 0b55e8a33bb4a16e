package newsparse

import (
	"embed"
	"strings"
	"sync"
	"unicode/utf8"

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
	if isTitleAbbrev(w) || otherAbbrevs()[w] {
		return true
	}
	// w lowered, without strings.ToLower's allocation when w is ASCII.
	var b [6]byte
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return otherAbbrevs()[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		b[i] = c
	}
	return upper && otherAbbrevs()[string(b[:len(w)])]
}

// isTitleAbbrev reports whether w (without its period) is an abbreviated
// title such as Mr or Sen, whose period never ends a sentence.
func isTitleAbbrev(w string) bool { return titleAbbrevs()[w] }
