package newsparse

import (
	"flag"
	"os"
	"testing"
)

// TestMain runs the tests; with NEWSPARSE_SHORT=1 in the environment it
// runs them as -short does, for tools that run `go test` with flags of
// their own (the mutation tester: see the README).
func TestMain(m *testing.M) {
	flag.Parse()
	if os.Getenv("NEWSPARSE_SHORT") == "1" {
		flag.Set("test.short", "true")
	}
	os.Exit(m.Run())
}
