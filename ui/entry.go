package ui

import (
	"fyne.io/fyne/v2"

	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// newEntry returns a single-line field for a reporter's text: it lays
// Arabic out as typed, and empty or digits-only text and the placeholder
// take the interface direction.
func newEntry() *bidi.Entry { return windowField(bidi.NewEntry()) }

// newMultiLineEntry is newEntry for notes and pasted stories: it wraps at
// spaces.
func newMultiLineEntry() *bidi.Entry { return windowField(bidi.NewMultiLineEntry()) }

// windowField gives e the interface direction and passes the menu
// shortcuts it has no use for to its window's own bar.
func windowField(e *bidi.Entry) *bidi.Entry {
	e.DefaultDirection = uiDirection()
	e.OnShortcut = func(s fyne.Shortcut) {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			triggerMenu(c, s)
		}
	}
	return e
}
