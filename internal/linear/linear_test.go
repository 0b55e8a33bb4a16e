package linear

import (
	"bytes"
	"testing"
)

// TestRoundTrip checks that Encode and Decode keep every weight and the
// bytes, and that Score sums the weights of the features' low bits.
func TestRoundTrip(t *testing.T) {
	const bits = 10
	w := make([]float32, 1<<bits)
	w[0], w[7], w[1<<bits-1] = 1.5, -2.25, 0.125
	b := Encode(w, "TST1")
	m, err := Decode(b, "TST1", bits)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(Encode(m.Weights(), "TST1"), b) {
		t.Error("decoding and encoding again changes the bytes")
	}
	// A feature's hash is read modulo the table.
	if got := m.Score([]uint32{0, 7 | 1<<bits, 1<<bits - 1, 3}); got != 1.5-2.25+0.125 {
		t.Errorf("Score = %v, want %v", got, 1.5-2.25+0.125)
	}
}

// TestDecodeRejects checks that malformed models give an error, never a
// panic or a model.
func TestDecodeRejects(t *testing.T) {
	const bits = 8
	good := Encode(append(make([]float32, 9), 1, 2), "TST1")
	bad := map[string][]byte{
		"empty":          nil,
		"another magic":  Encode(append(make([]float32, 9), 1, 2), "TST0"),
		"torn record":    good[:len(good)-3],
		"out of order":   append(append([]byte("TST1"), good[12:20]...), good[4:12]...),
		"index repeated": append(append([]byte{}, good...), good[4:12]...),
		"out of range":   append([]byte("TST1"), 0, 1, 0, 0, 0, 0, 0x80, 0x3f), // index 256 of 256
	}
	for name, b := range bad {
		if m, err := Decode(b, "TST1", bits); err == nil || m != nil {
			t.Errorf("%s: Decode = %v, %v; want an error", name, m, err)
		}
	}
}
