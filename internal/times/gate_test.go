package times

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/reading"
)

// gateText holds the forms the matchers know, in many contexts, and the
// weak words they begin with in contexts where they begin nothing.
const gateText = `The Next Day: Talks Resume This Week
By A Staff Writer
WASHINGTON, March 3 (Wire) - The talks resumed the next day. The previous week was calm. The same day, they met. The following morning came. The preceding year was hard, the prior month too.
That evening the vote came. That year prices rose. That week, that month, that decade, that night, that one, that said. The day before, nothing. The day after. The day before the vote.
The current quarter looks weak. The current coming week. The past year was hard. The last month, the coming weeks, the upcoming months. The full year. In the month, prices fell. The weekend was quiet. In the year two thousand. The year before. The year ended. For the year, profit rose.
The end of the year. The beginning of 2013. The start of the month. The middle of next week. The end of this week. The end of the talks. The first half of 2013. The latter half of 2013. The second half of the year. The last half of 2012.
The early 1990s, the late 2000s, the mid 1980s, the early days, the late president, the mid point. The third quarter of 2013. The fiscal first quarter. The fiscal 2013 results. The Q3 numbers. The qx code. The 1990s. The '90s. The ’80s. The 20th century. The 2013 quarter. The quarter. The latest quarter. The prior quarter. The previous period. The latest period. The year-ago quarter. The year-earlier period.
The remaining two weeks. The final three days. The initial six months. The entire five years. The whole two months. The numerous weeks. The few days. The several months. The many years. The past two years. The past few weeks. The recent weeks. The coming days. The same two days. These two weeks. Those three years. These past weeks. These days. These people.
The near term. The short term. The days ahead. The months ahead. The future. The near future. The distant future. The foreseeable future. The past. The past decade. The past century.
The summer. The summer of 2013. In the fall of 2012. The fall in prices. In the spring. The winter. The nineties. The early eighties. The late seventies. The mid sixties. The twenties. The end. The president. The President. The 500 people.
A year ago, a few days later, a couple of weeks earlier, a dozen years ago, a half hour later, a and a half hours, an hour, an hour and a half, a week or so ago, a full year, a long week, a year earlier, $5 million a year, 3 times a day, a second time, a second later, a hundred years ago, a thousand years, a few more days, a man, an idea.
Several weeks passed, several more weeks ago, many years ago, numerous times, numerous weeks, couple of days, half an hour, half a day, few days, many people.
More than two years ago, less than a week later, fewer than 10 days, no more than three weeks, no longer than a month, at least two years, at most five days, up to three months, over two years, under a week, nearly a decade, almost 40 years ago, about an hour, around noon, around 3 p.m., approximately 10:30, about 5 pm, roughly two weeks, some 30 years ago, more years ago, more weeks, longer than expected, over the past two years, over the next few months, at 5 o'clock, at 5 o’clock, about 12 noon, at the time, over it, up there, some people, about midnight, around midday, about 10 people.
This week, this coming Monday, this past weekend, this fiscal year, this morning, this summer, this March, this quarter, this Christmas, this man, current year, current fiscal year, current events, last Christmas, next Easter, this Thanksgiving Day, last New Year's Day, last night, past decade, next month, coming weeks, last fiscal year, next fiscal quarter, its first quarter, their fiscal second quarter, its 2013 quarter, its plan, last quarter, latest period, same quarter, next period.
Year end came, the year end, midyear, mid-year, year-end, tonight, overnight, today, yesterday morning, tomorrow night, Friday night, Tuesday nights, on Mondays, every Monday, each year, every other week, every two weeks, each March, every summer, every morning, each season, per year, per cent, daily, weekly, quarterly reports, quarterly.
For years, in days, within weeks, over months, than hours, years ago, days later, weeks earlier, months from now, years hence, days before, hours after, decades or so ago, recent years, coming months, years passed, days of rage, the day, a day, day one, second place.
In May, May 5, March 2013, Jan 5, Jan. 5, Sept. 12, June last year, March this year, last May, early June, mid-March, May and June, the May meeting, she may go, we march on, Jan, May 2012, 22 March 2013, Monday, Oct. 23.
First quarter, second quarter, third quarter of 2013, fourth quarter, fifth quarter, first half, second half of the year, first time, third-quarter, first-half.
At 5, 5 p.m., 5pm, 5 PM, 10:30, 10:30 a.m., 3.30 pm, 3 a. m, 3 a . m, 5 o'clock, 2013, 1990s, 2013-03-22, 3/22/2013, 3/22, on 3/22, 22nd, 13th, 500 people, 48 hours, 48-hour, 2 1/2 years, 1,000 years, 3 days ago, 10 minutes later, 15:30 GMT, at 15:30, 2013's first quarter, 1998 elections, 9/11, 1,200 miles, 3.5 percent, 1998 levels, two thousand, year two thousand five, nineteen ninety-six, eighteen forty, two years ago, two people, twenty-four hours, twenty four hours, two hundred years, three-year plan.
Christmas, Christmas Eve, Christmas Day, New Year's Day, New Year’s Eve, New York, Thanksgiving, Thanksgiving Day 2012, Independence Day, Labor Day, Labor Party, Memorial Day, Election Day, Veterans Day, Valentine's Day, Halloween, Easter, Easter Sunday, last Christmas, next Thanksgiving, this Easter, last New Year's Eve, new year, Last Week Tonight.
Fall came, spring rains, summer camp, summer, winter 2013, winter is coming, every fall.
Now, now that, from now, currently, nowadays, recently, lately, the current talks, current account, "90s", "quoted" words, 'tis.
“The deal is done,” he said on Tuesday. ‘Maybe,’ she said Wednesday. "Yes" said the 1990s man.
`

// checkNarrow runs the tagger over d as findTimes does and, before each
// word best is asked about, runs the matchers narrow leaves out: none may
// find an expression there or change the tagger's state. It returns how
// many it ran.
func checkNarrow(t *testing.T, name string, d *reading.Doc, published time.Time) int {
	tg := &tagger{text: d.Text, ws: d.Words, low: d.Lower}
	tg.flagWords(new(Scratch))
	if !published.IsZero() {
		tg.pub = date(published.Year(), int(published.Month()), published.Day())
		tg.hasPub = true
		tg.anchor, tg.anchorG = tg.pub, gDay
		tg.yearRef = tg.pub.Year()
	}
	matchers := []struct {
		g   uint16
		run func(i int) match
	}{
		{gPosition, tg.position}, {gExplicit, tg.explicit}, {gClock, tg.clock},
		{gRelative, func(i int) match {
			s := *tg
			ex := tg.explicit(i)
			*tg = s
			return tg.relative(i, ex)
		}},
		{gDuration, tg.duration}, {gSet, tg.set}, {gVague, tg.vague}, {gHoliday, tg.holidayAt},
		{gSeason, tg.seasonAlone}, {gDecade, tg.decadeWord},
	}
	type state struct {
		lo, hi, paraHi, lastQ, lastQY, lastQSent int
	}
	ran := 0
	check := func(i int) {
		coarse := tg.gates(i)
		fine := tg.narrow(i, coarse)
		if fine&^coarse != 0 {
			t.Errorf("%s: narrow adds gates at word %d %q", name, i, tg.word(i))
		}
		for _, m := range matchers {
			if coarse&^fine&m.g == 0 {
				continue
			}
			ran++
			s := *tg
			before := state{tg.lo, tg.hi, tg.paraHi, tg.lastQ, tg.lastQY, tg.lastQSent}
			got := m.run(i)
			after := state{tg.lo, tg.hi, tg.paraHi, tg.lastQ, tg.lastQY, tg.lastQSent}
			*tg = s
			if got.ok() && got.s == i || before != after {
				w := d.Words[i]
				ctx := d.Text[w.Start:min(len(d.Text), w.End+40)]
				t.Errorf("%s: gate %b dropped at %q but the matcher finds %+v (state %v -> %v)", name, m.g, ctx, got, before, after)
			}
		}
	}
	sentence := func(lo, hi, paraHi int) {
		tg.lo, tg.hi, tg.paraHi = lo, hi, paraHi
		tg.sentNo++
		for i := max(lo, tg.next); i < hi; {
			if tg.facts[i].flag&(fCore|fWeak) == 0 || !tg.candidate(i) {
				i++
				continue
			}
			check(i)
			m := tg.best(i)
			if !m.ok() {
				i++
				continue
			}
			if m.g != gNone && (m.typ == Date || m.typ == Clock) && !m.compare {
				tg.anchor, tg.anchorG = m.t, m.g
				if !m.guess {
					tg.yearRef = m.t.Year()
				}
			}
			i = m.e
			tg.next = m.e
		}
	}
	tg.header = true
	for _, s := range d.Header {
		sentence(s.Word0, s.WordEnd, s.WordEnd)
	}
	tg.header = false
	for _, s := range d.Sents {
		p := d.Paras[s.Para]
		sentence(s.Word0, s.WordEnd, d.Sents[p.SentEnd-1].WordEnd)
	}
	return ran
}

// TestNarrow checks narrow on gateText, on the articles of testdata and,
// where they are at hand, on the corpora next to the repository.
func TestNarrow(t *testing.T) {
	pubs := []time.Time{{}, pubDate("2025-08-16"), pubDate("1998-02-13")}
	texts := map[string]string{"gateText": gateText, "gateText upper": strings.ToUpper(gateText)}
	var files []string
	for _, pat := range []string{"../../testdata/*.txt", "../../testdata/*.txtar",
		"../../../shared/data/polnear/dev/text/*.txt", "../../../shared/data/tempeval/train/*.tml"} {
		fs, _ := filepath.Glob(pat)
		switch {
		case len(fs) == 0 && strings.HasPrefix(pat, "../../testdata"):
			t.Fatalf("no %s: the repository's own articles are missing", pat)
		case len(fs) == 0:
			t.Logf("no %s (../shared is not next to this repository): not checked", pat)
		}
		files = append(files, fs...)
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(f) {
		case ".txtar":
			if in, ok := txtarInput(string(b)); ok {
				texts[f] = in
			}
		case ".tml":
			texts[f] = tag.ReplaceAllString(string(b), "")
		default:
			texts[f] = string(b)
		}
	}
	for name, text := range texts {
		rd := reading.Read(text, nil)
		d := &rd
		for _, pub := range pubs {
			n := checkNarrow(t, name, d, pub)
			if name == "gateText" && n < 100 {
				t.Errorf("gateText: only %d matchers left out", n)
			}
		}
	}
}

// txtarInput returns the file input.txt of a txtar archive (a golden case
// of the newsparse package: "-- input.txt --" and the lines up to the next
// "-- name --").
func txtarInput(ar string) (string, bool) {
	const head = "-- input.txt --\n"
	i := strings.Index(ar, head)
	if i < 0 || i > 0 && ar[i-1] != '\n' {
		return "", false
	}
	in := ar[i+len(head):]
	if j := strings.Index(in, "\n-- "); j >= 0 {
		in = in[:j+1]
	}
	return in, true
}
