package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// radioGroup lays r out in the interface's direction. Fyne draws each
// choice's circle left of its words whatever the language; in Arabic each
// choice here has its words on the right with the circle after them, at
// the right edge, and a row of choices (r.Horizontal) starts at the right.
// r keeps the choice (Selected, OnChanged, Required, Disable): it stays in
// the tree, hidden, so what reads or changes it needs no change. Refresh
// the returned object after enabling or disabling r.
func radioGroup(r *widget.RadioGroup) fyne.CanvasObject {
	if !rtlUI() {
		return r
	}
	m := &rtlRadio{group: r}
	m.ExtendBaseWidget(m)
	return m
}

// rtlRadio is a right-to-left view of a radio group.
type rtlRadio struct {
	widget.BaseWidget
	group *widget.RadioGroup
	items []*rtlRadioItem // in the group's order of options
}

// CreateRenderer is part of fyne.Widget.
func (m *rtlRadio) CreateRenderer() fyne.WidgetRenderer {
	m.group.Hide()
	m.items = m.items[:0]
	var rows []fyne.CanvasObject
	for _, opt := range m.group.Options {
		it := newRTLRadioItem(opt, func() { m.tap(opt) })
		m.items = append(m.items, it)
		rows = append(rows, it)
	}
	var box *fyne.Container
	if m.group.Horizontal {
		slices.Reverse(rows) // the first choice on the right
		box = container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, rows...)...)
	} else {
		box = container.NewVBox(rows...)
	}
	m.sync()
	return widget.NewSimpleRenderer(container.NewStack(m.group, box))
}

// tap picks opt as Fyne's radio group does: a second tap takes the choice
// back unless one is required.
func (m *rtlRadio) tap(opt string) {
	if m.group.Disabled() {
		return
	}
	if m.group.Selected == opt {
		if m.group.Required {
			return
		}
		opt = ""
	}
	m.group.SetSelected(opt)
	m.Refresh()
}

// Refresh shows the group's choice and whether it is enabled.
func (m *rtlRadio) Refresh() {
	m.sync()
	m.BaseWidget.Refresh()
}

func (m *rtlRadio) sync() {
	for i, it := range m.items {
		if i < len(m.group.Options) {
			it.set(m.group.Options[i] == m.group.Selected, m.group.Disabled())
		}
	}
}

// rtlRadioItem is one choice: its words, then its circle on the right.
type rtlRadioItem struct {
	widget.BaseWidget
	label *lineLabel
	icon  *widget.Icon
	focus *canvas.Rectangle // shown while the choice has the keyboard
	on    func()
}

func newRTLRadioItem(text string, on func()) *rtlRadioItem {
	it := &rtlRadioItem{label: newLineLabel(text), icon: widget.NewIcon(theme.RadioButtonIcon()), on: on}
	it.focus = canvas.NewRectangle(theme.Color(theme.ColorNameFocus))
	it.focus.CornerRadius = theme.InputRadiusSize()
	it.focus.Hide()
	it.ExtendBaseWidget(it)
	return it
}

// set draws the circle filled when the choice is picked, and the choice
// dimmed when the group is disabled.
func (it *rtlRadioItem) set(picked, disabled bool) {
	var res fyne.Resource = theme.RadioButtonIcon()
	if picked {
		res = theme.NewPrimaryThemedResource(theme.RadioButtonCheckedIcon())
	}
	it.label.label.Importance = widget.MediumImportance
	if disabled {
		res = theme.NewDisabledResource(res)
		it.label.label.Importance = widget.LowImportance
	}
	it.icon.SetResource(res)
	it.label.label.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (it *rtlRadioItem) CreateRenderer() fyne.WidgetRenderer {
	return &rtlRadioItemRenderer{it: it, objs: []fyne.CanvasObject{it.focus, it.label, it.icon}}
}

// rtlRadioItemRenderer lays a choice out as Fyne's radio item is, mirrored:
// as tall as a line of text and its padding (the Arabic label's own line is
// taller, centred on it), the circle at the right edge.
type rtlRadioItemRenderer struct {
	it   *rtlRadioItem
	objs []fyne.CanvasObject
}

func (r *rtlRadioItemRenderer) MinSize() fyne.Size {
	pad, icon := theme.InnerPadding(), theme.IconInlineSize()
	h := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + 2*pad
	return fyne.NewSize(r.it.label.MinSize().Width+icon+2*pad, max(h, icon+2*pad))
}

func (r *rtlRadioItemRenderer) Layout(size fyne.Size) {
	pad, icon := theme.InnerPadding(), theme.IconInlineSize()
	r.it.focus.Resize(size)
	r.it.icon.Move(fyne.NewPos(size.Width-icon-pad, (size.Height-icon)/2))
	r.it.icon.Resize(fyne.NewSquareSize(icon))
	l := r.it.label.MinSize()
	x := max(size.Width-icon-pad-l.Width, 0)
	r.it.label.Move(fyne.NewPos(x, (size.Height-l.Height)/2))
	r.it.label.Resize(fyne.NewSize(size.Width-icon-pad-x, l.Height))
}

func (r *rtlRadioItemRenderer) Refresh()                     { r.Layout(r.it.Size()) }
func (r *rtlRadioItemRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *rtlRadioItemRenderer) Destroy()                     {}

// Tapped is part of fyne.Tappable.
func (it *rtlRadioItem) Tapped(*fyne.PointEvent) { it.on() }

// FocusGained is part of fyne.Focusable: Tab reaches each choice, as it
// reaches each of Fyne's radio buttons.
func (it *rtlRadioItem) FocusGained() { it.focus.Show(); it.focus.Refresh() }

// FocusLost is part of fyne.Focusable.
func (it *rtlRadioItem) FocusLost() { it.focus.Hide(); it.focus.Refresh() }

// TypedRune picks the choice on Space.
func (it *rtlRadioItem) TypedRune(r rune) {
	if r == ' ' {
		it.on()
	}
}

// TypedKey picks the choice on Enter.
func (it *rtlRadioItem) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		it.on()
	}
}

// AcceptsTab is false: Tab moves on to the next choice.
func (it *rtlRadioItem) AcceptsTab() bool { return false }

// Cursor is part of desktop.Cursorable.
func (it *rtlRadioItem) Cursor() desktop.Cursor { return desktop.PointerCursor }
