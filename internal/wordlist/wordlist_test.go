package wordlist

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	got := Parse([]byte("# a comment\n\nalpha\n  beta gamma  # trailing\r\n#\n\tdelta\n"))
	want := []string{"alpha", "beta gamma", "delta"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse = %q, want %q", got, want)
	}
	if Parse(nil) != nil {
		t.Error("Parse(nil) is not nil")
	}
}
