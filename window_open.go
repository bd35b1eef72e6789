package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"github.com/takedowndesk/takedowndesk/store"
)

// Open is ui.Databases on the window: it opens another database the way
// the window's start does (the single-instance lock, store.OpenDeferred,
// every page checked behind the desk and a damaged file offered its
// backup), then closes the desk and database open now and shows the new
// one. It runs off the UI goroutine; only the swap of views runs on it.
func (d *deskBackups) Open(path string, create bool) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	path = abs
	d.mu.Lock()
	same := d.path == path
	d.mu.Unlock()
	if same {
		return nil // already the window's desk
	}
	fi, err := os.Stat(path)
	switch {
	case create && err == nil && fi.Size() > 0:
		return fmt.Errorf("new database %s: the file already holds something; open it with Open database…", path)
	case !create && errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("open %s: no such file", path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("open %s: %w", path, err)
	}
	lock, err := lockWindow(path)
	if err != nil {
		return err
	}
	db, err := store.OpenDeferred(path)
	var damaged *store.CorruptError
	if err != nil && !errors.As(err, &damaged) {
		lock.Release()
		return explainOpen(err)
	}
	// The old desk's edits are written before its file closes.
	d.closeView()
	d.mu.Lock()
	old, oldLock := d.db, d.lock
	d.db, d.path, d.lock = db, path, lock
	d.mu.Unlock()
	if old != nil {
		old.Close()
	}
	oldLock.Release()
	fyne.Do(func() {
		if damaged != nil {
			showDamaged(d.win, d, damaged)
			return
		}
		showDesk(d.win, d)
	})
	if damaged == nil {
		go func() {
			var ce *store.CorruptError
			if err := db.Verified(context.Background()); errors.As(err, &ce) {
				fyne.Do(func() {
					if d.DB() == db {
						d.closeView()
						showDamaged(d.win, d, ce)
					}
				})
			}
		}()
	}
	return nil
}

// release lets go of the single-instance lock of the database open now.
func (d *deskBackups) release() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.lock.Release()
	d.lock = nil
}
