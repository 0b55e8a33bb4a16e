package newsparse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

const schemaFile = "schema/article.schema.json"

// compileSchema compiles the committed JSON Schema, or a definition of it
// ("#/$defs/entities").
func compileSchema(t *testing.T, fragment string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile(schemaFile + fragment)
	if err != nil {
		t.Fatalf("compiling %s%s: %v", schemaFile, fragment, err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, what string, data []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("%s does not match the schema: %v", what, err)
	}
}

// TestSchemaExample: the example article's JSON, in every offset unit, and
// that of hostile and empty texts, match the committed schema.
func TestSchemaExample(t *testing.T) {
	s := compileSchema(t, "")
	text, err := os.ReadFile("testdata/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := Parse(string(text), Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)})
	for _, u := range []OffsetUnit{Bytes, Runes, UTF16} {
		b, err := a.JSON(u)
		if err != nil {
			t.Fatal(err)
		}
		validate(t, s, "the example article in "+u.String(), b)
	}
	for _, text := range []string{"", "\x00\xff“", strings.Repeat("“a ", 50) + "said Mr. X on Friday."} {
		b, _ := json.Marshal(Parse(text, Options{}))
		validate(t, s, "Parse("+text+")", b)
	}
	b, _ := json.Marshal(Article{})
	validate(t, s, "the zero Article", b)
}

// TestSchemaGolden: every golden output matches the schema: whole Articles
// and each layer's list.
func TestSchemaGolden(t *testing.T) {
	schemas := map[string]*jsonschema.Schema{"": compileSchema(t, "")}
	// The quotes and claims sections are views with entity names beside
	// the ids: not the JSON itself.
	for _, layer := range []string{"entities", "times", "timeline"} {
		schemas[layer] = compileSchema(t, "#/$defs/"+layer)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	n := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range readTxtar(data).files {
			layer, ok := wantLayer(f.name)
			if s := schemas[layer]; ok && s != nil {
				validate(t, s, file+" "+f.name, f.data)
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no golden output validated")
	}
	t.Logf("%d golden outputs validated", n)
}

// TestSchemaRefuses: the schema is not vacuous; it refuses what breaks the
// contract.
func TestSchemaRefuses(t *testing.T) {
	s := compileSchema(t, "")
	good, _ := json.Marshal(Parse("“We won,” Anna Berg said on Friday.", Options{}))
	for name, bad := range map[string]string{
		"null list":       strings.Replace(string(good), `"claims":[]`, `"claims":null`, 1),
		"no version":      strings.Replace(string(good), `"version":"`+Version+`",`, ``, 1),
		"unknown key":     strings.Replace(string(good), `"claims":[]`, `"claims":[],"extra":1`, 1),
		"bad kind":        strings.Replace(string(good), `"kind":"direct"`, `"kind":"quoted"`, 1),
		"negative offset": strings.Replace(string(good), `"start":0`, `"start":-1`, 1),
		"sentence text":   strings.Replace(string(good), `,"text":"“We won,” Anna Berg said on Friday."}]`, `}]`, 1),
	} {
		if bad == string(good) {
			t.Fatalf("%s: the JSON did not change: %s", name, good)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if s.Validate(inst) == nil {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}
