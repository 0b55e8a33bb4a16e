module github.com/newsparse/newsparse

go 1.22

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.22.0
)

require github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
