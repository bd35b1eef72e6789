package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// timeNow is the clock of exports; tests replace it.
var timeNow = time.Now

// setTheme gives the app its theme with the bundled fonts, in the
// variant the reporter chose (Preferences).
func setTheme(a fyne.App) { applyTheme(a) }
