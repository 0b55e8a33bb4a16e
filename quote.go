package newsparse

// findQuotes finds direct, partial and reported speech in d and links
// speakers to ents. (Issue 4.)
func findQuotes(d *doc, ents []Entity) []Quote {
	return []Quote{}
}
