// Package pipeline is an Apache Beam pipeline that parses news articles
// with newsparse: JSON Lines records in, one JSON line per record out.
package pipeline

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/newsparse/newsparse"
)

func init() {
	// Registered functions run on remote workers without reflection on
	// their names (Dataflow, Flink and Spark need this).
	register.Function1x1(ParseRecord)
}

// Build adds the pipeline to scope s: read the JSON Lines at input, parse
// every record, write the results to output. Records are independent, so the
// runner spreads them over as many workers as it has; the output's line
// order is the runner's, not the input's (each line carries its "id").
func Build(s beam.Scope, input, output string) {
	lines := textio.Read(s, input)
	parsed := beam.ParDo(s, ParseRecord, lines)
	textio.Write(s, output, parsed)
}

// record is one input line.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
}

// ParseRecord parses one JSON Lines record and returns its output line: the
// Article's JSON with "id" first, or {"id": ..., "error": "..."} when the
// record is not JSON, has no text or has a bad date. It never fails, so one
// bad record cannot stop a batch.
func ParseRecord(line string) string {
	line = strings.TrimRight(line, "\r\n")
	var r record
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		return errorLine(nil, "not a JSON object: "+err.Error())
	}
	if r.Text == nil {
		return errorLine(r.ID, `no "text"`)
	}
	var opts newsparse.Options
	if r.Published != "" {
		t, err := time.Parse("2006-01-02", r.Published)
		if err != nil {
			return errorLine(r.ID, fmt.Sprintf("bad published date %q: want YYYY-MM-DD", r.Published))
		}
		opts.Published = t
	}
	a := newsparse.Parse(*r.Text, opts)
	b, err := json.Marshal(a)
	if err != nil {
		return errorLine(r.ID, err.Error())
	}
	id := r.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	return `{"id":` + string(id) + "," + string(b[1:])
}

func errorLine(id json.RawMessage, msg string) string {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	m, _ := json.Marshal(msg)
	return `{"id":` + string(id) + `,"error":` + string(m) + "}"
}
