package ui

import (
	"embed"
	"errors"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/ui/style"
)

// Preferences kept in fyne's per-user preferences (not in a desk's file:
// they belong to the reporter, whichever database is open).
const (
	prefTheme         = "theme"            // "", "light" or "dark"
	prefExportFlavour = "export.flavour"   // "excel" (default) or "data"
	prefRecent        = "databases.recent" // newest first
	maxRecent         = 8
)

// Databases opens another database in the window (File → Open database…,
// New database…, Open recent).
type Databases interface {
	// Open opens the database at path (create: a new one; the file must
	// not hold anything yet) with the checks the window's start makes,
	// and puts its desk in the window. It is called off the UI goroutine
	// and returns once the new desk is on its way, or why it cannot be.
	Open(path string, create bool) error
}

// translations and systemLanguage are what Setup was given and found, so
// the language can be changed while the app runs.
var (
	translations   embed.FS
	systemLanguage string
	systemHasLang  bool
)

// recentDatabases is the list of databases opened last, newest first.
func recentDatabases(p fyne.Preferences) []string {
	return p.StringList(prefRecent)
}

// rememberDatabase puts path first in the recent list, keeping the last
// maxRecent.
func rememberDatabase(p fyne.Preferences, path string) {
	if path == "" {
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(recentDatabases(p), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	p.SetStringList(prefRecent, list)
}

// forgetDatabases takes paths off the recent list.
func forgetDatabases(p fyne.Preferences, paths ...string) {
	p.SetStringList(prefRecent, slices.DeleteFunc(recentDatabases(p), func(s string) bool { return slices.Contains(paths, s) }))
}

// missingDatabases are the recent databases whose file is gone.
func missingDatabases(p fyne.Preferences) []string {
	var out []string
	for _, path := range recentDatabases(p) {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			out = append(out, path)
		}
	}
	return out
}

// databaseItems are the File menu's entries for databases: open, new,
// the recent ones (a missing file greyed, with a way to forget it) and the
// preferences.
func (u *UI) databaseItems() []*fyne.MenuItem {
	p := fyne.CurrentApp().Preferences()
	recent := fyne.NewMenuItem(lang.L("Open recent"), nil)
	sub := fyne.NewMenu("")
	missing := missingDatabases(p)
	current, _ := filepath.Abs(u.info.DBPath)
	for _, path := range recentDatabases(p) {
		path := path
		item := fyne.NewMenuItem(baseName(path)+" — "+filepath.Dir(path), func() { u.openDatabase(path, false) })
		switch {
		case slices.Contains(missing, path):
			item.Label += " (" + lang.L("file not found") + ")"
			item.Disabled = true
		case path == current:
			item.Checked = true
			item.Action = func() {}
		}
		sub.Items = append(sub.Items, item)
	}
	if len(sub.Items) == 0 {
		none := fyne.NewMenuItem(lang.L("No database opened yet"), nil)
		none.Disabled = true
		sub.Items = append(sub.Items, none)
	}
	if len(missing) > 0 {
		sub.Items = append(sub.Items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.L("Forget the missing databases"), func() {
				forgetDatabases(p, missing...)
				u.setMenu()
			}))
	}
	recent.ChildMenu = sub
	items := []*fyne.MenuItem{}
	if u.info.Databases != nil {
		items = append(items,
			fyne.NewMenuItem(fyneText(lang.L("Open database…")), u.showOpenDatabase),
			fyne.NewMenuItem(fyneText(lang.L("New database…")), u.showNewDatabase),
			recent)
	}
	return append(items, fyne.NewMenuItem(fyneText(lang.L("Preferences…")), u.showPreferences), fyne.NewMenuItemSeparator())
}

func (u *UI) showOpenDatabase() {
	u.pickFile([]string{".db", ".sqlite", ".sqlite3"}, func(path string) { u.openDatabase(path, false) })
}

func (u *UI) showNewDatabase() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		// the save dialog made an empty file; the store makes it a desk
		path := w.URI().Path()
		w.Close()
		u.openDatabase(path, true)
	}, u.win)
	d.SetFileName("takedowndesk.db")
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// openDatabase opens path in this window off the UI goroutine, behind a
// dialog saying so; a recent database whose file is gone is taken off the
// list, and the reporter told.
func (u *UI) openDatabase(path string, create bool) {
	if u.info.Databases == nil {
		return
	}
	p := fyne.CurrentApp().Preferences()
	if _, err := os.Stat(path); !create && errors.Is(err, fs.ErrNotExist) {
		forgetDatabases(p, path)
		u.setMenu()
		showText(lang.L("Open database"), lang.L("This database is no longer there; it was taken off the recent list:")+"\n"+path, u.win)
		return
	}
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(lang.L("Opening database"), container.NewVBox(label(path), bar), u.win)
	prog.Resize(fyne.NewSize(460, 140))
	showDialog(prog, u.win, nil)
	go func() {
		err := u.info.Databases.Open(path, create)
		u.post(func() {
			prog.Hide()
			bar.Stop()
			if err != nil {
				u.showError(err)
				return
			}
			rememberDatabase(p, path)
		})
	}()
}

// themeChoice is one choice of the theme preference.
type themeChoice struct {
	pref, label string
}

func themeChoices() []themeChoice {
	return []themeChoice{{"", lang.L("Follow the system")}, {"light", lang.L("Light")}, {"dark", lang.L("Dark")}}
}

// variantTheme is a theme drawn in one variant whatever the system's.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// themeVariant is the variant the window is drawn in: the one the
// reporter chose, else the system's.
func themeVariant() fyne.ThemeVariant {
	if t, ok := fyne.CurrentApp().Settings().Theme().(variantTheme); ok {
		return t.v
	}
	return fyne.CurrentApp().Settings().ThemeVariant()
}

// applyTheme sets the app's theme for the preference: the bundled fonts
// always, the variant the reporter chose or the system's.
func applyTheme(a fyne.App) {
	style.Apply(a)
	var v fyne.ThemeVariant
	switch a.Preferences().String(prefTheme) {
	case "light":
		v = theme.VariantLight
	case "dark":
		v = theme.VariantDark
	default:
		return
	}
	a.Settings().SetTheme(variantTheme{Theme: a.Settings().Theme(), v: v})
}

// useLanguageNow makes code ("en", "ar"; "" for the system's) the
// interface language: fyne reads the language from the environment when
// translations are added, so they are added again.
func useLanguageNow(code string) {
	switch {
	case code != "":
		_ = os.Setenv("LANGUAGE", code)
	case systemHasLang:
		_ = os.Setenv("LANGUAGE", systemLanguage)
	default:
		_ = os.Unsetenv("LANGUAGE")
	}
	_ = lang.AddTranslationsFS(translations, "translation") // a missing file leaves English
}

// languageChoice is one choice of the language preference.
type languageChoice struct{ code, label string }

func languageChoices() []languageChoice {
	return []languageChoice{{"", lang.L("Follow the system")}, {"en", "English"}, {"ar", "العربية"}}
}

// exportExcel reports whether CSV exports default to the flavour for
// Excel and LibreOffice (else plain data).
func exportExcel() bool {
	return fyne.CurrentApp().Preferences().StringWithFallback(prefExportFlavour, "excel") != "data"
}

// showPreferences opens the preferences: interface language (the window
// is built again in it when the dialog closes), theme (at once) and the
// default CSV flavour of exports.
func (u *UI) showPreferences() {
	a := fyne.CurrentApp()
	p := a.Preferences()
	langs := languageChoices()
	langLabels := make([]string, len(langs))
	for i, l := range langs {
		langLabels[i] = l.label
	}
	langSel := newSelect(langLabels, nil)
	langSel.SetSelectedIndex(max(slices.IndexFunc(langs, func(l languageChoice) bool { return l.code == p.String(prefLanguage) }), 0))
	themes := themeChoices()
	themeLabels := make([]string, len(themes))
	for i, c := range themes {
		themeLabels[i] = c.label
	}
	themeSel := newSelect(themeLabels, nil)
	themeSel.SetSelectedIndex(max(slices.IndexFunc(themes, func(c themeChoice) bool { return c.pref == p.String(prefTheme) }), 0))
	themeSel.OnChanged = func(string) {
		p.SetString(prefTheme, themes[max(themeSel.SelectedIndex(), 0)].pref)
		applyTheme(a)
	}
	flavours := []string{lang.L("For Excel and LibreOffice"), lang.L("Data (plain UTF-8, nothing altered)")}
	flavourSel := widget.NewRadioGroup(flavours, nil)
	if exportExcel() {
		flavourSel.SetSelected(flavours[0])
	} else {
		flavourSel.SetSelected(flavours[1])
	}
	flavourSel.Required = true
	flavourSel.OnChanged = func(s string) {
		v := "excel"
		if s == flavours[1] {
			v = "data"
		}
		p.SetString(prefExportFlavour, v)
	}
	form := formOf(
		lang.L("Language"), langSel,
		"", dim(lang.L("The window is built again in the new language when this dialog closes. A chart window open now keeps its language until it is opened again.")),
		lang.L("Theme"), themeSel,
		"", dim(lang.L("The theme changes at once.")),
		lang.L("CSV exports"), radioGroup(flavourSel),
	)
	was := p.String(prefLanguage)
	d := dialog.NewCustom(lang.L("Preferences"), lang.L("Close"), form, u.win)
	d.SetOnClosed(func() {
		code := langs[max(langSel.SelectedIndex(), 0)].code
		if code == was {
			return
		}
		p.SetString(prefLanguage, code)
		u.relocalize(code)
	})
	d.Resize(fyne.NewSize(620, 420))
	showDialog(d, u.win, langSel)
}

// relocalize switches the interface to code and builds the window again
// in it, or says it applies at the next start when the window cannot be
// rebuilt here.
func (u *UI) relocalize(code string) {
	useLanguageNow(code)
	if u.info.Relocalized == nil {
		showInfo(lang.L("Language"), lang.L("The new language applies when Takedown Desk starts again."), u.win)
		return
	}
	u.info.Relocalized()
}

// formOf lays out pairs of a label and its field as widget.Form does,
// with the labels on the reading side: left in English, right in Arabic
// (widget.Form always puts them on the left).
func formOf(pairs ...any) fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for i := 0; i+1 < len(pairs); i += 2 {
		l := label(pairs[i].(string))
		l.TextStyle.Bold = true
		objs = append(objs, l, pairs[i+1].(fyne.CanvasObject))
	}
	if !rtlUI() {
		return container.New(layout.NewFormLayout(), objs...)
	}
	return container.New(rtlForm{}, objs...)
}

// rtlForm is fyne's form layout mirrored: a column of fields with the
// column of their labels on its right.
type rtlForm struct{}

func (rtlForm) widths(objs []fyne.CanvasObject) (labels, fields float32) {
	for i := 0; i+1 < len(objs); i += 2 {
		labels = max(labels, objs[i].MinSize().Width)
		fields = max(fields, objs[i+1].MinSize().Width)
	}
	return labels, fields
}

func (f rtlForm) MinSize(objs []fyne.CanvasObject) fyne.Size {
	lw, fw := f.widths(objs)
	h := float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		if i > 0 {
			h += theme.Padding()
		}
		h += max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
	}
	return fyne.NewSize(lw+theme.Padding()+fw, h)
}

func (f rtlForm) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	lw, _ := f.widths(objs)
	fw := size.Width - lw - theme.Padding()
	y := float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		h := max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
		objs[i+1].Move(fyne.NewPos(0, y))
		objs[i+1].Resize(fyne.NewSize(fw, h))
		objs[i].Move(fyne.NewPos(fw+theme.Padding(), y))
		objs[i].Resize(fyne.NewSize(lw, objs[i].MinSize().Height))
		y += h + theme.Padding()
	}
}
