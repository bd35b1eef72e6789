package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/takedowndesk/takedowndesk/store"
)

// File → Open database… and New database… on the window's desk: the new
// database replaces the desk, takes the single-instance lock and lets go
// of the old one's; what cannot be opened is refused in one line and the
// desk open stays.
func TestWindowOpensAnotherDatabase(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.db"), filepath.Join(dir, "second.db")
	for _, p := range []string{first, second} {
		db, err := store.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	lock, err := lockWindow(first)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.OpenUnverified(first)
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	// the desk's events run here, on the test's goroutine, as the window
	// runs them on its own
	events := make(chan func())
	b := &deskBackups{path: first, db: db, lock: lock, win: w, post: func(f func()) { events <- f }}
	showDesk(w, b)
	t.Cleanup(func() {
		b.closeView()
		if db := b.DB(); db != nil {
			db.Close()
		}
		b.release()
	})
	settleView := func() {
		b.mu.Lock()
		v := b.view
		b.mu.Unlock()
		if v == nil {
			return
		}
		idle := make(chan struct{})
		go func() { v.Desk().Wait(); close(idle) }()
		for {
			select {
			case f := <-events:
				f()
			case <-idle:
				for {
					select {
					case f := <-events:
						f()
					default:
						return
					}
				}
			}
		}
	}
	settleView()

	if err := b.Open(second, false); err != nil {
		t.Fatalf("open %s: %v", second, err)
	}
	settleView()
	if got := b.DB().Path(); got != second {
		t.Fatalf("desk on %s after opening %s", got, second)
	}
	if l, err := store.LockInstance(first); err != nil {
		t.Errorf("the first database's lock was kept: %v", err)
	} else {
		l.Release()
	}
	if _, err := store.LockInstance(second); !errors.Is(err, store.ErrInUse) {
		t.Errorf("the second database is not locked by the window: %v", err)
	}

	notDesk := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDesk, []byte(strings.Repeat("not a database\n", 400)), 0o600); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "fresh.db")
	if err := os.WriteFile(fresh, nil, 0o600); err != nil { // as the save dialog leaves it
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		path   string
		create bool
		errHas string // "" when it opens
	}{
		{"the open one again", second, false, ""},
		{"a missing file", filepath.Join(dir, "gone.db"), false, "no such file"},
		{"a file that is no desk", notDesk, false, "notes.txt"},
		{"new over a file with data", notDesk, true, "already holds something"},
		{"new in the file the save dialog made", fresh, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := b.DB().Path()
			err := b.Open(tc.path, tc.create)
			settleView()
			if tc.errHas == "" {
				if err != nil {
					t.Fatalf("open: %v", err)
				}
				if b.DB().Path() != tc.path {
					t.Errorf("desk on %s, want %s", b.DB().Path(), tc.path)
				}
				return
			}
			t.Logf("refused: %v", err) // what the reporter reads
			if err == nil || !strings.Contains(err.Error(), tc.errHas) || strings.Contains(err.Error(), "\n") {
				t.Errorf("open: %v, want one line with %q", err, tc.errHas)
			}
			if b.DB().Path() != before {
				t.Errorf("a refused open moved the desk from %s to %s", before, b.DB().Path())
			}
			l, err := store.LockInstance(tc.path)
			if errors.Is(err, store.ErrInUse) {
				t.Errorf("a refused open kept the lock of %s", tc.path)
			}
			l.Release()
		})
	}
}
