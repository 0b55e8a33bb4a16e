// Package times is the times layer of newsparse: it finds the temporal
// expressions of a text's reading ([reading.Doc]) and normalizes them to
// TIMEX3 values, against the publication date and the story's own dates.
// It reads the shared reading and the word lists, nothing else.
package times

// Type is the TIMEX3 type of a [Time].
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"     // Friday, March 2013, last week
	Clock    Type = "TIME"     // 3 p.m., Friday night
	Duration Type = "DURATION" // two hours, a decade
	Set      Type = "SET"      // every Monday, annually
)

// Time is a temporal expression, Doc.Text[Start:End], with the TimeML
// extent ("Friday", not "on Friday") and its TIMEX3 value and modifier.
type Time struct {
	Start, End int
	Type       Type
	Value      string // "2025-08-15", "2025-W33", "PT2H30M", "PRESENT_REF"; unknown parts are X
	Mod        string // "", "MORE_THAN", "LESS_THAN", "APPROX", "START", "MID", "END", ...
}
