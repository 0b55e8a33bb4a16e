// Package lexicon holds word lists of newsparse as data files, one entry
// a line, "#" starting a comment. Most are read by the newsparse package
// itself; the gazetteers of the name tagger, in gazetteers/, are embedded
// here, for the tagger (internal/ner) to read: an embedded file must lie
// at or below the package that embeds it.
//
// The lists were written for the project from general knowledge; see the
// README for their sources and licence.
package lexicon

import "embed"

//go:embed gazetteers/*.txt
var gazetteers embed.FS

// Gazetteer returns the contents of gazetteers/name ("countries.txt"), or
// nil when there is no such list.
func Gazetteer(name string) []byte {
	data, err := gazetteers.ReadFile("gazetteers/" + name)
	if err != nil {
		return nil
	}
	return data
}
