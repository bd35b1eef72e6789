package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	_ "modernc.org/sqlite"
)

func main() {
	a := app.New()
	w := a.NewWindow("x")
	w.SetContent(widget.NewLabel("x"))
	_ = dialog.NewInformation
	_ = test.NewApp
}
