package reading

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	Alpha  Kind = iota // letters, maybe with digits, hyphens, apostrophes: Putin, re-invasion, O'Brien, 3rd
	Number             // starts with a digit: 2025, 3.5, 1,000, 15:30, 3/22, 2013-03-22
	Abbrev             // ends in a period that belongs to it: Mr., U.S., J., a.m., Jan.
	Punct              // one punctuation mark or symbol, or a run such as "..." or "--"
	Quote              // a quotation mark: " ' “ ” ‘ ’ « » „
	Poss               // a possessive ending split off a name: 's, ’s
)

// Word is one token: a byte range of the text and its kind.
type Word struct {
	Start, End int
	Kind       Kind
}

// Tokenize appends the tokens of text[start:end] to ws. Whitespace
// separates tokens and belongs to none; every other byte belongs to exactly
// one token. It runs in time linear in end-start.
func Tokenize(ws []Word, text string, start, end int) []Word {
	return ScanTokens(ws, nil, text, start, end)
}

// ScanTokens is tokenize; when lw is not nil it also gives lw, as it
// finds them, the lower-case form of each token and the tokens that may end
// a sentence, so that no second pass reads the words again.
func ScanTokens(ws []Word, lw *Lowering, text string, start, end int) []Word {
	var low []string // lw.Lower and lw.Stops, kept in registers
	var stops []int
	if lw != nil {
		low, stops = lw.Lower, lw.Stops
	}
	i := start
	for i < end {
		c := text[i]
		r, n := rune(c), 1
		var isWord bool
		if c < utf8.RuneSelf {
			switch tokenClass[c] {
			case classSpace:
				i++
				continue
			case classWord:
				// Most words are ASCII letters or digits up to a space or
				// a mark that joins no words: no need for scanWord.
				if j := skipWordBytes(text[:end], i+1); j == end || endsWord[text[j]] {
					k := Alpha
					if IsDigitByte(c) {
						k = Number
					}
					ws = append(ws, Word{i, j, k})
					if lw != nil {
						low = lw.addASCII(low, text[i:j])
					}
					i = j
					continue
				}
				isWord = true
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if IsSpace(r) {
				i += n
				continue
			}
			isWord = isWordRune(r)
		}
		switch {
		case isWord:
			j, k, nonASCII := scanWord(text, i, end)
			ws = append(ws, Word{i, j, k})
			if lw != nil {
				if !nonASCII {
					low = lw.addASCII(low, text[i:j])
				} else {
					low = lw.addRunes(low, text[i:j])
				}
				if k == Abbrev {
					stops = append(stops, len(ws)-1)
				}
			}
			// A possessive ending after a word: Putin's, Putin’s. Its
			// apostrophe starts with one of these bytes.
			if j < end && (text[j] == '\'' || text[j] == 0xE2) {
				if p := possessiveAt(text, j, end); p > j {
					ws = append(ws, Word{j, p, Poss})
					if lw != nil {
						low = append(low, "'s") // any of 's 'S ’s ’S
					}
					j = p
				}
			}
			i = j
		case IsQuoteRune(r):
			ws = append(ws, Word{i, i + n, Quote})
			if lw != nil {
				low = lw.addMark(low, text, i, i+n, r)
			}
			i += n
		default:
			j := i + n
			// Runs of the same mark are one token: "...", "--", "!!".
			if r == '.' || r == '-' || r == '!' || r == '?' || r == '_' {
				for j < end && text[j] == byte(r) {
					j++
				}
			}
			ws = append(ws, Word{i, j, Punct})
			if lw != nil {
				low = lw.addMark(low, text, i, j, r)
				if IsTerminal(text, ws[len(ws)-1]) {
					stops = append(stops, len(ws)-1)
				}
			}
			i = j
		}
	}
	if lw != nil {
		lw.Lower, lw.Stops = low, stops
	}
	return ws
}

// Byte classes, for the tokenizer's fast path: every byte of UTF-8 that
// is not ASCII is classOther.
const (
	classOther uint8 = iota
	classSpace
	classWord // ASCII letters and digits
)

var tokenClass = [256]uint8{
	' ': classSpace, '\t': classSpace, '\n': classSpace, '\r': classSpace, '\v': classSpace, '\f': classSpace,
	'0': classWord, '1': classWord, '2': classWord, '3': classWord, '4': classWord,
	'5': classWord, '6': classWord, '7': classWord, '8': classWord, '9': classWord,
	'A': classWord, 'B': classWord, 'C': classWord, 'D': classWord, 'E': classWord, 'F': classWord,
	'G': classWord, 'H': classWord, 'I': classWord, 'J': classWord, 'K': classWord, 'L': classWord,
	'M': classWord, 'N': classWord, 'O': classWord, 'P': classWord, 'Q': classWord, 'R': classWord,
	'S': classWord, 'T': classWord, 'U': classWord, 'V': classWord, 'W': classWord, 'X': classWord,
	'Y': classWord, 'Z': classWord,
	'a': classWord, 'b': classWord, 'c': classWord, 'd': classWord, 'e': classWord, 'f': classWord,
	'g': classWord, 'h': classWord, 'i': classWord, 'j': classWord, 'k': classWord, 'l': classWord,
	'm': classWord, 'n': classWord, 'o': classWord, 'p': classWord, 'q': classWord, 'r': classWord,
	's': classWord, 't': classWord, 'u': classWord, 'v': classWord, 'w': classWord, 'x': classWord,
	'y': classWord, 'z': classWord,
}

// Decode returns the rune at text[i:] (not reading past end) and its size.
// Invalid UTF-8 decodes as utf8.RuneError of size 1.
func Decode(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// IsSpace reports whether r separates words: Unicode white space, the
// zero-width space and the byte-order mark; no dash, quotation mark or
// bullet of General Punctuation.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	if '‐' <= r && r <= '‧' {
		return false // dashes, quotes, bullets, "…": the common marks of news
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if generalPunctuation(r) {
		return false // no letter, digit or mark there
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// generalPunctuation reports whether r is in the Unicode block of that
// name, U+2000 to U+206F: spaces, dashes, quotes, bullets, "…".
func generalPunctuation(r rune) bool { return '\u2000' <= r && r <= '\u206f' }

// IsQuoteRune reports whether r is a quotation mark, straight or curly.
func IsQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '`':
		return true
	}
	return false
}

// IsApostrophe reports whether r is an apostrophe, straight or curly.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' }

// IsHyphen reports whether r is a hyphen.
func IsHyphen(r rune) bool { return r == '-' || r == '‑' || r == '‐' }

// scanWord reads the word starting at i and returns its end, its kind and
// whether it has a byte that is not ASCII.
// Inside a word, an apostrophe or hyphen followed by a letter or digit
// continues it (O'Brien, Elmendorf-Richardson), except the possessive 's;
// after a digit, "." "," ":" "/" followed by a digit continue a number.
// Single letters joined by periods (U.S., a.m., J.) and the lexicon's
// abbreviations keep their period.
func scanWord(text string, i, end int) (int, Kind, bool) {
	start := i
	// Only a letter followed by a period, or a non-ASCII one, can open a
	// dotted run.
	if c := text[i]; c >= utf8.RuneSelf || i+1 < end && text[i+1] == '.' {
		if j := dottedAt(text, i, end); j > i {
			return j, Abbrev, !IsASCII(text[i:j])
		}
	}
	kind := Alpha
	if IsDigitByte(text[i]) {
		kind = Number
	}
	nonASCII := false
	s := text[:end] // i < len(s) spares the bounds checks
	for {
		if i = skipWordBytes(s, i); i >= len(s) {
			break
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if r, n = utf8.DecodeRuneInString(s[i:]); isWordRune(r) {
				nonASCII = true
				i += n
				continue
			}
		}
		if i+n >= end || !isConnector(r) {
			break // most words end at a space or a comma
		}
		next, _ := Decode(text, i+n, end)
		if !isWordRune(next) {
			break
		}
		switch {
		case IsApostrophe(r):
			if possessiveAt(text, i, end) > i {
				return i, kind, nonASCII
			}
		case IsHyphen(r), r == '&' && kind == Alpha && i-start <= 2:
			// AT&T, and hyphenated compounds
		case (r == '.' || r == ',' || r == ':' || r == '/') && IsDigitByte(text[i-1]) && IsDigitByte(text[i+n]):
		default:
			return i, kind, nonASCII
		}
		nonASCII = nonASCII || n > 1
		i += n
	}
	if i < end && text[i] == '.' && kind == Alpha && keepsPeriod(text, start, i, end) {
		return i + 1, Abbrev, nonASCII
	}
	return i, kind, nonASCII
}

// skipWordBytes returns the index of the first byte of s from i on that
// is not an ASCII letter or digit, or len(s).
func skipWordBytes(s string, i int) int {
	// Eight bytes at a time, then one at a time.
	for i+8 <= len(s) {
		if m := nonWordBytes(Load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < len(s) && tokenClass[s[i]] == classWord {
		i++
	}
	return i
}

// endsWord[c] is whether an ASCII word is sure to end at c: white space,
// or a mark that does not join words as "'" "-" "&" "." "," ":" "/" may.
var endsWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = tokenClass[c] != classWord && !isConnector(rune(c))
	}
	return t
}()

// Load64 returns the eight bytes at s[i:], the first the lowest.
func Load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Repeated in each byte of a uint64.
const (
	bytes01 = 0x0101010101010101
	bytes80 = 0x8080808080808080
)

// nonWordBytes returns x with the high bit of each byte set, and the
// others clear, where the byte is not an ASCII letter or digit.
func nonWordBytes(x uint64) uint64 {
	y := x &^ bytes80 // the low seven bits: adding below never carries
	// A byte b is in [lo, hi] when b+0x80-lo has its high bit and
	// b+0x7f-hi does not.
	digit := (y + bytes01*(0x80-'0')) &^ (y + bytes01*(0x7f-'9'))
	l := y | bytes01*0x20 // ASCII letters in lower case; no other byte becomes one
	letter := (l + bytes01*(0x80-'a')) &^ (l + bytes01*(0x7f-'z'))
	return ^(digit|letter)&bytes80 | x&bytes80
}

// isConnector reports whether r may join two parts of one word:
// apostrophes, hyphens, "&", and the separators inside numbers.
func isConnector(r rune) bool {
	switch r {
	case '\'', '’', '-', '‑', '‐', '&', '.', ',', ':', '/':
		return true
	}
	return false
}

// IsDigitByte reports whether c is an ASCII digit.
func IsDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// possessiveAt returns the end of a possessive ending ('s or ’s, any case)
// at text[i:], or i when there is none. The ending must not run on into a
// letter: "Putin's" has one, "O'Shea" does not.
func possessiveAt(text string, i, end int) int {
	if i >= end {
		return i
	}
	r, n := Decode(text, i, end)
	if !IsApostrophe(r) || i+n >= end || (text[i+n] != 's' && text[i+n] != 'S') {
		return i
	}
	j := i + n + 1
	if j < end {
		if next, _ := Decode(text, j, end); isWordRune(next) {
			return i
		}
	}
	return j
}

// dottedAt returns the end of a run of single letters each followed by a
// period, at least two of them (U.S., a.m., J.R.R.), or i when there is none.
func dottedAt(text string, i, end int) int {
	// Fast exit: an ASCII letter not followed by a period.
	if c := text[i]; c < utf8.RuneSelf && (i+1 >= end || text[i+1] != '.') {
		return i
	}
	j, n := i, 0
	for j < end && isLetterDot(text, j, end) {
		_, size := Decode(text, j, end)
		j += size + 1
		n++
	}
	if n < 2 {
		return i
	}
	return j
}

// isLetterDot reports whether text[k:] starts with one letter and a period.
func isLetterDot(text string, k, end int) bool {
	r, size := Decode(text, k, end)

	return unicode.IsLetter(r) && k+size < end && text[k+size] == '.'
}

// keepsPeriod reports whether the period at text[dot] belongs to the word
// text[start:dot]: an initial (J.), a dotted acronym (U.S., a.m.), or a
// known abbreviation (Mr., Jan., Inc.).
func keepsPeriod(text string, start, dot, end int) bool {
	w := text[start:dot]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial: J.
	}
	return IsAbbreviation(w)
}

// Lowering is what the tokenizer gathers for newDoc besides the words:
// the lower-case form of every token, and the tokens that may end a
// sentence.
//
// The lower-case form of a word has curly apostrophes straightened
// ("Putin’s" -> "putin's"): the form the lexicons are looked up in. Most
// are the words themselves, substrings of the text: those with no
// capital; the others share one allocation.
type Lowering struct {
	// stops are the indexes of the tokens that may end a sentence, in
	// order: abbreviations, and punctuation that isTerminal.
	Stops []int
	// lower[i] is the lower-case form of token i, or "" until finish
	// when it is in buf.
	Lower []string
	// buf holds the forms that are not substrings of text, in token
	// order, and odd says which tokens they are of.
	Buf []byte
	Odd []LoweredLen
}

// LoweredLen is the length in Lowering.buf of token i's lower-case form.
type LoweredLen struct{ I, N int }

// addASCII appends to low the lower-case form of the ASCII token s: s
// itself when it has no capital letter, else its copy in buf, lowered.
func (lw *Lowering) addASCII(low []string, s string) []string {
	for k := 0; k < len(s); k++ {
		if 'A' <= s[k] && s[k] <= 'Z' {
			n := len(lw.Buf)
			lw.Buf = append(lw.Buf, s...)
			for b := lw.Buf[n+k:]; len(b) > 0; b = b[1:] {
				if 'A' <= b[0] && b[0] <= 'Z' {
					b[0] += 'a' - 'A'
				}
			}
			lw.Odd = append(lw.Odd, LoweredLen{len(low), len(s)})
			return append(low, "")
		}
	}
	return append(low, s)
}

// addMark appends to low the lower-case form of the punctuation or quote
// token text[i:j] that starts with r: ASCII marks, or one rune.
func (lw *Lowering) addMark(low []string, text string, i, j int, r rune) []string {
	switch {
	case r < utf8.RuneSelf: // no letter: no capital
		return append(low, text[i:j])
	case r == '’':
		return append(low, "'")
	case unicode.ToLower(r) == r: // any mark but a few symbols (Ⓐ); also RuneError
		return append(low, text[i:j]) // one rune, which has no capital
	}
	return lw.addRunes(low, text[i:j])
}

// addRunes appends to low the lower-case form of a token s that is not
// all ASCII.
func (lw *Lowering) addRunes(low []string, s string) []string {
	n := len(lw.Buf)
	lw.Buf = AppendLower(lw.Buf, s)
	lw.Odd = append(lw.Odd, LoweredLen{len(low), len(lw.Buf) - n})
	return append(low, "")
}

// Finish returns the lower-case forms of the tokens, given to lw in order.
func (lw *Lowering) Finish() []string {
	low := lw.Lower
	all := string(lw.Buf)
	pos := 0
	for _, o := range lw.Odd {
		low[o.I] = all[pos : pos+o.N]
		pos += o.N
	}
	return low
}

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AppendLower appends s in lower case, with curly apostrophes
// straightened, to b.
func AppendLower(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	for k := n; k < len(b); k++ {
		c := b[k]
		if c >= utf8.RuneSelf {
			return appendLowerRunes(b[:k], s[k-n:])
		}
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return b
}

// appendLowerRunes is AppendLower for text that is not all ASCII.
func appendLowerRunes(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '’' {
			b = append(b, '\'')
		} else if r == utf8.RuneError {
			b = append(b, s[i:i+n]...) // keep invalid bytes as they are
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += n
	}
	return b
}

// IsTerminal reports whether the punctuation w can end a sentence: "."
// "!" "?" "…", or any other character with Unicode's Sentence_Terminal
// property ("。", "।", "؟").
func IsTerminal(text string, w Word) bool {
	switch c := text[w.Start]; {
	case c == '.' || c == '!' || c == '?':
		return true
	case c < utf8.RuneSelf:
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[w.Start:w.End])
	return r == '…' || unicode.Is(unicode.Sentence_Terminal, r)
}
