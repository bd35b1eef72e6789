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
