package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Ana Ruiz said on Friday that the <b>bridge</b> might open."), 0o644)
	os.WriteFile(b, []byte("Second one."), 0o644)

	code, stdout, stderr := runTool(t, "", "-published", "2025-08-16", "-format", "html", a)
	if code != 0 || stderr != "" {
		t.Fatalf("html: exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "<!DOCTYPE html>") || !strings.Contains(stdout, "&lt;b&gt;bridge&lt;/b&gt;") ||
		!strings.Contains(stdout, `data-after="Fri 15 Aug 2025"`) {
		t.Errorf("html output is not the escaped page with resolved times:\n%s", stdout)
	}

	code, stdout, _ = runTool(t, "Ana Ruiz said on Friday that the bridge might open.", "-format", "text")
	if code != 0 || !strings.Contains(stdout, `indirect  Ana Ruiz (said): "that the bridge might open"`) || strings.Contains(stdout, "==") {
		t.Errorf("text from stdin:\n%s", stdout)
	}

	// Several files: one summary after another, each under its file's name.
	code, stdout, _ = runTool(t, "", "-format", "text", a, b)
	if code != 0 || strings.Index(stdout, "== "+a+" ==\n") != 0 || !strings.Contains(stdout, "\n\n== "+b+" ==\n") {
		t.Errorf("text of two files:\n%s", stdout)
	}

	// The default stays JSON.
	if _, stdout, _ = runTool(t, "Markets rose.", "-format", "json"); !strings.HasPrefix(stdout, `{"published":null`) {
		t.Errorf("-format json: %s", stdout)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-format", "html", a, b}, "-format html writes one page for one article"},
		{[]string{"-format", "xml", a}, `bad -format "xml"`},
	} {
		code, stdout, stderr := runTool(t, "", c.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", c.args, code, stdout, stderr)
		}
	}
}
