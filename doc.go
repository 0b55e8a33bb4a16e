// Package newsparse reads a news article the way an editor does. Given the
// plain text of an article (and, optionally, when it was published), [Parse]
// returns its structure: headline, byline, dateline, paragraphs and
// sentences; the people, organisations and places it names; who said what;
// when things happened; and which claims the article itself does not vouch
// for.
//
//	a := newsparse.Parse(text, newsparse.Options{Published: pub})
//	for _, q := range a.Quotes {
//		fmt.Println(q.Kind, q.Text)
//	}
//
// Everything runs in one process, in pure Go, with no model download, no
// network and no daemon. Word lists and model weights are embedded.
//
// # English only
//
// newsparse reads English news in UTF-8. Its word lists, name tagger, date
// grammar and reporting verbs are English: text in another language still
// gets paragraphs and sentences, but loses most quotes, dates and claims,
// silently. Text in a legacy encoding (Latin-1) is read with each invalid
// byte as U+FFFD; the command-line tool warns about such input and about
// input that looks binary.
//
// # Layers
//
// Parse runs one pure function per layer ([Options].Layers runs only some,
// with the layers they need; see [Layer]). The layers are rooms: the
// reading of the text is package internal/reading, which every layer reads
// and which knows of none; each layer is a package of its own
// (internal/names, internal/quotes, internal/times, internal/timeline,
// internal/claims, internal/tokens) that reads the reading and the layers
// below it, nothing else, as the compiler enforces. This package is the
// public face: the types, [Parse], and a file per layer that turns the
// layer's findings into spans of the text (entity.go, quote.go, times.go,
// timeline.go, claim.go, tokens.go) and links them to one another.
//
//   - paragraphs and sentences (internal/reading): blank
//     lines, one paragraph a line, hard-wrapped wire copy, CRLF, lone CR,
//     U+2028 and U+2029, indented paragraphs and lists are all recognized.
//   - header and credits (internal/reading/header.go): a headline, byline ("By Jane Doe",
//     "Jane Doe | Reuters") and dateline ("WASHINGTON (Reuters) -", "LONDON
//     1996-08-30") among the first lines, each on its own evidence, are kept
//     apart from the body; so are the credit lines that end an article
//     ([Article].Credits), which no other layer reads. Sentences end at "." "!" "?" "…" and at any
//     Unicode sentence terminal, but not after titles (Mr., Sen.), initials
//     (Donald J. Trump), decimals or versions; a dotted acronym (U.S.) ends a
//     sentence only when the next word plainly starts one. Sentences never
//     cross a paragraph.
//   - entities (internal/names): [Entity] values, each once, with every mention.
//   - quotes (internal/quotes): direct, partial and reported speech ([Quote]).
//   - times and timeline (internal/times, internal/timeline): TIMEX3 expressions ([Time])
//     resolved against [Options].Published, and the events they anchor
//     ([Event]).
//   - claims (internal/claims): hedged, attributed or contested assertions ([Claim]).
//
// # Spans
//
// Every finding carries byte offsets into the input exactly as given:
// text[Start:End] is the finding's text, and [Span].Text holds it already
// (a substring sharing the input's memory). Nothing is normalized in a way
// that moves an offset: curly quotes, CRLF line ends and NFD text stay as
// they are. Invalid UTF-8 is read as U+FFFD, one byte at a time, and NUL
// bytes are ordinary characters.
//
// # JSON
//
// An [Article] marshals to the JSON that the command-line tool
// (cmd/newsparse) writes, a contract read by outside evaluations. Keys are
// lower case; an absent optional object is null; a list is [], never null.
//
//	{"published": "2025-08-16" | null, "version": "0.2.0",
//	 "headline": Span | null, "byline": Span | null, "dateline": Span | null,
//	 "paragraphs": [{"start", "end", "text", "sentences": [{"start", "end", "text"}]}],
//	 "entities":   [{"id", "name", "type", "mentions": [Span]}],
//	 "quotes":     [{"start", "end", "text", "kind", "speaker": Span+{"entity"} | null, "cue": Span | null}],
//	 "times":      [{"start", "end", "text", "type", "value", "mod"}],
//	 "timeline":   [{"time", "value", "event": Span, "sentence": {"start", "end"}, "entities": ["e1"]}],
//	 "claims":     [{"start", "end", "text", "hedged", "certainty", "cues": [Span+{"kind"}], "source": Span+{"entity"} | null}],
//	 "credits":    [Span]}
//
// where Span is {"start": int, "end": int, "text": string} in bytes, end
// exclusive. A timeline event's sentence has offsets only: its text is in
// the paragraphs, written once however many events the sentence holds.
// "version" is [Version]; see there what may change between versions. [Article.JSON] writes the offsets in runes (for Python) or UTF-16
// units (for JavaScript) instead; [Article.UnmarshalJSON] reads the JSON
// back. The JSON Schema is schema/article.schema.json in the repository.
// With Options.Tokens the object also has "tokens": [{"start",
// "end", "pos", "chunk"}], every word with its Penn Treebank tag and IOB2
// chunk tag ("B-NP", "I-VP", "O"); without, the key is absent.
//
// # Concurrency and limits
//
// Parse is a pure function: it keeps no state between calls, is safe for
// concurrent use from any number of goroutines, and gives the same output
// for the same input. Word lists are parsed once, on first use, into
// read-only tables.
//
// Any string is a valid article. Parse never fails and never panics; empty
// or blank text gives an empty, non-nil Article. Its time and memory grow
// linearly with the input, so it can be handed untrusted text: a 10 MB
// paragraph, ten thousand unbalanced quote marks, or a hundred thousand
// one-line paragraphs all parse in time proportional to their size. On
// news, Parse allocates about 13 bytes per input byte (a per-call
// workspace is reused from call to call), and at most 40 on any input the
// tests throw at it; a 10 MB article peaks at about 40 times its size in
// resident memory. The README says how each figure is measured.
package newsparse
