// Package browsertest loads the pages of [newsparse.Article.WriteHTML] in a
// real headless Chromium (driven by chromedp) and checks that what the
// page promises is there and visible. It is a module of its own so that
// chromedp, and the newer Go it needs, stay out of the library's go.mod:
//
//	cd internal/browsertest && go test ./...
//
// The test skips, saying why, when no Chromium is installed
// (apt-get install -y chromium). With -screenshot FILE it also writes a
// PNG of the top of the example article's page:
//
//	go test -run TestPageInBrowser/alaska -screenshot ../../docs/alaska-summit.png
package browsertest
