package bidi

import (
	"strings"
	"testing"
	"time"
)

// TestSlowInputs guards against layout going quadratic on hostile text.
func TestSlowInputs(t *testing.T) {
	cases := map[string]string{
		"longword":   strings.Repeat("a", 30000),
		"longarabic": strings.Repeat("ب", 30000),
		"marks":      strings.Repeat("\u0301", 30000),
		"words":      strings.Repeat("كلمة word 12 ", 6000),
		"spaces":     strings.Repeat(" ", 30000),
		"brackets":   strings.Repeat("(", 15000) + strings.Repeat(")", 15000),
		"newlines":   strings.Repeat("\n", 30000),
	}
	for name, s := range cases {
		for _, w := range []float32{0, 1e-6, 3, 7, 700, 1e30} {
			t0 := time.Now()
			Layout(s, Auto, w, fakeMeasure)
			layoutText(s, Auto, w, fakeMeasure, 3, 7)
			if d := time.Since(t0); d > time.Second {
				t.Errorf("%s width %g: %v", name, w, d)
			}
		}
	}
}
