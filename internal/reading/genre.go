package reading

// Genre is how a text is read for its hedges and quotes: as news copy, as
// reference prose, or neither when it is too short to tell.
type Genre int8

// The genres.
const (
	GenreShort     Genre = iota // too short to tell: the rules alone decide
	GenreNews                   // news copy: reports speech or dates its events from the day of writing
	GenreReference              // reference prose: dates its events by the calendar
)

// minReferenceSentences is the length from which a text without the marks
// of news is read as reference prose. A few sentences do not show their
// genre, and either model would judge them out of its domain.
const minReferenceSentences = 10

// GenreOf reads d as news when at least one sentence in ten reports
// speech (said, says, told, according to, or a double quotation mark) or
// one in fifteen dates its events from the day of writing (today,
// yesterday, tonight, tomorrow, ago, here, a weekday, "last week",
// "this year"), where reference prose dates them by the calendar; else
// as reference prose from minReferenceSentences on. It reads d's words once.
func GenreOf(d *Doc) Genre {
	speech, deixis := 0, 0
	for _, s := range d.Sents {
		sp, dx := false, false
		for k := s.Word0; k < s.WordEnd; k++ {
			switch w := d.Lower[k]; w {
			case "said", "says", "told", "according", "\"", "“", "”":
				sp = true
			case "today", "yesterday", "tonight", "tomorrow", "ago", "here",
				"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
				dx = true
			case "last", "this", "next":
				if k+1 < s.WordEnd {
					switch d.Lower[k+1] {
					case "week", "month", "year", "quarter", "weekend":
						dx = true
					}
				}
			}
		}
		if sp {
			speech++
		}
		if dx {
			deixis++
		}
	}
	n := len(d.Sents)
	switch {
	case n > 0 && (10*speech >= n || 15*deixis >= n):
		return GenreNews
	case n < minReferenceSentences:
		return GenreShort
	}
	return GenreReference
}
