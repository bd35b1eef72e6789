package ui

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDefangText(t *testing.T) {
	tests := []struct {
		body, shown string
		links       []string
	}{
		{"see https://t.me/isiswatch.", "see hxxps://t[.]me/isiswatch.", []string{"https://t.me/isiswatch"}},
		{"قناة http://example.com/a.html، ثم www.site.org", "قناة hxxp://example[.]com/a[.]html، ثم www[.]site[.]org",
			[]string{"http://example.com/a.html", "www.site.org"}},
		{"no link here", "no link here", nil},
		{"(https://x.org/p?q=1)", "(hxxps://x[.]org/p?q=1)", []string{"https://x.org/p?q=1"}},
	}
	for _, tt := range tests {
		d := defang(tt.body)
		if d.Shown != tt.shown {
			t.Errorf("defang(%q) shows %q, want %q", tt.body, d.Shown, tt.shown)
		}
		var got []string
		for _, l := range d.Links {
			got = append(got, l.URL)
			if string([]rune(tt.body)[l.Start:l.End]) != l.URL {
				t.Errorf("link %q spans %q of the body", l.URL, string([]rune(tt.body)[l.Start:l.End]))
			}
			if s := string([]rune(d.Shown)[l.ShownStart:l.ShownEnd]); !strings.HasPrefix(s, "hxxp") && !strings.HasPrefix(s, "www") {
				t.Errorf("link %q shown as %q", l.URL, s)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.links, " ") {
			t.Errorf("defang(%q) links %v, want %v", tt.body, got, tt.links)
		}
		// words outside links map to themselves both ways
		if i := strings.LastIndex(tt.body, " "); i >= 0 {
			b := utf8.RuneCountInString(tt.body[:i])
			if s, e := d.bodySpan(d.shownAt(b), d.shownAt(b+1)); s != b || e != b+1 {
				t.Errorf("%q: rune %d maps back to %d–%d", tt.body, b, s, e)
			}
		}
	}
}

func TestSafeURL(t *testing.T) {
	for raw, ok := range map[string]bool{
		"https://telegram.org/blog": true, "www.example.com": true, "javascript:alert(1)": false,
		"file:///etc/passwd": false, "http://": false,
	} {
		if _, got := safeURL(raw); got != ok {
			t.Errorf("safeURL(%q) = %v, want %v", raw, got, ok)
		}
	}
}

func FuzzDefang(f *testing.F) {
	f.Add("see https://t.me/isiswatch. and www.x.org")
	f.Add("\xff https://\u200f.ar/ قناة")
	f.Fuzz(func(t *testing.T, body string) {
		d := defang(body)
		n, m := utf8.RuneCountInString(body), utf8.RuneCountInString(d.Shown)
		if len(d.toShown) != n+1 || len(d.toBody) != m+1 {
			t.Fatalf("maps of %d and %d for %d and %d runes", len(d.toShown), len(d.toBody), n, m)
		}
		prev := 0
		for i, s := range d.toShown {
			if s < prev || s > m {
				t.Fatalf("body rune %d maps to %d (previous %d, shown %d)", i, s, prev, m)
			}
			prev = s
		}
		for i := 0; i <= m; i++ {
			if s, e := d.bodySpan(i, m); s < 0 || e > n || s > e {
				t.Fatalf("shown %d–%d maps to %d–%d of %d", i, m, s, e, n)
			}
		}
	})
}
