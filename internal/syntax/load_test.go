package syntax

import (
	"runtime"
	"testing"
)

// BenchmarkLoad decodes both embedded models: what the first Tag or
// Chunk of a process costs. live-MB is the heap the two models hold once
// loaded.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var p, c *Model
	for i := 0; i < b.N; i++ {
		var err error
		if p, err = Load(posAsset); err != nil {
			b.Fatal(err)
		}
		if c, err = Load(chunkAsset); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "live-MB")
	runtime.KeepAlive(p)
	runtime.KeepAlive(c)
}
