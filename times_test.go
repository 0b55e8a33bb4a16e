package newsparse

import (
	"testing"
	"time"
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
