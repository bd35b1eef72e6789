package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
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
	"github.com/takedowndesk/takedowndesk/app/chart"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/internal/safename"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

func importIcon() fyne.Resource { return theme.FolderOpenIcon() }
func pasteIcon() fyne.Resource  { return theme.ContentPasteIcon() }
func exportIcon() fyne.Resource { return theme.DocumentSaveIcon() }

// showError shows a problem; its text may quote Arabic file names or input,
// so it is laid out with bidi.
func (u *UI) showError(err error) {
	showText(lang.L("Problem"), errorText(err), u.win)
}

// setMenu gives the window its menu bar, whole: File, Edit, View, Tools
// and Help with what the store adds (View → Sources and Tags, File → Merge
// desk), in the window's reading order.
func (u *UI) setMenu() {
	m := u.teamMenu(u.withDetailMenus(u.menu()))
	if ownMenuBar() {
		u.win.SetMainMenu(nil)
		u.bar.set(m)
		return
	}
	u.bar.hide()
	u.win.SetMainMenu(m)
}

func (u *UI) menu() *fyne.MainMenu {
	importItem := fyne.NewMenuItem(fyneText(lang.L("Import files…")), u.showImport)
	importItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	pasteItem := fyne.NewMenuItem(fyneText(lang.L("Paste text…")), u.showPaste)
	pasteItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyV, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	exportItem := fyne.NewMenuItem(fyneText(lang.L("Export brief…")), u.exportFromKeys) // the selection when there is one
	exportItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	edit := fyne.NewMenu(lang.L("Edit"),
		fyne.NewMenuItem(lang.L("Undo"), func() { u.desk.Undo() }),
		fyne.NewMenuItem(lang.L("Redo"), func() { u.desk.Redo() }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Select all notices"), func() { u.desk.SelectAll() }),
	)
	file := fyne.NewMenu(lang.L("File"), append(u.databaseItems(),
		importItem,
		fyne.NewMenuItem(fyneText(lang.L("Import folder…")), u.showImportFolder),
		pasteItem,
		fyne.NewMenuItemSeparator(),
		exportItem,
		fyne.NewMenuItem(fyneText(lang.L("Export notices (CSV)…")), func() { u.showExport("notices") }),
		fyne.NewMenuItem(fyneText(lang.L("Export everything (JSON)…")), func() { u.showExport("json") }),
	)...)
	if u.info.Backups != nil {
		file.Items = append(file.Items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(fyneText(lang.L("Backups…")), func() { ShowBackups(u.win, u.info.Backups, u.info.OnRestored) }))
	}
	language := fyne.NewMenuItem(lang.L("Language"), nil)
	language.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem("English", func() { u.setLanguage("en") }),
		fyne.NewMenuItem("العربية", func() { u.setLanguage("ar") }),
		fyne.NewMenuItem(lang.L("Follow the system"), func() { u.setLanguage("") }),
	)
	tools := fyne.NewMenu(lang.L("Tools"), fyne.NewMenuItem(fyneText(lang.L("Names of platforms and groups…")), u.showAliases))
	help := fyne.NewMenu(lang.L("Help"), language, fyne.NewMenuItem(lang.L("About Takedown Desk"), u.showAbout))
	view := fyne.NewMenu(lang.L("View"), fyne.NewMenuItem(fyneText(lang.L("Chart…")), u.showChart))
	return fyne.NewMainMenu(file, edit, view, tools, help)
}

// setLanguage keeps the interface language and builds the window again in
// it (see relocalize).
func (u *UI) setLanguage(code string) {
	fyne.CurrentApp().Preferences().SetString(prefLanguage, code)
	u.relocalize(code)
}

func (u *UI) showAbout() {
	msg := fmt.Sprintf("Takedown Desk %s\n\n%s\n\n%s\n%s", u.info.Version,
		lang.L("Triage and annotate takedown notices, offline."),
		lang.L("Database:"), safename.Path(u.info.DBPath, safename.MaxPath))
	showInfo(lang.L("About Takedown Desk"), msg, u.win)
}

func (u *UI) showImport() { u.pickFile(nil, func(path string) { u.importPaths([]string{path}) }) }

// pickFile asks for one existing file (of the given extensions, when any)
// and hands its path to fn.
func (u *UI) pickFile(extensions []string, fn func(path string)) {
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
		fn(path)
	}, u.win)
	if len(extensions) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(extensions))
	}
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
	// a whole-desk export carries history, uids and notes: it is merged,
	// as `takedowndesk import` does, not read as new notices
	if mg, ok := u.store.(Merger); ok {
		var others []string
		for _, p := range paths {
			if merge.IsDump(p) {
				u.runMerge(mg, p)
			} else {
				others = append(others, p)
			}
		}
		paths = others
	}
	tables, rest := splitTables(paths)
	if len(tables) == 0 {
		u.runImport(rest, nil)
		return
	}
	u.askCSVMappings(tables, func(maps map[string]ingest.CSVMapping) { u.runImport(rest, maps) })
}

// showProgress shows a dialog with a status line, a progress bar and a
// Cancel button that calls cancel, for work running in the background.
func (u *UI) showProgress(title string, cancel func()) (dialog.Dialog, *bidi.Label, *widget.ProgressBar) {
	bar := widget.NewProgressBar()
	// a file's name and a count beside Arabic words: laid out by bidi
	status := uiLabel(lang.L("Reading…"))
	status.MaxLines = 1
	prog := dialog.NewCustomWithoutButtons(title, container.NewVBox(status, bar,
		container.NewCenter(widget.NewButton(lang.L("Cancel"), cancel))), u.win)
	prog.Resize(fyne.NewSize(460, 160))
	showDialog(prog, u.win, nil)
	return prog, status, bar
}

// runImport imports in the background behind a progress dialog with a
// Cancel button; a cancelled file is rolled back whole.
func (u *UI) runImport(paths []string, tables map[string]ingest.CSVMapping) {
	if len(paths) == 0 && len(tables) == 0 {
		return
	}
	ctx, cancel := context.WithCancel(u.ctx)
	prog, status, bar := u.showProgress(lang.L("Importing"), cancel)
	var mu sync.Mutex
	opt := ingest.Options{Aliases: u.aliases(), Progress: func(file string, n int, read, total int64) {
		mu.Lock()
		defer mu.Unlock()
		frac := 0.0
		if total > 0 {
			frac = float64(read) / float64(total)
		}
		text := baseName(file) + " — " + countOf("count.notices", n)
		u.post(func() {
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
		u.post(func() {
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
			showInfo(lang.L("Paste text"), lang.L("This text is already on the desk."), u.win)
		}
	})
	d.Resize(fyne.NewSize(720, 520))
	showDialog(d, u.win, entry)
}

// settingBriefColumns remembers the reporter's choice and order of brief
// columns, in the desk's file, for the next export.
const settingBriefColumns = "brief.columns"

// exportScope is one choice of which notices an export holds.
type exportScope struct {
	label string
	scope brief.Scope
	// count, when known, says how many notices the scope holds ("12
	// notices"); in Arabic it is shown under the choices instead of in
	// them, since Fyne's radio buttons cannot order digits in Arabic text.
	name, count string
	selection   bool // the selected notices
}

// exportScopes are the choices the export dialog offers: the whole desk,
// the list as shown (search and filters applied), the selected notices,
// the open notice. They are read from the desk: a query or a set of ids,
// never a list of loaded notices.
func (u *UI) exportScopes() []exportScope {
	counted := func(name string, n int, sc brief.Scope) exportScope {
		if rtlUI() {
			return exportScope{label: name, scope: sc, name: name, count: countOf("count.notices", n)}
		}
		return exportScope{label: fmt.Sprintf("%s (%s)", name, formatInt(n)), scope: sc}
	}
	scopes := []exportScope{{label: lang.L("All notices")}}
	shown := exportScope{label: lang.L("The list as shown"), scope: brief.Scope{Query: u.desk.Query()}}
	if c, ok := u.desk.Counts(); ok {
		shown = counted(shown.label, c.Total, shown.scope)
	}
	scopes = append(scopes, shown)
	if sel := u.desk.Selected(); len(sel) > 1 {
		sc := counted(lang.L("The selected notices"), len(sel), brief.Scope{IDs: sel})
		sc.selection = true
		scopes = append(scopes, sc)
	}
	if cur, ok := u.desk.Current(); ok {
		scopes = append(scopes, exportScope{label: lang.L("The open notice"), scope: brief.Scope{IDs: []int64{cur.ID}}})
	}
	return scopes
}

// scopeCounts is the line under the export's choices in Arabic that says
// how many notices each holds ("القائمة كما تظهر: 12 إشعاراً"), nil when
// the choices say it themselves.
func scopeCounts(scopes []exportScope) fyne.CanvasObject {
	var parts []string
	for _, sc := range scopes {
		if sc.count != "" {
			parts = append(parts, sc.name+": "+sc.count)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	l := bidi.NewLabel(strings.Join(parts, " · "))
	l.Direction = uiDirection()
	l.Importance = widget.LowImportance
	return l
}

func formatLabel(f brief.Format) string {
	switch f {
	case brief.Workbook:
		return lang.L("Excel workbook (.xlsx)")
	case brief.BriefCSV:
		return lang.L("Brief, one row per claim (CSV)")
	case brief.NoticesCSV:
		return lang.L("Notices, one row each (CSV)")
	case brief.WholeJSON:
		return lang.L("Everything, re-importable (JSON)")
	case brief.Annotations:
		return lang.L("Web annotations (JSON-LD)")
	case brief.Markdown:
		return lang.L("Story draft (Markdown)")
	}
	return string(f)
}

// showExport asks what to export (format, which notices, CSV flavour,
// columns), then where, then writes it in the background. "brief" is the
// menu's "Export brief…", which now writes the Excel workbook.
func (u *UI) showExport(format string) { u.showExportOf(format, false) }

// showExportSelection is "Export selection…": the export dialog with the
// selected notices chosen.
func (u *UI) showExportSelection() { u.showExportOf("brief", true) }

func (u *UI) showExportOf(format string, selection bool) {
	f, err := brief.ParseFormat(format)
	if err != nil || format == "brief" {
		f = brief.Workbook
	}
	formats := brief.Formats()
	labels := make([]string, len(formats))
	for i, x := range formats {
		labels[i] = formatLabel(x)
	}
	formatSel := newSelect(labels, nil)
	formatSel.SetSelectedIndex(slices.Index(formats, f))
	scopes := u.exportScopes()
	scopeLabels := make([]string, len(scopes))
	for i, sc := range scopes {
		scopeLabels[i] = sc.label
	}
	scopeSel := widget.NewRadioGroup(scopeLabels, nil)
	scopeSel.SetSelected(scopeLabels[0])
	for i, sc := range scopes {
		if selection && sc.selection {
			scopeSel.SetSelected(scopeLabels[i])
		}
	}
	u.exportScope = scopeSel
	flavours := []string{lang.L("For Excel and LibreOffice"), lang.L("Data (plain UTF-8, nothing altered)")}
	flavourSel := widget.NewRadioGroup(flavours, nil)
	flavourSel.SetSelected(flavours[0])
	if !exportExcel() { // Preferences: the reporter's default
		flavourSel.SetSelected(flavours[1])
	}
	flavourView := radioGroup(flavourSel)
	columns := widget.NewMultiLineEntry()
	columns.Wrapping = fyne.TextWrapWord
	columns.SetMinRowsVisible(3)
	columns.SetText(strings.Join(u.briefColumns(), ", "))
	defang := widget.NewCheck(lang.L("Defang links (hxxps://example[.]com)"), nil)
	csvOnly := func() {
		x := formats[max(formatSel.SelectedIndex(), 0)]
		isCSV := x == brief.BriefCSV || x == brief.NoticesCSV
		if isCSV {
			flavourSel.Enable()
		} else {
			flavourSel.Disable()
		}
		flavourView.Refresh()
		if x == brief.Workbook || x == brief.BriefCSV {
			columns.Enable()
		} else {
			columns.Disable()
		}
	}
	formatSel.OnChanged = func(string) { csvOnly() }
	csvOnly()
	form := formOf(
		lang.L("Format"), formatSel,
		lang.L("Notices"), withCounts(radioGroup(scopeSel), scopeCounts(scopes)),
		lang.L("CSV"), flavourView,
		lang.L("Columns"), columns,
		"", checkBox(defang),
	)
	d := confirm(lang.L("Export"), lang.L("Save as…"), lang.L("Cancel"), form, u.win, func() {
		scope := scopes[max(slices.Index(scopeLabels, scopeSel.Selected), 0)].scope
		req, err := u.exportRequest(formats[max(formatSel.SelectedIndex(), 0)], scope,
			flavourSel.Selected == flavours[0], columns.Text, defang.Checked)
		if err != nil {
			u.showError(err)
			return
		}
		// after this dialog is gone: hiding it would take a dialog shown
		// above it along
		go u.post(func() { u.askExportPath(req) })
	})
	d.Resize(fyne.NewSize(640, 520))
	showDialog(d, u.win, formatSel)
}

// withCounts puts the counts line under the choices, when there is one.
func withCounts(choices, counts fyne.CanvasObject) fyne.CanvasObject {
	if counts == nil {
		return choices
	}
	return container.NewVBox(choices, counts)
}

// briefColumns is the remembered choice of brief columns, or the default.
func (u *UI) briefColumns() []string {
	if s, err := u.store.Setting(u.ctx, settingBriefColumns); err == nil {
		if cols, err := brief.ParseColumns(s); err == nil && cols != nil {
			return cols
		}
	}
	return brief.DefaultColumns()
}

// exportRequest turns the dialog's choices into an export request, and
// remembers the columns chosen.
func (u *UI) exportRequest(f brief.Format, scope brief.Scope, excel bool, columns string, defang bool) (brief.Request, error) {
	req := brief.Request{Format: f, Scope: scope, Flavour: brief.ForData, Defang: defang, Now: timeNow()}
	if excel {
		req.Flavour = brief.ForExcel
	}
	if f == brief.Workbook || f == brief.BriefCSV {
		cols, err := brief.ParseColumns(columns)
		if err != nil {
			return req, err
		}
		req.Columns = cols
		if err := u.store.SetSetting(u.ctx, settingBriefColumns, strings.Join(cols, ",")); err != nil {
			return req, err
		}
	}
	return req, nil
}

func (u *UI) askExportPath(req brief.Request) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		// The dialog has opened the file; the export writes a temporary file
		// beside it and renames it into place, so this handle is not used.
		path := w.URI().Path()
		w.Close()
		u.runExport(req, path, nil)
	}, u.win)
	name := "takedown-brief" + req.Format.Ext()
	switch req.Format {
	case brief.NoticesCSV:
		name = "takedown-notices.csv"
	case brief.WholeJSON:
		name = "takedowndesk.json"
	}
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{req.Format.Ext()}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// exportSource is the desk the export reads, notice by notice.
func (u *UI) exportSource() brief.Notices { return u.store }

// runExport writes the export behind a progress dialog with a Cancel
// button, off the UI goroutine. A failed or cancelled export leaves any
// earlier file at path as it was (only an empty file the save dialog made
// is removed). done, when set, is called with the outcome (tests wait on
// it).
func (u *UI) runExport(req brief.Request, path string, done func(error)) {
	ctx, cancel := context.WithCancel(u.ctx)
	prog, status, bar := u.showProgress(lang.L("Exporting"), cancel)
	req.Progress = func(p brief.Progress) {
		text := fmt.Sprintf("%s: %d", lang.L("Notices read"), p.Done)
		if p.Stage == "writing" {
			text = fmt.Sprintf("%s: %d", lang.L("Rows written"), p.Done)
		}
		frac := -1.0
		if p.Total > 0 {
			frac = float64(p.Done) / float64(p.Total)
			text += fmt.Sprintf(" / %d", p.Total)
		}
		u.post(func() {
			status.SetText(text)
			if frac >= 0 {
				bar.SetValue(frac)
			}
		})
	}
	go func() {
		err := brief.Export(ctx, u.exportSource(), req, path)
		cancel()
		if err != nil {
			if fi, serr := os.Stat(path); serr == nil && fi.Size() == 0 {
				os.Remove(path)
			}
		}
		u.post(func() {
			prog.Hide()
			switch {
			case errors.Is(err, context.Canceled):
				showInfo(lang.L("Export"), lang.L("Export cancelled; nothing was written."), u.win)
			case err != nil:
				u.showError(err)
			default:
				showText(lang.L("Export"), lang.L("Saved")+" "+path, u.win)
			}
			if done != nil {
				done(err)
			}
		})
	}()
}

func baseName(p string) string {
	return safename.Base(p, safename.MaxBase)
}

// showChart opens the chart of the figures of the list as shown: the whole
// desk, or the notices the search and filters keep (their ids read off the
// UI goroutine).
func (u *UI) showChart() {
	open := func(id int64) { u.openID(id); u.win.RequestFocus() }
	q := u.desk.Query()
	if !q.Filtered() {
		ShowChartWindow(fyne.CurrentApp(), u.store, chart.Filter{}, open)
		return
	}
	go func() {
		ids, err := u.store.IDs(u.ctx, q)
		u.post(func() {
			if err != nil {
				u.showError(err)
				return
			}
			ShowChartWindow(fyne.CurrentApp(), u.store, chart.Filter{Notices: ids}, open)
		})
	}()
}
