package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/store"
)

// A database opened with OpenDeferred reads at once, holds every write
// until its pages are checked, and checks them only once BeginCheck says
// so; damage is still found then.
func TestOpenDeferredChecksOnBegin(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("deferred", 40)...)
	db.Close()

	db, err := store.OpenDeferred(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Setting(ctx, "ui.lang"); err != nil {
		t.Errorf("read before the check: %v", err)
	}
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if err := db.SetSetting(short, "ui.lang", "ar"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("write before BeginCheck: %v, want it held until the check", err)
	}
	if err := db.Verified(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Verified before BeginCheck: %v, want no answer yet", err)
	}
	db.BeginCheck()
	db.BeginCheck() // a second call does nothing
	if err := db.Verified(ctx); err != nil {
		t.Fatalf("Verified: %v", err)
	}
	if err := db.SetSetting(ctx, "ui.lang", "ar"); err != nil {
		t.Fatalf("write after the check: %v", err)
	}
	db.Close()

	// junk over the last page only: a page the open does not read
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := f.Stat()
	if _, err := f.WriteAt([]byte(strings.Repeat("\xde\xad\xbe\xef", 64)), info.Size()-store.PageSize); err != nil {
		t.Fatal(err)
	}
	f.Close()
	db, err = store.OpenDeferred(path)
	if err != nil {
		t.Fatalf("open with a page the open does not read damaged: %v", err)
	}
	defer db.Close()
	db.BeginCheck()
	var ce *store.CorruptError
	if err := db.Verified(ctx); !errors.As(err, &ce) {
		t.Fatalf("Verified on a damaged file: %v, want a *CorruptError", err)
	}
}
