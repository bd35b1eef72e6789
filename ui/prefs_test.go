package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/assets"
)

func TestRecentDatabases(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	dir := t.TempDir()
	var paths []string
	for i := range 10 {
		path := filepath.Join(dir, fmt.Sprintf("desk%d.db", i))
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
		rememberDatabase(p, path)
	}
	rememberDatabase(p, paths[5]) // opened again: first, once
	got := recentDatabases(p)
	want := []string{paths[5], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("recent = %v\nwant %v", got, want)
	}
	os.Remove(paths[8])
	os.Remove(paths[3])
	if m := missingDatabases(p); fmt.Sprint(m) != fmt.Sprint([]string{paths[8], paths[3]}) {
		t.Errorf("missing = %v", m)
	}
	forgetDatabases(p, missingDatabases(p)...)
	if got := recentDatabases(p); len(got) != 6 || got[0] != paths[5] {
		t.Errorf("after forgetting the missing: %v", got)
	}
}

// menuItem finds the File menu's item labelled label.
func menuItem(t *testing.T, w fyne.Window, label string) *fyne.MenuItem {
	t.Helper()
	var walk func(items []*fyne.MenuItem) *fyne.MenuItem
	walk = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if it.Label == label {
				return it
			}
			if it.ChildMenu != nil {
				if f := walk(it.ChildMenu.Items); f != nil {
					return f
				}
			}
		}
		return nil
	}
	for _, m := range w.MainMenu().Items {
		if it := walk(m.Items); it != nil {
			return it
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// tapText taps the innermost tappable object in the top overlay that shows
// text (an item of an open select or radio group, not the pop-up holding it).
func tapText(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	ws := find[fyne.Widget](w.Canvas().Overlays().Top())
	slices.Reverse(ws) // find lists an object before what it holds
	for _, o := range ws {
		tap, ok := o.(fyne.Tappable)
		if !ok {
			continue
		}
		for _, x := range find[*canvas.Text](o) {
			if x.Text == text {
				test.Tap(tap)
				return
			}
		}
	}
	t.Fatalf("nothing shows %q to tap", text)
}

// The Recent menu lists the databases opened, the open one checked and a
// missing one greyed with a way to forget it.
func TestRecentMenu(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "desk.db"))
	gone := filepath.Join(dir, "gone.db")
	u, w := newTestUI(t, db)
	rememberDatabase(fyne.CurrentApp().Preferences(), gone)
	u.info.Databases = fakeDatabases{}
	u.setMenu()
	open := menuItem(t, w, "desk.db — "+dir)
	if !open.Checked {
		t.Errorf("the open database is not checked")
	}
	missing := menuItem(t, w, "gone.db — "+dir+" ("+lang.L("file not found")+")")
	if !missing.Disabled {
		t.Errorf("a missing database is not greyed")
	}
	menuItem(t, w, lang.L("Forget the missing databases")).Action()
	if got := recentDatabases(fyne.CurrentApp().Preferences()); len(got) != 1 {
		t.Errorf("after forgetting: %v", got)
	}
	// the menu made again is whole: the View menu's own items kept
	menuItem(t, w, fyneText(lang.L("Sources…")))
}

type fakeDatabases struct{}

func (fakeDatabases) Open(string, bool) error { return nil }

// The preferences dialog: the theme changes at once, the CSV flavour
// becomes the export dialog's default, and a new language rebuilds the
// window when the dialog closes.
func TestPreferencesDialog(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, w := newTestUI(t, db)
	translations = assets.Translations
	useLanguage(t, "en")
	rebuilt := 0
	u.info.Relocalized = func() { rebuilt++ }
	w.SetMainMenu(u.menu())
	menuItem(t, w, lang.L("Preferences…")).Action()
	top := w.Canvas().Overlays().Top()
	sels := find[*widget.Select](top)
	if len(sels) != 2 {
		t.Fatalf("%d selects in the preferences", len(sels))
	}

	test.Tap(sels[1])
	tapText(t, w, lang.L("Dark"))
	a := fyne.CurrentApp()
	if a.Preferences().String(prefTheme) != "dark" {
		t.Errorf("theme preference %q", a.Preferences().String(prefTheme))
	}
	want := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if got := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight); got != want {
		t.Errorf("dark theme draws the background %v, want %v", got, want)
	}

	if themeVariant() != theme.VariantDark {
		t.Errorf("the window's variant is not the chosen one")
	}

	tapText(t, w, lang.L("Data (plain UTF-8, nothing altered)"))
	if a.Preferences().String(prefExportFlavour) != "data" {
		t.Errorf("flavour preference %q", a.Preferences().String(prefExportFlavour))
	}

	test.Tap(sels[0])
	tapText(t, w, "العربية")
	if rebuilt != 0 {
		t.Errorf("the window was rebuilt before the dialog closed")
	}
	tapButton(t, top, lang.L("Close"))
	if rebuilt != 1 || a.Preferences().String(prefLanguage) != "ar" || !SystemRTL() {
		t.Errorf("after Close: rebuilt %d, language %q, rtl %v", rebuilt, a.Preferences().String(prefLanguage), SystemRTL())
	}
	useLanguageNow("en")

	// the export dialog now offers plain data first
	u.showExport("brief")
	radios := find[*widget.RadioGroup](w.Canvas().Overlays().Top())
	if len(radios) < 2 || radios[1].Selected != lang.L("Data (plain UTF-8, nothing altered)") {
		t.Errorf("export dialog's CSV flavour: %v", radios)
	}
}

// The preferences' labels stand on the reading side of their fields.
func TestPreferencesMirrored(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
		u, w := newTestUIDir(t, db, rtl)
		u.showPreferences()
		top := w.Canvas().Overlays().Top()
		var lbl *widget.Label
		for _, l := range find[*widget.Label](top) {
			if l.Text == lang.L("Theme") {
				lbl = l
			}
		}
		sel := find[*widget.Select](top)[1]
		if lbl == nil {
			t.Fatal("no Theme label")
		}
		d := fyne.CurrentApp().Driver()
		lx, sx := d.AbsolutePositionForObject(lbl).X, d.AbsolutePositionForObject(sel).X
		if rtl != (lx > sx) {
			t.Errorf("rtl %v: label at x %v, its field at x %v", rtl, lx, sx)
		}
	}
}
