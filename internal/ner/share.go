package ner

// What the name tagger reads of a word, for the other taggers of the
// project (internal/syntax): one pass over the word gives its hashes and
// shape flags, the same way for every tagger.

// More shape flags of WordInfo, beside Cap and Lower.
const (
	// AllCaps marks a word of at least two letters, all upper case.
	AllCaps = fAllCaps
	// Digit marks a word with a digit.
	Digit = fDigit
)

// WordInfo returns in one pass over w the FNV-1a hash of w lower-cased,
// the hash of its collapsed shape ("Xx", "X.X.", "dd") and its shape flags
// (Cap, Lower, AllCaps, Digit; no gazetteer flags).
func WordInfo(w string) (lower, shape uint32, flags uint16) {
	return wordInfo(w)
}
