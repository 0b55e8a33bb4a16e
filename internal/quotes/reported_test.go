package quotes

import "testing"

// TestNewClauseAt checks the test that tells a list's last item from a
// clause with its own subject after ", and".
func TestNewClauseAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the council voted to wait", true},
		{"the harbor board has said no", true},
		{"Ann Roe later denied it", true},
		{"she would not say", true},
		{"one in four said", true},
		{"most of them have voted", true},
		{"fix the pier", false},
		{"open a library", false},
		{"new boats for the winter", false},
		{"it was late", false}, // "it" may be a list's last item too: keep the list
		{"the", false},
		{"", false},
	} {
		q := scanOf(c.text, false)
		if got := q.newClauseAt(0, len(q.ws)); got != c.want {
			t.Errorf("newClauseAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
