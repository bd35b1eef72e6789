package ingest

import (
	"bytes"
	"testing"
)

// TestVisibleTextFolding: a closing script tag is found in a page whose
// bytes change length when lower-cased (a Turkish capital İ, a broken
// byte) without reading past the page.
func TestVisibleTextFolding(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>İİİİ</p><SCRIPT>x()</SCRIPT><p>words</p>", "words"},
		{"\xff\xfe<script>x()</script>ok", "ok"},
		{"<STYLE>p{}</style>text", "text"},
	}
	for _, tc := range tests {
		if got := visibleText([]byte(tc.in)); !bytes.Contains(got, []byte(tc.want)) {
			t.Errorf("visibleText(%q) = %q, want it to hold %q", tc.in, got, tc.want)
		}
	}
}

// TestAbsURL: a page's address written without its scheme ("www.…",
// "//host/…") is still its address; other schemes and paths are none.
func TestAbsURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"www.elmundo.es/elmundo/2012/10/28/espana/1351388909.html", "http://www.elmundo.es/elmundo/2012/10/28/espana/1351388909.html"},
		{"//arabic.cnn.com/2013/index.html", "https://arabic.cnn.com/2013/index.html"},
		{"https://example.com/a", "https://example.com/a"},
		{"/news/a.html", ""},
		{"javascript:alert(1)", ""},
	}
	for _, tc := range tests {
		if got := absURL(tc.in); got != tc.want {
			t.Errorf("absURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
