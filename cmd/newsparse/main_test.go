package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runTool(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Markets rose on Friday."), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string // in the message
	}{
		{"unknown flag", []string{"-bogus"}, "flag provided but not defined"},
		{"flag without value", []string{"-published"}, "flag needs an argument"},
		{"bad date", []string{"-published", "2025-13-40", good}, `bad -published date "2025-13-40"`},
		{"date in another format", []string{"-published", "16/08/2025"}, "want YYYY-MM-DD"},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "no such file"},
		{"missing second file", []string{good, filepath.Join(dir, "nope.txt")}, "no such file"},
		{"directory", []string{dir}, "is a directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runTool(t, "", c.args...)
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("wrote %q to stdout, want nothing", stdout)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q does not say %q", stderr, c.want)
			}
			if strings.Count(strings.TrimSuffix(stderr, "\n"), "\n") != 0 {
				t.Errorf("stderr is not one line: %q", stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, stdout, stderr := runTool(t, "", "-h")
	if code != 0 || stdout != "" || !strings.Contains(stderr, "usage: newsparse") || !strings.Contains(stderr, "-published") {
		t.Errorf("-h: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestStdinAndFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("First article. It is short."), 0o644)
	os.WriteFile(b, []byte("Second one."), 0o644)

	// One article from stdin: one JSON object with the published date.
	code, stdout, stderr := runTool(t, "Markets rose.", "-published", "2025-08-16")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(stdout), &obj); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, stdout)
	}
	if obj["published"] != "2025-08-16" {
		t.Errorf("published = %v", obj["published"])
	}
	for _, key := range []string{"headline", "byline", "dateline", "paragraphs", "entities", "quotes", "times", "timeline", "claims"} {
		if _, ok := obj[key]; !ok {
			t.Errorf("no %q key", key)
		}
	}
	if _, ok := obj["file"]; ok {
		t.Error(`a single article has a "file" key`)
	}

	// Several files: JSON Lines, each with its file name, in order.
	code, stdout, _ = runTool(t, "", a, b)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), stdout)
	}
	for i, name := range []string{a, b} {
		var o struct {
			File       string            `json:"file"`
			Published  *string           `json:"published"`
			Paragraphs []json.RawMessage `json:"paragraphs"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &o); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if o.File != name || o.Published != nil || len(o.Paragraphs) != 1 {
			t.Errorf("line %d: %+v", i, o)
		}
	}

	// -pretty indents; the content is the same.
	_, plain, _ := runTool(t, "", a)
	_, pretty, _ := runTool(t, "", "-pretty", a)
	var c1, c2 bytes.Buffer
	json.Compact(&c1, []byte(plain))
	json.Compact(&c2, []byte(pretty))
	if !strings.Contains(pretty, "\n  \"paragraphs\"") || c1.String() != c2.String() {
		t.Errorf("-pretty output:\n%s", pretty)
	}
}
