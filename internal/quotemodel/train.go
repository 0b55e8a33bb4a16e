package quotemodel

// Trainer learns a Model by the averaged structured perceptron. It is
// deterministic: the same sequences in the same order give the same
// weights.
type Trainer struct {
	w, u   []float64 // weights and their step-weighted sums (for averaging)
	tr, tu [NTags + 1][NTags]float64
	c      float64 // the step, counting from 1
	s      Scratch
	pred   []uint8
}

// NewTrainer returns a trainer with all weights zero.
func NewTrainer() *Trainer {
	n := (1 << Bits) * NTags
	return &Trainer{w: make([]float64, n), u: make([]float64, n), c: 1}
}

func (t *Trainer) emit(fs []uint32, em *[NTags]float64) {
	for _, f := range fs {
		r := t.w[int(f&(1<<Bits-1))*NTags:]
		r = r[:NTags]
		for k := range em {
			em[k] += r[k]
		}
	}
}

// Learn tags one sequence (as Model.Tag takes it) with the current
// weights and, where the result differs from gold, moves the weights
// toward gold. It returns the number of words tagged wrong.
func (t *Trainer) Learn(flat []uint32, offs []int, gold []uint8) int {
	n := len(offs) - 1
	if n <= 0 {
		return 0
	}
	if cap(t.pred) < n {
		t.pred = make([]uint8, n)
	}
	pred := t.pred[:n]
	// The weights are counts of updates: integers, which the Scratch
	// holds exactly.
	var tr [NTags + 1][NTags]int64
	for a := range tr {
		for b := range tr[a] {
			tr[a][b] = int64(t.tr[a][b])
		}
	}
	t.s.begin(&tr)
	for k := 0; k < n; k++ {
		var e [NTags]float64
		t.emit(flat[offs[k]:offs[k+1]], &e)
		var em [NTags]int64
		for j := range em {
			em[j] = int64(e[j])
		}
		t.s.step(&em)
	}
	t.s.backtrack(pred)
	wrong := 0
	for k := 0; k < n; k++ {
		g, p := int(gold[k]), int(pred[k])
		pg, pp := NTags, NTags
		if k > 0 {
			pg, pp = int(gold[k-1]), int(pred[k-1])
		}
		if g != p {
			wrong++
			for _, f := range flat[offs[k]:offs[k+1]] {
				i := int(f&(1<<Bits-1)) * NTags
				t.w[i+g]++
				t.u[i+g] += t.c
				t.w[i+p]--
				t.u[i+p] -= t.c
			}
		}
		if g != p || pg != pp {
			t.tr[pg][g]++
			t.tu[pg][g] += t.c
			t.tr[pp][p]--
			t.tu[pp][p] -= t.c
		}
	}
	t.c++
	return wrong
}

// Model returns the averaged weights, quantized.
func (t *Trainer) Model() *Model {
	w := make([]float32, len(t.w))
	for i := range w {
		w[i] = float32(t.w[i] - t.u[i]/t.c)
	}
	var tr [NTags + 1][NTags]float32
	for a := range tr {
		for b := range tr[a] {
			tr[a][b] = float32(t.tr[a][b] - t.tu[a][b]/t.c)
		}
	}
	return Quantize(w, tr)
}
