package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// bulkBar offers the edits of many notices at once; it shows while more
// than one notice is selected. Each button is one desk command: one undo
// step, run beside the window (a status bar shows its progress).
type bulkBar struct {
	u       *UI
	content *fyne.Container
	count   *lineLabel
	status  *widget.Select
	star    *widget.Button
	unstar  *widget.Button
	tag     *widget.Button
	untag   *widget.Button
	export  *widget.Button
	clear   *widget.Button
}

func newBulkBar(u *UI) *bulkBar {
	b := &bulkBar{u: u, count: newLineLabel("")}
	b.count.label.TextStyle.Bold = true
	labels := make([]string, len(app.Statuses))
	for i, s := range app.Statuses {
		labels[i] = statusLabel(s)
	}
	b.status = newSelect(labels, nil)
	b.status.PlaceHolder = lang.L("Set status…")
	b.status.OnChanged = func(string) {
		i := b.status.SelectedIndex()
		if i < 0 {
			return
		}
		u.setStatusOfTargets(app.Statuses[i])
		b.status.ClearSelected()
	}
	b.star = widget.NewButton("★ "+lang.L("Star"), func() { u.desk.SetStarred(true, u.targets()...) })
	b.unstar = widget.NewButton("☆ "+lang.L("Unstar"), func() { u.desk.SetStarred(false, u.targets()...) })
	b.tag = widget.NewButtonWithIcon(fyneText(lang.L("Tag…")), theme.ContentAddIcon(), func() { u.askTag(true) })
	b.untag = widget.NewButtonWithIcon(fyneText(lang.L("Untag…")), theme.ContentRemoveIcon(), func() { u.askTag(false) })
	b.export = widget.NewButtonWithIcon(fyneText(lang.L("Export selection…")), exportIcon(), u.showExportSelection)
	b.clear = widget.NewButtonWithIcon("", theme.CancelIcon(), func() { u.desk.ClearSelection() })
	b.clear.Importance = widget.LowImportance
	b.content = container.NewVBox(rowOf(b.count, b.status, b.star, b.unstar), rowOf(b.tag, b.untag, b.export, b.clear))
	b.content.Hide()
	return b
}

// show follows the size of the selection and whether a command runs.
func (b *bulkBar) show() {
	n := b.u.desk.SelectedCount()
	if n < 2 {
		if b.content.Visible() {
			b.content.Hide()
			b.u.relayoutListPane() // the list takes the bar's room back
		}
		return
	}
	b.count.SetText(fmt.Sprintf(lang.L("%s selected"), formatInt(n)))
	busy, _, _ := b.u.desk.Busy()
	for _, w := range []fyne.Disableable{b.status, b.star, b.unstar, b.tag, b.untag} {
		if busy {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	if !b.content.Visible() {
		b.content.Show()
		b.u.relayoutListPane()
	}
}

// targets are the notices an edit from the keyboard or the bulk bar
// applies to: the selection, else the open notice.
func (u *UI) targets() []int64 {
	if u.desk.SelectedCount() > 0 {
		return u.desk.Selected()
	}
	if n, ok := u.desk.Current(); ok {
		return []int64{n.ID}
	}
	return nil
}

func (u *UI) setStatusOfTargets(s app.Status) {
	if ids := u.targets(); len(ids) > 0 {
		u.desk.SetStatus(s, ids...)
	}
}

// toggleStarOfTargets stars the targets unless the row under the cursor
// (or the open notice) is starred, then unstars them.
func (u *UI) toggleStarOfTargets() {
	ids := u.targets()
	if len(ids) == 0 {
		return
	}
	starred := false
	if row, ok := u.desk.Row(u.list.cursor); ok && u.desk.IsSelected(row.ID) {
		starred = row.Starred
	} else if n, ok := u.desk.Current(); ok {
		starred = n.Starred
	}
	u.desk.SetStarred(!starred, ids...)
}

// askTag asks for a tag name, with the cursor in the field, and puts the
// tag on the targets (or takes it off).
func (u *UI) askTag(add bool) {
	ids := u.targets()
	if len(ids) == 0 {
		return
	}
	name := newEntry()
	name.SetPlaceHolder(lang.L("Tag name"))
	title := lang.L("Tag notices")
	okText := lang.L("Tag")
	if !add {
		title, okText = lang.L("Untag notices"), lang.L("Untag")
	}
	what := countOf("count.notices", len(ids))
	if len(ids) == 1 {
		what = lang.L("The open notice")
	}
	var d *dialog.CustomDialog
	apply := func() {
		if _, err := app.CleanTagName(name.Text); err != nil {
			return
		}
		if add {
			u.desk.Tag(app.EntityNotice, name.Text, ids...)
		} else {
			u.desk.Untag(app.EntityNotice, name.Text, ids...)
		}
		d.Hide()
	}
	name.OnSubmitted = func(string) { apply() }
	content := container.NewVBox(label(what), name, u.tagSuggestions(name))
	d = dialog.NewCustomWithoutButtons(title, content, u.win)
	ok := widget.NewButton(okText, apply)
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{cancelBtnFirst(cancel, ok)})
	d.Resize(fyne.NewSize(420, 240))
	d.Show()
	u.win.Canvas().Focus(name)
	u.tagDialog, u.tagName = d, name
}

// tagSuggestions offers the tags the list's notices carry, most used
// first, from the counts the desk already has; a tap fills the field.
func (u *UI) tagSuggestions(name *bidi.Entry) fyne.CanvasObject {
	c, ok := u.desk.Counts()
	if !ok || len(c.Tags) == 0 {
		return container.NewHBox()
	}
	vals := values(c.Tags, func(v string) string { return "#" + v })
	var objs []fyne.CanvasObject
	for i, v := range vals {
		if i == 6 {
			break
		}
		b := widget.NewButton(v.label, func() { name.SetText(v.key) })
		b.Importance = widget.LowImportance
		objs = append(objs, b)
	}
	box := newFlowBox()
	box.set(objs)
	return box
}
