package syntax

import "testing"

// BenchmarkLoad decodes both embedded models: what the first Tag or
// Chunk of a process costs.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(posAsset); err != nil {
			b.Fatal(err)
		}
		if _, err := Load(chunkAsset); err != nil {
			b.Fatal(err)
		}
	}
}
