package times

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/lexicon"
)

func TestDurationValue(t *testing.T) {
	for _, c := range []struct {
		n    float64
		u    unit
		want string
	}{
		{2.5, uHour, "PT2H30M"}, {1, uDecade, "P10Y"}, {48, uHour, "PT48H"},
		{-1, uMonth, "PXM"}, {1.5, uYear, "P1Y6M"}, {3, uQuarter, "P9M"}, {1, uWeekend, "P2D"},
	} {
		if got := durationValue(c.n, c.u); got != c.want {
			t.Errorf("durationValue(%v, %v) = %s, want %s", c.n, c.u, got, c.want)
		}
	}
}

func TestNthWeekdayAndEaster(t *testing.T) {
	if got := fmtDay(nthWeekday(2025, 11, 4, 4)); got != "2025-11-27" {
		t.Errorf("Thanksgiving 2025 = %s", got)
	}
	if got := fmtDay(nthWeekday(2025, 5, 1, -1)); got != "2025-05-26" {
		t.Errorf("Memorial Day 2025 = %s", got)
	}
	if got := fmtDay(easter(2024)); got != "2024-03-31" {
		t.Errorf("Easter 2024 = %s", got)
	}
}

// TestTimeLexicons keeps the tagger's word lists sorted (byte order),
// unique and lower case.
func TestTimeLexicons(t *testing.T) {
	for _, name := range []string{"futurecues.txt", "pastverbs.txt", "notpasted.txt", "intent-to.txt"} {
		lines := lexicon.Words(name)
		if len(lines) == 0 {
			t.Errorf("%s: empty", name)
		}
		for i, l := range lines {
			if l != strings.ToLower(l) {
				t.Errorf("%s: %q not lower case", name, l)
			}
			if i > 0 && lines[i-1] >= l {
				t.Errorf("%s: %q after %q: not sorted or not unique", name, l, lines[i-1])
			}
		}
	}
}

// TestTaggerIsEqualFold checks that the word keys compare as
// strings.EqualFold does, without the final period, for the cases that
// differ from plain lower-casing: upper case, the Kelvin sign and the long
// s, non-ASCII words, a lone period.
func TestTaggerIsEqualFold(t *testing.T) {
	text := "Last LAST la\u017ft \u212a wee\u212a WEEK. Jan. . o’clock O’CLOCK Ｑ3 Q3 İn JAN. Öl. ÖL o’clock. Q3. wee\u212a."
	rd := reading.Read(text, nil)
	d := &rd
	tg := &tagger{text: d.Text, ws: d.Words, low: d.Lower}
	tg.flagWords(new(Scratch))
	tg.lo, tg.hi = 0, len(d.Words)
	lits := []string{"last", "k", "week", "jan", ".", "o’clock", "q3", "in", "i", "n", "q3."}
	for k := range d.Words {
		w := strings.TrimSuffix(tg.word(k), ".")
		if w == "" {
			w = tg.word(k)
		}
		for _, l := range lits {
			if got, want := tg.is(k, l), strings.EqualFold(w, l); got != want {
				t.Errorf("is(%q, %q) = %v, want %v", tg.word(k), l, got, want)
			}
		}
		if want := strings.TrimSuffix(tg.word(k), "."); tg.word(k) != "." && tg.facts[k].flag&fFold == 0 && tg.lower(k) != strings.ToLower(want) {
			t.Errorf("lower(%q) = %q", tg.word(k), tg.lower(k))
		}
	}
}

// TestWordClass checks the 8-bytes-at-once classes against the byte table.
func TestWordClass(t *testing.T) {
	var bs []byte
	for c := 0; c < 256; c++ {
		bs = append(bs, byte(c))
	}
	for _, b := range bs {
		for n := 1; n <= 9; n++ {
			for at := 0; at < n; at++ {
				w := []byte("az09@[`{"[:min(n, 8)])
				for len(w) < n {
					w = append(w, 'q')
				}
				w[at] = b
				text := string(w) + "-A\xc3 Z tail"
				var want uint8
				for _, c := range w {
					want |= byteClass[c]
				}
				got := wordClass(string(w))
				if n <= 8 {
					got = class64(reading.Load64(text, 0) & (^uint64(0) >> (64 - 8*n)))
				}
				if got != want {
					t.Fatalf("wordClass(%q) = %b, want %b", w, got, want)
				}
			}
		}
	}
}

// TestAtoi checks atoi against strconv.Atoi.
func TestAtoi(t *testing.T) {
	for _, s := range []string{"", "0", "7", "-7", "+7", "-", "+", "--1", "12a", "2013", "0022",
		"123456789012345678", "1234567890123456789", "99999999999999999999", "1_000", "٣", " 1", "1 "} {
		n, err := atoi(s)
		wn, werr := strconv.Atoi(s)
		if n != wn || (err == nil) != (werr == nil) {
			t.Errorf("atoi(%q) = %d, %v; want %d, %v", s, n, err, wn, werr)
		}
	}
}

// TestFmt checks the one-buffer formats against pad.
func TestFmt(t *testing.T) {
	for _, y := range []int{-12345, -5, 0, 7, 98, 999, 1998, 2025, 12345} {
		for _, m := range []int{-3, 0, 1, 9, 10, 12, 123} {
			if got, want := fmtMonth(y, m), pad(y, 4)+"-"+pad(m, 2); got != want {
				t.Errorf("fmtMonth(%d, %d) = %q, want %q", y, m, got, want)
			}
			if got, want := fmtQuarter(y, m), pad(y, 4)+"-Q"+strconv.Itoa(m); got != want {
				t.Errorf("fmtQuarter(%d, %d) = %q, want %q", y, m, got, want)
			}
		}
	}
	for _, d := range []time.Time{date(2025, 8, 16), date(1, 1, 1), date(-44, 3, 15), date(12345, 12, 31), date(1998, 2, 9), date(2020, 12, 31)} {
		y, w := d.ISOWeek()
		if got, want := fmtDay(d), pad(d.Year(), 4)+"-"+pad(int(d.Month()), 2)+"-"+pad(d.Day(), 2); got != want {
			t.Errorf("fmtDay(%v) = %q, want %q", d, got, want)
		}
		if got, want := fmtWeek(d), pad(y, 4)+"-W"+pad(w, 2); got != want {
			t.Errorf("fmtWeek(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestWordClass16 checks the two-load classes of flagWords against the
// byte table for words of 9 to 16 bytes.
func TestWordClass16(t *testing.T) {
	for _, b := range []byte{'a', 'Z', '-', 0x80, 0xc3, '@', '[', '`', '{', 0} {
		for n := 9; n <= 16; n++ {
			for at := 0; at < n; at++ {
				w := []byte(strings.Repeat("q", n))
				w[at] = b
				text := string(w) + "-A\xc3 Z tail and more"
				got := class64(reading.Load64(text, 0)) | class64(reading.Load64(text, 8)&(^uint64(0)>>(128-8*n)))
				if want := wordClass(string(w)); got != want {
					t.Fatalf("class of %q = %b, want %b", w, got, want)
				}
			}
		}
	}
}

// TestValueStart checks the first instant of each form of date value.
func TestValueStart(t *testing.T) {
	for v, want := range map[string]string{
		"2025-08-15": "2025-08-15", "2025-08": "2025-08-01", "2025": "2025-01-01",
		"2025-W33": "2025-08-11", "2025-Q3": "2025-07-01", "2025-H2": "2025-07-01",
		"2025-SU": "2025-06-01", "2025-WI": "2025-12-01", "199": "1990-01-01", "19": "1900-01-01",
		"2025-08-15TNI": "2025-08-15",
	} {
		got, ok := ValueStart(v)
		if !ok || fmtDay(got) != want {
			t.Errorf("ValueStart(%q) = %v %v, want %s", v, got, ok, want)
		}
	}
	for _, v := range []string{"XXXX-WXX-5", "PRESENT_REF", "2025-WX", "2025-Q9", "X", "2025-", "2025-1"} {
		if _, ok := ValueStart(v); ok {
			t.Errorf("ValueStart(%q) ok, want unknown", v)
		}
	}
}
