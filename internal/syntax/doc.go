// Package syntax is newsparse's part-of-speech tagger (Penn Treebank tags)
// and phrase chunker (IOB2 tags over NP, VP, PP, ADVP, ADJP, SBAR, ...).
//
// Both are averaged perceptrons that tag a sentence greedily, left to
// right, each word seeing the two tags chosen before it. Their features
// are hashed into 64-bit keys with no string built: a word is read once
// (its lower-cased hash, shape and flags through the name tagger's
// ner.WordInfo, its affixes, its hash as written), and the chunker reads
// the part-of-speech tags around a word as well. A model keeps, for each
// feature it learned, the int16 weights of the tags the feature speaks
// for, in an open-addressing table.
//
// The models are embedded (pos.bin, chunk.bin), rebuilt by
// internal/syntaxtrain from the CoNLL-2003 training file, decoded once on
// first use and read-only after: safe for concurrent use. A model that
// does not decode gives ErrBadModel from Load and Err, never a panic; the
// taggers then give every word NN and O.
//
// The entry points take the words of one sentence as strings and fill a
// slice of tag numbers (POSTags, ChunkTags), reusing its room: Tag and
// Chunk take a Tagger from a pool; a caller that tags many sentences can
// hold its own Tagger. Once a Tagger's buffers have grown, tagging
// allocates nothing. A Tagger keeps, besides its buffers, the summed
// weights of words and tag windows it met before: a cache, which changes
// no result.
package syntax
