package newsparse

import (
	"testing"
)

// quoteWith returns the quote of qs whose text is content, or nil.
func quoteWith(qs []Quote, content string) *Quote {
	for i := range qs {
		if qs[i].Text == content {
			return &qs[i]
		}
	}
	return nil
}

// TestQuoteSpeakerOfEarlierQuote: "..., adding that ..." takes the
// speaker of the quote before it in its sentence, however many quoted
// segments the article holds after that sentence.
func TestQuoteSpeakerOfEarlierQuote(t *testing.T) {
	text := "“The ward is cold,” Ana Ruiz said on Monday, adding that the heating had failed.\n\n" +
		"The board met. “We will see,” Tom Berg said. “Soon,” he added. “Not now,” Berg said. “Later,” he said. “Maybe,” Berg said.\n"
	q := quoteWith(Quotes(text), "that the heating had failed")
	if q == nil || q.Speaker == nil || q.Speaker.Text != "Ana Ruiz" {
		t.Errorf("got %+v, want the reported clause spoken by Ana Ruiz", q)
	}
}
