package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // files on this machine
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
)

// TestPipeline runs the whole pipeline on Beam's direct runner over a small
// JSON Lines file of our own: two articles and two bad records.
func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "articles.jsonl")
	out := filepath.Join(dir, "parsed.jsonl")
	records := strings.Join([]string{
		`{"id": "a1", "text": "Markets rose on Friday, traders said.", "published": "2025-08-16"}`,
		`{"id": 2, "text": "Anna Berg met Tomas Lind in Oslo on Monday.", "published": "2025-08-14"}`,
		`{"id": "bad-date", "text": "Nothing.", "published": "16/08/2025"}`,
		`not json`,
	}, "\n") + "\n"
	if err := os.WriteFile(in, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}

	p := beam.NewPipeline()
	Build(p.Root(), in, out)
	if _, err := direct.Execute(context.Background(), p); err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}

	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), data)
	}
	byID := map[string]map[string]any{}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, l)
		}
		id, _ := json.Marshal(m["id"])
		byID[string(id)] = m
	}
	var ids []string
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if got, want := strings.Join(ids, " "), `"a1" "bad-date" 2 null`; got != want {
		t.Fatalf("ids %s, want %s", got, want)
	}

	// "Friday" resolves against the record's own date, "Monday" against its.
	for id, want := range map[string]string{`"a1"`: "2025-08-15", `2`: "2025-08-11"} {
		a := byID[id]
		if a["published"] == nil || a["error"] != nil {
			t.Errorf("%s: %v", id, a)
			continue
		}
		times, _ := a["times"].([]any)
		if len(times) != 1 || times[0].(map[string]any)["value"] != want {
			t.Errorf("%s: times %v, want one resolving to %s", id, times, want)
		}
	}
	if e, _ := byID[`"bad-date"`]["error"].(string); !strings.Contains(e, "bad published date") {
		t.Errorf("bad date record: %v", byID[`"bad-date"`])
	}
	if e, _ := byID["null"]["error"].(string); !strings.Contains(e, "not a JSON object") {
		t.Errorf("not-JSON record: %v", byID["null"])
	}
}
