package newsparse

import (
	"testing"
	"unicode"
)

// closesSentence's ASCII shortcut must agree with the Unicode classes.
func TestClosingASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.In(r, unicode.Pe, unicode.Pf)
		if got := r == ')' || r == ']' || r == '}'; got != want {
			t.Errorf("%q: closing = %v, want %v", r, got, want)
		}
	}
}
