package newsparse

import "testing"

func BenchmarkEntities(b *testing.B) {
	text := benchText(b, 60<<10)
	d := newDoc(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		findEntities(d)
	}
}
