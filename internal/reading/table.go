package reading

// Table maps short lower-case words to numbers other than 0: a map
// costs more than the hash of a short word, and most words of a text are
// rejected before any hash (see Find).
type Table struct {
	slots [1 << tableBits]tableSlot
	// pairs has, per length and first byte c, bit m&63 set for a word of
	// that length whose first byte is c and middle byte m (all &63).
	pairs [17][64]uint64
}

// tableBits sizes the hash tables: a quarter full at most.
const tableBits = 10

type tableSlot struct {
	key string
	x   uint64 // the bytes of a key of up to 8 bytes (see find64)
	n   uint16
}

// MaxTableWord is the longest word, in bytes, that a Table holds.
const MaxTableWord = len(Table{}.pairs) - 1

// hashWord mixes the length and the first, middle and last bytes of a
// non-empty s: enough to spread the table's words.
func hashWord(s string) uint32 {
	h := uint32(len(s))<<24 | uint32(s[0])<<16 | uint32(s[len(s)/2])<<8 | uint32(s[len(s)-1])
	return (h * 0x9e3779b1) >> (32 - tableBits)
}

// Add maps s, of 1 to 16 bytes, to n (not 0), or adds n's bits to what s
// maps to.
func (t *Table) Add(s string, n uint16) {
	t.pairs[len(s)][s[0]&63] |= 1 << (s[len(s)/2] & 63)
	for h := hashWord(s); ; h++ {
		sl := &t.slots[h&(1<<tableBits-1)]
		if sl.n == 0 || sl.key == s {
			sl.key, sl.n = s, sl.n|n
			if len(s) <= 8 {
				for i := len(s) - 1; i >= 0; i-- {
					sl.x = sl.x<<8 | uint64(s[i])
				}
			}
			return
		}
	}
}

// Find64 is Find for a word of n bytes, 1 to 8, given as Load64 reads
// them, 0 bytes after the word: no string to hash or compare.
func (t *Table) Find64(x uint64, n int) uint16 {
	c0, cm, cl := uint8(x), uint8(x>>(8*(n/2))), uint8(x>>(8*(n-1)))
	if t.pairs[n][c0&63]&(1<<(cm&63)) == 0 {
		return 0
	}
	h := uint32(n)<<24 | uint32(c0)<<16 | uint32(cm)<<8 | uint32(cl)
	for h = (h * 0x9e3779b1) >> (32 - tableBits); ; h++ {
		sl := &t.slots[h&(1<<tableBits-1)]
		if sl.n == 0 || sl.x == x && len(sl.key) == n {
			return sl.n
		}
	}
}

// Find returns what the lower-case word s maps to, or 0.
func (t *Table) Find(s string) uint16 {
	if len(s) == 0 || len(s) >= len(t.pairs) {
		return 0
	}
	if t.pairs[len(s)][s[0]&63]&(1<<(s[len(s)/2]&63)) == 0 {
		return 0
	}
	for h := hashWord(s); ; h++ {
		sl := &t.slots[h&(1<<tableBits-1)]
		if sl.n == 0 || sl.key == s {
			return sl.n
		}
	}
}

// MayHold is Find's first test, cheap enough to inline: false means that
// the lower-case word s, of 1 to MaxTableWord bytes, is not in t; true
// means that it may be.
func (t *Table) MayHold(s string) bool {
	return t.pairs[len(s)][s[0]&63]&(1<<(s[len(s)/2]&63)) != 0
}
