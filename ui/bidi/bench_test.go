package bidi

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// benchText is about 2,000 words of mixed Arabic, digits and Latin.
var benchText = strings.Repeat("أعلنت شركة Telegram أنها حذفت 120 قناة في 9 لغات، وقال متحدث لموقع TechCrunch إن \"القرار نهائي\" (منذ 2024).\n", 110)

func BenchmarkLayoutFake(b *testing.B) {
	for b.Loop() {
		Layout(benchText, Auto, 600, fakeMeasure)
	}
}

// BenchmarkParagraphResize measures relayout of a long notice body at a new
// width, with real font measurement, as when a window is resized.
func BenchmarkParagraphResize(b *testing.B) {
	test.NewTempApp(b)
	p := NewParagraph(benchText)
	w := test.NewTempWindow(b, p)
	w.Resize(fyne.NewSize(600, 400))
	width := float32(600)
	for b.Loop() {
		width = 1200 - width // alternate 600 and 601
		if width == 600 {
			width = 601
		} else {
			width = 600
		}
		p.Resize(fyne.NewSize(width, p.Size().Height))
	}
}
