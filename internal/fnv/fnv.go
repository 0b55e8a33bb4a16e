// Package fnv is 32-bit FNV-1a hashing written out, so that hashing a
// feature of the learned models (a template byte and a few strings) builds
// no string and calls no interface.
package fnv

// Offset is the hash of nothing: where a hash starts.
const Offset uint32 = 2166136261

const prime uint32 = 16777619

// Byte returns h with the byte b hashed in.
func Byte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * prime }

// String returns h with the bytes of s hashed in.
func String(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * prime
	}
	return h
}
