// Command newsparse reads news articles and writes their structure as JSON.
//
// Usage:
//
//	newsparse [-published YYYY-MM-DD] [-pretty] [FILE ...]
//
// With no FILE it reads one article from standard input and writes one JSON
// object. With one FILE it writes that article's object; with several, JSON
// Lines: one object a line, each with a "file" key naming its file.
//
// The JSON shape is described in the documentation of package
// github.com/newsparse/newsparse.
//
// On a bad flag, an unreadable file or a bad date it prints one line to
// standard error, writes nothing to standard output and exits with status 2.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newsparse/newsparse"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, separated from main for tests. It returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsparse", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	published := fs.String("published", "", "publication date `YYYY-MM-DD`; relative dates resolve against it")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	format := fs.String("format", "json", formatUsage)
	tokens := fs.Bool("tokens", false, "add the tokens: part of speech and phrase chunk of every word")
	fail := func(err error) int {
		fmt.Fprintln(stderr, "newsparse:", err)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fmt.Fprintln(stderr, "usage: newsparse [-published YYYY-MM-DD] [-pretty] [FILE ...]")
			fs.PrintDefaults()
			return 0 // asked for, as the flag package does
		}
		return fail(fmt.Errorf("%v (usage: newsparse [-published YYYY-MM-DD] [-pretty] [FILE ...])", err))
	}
	opts := newsparse.Options{Tokens: *tokens}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			return fail(fmt.Errorf("bad -published date %q: want YYYY-MM-DD", *published))
		}
		opts.Published = t
	}

	if err := checkFormat(*format, fs.NArg()); err != nil {
		return fail(err)
	}

	// Read everything first, so that an unreadable file leaves stdout empty.
	type input struct{ name, text string }
	var inputs []input
	if fs.NArg() == 0 {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fail(fmt.Errorf("reading standard input: %v", err))
		}
		inputs = append(inputs, input{"", string(b)})
	}
	for _, name := range fs.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			return fail(err)
		}
		inputs = append(inputs, input{name, string(b)})
	}

	var out bytes.Buffer
	for _, in := range inputs {
		a := newsparse.Parse(in.text, opts)
		if *format != "json" {
			if err := writeFormat(&out, *format, in.name, in.text, a, len(inputs) > 1); err != nil {
				return fail(err)
			}
			continue
		}
		b, err := json.Marshal(a)
		if err != nil {
			return fail(err)
		}
		if len(inputs) > 1 {
			// JSON Lines: the object with "file" first.
			name, _ := json.Marshal(in.name)
			out.WriteString(`{"file":`)
			out.Write(name)
			out.WriteByte(',')
			out.Write(b[1:])
		} else if *pretty {
			json.Indent(&out, b, "", "  ")
		} else {
			out.Write(b)
		}
		out.WriteByte('\n')
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return fail(err)
	}
	return 0
}
