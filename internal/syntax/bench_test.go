package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"
)

// cpuTime returns the process's user and system time so far: on a
// loaded machine a benchmark's wall time says little.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time of each op since start, and the MB/s of
// size bytes an op at that time.
func reportCPU(b *testing.B, start time.Duration, size int) {
	ns := float64(cpuTime()-start) / float64(b.N)
	b.ReportMetric(ns, "cpu-ns/op")
	if ns > 0 {
		b.ReportMetric(float64(size)/ns*1e3, "cpu-MB/s")
	}
}

// benchSentences returns the sentences of the project's benchmark article,
// split crudely: words at spaces, marks apart, sentences at periods.
func benchSentences(b *testing.B) ([][]string, int) {
	data, err := os.ReadFile("../../testdata/bench-article.txt")
	if err != nil {
		b.Skip("no testdata/bench-article.txt")
	}
	return splitCrudely(string(data)), len(data)
}

// newsSentences returns the sentences of the PolNeAR development texts
// next to the repository (../shared), split as benchSentences splits,
// and their size in bytes; the benchmark is skipped where they are
// absent. Every word is met as in real use: the figure to hold the
// taggers' speed to.
func newsSentences(b *testing.B) ([][]string, int) {
	files, _ := filepath.Glob("../../../shared/data/polnear/dev/text/*.txt")
	if len(files) == 0 {
		b.Skip("no ../shared/data/polnear/dev")
	}
	var sents [][]string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sents = append(sents, splitCrudely(string(data))...)
		size += len(data)
	}
	return sents, size
}

// BenchmarkTagChunkNews tags and chunks the sentences of real news
// articles (see newsSentences) with TagChunk, as the tokens layer does;
// MB/s are of the articles' bytes.
func BenchmarkTagChunkNews(b *testing.B) {
	sents, size := newsSentences(b)
	if Err() != nil {
		b.Fatal(Err())
	}
	var t Tagger
	var pos, chk []uint8
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			pos, chk = t.TagChunk(s, pos, chk)
		}
	}
	reportCPU(b, c0, size)
}

// splitCrudely splits text into sentences of words: words at spaces,
// marks apart, sentences at periods.
func splitCrudely(data string) [][]string {
	var sents [][]string
	var cur []string
	for _, f := range strings.Fields(data) {
		var tail []string
		for len(f) > 1 && unicode.IsPunct(rune(f[len(f)-1])) {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		cur = append(cur, f)
		cur = append(cur, tail...)
		if len(tail) > 0 && tail[len(tail)-1] == "." {
			sents = append(sents, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// BenchmarkTag tags the sentences of the benchmark article; MB/s are of
// the article's bytes.
func BenchmarkTag(b *testing.B) {
	sents, size := benchSentences(b)
	if Err() != nil {
		b.Fatal(Err())
	}
	var t Tagger
	var pos []uint8
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			pos = t.Tag(s, pos)
		}
	}
	reportCPU(b, c0, size)
}

// BenchmarkChunk chunks the sentences of the benchmark article, their
// part-of-speech tags given.
func BenchmarkChunk(b *testing.B) {
	sents, size := benchSentences(b)
	if Err() != nil {
		b.Fatal(Err())
	}
	var t Tagger
	pos := make([][]uint8, len(sents))
	for k, s := range sents {
		pos[k] = t.Tag(s, nil)
	}
	var chk []uint8
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for k, s := range sents {
			chk = t.Chunk(s, pos[k], chk)
		}
	}
	reportCPU(b, c0, size)
}
