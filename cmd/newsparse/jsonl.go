package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"github.com/newsparse/newsparse"
)

// A job is one record line and where it came from.
type job struct {
	where string // "standard input:3", "batch.jsonl:17": for messages
	line  []byte
	err   string // the record is refused before parsing (too long)
	out   chan result
}

// A result is one output line, and what to say on standard error.
type result struct {
	line    []byte // without the newline; nil for none
	message string // an input that cannot be read
	warning string
	failed  bool
}

// runJSONL reads JSON Lines records from the files (or stdin), parses them
// on cfg.workers goroutines and writes one line per record in input order.
// At most a bounded window of records is in memory at once, so memory grows
// with the largest record (at most -max-bytes), not with the batch. It
// reports whether every record was parsed and every input read.
func runJSONL(cfg config, files []string, stdin io.Reader, out *bufio.Writer, log *progress) bool {
	jobs := make(chan job)
	order := make(chan chan result, 2*cfg.workers) // the in-flight window
	if len(files) == 0 {
		files = []string{""}
	}

	// Reader: records in input order, each with the channel of its result.
	go func() {
		defer close(order)
		defer close(jobs)
		for _, name := range files {
			if err := readRecords(name, stdin, cfg.maxBytes, func(j job) {
				j.out = make(chan result, 1)
				order <- j.out
				jobs <- j
			}); err != nil {
				// In its place in the output: a message, no line.
				res := make(chan result, 1)
				res <- result{message: err.Error(), failed: true}
				order <- res
			}
		}
	}()
	for i := 0; i < cfg.workers; i++ {
		go func() {
			for j := range jobs {
				j.out <- parseRecord(cfg, j)
			}
		}()
	}

	ok, writeOK := true, true
	for res := range order {
		r := <-res
		if r.warning != "" {
			log.printf("newsparse: warning: %s", r.warning)
		}
		if r.failed {
			ok = false
		}
		if r.message != "" {
			log.printf("newsparse: %s", r.message)
		}
		if !writeOK || r.line == nil {
			continue // drain, so the reader and workers end
		}
		out.Write(r.line)
		out.WriteByte('\n')
		if err := out.Flush(); err != nil {
			log.printf("newsparse: writing the output: %v", err)
			writeOK = false
		}
		log.count()
	}
	return ok && writeOK
}

// readRecords calls emit for every non-blank line of the file name (stdin
// when ""). A line longer than maxBytes is skipped as it is read, never
// held whole, and emitted as a job with an error. It returns an error when
// the input cannot be opened or read.
func readRecords(name string, stdin io.Reader, maxBytes int64, emit func(job)) error {
	label, r := "standard input", stdin
	if name != "" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		label, r = name, f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		var line []byte
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong && int64(len(line)+len(chunk)) > maxBytes+1 {
				tooLong, line = true, nil
			}
			if !tooLong {
				line = append(line, chunk...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		where := fmt.Sprintf("%s:%d", label, n)
		line = bytes.TrimRight(line, "\r\n")
		switch {
		case tooLong || int64(len(line)) > maxBytes:
			emit(job{where: where, err: fmt.Sprintf("record longer than -max-bytes %d (%s); not parsed", maxBytes, size(maxBytes))})
		case len(bytes.TrimSpace(line)) > 0:
			emit(job{where: where, line: line})
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if name == "" {
				return fmt.Errorf("reading standard input: %v", err)
			}
			return err
		}
	}
}

// record is one JSON Lines input record.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published *string         `json:"published"`
}

// parseRecord parses one record into its output line.
func parseRecord(cfg config, j job) result {
	var r record
	id := []byte("null")
	fail := func(msg string) result {
		return result{line: []byte(`{"id":` + string(id) + `,"error":` + string(jsonString(j.where+": "+msg)) + "}"), failed: true}
	}
	if j.err != "" {
		return fail(j.err)
	}
	err := json.Unmarshal(j.line, &r)
	if len(r.ID) > 0 {
		var c bytes.Buffer
		if json.Compact(&c, r.ID) == nil {
			id = c.Bytes()
		}
	}
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return fail(fmt.Sprintf("%q is not a %s", typeErr.Field, map[string]string{"text": "string", "published": `date "YYYY-MM-DD"`}[typeErr.Field]))
	case err != nil:
		return fail("not a JSON object: " + err.Error())
	case r.Text == nil:
		return fail(`no "text"`)
	}
	opts := cfg.opts
	if r.Published != nil && *r.Published != "" {
		t, err := time.Parse("2006-01-02", *r.Published)
		if err != nil {
			return fail(fmt.Sprintf("bad published date %q: want YYYY-MM-DD", *r.Published))
		}
		opts.Published = t
	}
	var res result
	w := textWarning(*r.Text)
	if w == "" && !utf8.Valid(j.line) {
		w = "is not valid UTF-8 (Latin-1?): newsparse reads English text in UTF-8, and reads each invalid byte as U+FFFD"
	}
	if w != "" {
		res.warning = fmt.Sprintf("record %s (id %s) %s; parsed all the same", j.where, id, w)
	}
	b, err := render(cfg, newsparse.Parse(*r.Text, opts))
	if err != nil {
		return fail(err.Error())
	}
	res.line = append(append([]byte(`{"id":`), id...), ',')
	res.line = append(res.line, b[1:]...)
	return res
}
