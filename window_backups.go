package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/takedowndesk/takedowndesk/store"
	"github.com/takedowndesk/takedowndesk/ui"
)

// noDisplay says why the window cannot open on a Unix desktop without an
// X11 or Wayland display, instead of the graphics library's panic.
func noDisplay() error {
	switch runtime.GOOS {
	case "windows", "darwin", "android", "ios", "js":
		return nil
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return errors.New("no display to open the window on (DISPLAY is not set); the commands (import, list, export, backup…) need none")
	}
	return nil
}

// deskBackups is ui.Backups on the database the window has open. A restore
// closes that database, puts the backup in its place and opens the result;
// the window holds the single-instance lock all along, so no other window
// has the file open.
type deskBackups struct {
	mu   sync.Mutex
	path string
	db   *store.DB
	view *ui.UI // the window's desk on db, closed before a restore replaces db
	win  fyne.Window
	lock *store.Lock  // the single-instance lock on path (nil when none could be made)
	post func(func()) // runs the desk's events (nil: fyne.Do; tests queue them)
}

// closeView stops the window's desk and waits for its edits to be stored.
func (d *deskBackups) closeView() {
	d.mu.Lock()
	v := d.view
	d.view = nil
	d.mu.Unlock()
	if v != nil {
		v.Close()
	}
}

func entry(b store.Backup) ui.BackupEntry {
	return ui.BackupEntry{Path: b.Path, Kind: b.Kind, Taken: b.Taken, Size: b.Size}
}

// List is part of ui.Backups.
func (d *deskBackups) List() ([]ui.BackupEntry, error) {
	bs, err := store.Backups(d.path)
	out := make([]ui.BackupEntry, len(bs))
	for i, b := range bs {
		out[i] = entry(b)
	}
	return out, err
}

// BackupNow is part of ui.Backups.
func (d *deskBackups) BackupNow() (ui.BackupEntry, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.db == nil {
		return ui.BackupEntry{}, fmt.Errorf("back up %s: the database is not open", d.path)
	}
	b, err := d.db.Backup(context.Background(), store.KindManual)
	return entry(b), err
}

// Restore is part of ui.Backups. After it the caller rebuilds the window on
// DB().
func (d *deskBackups) Restore(path string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	ctx := context.Background()
	if err := store.VerifyBackup(ctx, path); err != nil {
		return err // checked before the open database is closed
	}
	if v := d.view; v != nil {
		d.view = nil
		d.mu.Unlock()
		v.Close() // its edits are written before the file is replaced
		d.mu.Lock()
	}
	if d.db != nil {
		d.db.Close()
		d.db = nil
	}
	_, rerr := store.Restore(ctx, d.path, path)
	db, err := store.Open(d.path)
	if err != nil {
		return errors.Join(rerr, err)
	}
	d.db = db
	return rerr
}

// DB is the database open now (nil before a damaged file is restored).
func (d *deskBackups) DB() *store.DB {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.db
}

// showDesk puts the desk on db into w, with the read-only banner above it
// when the file cannot be written, and writes the day's backup behind it.
func showDesk(w fyne.Window, b *deskBackups) {
	db := b.DB()
	b.closeView()
	info := ui.Info{Version: version, DBPath: db.Path(), RTL: ui.SystemRTL(), Post: b.post,
		Backups: b, OnRestored: func() { showDesk(w, b) },
		Databases: b, Relocalized: func() { showDesk(w, b) }, Team: windowSync{db}}
	// The check of every page and the day's backup read the whole file,
	// and the search box's copy of the index's words a whole index (0.4 s
	// of CPU at 100,000 notices): they begin once the first page and the
	// open notice are on screen (or after a while if that never comes),
	// not beside the first frame.
	var once sync.Once
	behind := func() {
		once.Do(func() {
			db.WarmSearch()
			db.BeginCheck()
			go dailyBackup(db)
		})
	}
	time.AfterFunc(10*time.Second, behind)
	trace := os.Getenv("TAKEDOWNDESK_TRACE") != ""
	info.FirstPage = func() {
		if trace {
			// for timing the start from outside
			fmt.Fprintf(os.Stderr, "takedowndesk: first page after %d ms\n", time.Since(started).Milliseconds())
		}
		behind()
	}
	desk := ui.New(w, db, info)
	b.mu.Lock()
	b.view = desk
	b.mu.Unlock()
	content := desk.Content()
	if banner := ui.NewReadOnlyBanner(db.ReadOnly()); banner != nil {
		content = container.NewBorder(banner, nil, nil, nil, content)
	}
	w.SetContent(content)
	// Backups… is in the File menu; Ctrl+Shift+B opens it too.
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { ui.ShowBackups(w, b, func() { showDesk(w, b) }) })
}

// showDamaged puts the damaged-database prompt into w; restoring the
// newest good backup starts the desk on it.
func showDamaged(w fyne.Window, b *deskBackups, ce *store.CorruptError) {
	var newest *ui.BackupEntry
	if ce.HasBackup {
		e := entry(ce.Backup)
		newest = &e
	}
	restore := func() error { return b.Restore(ce.Backup.Path) }
	w.SetContent(ui.NewDamagedPrompt(ce.Problem.Error(), newest, restore, func() { showDesk(w, b) }, func() { w.Close() }))
	w.Resize(fyne.NewSize(720, 420))
}
