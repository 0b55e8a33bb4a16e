package newsparse

import "testing"

// U+2029 PARAGRAPH SEPARATOR separates paragraphs, U+2028 LINE SEPARATOR
// ends a line inside one, and a lone CR ends a line as LF and CRLF do. (A
// Go test rather than a golden file: the tagger's tests read every file
// in testdata one line a sentence at "\n".)
func TestLineSeparators(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The bridge will close for repairs on Monday, the city said,\u2028and reopen in the spring.\u2029Drivers are advised to use the ring road.\u2029Buses will follow a new route.",
			[]string{"The bridge will close for repairs on Monday, the city said,\u2028and reopen in the spring.", "Drivers are advised to use the ring road.", "Buses will follow a new route."}},
		{"The bridge will close on Monday.\u2029\u2029Drivers should use the ring road.\u2029",
			[]string{"The bridge will close on Monday.", "Drivers should use the ring road."}},
		{"The bridge will close on Monday, the city said.\rDrivers should use the ring road, it said.\rBuses will follow a new route.",
			[]string{"The bridge will close on Monday, the city said.", "Drivers should use the ring road, it said.", "Buses will follow a new route."}},
	} {
		a := Parse(c.text, Options{})
		checkInvariants(t, c.text, a)
		var got []string
		for _, p := range a.Paragraphs {
			got = append(got, p.Text(c.text))
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: paragraphs %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: paragraph %d %q, want %q", c.text, i, got[i], c.want[i])
			}
		}
	}
}

// TestHeaderWordsInTextOrder: the word table is in text order when a
// standfirst paragraph comes between the headline and the byline. Its
// header lines' words once all went first, ahead of the standfirst's, and a
// byline ending in punctuation made Parse panic (a slice from the byline's
// end back to the standfirst's start).
func TestHeaderWordsInTextOrder(t *testing.T) {
	for _, text := range []string{
		"Rail Strike Halts Trains\n\nCommuters face a third day of cancellations.\n\nBy Tomasz Wielgus.\n\nRail workers walked out on Thursday.\n",
		"Rail Strike Halts Trains\n\nCommuters face a third day of cancellations.\n\nBy Tomasz Wielgus |\n\nLEEDS, England (Reuters) - Rail workers walked out on Thursday.\n",
	} {
		d := newDoc(text)
		if d.Byline == nil || d.Headline == nil {
			t.Errorf("%q: headline %v, byline %v: the layout this test is about was not read", text, d.Headline, d.Byline)
		}
		for i := 1; i < len(d.Words); i++ {
			if d.Words[i-1].End > d.Words[i].Start {
				t.Errorf("%q: word %d %q ends after word %d %q starts", text, i-1, text[d.Words[i-1].Start:d.Words[i-1].End], i, text[d.Words[i].Start:d.Words[i].End])
			}
		}
		d.release()
		a := Parse(text, Options{})
		checkInvariants(t, text, a)
	}
}
