package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// tagManager is the window of the desk's one tag vocabulary (notices,
// claims and sources share it): create, rename, colour, merge and delete
// tags, each a change recorded in history and taken back by Undo.
type tagManager struct {
	u      *UI
	win    fyne.Window
	rows   *fyne.Container
	name   *bidi.Entry
	colour string
	uses   []app.TagUse
}

// showTagManager opens View → Tags.
func (u *UI) showTagManager() {
	if m := u.detail.tagManager; m != nil {
		m.win.Show()
		m.win.RequestFocus()
		return
	}
	m := &tagManager{u: u, rows: container.NewVBox(), name: newEntry()}
	m.win = fyne.CurrentApp().NewWindow(lang.L("Tags"))
	m.name.SetPlaceHolder(lang.L("New tag"))
	m.name.OnSubmitted = func(string) { m.create() }
	palette := container.NewHBox()
	for _, c := range append([]string{""}, tagPalette...) {
		c := c
		palette.Add(m.swatchButton(c, func() { m.colour = c }))
	}
	create := widget.NewButtonWithIcon(lang.L("Create"), theme.ContentAddIcon(), m.create)
	top := container.NewVBox(sides(nil, create, m.name), sides(label(lang.L("Colour")), nil, palette))
	help := dim(lang.L("Tags are shared by notices, claims and sources. Renaming or merging a tag changes it everywhere; Undo takes it back."))
	m.win.SetContent(container.NewBorder(container.NewPadded(container.NewVBox(top, help)), nil, nil, nil,
		container.NewVScroll(container.NewPadded(m.rows))))
	m.win.Resize(fyne.NewSize(680, 560))
	m.win.SetOnClosed(func() { u.detail.tagManager = nil })
	u.detail.tagManager = m
	m.load()
	m.win.Show()
}

// swatchButton is a button showing a colour ("" for none).
func (m *tagManager) swatchButton(colour string, tapped func()) fyne.CanvasObject {
	b := widget.NewButton("", tapped)
	b.Importance = widget.LowImportance
	return container.NewStack(b, container.NewCenter(swatch(colour, 18)))
}

func (m *tagManager) load() {
	m.u.desk.TagUses(func(us []app.TagUse, err error) {
		m.rows.Objects = nil
		if err != nil {
			m.rows.Add(dim(err.Error()))
		}
		m.uses = us
		for _, tu := range us {
			m.rows.Add(m.row(tu))
		}
		if len(us) == 0 && err == nil {
			m.rows.Add(dim(lang.L("No tag yet: type one above, or tag a notice, claim or source.")))
		}
		m.rows.Refresh()
	})
}

// reloadSoon reads the vocabulary again once the edit just asked for is stored.
func (m *tagManager) reloadSoon() { m.u.desk.AfterEdits(m.load) }

func (m *tagManager) create() {
	if err := m.u.desk.CreateTag(m.name.Text, m.colour); err != nil {
		m.u.showError(err)
		return
	}
	m.name.SetText("")
	m.reloadSoon()
}

// row is one tag: its chip in its colour, what carries it, and what can be
// done to it.
func (m *tagManager) row(tu app.TagUse) fyne.CanvasObject {
	t := tu.Tag
	use := bidi.NewLabel(lang.L("notices") + " " + formatInt(tu.Notices) + " · " + lang.L("claims") + " " + formatInt(tu.Claims) + " · " +
		lang.L("sources") + " " + formatInt(tu.Sources))
	use.Direction = uiDirection()
	use.Importance = widget.LowImportance
	rename := widget.NewButtonWithIcon(lang.L("Rename"), theme.DocumentCreateIcon(), func() { m.rename(t) })
	colour := widget.NewButtonWithIcon(lang.L("Colour"), theme.ColorPaletteIcon(), func() { m.recolour(t) })
	merge := widget.NewButtonWithIcon(fyneText(lang.L("Merge into…")), theme.ContentCopyIcon(), func() { m.merge(t) })
	del := widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), func() {
		m.u.desk.DeleteTag(t.ID)
		m.reloadSoon()
	})
	for _, b := range []*widget.Button{rename, colour, merge, del} {
		b.Importance = widget.LowImportance
	}
	return container.NewVBox(sides(tagChip(t, nil), nil, use), rowOf(rename, colour, merge, del), widget.NewSeparator())
}

func (m *tagManager) rename(t app.Tag) {
	e := newEntry()
	e.SetText(t.Name)
	d := confirm(lang.L("Rename tag"), lang.L("Rename"), lang.L("Cancel"), e, m.win, func() {
		if err := m.u.desk.RenameTag(t.ID, e.Text); err != nil {
			m.u.showError(err)
			return
		}
		m.reloadSoon()
	})
	d.Resize(fyne.NewSize(380, 160))
	d.Show()
	m.win.Canvas().Focus(e)
}

func (m *tagManager) recolour(t app.Tag) {
	chosen := t.Colour
	row := container.NewHBox()
	preview := container.NewStack(tagChip(t, nil))
	for _, c := range append([]string{""}, tagPalette...) {
		c := c
		row.Add(m.swatchButton(c, func() {
			chosen = c
			preview.Objects = []fyne.CanvasObject{tagChip(app.Tag{Name: t.Name, Colour: c}, nil)}
			preview.Refresh()
		}))
	}
	d := confirm(lang.L("Colour of the tag"), lang.L("Save"), lang.L("Cancel"), container.NewVBox(preview, row), m.win, func() {
		if err := m.u.desk.ColourTag(t.ID, chosen); err != nil {
			m.u.showError(err)
			return
		}
		m.reloadSoon()
	})
	d.Show()
}

func (m *tagManager) merge(t app.Tag) {
	var names []string
	var ids []int64
	for _, u := range m.uses {
		if u.Tag.ID != t.ID {
			names, ids = append(names, "#"+u.Tag.Name), append(ids, u.Tag.ID)
		}
	}
	if len(ids) == 0 {
		m.u.showError(errors.New(lang.L("There is no other tag to merge it into.")))
		return
	}
	into := newSelect(names, nil)
	msg := dim("#" + t.Name + ": " + lang.L("everything with this tag takes the tag you choose, and this tag is removed."))
	d := confirm(lang.L("Merge tags"), lang.L("Merge"), lang.L("Cancel"), container.NewVBox(msg, into), m.win, func() {
		i := into.SelectedIndex()
		if i < 0 {
			return
		}
		if err := m.u.desk.MergeTags(t.ID, ids[i]); err != nil {
			m.u.showError(err)
			return
		}
		m.reloadSoon()
	})
	d.Resize(fyne.NewSize(420, 220))
	d.Show()
}

// withDetailMenus adds View → Sources and View → Tags to the main menu.
func (u *UI) withDetailMenus(m *fyne.MainMenu) *fyne.MainMenu {
	for _, menu := range m.Items {
		if menu.Label == lang.L("View") {
			menu.Items = append(menu.Items,
				fyne.NewMenuItem(fyneText(lang.L("Sources…")), u.showSourcesView),
				fyne.NewMenuItem(fyneText(lang.L("Tags…")), u.showTagManager))
		}
	}
	return m
}
