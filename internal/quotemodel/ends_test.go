package quotemodel

import (
	"bytes"
	"testing"
)

// TestRanker checks that the embedded ranker of clause ends decodes, with
// weights, and that EncodeRanker writes it back byte for byte.
func TestRanker(t *testing.T) {
	r := Ends()
	if r == nil {
		t.Fatal("the embedded ranker does not decode")
	}
	if len(r.Weights()) != 1<<RankerBits {
		t.Errorf("%d weights, want %d", len(r.Weights()), 1<<RankerBits)
	}
	if !bytes.Equal(EncodeRanker(r.Weights()), embeddedEnds) {
		t.Error("encoding the embedded ranker again changes its bytes")
	}
	if _, err := DecodeRanker(append([]byte("HDG2"), embeddedEnds[4:]...)); err == nil {
		t.Error("a ranker decodes under another format's name")
	}
}
