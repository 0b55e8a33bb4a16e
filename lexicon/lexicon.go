// Package lexicon holds word lists of newsparse as data files, one entry
// a line, "#" starting a comment: the lists of the layers (*.txt, read
// with [Words]) and the gazetteers of the name tagger (gazetteers/*.txt,
// read with [Gazetteer]). They are embedded here so that every layer of
// newsparse, each a package of its own, reads the same lists: an embedded
// file must lie at or below the package that embeds it.
//
// The lists were written for the project from general knowledge; see the
// README for their sources and licence.
package lexicon

import (
	"embed"
	"io/fs"

	"github.com/newsparse/newsparse/internal/wordlist"
)

//go:embed gazetteers/*.txt
var gazetteers embed.FS

//go:embed *.txt
var lists embed.FS

// Words returns the entries of the word list name ("titles.txt"): its
// lines with comments and surrounding space removed, blank lines skipped.
// It returns nil when there is no such list. Each call reads the list
// anew: a caller keeps what it needs.
func Words(name string) []string {
	data, err := lists.ReadFile(name)
	if err != nil {
		return nil
	}
	return wordlist.Parse(data)
}

// Set returns the entries of the word list name as a set, or an empty set
// when there is no such list.
func Set(name string) map[string]bool {
	words := Words(name)
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// Names returns the names of the word lists that [Words] reads, sorted.
func Names() []string {
	names, _ := fs.Glob(lists, "*.txt")
	return names
}

// Gazetteer returns the contents of gazetteers/name ("countries.txt"), or
// nil when there is no such list.
func Gazetteer(name string) []byte {
	data, err := gazetteers.ReadFile("gazetteers/" + name)
	if err != nil {
		return nil
	}
	return data
}
