package quotemodel

import (
	"bytes"
	"encoding/binary"
	"math/rand"
	"testing"
)

// TestEmitSums checks Emit against the weights summed one by one, on a
// model with random weights (the extremes of an int16 among them) read
// back through Encode and Decode, and that the round trip keeps the bytes.
func TestEmitSums(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	b := []byte(magic)
	for i := 0; i < (NTags+1)*NTags; i++ {
		b = binary.LittleEndian.AppendUint32(b, uint32(rng.Int31n(2001)-1000))
	}
	want := make(map[int][NTags]int16)
	for i := 0; i < 1<<Bits; i += 1 + rng.Intn(3) {
		var r [NTags]int16
		b = binary.LittleEndian.AppendUint32(b, uint32(i))
		for t := range r {
			switch rng.Intn(8) {
			case 0:
				r[t] = -32768
			case 1:
				r[t] = 32767
			default:
				r[t] = int16(rng.Intn(65536) - 32768)
			}
			if t == 0 && r == ([NTags]int16{}) {
				r[t] = 1 // a row Encode writes
			}
			b = binary.LittleEndian.AppendUint16(b, uint16(r[t]))
		}
		want[i] = r
	}
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Encode(), b) {
		t.Fatal("Encode does not give back the bytes Decode read")
	}
	for n := 0; n < 2000; n++ {
		fs := make([]uint32, rng.Intn(40))
		var sum [NTags]float64
		for k := range fs {
			fs[k] = rng.Uint32()
			r := want[int(fs[k]&(1<<Bits-1))]
			for t := range sum {
				sum[t] += float64(r[t])
			}
		}
		var got [NTags]float64
		got[3] = 5 // Emit adds to what is there
		sum[3] += 5
		m.Emit(fs, &got)
		if got != sum {
			t.Fatalf("Emit(%v) = %v, want %v", fs, got, sum)
		}
	}
}
