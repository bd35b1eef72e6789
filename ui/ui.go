// Package ui is Takedown Desk's window: thin views on one desk controller
// (app/desk): the notice list, the detail pane with the notice text, its
// claims, sources, tags and notes, and the import and export dialogs. It is
// the only package that knows widgets; it reaches the database through the
// desk and the small Store interface it declares.
package ui

import (
	"context"
	"embed"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/chart"
	"github.com/takedowndesk/takedowndesk/app/desk"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// Store is what the window needs from the database: the desk's queries and
// edits, imports, exports and the reporter's names for platforms.
type Store interface {
	desk.Store
	ingest.Store
	chart.Source
	EachOf(ctx context.Context, ids []int64, fn func(app.Notice) error) error
	Aliases(ctx context.Context) ([]extract.Alias, error)
	SetAliases(ctx context.Context, as []extract.Alias) error
}

// Info is what the window shows about itself and how it is laid out.
type Info struct {
	Version string
	DBPath  string
	RTL     bool // lay the window out right to left (the Arabic interface)
	// FirstPage, when set, is called once the list's first page and the
	// notice opened at start are on screen (for timing the start).
	FirstPage func()
	// Backups, when set, lists, writes and restores the database's
	// backups (File → Backups…); OnRestored rebuilds the window after a
	// restore.
	Backups    Backups
	OnRestored func()
	// Team, when set, syncs the desk with the team's server (File → Team
	// sync…).
	Team TeamSync
}

// prefLanguage is the preference that holds the interface language chosen
// in the menu ("en", "ar"), empty to follow the system.
const prefLanguage = "language"

// Setup prepares the app before any window: translations of the interface
// (from files such as translation/ar.json in fsys) and the theme with the
// bundled fonts.
//
// The interface language follows the system locale unless the reporter chose
// one in the Language menu (kept in the app's preferences); fyne's lang
// package reads LANGUAGE when translations are added, so the choice is put
// there first.
func Setup(a fyne.App, translations embed.FS) {
	if l := a.Preferences().String(prefLanguage); l != "" {
		_ = os.Setenv("LANGUAGE", l)
	}
	_ = lang.AddTranslationsFS(translations, "translation") // a missing file leaves English
	setTheme(a)
}

// UI is one Takedown Desk window: views on a desk.
type UI struct {
	win   fyne.Window
	store Store
	desk  *desk.Desk
	info  Info
	ctx   context.Context

	list       *noticeList
	search     *bidi.Entry
	status     *widget.Select
	sort       *widget.Select
	countLabel *bidi.Label
	detail     *detail
	content    fyne.CanvasObject

	started struct{ page, notice, done bool }

	afterImport func([]ingest.Report)     // tests wait on background imports with it
	afterMerge  func(merge.Report, error) // and on merges
	afterSync   func(SyncResult, error)   // and on syncs
}

// New builds the window's content on st, shows the newest notices and
// opens the last notice viewed (the newest on first start).
func New(w fyne.Window, st Store, info Info) *UI { return newUI(w, st, info, fyne.Do) }

// newUI is New with the function that runs the desk's events on the UI
// goroutine (tests run them on the test's own goroutine).
func newUI(w fyne.Window, st Store, info Info, post func(func())) *UI {
	viewRTL = info.RTL
	u := &UI{win: w, store: st, info: info, ctx: context.Background()}
	u.desk = desk.New(st, post)
	u.build()
	u.desk.Listen(u.onEvent)
	w.SetMainMenu(u.teamMenu(u.menu()))
	w.SetOnDropped(u.onDropped)
	c := w.Canvas()
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { c.Focus(u.search) })
	// Canvas shortcuts, not menu ones: a focused entry keeps its own undo.
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.desk.Undo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { u.desk.Redo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyY, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.desk.Redo() })
	w.Resize(fyne.NewSize(1180, 760))
	u.desk.Start(app.Query{})
	return u
}

// Desk is the window's state model.
func (u *UI) Desk() *desk.Desk { return u.desk }

// Content is the window's content.
func (u *UI) Content() fyne.CanvasObject { return u.content }

// Close stops the window's queries and waits for its edits to be stored.
func (u *UI) Close() { u.desk.Close() }

func (u *UI) build() {
	u.search = newEntry()
	u.search.SetPlaceHolder(lang.L("Search notices, tags, notes…"))
	u.search.OnChanged = func(s string) { u.desk.SetText(s) }

	statuses := []string{lang.L("All statuses")}
	for _, s := range app.Statuses {
		statuses = append(statuses, statusLabel(s))
	}
	u.status = widget.NewSelect(statuses, nil)
	u.status.SetSelectedIndex(0)
	u.status.OnChanged = func(string) {
		q := u.desk.Query()
		q.Statuses = nil
		if i := u.status.SelectedIndex(); i > 0 {
			q.Statuses = []app.Status{app.Statuses[i-1]}
		}
		u.desk.SetQuery(q)
	}
	sorts := []string{lang.L("sort.date"), lang.L("sort.status"), lang.L("sort.figure"), lang.L("sort.best")}
	u.sort = widget.NewSelect(sorts, nil)
	u.sort.SetSelectedIndex(0)
	u.sort.OnChanged = func(string) {
		q := u.desk.Query()
		q.Sort = app.Sorts[u.sort.SelectedIndex()]
		u.desk.SetQuery(q)
	}

	u.countLabel = bidi.NewLabel("")
	u.countLabel.Importance = widget.LowImportance
	u.countLabel.Direction = uiDirection()

	u.list = newNoticeList(u)
	u.detail = newDetail(u)
	toolbar := rowOf(
		widget.NewButtonWithIcon(lang.L("Import…"), importIcon(), u.showImport),
		widget.NewButtonWithIcon(lang.L("Paste text…"), pasteIcon(), u.showPaste),
		widget.NewButtonWithIcon(lang.L("Export brief…"), exportIcon(), func() { u.showExport("brief") }),
	)
	filters := rowOf(u.status, u.sort)
	bar := sides(toolbar, filters, u.search)
	top := bar
	left := container.NewBorder(nil, container.NewPadded(u.countLabel), nil, nil, u.list.content)
	// In Arabic the list sits on the right, where a reader starts.
	split := container.NewHSplit(left, u.detail.content)
	split.Offset = 0.36
	if rtlUI() {
		split = container.NewHSplit(u.detail.content, left)
		split.Offset = 0.64
	}
	u.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, split)
	u.detail.empty()
}

// onEvent applies one desk event to the views; it runs on the UI goroutine.
func (u *UI) onEvent(ev desk.Event) {
	switch ev.Kind {
	case desk.ListReset:
		u.list.reset()
		u.showCount()
	case desk.PageLoaded:
		u.list.loaded()
		u.showCount()
		if ev.Offset == 0 {
			u.started.page = true
			u.checkStarted()
		}
	case desk.CountsChanged:
		u.list.loaded()
		u.showCount()
	case desk.RowChanged:
		u.list.rowChanged(ev.Notice)
	case desk.SelectionChanged:
		u.list.selectionChanged()
	case desk.NoticeOpened:
		if n, ok := u.desk.Current(); ok && ev.Notice != 0 {
			u.detail.show(n)
			u.list.showOpen(n.ID)
		} else {
			u.detail.empty()
		}
		u.started.notice = true
		u.checkStarted()
	case desk.NoticeChanged:
		if n, ok := u.desk.Current(); ok && n.ID == ev.Notice {
			u.detail.update(n, ev)
		}
	case desk.Failed:
		u.showError(ev.Err)
	}
}

// checkStarted calls Info.FirstPage once the first page and the first
// notice are both on screen.
func (u *UI) checkStarted() {
	if u.started.done || !u.started.page || !u.started.notice {
		return
	}
	u.started.done = true
	if u.info.FirstPage != nil {
		// after this frame is drawn
		go func() {
			time.Sleep(time.Millisecond)
			fyne.Do(u.info.FirstPage)
		}()
	}
}

// showCount says how many notices the list holds, or why it is empty.
func (u *UI) showCount() {
	c, counted := u.desk.Counts()
	q := u.desk.Query()
	switch {
	case !counted:
		u.countLabel.SetText(lang.L("Counting…"))
	case c.Total == 0 && !q.Filtered():
		u.countLabel.SetText(lang.L("No notices yet: import a file, drop files here or paste text."))
	case c.Total == 0 && q.Text != "":
		u.countLabel.SetText(lang.L("Nothing matches") + " «" + q.Text + "». " + lang.L("Check the spelling, try fewer words, or clear the search."))
	case c.Total == 0:
		u.countLabel.SetText(lang.L("No notice passes these filters. Choose All statuses to see every notice."))
	default:
		u.countLabel.SetText(lang.L("notices") + ": " + formatInt(c.Total))
	}
	u.list.setEmpty(counted && c.Total == 0)
}

func formatInt(n int) string { return app.FormatCount(float64(n)) }

// openID opens a notice by id (from the list, a conflict, a chart).
func (u *UI) openID(id int64) { u.desk.Open(id) }

// afterImportDone shows what an import added: the list read again, and
// the newest notice opened when none was.
func (u *UI) afterImportDone() {
	if _, ok := u.desk.Current(); !ok {
		u.desk.Start(u.desk.Query())
		return
	}
	u.desk.Reload()
}
