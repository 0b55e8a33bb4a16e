package reading

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LineUnits reports whether the lines of text are units of their own
// (sentences, table rows, headings) rather than prose wrapped at a width:
// few lines go on with a lower-case word. Then a name never crosses a line
// break, and each line is read as a sentence.
func LineUnits(text string) bool {
	lines, wrapped := 0, 0
	for i := 0; i < len(text); i++ {
		if k := strings.IndexByte(text[i:], '\n'); k < 0 {
			break
		} else {
			i += k
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j == len(text) || text[j] == '\n' {
			continue
		}
		lines++
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLower(r) {
			wrapped++
		}
	}
	return wrapped*5 <= lines
}

// TaggerWord returns the word as the tagger was trained to read it: the
// training text writes straight quotes, "'s" and "-" for dashes.
func TaggerWord(text string, w Word) string {
	s := text[w.Start:w.End]
	switch w.Kind {
	case Poss:
		return "'s"
	case Quote:
		switch s {
		case "'", "‘", "’", "‚", "‹", "›", "`":
			return "'"
		}
		return "\""
	case Punct:
		switch s {
		case "—", "–", "―":
			return "-"
		}
	case Alpha:
		if CurrencyPrefix(text, w) {
			return text[w.Start : w.End+1]
		}
		return s[:CliticStem(s)]
	}
	return s
}

// CurrencyPrefix reports whether w is a country's code written onto a
// dollar sign: "C$", "A$", "HK$". The tagger learned from text that
// writes them as one word, a name of their own (the country's dollar), so
// it reads the code with its sign.
func CurrencyPrefix(text string, w Word) bool {
	if w.End-w.Start > 3 || w.End >= len(text) || text[w.End] != '$' {
		return false
	}
	for i := w.Start; i < w.End; i++ {
		if text[i] < 'A' || text[i] > 'Z' {
			return false
		}
	}
	return true
}

// CliticStem returns the length of s without a clitic ending: "I'm" is
// "I" to the tagger, which learned from text that splits it ("I", "'m")
// and, shown "I'm" whole, reads a capitalised word it never saw. The
// endings are 'm, 've, 'll, 're and 'd, with either apostrophe; a name
// with an apostrophe ("O'Neill") has none of them.
func CliticStem(s string) int {
	n := len(s)
	if n < 3 {
		return n
	}
	end := 0 // the length of the ending after its apostrophe
	switch s[n-1] | 0x20 {
	case 'm', 'd':
		end = 1
	case 'e':
		if c := s[n-2] | 0x20; c == 'v' || c == 'r' {
			end = 2
		}
	case 'l':
		if s[n-2]|0x20 == 'l' {
			end = 2
		}
	}
	if end == 0 || n-end < 2 {
		return n
	}
	if a := n - end - 1; s[a] == '\'' && a > 0 {
		return a
	}
	if a := n - end - 3; a > 0 && s[a:a+3] == "’" {
		return a
	}
	return n
}
