package newsparse

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestTokensOnlyWhenAsked(t *testing.T) {
	text := "The council met on Tuesday.\n"
	a := Parse(text, Options{})
	if a.Tokens != nil {
		t.Errorf("Tokens without asking: %v", a.Tokens)
	}
	js, _ := json.Marshal(a)
	if strings.Contains(string(js), `"tokens"`) {
		t.Errorf("JSON has tokens without asking: %s", js)
	}
	a = Parse(text, Options{Tokens: true})
	js, _ = json.Marshal(a)
	if !strings.Contains(string(js), `"tokens":[{"start":0,"end":3,"pos":"DT","chunk":"B-NP"}`) {
		t.Errorf("JSON tokens: %s", js)
	}
}

func TestTokens(t *testing.T) {
	text := "Harbour Board Backs Plan\n\nBy Ana Ruiz\n\n" +
		"OSLO (Reuters) - The mayor didn't sign the budget, and we're told she won’t.\n\n" +
		"1. Anna Berg (Norway) 4:05\n\n" +
		"- A bullet point\n"
	a := Parse(text, Options{Tokens: true})
	d := newDoc(text)
	// The tokens are the document's words, in order, but for
	// contractions, which split in two.
	var got, want []string
	for i, tk := range a.Tokens {
		if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End || i > 0 && tk.Start < a.Tokens[i-1].End {
			t.Fatalf("token %d: bad span %d-%d", i, tk.Start, tk.End)
		}
		if tk.POS == "" || tk.Chunk == "" {
			t.Errorf("token %q: no tag", text[tk.Start:tk.End])
		}
		got = append(got, text[tk.Start:tk.End])
	}
	for _, w := range d.Words {
		want = append(want, text[w.Start:w.End])
	}
	if strings.Join(got, "") != strings.Join(want, "") {
		t.Errorf("tokens do not cover the words:\n%q\n%q", got, want)
	}
	at := func(s string) Token {
		for _, tk := range a.Tokens {
			if text[tk.Start:tk.End] == s {
				return tk
			}
		}
		t.Fatalf("no token %q in %q", s, got)
		return Token{}
	}
	for s, pos := range map[string]string{
		"did": "VBD", "n't": "RB", "we": "PRP", "'re": "VBP", "wo": "MD", "n’t": "RB",
		"The": "DT", "mayor": "NN", "sign": "VB", "budget": "NN", ",": ",", "1.": "CD",
	} {
		if tk := at(s); tk.POS != pos {
			t.Errorf("%q: %s, want %s", s, tk.POS, pos)
		}
	}
	// A list item's number opens the phrase after it, as the treebank
	// reads it.
	if tk := at("1."); tk.Chunk != "B-NP" {
		t.Errorf(`"1.": chunk %s`, tk.Chunk)
	}
}

// BenchmarkParseNewsTokens is BenchmarkParseNews with Options.Tokens:
// the cost of tagging and chunking is the difference.
func BenchmarkParseNewsTokens(b *testing.B) {
	benchParseNews(b, newsTexts(b), Options{Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC), Tokens: true})
}

// TestTokenPieces: tokens that treebanks cut otherwise than the
// document's words: a number's sign or leading period, a currency's
// country letters and sign, an abbreviation hyphenated to a word are one
// token; an abbreviation that ends a sentence gives its period to the
// sentence as a token of its own.
func TestTokenPieces(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The shortstop batted .375 on the road.", "The|shortstop|batted|.375|on|the|road|."},
		{"Call +31 20 555 0100 today.", "Call|+31|20|555|0100|today|."},
		{"It cost C$ 40 and NZ$ 12.", "It|cost|C$|40|and|NZ$|12|."},
		{"The U.S.-backed plan and an Ore.-based firm failed.", "The|U.S.-backed|plan|and|an|Ore.-based|firm|failed|."},
		{"She works for Smith Bros.", "She|works|for|Smith|Bros|."},
		{`"We sold it to Harlan Inc." Then we left.`, `"|We|sold|it|to|Harlan|Inc|.|"|Then|we|left|.`},
		{"Dr. Lee met the U.S. envoy in Jan. on a visit.", "Dr.|Lee|met|the|U.S.|envoy|in|Jan.|on|a|visit|."},
		{"It rose 3 + 4 and 5.2 points.", "It|rose|3|+|4|and|5.2|points|."},
	} {
		a := Parse(c.text, Options{Tokens: true})
		var got []string
		for _, tk := range a.Tokens {
			got = append(got, c.text[tk.Start:tk.End])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, g, c.want)
		}
	}
}

// FuzzTokens: on any input the tokens are exact, ordered, disjoint spans
// of the text, each tagged, that cover every word of the document.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"The shortstop batted .375 on the road. Call +31 20 today.",
		"It cost C$ 40 and the U.S.-backed plan of Smith Bros.",
		"\"We will win,\" said the coach. \"\nThe game starts at noon.\n\"\n",
		"a. .5 +. C$$ U.S.- Co.\" “\n\" ) ]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Parse(text, Options{Tokens: true})
		var got strings.Builder
		for i, tk := range a.Tokens {
			if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End || i > 0 && tk.Start < a.Tokens[i-1].End {
				t.Fatalf("token %d: bad span %d-%d", i, tk.Start, tk.End)
			}
			if tk.POS == "" || tk.Chunk == "" {
				t.Fatalf("token %q: no tag", text[tk.Start:tk.End])
			}
			got.WriteString(text[tk.Start:tk.End])
		}
		d := newDoc(text)
		var want strings.Builder
		for _, w := range d.Words {
			want.WriteString(text[w.Start:w.End])
		}
		if got.String() != want.String() {
			t.Errorf("tokens do not cover the words:\n%q\n%q", got.String(), want.String())
		}
	})
}
