package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// showDialog shows d on w and arranges what the reporter meets first: in
// the Arabic interface the title on the right, where the reader starts;
// the keyboard focus in focus, the field the reporter types in (nil when
// the dialog has none).
func showDialog(d dialog.Dialog, w fyne.Window, focus fyne.Focusable) {
	d.Show()
	if rtlUI() {
		alignDialogTitle(w)
	}
	if focus != nil {
		w.Canvas().Focus(focus)
	}
}

// showInfo is dialog.ShowInformation through showDialog.
func showInfo(title, message string, w fyne.Window) {
	showDialog(dialog.NewInformation(title, message, w), w, nil)
}

// alignDialogTitle puts the title of the dialog shown last on w on the
// reading side. Fyne draws a dialog's title as a leading label its layout
// never sizes (dialog/base.go: the fifth object of the pop-up's content),
// so the label is given the dialog's width and trailing alignment here.
func alignDialogTitle(w fyne.Window) {
	pop, ok := w.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	box, ok := pop.Content.(*fyne.Container)
	if !ok || len(box.Objects) < 5 {
		return
	}
	title, ok := box.Objects[4].(*widget.Label)
	if !ok {
		return
	}
	title.Alignment = fyne.TextAlignTrailing
	title.Resize(fyne.NewSize(box.Size().Width, title.MinSize().Height))
	title.Refresh()
}

// dialogTitle is the title label of the dialog shown last on w (tests).
func dialogTitle(w fyne.Window) *widget.Label {
	pop, ok := w.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return nil
	}
	if box, ok := pop.Content.(*fyne.Container); ok && len(box.Objects) >= 5 {
		l, _ := box.Objects[4].(*widget.Label)
		return l
	}
	return nil
}
