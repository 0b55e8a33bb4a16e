// Command newsparse reads news articles and writes their structure as JSON.
//
// Usage:
//
//	newsparse [flags] [FILE ...]
//	newsparse -jsonl [flags] [FILE ...]
//
// With no FILE it reads one article from standard input and writes one JSON
// object. With one FILE it writes that article's object; with several, JSON
// Lines: one object a line, each with a "file" key naming its file. Each
// result is written as soon as its article is parsed.
//
// With -jsonl the input (standard input, or each FILE in turn) is JSON Lines
// of records {"id": ..., "text": "...", "published": "YYYY-MM-DD"}, "id" and
// "published" optional; the output has one line per record, in input order,
// with "id" echoed: the Article, or {"id": ..., "error": "..."} for a record
// that cannot be parsed. -workers parses records in parallel.
//
// Flags:
//
//	-published YYYY-MM-DD  the date relative expressions resolve against
//	                       (with -jsonl, for records without their own)
//	-layers LIST           run only these layers (and what they need):
//	                       paragraphs,entities,quotes,times,timeline,claims
//	-offsets UNIT          bytes (default), runes (Python) or utf16
//	                       (JavaScript): the unit of every start and end
//	-pretty                indent the JSON (one article only)
//	-jsonl                 read JSON Lines records, as above
//	-workers N             records parsed at once with -jsonl (default: CPUs)
//	-max-bytes N           refuse an input (with -jsonl, a record) larger
//	                       than N bytes (default 64 MiB)
//	-version               print the version and exit
//
// The JSON shape is described in the documentation of package
// github.com/newsparse/newsparse and in schema/article.schema.json.
//
// Exit status: 0 when every input was parsed; 1 when an input could not be
// read, was too large, or (with -jsonl) a record could not be parsed: one
// line on standard error says which, and the other inputs are still
// written; 2 for bad usage (a bad flag or value), with one line on standard
// error and nothing on standard output.
//
// The library reads English news. The tool warns, in one line on standard
// error, when an input is not valid UTF-8 or looks binary, and parses it
// all the same.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/newsparse/newsparse"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usageLine = "usage: newsparse [-published YYYY-MM-DD] [-layers LIST] [-offsets bytes|runes|utf16] [-format json|html|text] [-tokens] [-pretty] [-jsonl [-workers N]] [-max-bytes N] [-version] [FILE ...]"

// config is what the flags ask for.
type config struct {
	opts     newsparse.Options
	offsets  newsparse.OffsetUnit
	pretty   bool
	jsonl    bool
	workers  int
	maxBytes int64
	format   string // json, html or text (see format.go)
}

// usageError is bad usage: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// parseFlags reads the command line into a config and the file names.
func parseFlags(args []string, stdout, stderr io.Writer) (cfg config, files []string, done bool, err error) {
	fs := flag.NewFlagSet("newsparse", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	published := fs.String("published", "", "publication date `YYYY-MM-DD`; relative dates resolve against it (with -jsonl, for records without their own)")
	layers := fs.String("layers", "all", "comma-separated `layers` to run (with what they need): paragraphs, entities, quotes, times, timeline, claims, all")
	offsets := fs.String("offsets", "bytes", "`unit` of every start and end in the JSON: bytes, runes (Python) or utf16 (JavaScript)")
	fs.BoolVar(&cfg.pretty, "pretty", false, "indent the JSON (one article only)")
	fs.BoolVar(&cfg.jsonl, "jsonl", false, `read JSON Lines records {"id", "text", "published"}; write one line per record`)
	fs.IntVar(&cfg.workers, "workers", runtime.NumCPU(), "records parsed at once with -jsonl")
	fs.Int64Var(&cfg.maxBytes, "max-bytes", 64<<20, "refuse an input (with -jsonl, a record) larger than this many `bytes`")
	version := fs.Bool("version", false, "print the version and exit")
	fs.StringVar(&cfg.format, "format", "json", formatUsage)
	fs.BoolVar(&cfg.opts.Tokens, "tokens", false, "add the tokens: part of speech and phrase chunk of every word")

	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fmt.Fprintln(stderr, usageLine)
			fs.PrintDefaults()
			return cfg, nil, true, nil // asked for, as the flag package does
		}
		return cfg, nil, false, usageError{fmt.Sprintf("%v (%s)", err, usageLine)}
	}
	if *version {
		fmt.Fprintln(stdout, "newsparse", newsparse.Version)
		return cfg, nil, true, nil
	}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			return cfg, nil, false, usageError{fmt.Sprintf("bad -published date %q: want YYYY-MM-DD", *published)}
		}
		cfg.opts.Published = t
	}
	if cfg.opts.Layers, err = newsparse.ParseLayers(*layers); err != nil {
		return cfg, nil, false, usageError{"bad -layers: " + err.Error()}
	}
	if cfg.offsets, err = newsparse.ParseOffsetUnit(*offsets); err != nil {
		return cfg, nil, false, usageError{"bad -offsets: " + err.Error()}
	}
	if cfg.workers < 1 {
		return cfg, nil, false, usageError{fmt.Sprintf("bad -workers %d: want 1 or more", cfg.workers)}
	}
	if cfg.maxBytes < 1 {
		return cfg, nil, false, usageError{fmt.Sprintf("bad -max-bytes %d: want 1 or more", cfg.maxBytes)}
	}
	if err := checkFormat(cfg.format, fs.NArg()); err != nil {
		return cfg, nil, false, usageError{err.Error()}
	}
	if cfg.format != "json" && cfg.jsonl {
		return cfg, nil, false, usageError{"-format " + cfg.format + " is for people; -jsonl writes JSON Lines"}
	}
	if cfg.pretty && (cfg.jsonl || fs.NArg() > 1) {
		return cfg, nil, false, usageError{"-pretty writes one article; JSON Lines (-jsonl, several files) keep one object a line"}
	}
	return cfg, fs.Args(), false, nil
}

// run is the whole command, separated from main for tests. It returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, files, done, err := parseFlags(args, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "newsparse:", err)
		return 2
	}
	if done {
		return 0
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	log := newProgress(stderr, isTerminal(stderr), time.Now)
	var ok bool
	if cfg.jsonl {
		ok = runJSONL(cfg, files, stdin, out, log)
	} else {
		ok = runArticles(cfg, files, stdin, out, log)
	}
	log.finish()
	if !ok {
		return 1
	}
	return 0
}

// render returns an Article's output: its JSON, in the unit asked for,
// without a final newline. (A view other than the JSON plugs in here.)
func render(cfg config, a *newsparse.Article) ([]byte, error) {
	return a.JSON(cfg.offsets)
}

// runArticles parses each input as one article, writing each result as soon
// as it is parsed. It reports whether every input was read and written.
func runArticles(cfg config, files []string, stdin io.Reader, out *bufio.Writer, log *progress) bool {
	ok := true
	if len(files) == 0 {
		files = []string{""} // standard input
	}
	for _, name := range files {
		label := name
		if name == "" {
			label = "standard input"
		}
		text, err := readInput(name, stdin, cfg.maxBytes)
		if err != nil {
			log.printf("newsparse: %v", err)
			ok = false
			continue
		}
		if w := textWarning(text); w != "" {
			log.printf("newsparse: warning: %s %s; parsed all the same", label, w)
		}
		a := newsparse.Parse(text, cfg.opts)
		if cfg.format != "json" {
			if err := writeFormat(out, cfg.format, name, text, a, len(files) > 1); err != nil {
				log.printf("newsparse: %s: %v", label, err)
				ok = false
			}
			if err := out.Flush(); err != nil {
				log.printf("newsparse: writing the output: %v", err)
				return false
			}
			log.count()
			continue
		}
		b, err := render(cfg, a)
		if err != nil {
			log.printf("newsparse: %s: %v", label, err)
			ok = false
			continue
		}
		switch {
		case len(files) > 1: // JSON Lines: the object with "file" first
			out.WriteString(`{"file":`)
			out.Write(jsonString(name))
			out.WriteByte(',')
			out.Write(b[1:])
		case cfg.pretty:
			indent(out, b)
		default:
			out.Write(b)
		}
		out.WriteByte('\n')
		if err := out.Flush(); err != nil {
			log.printf("newsparse: writing the output: %v", err)
			return false
		}
		log.count()
	}
	return ok
}
