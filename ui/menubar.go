package ui

import (
	"image/color"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ownMenuBar says whether the window draws its menu bar itself: in a
// right-to-left window, where the bar must begin at the right edge. Fyne
// lays its own bar out from the left with no way to mirror it; macOS
// draws the menus natively at the top of the screen, so there Fyne's are
// kept.
func ownMenuBar() bool { return rtlUI() && runtime.GOOS != "darwin" }

// menuBar is a right-to-left window's menu bar: the menus' titles from
// the right edge in reading order (File rightmost), each opening its menu
// under it, aligned to its right edge. The menus' shortcuts are the
// canvas's, and a focused entry passes them on (windowField), as Fyne's
// bar takes them before the entry sees them.
type menuBar struct {
	win     fyne.Window
	content *fyne.Container
	row     *fyne.Container
	menu    *fyne.MainMenu
	keys    map[string]bool   // shortcut names registered on the canvas
	pop     *widget.PopUpMenu // the menu open, or the last one
}

// menuBars are the windows' own bars by their canvas, for the entries'
// shortcuts.
var menuBars = map[fyne.Canvas]*menuBar{}

func newMenuBar(w fyne.Window) *menuBar {
	b := &menuBar{win: w, row: container.NewHBox(), keys: map[string]bool{}}
	b.content = container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameBackground)), b.row)
	b.content.Hide()
	return b
}

// set shows m in the bar, with a Quit item closing its first menu as
// Fyne's bar adds one.
func (b *menuBar) set(m *fyne.MainMenu) {
	if len(m.Items) > 0 {
		first := *m.Items[0]
		first.Items = append(append([]*fyne.MenuItem(nil), first.Items...),
			fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("Quit"), quitApp))
		m = fyne.NewMainMenu(append([]*fyne.Menu{&first}, m.Items[1:]...)...)
	}
	b.menu = m
	titles := []fyne.CanvasObject{layout.NewSpacer()}
	for i := len(m.Items) - 1; i >= 0; i-- {
		titles = append(titles, b.title(m.Items[i]))
	}
	b.row.Objects = titles
	b.row.Refresh()
	b.content.Show()
	c := b.win.Canvas()
	menuBars[c] = b
	eachItem(m, func(it *fyne.MenuItem) {
		if it.Shortcut == nil || b.keys[it.Shortcut.ShortcutName()] {
			return
		}
		b.keys[it.Shortcut.ShortcutName()] = true
		// through the canvas's bar of the moment, not this one: a window
		// rebuilt in another language must not keep the old view alive
		c.AddShortcut(it.Shortcut, func(s fyne.Shortcut) { triggerMenu(c, s) })
	})
}

// hide takes the bar away (the window went back to Fyne's).
func (b *menuBar) hide() {
	b.menu = nil
	b.content.Hide()
	delete(menuBars, b.win.Canvas())
}

func (b *menuBar) title(m *fyne.Menu) *menuTitle {
	t := &menuTitle{text: canvas.NewText(m.Label, theme.Color(theme.ColorNameForeground)), hover: canvas.NewRectangle(color.Transparent)}
	t.text.TextStyle.Bold = true
	t.hover.CornerRadius = theme.InputRadiusSize()
	t.tapped = func() { b.open(m, t) }
	t.ExtendBaseWidget(t)
	return t
}

// menuTitle is a menu's title in the bar: its name, lit under the
// pointer, as low as Fyne's own bar.
type menuTitle struct {
	widget.BaseWidget
	text   *canvas.Text
	hover  *canvas.Rectangle
	tapped func()
}

func (t *menuTitle) CreateRenderer() fyne.WidgetRenderer {
	pad := theme.InnerPadding()
	return &menuTitleRenderer{t: t, pad: fyne.NewSize(pad, pad/2)}
}

// Tapped opens the title's menu.
func (t *menuTitle) Tapped(*fyne.PointEvent) { t.tapped() }

// MouseIn lights the title.
func (t *menuTitle) MouseIn(*desktop.MouseEvent) {
	t.hover.FillColor = theme.Color(theme.ColorNameHover)
	t.hover.Refresh()
}

// MouseMoved is part of desktop.Hoverable.
func (t *menuTitle) MouseMoved(*desktop.MouseEvent) {}

// MouseOut puts the title back.
func (t *menuTitle) MouseOut() {
	t.hover.FillColor = color.Transparent
	t.hover.Refresh()
}

type menuTitleRenderer struct {
	t   *menuTitle
	pad fyne.Size
}

func (r *menuTitleRenderer) MinSize() fyne.Size {
	return r.t.text.MinSize().Add(fyne.NewSize(2*r.pad.Width, 2*r.pad.Height))
}

func (r *menuTitleRenderer) Layout(size fyne.Size) {
	r.t.hover.Resize(size)
	r.t.text.Move(fyne.NewPos(r.pad.Width, r.pad.Height))
	r.t.text.Resize(r.t.text.MinSize())
}

func (r *menuTitleRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.t.hover, r.t.text}
}

func (r *menuTitleRenderer) Refresh() {
	r.t.text.Color = theme.Color(theme.ColorNameForeground)
	r.t.text.Refresh()
}

func (r *menuTitleRenderer) Destroy() {}

// open shows m under its title, its right edge at the title's; the title
// stays lit while its menu is open (the menu takes the pointer's moves).
func (b *menuBar) open(m *fyne.Menu, title *menuTitle) {
	c := b.win.Canvas()
	b.pop = widget.NewPopUpMenu(m, c)
	pop := b.pop
	pop.OnDismiss = func() {
		pop.Hide()
		title.MouseOut()
	}
	title.MouseIn(nil)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(title)
	x := at.X + title.Size().Width - b.pop.MinSize().Width
	b.pop.ShowAtPosition(fyne.NewPos(max(x, 0), at.Y+title.Size().Height))
}

// triggerMenu runs the item of c's own bar that s is the shortcut of,
// if c has a bar and there is such an item.
func triggerMenu(c fyne.Canvas, s fyne.Shortcut) {
	b := menuBars[c]
	if b == nil || b.menu == nil {
		return
	}
	ran := false
	eachItem(b.menu, func(it *fyne.MenuItem) {
		if !ran && it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() && !it.Disabled && it.Action != nil {
			ran = true
			it.Action()
		}
	})
}

// quitApp closes every window, as the Quit item of Fyne's bar does;
// closing the desk's window, the master, ends the program.
func quitApp() {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		w.Close()
	}
}

// eachItem calls fn with every item of m's menus and their submenus.
func eachItem(m *fyne.MainMenu, fn func(*fyne.MenuItem)) {
	var walk func(*fyne.Menu)
	walk = func(menu *fyne.Menu) {
		for _, it := range menu.Items {
			fn(it)
			if it.ChildMenu != nil {
				walk(it.ChildMenu)
			}
		}
	}
	for _, menu := range m.Items {
		walk(menu)
	}
}
