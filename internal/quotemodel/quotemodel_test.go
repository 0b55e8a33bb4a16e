package quotemodel

import (
	"bytes"
	"encoding/binary"
	"math"
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

// TestViterbiBest checks the tagging against every allowed tag sequence
// of short random sentences: Tag finds one of the highest score.
func TestViterbiBest(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	w := make([]float32, (1<<Bits)*NTags)
	for i := range w {
		w[i] = float32(rng.Intn(20001) - 10000)
	}
	var tr [NTags + 1][NTags]float32
	for a := range tr {
		for c := range tr[a] {
			tr[a][c] = float32(rng.Intn(20001) - 10000)
		}
	}
	m := Quantize(w, tr)
	var s Scratch
	for n := 1; n <= 5; n++ {
		for rep := 0; rep < 20; rep++ {
			offs := []int{0}
			var flat []uint32
			for k := 0; k < n; k++ {
				for j := rng.Intn(4); j >= 0; j-- {
					flat = append(flat, rng.Uint32())
				}
				offs = append(offs, len(flat))
			}
			em := make([][NTags]float64, n)
			for k := range em {
				m.Emit(flat[offs[k]:offs[k+1]], &em[k])
			}
			score := func(tags []uint8) (float64, bool) {
				x, prev := 0.0, NTags
				for k, c := range tags {
					from := prev
					if from == NTags {
						from = -1
					}
					if !Allowed(from, int(c)) {
						return 0, false
					}
					x += float64(m.trans[prev][c]) + em[k][c]
					prev = int(c)
				}
				return x, true
			}
			best := math.Inf(-1)
			seq := make([]uint8, n)
			var walk func(k int)
			walk = func(k int) {
				if k == n {
					if x, ok := score(seq); ok && x > best {
						best = x
					}
					return
				}
				for c := 0; c < NTags; c++ {
					seq[k] = uint8(c)
					walk(k + 1)
				}
			}
			walk(0)
			got := make([]uint8, n)
			m.Tag(flat, offs, got, &s)
			if x, ok := score(got); !ok || x != best {
				t.Fatalf("%d words: Tag gives %v (score %v, allowed %v), best score %v", n, got, x, ok, best)
			}
		}
	}
}
