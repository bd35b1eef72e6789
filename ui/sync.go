package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/merge"
)

// SyncState is the desk's team sync as the window shows it.
type SyncState struct {
	Server, Desk   string    // the server last synced with (no password) and its desk
	Last           time.Time // zero when never synced
	PendingNotices int
	PendingChanges int
	Conflicts      int // fields in conflict in the last sync
}

// SyncResult is what one sync did.
type SyncResult struct {
	Pushed, Pulled int
	Report         merge.Report
}

// TeamSync links the desk to its team's server (Info.Team).
type TeamSync interface {
	State(ctx context.Context) (SyncState, error)
	// Sync pushes and pulls; password, when not empty, is used for this
	// sync only and never stored.
	Sync(ctx context.Context, server, desk, password string, progress func(stage string, done int)) (SyncResult, error)
}

// stateText is a sync state in a few lines.
func stateText(st SyncState) string {
	last := lang.L("never")
	if !st.Last.IsZero() {
		last = st.Last.Local().Format("2006-01-02 15:04")
	}
	return strings.Join([]string{
		fmt.Sprintf("%s: %s", lang.L("Last synced"), last),
		fmt.Sprintf("%s: %d %s, %d %s", lang.L("Waiting to be pushed"), st.PendingNotices, lang.L("notices"), st.PendingChanges, lang.L("changes")),
		fmt.Sprintf("%s: %d", lang.L("Conflicts in the last sync"), st.Conflicts),
	}, "\n")
}

// showSync shows the sync status with the server and desk to sync with
// and Sync now.
func (u *UI) showSync(ts TeamSync) {
	server, desk, pw := widget.NewEntry(), widget.NewEntry(), widget.NewPasswordEntry()
	server.SetPlaceHolder("postgres://ROLE@HOST/DB?sslmode=verify-full")
	desk.SetPlaceHolder(lang.L("desk name"))
	pw.SetPlaceHolder(lang.L("password (not stored)"))
	status := widget.NewLabel("")
	refresh := func() {
		go func() {
			st, err := ts.State(u.ctx)
			u.post(func() {
				if err != nil {
					status.SetText(err.Error())
					return
				}
				if server.Text == "" {
					server.SetText(st.Server)
				}
				if desk.Text == "" {
					desk.SetText(st.Desk)
				}
				status.SetText(stateText(st))
			})
		}()
	}
	var d dialog.Dialog
	now := widget.NewButton(lang.L("Sync now"), func() {
		d.Hide()
		u.runSync(ts, server.Text, desk.Text, pw.Text)
	})
	now.Importance = widget.HighImportance
	form := widget.NewForm(widget.NewFormItem(lang.L("Server"), server), widget.NewFormItem(lang.L("Desk"), desk),
		widget.NewFormItem(lang.L("Password"), pw))
	d = dialog.NewCustom(lang.L("Team sync"), lang.L("Close"), container.NewVBox(status, form, container.NewCenter(now)), u.win)
	d.Resize(fyne.NewSize(560, 320))
	refresh()
	d.Show()
}

// runSync syncs in the background behind a progress dialog, then shows
// what it did; a sync cut short keeps what it completed.
func (u *UI) runSync(ts TeamSync, server, desk, password string) {
	ctx, cancel := context.WithCancel(u.ctx)
	prog, status, bar := u.showProgress(lang.L("Syncing"), cancel)
	bar.Hide()
	go func() {
		res, err := ts.Sync(ctx, server, desk, password, func(stage string, done int) {
			text := fmt.Sprintf("%s: %d %s", lang.L(stage), done, lang.L("records"))
			u.post(func() { status.SetText(text) })
		})
		cancel()
		st, serr := ts.State(u.ctx)
		u.post(func() {
			prog.Hide()
			if err != nil {
				u.showError(err)
			} else {
				u.afterImportDone()
				text := fmt.Sprintf("%s %d, %s %d\n%s", lang.L("Pushed"), res.Pushed, lang.L("pulled"), res.Pulled, mergeText(res.Report))
				if serr == nil {
					text += "\n\n" + stateText(st)
				}
				showText(lang.L("Team sync"), text, u.win)
			}
			if u.afterSync != nil {
				u.afterSync(res, err)
			}
		})
	}()
}
