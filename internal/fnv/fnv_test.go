package fnv

import (
	"hash/fnv"
	"testing"
)

// TestMatchesStdlib: the written-out hash is hash/fnv's 32-bit FNV-1a.
func TestMatchesStdlib(t *testing.T) {
	for _, s := range []string{"", "a", "said", "Putin’s", "\x00\xff"} {
		want := fnv.New32a()
		want.Write([]byte{7})
		want.Write([]byte(s))
		if got := String(Byte(Offset, 7), s); got != want.Sum32() {
			t.Errorf("%q: %08x, want %08x", s, got, want.Sum32())
		}
	}
}
