package posixlocale

import (
	"os"
	"testing"
)

func TestPOSIXLocaleBecomesEnglish(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"C", "en_US.UTF-8"},
		{"C.UTF-8", "en_US.UTF-8"},
		{"POSIX", "en_US.UTF-8"},
		{"ar_EG.UTF-8", "ar_EG.UTF-8"},
		{"en", "en"},
		{"fr_FR", "fr_FR"},
	}
	for _, tt := range tests {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tt.lang)
		fix()
		if got := os.Getenv("LANG"); got != tt.want {
			t.Errorf("LANG=%q became %q, want %q", tt.lang, got, tt.want)
		}
	}
}
