package hedgemodel

import (
	"bytes"
	"testing"
)

func TestEncodeDecode(t *testing.T) {
	w := make([]float32, 1<<Bits)
	w[3], w[1000], w[1<<Bits-1] = 1.5, -2, 0.25
	m, err := Decode(Encode(w))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Score([]uint32{3, 1000, 1<<Bits - 1, 7}); got != -0.25 {
		t.Errorf("score %v, want -0.25", got)
	}
	if !bytes.Equal(Encode(m.Weights()), Encode(w)) {
		t.Error("encoding twice differs")
	}
	// A hash beyond the table folds into it.
	if got := m.Score([]uint32{3 + 1<<Bits}); got != 1.5 {
		t.Errorf("folded score %v, want 1.5", got)
	}
}

func TestDecodeBad(t *testing.T) {
	good := Encode(append(make([]float32, 1<<Bits-1), 1))
	for _, b := range [][]byte{nil, []byte("HDG1"), []byte("HDG2\x00"), append([]byte("HDG2"), good[4:]...)[:9],
		append(append([]byte{}, good...), good[4:]...)} { // an index repeated
		if _, err := Decode(b); err == nil {
			t.Errorf("Decode(%q) gave no error", b)
		}
	}
}

func TestDefault(t *testing.T) {
	for name, m := range map[string]*Model{"news": Default(), "reference": Reference()} {
		if m == nil {
			t.Fatalf("the embedded %s model does not load", name)
		}
		n := 0
		for _, x := range m.Weights() {
			if x != 0 {
				n++
			}
		}
		if n < 100 {
			t.Errorf("the embedded %s model has %d weights", name, n)
		}
	}
	if Default() == Reference() {
		t.Error("the news and reference models are the same")
	}
}
