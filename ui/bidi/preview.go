package bidi

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	xbidi "golang.org/x/text/unicode/bidi"
)

// NewPreview returns a Label that mirrors entry.Text in correct visual
// order and is shown only while the text contains right-to-left
// characters. Put it under the Entry: Fyne's Entry lays text out left to
// right and wraps before reordering, so typed Arabic mixed with digits or
// Latin looks scrambled there, while the preview shows it as it will be
// displayed everywhere else.
//
// The preview chains entry.OnChanged: set OnChanged before calling
// NewPreview, or call the previous handler yourself if you replace it
// later. Text set with entry.SetText also goes through OnChanged.
func NewPreview(entry *widget.Entry) fyne.CanvasObject {
	l := NewLabel("")
	l.Importance = widget.MediumImportance
	update := func(s string) {
		if !HasRTL(s) {
			l.Hide()
			return
		}
		l.Text = s
		if entry.MultiLine {
			l.MaxLines = 0
		} else {
			l.MaxLines = 1
		}
		l.Show()
		l.Refresh()
	}
	prev := entry.OnChanged
	entry.OnChanged = func(s string) {
		update(s)
		if prev != nil {
			prev(s)
		}
	}
	update(entry.Text)
	return l
}

// StartsLTR reports whether the first strong character of s (rules P2,
// P3) reads left to right: a Latin, Cyrillic or other left-to-right
// letter before any Arabic one.
func StartsLTR(s string) bool {
	rtl, found := firstStrong([]rune(s))
	return found && !rtl
}

// HasRTL reports whether s contains any right-to-left letter (Arabic,
// Hebrew, Syriac, Thaana...).
func HasRTL(s string) bool {
	for _, r := range s {
		switch classOf(r) {
		case xbidi.R, xbidi.AL:
			return true
		}
	}
	return false
}
