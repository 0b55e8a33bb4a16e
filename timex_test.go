package newsparse

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/reading"
	"github.com/newsparse/newsparse/lexicon"
)

func pubDate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestTimesValues pins one expression per rule, each in a sentence of its
// own, against a Saturday publication date.
func TestTimesValues(t *testing.T) {
	pub := pubDate("2025-08-16")
	cases := []struct {
		text, want, typ, value, mod string
	}{
		{"They met on Friday.", "Friday", "DATE", "2025-08-15", ""},
		{"She will fly home on Friday.", "Friday", "DATE", "2025-08-22", ""},
		{"The talks are scheduled for Monday.", "Monday", "DATE", "2025-08-18", ""},
		{"He resigned Saturday.", "Saturday", "DATE", "2025-08-16", ""},
		{"Wednesday's ruling stands, and they would appeal it.", "Wednesday", "DATE", "2025-08-13", ""},
		{"Last Saturday the bridge closed.", "Last Saturday", "DATE", "2025-08-09", ""},
		{"Next Saturday it reopens.", "Next Saturday", "DATE", "2025-08-23", ""},
		{"Prices fell last month.", "last month", "DATE", "2025-07", ""},
		{"Prices rose this week.", "this week", "DATE", "2025-W33", ""},
		{"Rates may rise next year.", "next year", "DATE", "2026", ""},
		{"The plant opened last spring.", "last spring", "DATE", "2025-SP", ""},
		{"Sales rose in the second quarter of 2024.", "the second quarter of 2024", "DATE", "2024-Q2", ""},
		{"Output fell in the fourth quarter.", "the fourth quarter", "DATE", "2024-Q4", ""},
		{"The firm was founded in the 1990s.", "the 1990s", "DATE", "199", ""},
		{"Voting ends at 8 p.m. EDT.", "8 p.m. EDT", "TIME", "2025-08-16T20:00", ""},
		{"The ferry left at noon Thursday.", "noon Thursday", "TIME", "2025-08-14T12:00", ""},
		{"The storm hit Friday night.", "Friday night", "TIME", "2025-08-15TNI", ""},
		{"The vote was held three weeks ago.", "three weeks ago", "DATE", "2025-W30", ""},
		{"The strike ended two years ago.", "two years ago", "DATE", "2023", ""},
		{"It lasted nearly an hour.", "nearly an hour", "DURATION", "PT1H", "LESS_THAN"},
		{"It lasted about 90 minutes.", "about 90 minutes", "DURATION", "PT90M", "APPROX"},
		{"They served a two-year term.", "two-year", "DURATION", "P2Y", ""},
		{"He waited for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", ""},
		{"It took several weeks.", "several weeks", "DURATION", "PXW", ""},
		{"The market is open every Sunday.", "every Sunday", "SET", "XXXX-WXX-7", ""},
		{"Fees are paid monthly.", "monthly", "SET", "P1M", ""},
		{"The shelter closed on Christmas Eve.", "Christmas Eve", "DATE", "2024-12-24", ""},
		{"Shops will close on Thanksgiving.", "Thanksgiving", "DATE", "2025-11-27", ""},
		{"Crowds gathered on New Year’s Eve.", "New Year’s Eve", "DATE", "2024-12-31", ""},
		{"Ridership grew in the mid-1990s.", "mid-1990s", "DATE", "199", "MID"},
		{"Work resumes in late September.", "late September", "DATE", "2025-09", "END"},
		{"He was born on 4 July 1976.", "4 July 1976", "DATE", "1976-07-04", ""},
		{"The law took effect on 7/1/2019.", "7/1/2019", "DATE", "2019-07-01", ""},
		{"It was filed on 2024-02-29.", "2024-02-29", "DATE", "2024-02-29", ""},
		{"Everyone is tired now.", "now", "DATE", "PRESENT_REF", ""},
		{"The truce held until the winter of 1994.", "the winter of 1994", "DATE", "1994-WI", ""},
	}
	for _, c := range cases {
		got := Times(c.text, pub)
		var found *Time
		for i := range got {
			if got[i].Text == c.want {
				found = &got[i]
			}
		}
		if found == nil {
			t.Errorf("%q: no time %q in %+v", c.text, c.want, got)
			continue
		}
		if string(found.Type) != c.typ || found.Value != c.value || found.Mod != c.mod {
			t.Errorf("%q: %q = %s %s %q, want %s %s %q", c.text, c.want, found.Type, found.Value, found.Mod, c.typ, c.value, c.mod)
		}
	}
}

// TestTimesNotTimes lists words that look temporal but are not.
func TestTimesNotTimes(t *testing.T) {
	pub := pubDate("2025-08-16")
	for _, text := range []string{
		"Officials may march on the capital.",
		"A second session opens.",
		"The company hired 2000 employees.",
		"He paid $1998 for the car.",
		"The fall in prices hurt farmers.",
		"She pays 1/2 of the rent.",
	} {
		if got := Times(text, pub); len(got) != 0 {
			t.Errorf("%q: got %+v, want none", text, got)
		}
	}
}

// TestTimesNoPanic feeds fragments that end mid-expression and odd tokens.
func TestTimesNoPanic(t *testing.T) {
	pub := pubDate("2025-08-16")
	for _, text := range []string{
		"", "the", "more than", "every", "3 p.m", "3 p.", "the end of", "mid-", "’90s",
		"'", "2013-13-45", "13/45/2013", "Feb. 30, 2013", "the 99th century", "Q5",
		"fifth-quarter", "a year earlier", "the next day", "nineteen", "two thousand",
		"\xff\xfe Friday \xff", "late-", "early-", "in the year two thousand and",
	} {
		for _, p := range []time.Time{pub, {}} {
			for _, tm := range Times(text, p) {
				if text[tm.Start:tm.End] != tm.Text {
					t.Errorf("%q: bad span %+v", text, tm)
				}
			}
			Timeline(text, p)
		}
	}
}

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

// FuzzTimes checks that any input yields exact spans and no panic, with
// and without a publication date.
func FuzzTimes(f *testing.F) {
	for _, s := range []string{
		"The leaders met for more than two and a half hours on Friday.",
		"5 p.m. EST Nov. 9, the week of March 6, mid-1990s, the year two thousand",
		"Two days later, that evening, a year earlier, the next day, Christmas Eve 2012",
	} {
		f.Add(s)
	}
	pub := pubDate("2025-08-16")
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range []time.Time{pub, {}} {
			d := newDoc(text)
			times := findTimes(d, p)
			checkTimes(t, text, times, buildTimeline(d, times, nil))
		}
	})
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
	d := newDoc(text)
	tg := &tagger{text: d.Text, ws: d.Words, low: d.Lower}
	tg.flagWords()
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

// TestTimelineIsEqualFold does the same for the timeline's word test.
func TestTimelineIsEqualFold(t *testing.T) {
	text := "Then THEN \u017fubsequently Afterwards — $ I i"
	d := newDoc(text)
	tl := &timeline{d: d}
	for k := range d.Words {
		for _, l := range []string{"then", "subsequently", "afterwards", "—", "$", "i"} {
			if got, want := tl.is(k, l), strings.EqualFold(tl.word(k), l); got != want {
				t.Errorf("is(%q, %q) = %v, want %v", tl.word(k), l, got, want)
			}
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

// TestTimelineOrders checks that index lists every word that orders its
// sentence, whatever its case.
func TestTimelineOrders(t *testing.T) {
	text := "Then THEN \u017fubsequently subſequently Afterwards LATER laTer thereAfter AFTERWARD Subsequently then. " +
		"They there this that theirs lately afterlife subset"
	d := newDoc(text)
	tl := &timeline{d: d}
	tl.index()
	var got []string
	for _, k := range tl.orders {
		got = append(got, tl.word(int(k)))
	}
	want := strings.Fields("Then THEN \u017fubsequently subſequently Afterwards LATER laTer thereAfter AFTERWARD Subsequently then")
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("orders = %q, want %q", got, want)
	}
}

// TestFind64 checks find64 against find on the time words and on words
// that are not.
func TestFind64(t *testing.T) {
	tt := timeWords()
	words := []string{"a", "x", "the", "thy", "tha", "may", "mays", "q1", "q5", "o'clock", "weekends", "weekendz", "nineties", "ninetiez", "it's", "2013"}
	for _, sl := range tt.slots {
		if sl.n != 0 {
			words = append(words, sl.key, sl.key[:len(sl.key)-1]+"z")
		}
	}
	for _, w := range words {
		if len(w) == 0 || len(w) > 8 {
			continue
		}
		var x uint64
		for i := len(w) - 1; i >= 0; i-- {
			x = x<<8 | uint64(w[i])
		}
		if got, want := tt.find64(x, len(w)), tt.find(w); got != want {
			t.Errorf("find64(%q) = %d, want %d", w, got, want)
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
