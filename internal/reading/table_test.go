package reading

import (
	"testing"

	"github.com/newsparse/newsparse/lexicon"
)

// TestFind64 checks that Find64 finds what Find does, for every key of a
// table and a near miss of each.
func TestFind64(t *testing.T) {
	tt := &Table{}
	for i, w := range lexicon.Words("pastverbs.txt") {
		if len(w) <= MaxTableWord {
			tt.Add(w, uint16(i+1))
		}
	}
	words := []string{"a", "x", "the", "thy", "tha", "may", "mays", "q1", "q5", "o'clock", "weekends", "weekendz", "nineties", "ninetiez", "it's", "2013"}
	for _, sl := range tt.slots {
		if sl.n != 0 {
			words = append(words, sl.key, sl.key[:len(sl.key)-1]+"z")
		}
	}
	for _, w := range words {
		if len(w) == 0 || len(w) > 8 {
			continue
		}
		var x uint64
		for i := len(w) - 1; i >= 0; i-- {
			x = x<<8 | uint64(w[i])
		}
		if got, want := tt.Find64(x, len(w)), tt.Find(w); got != want {
			t.Errorf("find64(%q) = %d, want %d", w, got, want)
		}
	}
}
