package browsertest

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/newsparse/newsparse"
)

var screenshot = flag.String("screenshot", "", "write a PNG of the top of the example article's page (1000×1400) to this `file`")

// findChromium returns the browser to drive: $CHROME_PATH, or the first of
// the usual names on $PATH.
func findChromium() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium that reaches no network and keeps
// nothing between runs, and returns a context to drive it.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := findChromium()
	if exe == "" {
		if os.Getenv("NEWSPARSE_BROWSER_REQUIRED") != "" {
			t.Fatal("no Chromium found, and NEWSPARSE_BROWSER_REQUIRED is set (as .ci/run sets it)")
		}
		t.Skip("no Chromium found ($CHROME_PATH, or chromium, chromium-browser, google-chrome on $PATH): " +
			"install one (apt-get install -y chromium) to run the browser test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 1400),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(ctx)
	t.Cleanup(cancelCtx)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx
}

// element is what the page reports of one drawn finding's fragment.
type element struct {
	Class   string `json:"cls"`
	Span    string `json:"span"`
	Visible bool   `json:"visible"`
	Label   string `json:"label"` // the ::before content of a first fragment
}

const inspect = `(() => {
  const text = document.getElementById("text");
  const els = [...text.querySelectorAll("[data-span]")].map(el => {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return {
      cls: el.classList[0], span: el.dataset.span,
      visible: r.width > 0 && r.height > 0 && s.visibility === "visible" && s.display !== "none" && Number(s.opacity) > 0,
      label: el.dataset.before ? getComputedStyle(el, "::before").content : ""
    };
  });
  return {text: text.textContent, elements: els};
})()`

// TestPageInBrowser loads pages in a real headless Chromium and checks
// that every entity mention, quote (with its speaker and cue) and claim
// (with its cues) is an element that is present and visible, that the
// article's text is the input, and that pointing at a mention lights every
// mention of its entity.
func TestPageInBrowser(t *testing.T) {
	alaska, err := os.ReadFile(filepath.Join("..", "..", "testdata", "alaska-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	pub := newsparse.Options{Published: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)}
	cases := []struct{ name, text string }{
		{"alaska", string(alaska)},
		{"tricky", "Bridge <Plans> & Costs\r\n\r\nBy Jane Doe\r\n\r\nOSLO (Reuters) - <script>alert(1)</script> Ana Ruiz said on Friday that the bridge might open \xff\x00 soon.\r\n\r\n" +
			"“It will cost less than planned,” said Ana Ruiz, who met Berg. Critics say it could cost more."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := newsparse.Parse(c.text, pub)
			path := filepath.Join(t.TempDir(), "page.html")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := a.WriteHTML(f, c.text); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path)); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
				Text     string    `json:"text"`
				Elements []element `json:"elements"`
			}](inspect))
			if err != nil {
				t.Fatal(err)
			}
			if want := domText(c.text); got.Text != want {
				t.Errorf("the article's text in the browser differs from the input:\n got %q\nwant %q", got.Text, want)
			}

			visible := map[string]bool{}
			labelled := map[string]string{}
			for _, el := range got.Elements {
				key := el.Class + " " + el.Span
				visible[key] = visible[key] || el.Visible
				if el.Label != "" {
					labelled[key] = el.Label
				}
			}
			need := func(class string, s, e int) {
				t.Helper()
				key := class + " " + strconv.Itoa(s) + "-" + strconv.Itoa(e)
				if v, ok := visible[key]; !ok {
					t.Errorf("%s is not on the page", key)
				} else if !v {
					t.Errorf("%s is on the page but not visible", key)
				}
			}
			n := 0
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					need("ent", m.Start, m.End)
					n++
				}
			}
			for i, q := range a.Quotes {
				need("quote", q.Start, q.End)
				key := "quote " + strconv.Itoa(q.Start) + "-" + strconv.Itoa(q.End)
				if l := labelled[key]; !strings.Contains(l, "Q"+strconv.Itoa(i+1)+" "+string(q.Kind)) {
					t.Errorf("%s: label drawn %q, want Q%d %s", key, l, i+1, q.Kind)
				}
				if q.Speaker != nil {
					need("speaker", q.Speaker.Start, q.Speaker.End)
				}
				if q.Cue != nil {
					need("cue", q.Cue.Start, q.Cue.End)
				}
				n++
			}
			for _, cl := range a.Claims {
				need("claim", cl.Start, cl.End)
				for _, h := range cl.Cues {
					need("hedge", h.Start, h.End)
				}
				n++
			}
			for _, tm := range a.Times {
				need("time", tm.Start, tm.End)
			}
			if c.name == "alaska" && n < 30 {
				t.Fatalf("only %d entity mentions, quotes and claims on the example page", n)
			}
			t.Logf("%d elements checked", len(visible))

			// Point at the first mention of the most mentioned entity: all
			// its mentions light up, and no other entity's.
			top := a.Entities[0]
			for _, e := range a.Entities {
				if len(e.Mentions) > len(top.Mentions) {
					top = e
				}
			}
			sel := `#text .ent[data-entity="` + string(top.ID) + `"]`
			type litCount struct{ All, Lit, Others int }
			if err := chromedp.Do(ctx,
				chromedp.ScrollIntoView(chromedp.CSS(sel)),
				chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
					box, err := chromedp.Evaluate[struct{ X, Y float64 }](`(() => { const r = document.querySelector(`+strconv.Quote(sel)+`).getBoundingClientRect(); return {X: r.x + r.width/2, Y: r.y + r.height/2}; })()`)(ctx, tg)
					if err != nil {
						return err
					}
					_, err = chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box.X, box.Y)(ctx, tg)
					return err
				}),
			); err != nil {
				t.Fatal(err)
			}
			lit, err := chromedp.Run(ctx, chromedp.Evaluate[litCount](`({All: document.querySelectorAll(`+strconv.Quote(sel)+`).length,
				Lit: document.querySelectorAll(`+strconv.Quote(sel+".hl")+`).length,
				Others: document.querySelectorAll('#text .ent.hl:not([data-entity="`+string(top.ID)+`"])').length})`))
			if err != nil {
				t.Fatal(err)
			}
			if lit.All != len(top.Mentions) || lit.Lit != lit.All || lit.Others != 0 {
				t.Errorf("pointing at %s (%s, %d mentions) lit %d of %d, and %d others", top.ID, top.Name, len(top.Mentions), lit.Lit, lit.All, lit.Others)
			}

			if c.name == "alaska" && *screenshot != "" {
				if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path)); err != nil {
					t.Fatal(err)
				}
				png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(*screenshot, png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// domText is the text a browser reads from the page for text: each byte
// of invalid UTF-8 and each NUL as U+FFFD (as WriteHTML writes them), and
// every CR LF or lone CR as LF (as HTML parsing does).
func domText(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n == 1, r == 0:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			b.WriteByte('\n')
			if strings.HasPrefix(text[i+1:], "\n") {
				n++
			}
		default:
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	return b.String()
}
