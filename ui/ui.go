// Package ui is Takedown Desk's window: the notice list, the detail pane
// with the notice text, its claims, sources, tags and notes, and the import
// and export dialogs. It is the only package that knows widgets; it reaches
// the database through the small Store interface it declares.
package ui

import (
	"context"
	"embed"
	"os"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// Store is what the window needs from the database.
type Store interface {
	ingest.Store
	Notices(ctx context.Context, f app.Filter) ([]app.Notice, error)
	Notice(ctx context.Context, id int64) (app.Notice, error)
	NoticesFull(ctx context.Context, f app.Filter) ([]app.Notice, error)
	FigureClaims(ctx context.Context, platform string, months []string) (map[int64][]app.Claim, error)
	Search(ctx context.Context, query string, limit int) ([]app.Hit, error)
	SetStatus(ctx context.Context, id int64, to app.Status) error
	SetStarred(ctx context.Context, id int64, starred bool) error
	SetVerification(ctx context.Context, claimID int64, v app.Verification) error
	AddTag(ctx context.Context, entity string, id int64, name string) (app.Tag, error)
	RemoveTag(ctx context.Context, entity string, id int64, name string) error
	AddNote(ctx context.Context, noticeID int64, body string, start, end int) (app.Note, error)
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// Info is what the window shows about itself (About, status bar).
type Info struct {
	Version string
	DBPath  string
}

// prefLanguage is the preference that holds the interface language chosen
// in the menu ("en", "ar"), empty to follow the system.
const prefLanguage = "language"

// settingLastNotice remembers the notice open when the window closed.
const settingLastNotice = "ui.last_notice"

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

// UI is one Takedown Desk window.
type UI struct {
	win   fyne.Window
	store Store
	info  Info
	ctx   context.Context

	notices  []app.Notice // the list as shown, filtered
	selected int64        // id of the notice in the detail pane, 0 for none
	current  app.Notice   // that notice, whole

	list         *widget.List
	search       *widget.Entry
	statusFilter *widget.Select
	countLabel   *bidi.Label
	detail       *detail
	content      fyne.CanvasObject

	afterImport func([]ingest.Report) // tests wait on background imports with it
}

// New builds the window's content on st and opens the last notice viewed
// (the newest on first start).
func New(w fyne.Window, st Store, info Info) *UI {
	u := &UI{win: w, store: st, info: info, ctx: context.Background()}
	u.build()
	u.refresh()
	u.openInitial()
	w.SetMainMenu(u.menu())
	w.SetOnDropped(u.onDropped)
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.Canvas().Focus(u.search) })
	w.Resize(fyne.NewSize(1180, 760))
	return u
}

// Content is the window's content.
func (u *UI) Content() fyne.CanvasObject { return u.content }

func (u *UI) build() {
	u.search = widget.NewEntry()
	u.search.SetPlaceHolder(lang.L("Search notices, tags, notes…"))
	u.search.OnChanged = func(string) { u.refresh() }

	statuses := []string{lang.L("All statuses")}
	for _, s := range app.Statuses {
		statuses = append(statuses, statusLabel(s))
	}
	u.statusFilter = widget.NewSelect(statuses, nil)
	u.statusFilter.SetSelectedIndex(0)
	u.statusFilter.OnChanged = func(string) { u.refresh() }

	u.countLabel = bidi.NewLabel("")
	u.countLabel.Importance = widget.LowImportance
	u.countLabel.Direction = uiDirection()

	u.list = widget.NewList(
		func() int { return len(u.notices) },
		newNoticeRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(u.notices) {
				o.(*noticeRow).set(u.notices[i])
			}
		},
	)
	u.list.OnSelected = func(i widget.ListItemID) {
		if i < len(u.notices) {
			u.open(u.notices[i].ID)
		}
	}

	u.detail = newDetail(u)
	toolbar := rowOf(
		widget.NewButtonWithIcon(lang.L("Import…"), importIcon(), u.showImport),
		widget.NewButtonWithIcon(lang.L("Paste text…"), pasteIcon(), u.showPaste),
		widget.NewButtonWithIcon(lang.L("Export brief…"), exportIcon(), func() { u.showExport("brief") }),
	)
	bar := container.NewBorder(nil, nil, toolbar, u.statusFilter, u.search)
	if rtlUI() {
		bar = container.NewBorder(nil, nil, u.statusFilter, toolbar, u.search)
	}
	top := container.NewVBox(bar, bidi.NewPreview(u.search))
	left := container.NewBorder(nil, container.NewPadded(u.countLabel), nil, nil, u.list)
	// In Arabic the list sits on the right, where a reader starts.
	split := container.NewHSplit(left, u.detail.content)
	split.Offset = 0.36
	if rtlUI() {
		split = container.NewHSplit(u.detail.content, left)
		split.Offset = 0.64
	}
	u.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, split)
}

// refresh reloads the list from the store with the current search and filter.
func (u *UI) refresh() {
	var status app.Status
	if i := u.statusFilter.SelectedIndex(); i > 0 {
		status = app.Statuses[i-1]
	}
	var ns []app.Notice
	var err error
	if q := u.search.Text; q != "" {
		var hits []app.Hit
		hits, err = u.store.Search(u.ctx, q, 500)
		for _, h := range hits {
			if status == "" || h.Notice.Status == status {
				ns = append(ns, h.Notice)
			}
		}
	} else {
		ns, err = u.store.Notices(u.ctx, app.Filter{Status: status})
	}
	if err != nil {
		u.showError(err)
		return
	}
	u.notices = ns
	u.list.UnselectAll()
	u.list.Refresh()
	for i, n := range ns {
		if n.ID == u.selected {
			u.list.Select(i)
			break
		}
	}
	u.countLabel.SetText(lang.L("notices") + ": " + strconv.Itoa(len(ns)))
	if len(ns) == 0 && u.search.Text == "" && status == "" {
		u.countLabel.SetText(lang.L("No notices yet: import a file, drop files here or paste text."))
	}
}

// open shows one notice in the detail pane and remembers it.
func (u *UI) open(id int64) {
	if id == u.selected && u.current.ID == id {
		return
	}
	n, err := u.store.Notice(u.ctx, id)
	if err != nil {
		u.showError(err)
		return
	}
	u.flagConflicts(&n)
	u.selected, u.current = id, n
	u.detail.show(n)
	_ = u.store.SetSetting(u.ctx, settingLastNotice, strconv.FormatInt(id, 10))
}

// reload re-reads the open notice after an edit and refreshes its row.
func (u *UI) reload() {
	if u.selected == 0 {
		return
	}
	n, err := u.store.Notice(u.ctx, u.selected)
	if err != nil {
		u.showError(err)
		return
	}
	u.flagConflicts(&n)
	u.current = n
	u.detail.show(n)
	for i := range u.notices {
		if u.notices[i].ID == n.ID {
			u.notices[i] = n
			u.list.RefreshItem(i)
		}
	}
}

// flagConflicts marks the claims of n that conflict with each other or with
// claims of other notices about the same platform and period.
func (u *UI) flagConflicts(n *app.Notice) {
	extract.Conflicts(n.Claims)
	months := map[string][]string{} // platform → months its figures are about
	for _, c := range n.Claims {
		if c.Kind != app.ClaimFigure || c.Platform == "" {
			continue
		}
		for _, m := range []string{c.Period, monthOf(c.EventDate)} {
			if m != "" && !slices.Contains(months[c.Platform], m) {
				months[c.Platform] = append(months[c.Platform], m)
			}
		}
	}
	for p, ms := range months {
		others, err := u.store.FigureClaims(u.ctx, p, ms)
		if err != nil {
			return // conflicts are advice; the notice still opens
		}
		others[n.ID] = n.Claims
		extract.CrossConflicts(others)
	}
}

func monthOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01")
}

func (u *UI) openInitial() {
	if len(u.notices) == 0 {
		u.detail.empty()
		return
	}
	id := u.notices[0].ID
	if s, _ := u.store.Setting(u.ctx, settingLastNotice); s != "" {
		if last, err := strconv.ParseInt(s, 10, 64); err == nil {
			for _, n := range u.notices {
				if n.ID == last {
					id = last
				}
			}
		}
	}
	for i, n := range u.notices {
		if n.ID == id {
			u.list.Select(i)
			u.list.ScrollTo(i)
		}
	}
}
