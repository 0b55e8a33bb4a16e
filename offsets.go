package newsparse

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"
)

// OffsetUnit is the unit of the start and end offsets that [Article.JSON]
// writes. The Go API always counts bytes; other units are for programs that
// index strings otherwise.
type OffsetUnit int

// The offset units.
const (
	// Bytes of UTF-8, the Go API's unit: text[start:end] in Go, Rust or C.
	Bytes OffsetUnit = iota
	// Runes are Unicode code points: text[start:end] in Python 3.
	Runes
	// UTF16 counts UTF-16 code units: text.slice(start, end) in JavaScript,
	// substring in Java and C#.
	UTF16
)

// String returns "bytes", "runes" or "utf16".
func (u OffsetUnit) String() string {
	switch u {
	case Bytes:
		return "bytes"
	case Runes:
		return "runes"
	case UTF16:
		return "utf16"
	}
	return fmt.Sprintf("OffsetUnit(%d)", int(u))
}

// ParseOffsetUnit reads "bytes", "runes" or "utf16".
func ParseOffsetUnit(s string) (OffsetUnit, error) {
	for _, u := range []OffsetUnit{Bytes, Runes, UTF16} {
		if s == u.String() {
			return u, nil
		}
	}
	return 0, fmt.Errorf("newsparse: unknown offset unit %q (want bytes, runes or utf16)", s)
}

// JSON returns the Article's JSON, as [Article.MarshalJSON] writes it, with
// every "start" and "end" counted in unit. Texts are unchanged. An invalid
// UTF-8 byte counts as one unit, as it is one U+FFFD in the JSON's text.
//
// Other units than Bytes need the text the Article was parsed from: an
// Article decoded from JSON or built by hand gives an error. The conversion
// reads the text once and sorts the offsets, so its cost is linear in the
// text and n log n in the number of offsets.
func (a Article) JSON(unit OffsetUnit) ([]byte, error) {
	v := a.jsonValue()
	if unit != Bytes {
		if unit != Runes && unit != UTF16 {
			return nil, fmt.Errorf("newsparse: unknown %v", unit)
		}
		rv := reflect.ValueOf(&v).Elem()
		var offs []int
		walkOffsets(rv, func(p *int) { offs = append(offs, *p) })
		for _, o := range offs {
			if a.decoded != nil || o < 0 || o > len(a.src) {
				return nil, errors.New("newsparse: offsets in " + unit.String() + " need the text the Article was parsed from")
			}
		}
		// The lists of v share memory with a; convert a deep copy.
		conv := offsetTable(a.src, offs, unit)
		cp := reflect.New(rv.Type()).Elem()
		deepCopy(cp, rv)
		walkOffsets(cp, func(p *int) { *p = conv(*p) })
		v = cp.Interface().(articleJSON)
	}
	// HTML is not escaped here: an encoder that wants it escapes what a
	// MarshalJSON method returns (json.Marshal does; an Encoder with
	// SetEscapeHTML(false) does not).
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// offsetTable returns a function that maps each byte offset of offs to its
// count in unit, computed in one pass over text.
func offsetTable(text string, offs []int, unit OffsetUnit) func(int) int {
	sort.Ints(offs)
	n := 0
	for i, o := range offs { // unique
		if i == 0 || o != offs[n-1] {
			offs[n] = o
			n++
		}
	}
	offs = offs[:n]
	units := make([]int, n)
	pos, count := 0, 0
	for i, o := range offs {
		for pos < o && pos < len(text) {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if pos+size > o { // inside a character: count up to its start
				break
			}
			pos += size
			count++
			if unit == UTF16 && r >= 0x10000 {
				count++
			}
		}
		units[i] = count
	}
	return func(o int) int {
		return units[sort.SearchInts(offs, o)]
	}
}

// isOffset reports whether a struct field holds a byte offset of the JSON:
// an int keyed "start" or "end".
func isOffset(f reflect.StructField) bool {
	if f.Type.Kind() != reflect.Int {
		return false
	}
	key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return key == "start" || key == "end"
}

// walkOffsets calls fn on every offset reachable from v, which must be
// addressable.
func walkOffsets(v reflect.Value, fn func(*int)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkOffsets(v.Elem(), fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkOffsets(v.Index(i), fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if isOffset(f) {
				fn(v.Field(i).Addr().Interface().(*int))
			} else {
				walkOffsets(v.Field(i), fn)
			}
		}
	}
}

// deepCopy copies src into dst (settable, of the same type), with new
// memory for every pointer and slice, so that changing dst leaves src.
func deepCopy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Elem().Type())
		deepCopy(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := 0; i < src.Len(); i++ {
			deepCopy(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Struct:
		dst.Set(src) // unexported fields too; exported ones are then copied deep
		for i := 0; i < src.NumField(); i++ {
			if src.Type().Field(i).IsExported() {
				deepCopy(dst.Field(i), src.Field(i))
			}
		}
	default:
		dst.Set(src)
	}
}
