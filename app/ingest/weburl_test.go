package ingest

import "testing"

func TestWebURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{" https://example.org/a?b=1 ", "https://example.org/a?b=1"},
		{"HTTP://EXAMPLE.ORG/", "HTTP://EXAMPLE.ORG/"},
		{"example.org/page", "example.org/page"},
		{"example.org:8080/page", "example.org:8080/page"},
		{"t.me/isiswatch/12", "t.me/isiswatch/12"},
		{"javascript:alert(1)", ""},
		{"JavaScript:alert(1)", ""},
		{" javascript:alert('%zz')", ""},
		{"data:text/html;base64,PHNjcmlwdD4=", ""},
		{"file:///etc/passwd", ""},
		{"vbscript:msgbox", ""},
		{"", ""},
	} {
		if got := webURL(tt.in); got != tt.want {
			t.Errorf("webURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
