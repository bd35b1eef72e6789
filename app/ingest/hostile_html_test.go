package ingest_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// hostileLeftovers are what must never reach a stored notice from a page
// with scripts and remote resources: script and style text, the markers
// inside elements a reader never sees as text, and any of the page's
// remote addresses (every one of them is on .invalid).
var hostileLeftovers = []string{
	"SCRIPT_MARKER", "STYLE_MARKER", "ONERROR_MARKER", "SRCDOC_MARKER", "IFRAME_MARKER",
	"JSLINK_MARKER", "SVG_SCRIPT_MARKER", "TEMPLATE_MARKER", "FORM_MARKER", "BUTTON_MARKER",
	"NOSCRIPT_MARKER", "javascript:", ".invalid", "alert(", "document.", "window.location",
	"url(", "<script", "<img", "<iframe",
}

// countingTransport stands in for the process's HTTP transport: any
// request a parser made would be counted and refused.
type countingTransport struct{ calls atomic.Int32 }

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.calls.Add(1)
	return nil, errors.New("network use in a test: " + r.URL.String())
}

// TestHostileHTMLIsTextOnly imports a page that loads remote scripts,
// styles, images, frames and a refresh, and runs scripts in every way a
// page can, as a saved page and as a feed item's content: the stored
// notices hold the article's words only, no script or style text, no
// remote address (the page's canonical javascript: link included), and
// nothing was requested over HTTP. (.ci/faults runs the built program on
// the same file under strace to show no socket is opened at all.)
func TestHostileHTMLIsTextOnly(t *testing.T) {
	rt := &countingTransport{}
	old := http.DefaultTransport
	http.DefaultTransport = rt
	t.Cleanup(func() { http.DefaultTransport = old })

	page, err := os.ReadFile(filepath.Join("testdata", "html", "hostile.html"))
	if err != nil {
		t.Fatal(err)
	}
	feed := `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example.org/</link>
<item><title>Platform removes 41 channels</title><guid>hostile-1</guid><link>javascript:alert('FEEDLINK')</link>
<description><![CDATA[` + string(page) + `]]></description></item></channel></rss>`
	dir := t.TempDir()
	feedPath := filepath.Join(dir, "hostile.xml")
	if err := os.WriteFile(feedPath, []byte(feed), 0o600); err != nil {
		t.Fatal(err)
	}
	db := openDB(t)
	for _, path := range []string{filepath.Join("testdata", "html", "hostile.html"), feedPath} {
		rep := ingest.File(context.Background(), db, path, ingest.Options{})
		if rep.Err != nil || rep.New != 1 {
			t.Fatalf("%s: %+v", path, rep)
		}
	}
	ns := allNotices(t, db)
	if len(ns) != 2 {
		t.Fatalf("%d notices, want 2", len(ns))
	}
	for _, n := range ns {
		fields := map[string]string{"title": n.Title, "body": n.Body, "url": n.URL, "origin": n.Origin}
		for _, s := range n.Sources {
			fields["source "+s.Source.Name] = s.Source.Name + " " + s.Source.URL
		}
		for name, v := range fields {
			for _, bad := range hostileLeftovers {
				if strings.Contains(v, bad) {
					t.Errorf("%s notice: %s holds %q: %q", n.Kind, name, bad, v)
				}
			}
		}
		for _, want := range []string{"removed 41 channels", "more than 12,000 subscribers", "violent content"} {
			if !strings.Contains(n.Body, want) {
				t.Errorf("%s notice lost the article's words %q: %q", n.Kind, want, n.Body)
			}
		}
		if n.URL != "" && !strings.HasPrefix(n.URL, "https://") && !strings.HasPrefix(n.URL, "http://") {
			t.Errorf("%s notice links to %q", n.Kind, n.URL)
		}
	}
	if ns[0].Kind == app.KindArticle && ns[0].URL != "https://news.example.org/2016/removed-41-channels" {
		t.Errorf("page URL %q, want its og:url (the canonical link is javascript:)", ns[0].URL)
	}
	if c := rt.calls.Load(); c != 0 {
		t.Errorf("%d HTTP requests while importing", c)
	}
}
