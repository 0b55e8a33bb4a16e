package times

import (
	"strconv"
	"strings"
	"time"
)

// Calendar arithmetic and TIMEX3 value formatting. Dates are time.Time at
// midnight UTC; the granularity of a value says how much of it counts.

// gran is the granularity of a resolved date.
type gran uint8

const (
	gNone gran = iota
	gDay
	gWeek
	gMonth
	gQuarter
	gYear
)

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// appendPad appends pad(n, w) to b.
func appendPad(b []byte, n, w int) []byte {
	if n < 0 {
		return append(b, pad(n, w)...)
	}
	digits := 1
	for x := n; x >= 10; x /= 10 {
		digits++
	}
	for ; digits < w; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func fmtYear(y int) string { return pad(y, 4) }

// The values below are built in one buffer: one allocation each, not one
// a part.

func fmtMonth(y, m int) string {
	var buf [24]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-')
	return string(appendPad(b, m, 2))
}

func fmtDay(t time.Time) string {
	y, m, d := t.Date()
	var buf [32]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-')
	b = appendPad(b, int(m), 2)
	b = append(b, '-')
	return string(appendPad(b, d, 2))
}

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	var buf [24]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-', 'W')
	return string(appendPad(b, w, 2))
}

func fmtQuarter(y, q int) string {
	var buf [24]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-', 'Q')
	return string(strconv.AppendInt(b, int64(q), 10))
}

// fmtGran formats t at granularity g.
func fmtGran(t time.Time, g gran) string {
	switch g {
	case gDay:
		return fmtDay(t)
	case gWeek:
		return fmtWeek(t)
	case gMonth:
		return fmtMonth(t.Year(), int(t.Month()))
	case gQuarter:
		return fmtQuarter(t.Year(), quarterOf(t))
	}
	return fmtYear(t.Year())
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether d is a day of month m in year y.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return date(y, m, d).Day() == d
}

// isoWeekday returns t's weekday, Monday = 1 ... Sunday = 7.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// addUnits moves t by n units (n may be negative).
func addUnits(t time.Time, u unit, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return firstOfMonth(t).AddDate(0, n, 0)
	case uQuarter:
		return firstOfMonth(t).AddDate(0, 3*n, 0)
	case uYear:
		return date(t.Year()+n, 1, 1)
	case uDecade:
		return date(t.Year()+10*n, 1, 1)
	case uCentury:
		return date(t.Year()+100*n, 1, 1)
	}
	return t
}

func firstOfMonth(t time.Time) time.Time { return date(t.Year(), int(t.Month()), 1) }

// unitGran is the granularity of a date named by its unit: "last week" is
// a week, "two months ago" a month.
func unitGran(u unit) gran {
	switch u {
	case uSecond, uMinute, uHour, uDay:
		return gDay
	case uWeek, uWeekend:
		return gWeek
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	}
	return gYear
}

// unitValue formats t as the period of unit u that contains it: the week,
// month, quarter, year, decade ("199") or century ("19").
func unitValue(t time.Time, u unit) string {
	switch u {
	case uWeekend:
		return fmtWeek(t) + "-WE"
	case uDecade:
		return pad(t.Year()/10, 3)
	case uCentury:
		return pad(t.Year()/100, 2)
	}
	return fmtGran(t, unitGran(u))
}

// unknownValue is the TIMEX3 shape of a date of unit u when the reference
// date is unknown.
func unknownValue(u unit) string {
	switch u {
	case uSecond, uMinute, uHour, uDay:
		return "XXXX-XX-XX"
	case uWeek:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	return "XXXX"
}

// durationValue formats n units as a TIMEX3 duration; n < 0 means an
// unknown number ("several months" is PXM). Fractions carry into the next
// smaller unit: 2.5 hours is PT2H30M.
func durationValue(n float64, u unit) string {
	if n < 0 {
		switch u {
		case uSecond:
			return "PTXS"
		case uMinute:
			return "PTXM"
		case uHour:
			return "PTXH"
		case uDay:
			return "PXD"
		case uWeek:
			return "PXW"
		case uWeekend:
			return "PXWE"
		case uMonth:
			return "PXM"
		case uQuarter:
			return "PXQ"
		}
		// Years, decades and centuries: a known count of decades or
		// centuries is written in years ("two decades" P20Y), so an
		// unknown one is too ("decades" PXY), as TimeBank writes it.
		return "PXY"
	}
	whole := int(n)
	frac := n - float64(whole)
	num := func(k int, letter string) string { return strconv.Itoa(k) + letter }
	switch u {
	case uSecond:
		return "PT" + num(whole, "S")
	case uMinute:
		s := "PT" + num(whole, "M")
		if sec := int(frac*60 + 0.5); sec > 0 {
			s += num(sec, "S")
		}
		return s
	case uHour:
		s := "PT" + num(whole, "H")
		if m := int(frac*60 + 0.5); m > 0 {
			s += num(m, "M")
		}
		return s
	case uDay:
		s := "P" + num(whole, "D")
		if h := int(frac*24 + 0.5); h > 0 {
			s += "T" + num(h, "H")
		}
		return s
	case uWeek:
		if frac > 0 {
			return "P" + num(int(n*7+0.5), "D")
		}
		return "P" + num(whole, "W")
	case uWeekend:
		return "P" + num(2*whole, "D")
	case uMonth:
		s := "P" + num(whole, "M")
		if d := int(frac*30 + 0.5); d > 0 {
			s += num(d, "D")
		}
		return s
	case uQuarter:
		return "P" + num(int(n*3+0.5), "M")
	case uDecade:
		return "P" + num(int(n*10+0.5), "Y")
	case uCentury:
		return "P" + num(int(n*100+0.5), "Y")
	}
	s := "P" + num(whole, "Y")
	if m := int(frac*12 + 0.5); m > 0 {
		s += num(m, "M")
	}
	return s
}

// setValue is the TIMEX3 value of "every <unit>".
func setValue(u unit) string {
	if u == uWeekend {
		return "XXXX-WXX-WE"
	}
	return durationValue(1, u)
}

// ValueStart is the first instant of a TIMEX3 date value, for sorting:
// "2025-08-15", "2025-08-15T15:00", "2025-W33", "2025-08", "2025-Q3",
// "2025-H2", "2025-SU", "2025", "199" (a decade), "19" (a century).
// Values with unknown parts report false.
func ValueStart(v string) (time.Time, bool) {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		base, ok := ValueStart(v[:i])
		if !ok {
			return base, false
		}
		rest := v[i+1:]
		if len(rest) >= 5 && rest[2] == ':' {
			h, e1 := atoi(rest[:2])
			m, e2 := atoi(rest[3:5])
			if e1 == nil && e2 == nil {
				return base.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute), true
			}
		}
		h := 0
		switch rest {
		case "MO":
			h = 8
		case "AF":
			h = 14
		case "EV":
			h = 18
		case "NI":
			h = 21
		}
		return base.Add(time.Duration(h) * time.Hour), true
	}
	num := func(s string) (int, bool) {
		n, err := atoi(s)
		return n, err == nil
	}
	switch {
	case len(v) == 2 || len(v) == 3:
		n, ok := num(v)
		if !ok {
			return time.Time{}, false
		}
		if len(v) == 2 {
			return date(n*100, 1, 1), true
		}
		return date(n*10, 1, 1), true
	case len(v) < 4:
		return time.Time{}, false
	}
	y, ok := num(v[:4])
	if !ok {
		return time.Time{}, false
	}
	if len(v) == 4 {
		return date(y, 1, 1), true
	}
	if v[4] != '-' || len(v) < 7 {
		return time.Time{}, false
	}
	rest := v[5:]
	switch rest {
	case "SP", "SU", "FA", "WI":
		// A season starts a month before its middle month; winter in December.
		m := seasonMonth(rest) - 1
		if m == 0 {
			m = 12
		}
		return date(y, m, 1), true
	}
	switch {
	case rest[0] == 'W' && len(rest) >= 3:
		w, ok := num(rest[1:3])
		if !ok {
			return time.Time{}, false
		}
		// Monday of ISO week w: the week of January 4th, moved on.
		jan4 := date(y, 1, 4)
		mon := jan4.AddDate(0, 0, 1-isoWeekday(jan4)+7*(w-1))
		if strings.HasSuffix(rest, "-WE") {
			mon = mon.AddDate(0, 0, 5)
		}
		return mon, true
	case rest[0] == 'Q':
		q, ok := num(rest[1:])
		if !ok || q < 1 || q > 4 {
			return time.Time{}, false
		}
		return date(y, 3*q-2, 1), true
	case rest[0] == 'H':
		h, ok := num(rest[1:])
		if !ok || h < 1 || h > 2 {
			return time.Time{}, false
		}
		return date(y, 6*h-5, 1), true
	}
	if len(rest) < 2 {
		return time.Time{}, false
	}
	m, ok := num(rest[:2])
	if !ok {
		return time.Time{}, false
	}
	if len(rest) == 2 {
		return date(y, m, 1), true
	}
	if len(rest) == 5 && rest[2] == '-' {
		dd, ok := num(rest[3:])
		if !ok {
			return time.Time{}, false
		}
		return date(y, m, dd), true
	}
	return time.Time{}, false
}
