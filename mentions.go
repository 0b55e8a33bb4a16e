package newsparse

// mentionsOf returns the mention index of ents (see mentionIndex). Parse
// hands the same entity list to every layer, so the index is built once a
// document and kept on d; any other list gets an index of its own.
func (d *doc) mentionsOf(ents []Entity) []mentionRef {
	if len(ents) == 0 {
		return nil
	}
	if len(d.indexed) == len(ents) && &d.indexed[0] == &ents[0] {
		return d.mentions
	}
	d.indexed, d.mentions = ents, appendMentionIndex(d.w.mentions, ents)
	d.w.mentions = d.mentions
	return d.mentions
}
