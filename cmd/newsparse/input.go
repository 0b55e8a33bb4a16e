package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// readInput reads the file name, or stdin when name is "", through a
// limited reader: an input larger than maxBytes is refused without being
// read past maxBytes+1 bytes, so a huge input never fills memory.
func readInput(name string, stdin io.Reader, maxBytes int64) (string, error) {
	label := name
	r := stdin
	if name == "" {
		label = "standard input"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	var buf bytes.Buffer
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() <= maxBytes {
			buf.Grow(int(fi.Size()) + 1) // one allocation for the usual file
		}
	}
	n, err := buf.ReadFrom(io.LimitReader(r, maxBytes+1))
	if err != nil {
		if name == "" {
			return "", fmt.Errorf("reading standard input: %v", err)
		}
		return "", err // *PathError: it names the file
	}
	if n > maxBytes {
		return "", fmt.Errorf("%s: larger than -max-bytes %d (%s); not parsed", label, maxBytes, size(maxBytes))
	}
	return buf.String(), nil
}

// size writes a byte count for people: "64 MiB", "1.5 KiB", "100 bytes".
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<20)), ".0") + " MiB"
	case n >= 1<<10:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<10)), ".0") + " KiB"
	}
	return fmt.Sprintf("%d bytes", n)
}

// textWarning says what is wrong with text as English news text, or "".
// Binary: a NUL byte, or more than one byte in twenty a control character
// other than white space. Not UTF-8: Latin-1 and other legacy encodings,
// whose letters the library reads as U+FFFD.
func textWarning(text string) string {
	control, nul := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == 0:
			nul = true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v', c == 0x7f:
			control++
		}
	}
	switch {
	case nul:
		return "looks binary (NUL bytes), not text"
	case control*20 > len(text):
		return fmt.Sprintf("looks binary (%d control bytes in %d), not text", control, len(text))
	case !utf8.ValidString(text):
		return "is not valid UTF-8 (Latin-1?): newsparse reads English text in UTF-8, and reads each invalid byte as U+FFFD"
	}
	return ""
}

// jsonString returns s as a JSON string.
func jsonString(s string) []byte {
	b, _ := json.Marshal(s)
	return b
}

// indent writes the JSON b indented by two spaces.
func indent(w io.Writer, b []byte) {
	var buf bytes.Buffer
	json.Indent(&buf, b, "", "  ")
	w.Write(buf.Bytes())
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
