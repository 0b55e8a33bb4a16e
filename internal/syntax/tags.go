package syntax

// The tag sets. A tag is a small number, an index into POSTags or
// ChunkTags; the models store tags by these numbers, and Load checks that
// a model knows the same set.

// POSTags are the Penn Treebank part-of-speech tags, as CoNLL-2003 writes
// them: straight double quotes are `"`, brackets "(" and ")".
var POSTags = [...]string{
	"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS",
	"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD",
	"RB", "RBR", "RBS", "RP", "DT", "PDT", "WDT", "WP", "WP$", "WRB",
	"PRP", "PRP$", "IN", "TO", "CC", "CD", "EX", "FW", "LS", "POS", "SYM", "UH",
	"$", "#", ".", ",", ":", "(", ")", "\"", "''", "``",
}

// Part-of-speech tag numbers, the index of each tag in POSTags.
const (
	NN uint8 = iota
	NNS
	NNP
	NNPS
	JJ
	JJR
	JJS
	VB
	VBD
	VBG
	VBN
	VBP
	VBZ
	MD
	RB
	RBR
	RBS
	RP
	DT
	PDT
	WDT
	WP
	WPS // WP$
	WRB
	PRP
	PRPS // PRP$
	IN
	TO
	CC
	CD
	EX
	FW
	LS
	POS
	SYM
	UH
	Dollar // $
	Hash   // #
	Period // .
	Comma  // ,
	Colon  // :
	LParen // (
	RParen // )
	Quote  // "
	CloseQ // ''
	OpenQ  // ``
	NumPOS // the number of part-of-speech tags
)

// ChunkTags are the IOB2 phrase-chunk tags: O, then B- and I- of each
// phrase type in turn.
var ChunkTags = [...]string{
	"O",
	"B-NP", "I-NP", "B-VP", "I-VP", "B-PP", "I-PP",
	"B-ADVP", "I-ADVP", "B-ADJP", "I-ADJP", "B-SBAR", "I-SBAR",
	"B-PRT", "I-PRT", "B-INTJ", "I-INTJ", "B-CONJP", "I-CONJP",
	"B-LST", "I-LST", "B-UCP", "I-UCP",
}

// Chunk tag numbers, the index of each tag in ChunkTags. A B tag is odd,
// and the I tag of the same phrase type follows it.
const (
	O uint8 = iota
	BNP
	INP
	BVP
	IVP
	BPP
	IPP
	BADVP
	IADVP
	BADJP
	IADJP
	BSBAR
	ISBAR
	BPRT
	IPRT
	BINTJ
	IINTJ
	BCONJP
	ICONJP
	BLST
	ILST
	BUCP
	IUCP
	NumChunk // the number of chunk tags
)

// POSName returns the name of part-of-speech tag t, or "" for a number
// beyond the set.
func POSName(t uint8) string {
	if int(t) < len(POSTags) {
		return POSTags[t]
	}
	return ""
}

// ChunkName returns the name of chunk tag t, or "" for a number beyond
// the set.
func ChunkName(t uint8) string {
	if int(t) < len(ChunkTags) {
		return ChunkTags[t]
	}
	return ""
}

// IsBegin reports whether chunk tag t opens a phrase (a B tag).
func IsBegin(t uint8) bool { return t%2 == 1 && t < NumChunk }

// Phrase returns the phrase type of chunk tag t, as its B tag (BNP for
// both B-NP and I-NP), or O.
func Phrase(t uint8) uint8 {
	if t == O || t >= NumChunk {
		return O
	}
	return t - (1 - t%2)
}

// POSIndex returns the number of the part-of-speech tag named s. A tag
// that CoNLL writes as two ("NN|SYM") counts as its first; ok is false for
// a name that is no tag.
func POSIndex(s string) (t uint8, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '|' && i > 0 {
			s = s[:i]
			break
		}
	}
	for k, n := range POSTags {
		if n == s {
			return uint8(k), true
		}
	}
	return 0, false
}

// ChunkIndex returns the number of the chunk tag named s; ok is false for
// a name that is no tag.
func ChunkIndex(s string) (t uint8, ok bool) {
	for k, n := range ChunkTags {
		if n == s {
			return uint8(k), true
		}
	}
	return 0, false
}

// chunkAllowed reports whether chunk tag t may follow prev: an I tag
// continues a phrase of its own type.
func chunkAllowed(prev, t uint8) bool {
	if t == O || IsBegin(t) {
		return true
	}
	return prev != O && Phrase(prev) == t-1
}
