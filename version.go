package newsparse

// Version is this library's version, written as "version" in every
// Article's JSON. It follows semantic versioning: within one major version
// the JSON only gains keys, and every existing key keeps its meaning.
const Version = "0.1.0"
