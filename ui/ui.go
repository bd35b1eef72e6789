// Package ui is Takedown Desk's window: thin views on one desk controller
// (app/desk): the notice list, the detail pane with the notice text, its
// claims, sources, tags and notes, and the import and export dialogs. It is
// the only package that knows widgets; it reaches the database through the
// desk and the small Store interface it declares.
package ui

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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
	// Post, when set, runs the desk's events on the UI goroutine instead of
	// fyne.Do (a test runs them on its own goroutine: Fyne's test driver
	// runs fyne.Do on the caller's, beside the test's own layout).
	Post func(func())
	// FirstPage, when set, is called once the list's first page and the
	// notice opened at start are on screen (for timing the start).
	FirstPage func()
	// Backups, when set, lists, writes and restores the database's
	// backups (File → Backups…); OnRestored rebuilds the window after a
	// restore.
	Backups    Backups
	OnRestored func()
	// Databases, when set, opens other databases in the window (File →
	// Open database…, New database…, Open recent); Relocalized builds
	// the window again after the interface language changed.
	Databases   Databases
	Relocalized func()
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
func Setup(a fyne.App, fsys embed.FS) {
	translations = fsys
	systemLanguage, systemHasLang = os.LookupEnv("LANGUAGE")
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
	// post runs f on the UI goroutine: fyne.Do, or the tests' queue
	// (Info.Post), for the desk's events and every dialog's result alike
	post func(f func())

	bar        *menuBar // the window's own menu bar, right to left
	list       *noticeList
	search     *bidi.Entry
	sort       *widget.Select
	sorts      []app.Sort // the sort menu's choices, in its order
	countLabel *bidi.Label
	progress   *widget.ProgressBar
	sidebar    *sidebar
	chips      *filterChips
	bulk       *bulkBar
	listPane   *fyne.Container // chips and bulk bar above the list, status below
	detail     *detail
	content    fyne.CanvasObject

	quietSearch bool      // set while the search box is filled from code
	shownQuery  app.Query // the query the list was last reset for

	// the last dialogs the list side opened, for tests
	exportScope    *widget.RadioGroup
	tagDialog      *dialog.CustomDialog
	tagName        *bidi.Entry
	shortcutsSheet dialog.Dialog

	started struct{ page, notice, done bool }

	afterImport func([]ingest.Report)     // tests wait on background imports with it
	afterMerge  func(merge.Report, error) // and on merges
	afterSync   func(SyncResult, error)   // and on syncs
}

// New builds the window's content on st, shows the newest notices and
// opens the last notice viewed (the newest on first start).
func New(w fyne.Window, st Store, info Info) *UI {
	if info.Post != nil {
		return newUI(w, st, info, info.Post)
	}
	return newUI(w, st, info, fyne.Do)
}

// newUI is New with the function that runs the desk's events on the UI
// goroutine (tests run them on the test's own goroutine).
func newUI(w fyne.Window, st Store, info Info, post func(func())) *UI {
	viewRTL = info.RTL
	u := &UI{win: w, store: st, info: info, ctx: context.Background(), post: post}
	u.desk = desk.New(st, post)
	u.bar = newMenuBar(w)
	rememberDatabase(fyne.CurrentApp().Preferences(), info.DBPath)
	u.build()
	u.desk.Listen(u.onEvent)
	u.setMenu()
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
	u.addTriageKeys()
	w.Resize(fyne.NewSize(1280, 760))
	u.desk.LoadSaved()
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
	u.search.OnChanged = func(s string) {
		if u.quietSearch {
			return
		}
		u.desk.SetText(s)
		u.showSort()
	}
	// Esc clears the search, ↓ goes down to the list
	u.search.OnKey = func(k *fyne.KeyEvent) bool {
		switch k.Name {
		case fyne.KeyEscape:
			u.clearSearchAndSelection()
		case fyne.KeyDown:
			u.moveCursor(0, false)
		default:
			return false
		}
		return true
	}

	u.sort = newSelect(nil, nil)
	u.sort.OnChanged = func(string) {
		i := u.sort.SelectedIndex()
		if i < 0 || i >= len(u.sorts) || u.sorts[i] == u.desk.Query().Order() {
			return
		}
		q := u.desk.Query()
		q.Sort = u.sorts[i]
		u.desk.SetQuery(q)
	}
	u.showSort()

	u.countLabel = bidi.NewLabel("")
	u.countLabel.Importance = widget.LowImportance
	u.countLabel.Direction = uiDirection()
	u.progress = widget.NewProgressBar()
	u.progress.Hide()

	u.list = newNoticeList(u)
	u.sidebar = newSidebar(u)
	u.chips = newFilterChips(u)
	u.bulk = newBulkBar(u)
	u.detail = newDetail(u)
	keysBtn := widget.NewButton("?", u.showShortcuts)
	keysBtn.Importance = widget.LowImportance
	toolbar := rowOf(
		widget.NewButtonWithIcon(fyneText(lang.L("Import…")), importIcon(), u.showImport),
		widget.NewButtonWithIcon(fyneText(lang.L("Paste text…")), pasteIcon(), u.showPaste),
		widget.NewButtonWithIcon(fyneText(lang.L("Export brief…")), exportIcon(), func() { u.showExport("brief") }),
	)
	bar := sides(toolbar, rowOf(u.sort, keysBtn), u.search)
	top := bar
	status := container.NewVBox(u.progress, container.NewPadded(u.countLabel))
	u.listPane = container.NewBorder(container.NewVBox(u.chips.content, u.bulk.content), status, nil, nil, u.list.content)
	// The filters stand at the outer edge, the list beside them and the
	// notice beyond: in Arabic all of it mirrored, starting on the right.
	left := sides(u.sidebar.content, nil, u.listPane)
	split := container.NewHSplit(left, u.detail.content)
	split.Offset = 0.52
	if rtlUI() {
		split = container.NewHSplit(u.detail.content, left)
		split.Offset = 0.48
	}
	u.content = container.NewBorder(container.NewVBox(u.bar.content, container.NewPadded(top)), nil, nil, nil, split)
	u.detail.empty()
}

// showSort fills the sort menu for the query: best match only while
// searching.
func (u *UI) showSort() {
	q := u.desk.Query()
	sorts := []app.Sort{app.SortDate, app.SortStatus, app.SortFigure}
	if q.Text != "" {
		sorts = append(sorts, app.SortBest)
	}
	labels := make([]string, len(sorts))
	for i, s := range sorts {
		labels[i] = lang.L("sort." + string(s))
	}
	u.sorts = sorts
	u.sort.Options = labels
	cur := q.Order()
	for i, s := range sorts {
		if s == cur && u.sort.SelectedIndex() != i {
			u.sort.SetSelectedIndex(i)
		}
	}
	u.sort.Refresh()
}

// relayout lays c and the containers in it out again for their children's
// new sizes, without refreshing the widgets inside.
func relayout(c *fyne.Container) {
	for _, o := range c.Objects {
		if cc, ok := o.(*fyne.Container); ok {
			relayout(cc)
		}
	}
	if c.Layout != nil {
		c.Layout.Layout(c.Objects, c.Size())
	}
	canvas.Refresh(c)
}

// relayoutListPane lays the list's pane out again after the chips or the
// bulk bar above the list changed size. It does not refresh the list in it:
// a refresh of the pane refreshes every widget inside, and the list, drawn
// while a new query's first page was on its way, had no rows, so
// widget.List dropped the ones it had made and made a screenful anew for
// every keystroke.
func (u *UI) relayoutListPane() {
	// Only the pane itself: relayout's walk into the list's own
	// containers re-laid its rows while the new query's page was on its way
	// (TestListReusesItsRows).
	p := u.listPane
	if p == nil {
		return
	}
	p.Layout.Layout(p.Objects, p.Size())
	canvas.Refresh(p)
}

// onEvent applies one desk event to the views; it runs on the UI goroutine.
func (u *UI) onEvent(ev desk.Event) {
	switch ev.Kind {
	case desk.ListReset:
		// A selection is of the list it was made in: another query drops
		// it, so no edit reaches notices the reporter no longer sees.
		if q := u.desk.Query(); !q.Equal(u.shownQuery) {
			u.shownQuery = q
			if u.desk.SelectedCount() > 0 {
				u.desk.ClearSelection()
			}
		}
		u.list.reset()
		u.showCount()
		u.chips.show()
		u.sidebar.show()
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
		u.sidebar.show()
	case desk.RowChanged:
		u.list.rowChanged(ev.Notice)
	case desk.SelectionChanged:
		u.list.selectionChanged()
		u.bulk.show()
		u.showCount()
	case desk.RowsChanged:
		u.list.list.Refresh()
	case desk.BusyChanged:
		u.showBusy()
		u.bulk.show()
	case desk.SavedChanged:
		u.sidebar.showSaved()
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
		u.list.failed()
		var skipped *app.SkippedError
		if errors.As(ev.Err, &skipped) {
			showText(lang.L("Problem"), fmt.Sprintf(lang.L("%s of %s notices were left as they were: they cannot take this change (a published notice cannot go back to New)."),
				formatInt(skipped.Skipped), formatInt(skipped.Of)), u.win)
			return
		}
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
			u.post(u.info.FirstPage)
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
		// what to do is said once, in the middle of the empty list
		u.countLabel.SetText(lang.L("Nothing matches") + " «" + q.Text + "».")
	case c.Total == 0:
		u.countLabel.SetText(lang.L("No notices match these filters."))
	default:
		text := countOf("count.notices", c.Total)
		if len(c.Near) > 0 {
			// a misspelt search: say what it was taken as, and that the
			// list holds the nearest notices only
			text = fmt.Sprintf(lang.L("No exact match for «%s»: the %s nearest, with «%s»"), q.Text, text, strings.Join(c.Near, " "))
		}
		if u.desk.SelectedCount() > 1 {
			text += " · " + fmt.Sprintf(lang.L("%s selected"), formatInt(u.desk.SelectedCount()))
		}
		u.countLabel.SetText(text)
	}
	u.list.setEmpty(counted && c.Total == 0)
}

// showBusy shows the progress of a long command (a bulk edit of many
// notices) under the list.
func (u *UI) showBusy() {
	busy, done, total := u.desk.Busy()
	if !busy || total == 0 {
		u.progress.Hide()
		return
	}
	u.progress.Max = float64(total)
	u.progress.SetValue(float64(done))
	u.progress.TextFormatter = func() string {
		if done == 0 {
			return fmt.Sprintf(lang.L("Preparing to change %s notices (a large change is backed up first)…"), formatInt(total))
		}
		return fmt.Sprintf(lang.L("Changing %s of %s notices…"), formatInt(done), formatInt(total))
	}
	u.progress.Show()
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
