package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

var timeNow = time.Now

func setTheme(a fyne.App) {}
