package reading

import (
	"strings"
	"testing"
)

func TestReadLines(t *testing.T) {
	text := "First one. Second one!\n\nThird, with Mr. Smith\r\nLast"
	d := ReadLines(text)
	var got []string
	for _, s := range d.Sents {
		got = append(got, text[s.Start:s.End])
		if s.Word0 >= s.WordEnd || d.Words[s.Word0].Start != s.Start || d.Words[s.WordEnd-1].End != s.End {
			t.Errorf("sentence %q: words [%d,%d) do not span it", text[s.Start:s.End], s.Word0, s.WordEnd)
		}
	}
	want := []string{"First one.", "Second one!", "Third, with Mr. Smith", "Last"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences %q, want %q", got, want)
	}
	if len(d.Paras) != 3 || d.Paras[0].SentEnd != 2 || d.Paras[2].Sent0 != 3 {
		t.Errorf("paragraphs %+v", d.Paras)
	}
	if len(d.Lower) != len(d.Words) || d.Lower[len(d.Lower)-3] != "mr." {
		t.Errorf("lower %q", d.Lower)
	}
}
