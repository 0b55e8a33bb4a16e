package newsparse

// Version is this library's version, written as "version" in every
// Article's JSON. It follows semantic versioning: from 1.0.0 on, within one
// major version the JSON only gains keys and every existing key keeps its
// meaning; before 1.0.0 a minor version may also drop a key, and its notes
// here say which.
//
// 0.2.0: a timeline event's "sentence" has "start" and "end" only, as the
// contract first gave it (0.1.0 wrote the sentence's "text" on every event,
// so that the JSON of one long sentence with many dates grew with the
// square of its length: 5 GB for 400 KB). The text is the paragraph's
// sentence of the same offsets.
const Version = "0.2.0"
