// Package syntax is newsparse's part-of-speech tagger (Penn Treebank tags)
// and phrase chunker (IOB2 tags over NP, VP, PP, ADVP, ADJP, SBAR, ...).
//
// Both are averaged perceptrons that tag a sentence left to right, each
// word seeing the two tags chosen before it: the tagger greedily, the
// chunker with a beam (the best few sequences of tags so far, three for
// the embedded model, which keeps its width), learnt with the same beam
// (max-violation updates: see trainChunkBeam). A feature is a
// template and a value packed into a 64-bit key: the template in the top
// byte, the value below it as it is when it fits (a word's hash, a tag,
// a word's hash and a tag), hashed when it does not. A model keeps, for
// each feature it learned, the int16 weights of the tags the feature
// speaks for, and the words of training.
//
// The features define the model (posFeatures, chunkFeatures: what training
// reads, and what TagReference and ChunkReference look up one by one), but
// the taggers do not look them up one by one. When a model loads, it sums,
// for each word of its vocabulary, the weights of every feature that reads
// that word alone into one row of scores per place the word is read from
// (the word tagged, the one before, after, ...); it gathers the features
// of a word with a tag in short lists by word and by suffix; and the
// chunker sums its features of tags alone into dense tables (pairs of
// tags, previous chunk tags), with a small table for those of three tags.
// Tagging a word is then a look-up in the vocabulary, a few row additions
// and short list scans. A word out of the vocabulary has its rows summed
// on the spot (from a small table of affix and shape features; a feature
// of a word that is no word of training cannot exist, so none is looked
// up) and kept in the Tagger. A row of mostly zeros (all the chunker's,
// the tagger's of the words two away) is kept as the list of its other
// values; another in 16 bits, what does not fit in that list. Each word's
// rows are added once into the sums of the words that read them. Tagging
// is bound by memory more than by sums: before a sentence is summed, a
// short loop reads a little of each cache line that summing it will read,
// so that the processor waits for them together. Once these tables are made, a model's hash table keeps only the
// features still looked up one by one; the reference decoders decode
// the full table again when first called. TestFastMatchesSlow holds the
// fast road to the reference decoders, tag for tag, and TestRowSums the
// sums of rows to the features they sum.
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
// hold its own Tagger, whose TagChunk does both reading each word once.
// Once a Tagger's buffers have grown, tagging allocates nothing. A Tagger
// keeps, besides its buffers, the rows of words out of the vocabulary it
// met before: a cache, which changes no result.
package syntax
