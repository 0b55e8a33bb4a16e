package timeline

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/reading"
)

// TestTimelineIsEqualFold checks that the timeline's word test compares as
// strings.EqualFold does, for case forms that plain lower-casing misses.
func TestTimelineIsEqualFold(t *testing.T) {
	text := "Then THEN \u017fubsequently Afterwards — $ I i"
	rd := reading.Read(text, nil)
	d := &rd
	tl := &timeline{d: d}
	for k := range d.Words {
		for _, l := range []string{"then", "subsequently", "afterwards", "—", "$", "i"} {
			if got, want := tl.is(k, l), strings.EqualFold(tl.word(k), l); got != want {
				t.Errorf("is(%q, %q) = %v, want %v", tl.word(k), l, got, want)
			}
		}
	}
}

// TestTimelineOrders checks that index lists every word that orders its
// sentence, whatever its case.
func TestTimelineOrders(t *testing.T) {
	text := "Then THEN \u017fubsequently subſequently Afterwards LATER laTer thereAfter AFTERWARD Subsequently then. " +
		"They there this that theirs lately afterlife subset"
	rd := reading.Read(text, nil)
	d := &rd
	tl := &timeline{d: d}
	tl.index()
	var got []string
	for _, k := range tl.orders {
		got = append(got, tl.word(int(k)))
	}
	want := strings.Fields("Then THEN \u017fubsequently subſequently Afterwards LATER laTer thereAfter AFTERWARD Subsequently then")
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("orders = %q, want %q", got, want)
	}
}
