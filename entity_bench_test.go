package newsparse

import (
	"os"
	"strings"
	"testing"
)

// benchArticle is a large article made of the seed article repeated.
func benchArticle(b *testing.B) string {
	data, err := os.ReadFile("testdata/alaska-summit.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(data)+"\n\n", 200)
}

func BenchmarkEntities(b *testing.B) {
	text := benchArticle(b)
	d := newDoc(text)
	findEntities(d)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		findEntities(d)
	}
}

func BenchmarkParse(b *testing.B) {
	text := benchArticle(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Parse(text, Options{})
	}
}
