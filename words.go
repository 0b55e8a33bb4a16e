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
	i := start
	for i < end {
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			if asciiClass[c] == classSpace {
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r):
			j, k := scanWord(text, i, end)
			ws = append(ws, word{i, j, k})
			// A possessive ending after a word: Putin's, Putin’s.
			if p := possessiveAt(text, j, end); p > j {
				ws = append(ws, word{j, p, wPoss})
				j = p
			}
			i = j
		case isQuoteRune(r):
			ws = append(ws, word{i, i + n, wQuote})
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
			i = j
		}
	}
	return ws
}

// ASCII character classes, for the tokenizer's fast path.
const (
	classOther uint8 = iota
	classSpace
	classWord
)

var asciiClass = [utf8.RuneSelf]uint8{
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

// scanWord reads the word starting at i and returns its end and kind.
// Inside a word, an apostrophe or hyphen followed by a letter or digit
// continues it (O'Brien, Elmendorf-Richardson), except the possessive 's;
// after a digit, "." "," ":" "/" followed by a digit continue a number.
// Single letters joined by periods (U.S., a.m., J.) and the lexicon's
// abbreviations keep their period.
func scanWord(text string, i, end int) (int, wordKind) {
	start := i
	if j := dottedAt(text, i, end); j > i {
		return j, wAbbrev
	}
	kind := wAlpha
	if c := text[i]; '0' <= c && c <= '9' {
		kind = wNumber
	}
	for i < end {
		var r rune
		n := 1
		if c := text[i]; c < utf8.RuneSelf {
			if asciiClass[c] == classWord {
				i++
				continue
			}
			r = rune(c)
		} else if r, n = utf8.DecodeRuneInString(text[i:end]); isWordRune(r) {
			i += n
			continue
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
				return i, kind
			}
		case isHyphen(r), r == '&' && kind == wAlpha && i-start <= 2:
			// AT&T, and hyphenated compounds
		case (r == '.' || r == ',' || r == ':' || r == '/') && isDigitByte(text[i-1]) && isDigitByte(text[i+n]):
		default:
			return i, kind
		}
		i += n
	}
	if i < end && text[i] == '.' && kind == wAlpha && keepsPeriod(text, start, i, end) {
		return i + 1, wAbbrev
	}
	return i, kind
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

// lowerWords returns every word of ws in lower case, with curly
// apostrophes straightened ("Putin’s" -> "putin's"): the form the
// lexicons are looked up in. A word already in that form is a substring
// of text; the others share one allocation.
func lowerWords(text string, ws []word) []string {
	low := make([]string, len(ws))
	// ends[i] is 1 + where word i's lowered form ends in buf, or 0 when
	// the word is already lower case: no slice of pointers grows here.
	ends := make([]int, len(ws))
	buf := make([]byte, 0, len(text)/8+16)
	for i, w := range ws {
		s := text[w.start:w.end]
		if !needsLower(s) {
			low[i] = s
			continue
		}
		buf = appendLower(buf, s)
		ends[i] = len(buf) + 1
	}
	lowered := string(buf)
	start := 0
	for i, e := range ends {
		if e != 0 {
			low[i] = lowered[start : e-1]
			start = e - 1
		}
	}
	return low
}

// needsLower reports whether s has an upper-case ASCII letter or a
// non-ASCII byte, so that it must be lowered before a lookup.
func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// appendLower appends s in lower case, with curly apostrophes
// straightened, to b.
func appendLower(b []byte, s string) []byte {
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
