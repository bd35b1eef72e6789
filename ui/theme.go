package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/takedowndesk/takedowndesk/ui/style"
)

// timeNow is the clock of exports; tests replace it.
var timeNow = time.Now

// setTheme gives the app its theme with the bundled fonts.
func setTheme(a fyne.App) { style.Apply(a) }
