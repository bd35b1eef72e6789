package app

import (
	"strconv"
	"testing"
)

// TestQuoteIsStrconvQuote holds quote to strconv.Quote's bytes on the
// words a conflict's reason quotes and on what must take the slow path.
func TestQuoteIsStrconvQuote(t *testing.T) {
	for _, s := range []string{
		"", "78 channels", `say "78" \ back`, "Telegram a bloqué 78 chaînes",
		"حظر 78 قناة مرتبطة بداعش", "заблокировал 78 каналов", "Ελλάδα",
		"\u061c78 قناة", "\u0600\u06dd", "\u00ad soft hyphen", "\u00a0no-break",
		"78 चैनल", "“quoted”", "emoji 🚫", "tab\tnew\nline", "\x7f", "\x00",
		"bad \xc3", "bad \xc3\x28", "\xc0\x80 overlong", "\xe2\x82", "ß\u0085",
	} {
		if got, want := quote(s), strconv.Quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzQuote(f *testing.F) {
	f.Add("حظر 78 قناة")
	f.Add("\u061c\xc3")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quote(s), strconv.Quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
	})
}
