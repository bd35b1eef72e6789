package bidi

import (
	"strings"
	"testing"
)

// hostileInputs are texts that once made layout quadratic.
var hostileInputs = map[string]string{
	"longword":   strings.Repeat("a", 30000),
	"longarabic": strings.Repeat("ب", 30000),
	"marks":      strings.Repeat("\u0301", 30000),
	"words":      strings.Repeat("كلمة word 12 ", 6000),
	"spaces":     strings.Repeat(" ", 30000),
	"brackets":   strings.Repeat("(", 15000) + strings.Repeat(")", 15000),
	"newlines":   strings.Repeat("\n", 30000),
}

// BenchmarkHostileInputs guards against layout going quadratic on hostile
// text: each case should stay in milliseconds, not seconds.
func BenchmarkHostileInputs(b *testing.B) {
	for name, s := range hostileInputs {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for _, w := range []float32{0, 1e-6, 3, 7, 700, 1e30} {
					Layout(s, Auto, w, fakeMeasure)
					layoutText(s, Auto, w, fakeMeasure, 3, 7)
				}
			}
		})
	}
}

// TestHostileInputsGrowLinearly checks the same without a clock: doubling
// the input must not much more than double the text measured (measuring
// every prefix of a giant word was the quadratic case once).
func TestHostileInputsGrowLinearly(t *testing.T) {
	for name, s := range hostileInputs {
		half := string([]rune(s)[:len([]rune(s))/2])
		count := func(text string) int {
			n := 0
			m := func(x string) float32 { n += len(x); return fakeMeasure(x) }
			for _, w := range []float32{0, 3, 700} {
				Layout(text, Auto, w, m)
				layoutText(text, Auto, w, m, 3, 7)
			}
			return n
		}
		small, big := count(half), count(s)
		if big > 3*small+100 {
			t.Errorf("%s: %d bytes measured for the text, %d for its half", name, big, small)
		}
	}
}
