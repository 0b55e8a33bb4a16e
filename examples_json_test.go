package newsparse_test

import (
	"encoding/json"
	"fmt"

	"github.com/newsparse/newsparse"
)

// Offsets for Python or JavaScript: the same JSON with every start and end
// counted in runes or UTF-16 units.
func ExampleArticle_JSON() {
	text := "“Go,” she said. 🎉 Done."
	a := newsparse.Parse(text, newsparse.Options{Layers: newsparse.LayerParagraphs})
	for _, u := range []newsparse.OffsetUnit{newsparse.Bytes, newsparse.Runes, newsparse.UTF16} {
		b, _ := a.JSON(u)
		var v struct {
			Paragraphs []struct{ Sentences []struct{ Start, End int } }
		}
		json.Unmarshal(b, &v)
		fmt.Println(u, v.Paragraphs[0].Sentences)
	}
	// Output:
	// bytes [{0 19} {20 30}]
	// runes [{0 15} {16 23}]
	// utf16 [{0 15} {16 24}]
}

// The JSON decodes back into an Article.
func ExampleArticle_UnmarshalJSON() {
	b, _ := json.Marshal(newsparse.Parse("Anna Berg spoke on Friday.", newsparse.Options{}))
	var a newsparse.Article
	if err := json.Unmarshal(b, &a); err != nil {
		fmt.Println(err)
	}
	fmt.Println(a.Entities[0].Name, a.Times[0].Value, a.Paragraphs[0].End)
	// Output:
	// Anna Berg XXXX-WXX-5 26
}

// Layers run only what is asked, and what it needs.
func ExampleParseLayers() {
	l, _ := newsparse.ParseLayers("quotes")
	a := newsparse.Parse("“We won,” Anna Berg said on Friday.", newsparse.Options{Layers: l})
	fmt.Println(len(a.Quotes), len(a.Entities), len(a.Times))
	// Output:
	// 1 1 0
}

// A quote's speaker is an EntityID; Article.Entity finds the entity.
func ExampleArticle_Entity() {
	a := newsparse.Parse("Anna Berg arrived. “We won,” she said.", newsparse.Options{})
	q := a.Quotes[0]
	fmt.Printf("%q by %q: %s\n", q.Text, q.Speaker.Text, a.Entity(q.Speaker.Entity).Name)
	// Output:
	// "We won" by "she": Anna Berg
}

// SentenceAt finds the sentence holding a finding.
func ExampleArticle_SentenceAt() {
	text := "Markets fell. Prices rose on Friday."
	a := newsparse.Parse(text, newsparse.Options{})
	s, _ := a.SentenceAt(a.Times[0].Start)
	fmt.Println(s.Text(text))
	// Output:
	// Prices rose on Friday.
}
