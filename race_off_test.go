//go:build !race

package newsparse

// raceEnabled is true under the race detector, which slows code unevenly:
// the timing tests skip there.
const raceEnabled = false
