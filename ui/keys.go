package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
)

// Keyboard triage. The keys reach the list when it has the focus (after a
// click on a row) and the window when nothing has it; a focused entry
// takes its own keys, so typing a "j" in the search box or a tag never
// moves the list. Letters are read by the key's position on the
// keyboard's layout as well (an Arabic layout types ت for j), so the keys
// work whatever layout the reporter types in.

// triageKey is one key of the shortcuts sheet.
type triageKey struct{ keys, what string }

func triageKeys() []triageKey {
	return []triageKey{
		{"j  ↓", lang.L("Next notice")},
		{"k  ↑", lang.L("Previous notice")},
		{"Shift+↓  Shift+↑", lang.L("Extend the selection")},
		{"Enter", lang.L("Open the notice")},
		{"1 … 6", lang.L("Set the status: New, Triaged, Verifying, Verified, Published, Discarded")},
		{"s", lang.L("Star or unstar")},
		{"t", lang.L("Tag the selected notices")},
		{"/", lang.L("Search")},
		{"Esc", lang.L("Clear the search and the selection")},
		{"Ctrl+A", lang.L("Select every notice in the list")},
		{"Ctrl+E", lang.L("Export…")},
		{"Ctrl+Z  Ctrl+Shift+Z", lang.L("Undo, redo")},
		{"?", lang.L("This list of keys")},
	}
}

// layoutRunes maps what an Arabic keyboard layout types on the keys the
// triage uses to the Latin letter on the same key.
var layoutRunes = map[rune]rune{'ت': 'j', 'ن': 'k', 'س': 's', 'ف': 't', 'ظ': '/', '؟': '?'}

// keyRune handles a typed character when no entry has the focus; it
// reports whether it was a triage key.
func (u *UI) keyRune(r rune) bool {
	if x, ok := layoutRunes[r]; ok {
		r = x
	}
	if r >= '١' && r <= '٩' {
		r = '1' + r - '١'
	}
	switch {
	case r == 'j':
		u.moveCursor(1, false)
	case r == 'k':
		u.moveCursor(-1, false)
	case r >= '1' && r <= '6':
		u.setStatusOfTargets(app.Statuses[r-'1'])
	case r == 's':
		u.toggleStarOfTargets()
	case r == 't':
		u.askTag(true)
	case r == '/':
		u.win.Canvas().Focus(u.search)
	case r == '?':
		u.showShortcuts()
	default:
		return false
	}
	return true
}

// listKey handles a key pressed in the list (or in the window with
// nothing focused); it reports whether it was a triage key.
func (u *UI) listKey(ev *fyne.KeyEvent) bool {
	shift := u.list.list.shift || currentModifiers()&fyne.KeyModifierShift != 0
	switch ev.Name {
	case fyne.KeyDown:
		u.moveCursor(1, shift)
	case fyne.KeyUp:
		u.moveCursor(-1, shift)
	case fyne.KeyReturn, fyne.KeyEnter:
		if row, ok := u.desk.Row(u.list.cursor); ok {
			u.desk.Open(row.ID)
		}
	case fyne.KeyEscape:
		u.clearSearchAndSelection()
	default:
		return false
	}
	return true
}

// moveCursor moves the keyboard's row by step: alone it opens that notice
// and selects it only, with Shift it extends the selection from the
// anchor to it.
func (u *UI) moveCursor(step int, extend bool) {
	n := u.desk.Len()
	if n == 0 {
		return
	}
	i := min(max(u.list.cursor+step, 0), n-1)
	u.list.focus()
	if extend {
		if _, ok := u.desk.Anchor(); !ok {
			u.list.clicked(u.list.cursor, 0)
		}
		u.list.setCursor(i)
		u.desk.ExtendTo(i)
		return
	}
	u.list.clicked(i, 0)
}

// clearSearchAndSelection is Esc: the search emptied, the selection
// dropped, the list given the keys.
func (u *UI) clearSearchAndSelection() {
	if u.desk.Query().Text != "" {
		q := u.desk.Query()
		q.Text = ""
		u.setQuery(q)
	}
	u.desk.ClearSelection()
	u.list.focus()
}

// addTriageKeys sets the window's keys and shortcuts.
func (u *UI) addTriageKeys() {
	c := u.win.Canvas()
	c.SetOnTypedRune(func(r rune) { u.keyRune(r) })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { u.listKey(ev) })
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(u.list.list.KeyDown)
		dc.SetOnKeyUp(u.list.list.KeyUp)
	}
	c.AddShortcut(&fyne.ShortcutSelectAll{}, func(fyne.Shortcut) { u.desk.SelectAll() })
	// The desktop driver sends Ctrl+Z and Ctrl+Y as the standard Undo and
	// Redo shortcuts, not as Ctrl+letter (Ctrl+Shift+Z stays a custom one).
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.desk.Undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.desk.Redo() })
	c.AddShortcut(&desktopShortcutE, func(fyne.Shortcut) { u.exportFromKeys() })
}

// exportFromKeys is Ctrl+E: the export dialog, on the selection when
// several notices are selected.
func (u *UI) exportFromKeys() {
	if u.desk.SelectedCount() > 1 {
		u.showExportSelection()
		return
	}
	u.showExport("brief")
}

// showShortcuts shows the sheet of triage keys.
func (u *UI) showShortcuts() {
	rows := container.New(&keysLayout{})
	for _, k := range triageKeys() {
		key := widget.NewLabel(k.keys)
		key.TextStyle.Monospace = true
		what := label(k.what)
		what.Wrapping = fyne.TextWrapWord
		if rtlUI() {
			rows.Add(what)
			rows.Add(key)
		} else {
			rows.Add(key)
			rows.Add(what)
		}
	}
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), rows, u.win)
	d.Resize(fyne.NewSize(620, 560))
	d.Show()
	u.shortcutsSheet = d
}

// keysLayout lays out pairs in two columns: the first as wide as its
// widest, the second the rest.
type keysLayout struct{}

func (keysLayout) widths(objs []fyne.CanvasObject, width float32) (float32, float32) {
	first := float32(0)
	for i := 0; i < len(objs); i += 2 {
		first = max(first, objs[i].MinSize().Width)
	}
	if rtlUI() { // the key is the second column, on the left
		first = 0
		for i := 1; i < len(objs); i += 2 {
			first = max(first, objs[i].MinSize().Width)
		}
		return width - first, first
	}
	return first, width - first
}

func (k keysLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	a, b := k.widths(objs, size.Width)
	y := float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		h := max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(a, h))
		objs[i+1].Move(fyne.NewPos(a, y))
		objs[i+1].Resize(fyne.NewSize(b, h))
		y += h
	}
}

func (k keysLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i := 0; i+1 < len(objs); i += 2 {
		s.Width = max(s.Width, objs[i].MinSize().Width+objs[i+1].MinSize().Width)
		s.Height += max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
	}
	return s
}

var desktopShortcutE = desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
