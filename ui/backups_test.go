package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fakeBackups records what the dialog asked of it.
type fakeBackups struct {
	entries  []BackupEntry
	restored []string
	made     int
	fail     error
}

func (f *fakeBackups) List() ([]BackupEntry, error) { return f.entries, nil }

func (f *fakeBackups) BackupNow() (BackupEntry, error) {
	if f.fail != nil {
		return BackupEntry{}, f.fail
	}
	f.made++
	b := BackupEntry{Path: "/d/backups/desk-new-manual.db", Kind: "manual", Taken: time.Now(), Size: 4096}
	f.entries = append([]BackupEntry{b}, f.entries...)
	return b, nil
}

func (f *fakeBackups) Restore(path string) error {
	if f.fail != nil {
		return f.fail
	}
	f.restored = append(f.restored, path)
	return nil
}

// buttonIn finds the button labelled text under o.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == text {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if b := buttonIn(c, text); b != nil {
				return b
			}
		}
	case *container.Scroll:
		return buttonIn(v.Content, text)
	}
	return nil
}

// tapOverlayButton taps the button labelled text in the window's top overlay.
func tapOverlayButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open to tap %q in", text)
	}
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil {
			return
		}
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
			return
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, x := range c.Objects {
				walk(x)
			}
			return
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, x := range test.WidgetRenderer(wd).Objects() {
				walk(x)
			}
		}
	}
	walk(top)
	if found == nil {
		t.Fatalf("no button %q in the dialog", text)
	}
	test.Tap(found)
}

func TestReadOnlyBanner(t *testing.T) {
	test.NewTempApp(t)
	if NewReadOnlyBanner("") != nil {
		t.Errorf("a writable database gets a banner")
	}
	b := NewReadOnlyBanner("the file is not writable by this user")
	if b == nil {
		t.Fatal("no banner for a read-only database")
	}
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(600, 100))
	if b.MinSize().Height <= 0 {
		t.Errorf("banner has no height")
	}
}

func TestBackupsDialogBacksUpAndRestores(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("desk"))
	w.Resize(fyne.NewSize(900, 700))
	f := &fakeBackups{entries: []BackupEntry{
		{Path: "/d/backups/desk-2-daily.db", Kind: "daily", Taken: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Size: 3 << 20},
		{Path: "/d/backups/desk-1-bulk.db", Kind: "bulk", Taken: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC), Size: 2048},
	}}
	restored := 0
	d := newBackupsDialog(w, f, func() { restored++ })
	d.dlg.Show()
	if d.list.Length() != 2 || !d.restore.Disabled() {
		t.Fatalf("dialog lists %d backups, restore disabled %v", d.list.Length(), d.restore.Disabled())
	}
	if got := backupLine(f.entries[0]); !strings.Contains(got, "3.0 MB") || !strings.Contains(got, "Daily") {
		t.Errorf("backup line %q", got)
	}
	test.Tap(d.now)
	if f.made != 1 || d.list.Length() != 3 {
		t.Errorf("Back up now: made %d, listed %d", f.made, d.list.Length())
	}
	d.list.Select(2)
	if d.restore.Disabled() {
		t.Fatal("restore stays disabled with a backup selected")
	}
	test.Tap(d.restore)
	tapOverlayButton(t, w, "Restore")
	if len(f.restored) != 1 || f.restored[0] != "/d/backups/desk-1-bulk.db" || restored != 1 {
		t.Errorf("restored %v, onRestored ran %d times", f.restored, restored)
	}
}

func TestBackupsDialogShowsAFailure(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("desk"))
	f := &fakeBackups{fail: errors.New("back up /d/desk.db: disk is full")}
	d := newBackupsDialog(w, f, nil)
	d.backupNow()
	if !strings.Contains(d.status.Text, "disk is full") {
		t.Errorf("status after a failed backup: %q", d.status.Text)
	}
}

func TestDamagedPrompt(t *testing.T) {
	test.NewTempApp(t)
	newest := &BackupEntry{Path: "/d/backups/desk-1-daily.db", Kind: "daily", Taken: time.Now(), Size: 1 << 20}
	calls, started, quit := 0, 0, 0
	restore := func() error { calls++; return nil }
	p := NewDamagedPrompt("database is damaged (quick_check: …)", newest, restore, func() { started++ }, func() { quit++ })
	test.NewTempWindow(t, p)
	b := buttonIn(p, "Restore this backup")
	if b == nil {
		t.Fatal("no restore button with a good backup")
	}
	test.Tap(b)
	if calls != 1 || started != 1 {
		t.Errorf("restore ran %d, the desk started %d times", calls, started)
	}
	// No backup: only Quit.
	p = NewDamagedPrompt("database is damaged", nil, restore, func() { started++ }, func() { quit++ })
	if buttonIn(p, "Restore this backup") != nil {
		t.Errorf("a restore button without a backup")
	}
	test.Tap(buttonIn(p, "Quit"))
	if quit != 1 {
		t.Errorf("Quit ran %d times", quit)
	}
}

// A dialog shown from a confirm dialog's OK action (an error, the next
// step) stays on screen: Fyne drops every overlay above a hidden one, so
// the action must run after the confirm dialog is gone.
func TestConfirmKeepsWhatOKShows(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("desk"))
	w.Resize(fyne.NewSize(800, 600))
	closedAfterOK := false
	ran := false
	d := confirm("Paste text", "Import", "Cancel", widget.NewLabel("text"), w, func() {
		ran = true
		showText("Problem", "disk is full", w)
	})
	d.SetOnClosed(func() { closedAfterOK = ran })
	d.Show()
	tapOverlayButton(t, w, "Import")
	if !ran || !closedAfterOK {
		t.Fatalf("OK ran %v; OnClosed saw it %v", ran, closedAfterOK)
	}
	if n := len(w.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open after OK; want the problem dialog it showed", n)
	}
}
