package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

func importIcon() fyne.Resource { return theme.FolderOpenIcon() }
func pasteIcon() fyne.Resource  { return theme.ContentPasteIcon() }
func exportIcon() fyne.Resource { return theme.DocumentSaveIcon() }

// showError shows a problem; its text may quote Arabic file names or input,
// so it is laid out with bidi.
func (u *UI) showError(err error) {
	showText(lang.L("Problem"), err.Error(), u.win)
}

func (u *UI) menu() *fyne.MainMenu {
	importItem := fyne.NewMenuItem(lang.L("Import files…"), u.showImport)
	importItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	pasteItem := fyne.NewMenuItem(lang.L("Paste text…"), u.showPaste)
	pasteItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyV, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	exportItem := fyne.NewMenuItem(lang.L("Export brief (CSV)…"), func() { u.showExport("brief") })
	exportItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	edit := fyne.NewMenu(lang.L("Edit"),
		fyne.NewMenuItem(lang.L("Undo"), func() { u.desk.Undo() }),
		fyne.NewMenuItem(lang.L("Redo"), func() { u.desk.Redo() }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Select all notices"), func() { u.desk.SelectAll() }),
	)
	file := fyne.NewMenu(lang.L("File"),
		importItem,
		fyne.NewMenuItem(lang.L("Import folder…"), u.showImportFolder),
		pasteItem,
		fyne.NewMenuItemSeparator(),
		exportItem,
		fyne.NewMenuItem(lang.L("Export notices (CSV)…"), func() { u.showExport("notices") }),
		fyne.NewMenuItem(lang.L("Export everything (JSON)…"), func() { u.showExport("json") }),
	)
	language := fyne.NewMenuItem(lang.L("Language"), nil)
	language.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem("English", func() { u.setLanguage("en") }),
		fyne.NewMenuItem("العربية", func() { u.setLanguage("ar") }),
		fyne.NewMenuItem(lang.L("Follow the system"), func() { u.setLanguage("") }),
	)
	tools := fyne.NewMenu(lang.L("Tools"), fyne.NewMenuItem(lang.L("Names of platforms and groups…"), u.showAliases))
	help := fyne.NewMenu(lang.L("Help"), language, fyne.NewMenuItem(lang.L("About Takedown Desk"), u.showAbout))
	return fyne.NewMainMenu(file, edit, tools, help)
}

// setLanguage keeps the interface language for the next start: fyne reads
// translations once, so switching live would leave half the window in the
// old language.
func (u *UI) setLanguage(code string) {
	fyne.CurrentApp().Preferences().SetString(prefLanguage, code)
	dialog.ShowInformation(lang.L("Language"), lang.L("The new language applies when Takedown Desk starts again."), u.win)
}

func (u *UI) showAbout() {
	msg := fmt.Sprintf("Takedown Desk %s\n\n%s\n\n%s\n%s", u.info.Version,
		lang.L("Triage and annotate takedown notices, offline."),
		lang.L("Database:"), u.info.DBPath)
	dialog.ShowInformation(lang.L("About Takedown Desk"), msg, u.win)
}

func (u *UI) showImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.importPaths([]string{path})
	}, u.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

func (u *UI) showImportFolder() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if l == nil {
			return
		}
		u.importPaths([]string{l.Path()})
	}, u.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// onDropped imports files and folders dropped on the window.
func (u *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			paths = append(paths, uri.Path())
		}
	}
	if len(paths) > 0 {
		u.importPaths(paths)
	}
}

// importPaths imports files and folders; tables given directly get their
// columns confirmed first.
func (u *UI) importPaths(paths []string) {
	tables, rest := splitTables(paths)
	if len(tables) == 0 {
		u.runImport(rest, nil)
		return
	}
	u.askCSVMappings(tables, func(maps map[string]ingest.CSVMapping) { u.runImport(rest, maps) })
}

// runImport imports in the background behind a progress dialog with a
// Cancel button; a cancelled file is rolled back whole.
func (u *UI) runImport(paths []string, tables map[string]ingest.CSVMapping) {
	if len(paths) == 0 && len(tables) == 0 {
		return
	}
	ctx, cancel := context.WithCancel(u.ctx)
	bar := widget.NewProgressBar()
	status := widget.NewLabel(lang.L("Reading…"))
	status.Truncation = fyne.TextTruncateEllipsis
	prog := dialog.NewCustomWithoutButtons(lang.L("Importing"), container.NewVBox(status, bar,
		container.NewCenter(widget.NewButton(lang.L("Cancel"), cancel))), u.win)
	prog.Resize(fyne.NewSize(460, 160))
	prog.Show()
	var mu sync.Mutex
	opt := ingest.Options{Aliases: u.aliases(), Progress: func(file string, n int, read, total int64) {
		mu.Lock()
		defer mu.Unlock()
		frac := 0.0
		if total > 0 {
			frac = float64(read) / float64(total)
		}
		text := fmt.Sprintf("%s — %d %s", baseName(file), n, lang.L("notices"))
		fyne.Do(func() {
			status.SetText(text)
			bar.SetValue(frac)
		})
	}}
	go func() {
		var reports []ingest.Report
		if len(paths) > 0 {
			reports = ingest.Files(ctx, u.store, paths, opt)
		}
		for path, m := range tables {
			topt := opt
			topt.CSV = &m
			reports = append(reports, ingest.File(ctx, u.store, path, topt))
		}
		cancel()
		fyne.Do(func() {
			prog.Hide()
			u.afterImportDone()
			u.showReports(reports)
			if u.afterImport != nil {
				u.afterImport(reports)
			}
		})
	}()
}

// showReports lists what each file's import did, problems first.
func (u *UI) showReports(reports []ingest.Report) {
	var lines []string
	var total app.ImportStats
	for _, r := range reports {
		if r.Err != nil {
			msg := r.Err.Error()
			if errors.Is(r.Err, context.Canceled) {
				msg = baseName(r.File) + ": " + lang.L("cancelled, nothing from this file was kept")
			}
			lines = append(lines, "✗ "+msg)
		}
	}
	for _, r := range reports {
		if r.Err == nil {
			total.New += r.New
			total.Duplicate += r.Duplicate
			total.Updated += r.Updated
			lines = append(lines, fmt.Sprintf("✓ %s (%s): %d %s, %d %s, %d %s, %d %s", baseName(r.File), r.Format,
				r.New, lang.L("new"), r.Duplicate, lang.L("duplicate"), r.Updated, lang.L("updated"), r.Skipped, lang.L("skipped")))
		}
	}
	title := fmt.Sprintf("%s: %d %s, %d %s", lang.L("Import"), total.New, lang.L("new"), total.Duplicate, lang.L("duplicate"))
	showText(title, strings.Join(lines, "\n"), u.win)
}

func (u *UI) showPaste() {
	entry := newMultiLineEntry()
	entry.SetPlaceHolder(lang.L("Paste the text of a story, statement or post here."))
	entry.SetMinRowsVisible(12)
	d := confirm(lang.L("Paste text"), lang.L("Import"), lang.L("Cancel"), entry, u.win, func() {
		if strings.TrimSpace(entry.Text) == "" {
			return
		}
		r := ingest.Text(u.ctx, u.store, lang.L("pasted text"), entry.Text, ingest.Options{Aliases: u.aliases()})
		if r.Err != nil {
			u.showError(r.Err)
			return
		}
		u.search.SetText("")
		u.afterImportDone()
		if r.Duplicate > 0 {
			dialog.ShowInformation(lang.L("Paste text"), lang.L("This text is already on the desk."), u.win)
		}
	})
	d.Resize(fyne.NewSize(720, 520))
	d.Show()
}

// showExport asks where to save, then writes the export there. Briefs are
// written for Excel (BOM, CRLF), which LibreOffice reads as well.
func (u *UI) showExport(format string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		defer w.Close()
		if err := u.export(w, format); err != nil {
			u.showError(err)
			return
		}
		dialog.ShowInformation(lang.L("Export"), lang.L("Saved")+" "+w.URI().Path(), u.win)
	}, u.win)
	name := "takedown-brief.csv"
	switch format {
	case "notices":
		name = "takedown-notices.csv"
	case "json":
		name = "takedowndesk.json"
	}
	d.SetFileName(name)
	if format == "json" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	} else {
		d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

func (u *UI) export(w io.Writer, format string) error {
	full, err := u.store.NoticesFull(u.ctx, app.Filter{})
	if err != nil {
		return err
	}
	extract.FlagConflicts(full)
	opt := brief.Options{Excel: true}
	switch format {
	case "notices":
		return brief.Notices(w, full, opt)
	case "json":
		return brief.JSON(w, full, timeNow())
	}
	return brief.Brief(w, full, opt)
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}
