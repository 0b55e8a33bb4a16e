package quotemodel

import (
	"bytes"
	"testing"
)

// TestRankerRoundTrip checks that EncodeRanker and DecodeRanker keep every
// weight, that Score sums the weights of the features' low bits, and
// that the embedded ranker decodes.
func TestRankerRoundTrip(t *testing.T) {
	w := make([]float32, 1<<RankerBits)
	w[0], w[7], w[1<<RankerBits-1] = 1.5, -2.25, 0.125
	b := EncodeRanker(w)
	r, err := DecodeRanker(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(EncodeRanker(r.w), b) {
		t.Error("decoding and encoding again changes the bytes")
	}
	// A feature's hash reads its low RankerBits bits.
	if got := r.Score([]uint32{0, 7 | 1<<RankerBits, 1<<RankerBits - 1, 3}); got != 1.5-2.25+0.125 {
		t.Errorf("Score = %v, want %v", got, 1.5-2.25+0.125)
	}
	if Ends() == nil {
		t.Error("the embedded ranker does not decode")
	}
}

// TestRankerDecodeRejects checks that malformed rankers give an error,
// never a panic or a ranker.
func TestRankerDecodeRejects(t *testing.T) {
	good := EncodeRanker(append(make([]float32, 9), 1, 2))
	bad := map[string][]byte{
		"empty":        nil,
		"wrong magic":  append([]byte("QEN0"), good[4:]...),
		"torn record":  good[:len(good)-3],
		"out of order": append(append([]byte(rankerMagic), good[12:20]...), good[4:12]...),
		"out of range": append([]byte(rankerMagic), 0, 0, 0, 0x7f, 0, 0, 0x80, 0x3f),
	}
	for name, b := range bad {
		if r, err := DecodeRanker(b); err == nil || r != nil {
			t.Errorf("%s: DecodeRanker = %v, %v; want an error", name, r, err)
		}
	}
}
