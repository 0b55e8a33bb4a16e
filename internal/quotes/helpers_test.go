package quotes

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsparse/newsparse/internal/names"
	"github.com/newsparse/newsparse/internal/reading"
)

// parsed is what a test reads of a text: its quotes and its entities.
type parsed struct {
	Quotes   []Quote
	Entities []names.Entity
}

// parse reads text, finds its names and then its quotes, as Parse does
// (rulesOnly: without the learned tagger).
func parse(text string, rulesOnly bool) parsed {
	rd := reading.Read(text, nil)
	ents := names.Find(&rd, nil, nil)
	return parsed{Find(&rd, reading.GenreOf(&rd), ents, refsOf(ents), rulesOnly, nil), ents}
}

// refsOf lists the mentions of ents sorted by start, then end, as
// newsparse indexes them for this layer.
func refsOf(ents []names.Entity) []names.Ref {
	var ms []names.Ref
	for _, e := range ents {
		for _, m := range e.Mentions {
			ms = append(ms, names.Ref{Start: m.Start, End: m.End, ID: e.ID})
		}
	}
	slices.SortFunc(ms, func(a, b names.Ref) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return ms
}

// scanOf returns the layer's scanner on text, its speakers linked to the
// names found in it (withNames) or to none.
func scanOf(text string, withNames bool) *quoteScan {
	rd := reading.Read(text, nil)
	var ents []names.Entity
	if withNames {
		ents = names.Find(&rd, nil, nil)
	}
	return newQuoteScan(&doc{Doc: &rd, w: new(Scratch)}, ents, refsOf(ents))
}

// docOf reads text as Parse does.
func docOf(text string) *doc {
	rd := reading.Read(text, nil)
	return &doc{Doc: &rd, w: new(Scratch)}
}

// nspan is the names layer's Span of text[start:end].
func nspan(text string, start, end int) names.Span {
	return names.Span{Start: start, End: end, Text: text[start:end]}
}

// newsTexts returns the PolNeAR development texts next to the repository,
// or skips.
func newsTexts(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "data", "polnear", "dev", "text", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no ../shared/data/polnear/dev texts")
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
