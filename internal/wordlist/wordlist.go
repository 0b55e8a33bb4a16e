// Package wordlist reads the project's embedded word lists: one entry a
// line, "#" starting a comment, surrounding space trimmed, blank lines
// skipped.
package wordlist

import "strings"

// Parse returns the entries of a word list's contents.
func Parse(data []byte) []string {
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
