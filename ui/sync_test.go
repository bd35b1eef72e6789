package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// fakeTeam is a TeamSync without a server: it records the syncs asked of
// it and moves its state on as a sync would.
type fakeTeam struct {
	state SyncState
	calls chan [3]string
}

func (f *fakeTeam) State(context.Context) (SyncState, error) { return f.state, nil }

func (f *fakeTeam) Sync(_ context.Context, server, desk, password string, progress func(string, int)) (SyncResult, error) {
	progress("push", 3)
	f.calls <- [3]string{server, desk, password}
	f.state.PendingChanges, f.state.Last = 0, time.Date(2026, 12, 2, 1, 0, 0, 0, time.UTC)
	return SyncResult{Pushed: 3, Pulled: 5, Report: merge.Report{Added: merge.Counts{Notices: 2}}}, nil
}

// TestSyncDialog: File → Team sync… shows the last sync, what waits to be
// pushed and the conflicts; Sync now syncs with the server and desk shown
// and the password typed, and reports it.
func TestSyncDialog(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	events := make(chan func(), 1024)
	team := &fakeTeam{state: SyncState{Server: "postgres://alice@news.example/desk", Desk: "story", PendingChanges: 7, Conflicts: 2},
		calls: make(chan [3]string, 1)}
	u := newUI(w, db, Info{Version: "test", DBPath: db.Path(), Team: team}, func(f func()) { events <- f })
	queues[u] = events
	t.Cleanup(func() {
		delete(queues, u)
		go func() {
			for f := range events {
				f()
			}
		}()
		u.Close()
	})
	w.SetContent(u.Content())
	w.Resize(fyne.NewSize(1100, 700))
	settle(u)
	var item *fyne.MenuItem
	for _, it := range w.MainMenu().Items[0].Items {
		if it.Label == "Team sync…" {
			item = it
		}
	}
	if item == nil {
		t.Fatal("File has no Team sync… item")
	}
	item.Action()
	var text string
	for i := 0; i < 100 && !strings.Contains(text, "Waiting"); i++ {
		pump(u, 10*time.Millisecond)
		text = labelsIn(w.Canvas().Overlays().Top())
	}
	if !strings.Contains(text, "7 changes") || !strings.Contains(text, "Conflicts in the last sync: 2") || !strings.Contains(text, "never") {
		t.Errorf("status shown: %q", text)
	}
	pw := findPassword(w.Canvas().Overlays().Top())
	if pw == nil {
		t.Fatal("no password entry")
	}
	test.Type(pw, "s3cret")
	done := make(chan SyncResult, 1)
	u.afterSync = func(r SyncResult, err error) {
		if err != nil {
			t.Errorf("sync: %v", err)
		}
		done <- r
	}
	test.Tap(findButton(w.Canvas().Overlays().Top(), "Sync now"))
	if call := await(t, u, team.calls, 10*time.Second, "Sync now"); call != [3]string{"postgres://alice@news.example/desk", "story", "s3cret"} {
		t.Errorf("synced with %q", call)
	}
	await(t, u, done, 10*time.Second, "sync")
	settle(u)
	if text := labelsIn(w.Canvas().Overlays().Top()); !strings.Contains(text, "Pushed 3, pulled 5") || !strings.Contains(text, "0 changes") {
		t.Errorf("report shown: %q", text)
	}
}

func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkObjects(c, fn)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		for _, c := range r.Objects() {
			walkObjects(c, fn)
		}
	}
}

func labelsIn(o fyne.CanvasObject) string {
	var b strings.Builder
	walkObjects(o, func(c fyne.CanvasObject) {
		switch l := c.(type) {
		case *widget.Label:
			b.WriteString(l.Text + "\n")
		case *bidi.Paragraph:
			b.WriteString(l.Text + "\n")
		case *bidi.Label:
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

func findPassword(o fyne.CanvasObject) *widget.Entry {
	var e *widget.Entry
	walkObjects(o, func(c fyne.CanvasObject) {
		if x, ok := c.(*widget.Entry); ok && x.Password {
			e = x
		}
	})
	return e
}
