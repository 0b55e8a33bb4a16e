package newsparse

import (
	"sync"

	"github.com/newsparse/newsparse/lexicon"
)

var (
	starterWords = sync.OnceValue(func() map[string]bool { return lexicon.Set("starters.txt") })
	newsAgencies = sync.OnceValue(func() map[string]bool { return lexicon.Set("agencies.txt") })
)
