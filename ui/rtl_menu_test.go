package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// A right-to-left window draws its own menu bar: the titles from the
// right edge in reading order, File rightmost; a title opens its menu
// under it, right edges aligned; the menus' shortcuts work from the
// canvas and from a focused entry, and the first menu ends with Quit.
func TestOwnMenuBar(t *testing.T) {
	test.NewTempApp(t)
	defer func(was bool) { viewRTL = was }(viewRTL)
	viewRTL = true
	ran := map[string]int{}
	item := func(name string, key fyne.KeyName) *fyne.MenuItem {
		it := fyne.NewMenuItem(name, func() { ran[name]++ })
		if key != "" {
			it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		}
		return it
	}
	m := fyne.NewMainMenu(
		fyne.NewMenu("File", item("Import", fyne.KeyI)),
		fyne.NewMenu("Edit", item("Undo", "")),
		fyne.NewMenu("Help", item("About", "")),
	)
	w := test.NewWindow(nil)
	defer w.Close()
	bar := newMenuBar(w)
	entry := newEntry()
	bar.set(m) // as the window does, before its content is shown
	w.SetContent(container.NewBorder(bar.content, nil, nil, nil, entry))
	w.Resize(fyne.NewSize(800, 400))
	if !bar.content.Visible() {
		t.Fatal("the bar is hidden")
	}

	var titles []*menuTitle
	for _, o := range bar.row.Objects {
		if b, ok := o.(*menuTitle); ok {
			titles = append(titles, b)
		}
	}
	want := []string{"Help", "Edit", "File"}
	if len(titles) != len(want) {
		t.Fatalf("%d titles, want %d", len(titles), len(want))
	}
	for i, b := range titles {
		if b.text.Text != want[i] {
			t.Errorf("title %d is %q, want %q (left to right)", i, b.text.Text, want[i])
		}
	}
	file := titles[len(titles)-1]
	if right := file.Position().X + file.Size().Width; right < w.Canvas().Size().Width-20 {
		t.Errorf("File ends at x=%v, want it at the right edge (%v)", right, w.Canvas().Size().Width)
	}

	test.Tap(file)
	pop := bar.pop
	if pop == nil || !pop.Visible() || w.Canvas().Overlays().Top() == nil {
		t.Fatal("tapping File opened no menu")
	}
	titleRight := fyne.CurrentApp().Driver().AbsolutePositionForObject(file).X + file.Size().Width
	if got := pop.Position().X + pop.MinSize().Width; got-titleRight > 1 || got-titleRight < -1 {
		t.Errorf("the menu's right edge is at %v, want the title's, %v", got, titleRight)
	}
	if file.hover.FillColor == color.Transparent {
		t.Error("File is not lit while its menu is open")
	}
	items := bar.menu.Items[0].Items
	if last := items[len(items)-1]; last.Label != "Quit" {
		t.Errorf("File ends with %q, want Quit", last.Label)
	}
	if len(m.Items[0].Items) != 1 {
		t.Error("the menu given was changed")
	}
	pop.Dismiss()
	if pop.Visible() || file.hover.FillColor != color.Transparent {
		t.Errorf("after the menu was dismissed: menu shown %v, File lit %v", pop.Visible(), file.hover.FillColor != color.Transparent)
	}

	ctrlI := &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(ctrlI)
	if ran["Import"] != 1 {
		t.Fatalf("Ctrl+I on the window ran Import %d times, want 1", ran["Import"])
	}
	w.Canvas().Focus(entry)
	entry.TypedShortcut(ctrlI) // as the driver gives a focused widget its shortcuts
	if ran["Import"] != 2 {
		t.Fatalf("Ctrl+I in a focused entry ran Import %d times in all, want 2", ran["Import"])
	}

	bar.hide()
	entry.TypedShortcut(ctrlI)
	w.Canvas().(fyne.Shortcutable).TypedShortcut(ctrlI)
	if ran["Import"] != 2 || bar.content.Visible() {
		t.Errorf("after hide: bar visible %v, Import ran %d times, want hidden and 2", bar.content.Visible(), ran["Import"])
	}
}
