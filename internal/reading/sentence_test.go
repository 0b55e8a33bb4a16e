package reading

import (
	"testing"
	"unicode"
)

// TestClosing: after a sentence's last word, closesSentence takes a
// closing bracket or quotation mark into the sentence: every mark of the
// Unicode classes Pe and Pf (the ASCII ) ] } among them), and a straight
// quote or a full stop only when attached. It calls the function itself
// on every ASCII mark and on the common non-ASCII ones.
func TestClosing(t *testing.T) {
	var marks []rune
	for r := rune(0x21); r < 0x7f; r++ {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			marks = append(marks, r)
		}
	}
	marks = append(marks, '”', '’', '»', '›', '」', '』', '〕', '⟩', '“', '‘', '«', '(', '「')
	for _, r := range marks {
		for _, attached := range []bool{true, false} {
			sep := " "
			if attached {
				sep = ""
			}
			text := "end" + sep + string(r)
			ws := Tokenize(nil, text, 0, len(text))
			if len(ws) != 2 {
				continue // the mark joins the word ("end-"): nothing to close
			}
			want := unicode.In(r, unicode.Pe, unicode.Pf)
			if r == '"' || r == '\'' || IsTerminal(text, ws[1]) {
				want = attached
			}
			if got := closesSentence(text, ws, 1); got != want {
				t.Errorf("%q after %q: closes the sentence = %v, want %v", r, "end"+sep, got, want)
			}
		}
	}
}

// TestLeadingPoint: a period written against the digits after it, with a
// space before it, opens a number (".375") and ends no sentence; a full
// stop before a number after a space still does.
func TestLeadingPoint(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"The shortstop batted .375 over the spring. He was traded.", 2},
		{"Results: Leeds .512, Hull .488.", 1},
		{"The vote was close. 12 members abstained.", 2},
		{"It ended at 3.5 on the day. Trading resumes.", 2},
	})
}

// sentenceCase is a text and the number of sentences Read finds in it.
type sentenceCase struct {
	text  string
	sents int
}

// checkSentences reads each case's text and checks the number of its
// sentences.
func checkSentences(t *testing.T, cases []sentenceCase) {
	t.Helper()
	for _, c := range cases {
		d := Read(c.text, nil)
		if len(d.Sents) != c.sents {
			var got []string
			for _, s := range d.Sents {
				got = append(got, c.text[d.Words[s.Word0].Start:d.Words[s.WordEnd-1].End])
			}
			t.Errorf("%q: sentences %q, want %d", c.text, got, c.sents)
		}
	}
}

// TestInnerPoint: a state written after a party and a hyphen, "(R-S.C.)",
// is cut into "R-S", ".", "C." by the tokenizer; its first period ends no
// sentence. A period written against a word that is no initial still may.
func TestInnerPoint(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"Sen. Ann Roe (R-S.C.) said the plan would fail. The vote is Friday.", 2},
		{"Rep. Tom Berg (D-N.Y.), the panel's chairman, agreed.", 1},
		{"The pier closed.It reopened in May.", 2},
	})
}
