package newsparse

import (
	"unicode"
	"unicode/utf8"
)

// wordKind classifies a token.
type wordKind uint8

const (
	wAlpha  wordKind = iota // letters, maybe with digits, hyphens, apostrophes: Putin, re-invasion, O'Brien, 3rd
	wNumber                 // starts with a digit: 2025, 3.5, 1,000, 15:30, 3/22, 2013-03-22
	wAbbrev                 // ends in a period that belongs to it: Mr., U.S., J., a.m., Jan.
	wPunct                  // one punctuation mark or symbol, or a run such as "..." or "--"
	wQuote                  // a quotation mark: " ' “ ” ‘ ’ « » „
	wPoss                   // a possessive ending split off a name: 's, ’s
)

// word is one token: a byte range of the text and its kind.
type word struct {
	start, end int
	kind       wordKind
}

// tokenize appends the tokens of text[start:end] to ws. Whitespace
// separates tokens and belongs to none; every other byte belongs to exactly
// one token. It runs in time linear in end-start.
func tokenize(ws []word, text string, start, end int) []word {
	return scanTokens(ws, nil, text, start, end)
}

// scanTokens is tokenize; when lw is not nil it also gives lw the lower-case
// form of each token as it is found, so that no second pass reads the
// words again.
func scanTokens(ws []word, lw *lowering, text string, start, end int) []word {
	i := start
	for i < end {
		c := text[i]
		r, n := rune(c), 1
		var isWord bool
		if c < utf8.RuneSelf {
			switch cl := tokenClass[c]; {
			case cl == classSpace:
				i++
				continue
			case cl >= classLower:
				isWord = true
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if isSpace(r) {
				i += n
				continue
			}
			isWord = isWordRune(r)
		}
		switch {
		case isWord:
			j, k, fl := scanWord(text, i, end)
			ws = append(ws, word{i, j, k})
			if lw != nil {
				lw.addWord(text[i:j], fl)
			}
			// A possessive ending after a word: Putin's, Putin’s. Its
			// apostrophe starts with one of these bytes.
			if j < end && (text[j] == '\'' || text[j] == 0xE2) {
				if p := possessiveAt(text, j, end); p > j {
					ws = append(ws, word{j, p, wPoss})
					if lw != nil {
						lw.lower = append(lw.lower, "'s") // any of 's 'S ’s ’S
					}
					j = p
				}
			}
			i = j
		case isQuoteRune(r):
			ws = append(ws, word{i, i + n, wQuote})
			if lw != nil {
				lw.addMark(text[i:i+n], r)
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
			ws = append(ws, word{i, j, wPunct})
			if lw != nil {
				lw.addMark(text[i:j], r)
			}
			i = j
		}
	}
	return ws
}

// Byte classes, for the tokenizer's fast path: classLower and classUpper
// are letters and digits (classUpper the capitals, that must be lowered);
// every byte of UTF-8 that is not ASCII is classOther.
const (
	classOther uint8 = iota
	classSpace
	classLower
	classUpper
)

var tokenClass = [256]uint8{
	' ': classSpace, '\t': classSpace, '\n': classSpace, '\r': classSpace, '\v': classSpace, '\f': classSpace,
	'0': classLower, '1': classLower, '2': classLower, '3': classLower, '4': classLower,
	'5': classLower, '6': classLower, '7': classLower, '8': classLower, '9': classLower,
	'A': classUpper, 'B': classUpper, 'C': classUpper, 'D': classUpper, 'E': classUpper, 'F': classUpper,
	'G': classUpper, 'H': classUpper, 'I': classUpper, 'J': classUpper, 'K': classUpper, 'L': classUpper,
	'M': classUpper, 'N': classUpper, 'O': classUpper, 'P': classUpper, 'Q': classUpper, 'R': classUpper,
	'S': classUpper, 'T': classUpper, 'U': classUpper, 'V': classUpper, 'W': classUpper, 'X': classUpper,
	'Y': classUpper, 'Z': classUpper,
	'a': classLower, 'b': classLower, 'c': classLower, 'd': classLower, 'e': classLower, 'f': classLower,
	'g': classLower, 'h': classLower, 'i': classLower, 'j': classLower, 'k': classLower, 'l': classLower,
	'm': classLower, 'n': classLower, 'o': classLower, 'p': classLower, 'q': classLower, 'r': classLower,
	's': classLower, 't': classLower, 'u': classLower, 'v': classLower, 'w': classLower, 'x': classLower,
	'y': classLower, 'z': classLower,
}

// Flags of a word's bytes, as scanWord finds them: whether it must be
// lowered, and whether that needs its runes decoded.
const (
	hasUpper    uint8 = 1 // an ASCII capital
	hasNonASCII uint8 = 2
)

// decode returns the rune at text[i:] (not reading past end) and its size.
// Invalid UTF-8 decodes as utf8.RuneError of size 1.
func decode(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '`':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‑' || r == '‐' }

// scanWord reads the word starting at i and returns its end, its kind and
// its flags (hasUpper, hasNonASCII).
// Inside a word, an apostrophe or hyphen followed by a letter or digit
// continues it (O'Brien, Elmendorf-Richardson), except the possessive 's;
// after a digit, "." "," ":" "/" followed by a digit continue a number.
// Single letters joined by periods (U.S., a.m., J.) and the lexicon's
// abbreviations keep their period.
func scanWord(text string, i, end int) (int, wordKind, uint8) {
	start := i
	// Only a letter followed by a period, or a non-ASCII one, can open a
	// dotted run.
	if c := text[i]; c >= utf8.RuneSelf || i+1 < end && text[i+1] == '.' {
		if j := dottedAt(text, i, end); j > i {
			return j, wAbbrev, caseFlags(text[i:j])
		}
	}
	kind := wAlpha
	if isDigitByte(text[i]) {
		kind = wNumber
	}
	var acc, fl uint8 // acc ors the classes of the ASCII letters and digits
	s := text[:end]   // i < len(s) spares the bounds checks
	for {
		for i < len(s) {
			cl := tokenClass[s[i]]
			if cl < classLower {
				break
			}
			acc |= cl
			i++
		}
		if i >= len(s) {
			break
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if r, n = utf8.DecodeRuneInString(s[i:]); isWordRune(r) {
				fl |= hasNonASCII
				i += n
				continue
			}
		}
		if i+n >= end || !isConnector(r) {
			break // most words end at a space or a comma
		}
		next, _ := decode(text, i+n, end)
		if !isWordRune(next) {
			break
		}
		switch {
		case isApostrophe(r):
			if possessiveAt(text, i, end) > i {
				return i, kind, fl | acc&hasUpper
			}
		case isHyphen(r), r == '&' && kind == wAlpha && i-start <= 2:
			// AT&T, and hyphenated compounds
		case (r == '.' || r == ',' || r == ':' || r == '/') && isDigitByte(text[i-1]) && isDigitByte(text[i+n]):
		default:
			return i, kind, fl | acc&hasUpper
		}
		if n > 1 {
			fl |= hasNonASCII
		}
		i += n
	}
	fl |= acc & hasUpper // classUpper&hasUpper != 0, classLower&hasUpper == 0
	if i < end && text[i] == '.' && kind == wAlpha && keepsPeriod(text, start, i, end) {
		return i + 1, wAbbrev, fl
	}
	return i, kind, fl
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

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// possessiveAt returns the end of a possessive ending ('s or ’s, any case)
// at text[i:], or i when there is none. The ending must not run on into a
// letter: "Putin's" has one, "O'Shea" does not.
func possessiveAt(text string, i, end int) int {
	if i >= end {
		return i
	}
	r, n := decode(text, i, end)
	if !isApostrophe(r) || i+n >= end || (text[i+n] != 's' && text[i+n] != 'S') {
		return i
	}
	j := i + n + 1
	if j < end {
		if next, _ := decode(text, j, end); isWordRune(next) {
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
		_, size := decode(text, j, end)
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
	r, size := decode(text, k, end)

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
	return isAbbreviation(w)
}

// lowering builds the lower-case form of every token of a document, as
// the tokenizer finds them: each word in lower case, with curly
// apostrophes straightened ("Putin’s" -> "putin's"), the form the
// lexicons are looked up in. A word already in that form is a substring
// of the text; the others share one allocation.
type lowering struct {
	// lower[i] is the lower-case form of token i, or "" until finish
	// when it is in buf (a token is never empty).
	lower []string
	// buf holds the forms that are not substrings of the text, in token
	// order. Each has the length of its token, except those in odd.
	buf []byte
	odd []loweredLen
}

// loweredLen is the length in lowering.buf of token i's lower-case form.
type loweredLen struct{ i, n int }

// addWord adds the word s with its scanWord flags.
func (lw *lowering) addWord(s string, fl uint8) {
	switch {
	case fl == 0:
		lw.lower = append(lw.lower, s)
	case fl == hasUpper:
		lw.lower = append(lw.lower, "")
		lw.buf = appendLowerASCII(lw.buf, s)
	default:
		lw.addRunes(s)
	}
}

// addMark adds a punctuation or quote token s that starts with r: ASCII
// marks, or one rune.
func (lw *lowering) addMark(s string, r rune) {
	switch {
	case r < utf8.RuneSelf:
		lw.lower = append(lw.lower, s)
	case r == '’':
		lw.lower = append(lw.lower, "'")
	case unicode.ToLower(r) == r: // any mark but a few symbols (Ⓐ); also RuneError
		lw.lower = append(lw.lower, s)
	default:
		lw.addRunes(s)
	}
}

// addRunes adds a token s whose lower-case form may not be as long as s.
func (lw *lowering) addRunes(s string) {
	n := len(lw.buf)
	lw.buf = appendLower(lw.buf, s)
	if m := len(lw.buf) - n; m != len(s) {
		lw.odd = append(lw.odd, loweredLen{len(lw.lower), m})
	}
	lw.lower = append(lw.lower, "")
}

// finish returns the lower-case forms of the tokens ws, given to lw in
// order.
func (lw *lowering) finish(ws []word) []string {
	low := lw.lower
	if len(lw.buf) == 0 {
		return low
	}
	all := string(lw.buf)
	pos, k := 0, 0
	for i, s := range low {
		if s != "" {
			continue
		}
		n := ws[i].end - ws[i].start
		if k < len(lw.odd) && lw.odd[k].i == i {
			n = lw.odd[k].n
			k++
		}
		low[i] = all[pos : pos+n]
		pos += n
	}
	return low
}

// caseFlags returns the flags of s: hasUpper, hasNonASCII.
func caseFlags(s string) uint8 {
	var fl uint8
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			fl |= hasUpper
		} else if c >= utf8.RuneSelf {
			fl |= hasNonASCII
		}
	}
	return fl
}

// appendLower appends s in lower case, with curly apostrophes
// straightened, to b.
func appendLower(b []byte, s string) []byte {
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

// appendLowerASCII appends s, all ASCII, in lower case to b.
func appendLowerASCII(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	for k := n; k < len(b); k++ {
		if c := b[k]; 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return b
}

// appendLowerRunes is appendLower for text that is not all ASCII.
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
