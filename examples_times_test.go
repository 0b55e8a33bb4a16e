package newsparse_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsparse/newsparse"
)

func ExampleTimes() {
	pub := time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC) // a Saturday
	text := "The leaders met for more than two and a half hours on Friday. " +
		"Zelenskyy will travel to Washington on Monday."
	for _, t := range newsparse.Times(text, pub) {
		fmt.Println(strings.TrimSpace(fmt.Sprint(t.Text, " | ", t.Type, " ", t.Value, " ", t.Mod)))
	}
	// Output:
	// more than two and a half hours | DURATION PT2H30M MORE_THAN
	// Friday | DATE 2025-08-15
	// Monday | DATE 2025-08-18
}

func ExampleTimes_withoutDate() {
	text := "The board met on Friday and will vote next week."
	for _, t := range newsparse.Times(text, time.Time{}) {
		fmt.Println(t.Text, t.Value)
	}
	// Output:
	// Friday XXXX-WXX-5
	// next week XXXX-WXX
}

func ExampleTimeline() {
	pub := time.Date(2021, 6, 10, 0, 0, 0, 0, time.UTC)
	text := "The museum will reopen on June 19. It closed on March 2, 2019. " +
		"Workers later removed the skylights."
	for _, e := range newsparse.Timeline(text, pub) {
		fmt.Println(e.Value, e.Event.Text)
	}
	// Output:
	// 2019-03-02 closed
	// 2019-03-02 removed the skylights
	// 2021-06-19 will reopen
}
