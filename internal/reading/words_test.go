package reading

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	kinds := map[Kind]string{Alpha: "a", Number: "n", Abbrev: "ab", Punct: "p", Quote: "q", Poss: "s"}
	cases := []struct{ in, want string }{
		{"Putin’s demand", "Putin/a ’s/s demand/a"},
		{"O'Brien's O’Shea", "O'Brien/a 's/s O’Shea/a"},
		{"leaders' plan", "leaders/a '/q plan/a"},
		{"Joint Base Elmendorf-Richardson", "Joint/a Base/a Elmendorf-Richardson/a"},
		{"U.S. and U.N. at 9 a.m. J.R.R. Tolkien", "U.S./ab and/a U.N./ab at/a 9/n a.m./ab J.R.R./ab Tolkien/a"},
		{"Mr. Smith, Jan. 5, Inc. and mr. x.", "Mr./ab Smith/a ,/p Jan./ab 5/n ,/p Inc./ab and/a mr/a ./p x/a ./p"},
		{"3.75% of 1,000 at 15:30 on 3/22 or 2013-03-22", "3.75/n %/p of/a 1,000/n at/a 15:30/n on/a 3/22/n or/a 2013-03-22/n"},
		{"v2.3.1 is 3rd", "v2.3.1/a is/a 3rd/n"},
		{"end... now -- “yes” «oui»", "end/a .../p now/a --/p “/q yes/a ”/q «/q oui/a »/q"},
		{"AT&T, Zoë, Kraków, 東京", "AT&T/a ,/p Zoë/a ,/p Kraków/a ,/p 東京/a"},
		{"a\x00b \xff c", "a/a \x00/p b/a \xff/p c/a"},
		{"ends with 's", "ends/a with/a '/q s/a"},
	}
	for _, c := range cases {
		var got []string
		for _, w := range Tokenize(nil, c.in, 0, len(c.in)) {
			got = append(got, c.in[w.Start:w.End]+"/"+kinds[w.Kind])
		}
		if diff := cmp.Diff(c.want, strings.Join(got, " ")); diff != "" {
			t.Errorf("Tokenize(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

// TestTokenizeCoversText: every byte that is not white space is in exactly
// one token, and tokens come in order, in every article of the project's
// testdata.
func TestTokenizeCoversText(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles in testdata")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		ws := Tokenize(nil, text, 0, len(text))
		pos := 0
		for _, w := range ws {
			if w.Start < pos || w.End <= w.Start {
				t.Fatalf("token [%d,%d) after %d", w.Start, w.End, pos)
			}
			if strings.TrimSpace(text[pos:w.Start]) != "" {
				t.Fatalf("bytes %q between tokens", text[pos:w.Start])
			}
			pos = w.End
		}
	}
}

// The eight-bytes-at-a-time helpers agree with the byte tables.
func TestWordBytes(t *testing.T) {
	var all [256]byte
	for c := range all {
		all[c] = byte(c)
	}
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			var b [8]byte
			for i := range b {
				b[i] = 'a'
			}
			b[k] = byte(c)
			want := len(b)
			if tokenClass[c] != classWord {
				want = k
			}
			if got := skipWordBytes(string(b[:])+"!", 0); got != want {
				t.Errorf("skipWordBytes with %#x at %d = %d, want %d", c, k, got, want)
			}
		}
	}
	s := string(all[:]) + string(all[:]) + "XYZ"
	want := make([]byte, len(s))
	for i := range len(s) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		want[i] = c
	}
	for i := range s {
		var lw Lowering
		lw.Lower = lw.addASCII(lw.addASCII(nil, "x"), s[i:])
		if got := lw.Finish(); got[0] != "x" || got[1] != string(want[i:]) {
			t.Fatalf("addASCII(s[%d:]) = %q", i, got[1])
		}
	}
}

// The shortcuts for General Punctuation agree with the Unicode tables.
func TestGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		if !generalPunctuation(r) {
			t.Fatalf("%U not in the block", r)
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			t.Errorf("%U is a word rune", r)
		}
		want := unicode.IsSpace(r) || r == '\u200b'
		if got := IsSpace(r); got != want {
			t.Errorf("IsSpace(%U) = %v, want %v", r, got, want)
		}
	}
}
