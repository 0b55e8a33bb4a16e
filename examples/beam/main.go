// Command beam runs newsparse over an archive of articles as an Apache Beam
// pipeline: it reads JSON Lines records {"id", "text", "published"}, parses
// each with newsparse, and writes one JSON line per record: the Article with
// its "id", or {"id", "error"} for a record that cannot be read.
//
// The same program runs on one machine (Beam's local runner, prism, by
// default; -runner direct for the direct runner) or on a cluster (Dataflow,
// Flink, Spark) by its -runner flag; see the README section "Beyond one
// machine".
//
//	go run . -input articles.jsonl -output parsed.jsonl
//	go run . -runner dataflow -project P -region R -staging_location gs://B/staging \
//		-input gs://B/articles-*.jsonl -output gs://B/parsed
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/newsparse/newsparse/examples/beam/pipeline"
)

var (
	input  = flag.String("input", "", "JSON Lines file (or glob) of articles to read")
	output = flag.String("output", "", "JSON Lines file to write")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		log.Fatal("beam: -input and -output are required")
	}
	p := beam.NewPipeline()
	pipeline.Build(p.Root(), *input, *output)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: %v", err)
	}
}
