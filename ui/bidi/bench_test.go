package bidi

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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

// noteText is a 5,000-character Arabic note with figures and Latin names.
var noteText = string([]rune(strings.Repeat("قال متحدث باسم Telegram إن الشركة حذفت 120 قناة في 9 لغات خلال أسبوع، ", 80))[:5000])

// BenchmarkEntryKeystroke types one letter in the middle of a 5,000
// character Arabic note and takes it back: two edits, each laid out and
// drawn again.
func BenchmarkEntryKeystroke(b *testing.B) {
	test.NewTempApp(b)
	e := NewMultiLineEntry()
	w := test.NewTempWindow(b, e)
	w.Resize(fyne.NewSize(600, 400))
	e.SetText(noteText)
	e.SetCaretOffset(2500)
	e.FocusGained()
	for b.Loop() {
		e.TypedRune('ب')
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
}

// BenchmarkWidgetEntryKeystroke is the same with Fyne's own Entry, for
// comparison.
func BenchmarkWidgetEntryKeystroke(b *testing.B) {
	test.NewTempApp(b)
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	w := test.NewTempWindow(b, e)
	w.Resize(fyne.NewSize(600, 400))
	e.SetText(noteText)
	e.CursorRow, e.CursorColumn = 0, 0
	w.Canvas().Focus(e)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	for b.Loop() {
		e.TypedRune('ب')
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
}
