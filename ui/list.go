package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/desk"
)

// noticeList is the virtualised list of the desk's rows: widget.List asks
// for the rows on screen only, and a row whose page is not loaded yet is
// drawn as a placeholder until the page arrives.
type noticeList struct {
	u       *UI
	list    *widget.List
	empty   *widget.Label
	overlay *fyne.Container // holds empty, laid out again when it shows
	content *fyne.Container
	open    int64 // the notice open in the detail pane
	quiet   bool  // set while the list is selected from code
	drawn   bool
}

func newNoticeList(u *UI) *noticeList {
	l := &noticeList{u: u}
	l.list = widget.NewList(
		func() int { return u.desk.Len() },
		newNoticeRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l.drawn = true
			r := o.(*noticeRow)
			row, ok := u.desk.Row(i)
			if !ok {
				r.placeholder()
				return
			}
			r.set(row, u.desk.IsSelected(row.ID))
		},
	)
	l.list.OnSelected = func(i widget.ListItemID) {
		if l.quiet {
			return
		}
		row, ok := u.desk.Row(i)
		if !ok {
			return
		}
		u.desk.Select(i, selectMode())
		if row.ID != l.open {
			u.desk.Open(row.ID)
		}
	}
	l.empty = widget.NewLabel("")
	l.empty.Hide()
	// A wrapping label needs the list's width: centred alone it gets its
	// minimum, one letter a line.
	l.overlay = container.NewVBox(layout.NewSpacer(), l.empty, layout.NewSpacer())
	l.content = container.NewStack(l.list, container.NewPadded(l.overlay))
	return l
}

// selectMode reads the modifier keys held during a click: Ctrl (Cmd on a
// Mac) adds or removes a row, Shift extends from the last one.
func selectMode() desk.SelectMode {
	drv, ok := fyne.CurrentApp().Driver().(desktop.Driver)
	if !ok {
		return desk.SelectOnly
	}
	m := drv.CurrentKeyModifiers()
	switch {
	case m&fyne.KeyModifierShift != 0:
		return desk.SelectRange
	case m&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0:
		return desk.SelectToggle
	}
	return desk.SelectOnly
}

// reset forgets what the list showed: a new query.
func (l *noticeList) reset() {
	l.quiet = true
	l.list.UnselectAll()
	l.quiet = false
	if l.drawn { // the list's scroller exists once it has drawn a row
		l.list.ScrollToTop()
	}
	l.list.Refresh()
}

// loaded redraws the rows on screen after a page or the count arrived.
func (l *noticeList) loaded() {
	l.list.Refresh()
	l.showOpen(l.open)
}

func (l *noticeList) rowChanged(id int64) {
	if i, ok := l.u.desk.Index(id); ok {
		l.list.RefreshItem(i)
	}
}

func (l *noticeList) selectionChanged() { l.list.Refresh() }

// showOpen marks the open notice's row, if it is loaded.
func (l *noticeList) showOpen(id int64) {
	l.open = id
	if i, ok := l.u.desk.Index(id); ok {
		l.quiet = true
		l.list.Select(i)
		l.quiet = false
	}
}

func (l *noticeList) setEmpty(empty bool) {
	if !empty {
		l.empty.Hide()
		return
	}
	q := l.u.desk.Query()
	switch {
	case !q.Filtered():
		l.empty.SetText(lang.L("No notices yet.") + "\n" + lang.L("Import files with Import…, drop files or folders on this window, or paste a story with Paste text…"))
	case q.Text != "":
		l.empty.SetText(lang.L("No notice matches this search."))
	default:
		l.empty.SetText(lang.L("No notice passes these filters."))
	}
	l.empty.Alignment = fyne.TextAlignCenter
	l.empty.Wrapping = fyne.TextWrapWord
	l.empty.Show()
	l.overlay.Refresh()
}

// background of a selected row, beside the list's own mark of the open one.
func selectedColour() fyne.CanvasObject {
	r := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	r.CornerRadius = theme.InputRadiusSize()
	return r
}
