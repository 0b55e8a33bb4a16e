package main

import (
	"fmt"
	"io"

	"github.com/newsparse/newsparse"
)

// formatUsage documents -format. json is the contract that evaluations
// read; html and text are for people.
const formatUsage = "output `format`: json (the default: the JSON contract), html (one annotated page for review; one FILE at most) or text (a short summary)"

// checkFormat reports whether format can write n articles. An HTML page is
// one article: pages written one after another would make one invalid
// document, so html refuses several FILEs rather than guess where to put
// them (a shell loop writes one page a file).
func checkFormat(format string, n int) error {
	switch format {
	case "json", "text":
		return nil
	case "html":
		if n > 1 {
			return fmt.Errorf("-format html writes one page for one article, and %d FILEs were given (run once per FILE)", n)
		}
		return nil
	}
	return fmt.Errorf("bad -format %q: want json, html or text", format)
}

// writeFormat writes the Article a of text in a format for people (html or
// text). With several articles (multi), each text summary opens with a
// line naming its file and is followed by a blank line.
func writeFormat(w io.Writer, format, name, text string, a *newsparse.Article, multi bool) error {
	if format == "html" {
		return a.WriteHTML(w, text)
	}
	if multi {
		fmt.Fprintf(w, "== %s ==\n", name)
	}
	if err := a.WriteText(w, text); err != nil {
		return err
	}
	if multi {
		_, err := io.WriteString(w, "\n")
		return err
	}
	return nil
}
