package ui

import (
	"fyne.io/fyne/v2"

	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// newEntry returns a single-line field for a reporter's text: it lays
// Arabic out as typed, and empty or digits-only text and the placeholder
// take the interface direction.
func newEntry() *bidi.Entry {
	e := bidi.NewEntry()
	e.DefaultDirection = uiDirection()
	e.OnShortcut = func(s fyne.Shortcut) { entryShortcut(e, s) }
	return e
}

// newMultiLineEntry is newEntry for notes and pasted stories: it wraps at
// spaces.
func newMultiLineEntry() *bidi.Entry {
	e := bidi.NewMultiLineEntry()
	e.DefaultDirection = uiDirection()
	e.OnShortcut = func(s fyne.Shortcut) { entryShortcut(e, s) }
	return e
}
